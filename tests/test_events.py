"""The outbox: every change writes its event in its own transaction, and
GET /api/v1/events lists a user's events (administrators: everyone's)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from t2m.extensions import db
from t2m.models import Event, Job
from t2m.models.base import utcnow
from t2m.services import events, jobs
from t2m.services.jobs import state

from .conftest import assert_error, row_counts
from .media_fixtures import make_image
from .test_api_files import upload

EVENTS = "/api/v1/events"


@pytest.fixture
def ada(make_user):
    return make_user("ada")


@pytest.fixture
def ada_h(api, ada):
    return api.headers(ada)


@pytest.fixture
def mallory_h(api, make_user):
    return api.headers(make_user("mallory"))


def listed(client, headers, **query) -> dict:
    r = client.get(EVENTS, headers=headers, query_string=query)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]


def png(tmp_path, n=0) -> bytes:
    return make_image(tmp_path / f"{n}.png", size=(64 + n, 48)).read_bytes()


def test_an_upload_is_told_from_upload_to_ready(client, ada_h, tmp_path):
    r = upload(client, ada_h, png(tmp_path), filename="sunset.png")
    assert r.status_code == 201
    file_id = r.get_json()["data"]["id"]
    items = listed(client, ada_h)["items"]
    kinds = [e["event"] for e in items]
    assert kinds == [
        "media.uploaded",
        "job.queued",
        "job.started",
        "job.progress",
        "media.ready",
        "job.completed",
    ]
    for e in items:
        assert e["id"].startswith("evt_")
        assert e["timestamp"].endswith("Z")
        assert set(e) == {"id", "event", "timestamp", "data"}
    uploaded = items[0]["data"]
    assert uploaded["id"] == file_id
    assert uploaded["type"] == "image"
    assert uploaded["filename"] == "sunset.png"
    assert uploaded["status"] == "uploaded"
    assert uploaded["size"] > 0
    assert items[4]["data"]["status"] == "ready"
    done = items[-1]["data"]
    assert done["type"] == "process"
    assert done["status"] == "completed"
    assert done["progress"] == 100.0
    assert done["job_id"] == done["jobId"]
    assert done["result"]["file_id"] == file_id
    assert done["result"]["download_url"].endswith(f"/api/v1/files/{file_id}/download")
    assert done["result"]["thumbnail_url"].endswith(f"/api/v1/files/{file_id}/thumbnail")
    assert items[3]["data"]["step"] == 10
    # The ids are the order: each page goes on from the last id seen.
    assert [e["id"] for e in items] == sorted(e["id"] for e in items)


def test_public_url_makes_links_absolute_everywhere(app_factory, make_user, tmp_path):
    app = app_factory(PUBLIC_URL="https://media.example.com/")
    with app.app_context():
        from .conftest import Api

        client = app.test_client()
        h = Api(client).headers(make_user("ada"))
        file_id = upload(client, h, png(tmp_path)).get_json()["data"]["id"]
        done = listed(client, h, types="job.completed")["items"][0]["data"]
        assert done["result"]["download_url"] == (
            f"https://media.example.com/api/v1/files/{file_id}/download"
        )


def test_deleting_a_file_is_an_event_and_the_others_see_nothing(client, ada_h, mallory_h, tmp_path):
    file_id = upload(client, ada_h, png(tmp_path)).get_json()["data"]["id"]
    assert client.delete(f"/api/v1/files/{file_id}", headers=ada_h).status_code == 200
    last = listed(client, ada_h)["items"][-1]
    assert last["event"] == "media.deleted"
    assert last["data"]["id"] == file_id
    assert listed(client, mallory_h) == {"items": [], "has_more": False, "next_after": None}


def test_collections_are_created_updated_and_deleted(client, ada_h, tmp_path):
    file_id = upload(client, ada_h, png(tmp_path)).get_json()["data"]["id"]
    c = client.post("/api/v1/collections", headers=ada_h, json={"name": "Trips"})
    cid = c.get_json()["data"]["id"]
    client.patch(f"/api/v1/collections/{cid}", headers=ada_h, json={"name": "Holidays"})
    client.post(f"/api/v1/collections/{cid}/media", headers=ada_h, json={"file_ids": [file_id]})
    client.delete(f"/api/v1/collections/{cid}", headers=ada_h)
    got = listed(client, ada_h, types="collection.created,collection.updated,collection.deleted")
    assert [(e["event"], e["data"]["name"], e["data"]["item_count"]) for e in got["items"]] == [
        ("collection.created", "Trips", 0),
        ("collection.updated", "Holidays", 0),
        ("collection.updated", "Holidays", 1),
        ("collection.deleted", "Holidays", None),
    ]
    assert {e["data"]["id"] for e in got["items"]} == {cid}


def test_a_refused_change_leaves_no_event(client, ada_h):
    client.post("/api/v1/collections", headers=ada_h, json={"name": "Trips"})
    before = row_counts()
    r = client.post("/api/v1/collections", headers=ada_h, json={"name": "Trips"})
    assert r.status_code == 409
    assert row_counts() == before


def test_an_event_rolls_back_with_its_change(app, ada):
    events.emit("media.deleted", owner_id=ada.id, resource="media", resource_id=1, data={})
    db.session.rollback()
    assert db.session.scalar(select(Event.id).where(Event.type == "media.deleted")) is None


def test_user_registered_reaches_administrators_only(client, api, make_user):
    admin_h = api.headers(make_user("root", role="ADMIN"))
    ada = make_user("ada")
    ada_h = api.headers(ada)
    assert listed(client, ada_h, types="user.registered")["items"] == []
    seen = listed(client, admin_h, types="user.registered")["items"]
    ada_event = next(e for e in seen if e["data"]["id"] == ada.id)
    assert ada_event["data"]["username"] == "ada"


def test_administrators_see_every_users_events(client, api, make_user, ada_h, tmp_path):
    admin_h = api.headers(make_user("root", role="ADMIN"))
    upload(client, ada_h, png(tmp_path))
    assert "media.uploaded" in {e["event"] for e in listed(client, admin_h)["items"]}


def test_catching_up_after_an_event_and_by_type(client, ada_h, tmp_path):
    upload(client, ada_h, png(tmp_path, 0))
    everything = listed(client, ada_h)["items"]
    first = listed(client, ada_h, limit=2)
    assert first["has_more"] is True
    assert [e["id"] for e in first["items"]] == [e["id"] for e in everything[:2]]
    rest = listed(client, ada_h, after=first["next_after"])
    assert [e["id"] for e in rest["items"]] == [e["id"] for e in everything[2:]]
    assert rest["has_more"] is False
    # Nothing new: the same cursor comes back.
    empty = listed(client, ada_h, after=everything[-1]["id"])
    assert empty == {"items": [], "has_more": False, "next_after": everything[-1]["id"]}
    upload(client, ada_h, png(tmp_path, 1))
    newer = listed(client, ada_h, after=everything[-1]["id"], types="media.ready")
    assert [e["event"] for e in newer["items"]] == ["media.ready"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"after": "evt_doesnotexist"}, "after"),
        ({"types": "job.completed,job.exploded"}, "types"),
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"limit": 2**70}, "limit"),
        ({"after": "x" * 41}, "after"),
    ],
)
def test_bad_queries_are_422_naming_the_field(client, ada_h, query, field):
    r = client.get(EVENTS, headers=ada_h, query_string=query)
    error = assert_error(r, 422, "VALIDATION_ERROR")
    assert field in error["details"]


def test_another_users_event_id_is_not_a_cursor(client, ada_h, mallory_h, tmp_path):
    upload(client, ada_h, png(tmp_path))
    theirs = listed(client, ada_h)["items"][0]["id"]
    error = assert_error(
        client.get(EVENTS, headers=mallory_h, query_string={"after": theirs}),
        422,
        "VALIDATION_ERROR",
    )
    assert "after" in error["details"]


def test_events_need_a_credential(client):
    assert_error(client.get(EVENTS), 401, "AUTH_REQUIRED")


def _progress_job(owner_id: int) -> int:
    job = jobs.create(owner_id, "process")
    db.session.commit()
    state.change(job.id, status="processing", worker="test")
    db.session.commit()
    return job.id


def test_progress_is_one_event_per_ten_percent_step(app, ada):
    job_id = _progress_job(ada.id)
    for value in (3, 12, 15, 19.9, 20, 47, 95, 96, 99.9):
        state.change(job_id, progress=float(value))
        db.session.commit()
    steps = db.session.scalars(
        select(Event).where(Event.type == "job.progress").order_by(Event.id)
    ).all()
    assert [e.data["step"] for e in steps] == [10, 20, 40, 90]
    assert [e.data["progress"] for e in steps] == [12.0, 20.0, 47.0, 95.0]


def test_a_retried_job_reports_its_steps_again(app, ada):
    job_id = _progress_job(ada.id)
    state.change(job_id, progress=55.0)
    state.change(job_id, status="failed", completed_at=utcnow(), error="boom")
    db.session.commit()
    state.change(job_id, status="queued", progress=0.0)
    state.change(job_id, status="processing")
    state.change(job_id, progress=31.0)
    db.session.commit()
    told = db.session.scalars(
        select(Event).where(Event.resource == "job", Event.resource_id == job_id).order_by(Event.id)
    ).all()
    assert [(e.type, e.data.get("step")) for e in told] == [
        ("job.queued", None),
        ("job.started", None),
        ("job.progress", 50),
        ("job.failed", None),
        ("job.queued", None),
        ("job.started", None),
        ("job.progress", 30),
    ]
    assert told[3].data["error"] == "boom"


def test_old_events_are_purged(app, ada):
    for _ in range(3):
        events.emit("media.deleted", owner_id=ada.id, resource="media", resource_id=1, data={})
    db.session.commit()
    old = utcnow() - timedelta(days=8)
    first = db.session.scalar(select(Event.id).order_by(Event.id))
    db.session.execute(update(Event).where(Event.id == first).values(created_at=old))
    db.session.commit()
    assert events.purge_expired() == 1
    assert db.session.get(Event, first) is None
    assert len(db.session.scalars(select(Event.id)).all()) == 3  # ada's sign-up and two more


def test_a_job_event_carries_the_encode_fields(app, ada):
    job = jobs.create(ada.id, "transcode", external_id="upload-123", client_metadata={"a": 1})
    db.session.commit()
    queued = db.session.scalar(
        select(Event).where(Event.resource == "job", Event.resource_id == job.id)
    )
    assert queued.type == "job.queued"
    assert queued.data["externalId"] == "upload-123"
    assert queued.data["metadata"] == {"a": 1}
    assert db.session.get(Job, job.id).status == "queued"
