"""The Telegram bot offline: a real `Application` processes real `Update` objects; only the
request layer is replaced, by a `BaseRequest` that records every Bot API call and answers it
with canned Bot API JSON."""
import asyncio
import itertools
import json
import os
import signal
import time

import pytest
from telegram import Update
from telegram.request import BaseRequest

from bot import texts
from bot.channels.telegram import telegram_sender
from bot.notify import deliver_pending
from bot.settings import Settings
from bot.storage.models import ConversationState, Question
from bot.channels.telegram import build_application, send_long

TOKEN = "123456789:TEST-token-for-offline-tests-only"
BOT = {"id": 123456789, "is_bot": True, "first_name": "医保助手", "username": "yibao_test_bot"}
GROUP = {"id": -1001234567890, "type": "supergroup", "title": "医保交流群"}
REGION_QUESTION = "居民大病保险起付线是多少"      # differs by region: the bot asks which, with the regions as choices
UNSURE_QUESTION = "学生看病咋报"                # answered unsure (按我的理解…), with other questions it may mean
ALICE = {"id": 1001, "is_bot": False, "first_name": "阿丽"}
BOB = {"id": 1002, "is_bot": False, "first_name": "小博"}


class RecordingRequest(BaseRequest):
    """Answers Bot API calls like Telegram would, and remembers them."""

    def __init__(self, admins=()):
        self.calls: list[tuple[str, dict]] = []
        self.admins = set(admins)
        self._ids = itertools.count(5000)

    @property
    def read_timeout(self):
        return None

    async def initialize(self):
        pass

    async def shutdown(self):
        pass

    async def do_request(self, url, method, request_data=None, read_timeout=None, write_timeout=None,
                         connect_timeout=None, pool_timeout=None):
        endpoint = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        self.calls.append((endpoint, params))
        return 200, json.dumps({"ok": True, "result": self._result(endpoint, params)}).encode()

    def _result(self, endpoint, p):
        if endpoint == "getMe":
            return {**BOT, "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}
        if endpoint in ("sendMessage", "editMessageReplyMarkup"):
            chat_id = int(p["chat_id"])
            chat = GROUP if chat_id == GROUP["id"] else {"id": chat_id, "type": "private", "first_name": "x"}
            return {"message_id": p.get("message_id") or next(self._ids), "date": int(time.time()), "chat": chat,
                    "from": BOT, "text": p.get("text", "")}
        if endpoint == "getChatMember":
            user = {"id": int(p["user_id"]), "is_bot": False, "first_name": "x"}
            if int(p["user_id"]) in self.admins:
                return {"status": "creator", "user": user, "is_anonymous": False}
            return {"status": "member", "user": user}
        if endpoint == "getUpdates":
            return []
        return True

    def sent(self):
        return [p for e, p in self.calls if e == "sendMessage"]

    def clear(self):
        self.calls.clear()


_update_ids = itertools.count(1)
_message_ids = itertools.count(100)


def message(text, *, user=ALICE, chat=None, reply_to=None, entities=None):
    chat = chat or {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    msg = {"message_id": next(_message_ids), "date": int(time.time()), "chat": chat, "from": user, "text": text}
    if entities is None and text.startswith("/"):
        entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if entities:
        msg["entities"] = entities
    if reply_to is not None:
        msg["reply_to_message"] = reply_to
    return {"update_id": next(_update_ids), "message": msg}


def mention(text, **kw):
    """A group message that @mentions the bot at its start."""
    handle = "@" + BOT["username"]
    return message(f"{handle} {text}", chat=GROUP, entities=[{"type": "mention", "offset": 0, "length": len(handle)}],
                   **kw)


def callback(data, *, user=ALICE, answer_msg=None):
    return {"update_id": next(_update_ids),
            "callback_query": {"id": str(next(_update_ids)), "from": user, "chat_instance": "ci", "data": data,
                               "message": answer_msg}}


def bot_message(sent_params, message_id):
    """The bot's message as Telegram would show it inside a later update."""
    chat = GROUP if int(sent_params["chat_id"]) == GROUP["id"] else {"id": int(sent_params["chat_id"]),
                                                                      "type": "private", "first_name": "x"}
    return {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": BOT,
            "text": sent_params["text"]}


class Harness:
    def __init__(self, store, engine, **settings):
        self.request = RecordingRequest(admins=settings.pop("admins", ()))
        self.store = store
        self.settings = Settings(cooldown_seconds=settings.pop("cooldown_seconds", 0), **settings)
        self.app = build_application(TOKEN, request=self.request, store=store, engine=engine, settings=self.settings)

    async def __aenter__(self):
        await self.app.initialize()
        return self

    async def __aexit__(self, *exc):
        await self.app.shutdown()

    async def send(self, data) -> list[dict]:
        """Process one update; the sendMessage calls it caused."""
        self.request.clear()
        await self.app.process_update(Update.de_json(data, self.app.bot))
        return self.request.sent()


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def harness(store, engine):
    return lambda **kw: Harness(store, engine, **kw)


def keyboard(params):
    return json.loads(params["reply_markup"]) if isinstance(params.get("reply_markup"), str) else params.get("reply_markup")


def test_private_question_is_answered_as_a_reply_with_vote_buttons(harness, store):
    async def scenario():
        async with harness() as h:
            update = message("巴中居民医保什么时候交费？")
            [sent] = await h.send(update)
            assert "2026" in sent["text"] and "来源：" in sent["text"]
            assert sent["reply_parameters"]["message_id"] == update["message"]["message_id"]
            buttons = keyboard(sent)["inline_keyboard"][0]
            [q] = _questions(store)
            assert [b["callback_data"] for b in buttons] == [f"+{q.id}", f"-{q.id}"]
            assert (q.channel, q.chat_id, q.reply_kind) == ("telegram", store.chat_key("telegram", str(ALICE["id"])), "faq")
            assert q.user_key != str(ALICE["id"])
    run(scenario())


def test_group_mention_is_answered_and_chatter_ignored(harness, store):
    async def scenario():
        async with harness() as h:
            assert await h.send(message("今天天气不错，中午吃什么", chat=GROUP)) == []
            assert await h.send(message("巴中居民医保什么时候交费？", chat=GROUP)) == []   # a question, but not to the bot
            assert _questions(store) == []
            update = mention("巴中居民医保什么时候交费？")
            [sent] = await h.send(update)
            assert "2026" in sent["text"]
            assert sent["reply_parameters"]["message_id"] == update["message"]["message_id"]
            [q] = _questions(store)
            assert q.text == "巴中居民医保什么时候交费？" and q.is_group
    run(scenario())


def test_ask_command_in_a_group(harness):
    async def scenario():
        async with harness() as h:
            [sent] = await h.send(message("/ask@yibao_test_bot 巴中居民医保什么时候交费？", chat=GROUP))
            assert "2026" in sent["text"]
            [prompt] = await h.send(message("/ask", chat=GROUP))
            assert prompt["text"] == texts.ASK_WHAT
            assert keyboard(prompt) == {"force_reply": True, "selective": True}
    run(scenario())


def test_reply_to_the_bot_is_a_question(harness):
    async def scenario():
        async with harness() as h:
            [first] = await h.send(mention("巴中居民医保什么时候交费？"))
            answer = bot_message(first, 777)
            [sent] = await h.send(message("克拉玛依学生医保交多少钱", chat=GROUP, reply_to=answer))
            assert "克拉玛依" in sent["text"] or "来源" in sent["text"]
            # a reply to someone else's message is chatter
            other = {"message_id": 778, "date": int(time.time()), "chat": GROUP, "from": BOB, "text": "嗯"}
            assert await h.send(message("同意", chat=GROUP, reply_to=other)) == []
    run(scenario())


def test_region_is_for_group_admins(harness, store):
    async def scenario():
        async with harness(admins={BOB["id"]}) as h:
            [refused] = await h.send(message("/region 巴中", chat=GROUP, user=ALICE))
            assert refused["text"] == texts.REGION_ADMINS_ONLY
            assert store.chat_config("telegram", str(GROUP["id"])).region is None
            [done] = await h.send(message("/region@yibao_test_bot 克拉玛依", chat=GROUP, user=BOB))
            assert done["text"] == texts.REGION_SET_GROUP.format(region="克拉玛依")
            assert store.chat_config("telegram", str(GROUP["id"])).region == "克拉玛依"
            [shown] = await h.send(message("/region", chat=GROUP, user=ALICE))
            assert "克拉玛依" in shown["text"]
            # the group's default region now decides a question that names none
            await h.send(mention("住院一万块在二级医院能报多少"))
            assert _questions(store)[-1].region == "克拉玛依"
            # in a private chat anyone sets their own
            [own] = await h.send(message("/region 巴中", user=ALICE))
            assert own["text"] == texts.REGION_SET.format(region="巴中")
            assert store.chat_config("telegram", str(ALICE["id"])).region == "巴中"
    run(scenario())


def test_a_form_in_a_group_with_two_users_interleaving(harness, store):
    async def scenario():
        async with harness() as h:
            [ask_a] = await h.send(mention("住院一万块能报多少", user=ALICE))
            # the question back offers the regions as buttons (a message has one keyboard, so no ForceReply)
            assert [row[0]["text"] for row in keyboard(ask_a)["inline_keyboard"]] == ["巴中", "克拉玛依", "长治"]
            [ans_b] = await h.send(mention("巴中居民医保什么时候交费？", user=BOB))
            assert "2026" in ans_b["text"]
            # Alice answers the bot's question (ForceReply makes her message a reply to it)
            [calc] = await h.send(message("克拉玛依 二级医院", chat=GROUP, user=ALICE,
                                          reply_to=bot_message(ask_a, 901)))
            assert "7,350" in calc["text"]
            assert "inline_keyboard" in keyboard(calc)
            kinds = [(q.user_key == store.user_key("telegram", str(ALICE["id"])), q.reply_kind)
                     for q in _questions(store)]
            assert kinds == [(True, "clarify"), (False, "faq"), (True, "calculation")]
            with store.transaction() as db:
                assert db.query(ConversationState).filter_by(chat_id=store.chat_key("telegram", str(GROUP["id"]))).count() == 2
    run(scenario())


def test_thumbs_down_queues_the_question_and_the_buttons_go(harness, store):
    async def scenario():
        async with harness() as h:
            asked = message("巴中居民医保什么时候交费？")
            [sent] = await h.send(asked)
            [q] = _questions(store)
            answer = {**bot_message(sent, 950), "reply_to_message": asked["message"]}
            await h.send(callback(f"-{q.id}", answer_msg=answer))
            calls = dict(h.request.calls)
            assert calls["answerCallbackQuery"]["text"] == texts.FEEDBACK_DOWN
            assert "reply_markup" not in calls["editMessageReplyMarkup"]      # buttons removed
            [item] = store.queue()
            assert (item.question_id, item.reason) == (q.id, "thumbs_down")
            assert item.notify_message == str(asked["message"]["message_id"])
            await h.send(callback(f"-{q.id}", answer_msg=answer))             # a second vote changes nothing
            assert dict(h.request.calls)["answerCallbackQuery"]["text"] == texts.FEEDBACK_ALREADY
            assert len(store.queue()) == 1
    run(scenario())


def test_only_the_asker_votes_in_a_group(harness, store):
    async def scenario():
        async with harness() as h:
            [sent] = await h.send(mention("巴中居民医保什么时候交费？", user=ALICE))
            [q] = _questions(store)
            await h.send(callback(f"+{q.id}", user=BOB, answer_msg=bot_message(sent, 960)))
            assert dict(h.request.calls)["answerCallbackQuery"]["text"] == texts.FEEDBACK_ONLY_ASKER
            await h.send(callback(f"+{q.id}", user=ALICE, answer_msg=bot_message(sent, 960)))
            assert dict(h.request.calls)["answerCallbackQuery"]["text"] == texts.FEEDBACK_THANKS
            assert store.queue() == []
    run(scenario())


def test_start_and_help_say_how_to_cancel_and_ask_for_more(harness):
    async def scenario():
        async with harness() as h:
            [start] = await h.send(message("/start"))
            assert start["text"].startswith(texts.HELP)
            assert "取消" in start["text"] and "更多" in start["text"] and "/cancel" in start["text"]
            [help_] = await h.send(message("/help@yibao_test_bot", chat=GROUP))
            assert texts.GROUP_HOW in help_["text"] and "取消" in help_["text"]
    run(scenario())


def test_cancel_and_more_commands(harness, store):
    async def scenario():
        async with harness() as h:
            [ask] = await h.send(message("住院一万块能报多少"))
            assert "哪个地区" in ask["text"]
            [cancelled] = await h.send(message("/cancel"))
            assert "不算了" in cancelled["text"]
            # in a group, /more@bot reaches the bot where a bare "更多" would not (privacy mode)
            [long] = await h.send(mention("巴中门诊慢病有多少个病种？病名分别有哪些？"))
            assert "更多" in long["text"]
            [rest] = await h.send(message("/more@yibao_test_bot", chat=GROUP))
            assert rest["text"] != long["text"] and "来源：" in rest["text"]
            assert [q.text for q in _questions(store)][-1] == "更多"
    run(scenario())


def test_unknown_commands_get_a_short_help(harness):
    async def scenario():
        async with harness() as h:
            [private] = await h.send(message("/settings"))
            assert private["text"] == texts.UNKNOWN_COMMAND and "/cancel" in private["text"]
            assert await h.send(message("/settings", chat=GROUP)) == []                  # maybe another bot's
            assert await h.send(message("/settings@other_bot", chat=GROUP)) == []
            [mine] = await h.send(message("/settings@yibao_test_bot", chat=GROUP))
            assert mine["text"] == texts.UNKNOWN_COMMAND
            [help_] = await h.send(message("/help@yibao_test_bot", chat=GROUP))         # known ones still work
            assert help_["text"].startswith(texts.HELP)
    run(scenario())


def test_polling_start_sets_the_chinese_command_menu(db_url, engine):
    """`yibao telegram` (long polling) from start to a SIGINT: the menu is set before polling."""
    from bot.channels.telegram import COMMANDS, run_polling

    class StopWhenPolling(RecordingRequest):
        def _result(self, endpoint, p):
            if endpoint == "getUpdates":
                if endpoint not in [e for e, _ in self.calls[:-1]]:
                    os.kill(os.getpid(), signal.SIGINT)      # what Ctrl-C does: PTB stops cleanly
                return []
            return super()._result(endpoint, p)

    request = StopWhenPolling()
    settings = Settings(database_url=db_url, telegram_bot_token=TOKEN)
    assert run_polling(settings, request=request, engine=engine) == 0
    endpoints = [e for e, _ in request.calls]
    assert endpoints.index("setMyCommands") < endpoints.index("getUpdates")
    params = dict(request.calls)["setMyCommands"]
    commands = json.loads(params["commands"]) if isinstance(params["commands"], str) else params["commands"]
    menu = {c["command"]: c["description"] for c in commands}
    assert list(menu) == [c for c, _ in COMMANDS] and {"help", "cancel", "more", "region", "ask"} <= set(menu)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in d) for d in menu.values())     # described in Chinese


def test_webhook_server_start_sets_the_command_menu(store, engine):
    from fastapi.testclient import TestClient

    from bot.channels.server import create_app
    request = RecordingRequest()
    settings = Settings(cooldown_seconds=0, telegram_webhook_url="https://bot.example.org/telegram/webhook",
                        telegram_webhook_secret="s3cret")
    app = build_application(TOKEN, request=request, store=store, engine=engine, settings=settings, updater=False)
    with TestClient(create_app(settings, store, engine, telegram_app=app, outbox=False)):
        pass
    assert "setMyCommands" in [e for e, _ in request.calls]


# -- choices --------------------------------------------------------------------------------------

def test_choices_are_buttons_and_a_press_is_the_askers_answer(harness, store):
    async def scenario():
        async with harness() as h:
            asked = message(REGION_QUESTION)
            [sent] = await h.send(asked)
            [q] = _questions(store)
            rows = keyboard(sent)["inline_keyboard"]
            choices = [row[0]["text"] for row in rows]
            assert len(choices) >= 2 and all(len(row) == 1 for row in rows)
            assert [row[0]["callback_data"] for row in rows] == [f"pick:{q.id}:{n}" for n in range(1, len(rows) + 1)]
            assert f"1. {choices[0]}" in sent["text"] and f"2. {choices[1]}" in sent["text"]
            # pressing the second button: the answer to that choice, as a reply, and the buttons go
            shown = {**bot_message(sent, 970), "reply_markup": keyboard(sent)}
            [answer] = await h.send(callback(rows[1][0]["callback_data"], answer_msg=shown))
            assert answer["text"].startswith(texts.CHOICE_PICKED.format(choice=choices[1]))
            assert "来源：" in answer["text"] and answer["reply_parameters"]["message_id"] == 970
            calls = dict(h.request.calls)
            assert "answerCallbackQuery" in calls and "reply_markup" not in calls["editMessageReplyMarkup"]
            logged = _questions(store)[-1]
            assert logged.text == choices[1] and logged.reply_kind == "faq"
            assert logged.user_key == q.user_key
    run(scenario())


def test_a_typed_number_picks_a_choice_and_only_right_after_them(harness, store):
    async def scenario():
        async with harness() as h:
            [sent] = await h.send(message(REGION_QUESTION))
            choices = [row[0]["text"] for row in keyboard(sent)["inline_keyboard"]]
            [answer] = await h.send(message("2"))
            assert _questions(store)[-1].text == choices[1] and "来源：" in answer["text"]
            await h.send(message("3"))                    # no choices pending now: "3" is just "3"
            assert _questions(store)[-1].text == "3"
    run(scenario())


def test_an_unsure_answers_other_questions_are_buttons_not_votes(harness, store):
    """An answer led by "按我的理解…" lists the other questions it may have meant: they are buttons
    (no 👍/👎 for a match the bot was unsure of), and a press answers that question."""
    async def scenario():
        async with harness() as h:
            [sent] = await h.send(message(UNSURE_QUESTION))
            assert sent["text"].startswith(texts.UNDERSTOOD.partition("“")[0]) and texts.IF_NOT in sent["text"]
            rows = keyboard(sent)["inline_keyboard"]
            choices = [row[0]["text"] for row in rows]
            assert choices and all(row[0]["callback_data"].startswith("pick:") for row in rows)
            assert f"1. {choices[0]}" in sent["text"] and "· " + choices[0] not in sent["text"]
            shown = {**bot_message(sent, 972), "reply_markup": keyboard(sent)}
            [answer] = await h.send(callback(rows[0][0]["callback_data"], answer_msg=shown))
            assert answer["text"].startswith(texts.CHOICE_PICKED.format(choice=choices[0]))
            assert "来源：" in answer["text"] and _questions(store)[-1].text == choices[0]
    run(scenario())


def test_a_button_without_its_label_goes_by_number_through_the_service(harness, store):
    async def scenario():
        async with harness() as h:
            [sent] = await h.send(message(REGION_QUESTION))
            choices = [row[0]["text"] for row in keyboard(sent)["inline_keyboard"]]
            [q] = _questions(store)
            await h.send(callback(f"pick:{q.id}:3", answer_msg=bot_message(sent, 971)))   # markup not shown
            assert _questions(store)[-1].text == choices[2]
    run(scenario())


def test_only_the_asker_picks_in_a_group(harness, store):
    async def scenario():
        async with harness() as h:
            [sent] = await h.send(mention(REGION_QUESTION, user=ALICE))
            shown = {**bot_message(sent, 972), "reply_markup": keyboard(sent)}
            data = keyboard(sent)["inline_keyboard"][0][0]["callback_data"]
            assert await h.send(callback(data, user=BOB, answer_msg=shown)) == []
            assert dict(h.request.calls)["answerCallbackQuery"]["text"] == texts.CHOICE_OTHERS_ONLY
            assert len(_questions(store)) == 1
            [answer] = await h.send(callback(data, user=ALICE, answer_msg=shown))
            assert "来源：" in answer["text"] and len(_questions(store)) == 2
    run(scenario())


def test_quick_messages_are_all_answered_and_logged_and_the_sender_told_once(harness, store):
    notice = texts.COOLDOWN.format(seconds=60)
    async def scenario():
        async with harness(cooldown_seconds=60) as h:
            [first] = await h.send(message("巴中居民医保什么时候交费？"))
            [second] = await h.send(message("克拉玛依学生医保交多少钱"))
            [third] = await h.send(message("断保两年再交等待期多久"))
            assert "2026" in first["text"] and notice not in first["text"]
            assert "克拉玛依" in second["text"] and second["text"].endswith(notice)   # answered, and told
            assert notice not in third["text"] and "等待期" in third["text"]            # told once
            [b1] = await h.send(mention("巴中居民医保什么时候交费？", user=BOB))        # others are not held up
            [b2] = await h.send(mention("克拉玛依学生医保交多少钱", user=BOB))          # in groups too
            assert notice not in b1["text"] and b2["text"].endswith(notice)
    run(scenario())
    assert len(_questions(store)) == 5


def test_errors_are_logged_and_the_bot_keeps_going(harness, store, caplog):
    async def scenario():
        async with harness() as h:
            real = store.chat_config
            store.chat_config = lambda *a: (_ for _ in ()).throw(RuntimeError("database gone"))
            [apology] = await h.send(message("巴中居民医保什么时候交费？"))
            assert apology["text"] == texts.INTERNAL_ERROR
            store.chat_config = real
            [sent] = await h.send(message("巴中居民医保什么时候交费？", user=BOB))
            assert "2026" in sent["text"]
    run(scenario())
    assert "database gone" in caplog.text
    assert TOKEN not in caplog.text


def test_long_answers_are_split_under_the_limit(harness):
    async def scenario():
        async with harness() as h:
            h.request.clear()
            await send_long(h.app.bot, 42, "很长的回答。" * 1500, reply_to=7)
            sent = h.request.sent()
            assert len(sent) == 3 and all(len(p["text"]) <= 4096 for p in sent)
            assert sent[0]["reply_parameters"]["message_id"] == 7 and "reply_parameters" not in sent[1]
    run(scenario())


def test_answered_questions_are_delivered_to_the_asker_once(harness, store):
    async def scenario():
        async with harness() as h:
            asked = mention("公积金怎么提取")
            await h.send(asked)
            [item] = store.queue()
            assert store.notify_asker(item.id, "工作人员答复：请咨询公积金中心。")
            h.request.clear()
            assert await deliver_pending(store, {"telegram": telegram_sender(h.app.bot)}) == 1
            [sent] = h.request.sent()
            assert sent["chat_id"] == GROUP["id"] and sent["text"].startswith("工作人员答复")
            assert sent["reply_parameters"]["message_id"] == asked["message"]["message_id"]
            assert await deliver_pending(store, {"telegram": telegram_sender(h.app.bot)}) == 0
    run(scenario())


def _questions(store):
    with store.transaction() as db:
        return db.query(Question).order_by(Question.id).all()


def test_edited_messages_are_not_asked_again(harness, store):
    async def scenario():
        async with harness() as h:
            update = message("巴中居民医保什么时候交费？")
            edited = {"update_id": next(_update_ids), "edited_message": {**update["message"], "edit_date": 1}}
            assert await h.send(edited) == []
            assert _questions(store) == []
    run(scenario())
