"""Closing an account from the profile: the confirm step, everything signed
out at once, the data deleted only after the grace period (and only the
account's own), and an administrator reopening it in between."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image

from t2m.extensions import db
from t2m.models import ApiKey, File, Job, User
from t2m.models.base import utcnow
from t2m.services import closing

from .conftest import PASSWORD, row_counts
from .test_web_account import flashes, outbox_messages, sign_in, signed_in_as


def png(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (shade, 80, 160)).save(out, "PNG")
    return out.getvalue()


def upload(client, headers, shade: int) -> int:
    r = client.post(
        "/api/v1/files/upload",
        headers=headers,
        data={"file": (io.BytesIO(png(shade)), f"p{shade}.png")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 201, r.get_data(True)
    return r.get_json()["data"]["id"]


@pytest.fixture
def ada(make_user, api):
    user = make_user("ada", email="ada@example.com")
    return user, api.headers(user)


def close(client, **fields):
    return client.post("/profile/close", data=fields, headers={"HX-Request": "true"})


def test_the_confirm_step_refuses_and_changes_nothing(client, ada):
    user, _ = ada
    sign_in(client, "ada")
    before = row_counts()
    for fields, message in [
        ({"confirm": "ada", "password": "wrong password"}, "The password is not correct."),
        ({"confirm": "bob", "password": PASSWORD}, "Type your username, ada, to confirm."),
        ({"password": PASSWORD}, "Type your username, ada, to confirm."),
    ]:
        r = close(client, **fields)
        assert r.status_code == 200  # htmx swaps the form with its errors
        assert message in r.get_data(as_text=True)
    assert row_counts() == before
    assert signed_in_as(client) == "ada"
    assert db.session.get(User, user.id).delete_after is None


def test_closing_signs_out_everywhere_and_purges_after_the_grace(app, client, ada, make_user, api):
    user, headers = ada
    mine = upload(client, headers, 10)
    bob = make_user("bob")
    theirs = upload(client, api.headers(bob), 200)
    key = client.post(
        "/api/v1/auth/api-keys", headers=headers, json={"name": "k", "scopes": ["files:read"]}
    ).get_json()["data"]["key"]
    other_browser = app.test_client()
    sign_in(other_browser, "ada")
    sign_in(client, "ada")

    r = client.post(
        "/profile/close", data={"confirm": "ada", "password": PASSWORD}, follow_redirects=True
    )
    assert any("Your account is closed" in m for _, m in flashes(r.get_data(as_text=True)))
    assert signed_in_as(client) is None
    assert signed_in_as(other_browser) is None
    assert client.get("/api/v1/auth/me", headers={"X-API-Key": key}).status_code == 401
    assert sign_in(client, "ada").status_code == 422  # cannot sign in
    assert outbox_messages(app)[-1]["Subject"] == "Your T2M account is closed"
    closed = db.session.get(User, user.id)
    assert closed.delete_after > utcnow() + timedelta(days=6)

    # Within the grace period nothing is deleted.
    assert closing.purge_due() == 0
    assert db.session.get(File, mine) is not None
    # After it, everything of ada's goes, and nothing of bob's.
    assert closing.purge_due(now=closed.delete_after + timedelta(seconds=1)) == 1
    db.session.expire_all()
    assert db.session.get(User, user.id) is None
    assert db.session.get(File, mine) is None
    assert (
        db.session.scalar(
            db.select(db.func.count()).select_from(Job).where(Job.owner_id == user.id)
        )
        == 0
    )
    assert (
        db.session.scalar(
            db.select(db.func.count()).select_from(ApiKey).where(ApiKey.user_id == user.id)
        )
        == 0
    )
    assert db.session.get(File, theirs) is not None
    assert client.get(f"/api/v1/files/{theirs}", headers=api.headers(bob)).status_code == 200


def test_an_administrator_reopens_it_during_the_grace(app, client, ada):
    sign_in(client, "ada")
    r = client.post("/profile/close", data={"confirm": "ada", "password": PASSWORD})
    assert r.status_code == 303, r.get_data(as_text=True)[:500]
    db.session.expire_all()  # the CLI runner shares this test's session
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "reopen", "ada"])
    assert result.exit_code == 0, result.output
    assert "Reopened ada" in result.output
    assert sign_in(client, "ada").status_code == 303
    result = runner.invoke(args=["users", "reopen", "nobody"])
    assert result.exit_code != 0
    assert "No closed account has that username." in result.output
