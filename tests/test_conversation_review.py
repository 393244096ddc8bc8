"""How the bot holds a conversation, through the real path (bot.service + bot.engine, a real SQLite
file, and the channel where it matters): several questions in one message, where a question holds,
whom to ask, follow-ups in a group, numbered choices, cancels, the form expiry setting."""
import regions
from bot.service import handle


def ask(store, engine, text, user="u1", chat="c1", **kw):
    return handle(store, engine, channel="test", chat_id=chat, user_id=user, text=text, **kw)


# ---- whom to ask when no region is known ------------------------------------------------------

def test_a_refusal_with_no_region_known_names_every_office_and_the_national_line(store, engine):
    reply = ask(store, engine, "公积金怎么提取").reply
    assert reply.kind == "unanswered" and reply.region is None
    for name in regions.covered():
        assert regions.office(name) in reply.text
    assert regions.national_hotline() in reply.text
    # with the region known, its own office only
    known = ask(store, engine, "公积金怎么提取", chat_region="巴中").reply
    assert regions.office("巴中") in known.text and regions.office("长治") not in known.text


# ---- cancel ---------------------------------------------------------------------------------

def test_cancel_drops_the_question_waiting_for_its_region(store, engine):
    asked = ask(store, engine, "住院起付线多少？").reply
    assert asked.kind == "clarify" and asked.missing_slots == ["region"]
    assert ask(store, engine, "取消").reply.text.startswith("好的")
    # "巴中" now only says where the asker is: the cancelled question is not answered after all
    after = ask(store, engine, "巴中").reply
    assert after.kind == "clarify" and "起付" not in after.text


# ---- a region given by any of its names ---------------------------------------------------------

def test_region_command_and_batch_region_take_any_name_of_a_region(store, engine, tmp_path, capsys):
    import json
    import subprocess
    import sys

    from bot import cli, texts
    from bot.channels.terminal import run
    from test_telegram import ALICE, BOB, GROUP, Harness, message, run as run_async

    # the terminal
    lines = iter(["/region 石大克拉玛依", "/quit"])
    run(engine, None, region=None, user="tester", form_expiry=None, answer=cli._answer, read=lambda p: next(lines))
    assert texts.REGION_SET.format(region="克拉玛依") in capsys.readouterr().out

    # Telegram, in a private chat and in a group
    async def scenario():
        async with Harness(store, engine, admins={BOB["id"]}) as h:
            [own] = await h.send(message("/region 长治市", user=ALICE))
            assert own["text"] == texts.REGION_SET.format(region="长治")
            [group] = await h.send(message("/region 恩阳区", chat=GROUP, user=BOB))
            assert group["text"] == texts.REGION_SET_GROUP.format(region="巴中")
            assert store.chat_config("telegram", str(GROUP["id"])).region == "巴中"
            [shown] = await h.send(message("/region 四川", user=ALICE))     # a province is no region of ours
            assert "可选" in shown["text"] or "当前" in shown["text"]
    run_async(scenario())

    # the batch contract's `region`
    lines = [{"id": 1, "text": "住院起付线多少", "region": "恩阳区"},
             {"id": 2, "text": "住院起付线多少", "region": "成都"}]
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], capture_output=True, text=True,
                         input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines), timeout=120,
                         env={**__import__("os").environ, "YIBAO_DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}"})
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["region"] == "巴中" and first["kind"] == "faq"
    assert second["region"] is None and second["kind"] == "clarify"      # no region known: asked


# ---- one numbering, one set of command words --------------------------------------------------

def test_the_number_shown_is_the_number_read_back(store, engine):
    from bot.channels.choices import numbered_text
    from intents import acts
    from bot.channels import telegram, terminal

    asked = ask(store, engine, "住院一万块能报多少", chat_region="巴中").reply
    assert asked.suggestions
    shown = numbered_text(asked).splitlines()
    second = asked.suggestions[1]
    assert f"2. {second}" in shown
    # a full-width "２" is the same number; the form fills the second choice
    ask(store, engine, "２", chat_region="巴中")
    session = store.load_session("test", "c1", store.user_key("test", "u1"))
    assert session.state["form"]["open"]["slots"]["tier"] == second
    # /cancel means the same word in every channel, and the engine knows that word
    assert telegram.AS_WORDS["cancel"] == terminal.AS_WORDS["/cancel"] == terminal.AS_WORDS["/取消"]
    assert acts.is_cancel(terminal.AS_WORDS["/cancel"])


# ---- the form_expiry setting ------------------------------------------------------------------

def test_the_form_expiry_setting_rules_forms_and_the_question_waiting_for_its_region(store, engine, monkeypatch):
    import time
    from datetime import timedelta

    real = time.time
    later = lambda minutes: monkeypatch.setattr(time, "time", lambda: real() + minutes * 60)   # noqa: E731
    long, short = timedelta(minutes=30), timedelta(minutes=5)

    # a form left for 15 minutes: still open under a 30-minute setting ...
    assert ask(store, engine, "住院一万块能报多少", chat_region="巴中", form_expiry=long).reply.kind == "clarify"
    later(15)
    assert ask(store, engine, "居民医保，二级医院", chat_region="巴中", form_expiry=long).reply.kind == "calculation"
    monkeypatch.setattr(time, "time", real)
    # ... and forgotten under a 5-minute one
    assert ask(store, engine, "住院一万块能报多少", user="u2", chat_region="巴中", form_expiry=short).reply.kind == "clarify"
    later(6)
    assert ask(store, engine, "居民医保，二级医院", user="u2", chat_region="巴中", form_expiry=short).reply.kind != "calculation"
    monkeypatch.setattr(time, "time", real)

    # a question waiting for its region waits as long as the setting says
    assert ask(store, engine, "住院起付线多少？", user="u3", form_expiry=long).reply.missing_slots == ["region"]
    later(15)
    answered = ask(store, engine, "巴中", user="u3", form_expiry=long).reply
    assert answered.kind == "faq" and "起付" in answered.text


# ---- where a question holds ------------------------------------------------------------------

def test_a_place_named_in_one_question_does_not_outweigh_the_chats_default(store, engine):
    named = ask(store, engine, "巴中住院起付线多少", chat_region="长治").reply
    assert named.region == "巴中"
    after = ask(store, engine, "门诊报销比例多少", chat_region="长治").reply
    assert after.region == "长治", after.text
    # with no default, the place named earlier holds for the conversation (README: Where and when)
    ask(store, engine, "巴中住院起付线多少", user="u2")
    assert ask(store, engine, "门诊报销比例多少", user="u2").reply.region == "巴中"
    # the asker saying where they are outweighs the chat's default
    assert ask(store, engine, "我在巴中", user="u3", chat_region="长治").reply.region == "巴中"
    assert ask(store, engine, "门诊报销比例多少", user="u3", chat_region="长治").reply.region == "巴中"
    ask(store, engine, "长治住院起付线多少", user="u3", chat_region="长治")
    assert ask(store, engine, "门诊报销比例多少", user="u3", chat_region="长治").reply.region == "巴中"


# ---- several questions in one message ------------------------------------------------------------

def test_a_part_the_bot_cannot_answer_reaches_the_queue_on_its_own(store, engine):
    from bot.storage.models import Question

    from bot.storage import Notify
    h = ask(store, engine, "巴中大病保险起付线多少？医保大厅有没有饮水机？", notify=Notify("test", "c1", "u1"))
    reply = h.reply
    assert reply.kind == "faq" and "来源" in reply.text.split("【2】")[0]
    answered, unanswered = reply.text.split("【2】")
    assert "饮水机" in unanswered and "已转给工作人员" in unanswered     # the reply says so for that part
    [item] = store.queue()
    assert item.reason == "unanswered" and item.question.text.startswith("医保大厅有没有饮水机")
    assert item.notify_chat == "c1"                        # the asker is told when staff answer it
    # the message itself stays the row its asker rates; the part is logged before it
    with store.transaction() as db:
        rows = db.query(Question).order_by(Question.id).all()
    assert [r.reply_kind for r in rows] == ["unanswered", "faq"] and rows[-1].id == h.query_id


def test_a_refused_first_question_does_not_drop_the_others(store, engine):
    reply = ask(store, engine, "失业金怎么领？巴中住院起付线多少？").reply
    assert "【1】" in reply.text and "失业保险" in reply.text
    assert "【2】" in reply.text and "700" in reply.text
    # a question that leans on the declined one shares its refusal, under its heading
    leaning = ask(store, engine, "仪陇县医保局在哪儿，电话多少", chat_region="巴中").reply
    assert leaning.refusal == "uncovered_place" and "0827" not in leaning.text


def test_a_fourth_question_is_named_and_asked_again_apart(store, engine):
    reply = ask(store, engine, "巴中居民医保一年交多少？门诊报销比例多少？住院起付线多少？异地备案怎么办？").reply
    assert "【3】" in reply.text and "【4】" not in reply.text
    assert "分开问" in reply.text and reply.text.rstrip().endswith("异地备案怎么办?")


def test_one_region_question_for_every_question_that_waits_and_one_answer_answers_each(store, engine):
    asked = ask(store, engine, "住院起付线多少？门诊报销比例多少？").reply
    assert asked.kind == "clarify" and asked.suggestions == list(regions.covered())
    assert asked.text.count("请问您在哪个地区参保") == 1
    answered = ask(store, engine, "2").reply           # the second choice: 克拉玛依
    assert answered.region == "克拉玛依" and "【1】" in answered.text and "【2】" in answered.text
    assert len(answered.sources) == 2


def test_no_prompt_twice_in_one_reply(store, engine):
    # the form one question opens is not reminded of under the next
    reply = ask(store, engine, "住院花了5000能报多少？居民医保一年交多少？", chat_region="巴中").reply
    assert reply.text.count("在哪一级医院") == 1
    # two rules that could be computed: only the offer that is open is made
    offers = ask(store, engine, "三级医院住院起付线多少？二级医院住院起付线多少？", user="u2", chat_region="巴中").reply
    assert offers.text.count("如需帮您测算") == 1
    assert offers.text.index("如需帮您测算") > offers.text.index("【2】")


def test_questions_one_answer_answers_are_all_named(store, engine):
    reply = ask(store, engine, "住院起付线多少？门诊报销比例多少？").reply
    assert "住院起付线多少" in reply.text and "门诊报销比例多少" in reply.text


# ---- follow-ups in a group, and numbers that pick rather than rate (the WeChat bridge) -----------

import test_bridge  # noqa: E402

# the real server on loopback: test_bridge's fixtures, used here by name
bridge, bridge_factory, database_url = test_bridge.bridge, test_bridge.bridge_factory, test_bridge.database_url
group = test_bridge.group


def test_a_follow_up_in_a_group_goes_on_with_the_calculation_without_a_trigger(bridge):
    first = bridge.say(**group("#医保 巴中居民医保，三级医院住院花了8000，报多少"))
    assert "4,380" in first["reply"][0]["text"]
    assert "5,320" in bridge.say(**group("那二级医院呢"))["reply"][0]["text"]
    assert "8,120" in bridge.say(**group("不对，是12000"))["reply"][0]["text"]
    assert bridge.say(**group("那二级医院呢", sender="wxid_bob"))["reply"] == []      # Bob has no calculation
    assert bridge.say(**group("今天天气不错，晚上一起吃饭吗"))["reply"] == []          # chatter stays chatter
    rule = bridge.say(**group("#医保 巴中城乡居民医保个人一年交多少", sender="wxid_carol"))
    assert "400" in rule["reply"][0]["text"]
    assert "100" in bridge.say(**group("低保户呢", sender="wxid_carol"))["reply"][0]["text"]


def test_a_number_answers_the_open_forms_question_rather_than_rating(bridge):
    from bot import texts

    asked = bridge.say("巴中住院花了6000能报多少")["reply"][0]["text"]
    assert "1. " in asked and "2. " in asked
    other = bridge.say("对了，城乡居民一年交多少钱")["reply"][0]["text"]
    assert "400" in other and "还差一项" in other
    assert texts.FEEDBACK_HINT not in other            # "1" / "2" would not rate it: not offered
    picked = bridge.say("2")["reply"][0]["text"]
    assert picked not in (texts.FEEDBACK_DOWN, texts.FEEDBACK_THANKS)
    assert bridge.store.queue() == []                  # no 👎 was recorded
    assert "一级" in picked or "职工" in picked        # the form went on with its second choice


def test_a_follow_up_in_a_telegram_group_needs_no_reply_to_the_bot(store, engine):
    from test_telegram import ALICE, BOB, GROUP, Harness, mention, message, run as run_async

    async def scenario():
        async with Harness(store, engine) as h:
            [first] = await h.send(mention("巴中居民医保，三级医院住院花了8000，报多少", user=ALICE))
            assert "4,380" in first["text"]
            [follow] = await h.send(message("那二级医院呢", chat=GROUP, user=ALICE))
            assert "5,320" in follow["text"]
            assert await h.send(message("那二级医院呢", chat=GROUP, user=BOB)) == []
            assert await h.send(message("今天天气不错", chat=GROUP, user=ALICE)) == []
    run_async(scenario())


def test_a_group_follow_up_handled_again_is_sent_again(store, engine):
    """The update store handles an update again when its send failed or the bot was killed before
    it: by then the session has moved on, and only the delivery record says the message was for us."""
    from test_telegram import ALICE, GROUP, REGION_QUESTION, Harness, mention, message, run as run_async

    async def scenario():
        async with Harness(store, engine) as h:
            await h.send(mention(REGION_QUESTION, user=ALICE))
            update = message("巴中", chat=GROUP, user=ALICE)
            [first] = await h.send(update)
            [again] = await h.send(update)
            assert again["text"] == first["text"]
    run_async(scenario())


def test_a_part_the_bot_cannot_answer_reaches_the_queue_through_the_bridge(bridge):
    # on PostgreSQL the bridge's turn is normally one statement; this reply takes the transaction
    from test_bridge import msg, questions
    body = msg("巴中大病保险起付线多少？医保大厅有没有饮水机？")
    first = bridge.post(body).json()
    assert "已转给工作人员" in first["reply"][0]["text"].split("【2】")[1]
    [item] = bridge.store.queue()
    assert item.reason == "unanswered" and item.question.text.startswith("医保大厅有没有饮水机")
    again = bridge.post(body).json()                  # the bridge's retry: the same answer, logged once
    assert again["duplicate"] is True and again["reply"] == first["reply"]
    assert [q.reply_kind for q in questions(bridge.store)] == ["unanswered", "faq"]


def test_a_lapsed_forms_choices_no_longer_take_a_number(engine):
    from bot.reply import Message
    from bot.service import takes_number
    from bot.session import Session
    session = Session(expiry=600)
    engine.answer(Message(text="巴中住院花了6000能报多少", channel="t", chat_id="c"), session)
    session.state.pop("choices", None)                 # the form's own question is what is left
    assert takes_number(session)
    session.state["form"]["open"]["updated"] -= 601    # ten minutes and a second later
    assert not takes_number(session)                   # "1" / "2" rates the last answer again
