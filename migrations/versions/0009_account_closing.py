"""account closing: a closed account's data is deleted after a grace period

Revision ID: 0009_account_closing
Revises: 0008_sharing
Create Date: 2026-12-08 01:30:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0009_account_closing"
down_revision = "0008_sharing"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on every backend, as in 0006.
def upgrade():
    op.add_column("users", sa.Column("delete_after", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("users", "delete_after")
