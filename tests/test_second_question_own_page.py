"""Two or three questions in one message, the later one answered by its own page, not the first's:
- papers "交上去" (handed up) by a deadline are a claim's papers handed in (提交), not a fee paid;
- a channel asked with a verb standing for the act asked before ("微信里可以弄不") is that act by that
  channel, read with that question's words, not with the story's (which named the APP);
- a question asked of the place the story told ("要不要在那边备案") is never read without the story."""
import pytest

from corpus.lexicon import joined_verbs
from tests.helpers import answer


@pytest.mark.parametrize("text, handed", [
    ("发票最迟好久交上去", True), ("材料好久之前要交上去？", True), ("钱交上去了没", False), ("医保费最迟好久交上去", False),
    ("票交上去多久到账", False),
])
def test_handed_up_is_handed_in(text, handed):
    assert ("提交" in joined_verbs(text)) is handed


@pytest.mark.parametrize("text, region, first, second", [
    ("在西安住院没当场结算 回来咋个报 要带些啥子 最迟好久之前要交上去", "巴中", "发票", "6月底"),
    ("换了手机医保码没了 也没装国家医保app 电子医保码怎么激活 微信里可以弄不", "克拉玛依", "国家医保", "医疗健康"),
])
def test_later_question_gets_its_own_page(engine, text, region, first, second):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and "【2】" in reply.text, reply.text
    before, after = reply.text.split("【2】")
    assert first in before and second in after, reply.text


@pytest.mark.parametrize("text, region, needle", [
    ("我读研一 下学期要去北京一所大学交流 待一个学期 要是在当地看病 要不要在那边备案 要准备啥材料", "克拉玛依", "交流地"),
])
def test_question_of_the_place_told_keeps_the_story(engine, text, region, needle):
    reply = answer(engine, text, region=region)
    assert reply.kind == "faq" and needle in reply.text, reply.text
