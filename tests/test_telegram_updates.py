"""Telegram updates are stored before they are acknowledged and handled from the store: a restart
finishes what was acknowledged, a repeated update is handled once, polling moves its offset only
past what is stored, and a failure part-way is tried again without asking or logging twice."""
import asyncio
import json
from datetime import timedelta

import httpx
import pytest
from telegram.error import NetworkError

from bot.channels.loopback import ServerThread
from bot.channels.server import create_app
from bot.channels.telegram import build_application
from bot.channels.telegram_updates import UpdateInbox, stored_form
from bot.masking import PHONE_LABEL
from bot.settings import Settings
from bot.storage.models import Question, TelegramUpdate
from tests.test_telegram import TOKEN, RecordingRequest, mention, message

SECRET = {"X-Telegram-Bot-Api-Secret-Token": "s"}


def _settings(tmp_path, **kw):
    return Settings(database_url=f"sqlite:///{tmp_path / 't.sqlite3'}", cooldown_seconds=0,
                    telegram_webhook_url="https://bot.example.org/telegram/webhook", telegram_webhook_secret="s", **kw)


def _questions(store):
    with store.transaction() as db:
        return db.query(Question).count()


def _wait(predicate, seconds=30):
    import time
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_acknowledged_updates_are_finished_after_a_restart(tmp_path, store, engine):
    # what a webhook acknowledged just before the process died: stored, not handled
    updates = [message("巴中居民医保什么时候交费？"), message("克拉玛依学生医保交多少钱")]
    assert store.add_updates([(u["update_id"], stored_form(u)) for u in updates]) == 2
    assert store.add_updates([(updates[0]["update_id"], stored_form(updates[0]))]) == 0   # kept once
    # one of them was held by the process that died: its lease runs out, then it is taken over
    [(held, _)] = store.claim_updates("dead-process", limit=1, lease=timedelta(seconds=-1))
    request = RecordingRequest()
    settings = _settings(tmp_path).model_copy(update={"database_url": store.url})
    tg = build_application(TOKEN, request=request, store=store, engine=engine, settings=settings, updater=False)
    with ServerThread(create_app(settings, store, engine, telegram_app=tg)):
        _wait(lambda: len(request.sent()) == 2)
        _wait(lambda: all(store.update_status(u["update_id"]) == "done" for u in updates))
    assert sorted(s["reply_parameters"]["message_id"] for s in request.sent()) == \
        sorted(u["message"]["message_id"] for u in updates)
    with store.transaction() as db:     # handled: the text and the chat are gone, the id stays
        assert all(row.payload is None for row in db.query(TelegramUpdate))


def test_the_webhook_stores_before_it_answers_and_handles_each_update_once(tmp_path, engine):
    settings = _settings(tmp_path)
    from bot.storage import Store
    store = Store.from_settings(settings)
    request = RecordingRequest()
    tg = build_application(TOKEN, request=request, store=store, engine=engine, settings=settings, updater=False)
    try:
        with ServerThread(create_app(settings, store, engine, telegram_app=tg)) as server:
            url = server.url + "/telegram/webhook"
            update = message("巴中居民医保什么时候交费？")
            for _ in range(3):                                           # Telegram delivering again
                assert httpx.post(url, json=update, headers=SECRET).status_code == 200
            _wait(lambda: store.update_status(update["update_id"]) == "done")
            assert httpx.post(url, content=b"{" + b" " * (1024 * 1024) + b"}", headers=SECRET).status_code == 413
            assert httpx.post(url, json={"no": "update id"}, headers=SECRET).status_code == 400
            assert httpx.post(url, content=b"[" * 3000, headers=SECRET).status_code == 400
        assert len(request.sent()) == 1 and _questions(store) == 1
    finally:
        store.close()


def test_stored_updates_keep_no_personal_number_and_mentions_still_work():
    update = mention("我电话13812345678，巴中居民医保什么时候交费？")
    update["message"]["entities"].append({"type": "phone_number", "offset": 22, "length": 11})
    stored = stored_form(update)["message"]
    assert "13812345678" not in json.dumps(stored) and PHONE_LABEL in stored["text"]
    [kept] = stored["entities"]
    assert kept["type"] == "mention" and stored["text"][kept["offset"]:kept["offset"] + kept["length"]] == \
        "@yibao_test_bot"


class FlakyRequest(RecordingRequest):
    """The first sendMessage fails after the answer was recorded (the network, or a crash)."""

    def __init__(self):
        super().__init__()
        self.failures = 1

    async def do_request(self, url, method, request_data=None, **kw):
        if url.endswith("/sendMessage") and self.failures:
            self.failures -= 1
            raise NetworkError("connection reset")
        return await super().do_request(url, method, request_data, **kw)


def test_a_failed_send_is_tried_again_with_the_recorded_answer(tmp_path, store, engine):
    request = FlakyRequest()
    tg = build_application(TOKEN, request=request, store=store, engine=engine, rate_limiter=False,
                           settings=_settings(tmp_path), updater=False)
    update = message("巴中居民医保什么时候交费？")

    async def scenario():
        async with tg:
            inbox = UpdateInbox(tg, store)
            await inbox.accept([update])
            [(uid, payload)] = await asyncio.to_thread(store.claim_updates, "me")
            await inbox.handle(uid, payload)                       # the send fails: released, not done
            assert store.update_status(uid) == "pending" and request.sent() == []
            [(uid, payload)] = await asyncio.to_thread(store.claim_updates, "me", lease=timedelta(seconds=10)) or \
                [(uid, payload)]
            await inbox.handle(uid, payload)
            assert store.update_status(uid) == "done"

    asyncio.run(scenario())
    [sent] = request.sent()
    assert "2026" in sent["text"]
    assert _questions(store) == 1                                  # answered and logged once


class PollingRequest(RecordingRequest):
    """getUpdates like Telegram: every update from the offset on (all until one is confirmed by a
    higher offset); once all are confirmed it stops the polling loop."""

    def __init__(self, batch):
        super().__init__()
        self.batch, self.offsets = batch, []

    def _result(self, endpoint, p):
        if endpoint == "getUpdates":
            offset = int(p["offset"]) if p.get("offset") is not None else None
            self.offsets.append(offset)
            pending = [u for u in self.batch if offset is None or u["update_id"] >= offset]
            if not pending:
                raise asyncio.CancelledError
            return pending
        return super()._result(endpoint, p)


def test_polling_moves_the_offset_only_past_stored_updates(tmp_path, store, engine):
    batch = [message("巴中居民医保什么时候交费？"), message("克拉玛依学生医保交多少钱")]
    request = PollingRequest(batch)
    tg = build_application(TOKEN, request=request, store=store, engine=engine, settings=_settings(tmp_path),
                           updater=False)
    real, calls = store.add_updates, []

    def failing_once(rows):
        calls.append(rows)
        if len(calls) == 1:
            raise RuntimeError("database down")
        return real(rows)

    async def scenario():
        async with tg:
            store.add_updates = failing_once
            with pytest.raises(asyncio.CancelledError):
                await UpdateInbox(tg, store).poll(timeout=0)

    try:
        asyncio.run(scenario())
    finally:
        store.add_updates = real
    # the store failed: the offset stayed, and Telegram gave the same updates again; once stored, it moved
    assert request.offsets == [None, None, batch[-1]["update_id"] + 1]
    assert all(store.update_status(u["update_id"]) == "pending" for u in batch)
