"""Text to video: a generation (the script and where its outputs are) and its scenes.

A generation belongs to its ``video_generation`` job (same id) and is deleted
with it. Each stage's outputs are stored as they are made (a scene's still,
its narration) and recorded here, so a retried job resumes after the last
finished stage and one scene can be redone without the others.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from t2m.extensions import db
from t2m.models.base import UTCDateTime, utcnow

SCENE_STATUSES = ("queued", "processing", "completed", "failed")


class Generation(db.Model):
    """The script of a generation job and the outputs of its stages."""

    __tablename__ = "generations"

    job_id: Mapped[int] = mapped_column(
        sa.ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True
    )
    owner_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # The stage being worked on, or the last one finished ("done" when rendered).
    stage: Mapped[str] = mapped_column(sa.String(16), default="queued")
    title: Mapped[str | None] = mapped_column(sa.String(255))
    description: Mapped[str | None] = mapped_column(sa.Text)
    story_text: Mapped[str | None] = mapped_column(sa.Text)
    language: Mapped[str | None] = mapped_column(sa.String(32))
    # Who made each stage's output: {"script": "offline", "visuals": "builtin", ...}.
    engines: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    notes: Mapped[list] = mapped_column(sa.JSON, default=list)
    # The rendered video (a File owned by the user) and its subtitles.
    video_file_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("files.id", ondelete="SET NULL"), index=True
    )
    subtitles_key: Mapped[str | None] = mapped_column(sa.String(512))  # ".srt"/".vtt" beside it
    duration: Mapped[float | None] = mapped_column(sa.Float)
    renders: Mapped[int] = mapped_column(default=0, server_default="0")
    # The job working on it now (the generation job, or a scene's regeneration).
    active_job_id: Mapped[int | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    scenes: Mapped[list[Scene]] = relationship(
        back_populates="generation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Scene.index",
    )


class Scene(db.Model):
    """One scene: its narration text, still, speech and subtitle."""

    __tablename__ = "scenes"
    __table_args__ = (
        sa.UniqueConstraint("job_id", "index", name="uq_scenes_job_index"),
        sa.CheckConstraint(
            "status IN ('queued', 'processing', 'completed', 'failed')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(
        sa.ForeignKey("generations.job_id", ondelete="CASCADE"), index=True
    )
    index: Mapped[int] = mapped_column()
    text: Mapped[str] = mapped_column(sa.Text)
    # What to draw instead of the text (set when an image is regenerated with a prompt).
    image_prompt: Mapped[str | None] = mapped_column(sa.Text)
    # The user's own picture or video for this scene.
    media_file_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("files.id", ondelete="SET NULL")
    )
    image_key: Mapped[str | None] = mapped_column(sa.String(512))
    image_engine: Mapped[str | None] = mapped_column(sa.String(64))
    audio_key: Mapped[str | None] = mapped_column(sa.String(512))
    audio_duration: Mapped[float | None] = mapped_column(sa.Float)
    # Seconds this scene lasted in the last rendered video (its narration and
    # any hold after it): kept by the next render where it still fits.
    slot: Mapped[float | None] = mapped_column(sa.Float)
    speech_engine: Mapped[str | None] = mapped_column(sa.String(64))
    # The spoken pieces, timed within the scene: [{"text", "start", "end"}].
    cues: Mapped[list | None] = mapped_column(sa.JSON)
    subtitle: Mapped[str | None] = mapped_column(sa.Text)
    # Bumped whenever the still or narration is remade: new keys, fresh URLs.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    status: Mapped[str] = mapped_column(sa.String(16), default="queued")
    error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    generation: Mapped[Generation] = relationship(back_populates="scenes")
