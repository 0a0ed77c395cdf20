"""Background work: one table for every kind of job, and its log."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from t2m.extensions import db
from t2m.models.base import UTCDateTime, utcnow

JOB_KINDS = ("process", "transcode", "video_generation", "image_regeneration")
JOB_STATUSES = ("queued", "processing", "completed", "failed", "cancelled")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class Job(db.Model):
    """A unit of background work. Its state lives here, never only in the queue."""

    __tablename__ = "jobs"
    __table_args__ = (
        sa.CheckConstraint(
            "status IN ('queued', 'processing', 'completed', 'failed', 'cancelled')",
            name="status",
        ),
        sa.Index("ix_jobs_owner_created", "owner_id", "created_at"),
        # The lease sweep looks for running jobs whose heartbeat went quiet.
        sa.Index("ix_jobs_status_heartbeat", "status", "heartbeat_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(32))
    status: Mapped[str] = mapped_column(sa.String(16), default="queued")
    progress: Mapped[float] = mapped_column(sa.Float, default=0.0)
    file_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("files.id", ondelete="SET NULL"), index=True
    )
    # What the job made (an encode job's output file); deleted with the job.
    output_file_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("files.id", ondelete="SET NULL"), index=True
    )
    parameters: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    result: Mapped[dict | None] = mapped_column(sa.JSON)
    error: Mapped[str | None] = mapped_column(sa.Text)
    external_id: Mapped[str | None] = mapped_column(sa.String(255), index=True)
    client_metadata: Mapped[dict | None] = mapped_column(sa.JSON)
    cancel_requested: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Who holds the lease ("host:pid:thread"); only the holder may write progress
    # or finish the job, so a job taken over after a crash finishes once.
    worker: Mapped[str | None] = mapped_column(sa.String(128))

    logs: Mapped[list[JobLog]] = relationship(
        back_populates="job",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="JobLog.id",
    )


class JobLog(db.Model):
    """One line of a job's log."""

    __tablename__ = "job_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(sa.ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    level: Mapped[str] = mapped_column(sa.String(8), default="INFO")
    message: Mapped[str] = mapped_column(sa.Text)
    details: Mapped[dict | None] = mapped_column(sa.JSON)

    job: Mapped[Job] = relationship(back_populates="logs")


IDEMPOTENCY_STATES = ("in_progress", "completed")


class IdempotencyKey(db.Model):
    """A client's ``Idempotency-Key``: the request it was first used with and the
    response it got, replayed for the same key and body (keys are per user)."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (
        sa.UniqueConstraint("owner_id", "key", name="uq_idempotency_keys_owner_key"),
        sa.CheckConstraint("state IN ('in_progress', 'completed')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(sa.String(255))
    method: Mapped[str] = mapped_column(sa.String(8))
    path: Mapped[str] = mapped_column(sa.String(255))
    # SHA-256 of method, path and the canonical JSON body.
    request_hash: Mapped[str] = mapped_column(sa.String(64))
    state: Mapped[str] = mapped_column(sa.String(16), default="in_progress")
    status_code: Mapped[int | None] = mapped_column()
    response: Mapped[dict | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # An in-progress key whose request died is free again after this.
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
