"""What finished while the user was away: their encodes and videos that
completed or failed, and uploads whose processing failed (a processed upload
is not news). The page header counts the ones after ``notifications_seen_at``;
``/notifications`` lists them and marks them seen. With ``notify_by_email``
each one is mailed too, as it happens."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from t2m.extensions import db
from t2m.models import Job, User
from t2m.models.base import utcnow
from t2m.services import mail

QUIET_KINDS = ("process",)  # news only when they fail


def _news():
    return or_(
        and_(Job.kind.not_in(QUIET_KINDS), Job.status.in_(("completed", "failed"))),
        and_(Job.kind.in_(QUIET_KINDS), Job.status == "failed"),
    )


def unseen_count(user: User) -> int:
    since = user.notifications_seen_at or user.created_at
    stmt = (
        select(func.count())
        .select_from(Job)
        .where(Job.owner_id == user.id, _news(), Job.completed_at > since)
    )
    return db.session.scalar(stmt) or 0


def recent(user: User, limit: int = 30) -> list[Job]:
    stmt = (
        select(Job)
        .where(Job.owner_id == user.id, _news(), Job.completed_at.is_not(None))
        .order_by(Job.completed_at.desc(), Job.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(stmt))


def mark_seen(user: User) -> None:
    user.notifications_seen_at = utcnow()
    db.session.commit()


def set_email(user: User, on: bool) -> None:
    user.notify_by_email = bool(on)
    db.session.commit()


def on_job_change(job_id: int, changes: dict) -> None:
    """The job state listener: mail a finished or failed job to an owner who asked."""
    status = changes.get("status")
    if status not in ("completed", "failed"):
        return
    job = db.session.get(Job, job_id)
    if job is None or (job.kind in QUIET_KINDS and status != "failed"):
        return
    owner = db.session.get(User, job.owner_id)
    if owner is None or not owner.notify_by_email or not owner.is_active:
        return
    from t2m.services.jobs import kinds

    what = f"{kinds.label(job.kind)} #{job.id}"
    if status == "completed":
        subject, body = f"{what} is done", f"{what} finished."
    else:
        subject, body = f"{what} failed", f"{what} failed: {job.error or 'no reason given'}."
    mail.send(owner.email, f"T2M: {subject}", f"Hello {owner.username},\n\n{body}\n")
