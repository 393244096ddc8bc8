"""The review page as a router for `bot.channels.server.create_app`, and `yibao review serve`."""
from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

from bot.review.auth import LoginLimiter, Sessions, session_secret
from bot.review.routers import audit, entries, hit_test, knowledge, queue, signin, stats
from bot.review.web import PREFIX, Review
from bot.settings import Settings
from bot.storage import Store

log = logging.getLogger(__name__)

ROUTERS = (signin, queue, entries, knowledge, hit_test, stats, audit)


def review_router(settings: Settings, store: Store, *, limiter: LoginLimiter | None = None,
                  sessions: Sessions | None = None) -> APIRouter:
    """Every review route under /review. Sessions made under another password are revoked here,
    at start: changing `review_password` signs everyone out."""
    if sessions is None:
        secret = settings.review_secret.get_secret_value() if settings.review_secret else session_secret(store)
        password = settings.review_password.get_secret_value() if settings.review_password else ""
        sessions = Sessions(store, secret, password)
    revoked = sessions.revoke_other_passwords()
    if revoked:
        log.info("review page: %d sessions from before a password change were signed out", revoked)
    review = Review(settings, sessions, limiter or LoginLimiter(store))
    r = APIRouter()
    for module in ROUTERS:
        r.include_router(module.router(review))

    @r.get(PREFIX, include_in_schema=False)
    def _bare():
        return RedirectResponse(PREFIX + "/", status_code=307)
    return r


def home_router() -> APIRouter:
    """`/` → the review page, for a server that only serves it."""
    r = APIRouter()

    @r.get("/", include_in_schema=False)
    def _home():
        return RedirectResponse(PREFIX + "/", status_code=307)
    return r


def create_review_app(settings: Settings, store: Store, engine, *, limiter: LoginLimiter | None = None):
    from bot import knowledge
    from bot.channels.server import create_app
    knowledge.sync(store, engine, force=True)
    # only the review page: the bridge and the Telegram webhook run in their own processes
    settings = settings.model_copy(update={"bridge_token": None})
    return create_app(settings, store, engine, outbox=False,
                      routers=[review_router(settings, store, limiter=limiter), home_router()])


def serve(settings: Settings, *, host: str, port: int) -> int:
    import uvicorn

    from bot.engine import default_engine
    if settings.review_password is None or not settings.review_password.get_secret_value():
        log.error("no review password: set YIBAO_REVIEW_PASSWORD (or review_password in the config file)")
        return 2
    store = Store.from_settings(settings)
    app = create_review_app(settings, store, default_engine())
    log.info("review page on http://%s:%s%s/", host, port, PREFIX)
    # proxy_headers off: the review page itself believes X-Forwarded-* only from review_trusted_proxies
    uvicorn.run(app, host=host, port=port, log_config=None, proxy_headers=False)
    store.close()
    return 0
