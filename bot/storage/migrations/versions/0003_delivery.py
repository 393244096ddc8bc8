"""Reliability: Telegram updates kept until handled; deliveries recorded with their answer.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

Bridge claims are gone (a message's record is now written with its answer, in one transaction),
so unfinished claims from before are dropped: the bridge's retry answers them afresh. Chat ids
already stored in plain text are replaced by their keyed hash when the store next opens (it
holds the key; see `Store._hash_legacy_chat_ids`).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('telegram_updates',
    sa.Column('update_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('owner', sa.String(length=64), nullable=True),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('update_id')
    )
    op.create_index('ix_telegram_updates_pending', 'telegram_updates', ['status', 'update_id'], unique=False)
    op.execute(sa.text("DELETE FROM bridge_messages WHERE NOT done"))


def downgrade() -> None:
    op.drop_index('ix_telegram_updates_pending', table_name='telegram_updates')
    op.drop_table('telegram_updates')
