"""Collections (Media Vault): create, list, rename, delete, add and remove files;
names unique per user; all-or-nothing adds; other users' collections are 404."""

from __future__ import annotations

import re

import pytest

from t2m.db import MAX_ID
from t2m.extensions import db
from t2m.models import Collection, CollectionItem, File

from .conftest import assert_error, row_counts
from .media_fixtures import make_image
from .test_api_files import upload

BASE = "/api/v1/collections"


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


@pytest.fixture
def mallory(make_user, api):
    return api.headers(make_user("mallory"))


@pytest.fixture
def files(client, ada, tmp_path) -> list[int]:
    """Three of ada's files (different bytes, so three blobs)."""
    ids = []
    for n in range(3):
        png = make_image(tmp_path / f"{n}.png", size=(40 + n, 30)).read_bytes()
        r = upload(client, ada, png, filename=f"{n}.png")
        assert r.status_code == 201, r.get_json()
        ids.append(r.get_json()["data"]["id"])
    return ids


def create(client, headers, **body):
    return client.post(BASE, headers=headers, json=body)


def made(client, headers, name="Holidays", **body) -> dict:
    r = create(client, headers, name=name, **body)
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]


def add(client, headers, collection_id, file_ids):
    return client.post(
        f"{BASE}/{collection_id}/media", headers=headers, json={"file_ids": file_ids}
    )


def members(collection_id: int) -> set[int]:
    return set(
        db.session.scalars(
            db.select(CollectionItem.file_id).where(CollectionItem.collection_id == collection_id)
        )
    )


# ---- the life of a collection ----------------------------------------------------


def test_create_get_list_rename_and_delete(client, ada, files):
    c = made(client, ada, "Été 2024 📷", description="  Beach\nand hills  ")
    assert c["name"] == "Été 2024 📷"
    assert c["description"] == "Beach\nand hills"
    assert c["item_count"] == 0
    assert "files" not in c

    r = client.get(f"{BASE}/{c['id']}", headers=ada)
    assert r.status_code == 200
    assert r.get_json()["data"]["files"] is None

    made(client, ada, "Work")
    made(client, ada, "Family")
    listing = client.get(f"{BASE}?items_per_page=2", headers=ada).get_json()["data"]
    assert listing["pagination"]["total_items"] == 3
    assert listing["pagination"]["has_next"] is True
    assert [x["name"] for x in listing["items"]] == ["Family", "Work"]  # newest first
    page2 = client.get(f"{BASE}?items_per_page=2&page=2", headers=ada).get_json()["data"]
    assert [x["name"] for x in page2["items"]] == ["Été 2024 📷"]

    r = client.patch(f"{BASE}/{c['id']}", headers=ada, json={"name": "Summer"})
    assert r.status_code == 200
    assert r.get_json()["data"]["name"] == "Summer"
    assert r.get_json()["data"]["description"] == "Beach\nand hills"
    r = client.patch(f"{BASE}/{c['id']}", headers=ada, json={"description": None})
    assert r.get_json()["data"]["description"] is None
    assert r.get_json()["data"]["name"] == "Summer"
    # Renaming to its own name is not a conflict.
    assert (
        client.patch(f"{BASE}/{c['id']}", headers=ada, json={"name": "Summer"}).status_code == 200
    )

    assert add(client, ada, c["id"], files).status_code == 200
    r = client.delete(f"{BASE}/{c['id']}", headers=ada)
    assert r.status_code == 200
    assert_error(client.get(f"{BASE}/{c['id']}", headers=ada), 404, "RESOURCE_NOT_FOUND")
    assert members(c["id"]) == set()
    # The files stay in the library.
    assert all(db.session.get(File, i) is not None for i in files)


def test_add_files_is_idempotent_and_listed(client, ada, files):
    c = made(client, ada)
    r = add(client, ada, c["id"], [files[0]])
    assert r.status_code == 200, r.get_json()
    data = r.get_json()["data"]
    assert data["added"] == [files[0]]
    assert data["already_present"] == []
    assert data["collection"]["item_count"] == 1

    r = add(client, ada, c["id"], [files[1], files[0], files[1], files[2]])
    data = r.get_json()["data"]
    assert data["added"] == [files[1], files[2]]
    assert data["already_present"] == [files[0]]
    assert data["collection"]["item_count"] == 3

    before = row_counts()
    again = add(client, ada, c["id"], files).get_json()["data"]
    assert again["added"] == []
    assert row_counts() == before

    detail = client.get(f"{BASE}/{c['id']}?include_files=true", headers=ada).get_json()["data"]
    assert detail["item_count"] == 3
    assert {f["id"] for f in detail["files"]} == set(files)
    assert detail["files"][0]["urls"]["download"].endswith("/download")

    listed = client.get(f"/api/v1/files?collection_id={c['id']}", headers=ada).get_json()["data"]
    assert {f["id"] for f in listed["items"]} == set(files)
    other = made(client, ada, "Empty")
    listed = client.get(f"/api/v1/files?collection_id={other['id']}", headers=ada)
    assert listed.get_json()["data"]["items"] == []


def test_remove_a_file_from_a_collection(client, ada, files):
    c = made(client, ada)
    add(client, ada, c["id"], files[:2])
    r = client.delete(f"{BASE}/{c['id']}/media/{files[0]}", headers=ada)
    assert r.status_code == 200
    assert r.get_json()["data"]["item_count"] == 1
    assert members(c["id"]) == {files[1]}
    assert db.session.get(File, files[0]) is not None

    before = row_counts()
    for file_id in (files[0], files[2], MAX_ID):
        r = client.delete(f"{BASE}/{c['id']}/media/{file_id}", headers=ada)
        assert_error(r, 404, "RESOURCE_NOT_FOUND")
    assert row_counts() == before


def test_deleting_a_file_takes_it_out_of_its_collections(client, ada, files):
    c = made(client, ada)
    add(client, ada, c["id"], files)
    assert client.delete(f"/api/v1/files/{files[0]}", headers=ada).status_code == 200
    detail = client.get(f"{BASE}/{c['id']}", headers=ada).get_json()["data"]
    assert detail["item_count"] == 2


# ---- names and bad input --------------------------------------------------------------


def test_names_are_unique_per_user(client, ada, mallory):
    made(client, ada, "Holidays")
    before = row_counts()
    error = assert_error(create(client, ada, name="Holidays"), 409, "CONFLICT")
    assert "name" in error["details"]
    # Surrounding spaces do not make a new name.
    assert_error(create(client, ada, name="  Holidays "), 409, "CONFLICT")
    assert row_counts() == before
    # Another user may use the same name.
    assert create(client, mallory, name="Holidays").status_code == 201

    work = made(client, ada, "Work")
    before = row_counts()
    r = client.patch(f"{BASE}/{work['id']}", headers=ada, json={"name": "Holidays"})
    assert_error(r, 409, "CONFLICT")
    assert row_counts() == before
    assert db.session.get(Collection, work["id"]).name == "Work"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "📷" * 101}, "name"),
        ({"name": "tab\there"}, "name"),
        ({"name": "nul\x00"}, "name"),
        ({"name": 5}, "name"),
        ({"name": None}, "name"),
        ({"name": "ok", "description": "d" * 2001}, "description"),
        ({"name": "ok", "description": "nul\x00"}, "description"),
        ({"name": "ok", "description": 5}, "description"),
        ({"name": "ok", "owner_id": 1}, "owner_id"),
    ],
)
def test_bad_collection_bodies_are_422(client, ada, body, field):
    before = row_counts()
    error = assert_error(client.post(BASE, headers=ada, json=body), 422, "VALIDATION_ERROR")
    assert field in error["details"], error
    assert row_counts() == before


def test_limits_are_inclusive(client, ada):
    assert create(client, ada, name="x" * 100, description="d" * 2000).status_code == 201
    assert create(client, ada, name="📷" * 100).status_code == 201
    assert create(client, ada, name="a").status_code == 201


def test_bad_patches(client, ada):
    c = made(client, ada)
    before = row_counts()
    for body in ({"name": None}, {"name": ""}, {"name": "y" * 101}, {"description": "d" * 2001}):
        r = client.patch(f"{BASE}/{c['id']}", headers=ada, json=body)
        assert_error(r, 422, "VALIDATION_ERROR")
    r = client.patch(f"{BASE}/{c['id']}", headers=ada, data="{", content_type="application/json")
    assert_error(r, 400, "VALIDATION_ERROR")
    assert row_counts() == before
    assert db.session.get(Collection, c["id"]).name == "Holidays"


def test_malformed_requests(client, ada):
    before = row_counts()
    assert_error(
        client.post(BASE, headers=ada, data="{nope", content_type="application/json"),
        400,
        "VALIDATION_ERROR",
    )
    assert_error(client.post(BASE, headers=ada, data={"name": "x"}), 400, "VALIDATION_ERROR")
    assert_error(client.post(BASE, headers=ada, json=["x"]), 422, "VALIDATION_ERROR")
    assert_error(client.post(BASE, json={"name": "x"}), 401, "AUTH_REQUIRED")
    for bad in ("page=0", "items_per_page=101", "items_per_page=x"):
        assert_error(client.get(f"{BASE}?{bad}", headers=ada), 422, "VALIDATION_ERROR")
    assert client.get(f"{BASE}/0", headers=ada).status_code == 404
    assert client.get(f"{BASE}/{MAX_ID + 1}", headers=ada).status_code == 404
    assert row_counts() == before


@pytest.mark.parametrize(
    "file_ids", [[], [0], [-1], [2**63], ["1"], [1.5], [True], "1", None, list(range(1, 102))]
)
def test_bad_file_id_lists_are_422(client, ada, file_ids):
    c = made(client, ada)
    before = row_counts()
    r = client.post(f"{BASE}/{c['id']}/media", headers=ada, json={"file_ids": file_ids})
    assert "file_ids" in str(assert_error(r, 422, "VALIDATION_ERROR")["details"])
    assert row_counts() == before


def test_a_hundred_ids_are_accepted(client, ada, files):
    c = made(client, ada)
    r = add(client, ada, c["id"], [files[0]] * 100)
    assert r.status_code == 200
    assert r.get_json()["data"]["added"] == [files[0]]


# ---- ownership -------------------------------------------------------------------------


def test_adding_someone_elses_file_adds_nothing(client, ada, mallory, files, tmp_path):
    c = made(client, ada)
    png = make_image(tmp_path / "m.png", size=(50, 50)).read_bytes()
    theirs = upload(client, mallory, png).get_json()["data"]["id"]
    before = row_counts()
    for ids in ([theirs], [files[0], theirs], [files[0], files[1], MAX_ID]):
        error = assert_error(add(client, ada, c["id"], ids), 404, "RESOURCE_NOT_FOUND")
        assert "No files were added" in error["message"]
        missing = next(i for i in ids if i not in files)
        named = re.findall(r"\d+", error["details"]["file_ids"][0])
        assert str(missing) in named
        assert str(files[0]) not in named
    assert row_counts() == before
    assert members(c["id"]) == set()


def test_other_users_collections_are_not_found_everywhere(
    client, ada, mallory, files, make_user, api
):
    c = made(client, ada)
    add(client, ada, c["id"], files[:1])
    admin = api.headers(make_user("root", role="ADMIN"))
    before = row_counts()
    for headers in (mallory, admin):
        for method, path, body in [
            ("get", "", None),
            ("patch", "", {"name": "Mine now"}),
            ("delete", "", None),
            ("post", "/media", {"file_ids": files[:1]}),
            ("delete", f"/media/{files[0]}", None),
        ]:
            kwargs = {"headers": headers}
            if body is not None:
                kwargs["json"] = body
            r = getattr(client, method)(f"{BASE}/{c['id']}{path}", **kwargs)
            assert_error(r, 404, "RESOURCE_NOT_FOUND")
        listing = client.get(BASE, headers=headers).get_json()["data"]
        assert listing["items"] == []
        files_in = client.get(f"/api/v1/files?collection_id={c['id']}", headers=headers)
        assert files_in.get_json()["data"]["items"] == []
    assert row_counts() == before
    assert db.session.get(Collection, c["id"]).name == "Holidays"
    assert members(c["id"]) == {files[0]}


def test_scopes(client, ada, files):
    key = client.post(
        "/api/v1/auth/api-keys", headers=ada, json={"name": "ro", "scopes": ["files:read"]}
    ).get_json()["data"]["key"]
    ro = {"X-API-Key": key}
    c = made(client, ada)
    assert client.get(BASE, headers=ro).status_code == 200
    assert client.get(f"{BASE}/{c['id']}", headers=ro).status_code == 200
    before = row_counts()
    assert_error(create(client, ro, name="x"), 403, "PERMISSION_DENIED")
    assert_error(add(client, ro, c["id"], files), 403, "PERMISSION_DENIED")
    assert_error(client.delete(f"{BASE}/{c['id']}", headers=ro), 403, "PERMISSION_DENIED")
    assert row_counts() == before
