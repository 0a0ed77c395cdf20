"""The admin area: administrators only (404 for anyone else, sign-in for the
signed out), every account with its usage, disabling, roles and quotas, and
refusals that change nothing."""

from __future__ import annotations

import pytest

from t2m.extensions import db
from t2m.models import User

from .conftest import row_counts
from .test_web_account import flashes, sign_in, signed_in_as
from .test_web_jobs import make_job


@pytest.fixture
def people(make_user, app, client):
    root = make_user("root", role="ADMIN")
    ada = make_user("ada")
    sign_in(client, "root")
    other = app.test_client()
    sign_in(other, "ada")
    return {"root": root, "ada": ada, "ada_client": other}


def save(client, user, **fields):
    data = {"role": fields.get("role", user.role), "quota_mb": fields.get("quota_mb", "")}
    if fields.get("active", True):
        data["active"] = "1"
    return client.post(f"/admin/users/{user.id}", data=data, follow_redirects=True)


def test_only_administrators_see_it(app, client, people):
    assert client.get("/admin").status_code == 200
    ada_client = people["ada_client"]
    assert ada_client.get("/admin").status_code == 404
    before = row_counts()
    r = ada_client.post(f"/admin/users/{people['root'].id}", data={"role": "USER"})
    assert r.status_code == 404
    assert row_counts() == before
    assert db.session.get(User, people["root"].id).role == "ADMIN"
    assert 'data-testid="nav-admin"' not in ada_client.get("/").get_data(as_text=True)
    anonymous = app.test_client().get("/admin")
    assert anonymous.status_code == 302
    assert "/login" in anonymous.headers["Location"]


def test_accounts_usage_queue_and_failures(client, people):
    make_job(people["ada"], "transcode", "failed", error="The source has no video stream.")
    make_job(people["ada"], "transcode", "queued")
    db.session.commit()
    html = client.get("/admin").get_data(as_text=True)
    assert html.count('data-testid="admin-user"') == 2
    assert "ada@" in html
    assert 'data-testid="admin-queued">1<' in html
    assert "The source has no video stream." in html


def test_disable_role_and_quota(client, people):
    ada, ada_client = people["ada"], people["ada_client"]
    r = save(client, ada, active=False)
    assert ("success", "Saved ada.") in flashes(r.get_data(as_text=True))
    assert signed_in_as(ada_client) is None  # signed out at once
    assert sign_in(ada_client, "ada").status_code == 422
    save(client, ada, active=True, role="ADMIN", quota_mb="250")
    db.session.expire_all()
    user = db.session.get(User, ada.id)
    assert (user.is_active_account, user.role, user.quota_bytes) == (True, "ADMIN", 250 * 2**20)
    save(client, ada, role="USER", quota_mb="")
    db.session.expire_all()
    assert db.session.get(User, ada.id).quota_bytes is None


@pytest.mark.parametrize(
    ("target", "fields", "message"),
    [
        ("root", {"role": "USER"}, "You cannot disable or demote yourself."),
        ("root", {"active": False, "role": "ADMIN"}, "You cannot disable or demote yourself."),
        ("ada", {"role": "OWNER"}, "Must be USER or ADMIN."),
        ("ada", {"quota_mb": "-5"}, "Must be a whole number of megabytes"),
        ("ada", {"quota_mb": "9" * 40}, "Must be a whole number of megabytes"),
        ("ada", {"quota_mb": "1e3"}, "Must be a whole number of megabytes"),
    ],
)
def test_refusals_change_nothing(client, people, target, fields, message):
    before = row_counts()
    user = people[target]
    r = save(client, user, **fields)
    assert any(message in m for _, m in flashes(r.get_data(as_text=True))), fields
    assert row_counts() == before
    db.session.expire_all()
    fresh = db.session.get(User, user.id)
    assert (fresh.role, fresh.is_active_account, fresh.quota_bytes) == (user.role, True, None)


def test_an_unknown_user_is_404(client, people):
    assert client.post("/admin/users/999999", data={"role": "USER"}).status_code == 404
