"""notifications: when the user last looked, and whether to mail them

Revision ID: 0010_notifications
Revises: 0009_account_closing
Create Date: 2026-12-08 01:40:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0010_notifications"
down_revision = "0009_account_closing"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on every backend, as in 0006.
def upgrade():
    op.add_column(
        "users", sa.Column("notifications_seen_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "users",
        sa.Column("notify_by_email", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade():
    op.drop_column("users", "notify_by_email")
    op.drop_column("users", "notifications_seen_at")
