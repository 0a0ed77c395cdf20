"""What administrators see and change: every account (disable, role, quota),
storage used, the queue, and recent failures."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from t2m.errors import NotFound, PermissionDenied
from t2m.extensions import db
from t2m.models import Blob, File, Job, User
from t2m.services import validation
from t2m.services.accounts import api_keys

MAX_QUOTA = 2**50  # 1 PiB: more is a typing mistake


def _require_admin(actor: User) -> None:
    if not actor.is_admin:
        raise PermissionDenied("Administrators only.")


@dataclass
class UserRow:
    user: User
    files: int
    bytes: int


def users(actor: User) -> list[UserRow]:
    """Every account with its file count and bytes, newest first."""
    _require_admin(actor)
    usage = {
        owner: (count, size)
        for owner, count, size in db.session.execute(
            select(File.owner_id, func.count(), func.coalesce(func.sum(File.size), 0)).group_by(
                File.owner_id
            )
        )
    }
    rows = db.session.scalars(select(User).order_by(User.created_at.desc(), User.id.desc()))
    return [UserRow(u, *usage.get(u.id, (0, 0))) for u in rows]


def overview(actor: User) -> dict:
    """Storage, the queue and the last failures."""
    _require_admin(actor)
    by_status = dict(
        db.session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
    )
    waiting = db.session.scalar(select(func.min(Job.created_at)).where(Job.status == "queued"))
    failures = list(
        db.session.scalars(
            select(Job).where(Job.status == "failed").order_by(Job.id.desc()).limit(20)
        )
    )
    return {
        "files": db.session.scalar(select(func.count()).select_from(File)) or 0,
        "file_bytes": db.session.scalar(select(func.coalesce(func.sum(File.size), 0))) or 0,
        "stored_bytes": db.session.scalar(select(func.coalesce(func.sum(Blob.size), 0))) or 0,
        "jobs": by_status,
        "oldest_waiting": waiting,
        "failures": failures,
    }


def update_user(actor: User, user_id: int, changes: dict) -> User:
    """Set another account's ``active``, ``role`` and ``quota_mb`` (empty: the
    instance default). An administrator cannot disable or demote themselves."""
    _require_admin(actor)
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound("User not found.")
    errors = validation.Errors()
    role = changes.get("role", user.role)
    if role not in ("USER", "ADMIN"):
        errors.add("role", "Must be USER or ADMIN.")
    active = changes.get("active", user.is_active_account)
    if user.id == actor.id and (role != "ADMIN" or not active):
        errors.add("role", "You cannot disable or demote yourself.")
    quota = user.quota_bytes
    if "quota_mb" in changes:
        raw = changes["quota_mb"]
        if raw in (None, ""):
            quota = None
        else:
            try:
                mb = int(str(raw).strip())
            except ValueError:
                mb = -1
            if not 0 <= mb * 1024 * 1024 <= MAX_QUOTA:
                errors.add("quota_mb", "Must be a whole number of megabytes, or empty.")
            else:
                quota = mb * 1024 * 1024
    errors.raise_if_any("The account was not changed.")
    if user.is_active_account and not active:
        user.token_version += 1  # signed out everywhere
        api_keys.revoke_all(user)
    user.is_active_account = bool(active)
    user.role = role
    user.quota_bytes = quota
    db.session.commit()
    return user
