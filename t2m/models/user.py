"""Accounts: users, API keys and revoked tokens."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from t2m.extensions import db
from t2m.models.base import UTCDateTime, utcnow

ROLES = ("USER", "ADMIN")


class User(UserMixin, db.Model):
    """A person (or a service account) who owns media and jobs."""

    __tablename__ = "users"
    __table_args__ = (
        sa.Index("uq_users_username_lower", sa.func.lower(sa.column("username")), unique=True),
        sa.CheckConstraint("role IN ('USER', 'ADMIN')", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    username: Mapped[str] = mapped_column(sa.String(32))
    full_name: Mapped[str | None] = mapped_column(sa.String(100))
    avatar_url: Mapped[str | None] = mapped_column(sa.String(2048))
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    role: Mapped[str] = mapped_column(sa.String(16), default="USER", server_default="USER")
    email_verified: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    is_active_account: Mapped[bool] = mapped_column(
        "is_active", default=True, server_default=sa.true()
    )
    # Per-user upload quota in bytes; None means the instance default.
    quota_bytes: Mapped[int | None] = mapped_column(sa.BigInteger)
    # Bumped to invalidate every token issued before (password change, reuse).
    token_version: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A closed account: signed out and disabled at once, its data deleted after this.
    delete_after: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Notifications: finished work after this shows as new; mail them too when set.
    notifications_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    notify_by_email: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    api_keys: Mapped[list[ApiKey]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def is_active(self) -> bool:  # Flask-Login reads this
        return self.is_active_account

    @property
    def is_admin(self) -> bool:
        return self.role == "ADMIN"

    def get_id(self) -> str:
        # The session cookie carries the token version too, so a password
        # change signs out every browser session as well.
        return f"{self.id}:{self.token_version}"

    def __repr__(self) -> str:
        return f"<User {self.id} {self.username}>"


class ApiKey(db.Model):
    """A long-lived credential for scripts; only its SHA-256 is stored."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    prefix: Mapped[str] = mapped_column(sa.String(16))
    key_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    scopes: Mapped[list] = mapped_column(sa.JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship(back_populates="api_keys")


class RevokedToken(db.Model):
    """A JWT that was logged out or rotated; kept until it would have expired."""

    __tablename__ = "revoked_tokens"

    jti: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    token_type: Mapped[str] = mapped_column(sa.String(16))
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    revoked_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
