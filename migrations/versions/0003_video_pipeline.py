"""video pipeline: job leases and outputs, derived file metadata, idempotency keys

Revision ID: 0003_video_pipeline
Revises: 0002_media_library
Create Date: 2026-11-23 04:57:17.297180

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003_video_pipeline'
down_revision = '0002_media_library'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('idempotency_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('path', sa.String(length=255), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('status_code', sa.Integer(), nullable=True),
    sa.Column('response', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("state IN ('in_progress', 'completed')", name=op.f('ck_idempotency_keys_state')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_idempotency_keys_owner_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idempotency_keys')),
    sa.UniqueConstraint('owner_id', 'key', name='uq_idempotency_keys_owner_key')
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_expires_at'), ['expires_at'], unique=False)

    with op.batch_alter_table('derived_files', schema=None, reflect_kwargs={'resolve_fks': False}) as batch_op:
        batch_op.add_column(sa.Column('metadata', sa.JSON(), nullable=True))

    # resolve_fks=False: SQLite's batch copy must not reflect users, whose
    # expression index (lower(username)) it cannot read.
    with op.batch_alter_table('jobs', schema=None, reflect_kwargs={'resolve_fks': False}) as batch_op:
        batch_op.add_column(sa.Column('output_file_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('worker', sa.String(length=128), nullable=True))
        batch_op.create_index(batch_op.f('ix_jobs_output_file_id'), ['output_file_id'], unique=False)
        batch_op.create_index('ix_jobs_status_heartbeat', ['status', 'heartbeat_at'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_jobs_output_file_id_files'), 'files', ['output_file_id'], ['id'], ondelete='SET NULL')



def downgrade():
    # resolve_fks=False: SQLite's batch copy must not reflect users, whose
    # expression index (lower(username)) it cannot read.
    with op.batch_alter_table('jobs', schema=None, reflect_kwargs={'resolve_fks': False}) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_jobs_output_file_id_files'), type_='foreignkey')
        batch_op.drop_index('ix_jobs_status_heartbeat')
        batch_op.drop_index(batch_op.f('ix_jobs_output_file_id'))
        batch_op.drop_column('worker')
        batch_op.drop_column('output_file_id')

    with op.batch_alter_table('derived_files', schema=None, reflect_kwargs={'resolve_fks': False}) as batch_op:
        batch_op.drop_column('metadata')

    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_expires_at'))

    op.drop_table('idempotency_keys')
