"""Events: the outbox every change is recorded in, and webhooks fed from it."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from t2m.extensions import db
from t2m.models.base import UTCDateTime, utcnow

DELIVERY_STATUSES = ("pending", "delivered", "failed")


class Event(db.Model):
    """One thing that happened, written in the same transaction as the change.

    ``uid`` (``evt_…``) is the public id; ``id`` orders events (a cursor for
    catching up). ``admins_only`` events (``user.registered``) reach
    administrators, never the user they are about.
    """

    __tablename__ = "events"
    __table_args__ = (
        sa.Index("ix_events_owner_id_id", "owner_id", "id"),
        sa.Index("ix_events_created_at", "created_at"),
        sa.Index("ix_events_resource", "resource", "resource_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(sa.String(40), unique=True)
    type: Mapped[str] = mapped_column(sa.String(64))
    owner_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    admins_only: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # The realtime channel's resource: "job", "media", "collection", "user", "webhook".
    resource: Mapped[str] = mapped_column(sa.String(16))
    resource_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    data: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Webhook(db.Model):
    """A receiver URL, the event types it wants, and the secret deliveries are signed with."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(sa.String(2048))
    events: Mapped[list] = mapped_column(sa.JSON, default=list)
    description: Mapped[str | None] = mapped_column(sa.String(500))
    secret: Mapped[str] = mapped_column(sa.String(255))
    # After a rotation the previous secret signs alongside until it expires.
    previous_secret: Mapped[str | None] = mapped_column(sa.String(255))
    previous_secret_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    disabled_reason: Mapped[str | None] = mapped_column(sa.Text)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Events in a row whose delivery finally failed (reset by a success).
    failure_streak: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    deliveries: Mapped[list[WebhookDelivery]] = relationship(
        back_populates="webhook", cascade="all, delete-orphan", passive_deletes=True
    )


class WebhookDelivery(db.Model):
    """One event owed to one webhook: attempts so far and when the next is due.

    The row is the truth (the queue only wakes a worker): a worker leases it
    (``locked_until``) while sending, so a worker killed mid-send leaves it
    due again once the lease runs out.
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        sa.CheckConstraint("status IN ('pending', 'delivered', 'failed')", name="status"),
        sa.Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
        sa.Index("ix_webhook_deliveries_webhook_id_id", "webhook_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    webhook_id: Mapped[int] = mapped_column(sa.ForeignKey("webhooks.id", ondelete="CASCADE"))
    event_id: Mapped[int] = mapped_column(
        sa.ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(sa.String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_status_code: Mapped[int | None] = mapped_column()
    last_duration_ms: Mapped[int | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    response_snippet: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    webhook: Mapped[Webhook] = relationship(back_populates="deliveries")
    event: Mapped[Event] = relationship()
