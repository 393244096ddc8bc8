"""Persistent state: SQLAlchemy models, Alembic migrations shipped in the package, and `Store`."""
from bot.storage.store import ChatConfig, Notify, Outgoing, Store

__all__ = ["ChatConfig", "Notify", "Outgoing", "Store"]
