"""text to video: generations and scenes

Revision ID: 0004_text_to_video
Revises: 0003_video_pipeline
Create Date: 2026-11-23 07:47:06.769757

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0004_text_to_video"
down_revision = "0003_video_pipeline"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "generations",
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("story_text", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=32), nullable=True),
        sa.Column("engines", sa.JSON(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("video_file_id", sa.Integer(), nullable=True),
        sa.Column("subtitles_key", sa.String(length=512), nullable=True),
        sa.Column("duration", sa.Float(), nullable=True),
        sa.Column("renders", sa.Integer(), server_default="0", nullable=False),
        sa.Column("active_job_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_generations_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_generations_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["video_file_id"],
            ["files.id"],
            name=op.f("fk_generations_video_file_id_files"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("job_id", name=op.f("pk_generations")),
    )
    with op.batch_alter_table("generations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_generations_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_generations_video_file_id"), ["video_file_id"], unique=False
        )

    op.create_table(
        "scenes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("image_prompt", sa.Text(), nullable=True),
        sa.Column("media_file_id", sa.Integer(), nullable=True),
        sa.Column("image_key", sa.String(length=512), nullable=True),
        sa.Column("image_engine", sa.String(length=64), nullable=True),
        sa.Column("audio_key", sa.String(length=512), nullable=True),
        sa.Column("audio_duration", sa.Float(), nullable=True),
        sa.Column("speech_engine", sa.String(length=64), nullable=True),
        sa.Column("cues", sa.JSON(), nullable=True),
        sa.Column("subtitle", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('queued', 'processing', 'completed', 'failed')",
            name=op.f("ck_scenes_status"),
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["generations.job_id"],
            name=op.f("fk_scenes_job_id_generations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["media_file_id"],
            ["files.id"],
            name=op.f("fk_scenes_media_file_id_files"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenes")),
        sa.UniqueConstraint("job_id", "index", name="uq_scenes_job_index"),
    )
    with op.batch_alter_table("scenes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scenes_job_id"), ["job_id"], unique=False)


def downgrade():
    with op.batch_alter_table("scenes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenes_job_id"))

    op.drop_table("scenes")
    with op.batch_alter_table("generations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_generations_video_file_id"))
        batch_op.drop_index(batch_op.f("ix_generations_owner_id"))

    op.drop_table("generations")
