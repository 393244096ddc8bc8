"""The region policy in each channel, the whole way through: the terminal (`yibao chat`), Telegram
(a real `Application` processing real `Update` objects) and the WeChat bridge (uvicorn on
loopback). A question that differs by region is asked back with the regions as choices; naming
the region answers it; an uncovered place is declined, logged, and not queued."""

import regions
from bot import cli
from bot.storage import Store
from bot.storage.models import QueueItem, Question
from test_bridge import bridge_factory, database_url, questions  # noqa: F401  (the bridge fixtures)
from test_telegram import Harness, message, run

QUESTION = "居民大病保险起付线是多少"
COVERED = list(regions.covered())


def _queue(store):
    with store.transaction() as db:
        return db.query(QueueItem).count()


# -- terminal -------------------------------------------------------------------------------------

def test_terminal_asks_for_the_region_and_answers_once_named(monkeypatch, tmp_path, engine, capsys):
    url = f"sqlite:///{tmp_path / 'chat.sqlite3'}"
    monkeypatch.setenv("YIBAO_DATABASE_URL", url)
    monkeypatch.setattr(cli, "_engine", lambda: engine)
    lines = iter([QUESTION, "克拉玛依", "北京职工医保住院起付线多少", "/quit"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines))
    assert cli.main(["chat"]) == 0
    out = capsys.readouterr().out
    asked, rest = out.split("请问您在哪个地区参保？", 1)
    assert "\n".join(f"{n}. {name}" for n, name in enumerate(COVERED, 1)) in rest and "21000" in rest and "12393" in rest
    # (each region's short rule comes labelled before the question; the answer is the named region's alone)
    assert asked.index("【巴中】") < asked.index("14448") and "14448" not in rest
    store = Store(url)
    try:
        with store.transaction() as db:
            kinds = [(q.reply_kind, q.region) for q in db.query(Question).order_by(Question.id)]
        assert kinds == [("clarify", None), ("faq", "克拉玛依"), ("unanswered", None)]
        assert _queue(store) == 0            # the uncovered place is a refusal, not a question for staff
    finally:
        store.close()


# -- Telegram -------------------------------------------------------------------------------------

def test_telegram_offers_the_regions_and_the_named_region_completes_the_question(store, engine):
    async def scenario():
        async with Harness(store, engine) as h:
            [asked] = await h.send(message(QUESTION))
            assert "请问您在哪个地区参保" in asked["text"] and all(r in asked["text"] for r in COVERED)
            # (each region's short rule labelled, then the question: the answer is the named region's alone)
            assert asked["text"].index("【长治】") < asked["text"].index("1万元")
            [answered] = await h.send(message("长治"))
            assert "1万元" in answered["text"] and "来源：" in answered["text"] and "14448" not in answered["text"]
            [declined] = await h.send(message("广州医保门诊报销比例"))
            assert "广州" in declined["text"] and "12393" in declined["text"]
    run(scenario())
    with store.transaction() as db:
        rows = [(q.reply_kind, q.region) for q in db.query(Question).order_by(Question.id)]
    assert rows == [("clarify", None), ("faq", "长治"), ("unanswered", None)]
    assert _queue(store) == 0


def test_telegram_engine_reply_carries_the_choices(store, engine):
    """The choices reach the channel in the reply itself (`suggestions`), for buttons or numbered text."""
    from bot import service
    handled = service.handle(store, engine, channel="telegram", chat_id="42", user_id="42", text=QUESTION)
    assert handled.reply.kind == "clarify" and handled.reply.suggestions == COVERED


# -- WeChat bridge ------------------------------------------------------------------------------

def test_bridge_asks_in_text_and_the_named_region_completes_the_question(bridge_factory):  # noqa: F811
    bridge = bridge_factory()
    [asked] = bridge.say(QUESTION)["reply"]
    assert "请问您在哪个地区参保" in asked["text"] and "\n".join(f"{n}. {name}" for n, name in enumerate(COVERED, 1)) in asked["text"]
    [answered] = bridge.say("我在巴中")["reply"]
    assert "14448" in answered["text"] and "来源：" in answered["text"]
    [declined] = bridge.say("仪陇县医保局在哪儿，电话多少")["reply"]
    assert "仪陇县" in declined["text"] and "12393" in declined["text"] and "0827" not in declined["text"]
    assert [(q.reply_kind, q.region) for q in questions(bridge.store)] == [
        ("clarify", None), ("faq", "巴中"), ("unanswered", None)]
    assert _queue(bridge.store) == 0


PROVINCE_QUESTION = "四川城乡居民医保住院起付线多少"     # 巴中's page states it surely: shown as 巴中's only


def _province_labelled(text: str) -> bool:
    """四川 named alone: which part is covered, 巴中's rule under its label as 巴中's only, with its
    source, then 巴中 asked and the rest of 四川 sent to its own office."""
    return (text.startswith("在四川，我只有巴中的医保手册") and "只适用于在巴中参保的人" in text
            and text.index("只适用于在巴中参保的人") < text.index("【巴中】") < text.index("700元")
            < text.index("来源：") < text.index("您是在巴中参保吗") < text.index("在四川其他地方参保的")
            and "【长治】" not in text and "【克拉玛依" not in text)


def test_bridge_a_province_asks_which_part_and_the_region_completes_it(bridge_factory):  # noqa: F811
    bridge = bridge_factory()
    [asked] = bridge.say(PROVINCE_QUESTION)["reply"]
    # the choice as numbered text, after the labelled rule
    assert _province_labelled(asked["text"]) and asked["text"].index("12393") < asked["text"].index("1. 巴中")
    [answered] = bridge.say("巴中")["reply"]
    assert "700元" in answered["text"] and "来源：" in answered["text"] and "只适用于" not in answered["text"]


def test_telegram_a_province_shows_its_covered_regions_rule_and_offers_it_as_a_button(store, engine):
    from test_telegram import keyboard

    async def scenario():
        async with Harness(store, engine) as h:
            [asked] = await h.send(message(PROVINCE_QUESTION))
            assert _province_labelled(asked["text"]), asked["text"]
            assert [row[0]["text"] for row in keyboard(asked)["inline_keyboard"]] == ["巴中"]
            [answered] = await h.send(message("巴中"))
            assert "700元" in answered["text"] and "只适用于" not in answered["text"]
    run(scenario())


# -- one region's sure rule, labelled as that region's only, in each channel ---------------------

ONE_SURE = "居民医保住院一年累计最多报多少"      # 巴中's own page states it surely; 克拉玛依's, 长治's do not


def _one_labelled(text: str) -> bool:
    """巴中's rule under its label, as 巴中's only, the other regions left out, then the question."""
    return ("只是我手册里巴中的规定" in text and text.index("【巴中】") < text.index("11万")
            and "【长治】" not in text and "【克拉玛依" not in text and "请问您在哪个地区参保" in text)


def test_terminal_shows_the_one_sure_region_labelled_then_asks(monkeypatch, tmp_path, engine, capsys):
    monkeypatch.setenv("YIBAO_DATABASE_URL", f"sqlite:///{tmp_path / 'chat.sqlite3'}")
    monkeypatch.setattr(cli, "_engine", lambda: engine)
    lines = iter([ONE_SURE, "长治", "/quit"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines))
    assert cli.main(["chat"]) == 0
    out = capsys.readouterr().out
    asked, answered = out.split("请问您在哪个地区参保？", 1)
    assert _one_labelled(asked + "请问您在哪个地区参保？")
    assert "\n".join(f"{n}. {name}" for n, name in enumerate(COVERED, 1)) in answered
    # the named region's own answer, not the one shown before the question
    assert "7万" in answered and "11万" not in answered


def test_telegram_shows_the_one_sure_region_labelled_then_asks(store, engine):
    async def scenario():
        async with Harness(store, engine) as h:
            [asked] = await h.send(message(ONE_SURE))
            assert _one_labelled(asked["text"]), asked["text"]
            [answered] = await h.send(message("长治"))
            assert "7万" in answered["text"] and "11万" not in answered["text"]
    run(scenario())


def test_bridge_shows_the_one_sure_region_labelled_then_asks(bridge_factory):  # noqa: F811
    bridge = bridge_factory()
    [asked] = bridge.say(ONE_SURE)["reply"]
    assert _one_labelled(asked["text"]) and "\n".join(f"{n}. {name}" for n, name in enumerate(COVERED, 1)) in asked["text"]
    [answered] = bridge.say("长治")["reply"]
    assert "7万" in answered["text"] and "11万" not in answered["text"]
