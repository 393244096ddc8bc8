"""Review page and refusals: server-side review sessions, failed sign-ins counted in the database,
knowledge files staged between dry run and apply, and `questions.refusal`.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refusal', sa.String(length=16), nullable=True))
    op.create_table('review_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('password_tag', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('review_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_review_sessions_expires_at', ['expires_at'], unique=False)
    op.create_table('login_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=160), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.create_index('ix_login_failures_key', ['key', 'at'], unique=False)
    op.create_table('staged_imports',
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('token')
    )
    with op.batch_alter_table('staged_imports', schema=None) as batch_op:
        batch_op.create_index('ix_staged_imports_created_at', ['created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('staged_imports', schema=None) as batch_op:
        batch_op.drop_index('ix_staged_imports_created_at')
    op.drop_table('staged_imports')
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_login_failures_key')
    op.drop_table('login_failures')
    with op.batch_alter_table('review_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_review_sessions_expires_at')
    op.drop_table('review_sessions')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_column('refusal')
