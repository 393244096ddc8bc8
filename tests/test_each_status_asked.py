"""A 职工 page of one status (在职 or 退休: the 个人账户's monthly 划拨) found for a question that says
neither: both pages, labelled, and the status asked — never the retired rule stated as the asker's;
a status told (here or as the choice) gets its own page. Own phrasings, through the real engine."""
import pytest

from bot.reply import Message
from bot.session import Session
from tests.helpers import answer as ask


@pytest.mark.parametrize("text", ["个人账户每个月划多少钱进来", "医保个账每月打进来好多"])
def test_no_status_said_gets_both_labelled_and_asked(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "clarify", r.text
    # 巴中 第二章 十一问 (在职: 缴费基数的2%) and 十二问 (退休: 2.8%)
    assert "【在职】" in r.text and "【退休】" in r.text and "2%" in r.text and "2.8%" in r.text, r.text
    assert len(r.choice_ids) == 2, r.choice_ids          # each page offered as a choice ("2": 退休)


@pytest.mark.parametrize("text,figure,not_figure", [
    ("我在单位上班 个人账户每月能划好多", "2%", "2.8%"),
    ("还没退休 个账每个月进好多钱", "2%", "2.8%"),
    ("退休了 个人账户每月划进来好多", "2.8%", "缴费基数的2%"),
])
def test_status_said_gets_its_own_page(engine, text, figure, not_figure):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and figure in r.text and not_figure not in r.text, r.text


@pytest.mark.parametrize("then,figure", [("退休了", "2.8%"), ("在职的", "缴费基数的2%")])
def test_the_status_told_next_answers(engine, then, figure):
    session = Session()
    engine.answer(Message(text="个人账户每个月划多少钱进来", region="巴中"), session)
    r = engine.answer(Message(text=then, region="巴中"), session)
    assert figure in r.text, r.text
