"""Closing an account: at once, the account is disabled and signed out
everywhere (sessions, tokens, API keys) and its running jobs are stopped;
after ``ACCOUNT_DELETE_GRACE_DAYS`` (default 7) the hourly upkeep deletes its
files, jobs, collections, keys and the account itself. Until then an
administrator can reopen it (``flask users reopen <username>``), and the
address and username stay taken."""

from __future__ import annotations

import contextlib
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from t2m.errors import Conflict, NotFound, ValidationFailed
from t2m.extensions import db
from t2m.models import File, Job, User
from t2m.models.base import utcnow
from t2m.services import jobs, mail, validation
from t2m.services.accounts import api_keys
from t2m.services.accounts.passwords import verify_password
from t2m.services.library import files as library

DEFAULT_GRACE_DAYS = 7


def grace() -> timedelta:
    days = current_app.config.get("ACCOUNT_DELETE_GRACE_DAYS", DEFAULT_GRACE_DAYS)
    return timedelta(days=float(days))


def close(user: User, *, password, confirm) -> User:
    """Close ``user``'s account after checking its password and that ``confirm``
    is its username (the confirm step)."""
    errors = validation.Errors()
    if not isinstance(confirm, str) or confirm.strip() != user.username:
        errors.add("confirm", f"Type your username, {user.username}, to confirm.")
    if not isinstance(password, str) or not verify_password(user.password_hash, password):
        errors.add("password", "The password is not correct.")
    errors.raise_if_any("The account was not closed.")
    for job in db.session.scalars(
        select(Job).where(Job.owner_id == user.id, Job.status.in_(("queued", "processing")))
    ):
        with contextlib.suppress(Conflict):  # it finished meanwhile
            jobs.cancel(user, job.id, wait=0)
    user.is_active_account = False
    user.token_version += 1
    user.delete_after = utcnow() + grace()
    api_keys.revoke_all(user)
    db.session.commit()
    mail.send(
        user.email,
        "Your T2M account is closed",
        f"Hello {user.username},\n\nYour T2M account was closed and signed out everywhere. "
        f"Its files, jobs and collections are deleted for good after "
        f"{user.delete_after:%Y-%m-%d %H:%M} UTC. Until then an administrator can reopen it.\n",
    )
    return user


def reopen(username: str) -> User:
    """Undo a closing during its grace period (administrators, from the CLI)."""
    user = db.session.scalar(select(User).where(User.username == username))
    if user is None or user.delete_after is None:
        raise NotFound("No closed account has that username.")
    if user.delete_after <= utcnow():
        raise ValidationFailed("The grace period is over: the account's data is being deleted.")
    user.delete_after = None
    user.is_active_account = True
    db.session.commit()
    return user


def purge_due(now=None) -> int:
    """Delete the accounts whose grace period is over, with everything they own."""
    now = now or utcnow()
    done = 0
    for user in list(
        db.session.scalars(
            select(User).where(User.delete_after.is_not(None), User.delete_after <= now)
        )
    ):
        for job in list(db.session.scalars(select(Job).where(Job.owner_id == user.id))):
            db.session.delete(job)
        db.session.commit()
        for file_id in list(db.session.scalars(select(File.id).where(File.owner_id == user.id))):
            library.delete(user, file_id)
        db.session.delete(user)
        db.session.commit()
        done += 1
    return done
