"""Media: stored blobs, files (what users see), derived files, collections, analytics."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from t2m.extensions import db
from t2m.models.base import UTCDateTime, utcnow

FILE_TYPES = ("document", "image", "video", "audio")
FILE_STATUSES = ("uploaded", "processing", "ready", "failed")


class Blob(db.Model):
    """Stored bytes, shared by every file of one owner with the same SHA-256."""

    __tablename__ = "blobs"
    __table_args__ = (sa.UniqueConstraint("owner_id", "sha256", name="uq_blobs_owner_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    storage_key: Mapped[str] = mapped_column(sa.String(512), unique=True)
    content_type: Mapped[str] = mapped_column(sa.String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    files: Mapped[list[File]] = relationship(back_populates="blob")


class File(db.Model):
    """One upload as its owner sees it: a name, labels, a type, a status."""

    __tablename__ = "files"
    __table_args__ = (
        sa.CheckConstraint(
            "file_type IN ('document', 'image', 'video', 'audio')", name="file_type"
        ),
        sa.CheckConstraint(
            "status IN ('uploaded', 'processing', 'ready', 'failed')", name="status"
        ),
        sa.Index("ix_files_owner_created", "owner_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    blob_id: Mapped[int] = mapped_column(sa.ForeignKey("blobs.id"), index=True)
    original_filename: Mapped[str] = mapped_column(sa.String(255))
    content_type: Mapped[str] = mapped_column(sa.String(255))
    file_type: Mapped[str] = mapped_column(sa.String(16))
    subdirectory: Mapped[str | None] = mapped_column(sa.String(255))
    description: Mapped[str | None] = mapped_column(sa.Text)
    # What the owner calls it (the file name until they give one), and their tags
    # stored as ",tag one,tag two," so that one tag is a LIKE '%,tag,%' away.
    title: Mapped[str | None] = mapped_column(sa.String(200))
    tags_text: Mapped[str | None] = mapped_column("tags", sa.Text)
    # private (the owner only), unlisted (anyone with the share link) or public;
    # the share id is the unguessable part of the share and embed URLs.
    visibility: Mapped[str] = mapped_column(
        sa.String(16), default="private", server_default="private"
    )
    share_id: Mapped[str | None] = mapped_column(sa.String(32), unique=True, index=True)
    size: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    # Active content (HTML, SVG) is only ever served as a sandboxed attachment.
    active_content: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    meta: Mapped[dict] = mapped_column("metadata", sa.JSON, default=dict)
    status: Mapped[str] = mapped_column(sa.String(16), default="uploaded")
    error: Mapped[str | None] = mapped_column(sa.Text)
    download_count: Mapped[int] = mapped_column(default=0, server_default="0")
    stream_count: Mapped[int] = mapped_column(default=0, server_default="0")
    bytes_served: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    last_accessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    blob: Mapped[Blob] = relationship(back_populates="files")
    derived: Mapped[list[DerivedFile]] = relationship(
        back_populates="file", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def display_name(self) -> str:
        """The title, or the file name when there is none."""
        return self.title or self.original_filename

    @property
    def tags(self) -> list[str]:
        return [t for t in (self.tags_text or "").split(",") if t]


class DerivedFile(db.Model):
    """Something made from a file: a thumbnail, a rendition, a playlist, a segment."""

    __tablename__ = "derived_files"
    __table_args__ = (
        sa.UniqueConstraint("file_id", "kind", "label", name="uq_derived_files_file_kind_label"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(sa.ForeignKey("files.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(32))
    label: Mapped[str] = mapped_column(sa.String(64))
    storage_key: Mapped[str] = mapped_column(sa.String(512), unique=True)
    content_type: Mapped[str] = mapped_column(sa.String(255))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    # What a player needs without opening the object: a rendition's width,
    # height, bit rates and codecs string; a storyboard's tile geometry.
    meta: Mapped[dict | None] = mapped_column("metadata", sa.JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    file: Mapped[File] = relationship(back_populates="derived")


class FileAccessDay(db.Model):
    """Per-day download and stream counts of a file (for analytics)."""

    __tablename__ = "file_access_days"

    file_id: Mapped[int] = mapped_column(
        sa.ForeignKey("files.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    downloads: Mapped[int] = mapped_column(default=0)
    streams: Mapped[int] = mapped_column(default=0)
    bytes_served: Mapped[int] = mapped_column(sa.BigInteger, default=0)


class Collection(db.Model):
    """A named set of files (Media Vault collections)."""

    __tablename__ = "collections"
    __table_args__ = (sa.UniqueConstraint("owner_id", "name", name="uq_collections_owner_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    description: Mapped[str | None] = mapped_column(sa.Text)
    visibility: Mapped[str] = mapped_column(
        sa.String(16), default="private", server_default="private"
    )
    share_id: Mapped[str | None] = mapped_column(sa.String(32), unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class CollectionItem(db.Model):
    """A file in a collection."""

    __tablename__ = "collection_items"

    collection_id: Mapped[int] = mapped_column(
        sa.ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True
    )
    file_id: Mapped[int] = mapped_column(
        sa.ForeignKey("files.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
