"""The WeChatFerry adapter against a stand-in wcfhttp, both real HTTP servers on 127.0.0.1:
wcfhttp's callback comes in, the answer goes out through its `POST /text`."""
import asyncio
import time

import httpx
import pytest
from fastapi import Body, FastAPI

from bot.channels.loopback import ServerThread
from bot.notify import deliver_pending
from bot.channels.server import create_app
from bot.settings import Settings
from bot.storage import Store
from bot.channels.wcf import WcfClient

TOKEN = "wcf-test-token"


def fake_wcfhttp():
    """The two wcfhttp endpoints the bot uses, recording what they are sent."""
    app = FastAPI()
    app.state.sent = []

    @app.post("/text")
    def send_text(msg: str = Body(), receiver: str = Body(), aters: str = Body("")):
        app.state.sent.append({"msg": msg, "receiver": receiver, "aters": aters})
        return {"status": 0, "message": "成功"}

    @app.get("/alias-in-chatroom/")
    def alias(wxid: str, roomid: str):
        return {"status": 0, "message": "成功", "data": {"alias": {"wxid_alice": "阿丽"}.get(wxid, "")}}

    return app


@pytest.fixture
def wechat(tmp_path, engine):
    wcf_app = fake_wcfhttp()
    wcf = ServerThread(wcf_app).start()
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'wcf.sqlite3'}", bridge_token=TOKEN, wcf_url=wcf.url,
                        cooldown_seconds=0, outbox_interval_seconds=0.2)
    store = Store.from_settings(settings)
    bot = ServerThread(create_app(settings, store, engine, wcf_client=WcfClient(wcf.url))).start()
    yield bot, wcf_app.state.sent, store, wcf.url
    bot.stop()
    wcf.stop()
    store.close()


def callback(bot, token=TOKEN, **fields):
    data = {"id": 1, "ts": int(time.time()), "sign": "x", "type": 1, "xml": "", "sender": "wxid_alice",
            "roomid": "", "content": "", "thumb": "", "extra": "", "is_at": False, "is_self": False,
            "is_group": False}
    data.update(fields)
    return httpx.post(f"{bot.url}/wcf/callback", params={"token": token}, json=data, timeout=30)


def wait_for(sent, n, timeout=15):
    deadline = time.monotonic() + timeout
    while len(sent) < n and time.monotonic() < deadline:
        time.sleep(0.05)
    return sent


def test_a_group_mention_is_answered_through_wcfhttp(wechat):
    bot, sent, store, _ = wechat
    rsp = callback(bot, id=7001, is_group=True, roomid="123@chatroom", is_at=True,
                   content="@医保助手\u2005巴中居民医保什么时候交费？")
    assert rsp.status_code == 200 and rsp.json() == {"status": 0}
    [out] = wait_for(sent, 1)
    assert out["receiver"] == "123@chatroom" and out["aters"] == "wxid_alice"
    assert out["msg"].startswith("@阿丽\u2005") and "2026" in out["msg"]
    # wcfhttp retrying the same message does not answer twice
    callback(bot, id=7001, is_group=True, roomid="123@chatroom", is_at=True,
             content="@医保助手\u2005巴中居民医保什么时候交费？")
    time.sleep(0.5)
    assert len(sent) == 1


def test_private_messages_and_what_is_ignored(wechat):
    bot, sent, _, _ = wechat
    callback(bot, id=7101, content="克拉玛依学生医保交多少钱")
    [out] = wait_for(sent, 1)
    assert out["receiver"] == "wxid_alice" and out["aters"] == ""
    callback(bot, id=7102, content="我自己发的", is_self=True)
    callback(bot, id=7103, content="<img/>", type=3)                      # a picture
    callback(bot, id=7104, content="中午吃什么", is_group=True, roomid="123@chatroom")
    time.sleep(0.5)
    assert len(sent) == 1


def test_the_callback_checks_the_token(wechat):
    bot, sent, _, _ = wechat
    assert callback(bot, token="wrong", content="你好").status_code == 401
    assert httpx.post(f"{bot.url}/wcf/callback", json={"id": 1}).status_code == 401


def test_answered_questions_reach_the_asker_through_wcfhttp(wechat):
    bot, sent, store, wcf_url = wechat
    callback(bot, id=7201, is_group=True, roomid="123@chatroom", is_at=True, content="@医保助手 公积金怎么提取")
    wait_for(sent, 1)
    [item] = store.queue()
    assert item.notify_user == "wxid_alice"
    store.notify_asker(item.id, "工作人员答复：请咨询当地公积金中心。")
    [note] = wait_for(sent, 2)[1:]               # the server's outbox loop sends it
    assert note["receiver"] == "123@chatroom" and note["aters"] == "wxid_alice"
    assert note["msg"] == "@阿丽\u2005工作人员答复：请咨询当地公积金中心。"
    deadline = time.monotonic() + 10      # marked sent just after wcfhttp took it
    while store.pending_outbox() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.pending_outbox() == []

    async def again():
        client = WcfClient(wcf_url)
        try:
            return await deliver_pending(store, {"wechat": client.deliver})
        finally:
            await client.aclose()
    assert asyncio.run(again()) == 0               # sent once only


def test_a_failed_send_stays_pending_and_is_retried(store):
    oid = store.add_outbox("wechat", "123@chatroom", "通知")

    async def failing(item):
        raise RuntimeError("wcfhttp unreachable")

    assert asyncio.run(deliver_pending(store, {"wechat": failing})) == 0
    [pending] = store.pending_outbox()
    assert pending.id == oid and pending.attempts == 1


def test_a_reply_queued_before_a_crash_is_sent_after_the_restart(tmp_path, engine):
    from bot.channels.bridge import Bridge
    wcf_app = fake_wcfhttp()
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'crash.sqlite3'}", bridge_token=TOKEN,
                        cooldown_seconds=0, outbox_interval_seconds=0.2)
    store = Store.from_settings(settings)
    try:
        # what the callback did before the process died: answered, logged, reply queued — not sent
        m = {"id": 9001, "sender": "wxid_alice", "content": "巴中居民医保什么时候交费？"}
        from bot.channels.wcf import WcfMessage
        out = Bridge(store, engine, settings).process(WcfMessage(**m).to_bridge(), send_later=True)
        assert out.text and len(store.pending_outbox("wechat")) == 1
        with ServerThread(wcf_app) as wcf, \
                ServerThread(create_app(settings.model_copy(update={"wcf_url": wcf.url}), store, engine,
                                        wcf_client=WcfClient(wcf.url))) as bot:
            [sent] = wait_for(wcf_app.state.sent, 1)
            assert sent["receiver"] == "wxid_alice" and "2026" in sent["msg"]
            callback(bot, **m)                      # wcfhttp delivering it again: not answered twice
            time.sleep(0.5)
            assert len(wcf_app.state.sent) == 1
    finally:
        store.close()
