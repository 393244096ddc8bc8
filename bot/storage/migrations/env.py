"""Alembic environment: always run by `bot.storage.migrate` with a live connection, never by hand."""
from alembic import context

from bot.storage.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead, so later revisions work on both backends
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
