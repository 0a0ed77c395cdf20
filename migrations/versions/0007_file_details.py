"""file details: a title and tags the owner edits

Revision ID: 0007_file_details
Revises: 0006_scene_slots
Create Date: 2026-12-08 01:40:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0007_file_details"
down_revision = "0006_scene_slots"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on every backend, as in 0006.
def upgrade():
    op.add_column("files", sa.Column("title", sa.String(length=200), nullable=True))
    op.add_column("files", sa.Column("tags", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("files", "tags")
    op.drop_column("files", "title")
