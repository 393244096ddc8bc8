"""Initial schema: sessions, chat settings, question log, feedback, queue, bridge ids, outbox.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('bridge_messages',
    sa.Column('bridge', sa.String(length=32), nullable=False),
    sa.Column('message_id', sa.String(length=128), nullable=False),
    sa.Column('chat_id', sa.String(length=128), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('reply', sa.JSON(), nullable=False),
    sa.Column('query_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('bridge', 'message_id')
    )
    op.create_table('chat_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('chat_id', sa.String(length=128), nullable=False),
    sa.Column('region', sa.String(length=32), nullable=True),
    sa.Column('prefixes', sa.JSON(), nullable=True),
    sa.Column('enabled', sa.Boolean(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel', 'chat_id', name='uq_chat_settings_key')
    )
    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('chat_id', sa.String(length=128), nullable=False),
    sa.Column('is_group', sa.Boolean(), nullable=False),
    sa.Column('user_key', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('region', sa.String(length=32), nullable=True),
    sa.Column('reply_kind', sa.String(length=16), nullable=False),
    sa.Column('reply_text', sa.Text(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('latency_ms', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.create_index('ix_questions_asker', ['channel', 'chat_id', 'user_key', 'created_at'], unique=False)
        batch_op.create_index('ix_questions_created', ['created_at'], unique=False)

    op.create_table('sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('chat_id', sa.String(length=128), nullable=False),
    sa.Column('user_key', sa.String(length=64), nullable=False),
    sa.Column('region', sa.String(length=32), nullable=True),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('awaiting', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel', 'chat_id', 'user_key', name='uq_sessions_key')
    )
    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('user_key', sa.String(length=64), nullable=False),
    sa.Column('vote', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('question_id')
    )
    op.create_table('queue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('region', sa.String(length=32), nullable=True),
    sa.Column('answer_entry_id', sa.String(length=64), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('notify_channel', sa.String(length=32), nullable=True),
    sa.Column('notify_chat', sa.String(length=128), nullable=True),
    sa.Column('notify_user', sa.String(length=128), nullable=True),
    sa.Column('notify_message', sa.String(length=128), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('question_id')
    )
    with op.batch_alter_table('queue', schema=None) as batch_op:
        batch_op.create_index('ix_queue_status', ['status', 'created_at'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('chat_id', sa.String(length=128), nullable=False),
    sa.Column('at_user', sa.String(length=128), nullable=True),
    sa.Column('reply_to', sa.String(length=128), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('queue_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['queue_id'], ['queue.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('queue_id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_pending', ['status', 'channel'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_pending')

    op.drop_table('outbox')
    with op.batch_alter_table('queue', schema=None) as batch_op:
        batch_op.drop_index('ix_queue_status')

    op.drop_table('queue')
    op.drop_table('feedback')
    op.drop_table('sessions')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_index('ix_questions_created')
        batch_op.drop_index('ix_questions_asker')

    op.drop_table('questions')
    op.drop_table('meta')
    op.drop_table('chat_settings')
    op.drop_table('bridge_messages')
