"""Staff sign-in for the review page: one shared password (`review_password`), the staff member's
name for the audit log, a signed session cookie, a CSRF token per session, and a limit on failed
logins per client address.

The cookie is signed with itsdangerous under a secret generated once and kept in the database
(`meta.review_session_secret`), so every review process on the same database accepts it and a
restart does not sign everyone out. It holds the name and the CSRF token, nothing secret."""
from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from bot.storage import Store

COOKIE = "yibao_review"
SESSION_HOURS = 12
SECRET_KEY = "review_session_secret"
MAX_NAME_CHARS = 32


@dataclass(frozen=True)
class Visitor:
    name: str | None          # None until signed in
    csrf: str

    @property
    def signed_in(self) -> bool:
        return bool(self.name)


def session_secret(store: Store) -> str:
    return store.stored_secret(SECRET_KEY)


class Sessions:
    def __init__(self, secret: str, *, max_age: int = SESSION_HOURS * 3600):
        self._signer = URLSafeTimedSerializer(secret, salt="yibao-review")
        self.max_age = max_age

    def read(self, cookie: str | None) -> Visitor | None:
        if not cookie:
            return None
        try:
            data = self._signer.loads(cookie, max_age=self.max_age)
        except BadSignature:      # also SignatureExpired
            return None
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return None
        name = data.get("name")
        return Visitor(name=name if isinstance(name, str) and name else None, csrf=data["csrf"])

    def write(self, visitor: Visitor) -> str:
        return self._signer.dumps({"name": visitor.name, "csrf": visitor.csrf})

    @staticmethod
    def anonymous() -> Visitor:
        return Visitor(name=None, csrf=secrets.token_urlsafe(24))

    @staticmethod
    def signed_in(name: str) -> Visitor:
        # a fresh CSRF token at sign-in: a token planted before it is worth nothing after
        return Visitor(name=name, csrf=secrets.token_urlsafe(24))


def csrf_ok(visitor: Visitor | None, token: str | None) -> bool:
    return bool(visitor and token) and hmac.compare_digest(visitor.csrf.encode(), token.encode())


def password_ok(expected: str, given: str | None) -> bool:
    return bool(expected) and hmac.compare_digest(expected.encode(), (given or "").encode())


def clean_name(name: str | None) -> str:
    return " ".join((name or "").split())[:MAX_NAME_CHARS]


class LoginLimiter:
    """At most `attempts` failed logins per client address in `window` seconds (one process)."""

    def __init__(self, attempts: int = 5, window: float = 300.0, clock=time.monotonic):
        self.attempts, self.window, self._clock = attempts, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._guard = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        now = self._clock()
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self._guard:
            return len(self._recent(key)) >= self.attempts

    def failed(self, key: str) -> None:
        with self._guard:
            if len(self._failures) > 10_000:
                self._failures.clear()
            self._recent(key).append(self._clock())

    def succeeded(self, key: str) -> None:
        with self._guard:
            self._failures.pop(key, None)
