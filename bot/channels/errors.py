"""What an unexpected error becomes on the wire. The client's mistakes are answered by the routes
themselves (400, 401, 404, 413, 422); what reaches this middleware is ours: a database that is
unreachable or busy is real unavailability (503 with Retry-After, so a bridge retries later);
anything else is a bug (500, with an incident id in the log and the answer, which retrying
would not fix). Either way the connection stays open for the next request."""
from __future__ import annotations

import json
import logging
import secrets

from sqlalchemy.exc import DBAPIError, OperationalError, TimeoutError as PoolTimeout

from bot.storage.store import Stale

log = logging.getLogger(__name__)

RETRY_AFTER_S = 2


def unavailable(exc: BaseException) -> bool:
    """The database is down, restarting, or too busy: worth retrying. (Also psycopg's own errors,
    from the bridge's asynchronous turns on PostgreSQL, and a conversation that kept changing.)"""
    if isinstance(exc, (OperationalError, PoolTimeout, Stale)) or (
            isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return True
    if type(exc).__module__.split(".")[0] in ("psycopg", "psycopg_pool"):   # imported only when it is theirs
        import psycopg
        import psycopg_pool
        return isinstance(exc, (psycopg.OperationalError, psycopg_pool.PoolTimeout))
    return False


class ErrorMapping:
    """ASGI middleware: an exception from inside becomes a JSON answer instead of a dropped connection."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def send_wrapper(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            if started:   # too late to change the answer; the server closes this one connection
                raise
            if unavailable(exc):
                log.error("%s %s: database unavailable: %s", scope.get("method"), scope.get("path"), exc)
                status, body = 503, {"error": "temporarily unavailable; retry"}
                headers = [(b"retry-after", str(RETRY_AFTER_S).encode())]
            else:
                incident = secrets.token_hex(6)
                log.error("incident %s: unhandled error on %s %s", incident, scope.get("method"), scope.get("path"),
                          exc_info=exc)
                status, body, headers = 500, {"error": "internal error", "incident": incident}, []
            payload = json.dumps(body).encode()
            await send({"type": "http.response.start", "status": status,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(payload)).encode()), *headers]})
            await send({"type": "http.response.body", "body": payload})
