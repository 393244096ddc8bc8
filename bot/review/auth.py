"""Staff sign-in for the review page: one shared password (`review_password`), the staff member's
name for the audit log, a server-side session per sign-in, a CSRF token per session, and a limit
on failed sign-ins kept in the database.

* Sessions live in `review_sessions`; the cookie holds a random token, the table only its SHA-256.
  Signing out deletes the row. Each row carries a tag derived (scrypt) from the password it was
  made under: a process started with another password deletes the others and accepts none of
  them, so changing the password signs everyone out.
* Before signing in, the login form's CSRF token rides in a cookie of its own, signed with
  itsdangerous under `review_secret` (or a secret generated once and kept in the database), so
  an anonymous visitor costs no database row.
* Failed sign-ins are rows in `login_failures`, counted per name typed and per client address
  over a window, so the limit holds across processes and restarts, and one person's typos do not
  lock out colleagues behind the same NAT (the per-address limit is higher).
* Behind a reverse proxy listed in `review_trusted_proxies`, `X-Forwarded-Proto` and
  `X-Forwarded-For` say whether the visitor came over HTTPS (the cookie is then `Secure`) and
  which address the limit counts; from anyone else those headers are ignored."""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import delete, func, or_, select

from bot.storage import Store
from bot.storage.models import LoginFailure, ReviewSession, utcnow

COOKIE = "yibao_review"                 # a signed-in session's token
LOGIN_COOKIE = "yibao_review_login"     # the login form's CSRF token, before signing in
SESSION_HOURS = 12
LOGIN_FORM_SECONDS = 3600
SECRET_KEY = "review_session_secret"
MAX_NAME_CHARS = 32

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Visitor:
    name: str | None          # None until signed in
    csrf: str

    @property
    def signed_in(self) -> bool:
        return bool(self.name)


def session_secret(store: Store) -> str:
    return store.stored_secret(SECRET_KEY)


def password_tag(password: str, secret: str) -> str:
    """What a session row remembers of the password it was made under: scrypt, so a copy of the
    database does not make guessing the password cheap."""
    return hashlib.scrypt(password.encode(), salt=secret.encode(), n=2 ** 14, r=8, p=1, dklen=32).hex()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Sessions:
    def __init__(self, store: Store, secret: str, password: str, *, hours: float = SESSION_HOURS,
                 clock: Callable[[], datetime] = utcnow):
        self.store, self._clock = store, clock
        self.max_age = int(hours * 3600)
        self._tag = password_tag(password, secret)
        self._login_signer = URLSafeTimedSerializer(secret, salt="yibao-review-login")

    # -- signed in: rows in review_sessions ------------------------------------------------------

    def start(self, name: str) -> tuple[str, Visitor]:
        """A new session for `name`: the cookie's token, and the visitor with a fresh CSRF token."""
        token = secrets.token_urlsafe(32)
        visitor = Visitor(name=name, csrf=secrets.token_urlsafe(24))
        now = self._clock()
        with self.store.transaction() as db:
            db.execute(delete(ReviewSession).where(ReviewSession.expires_at <= now))
            db.add(ReviewSession(token_hash=_token_hash(token), name=name, csrf=visitor.csrf,
                                 password_tag=self._tag, created_at=now,
                                 expires_at=now + timedelta(seconds=self.max_age)))
        return token, visitor

    def read(self, token: str | None) -> Visitor | None:
        if not token or len(token) > 200:
            return None
        with self.store.transaction() as db:
            row = db.get(ReviewSession, _token_hash(token))
            if row is None or row.expires_at <= self._clock() or not hmac.compare_digest(row.password_tag, self._tag):
                return None
            return Visitor(name=row.name, csrf=row.csrf)

    def end(self, token: str | None) -> None:
        if token:
            with self.store.transaction() as db:
                db.execute(delete(ReviewSession).where(ReviewSession.token_hash == _token_hash(token)))

    def revoke_other_passwords(self) -> int:
        """Delete every session made under another password; returns how many."""
        with self.store.transaction() as db:
            return db.execute(delete(ReviewSession).where(ReviewSession.password_tag != self._tag)).rowcount

    # -- before signing in: a signed cookie ------------------------------------------------------

    def login_visitor(self, cookie: str | None) -> Visitor | None:
        if not cookie:
            return None
        try:
            csrf = self._login_signer.loads(cookie, max_age=LOGIN_FORM_SECONDS)
        except BadSignature:      # also SignatureExpired
            return None
        return Visitor(name=None, csrf=csrf) if isinstance(csrf, str) else None

    def login_cookie(self, visitor: Visitor) -> str:
        return self._login_signer.dumps(visitor.csrf)

    @staticmethod
    def anonymous() -> Visitor:
        return Visitor(name=None, csrf=secrets.token_urlsafe(24))


def csrf_ok(visitor: Visitor | None, token: str | None) -> bool:
    return bool(visitor and token) and hmac.compare_digest(visitor.csrf.encode(), token.encode())


def password_ok(expected: str, given: str | None) -> bool:
    return bool(expected) and hmac.compare_digest(expected.encode(), (given or "").encode())


def clean_name(name: str | None) -> str:
    return " ".join((name or "").split())[:MAX_NAME_CHARS]


class LoginLimiter:
    """Failed sign-ins in the last `window` seconds, per name (at most `per_name`) and per client
    address (at most `per_address`), counted in the database."""

    def __init__(self, store: Store, *, per_name: int = 5, per_address: int = 20, window: float = 300.0,
                 clock: Callable[[], datetime] = utcnow):
        self.store, self.per_name, self.per_address, self._clock = store, per_name, per_address, clock
        self.window = timedelta(seconds=window)

    @staticmethod
    def _keys(name: str, address: str) -> tuple[str, str]:
        return f"name:{clean_name(name).lower()}", f"ip:{address}"[:160]

    def blocked(self, name: str, address: str) -> bool:
        by_name, by_address = self._keys(name, address)
        since = self._clock() - self.window
        with self.store.transaction() as db:
            counts = dict(db.execute(select(LoginFailure.key, func.count()).where(
                LoginFailure.key.in_((by_name, by_address)), LoginFailure.at > since).group_by(LoginFailure.key)).all())
        return counts.get(by_name, 0) >= self.per_name or counts.get(by_address, 0) >= self.per_address

    def failed(self, name: str, address: str) -> None:
        now = self._clock()
        with self.store.transaction() as db:
            db.execute(delete(LoginFailure).where(LoginFailure.at <= now - self.window))
            for key in self._keys(name, address):
                db.add(LoginFailure(key=key, at=now))

    def succeeded(self, name: str, address: str) -> None:
        with self.store.transaction() as db:
            db.execute(delete(LoginFailure).where(or_(*(LoginFailure.key == k for k in self._keys(name, address)))))


# -- the client, as seen through trusted proxies ----------------------------------------------------

def parse_networks(values: list[str]) -> list[Network]:
    """`review_trusted_proxies` as networks: "10.0.0.5", "10.0.0.0/8", "::1"."""
    return [ipaddress.ip_network(v.strip(), strict=False) for v in values if v.strip()]


def _trusted(address: str | None, networks: list[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_address(peer: str | None, forwarded_for: str | None, networks: list[Network]) -> str:
    """The visitor's address: the peer, or — when the peer is a trusted proxy — the nearest
    address in X-Forwarded-For that is not one of ours."""
    address = peer or "?"
    if _trusted(peer, networks) and forwarded_for:
        for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
            address = hop
            if not _trusted(hop, networks):
                break
    return address


def came_over_https(scheme: str, peer: str | None, forwarded_proto: str | None, networks: list[Network]) -> bool:
    if scheme == "https":
        return True
    if forwarded_proto and _trusted(peer, networks):
        return forwarded_proto.split(",")[0].strip().lower() == "https"
    return False
