"""One ASGI app for everything that listens on HTTP: the bridge, the WeChatFerry callback, the
Telegram webhook (each a router, included when configured), `GET /healthz`, and the loop that
sends pending notifications. The review page is one more router (`bot.review.app.review_router`,
or its own server with `yibao review serve`); it finds the store and engine on `app.state`."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets

import anyio
from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse
from pydantic import SecretStr
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.channels import bridge as bridge_module
from bot.channels import wcf as wcf_module
from bot.channels.errors import RETRY_AFTER_S, ErrorMapping
from bot.channels.telegram_updates import ALLOWED_UPDATES, UpdateInbox, webhook_router
from bot.notify import Sender, outbox_loop
from bot.settings import Settings
from bot.storage import Store

log = logging.getLogger(__name__)


def create_app(settings: Settings, store: Store, engine, *, telegram_app=None,
               wcf_client: "wcf_module.WcfClient | None" = None, outbox: bool = True,
               routers: list[APIRouter] = ()) -> FastAPI:
    limiter = anyio.CapacityLimiter(settings.workers) if settings.workers > 1 else None
    bridge = bridge_module.Bridge(store, engine, settings)
    inbox = UpdateInbox(telegram_app, store) if telegram_app is not None else None
    outbox_wake = asyncio.Event()     # set when a reply waits in the outbox (the WeChatFerry adapter's)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        senders: dict[str, Sender] = {}
        tasks: list[asyncio.Task] = []
        if settings.bridge_token:
            await bridge.start()
        if telegram_app is not None:
            from bot.channels.telegram import announce_commands, telegram_sender
            await telegram_app.initialize()
            await announce_commands(telegram_app.bot)
            if settings.telegram_webhook_url:
                secret = settings.telegram_webhook_secret
                await telegram_app.bot.set_webhook(settings.telegram_webhook_url,
                                                   secret_token=secret.get_secret_value() if secret else None,
                                                   allowed_updates=ALLOWED_UPDATES)
            senders["telegram"] = telegram_sender(telegram_app.bot)
            tasks.append(asyncio.create_task(inbox.run()))
        if wcf_client is not None:
            senders[wcf_module.BRIDGE_NAME] = wcf_client.deliver
        if outbox and senders:
            tasks.append(asyncio.create_task(outbox_loop(store, senders, settings.outbox_interval_seconds,
                                                         outbox_wake)))
        try:
            yield
        finally:
            for task in tasks:   # stopped before the clients they send through are closed
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if telegram_app is not None:
                await telegram_app.shutdown()
            if wcf_client is not None:
                await wcf_client.aclose()
            if settings.bridge_token:
                await bridge.stop()

    app = FastAPI(title="yibao", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)

    app.add_middleware(ErrorMapping)

    app.state.settings, app.state.store, app.state.engine, app.state.bridge = settings, store, engine, bridge

    if settings.bridge_token:
        app.include_router(bridge_module.router(bridge, settings, limiter))
        if wcf_client is not None:
            app.include_router(wcf_module.router(bridge, settings, limiter, outbox_wake.set))
    if telegram_app is not None:
        app.include_router(webhook_router(inbox, settings))
    for extra in routers:
        app.include_router(extra)

    @app.get("/healthz")
    async def healthz():
        def ping():
            with store.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        try:
            await anyio.to_thread.run_sync(ping)
        except Exception as exc:
            log.error("health check: database unreachable: %s", exc)
            return JSONResponse({"ok": False, "database": "unreachable"}, status_code=503,
                                headers={"Retry-After": str(RETRY_AFTER_S)})
        return {"ok": True}

    return app


def serve(settings: Settings, *, host: str, port: int, telegram: bool = False, bridge: bool = True,
          processes: int = 1) -> int:
    """Run the server until interrupted (`yibao bridge`, `yibao telegram --webhook`). With several
    `processes` (on PostgreSQL: they share its state), each builds its own app and they share the port."""
    import uvicorn

    if bridge and not settings.bridge_token:
        log.error("no bridge token: set YIBAO_BRIDGE_TOKEN (or bridge_token in the config file)")
        return 2
    if telegram and settings.telegram_webhook_secret is None:
        # we register the webhook ourselves on every start, so a fresh random secret needs no configuring
        settings = settings.model_copy(update={"telegram_webhook_secret": SecretStr(secrets.token_urlsafe(32))})
    # log_config=None: uvicorn's records go through our redacting handler (the access log shows
    # the wcf callback's ?token=…). The access log, a line per request, only at DEBUG: every message
    # is in the question log already, and formatting and writing the line costs more than routing it
    options = dict(host=host, port=port, log_config=None, proxy_headers=False,
                   access_log=settings.log_level.upper() == "DEBUG")
    if processes > 1:
        if make_url(settings.database_url).get_backend_name() == "sqlite":
            log.warning("%d processes on one SQLite file take turns at writing; PostgreSQL lets them work at once",
                        processes)
        # each process is started afresh and reads its settings again: hand over what was decided here
        os.environ.update({SERVE_TELEGRAM: "1" if telegram else "", SERVE_BRIDGE: "1" if bridge else ""})
        if telegram:
            os.environ["YIBAO_TELEGRAM_WEBHOOK_SECRET"] = settings.telegram_webhook_secret.get_secret_value()
        uvicorn.run("bot.channels.server:app_from_environment", factory=True, workers=processes, **options)
        return 0
    store, app = build_server(settings, telegram=telegram, bridge=bridge)
    try:
        uvicorn.run(app, **options)
    finally:
        store.close()
    return 0


SERVE_TELEGRAM, SERVE_BRIDGE = "YIBAO_SERVE_TELEGRAM", "YIBAO_SERVE_BRIDGE"


def build_server(settings: Settings, *, telegram: bool, bridge: bool) -> tuple[Store, FastAPI]:
    from bot.engine import default_engine
    if not bridge:
        settings = settings.model_copy(update={"bridge_token": None})
    store = Store.from_settings(settings)
    engine = default_engine()
    telegram_app = None
    if telegram:
        from bot.channels.telegram import build_application
        telegram_app = build_application(settings.telegram_bot_token.get_secret_value(), store=store, engine=engine,
                                         settings=settings, updater=False)
    wcf_client = wcf_module.WcfClient(settings.wcf_url) if bridge and settings.wcf_url else None
    return store, create_app(settings, store, engine, telegram_app=telegram_app, wcf_client=wcf_client)


def app_from_environment() -> FastAPI:
    """The app of one of several server processes (uvicorn's factory), from the settings in the
    environment and what `serve` put there."""
    from bot.logs import configure_logging
    settings = Settings()
    configure_logging(settings)
    _, app = build_server(settings, telegram=bool(os.environ.get(SERVE_TELEGRAM)),
                          bridge=bool(os.environ.get(SERVE_BRIDGE)))
    return app
