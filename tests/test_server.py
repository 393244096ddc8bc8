"""One server process for the bridge and the Telegram webhook (real uvicorn on 127.0.0.1), and
no request that ends in a 500."""
import time

import httpx

from bot.channels.loopback import ServerThread
from bot.channels.server import create_app
from bot.settings import Settings
from bot.storage import Store
from bot.channels.telegram import build_application
from tests.test_bridge import TOKEN, msg
from tests.test_telegram import TOKEN as BOT_TOKEN, RecordingRequest, message


def test_webhook_and_bridge_share_one_server(tmp_path, engine):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'one.sqlite3'}", bridge_token=TOKEN, cooldown_seconds=0,
                        telegram_webhook_url="https://bot.example.org/telegram/webhook",
                        telegram_webhook_secret="hook-secret")
    store = Store.from_settings(settings)
    request = RecordingRequest()
    tg = build_application(BOT_TOKEN, request=request, store=store, engine=engine, settings=settings, updater=False)
    with ServerThread(create_app(settings, store, engine, telegram_app=tg)) as server:
        [(_, hook)] = [c for c in request.calls if c[0] == "setWebhook"]
        assert hook["url"] == settings.telegram_webhook_url and hook["secret_token"] == "hook-secret"
        update = message("巴中居民医保什么时候交费？")
        url = server.url + "/telegram/webhook"
        assert httpx.post(url, json=update).status_code == 403                    # no secret, no entry
        assert httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}).status_code == 403
        rsp = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "hook-secret"})
        assert rsp.status_code == 200
        deadline = time.monotonic() + 15
        while not request.sent() and time.monotonic() < deadline:
            time.sleep(0.05)
        [sent] = request.sent()
        assert "2026" in sent["text"]
        bridged = httpx.post(server.url + "/bridge/v1/message", json=msg("克拉玛依学生医保交多少钱"),
                             headers={"X-Bridge-Token": TOKEN})
        assert bridged.status_code == 200 and bridged.json()["reply"]
    store.close()
