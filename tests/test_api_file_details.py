"""Editing a file's title, description and tags through PATCH /files/{id} (and
the Media Vault alias /media/{id}): what changes, what search finds, and every
bad request refused with nothing changed."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from t2m.extensions import db
from t2m.models import File

from .conftest import assert_error, row_counts

API = "/api/v1"


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 120, 40)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


@pytest.fixture
def uploaded(client, ada):
    r = client.post(
        f"{API}/files/upload",
        headers=ada,
        data={"file": (io.BytesIO(png()), "IMG_0042.png")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 201, r.get_data(True)
    return r.get_json()["data"]


def patch(client, headers, file_id, body, alias="files"):
    return client.patch(f"{API}/{alias}/{file_id}", headers=headers, json=body)


def search(client, headers, q: str) -> list[int]:
    r = client.get(f"{API}/files", headers=headers, query_string={"q": q})
    assert r.status_code == 200
    return [f["id"] for f in r.get_json()["data"]["items"]]


def test_title_description_and_tags_are_set_shown_and_searched(client, ada, uploaded):
    fid = uploaded["id"]
    assert uploaded["title"] is None
    assert uploaded["display_name"] == "IMG_0042.png"
    assert uploaded["tags"] == []

    r = patch(
        client,
        ada,
        fid,
        {
            "title": "  Sunset at Étretat  ",
            "description": "The cliffs, from the beach.",
            "tags": ["holiday", "Normandy", " sea  view ", "HOLIDAY", ""],
        },
    )
    assert r.status_code == 200, r.get_data(True)
    body = r.get_json()
    assert body["message"] == "File updated."
    data = body["data"]
    assert data["title"] == "Sunset at Étretat"
    assert data["display_name"] == "Sunset at Étretat"
    assert data["original_filename"] == "IMG_0042.png"  # the name stays
    assert data["description"] == "The cliffs, from the beach."
    assert data["tags"] == ["holiday", "Normandy", "sea view"]
    assert client.get(f"{API}/files/{fid}", headers=ada).get_json()["data"]["tags"] == [
        "holiday",
        "Normandy",
        "sea view",
    ]

    # Search covers the title, the description and the tags (not only the name).
    for q in ("sunset", "Étretat", "cliffs", "normandy", "sea view", "IMG_0042"):
        assert search(client, ada, q) == [fid], q
    assert search(client, ada, "lighthouse") == []

    # Only what is sent changes; the Media Vault alias does the same.
    r = patch(client, ada, fid, {"tags": ["one"]}, alias="media")
    assert r.status_code == 200
    assert r.get_json()["data"]["title"] == "Sunset at Étretat"
    assert r.get_json()["data"]["tags"] == ["one"]
    # An empty title (or null) goes back to the file name; [] clears the tags.
    r = patch(client, ada, fid, {"title": "", "tags": []})
    data = r.get_json()["data"]
    assert data["title"] is None
    assert data["display_name"] == "IMG_0042.png"
    assert data["tags"] == []
    assert patch(client, ada, fid, {"description": None}).get_json()["data"]["description"] is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "t" * 201}, "title"),
        ({"title": "Line one\r\nSet-Cookie: x=1"}, "title"),
        ({"title": 42}, "title"),
        ({"description": "d" * 2001}, "description"),
        ({"description": "nul\x00byte"}, "description"),
        ({"tags": "holiday"}, "tags"),
        ({"tags": [1, 2]}, "tags"),
        ({"tags": ["a,b"]}, "tags"),
        ({"tags": ["bad\ntag"]}, "tags"),
        ({"tags": ["x" * 41]}, "tags"),
        ({"tags": [f"t{i}" for i in range(21)]}, "tags"),
        ({"owner_id": 2}, "owner_id"),
        ({"filename": "evil.exe"}, "filename"),
    ],
)
def test_bad_details_are_refused_and_change_nothing(client, ada, uploaded, body, field):
    fid = uploaded["id"]
    patch(client, ada, fid, {"title": "Kept", "tags": ["kept"]})
    before = row_counts()
    r = patch(client, ada, fid, body)
    error = assert_error(r, 422, "VALIDATION_ERROR")
    assert any(field in key for key in error["details"]), error
    assert row_counts() == before
    db.session.expire_all()
    file = db.session.get(File, fid)
    assert (file.title, file.tags, file.original_filename) == ("Kept", ["kept"], "IMG_0042.png")


def test_malformed_others_and_unauthorised_patches(client, ada, uploaded, make_user, api):
    """(Scopes: an API key needs files:write, see test_scope_matrix.)"""
    fid = uploaded["id"]
    bob = api.headers(make_user("bob"))
    before = row_counts()
    r = client.patch(f"{API}/files/{fid}", headers=ada, data="{", content_type="application/json")
    assert_error(r, 400, "VALIDATION_ERROR")
    assert_error(client.patch(f"{API}/files/{fid}", json={"title": "x"}), 401, "AUTH_REQUIRED")
    r = patch(client, bob, fid, {"title": "mine now"})
    assert_error(r, 404, "RESOURCE_NOT_FOUND")
    assert "IMG_0042" not in r.get_data(True)  # nothing about the file leaks
    for bad in ("0", "99999999", str(2**63)):
        assert patch(client, ada, bad, {"title": "x"}).status_code == 404
    assert row_counts() == before
    db.session.expire_all()
    assert db.session.get(File, fid).title is None
