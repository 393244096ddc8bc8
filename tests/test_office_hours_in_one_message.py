"""An office asked of, then its phone, then its hours, in one message ("咱长治医保局在哪 电话多少 周六上班
不"): every question after the first leans on the same office (never some paragraph on 上班 or 暂停
read alone), so one answer answers each — the office's page with its 办理时间, or the honest "the
handbook lists none" for 长治. Through the real engine."""
import pytest

from bot import texts
from intents.scope import asks_office
from tests.helpers import answer as ask


@pytest.mark.parametrize("text,region,kind,needle", [
    ("咱长治医保局在哪 电话多少 周六上班不", "长治", "unanswered", "长治的医保手册里没有"),
    ("长治医保中心地址在哪 电话好多 礼拜天开不开门", "长治", "unanswered", "长治的医保手册里没有"),
    ("通江医保窗口在哪 电话好多 周末开门不", "巴中", "faq", "办理时间"),
])
def test_the_hours_asked_last_are_the_same_offices(engine, text, region, kind, needle):
    reply = ask(engine, text, region=region)
    assert reply.kind == kind and needle in reply.text, reply.text
    assert "【1】" not in reply.text and "暂停" not in reply.text       # one answer, under all three questions
    assert reply.text.startswith(texts.MULTI_PART_ALL.partition("{")[0])


@pytest.mark.parametrize("text", ["巴中医保局周六上班不", "医保中心礼拜天办不办业务", "医保窗口周日有人吗"])
def test_a_weekday_named_asks_an_offices_hours(text):
    assert asks_office(text)
