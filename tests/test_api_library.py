"""Per-file analytics, bulk cleanup and deduplication figures, on local disk and S3."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from t2m.db import MAX_ID
from t2m.extensions import db
from t2m.models import Blob, File, FileAccessDay
from t2m.models.base import utcnow
from t2m.storage import storage

from .conftest import assert_error, row_counts, storage_backend_app
from .media_fixtures import make_image, minimal_pdf
from .test_api_files import stored_keys, upload

CLEANUP = "/api/v1/files/cleanup"
DEDUP = "/api/v1/system/deduplication"


@pytest.fixture(params=["local", "s3"])
def app(request, app_factory):
    """This module's app, once on local disk and once on S3."""
    yield from storage_backend_app(request, app_factory)


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


@pytest.fixture
def mallory(make_user, api):
    return api.headers(make_user("mallory"))


@pytest.fixture
def png(tmp_path) -> bytes:
    return make_image(tmp_path / "p.png", size=(64, 48)).read_bytes()


def put(client, headers, data: bytes, name: str) -> int:
    r = upload(client, headers, data, filename=name)
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]["id"]


def file_ids(client, headers) -> set[int]:
    items = client.get("/api/v1/files?items_per_page=100", headers=headers).get_json()["data"]
    return {f["id"] for f in items["items"]}


# ---- analytics ----------------------------------------------------------------------


def test_analytics_count_downloads_streams_and_bytes(client, ada, png):
    file_id = put(client, ada, png, "a.png")
    url = f"/api/v1/files/{file_id}/analytics"
    r = client.get(url, headers=ada)
    assert r.status_code == 200
    fresh = r.get_json()["data"]
    assert (fresh["downloads"], fresh["streams"], fresh["bytes_served"]) == (0, 0, 0)
    assert fresh["last_accessed_at"] is None
    days = fresh["daily"]
    assert len(days) == 30
    today = date.today()
    assert days[-1]["day"] == today.isoformat()
    assert days[0]["day"] == (today - timedelta(days=29)).isoformat()
    assert all(d["downloads"] == d["streams"] == d["bytes_served"] == 0 for d in days)

    assert client.get(f"/api/v1/files/{file_id}/download", headers=ada).data == png
    stream = client.get(f"/api/v1/files/{file_id}/stream", headers={**ada, "Range": "bytes=0-9"})
    assert stream.status_code == 206
    part = client.get(f"/api/v1/files/{file_id}/download", headers={**ada, "Range": "bytes=10-19"})
    assert part.status_code == 206

    data = client.get(url, headers=ada).get_json()["data"]
    assert data["downloads"] == 1  # the ranged request from byte 10 continues a download
    assert data["streams"] == 1
    assert data["bytes_served"] == len(png) + 10 + 10
    assert data["last_accessed_at"] is not None
    assert data["daily"][-1] == {
        "day": today.isoformat(),
        "downloads": 1,
        "streams": 1,
        "bytes_served": len(png) + 20,
    }
    assert sum(d["downloads"] for d in data["daily"][:-1]) == 0


def test_analytics_cover_exactly_the_last_30_days(client, ada, png):
    file_id = put(client, ada, png, "a.png")
    today = date.today()
    for back, downloads in ((3, 4), (29, 7), (30, 100), (400, 100)):
        db.session.add(
            FileAccessDay(
                file_id=file_id,
                day=today - timedelta(days=back),
                downloads=downloads,
                streams=1,
                bytes_served=downloads * 10,
            )
        )
    db.session.commit()
    days = client.get(f"/api/v1/files/{file_id}/analytics", headers=ada).get_json()["data"]["daily"]
    assert len(days) == 30
    assert [d["day"] for d in days] == sorted(d["day"] for d in days)
    by_day = {d["day"]: d for d in days}
    assert by_day[(today - timedelta(days=3)).isoformat()]["downloads"] == 4
    assert by_day[(today - timedelta(days=29)).isoformat()]["bytes_served"] == 70
    assert sum(d["downloads"] for d in days) == 11  # day 30 and older are out of the window


def test_analytics_are_the_owners(client, ada, mallory, png, make_user, api):
    file_id = put(client, ada, png, "a.png")
    url = f"/api/v1/files/{file_id}/analytics"
    assert_error(client.get(url, headers=mallory), 404, "RESOURCE_NOT_FOUND")
    assert_error(client.get(url), 401, "AUTH_REQUIRED")
    assert_error(
        client.get(f"/api/v1/files/{MAX_ID}/analytics", headers=ada), 404, "RESOURCE_NOT_FOUND"
    )
    admin = api.headers(make_user("root", role="ADMIN"))
    assert client.get(url, headers=admin).status_code == 200


# ---- cleanup --------------------------------------------------------------------------


@pytest.fixture
def library(client, ada, mallory, png):
    """ada: two files sharing one image blob, and a PDF; mallory: the same image."""
    ids = {
        "one": put(client, ada, png, "one.png"),
        "two": put(client, ada, png, "two.png"),
        "pdf": put(client, ada, minimal_pdf(), "doc.pdf"),
        "theirs": put(client, mallory, png, "theirs.png"),
    }
    return ids


def cleanup(client, headers, **body):
    return client.post(CLEANUP, headers=headers, json=body)


def test_cleanup_needs_a_criterion_and_valid_ones(client, ada, library):
    before = row_counts()
    keys = stored_keys()
    for body in ({}, {"dry_run": False}, {"dry_run": True}):
        error = assert_error(cleanup(client, ada, **body), 422, "VALIDATION_ERROR")
        assert "criterion" in error["message"]
    for body in (
        {"older_than_days": 0},
        {"older_than_days": -1},
        {"older_than_days": 36501},
        {"older_than_days": "5"},
        {"older_than_days": 2**70},
        {"file_type": "exe"},
        {"file_type": "Image"},
        {"status": "gone"},
        {"collection_id": 0},
        {"collection_id": MAX_ID + 1},
        {"file_type": "image", "dry_run": "false"},
        {"file_type": "image", "owner_id": 1},
        {"file_type": "imagé"},
    ):
        assert_error(cleanup(client, ada, **body), 422, "VALIDATION_ERROR")
    r = client.post(CLEANUP, headers=ada, data="{", content_type="application/json")
    assert_error(r, 400, "VALIDATION_ERROR")
    assert_error(client.post(CLEANUP, json={"file_type": "image"}), 401, "AUTH_REQUIRED")
    assert row_counts() == before
    assert stored_keys() == keys


def test_dry_run_lists_and_changes_nothing(client, ada, library, png):
    before = row_counts()
    keys = stored_keys()
    r = cleanup(client, ada, file_type="image")
    assert r.status_code == 200, r.get_json()
    data = r.get_json()["data"]
    assert data["dry_run"] is True
    assert data["matched"] == 2
    assert {x["id"] for x in data["removed"]} == {library["one"], library["two"]}
    assert {x["original_filename"] for x in data["removed"]} == {"one.png", "two.png"}
    assert all(x["size"] == len(png) for x in data["removed"])
    assert data["bytes_freed"] == len(png)  # one shared blob
    assert row_counts() == before
    assert stored_keys() == keys


def test_cleanup_deletes_only_the_callers_matching_files(client, ada, mallory, library, png):
    blob_keys = set(db.session.scalars(db.select(Blob.storage_key)))
    r = cleanup(client, ada, file_type="image", dry_run=False)
    assert r.status_code == 200, r.get_json()
    data = r.get_json()["data"]
    assert data["dry_run"] is False
    assert data["matched"] == 2
    assert data["bytes_freed"] == len(png)
    assert file_ids(client, ada) == {library["pdf"]}
    assert file_ids(client, mallory) == {library["theirs"]}
    # ada's image blob is gone from storage; mallory's copy of the bytes stays.
    left = set(db.session.scalars(db.select(Blob.storage_key)))
    gone = blob_keys - left
    assert len(gone) == 1
    assert not any(storage().exists(k) for k in gone)
    assert all(storage().exists(k) for k in left)
    theirs = client.get(f"/api/v1/files/{library['theirs']}/download", headers=mallory)
    assert theirs.data == png
    # Nothing left to match: an empty result, not an error.
    again = cleanup(client, ada, file_type="image", dry_run=False).get_json()["data"]
    assert (again["matched"], again["removed"], again["bytes_freed"]) == (0, [], 0)


def test_a_shared_blob_is_not_freed_while_a_file_still_uses_it(client, ada, library):
    c = client.post("/api/v1/collections", headers=ada, json={"name": "Old"}).get_json()["data"]
    client.post(
        f"/api/v1/collections/{c['id']}/media", headers=ada, json={"file_ids": [library["one"]]}
    )
    one = db.session.get(File, library["one"])
    derived_prefix = f"derived/{one.owner_id}/{one.id}/"
    blob_key = one.blob.storage_key
    assert any(k.startswith(derived_prefix) for k in stored_keys())  # its thumbnails
    r = cleanup(client, ada, collection_id=c["id"], dry_run=False)
    data = r.get_json()["data"]
    assert [x["id"] for x in data["removed"]] == [library["one"]]
    assert data["bytes_freed"] == 0
    assert file_ids(client, ada) == {library["two"], library["pdf"]}
    assert storage().exists(blob_key)  # "two" still uses these bytes
    assert not any(k.startswith(derived_prefix) for k in stored_keys())
    assert db.session.scalar(db.select(db.func.count()).select_from(Blob)) == 3


def test_cleanup_by_age_status_and_collection_combine(client, ada, mallory, library):
    old = db.session.get(File, library["pdf"])
    old.created_at = utcnow() - timedelta(days=45)
    db.session.commit()
    data = cleanup(client, ada, older_than_days=30).get_json()["data"]
    assert [x["id"] for x in data["removed"]] == [library["pdf"]]
    data = cleanup(client, ada, older_than_days=30, file_type="image").get_json()["data"]
    assert data["matched"] == 0
    data = cleanup(client, ada, status="ready").get_json()["data"]
    assert {x["id"] for x in data["removed"]} == {library["one"], library["two"], library["pdf"]}
    data = cleanup(client, ada, status="failed").get_json()["data"]
    assert data["matched"] == 0

    theirs = client.post("/api/v1/collections", headers=mallory, json={"name": "Mine"})
    their_id = theirs.get_json()["data"]["id"]
    before = row_counts()
    r = cleanup(client, ada, collection_id=their_id, dry_run=False)
    assert_error(r, 404, "RESOURCE_NOT_FOUND")
    r = cleanup(client, ada, collection_id=MAX_ID, dry_run=False)
    assert_error(r, 404, "RESOURCE_NOT_FOUND")
    assert row_counts() == before


def test_cleanup_needs_the_write_scope(client, ada, library):
    key = client.post(
        "/api/v1/auth/api-keys", headers=ada, json={"name": "ro", "scopes": ["files:read"]}
    ).get_json()["data"]["key"]
    before = row_counts()
    assert_error(cleanup(client, {"X-API-Key": key}, file_type="image"), 403, "PERMISSION_DENIED")
    assert row_counts() == before


# ---- deduplication --------------------------------------------------------------------


def test_deduplication_figures(client, ada, mallory, library, png, make_user, api):
    pdf = len(minimal_pdf())
    mine = client.get(DEDUP, headers=ada).get_json()["data"]
    assert mine == {
        "scope": "user",
        "files": 3,
        "blobs": 2,
        "duplicate_files": 1,
        "bytes_logical": 2 * len(png) + pdf,
        "bytes_stored": len(png) + pdf,
        "bytes_saved": len(png),
        "hit_rate": pytest.approx(1 / 3, abs=1e-4),
    }
    theirs = client.get(DEDUP, headers=mallory).get_json()["data"]
    assert (theirs["files"], theirs["blobs"], theirs["duplicate_files"]) == (1, 1, 0)
    assert theirs["hit_rate"] == 0
    assert theirs["bytes_saved"] == 0

    root = make_user("root", role="ADMIN")
    admin = api.headers(root)
    everyone = client.get(DEDUP, headers=admin).get_json()["data"]
    assert everyone["scope"] == "global"
    assert (everyone["files"], everyone["blobs"], everyone["duplicate_files"]) == (4, 3, 1)
    assert everyone["bytes_stored"] == 2 * len(png) + pdf  # blobs are per owner
    assert everyone["bytes_saved"] == len(png)
    assert everyone["hit_rate"] == pytest.approx(0.25)

    # An admin's key without the admin scope sees only its owner's library.
    key = client.post(
        "/api/v1/auth/api-keys", headers=admin, json={"name": "ro", "scopes": ["files:read"]}
    ).get_json()["data"]["key"]
    own = client.get(DEDUP, headers={"X-API-Key": key}).get_json()["data"]
    assert own == {
        "scope": "user",
        "files": 0,
        "blobs": 0,
        "duplicate_files": 0,
        "bytes_logical": 0,
        "bytes_stored": 0,
        "bytes_saved": 0,
        "hit_rate": 0,
    }
    assert_error(client.get(DEDUP), 401, "AUTH_REQUIRED")
