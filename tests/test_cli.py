"""The ``flask users create`` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from t2m.extensions import db
from t2m.models import User
from t2m.services import accounts
from tests.conftest import PASSWORD, row_counts


def create(runner, *args: str):
    return runner.invoke(args=["users", "create", *args])


def _user(email: str) -> User | None:
    db.session.expire_all()
    return db.session.scalar(select(User).where(User.email == email))


def test_create_user_makes_a_verified_account(app, runner):
    before = row_counts()
    r = create(runner, "--email", "ada@example.com", "--password", PASSWORD)
    assert r.exit_code == 0, r.output
    user = _user("ada@example.com")
    assert r.output.strip() == f"Created user ada <ada@example.com> (id {user.id})"
    assert row_counts()["users"] == before["users"] + 1
    assert user.username == "ada"
    assert user.role == "USER"
    assert user.email_verified is True
    assert accounts.authenticate("ada", PASSWORD).id == user.id


def test_create_user_sends_no_mail(app, runner):
    r = create(runner, "--email", "ada@example.com", "--password", PASSWORD)
    assert r.exit_code == 0, r.output
    assert not list((Path(app.config["INSTANCE_PATH"]) / "outbox").glob("*.eml"))


def test_create_admin(runner):
    r = create(runner, "--email", "root@example.com", "--password", PASSWORD, "--admin")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Created admin root <root@example.com>")
    user = _user("root@example.com")
    assert user.role == "ADMIN"
    assert user.is_admin
    assert user.email_verified is True


def test_create_user_with_an_explicit_username(runner):
    r = create(runner, "--email", "ada@example.com", "--password", PASSWORD, "--username", "lady.a")
    assert r.exit_code == 0, r.output
    assert _user("ada@example.com").username == "lady.a"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--email", "ADA@example.com"], "email: This e-mail address is already registered."),
        (
            ["--email", "other@example.com", "--username", "Ada"],
            "username: This username is taken.",
        ),
    ],
)
def test_duplicate_is_refused_and_changes_nothing(runner, make_user, args, message):
    make_user("ada", email="ada@example.com", role="USER")
    before = row_counts()
    r = create(runner, *args, "--password", PASSWORD, "--admin")
    assert r.exit_code == 1
    assert r.output.startswith("Error: An account with these details already exists.")
    assert message in r.output
    assert "Traceback" not in r.output
    assert row_counts() == before
    assert _user("ada@example.com").role == "USER"


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", "password: Must be at least 8 characters."),
        (" " * 12, "password: Must not be only spaces."),
        ("x" * 129, "password: Must be at most 128 characters."),
    ],
)
def test_weak_password_is_refused(runner, password, message):
    before = row_counts()
    r = create(runner, "--email", "ada@example.com", "--password", password)
    assert r.exit_code == 1
    assert r.output.startswith("Error: Some fields are not valid.")
    assert message in r.output
    assert row_counts() == before
    assert _user("ada@example.com") is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--email", "not-an-address"], "email: "),
        (["--email", "ok@example.com", "--username", "x"], "username: Use 3 to 32 letters"),
        # The default username comes from the e-mail; a bad one is explained too.
        (["--email", "a@example.com"], "username: Use 3 to 32 letters"),
    ],
)
def test_bad_email_or_username_is_refused(runner, args, message):
    before = row_counts()
    r = create(runner, *args, "--password", PASSWORD)
    assert r.exit_code == 1
    assert message in r.output
    assert row_counts() == before


@pytest.mark.parametrize("missing", ["--email", "--password"])
def test_required_options(runner, missing):
    args = {"--email": "ada@example.com", "--password": PASSWORD}
    del args[missing]
    before = row_counts()
    r = create(runner, *[x for pair in args.items() for x in pair])
    assert r.exit_code == 2
    assert f"Missing option '{missing}'" in r.output
    assert row_counts() == before


def test_users_group_help_lists_create(runner):
    r = runner.invoke(args=["users", "--help"])
    assert r.exit_code == 0
    assert "create" in r.output
    assert "Create a verified account." in r.output
