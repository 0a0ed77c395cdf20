"""scene slots: each scene's length in the last rendered video

Revision ID: 0006_scene_slots
Revises: 0005_events
Create Date: 2026-12-07 21:30:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0006_scene_slots"
down_revision = "0005_events"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on every backend (SQLite has had ADD and DROP COLUMN since
# 3.35): a batch copy of the table would have to reflect the tables it refers to.
def upgrade():
    op.add_column("scenes", sa.Column("slot", sa.Float(), nullable=True))


def downgrade():
    op.drop_column("scenes", "slot")
