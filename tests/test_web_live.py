"""The pages' event stream (/live): signals for every change of the user's own
resources, parts pushed as HTML rendered by their own polling views, nothing of
anyone else's, and bad part lists refused."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from t2m.extensions import db
from t2m.models import Job
from t2m.services import jobs
from t2m.services.jobs import state

from .test_security_headers import sign_in


@pytest.fixture
def app(app_factory):
    app = app_factory(REALTIME_POLL_SECONDS=0.05, STREAM_MAX_SECONDS=30)
    with app.app_context():
        yield app
    app.extensions["t2m_hub"].stop()


@pytest.fixture
def client(app):
    # A plain test client: a streamed body is read in the context it was made in
    # (the suite's IsolatedClient runs each request in a context of its own).
    return FlaskClient(app, app.response_class, use_cookies=True)


def read_events(response, count: int) -> list[tuple[str, str]]:
    """The next ``count`` (event name, data) pairs of a streaming test response
    (keep-alive comments come every 15 s, so a missing event fails by timeout)."""
    got: list[tuple[str, str]] = []
    name, data = None, []
    for chunk in response.response:
        for line in chunk.decode().split("\n"):
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data.append(line[6:])
            elif line == "" and name is not None:
                got.append((name, "\n".join(data)))
                name, data = None, []
                if len(got) >= count:
                    return got
    return got


def a_job(owner_id: int) -> int:
    job = jobs.create(owner_id, "process")
    db.session.commit()
    return job.id


pytestmark = pytest.mark.timeout(60)


def test_signals_and_a_pushed_part(app, client, make_user):
    ada = make_user("ada")
    sign_in(client, ada)
    job_id = a_job(ada.id)
    r = client.get(f"/live?w=job-status /jobs/{job_id}/status?seen=0", buffered=False)
    assert r.status_code == 200
    assert r.mimetype == "text/event-stream"
    state.change(job_id, status="processing", worker="w")
    db.session.commit()
    got = read_events(r, 2)
    names = [name for name, _ in got]
    assert names[0] == f"job-{job_id}"
    assert "job-status" in names
    html = dict(got)["job-status"]
    assert 'id="job-status"' in html
    assert 'data-status="processing"' in html
    r.close()


def test_other_users_changes_send_nothing(app, client, make_user):
    ada, eve = make_user("ada"), make_user("eve")
    ada_id, eve_id = ada.id, eve.id
    sign_in(client, ada)
    r = client.get("/live", buffered=False)
    eves = a_job(eve_id)
    state.change(eves, status="processing", worker="w")
    db.session.commit()
    mine = a_job(ada_id)
    got = read_events(r, 1)
    assert got == [(f"job-{mine}", "")]
    r.close()


@pytest.mark.parametrize(
    "part",
    [
        "job-status /api/v1/jobs/1",
        "job-status https://evil.example/jobs/1/status",
        "job-status //evil.example/jobs/1/status",
        "bad topic! /jobs/1/status",
        "job-status /jobs/1/cancel",
        "job-status /profile",
    ],
)
def test_unknown_parts_are_refused(app, client, make_user, part):
    sign_in(client, make_user("ada"))
    r = client.get("/live", query_string={"w": part})
    assert r.status_code == 422


def test_the_stream_needs_a_session(app, client):
    r = client.get("/live")
    assert r.status_code in (302, 303)
    assert "/login" in r.headers["Location"]


def test_a_part_of_someone_elses_job_is_dropped(app, client, make_user):
    ada, eve = make_user("ada"), make_user("eve")
    ada_id = ada.id
    sign_in(client, ada)
    eves = a_job(eve.id)
    r = client.get(f"/live?w=job-status /jobs/{eves}/status", buffered=False)
    mine = a_job(ada_id)
    got = read_events(r, 1)
    assert got == [(f"job-{mine}", "")]  # eve's status page is never rendered for ada
    assert db.session.scalar(select(Job.status).where(Job.id == eves)) == "queued"
    r.close()
