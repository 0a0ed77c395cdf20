"""Notifications: the header counts finished and failed work since the user
last looked (not the processing every upload gets, unless it failed), the page
lists it and marks it seen, and, when asked, each one is mailed as it happens."""

from __future__ import annotations

import re

import pytest

from t2m.extensions import db
from t2m.models import User
from t2m.models.base import utcnow
from t2m.services.jobs import state

from .test_web_account import outbox_messages, sign_in
from .test_web_jobs import make_job


@pytest.fixture
def ada(make_user, client):
    user = make_user("ada")
    sign_in(client, "ada")
    return user


def count(client) -> int | None:
    html = client.get("/").get_data(as_text=True)
    match = re.search(r'data-testid="notifications-count">(\d+)<', html)
    return int(match.group(1)) if match else None


def test_the_header_counts_news_and_the_page_marks_it_seen(client, ada, make_user):
    assert count(client) is None
    done = make_job(ada, "transcode", "completed", progress=100)
    failed = make_job(ada, "transcode", "failed", error="The source has no video stream.")
    make_job(ada, "process", "completed", progress=100)  # an upload processed: not news
    broken = make_job(ada, "process", "failed", error="Not a media file.")
    make_job(ada, "transcode", "processing", progress=40)  # still running
    make_job(make_user("bob"), "transcode", "completed", progress=100)  # someone else's
    db.session.commit()
    assert count(client) == 3

    html = client.get("/notifications").get_data(as_text=True)
    listed = [int(i) for i in re.findall(r'data-job-id="(\d+)"', html)]
    assert sorted(listed) == sorted([done.id, failed.id, broken.id])
    assert "The source has no video stream." in html
    assert html.count(">new</span>") == 3
    assert count(client) is None  # seen
    html = client.get("/notifications").get_data(as_text=True)
    assert ">new</span>" not in html  # still listed, no longer new
    assert len(re.findall(r'data-job-id="(\d+)"', html)) == 3


def test_mail_when_asked(app, client, ada):
    r = client.post("/notifications/email", data={"on": "1"}, follow_redirects=True)
    assert "We will mail you" in r.get_data(as_text=True)
    assert db.session.get(User, ada.id).notify_by_email is True
    job = make_job(ada, "transcode", "processing", progress=50)
    db.session.commit()
    mails = len(outbox_messages(app))
    assert state.change(job.id, status="completed", progress=100.0, completed_at=utcnow())
    db.session.commit()
    sent = outbox_messages(app)[mails:]
    assert [m["Subject"] for m in sent] == [f"T2M: Encode #{job.id} is done"]
    # Off again: no more mail.
    client.post("/notifications/email", data={"on": "0"})
    other = make_job(ada, "transcode", "processing", progress=50)
    db.session.commit()
    state.change(other.id, status="failed", error="boom", completed_at=utcnow())
    db.session.commit()
    assert len(outbox_messages(app)) == mails + 1


def test_signed_out_and_other_users(app, client, ada):
    anonymous = app.test_client()
    r = anonymous.get("/notifications")
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]
    assert anonymous.post("/notifications/email", data={"on": "1"}).status_code == 302
    assert db.session.get(User, ada.id).notify_by_email is False
