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
