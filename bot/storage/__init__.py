"""Persistent state: SQLAlchemy models, Alembic migrations shipped in the package, and `Store`.

The names below are loaded on first use, so that `bot.storage.peek` can look at a SQLite file
before SQLAlchemy is imported (`yibao ask` answers first)."""
__all__ = ["ChatConfig", "Notify", "Outgoing", "Store"]


def __getattr__(name: str):
    if name in __all__:
        from bot.storage import store
        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
