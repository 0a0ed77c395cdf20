"""sharing: files and collections are private, unlisted or public, with a share id

Revision ID: 0008_sharing
Revises: 0007_file_details
Create Date: 2026-12-08 01:00:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0008_sharing"
down_revision = "0007_file_details"
branch_labels = None
depends_on = None

TABLES = ("files", "collections")


# Plain ALTER TABLE on every backend, as in 0006.
def upgrade():
    for table in TABLES:
        op.add_column(
            table,
            sa.Column(
                "visibility", sa.String(length=16), nullable=False, server_default="private"
            ),
        )
        op.add_column(table, sa.Column("share_id", sa.String(length=32), nullable=True))
        op.create_index(f"ix_{table}_share_id", table, ["share_id"], unique=True)


def downgrade():
    for table in TABLES:
        op.drop_index(f"ix_{table}_share_id", table_name=table)
        op.drop_column(table, "share_id")
        op.drop_column(table, "visibility")
