"""The review page as a router for `bot.channels.server.create_app`, and `yibao review serve`."""
from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

from bot.review.auth import LoginLimiter, Sessions, session_secret
from bot.review.routes import PREFIX, router
from bot.settings import Settings
from bot.storage import Store

log = logging.getLogger(__name__)


def review_router(settings: Settings, store: Store, *, limiter: LoginLimiter | None = None) -> APIRouter:
    secret = settings.review_secret.get_secret_value() if settings.review_secret else session_secret(store)
    r = router(settings, Sessions(secret), limiter)

    @r.get("", include_in_schema=False)
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
    uvicorn.run(app, host=host, port=port, log_config=None, proxy_headers=False)
    store.close()
    return 0
