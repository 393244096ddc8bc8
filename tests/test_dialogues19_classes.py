"""Conversations the nineteenth dialogue set showed misread. Own phrasings, through the real engine
(and the batch contract at the end)."""
import pytest

from tests.helpers import computed, talk

# ---- a cancel said over, or followed by "问下 …", ends the form and the question after it is answered --
# (巴中 第三章七问: a newborn paid for within 90 days is covered from birth; 第七章四问: 市本级 0827-5775700)


@pytest.mark.parametrize("turns, needle", [
    (["我老婆生了 能报多少", "算了算了 不用了 问下 新生儿出生后好久之内要交医保 从出生就能报"], "90"),
    (["帮我算下门诊报销", "算了 没事了 问哈 医保局电话好多"], "5775700"),
    (["住院花了六千 能报好多", "不算了不算了 问一下 娃儿刚生下来 好久之内交钱 出生那天就能报"], "90"),
])
def test_a_cancel_then_a_question_ends_the_form_and_answers_it(engine, turns, needle):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and needle in r.text, r.text
    assert "还差一项" not in r.text and "顺产" not in r.text, r.text


# ---- what basic insurance left, told with where the stay was, is the figure 大病保险's form waits for --
# (长治 居民大病保险: above 1万 at 75%; 巴中 第三章二十二问: 居民 起付 14448, 60%)


@pytest.mark.parametrize("region, turns, figure", [
    ("长治", ["居民医保大病保险怎么报", "今年个人合规自付一共三万 在长治住的院"], 15000),
    ("长治", ["帮我算大病保险 居民", "自己合规自付了两万 在市医院住的院"], 7500),
    ("巴中", ["帮我算下大病保险", "居民", "今年个人合规自付一共八万 在巴中中心医院住的院"], 39331.2),
])
def test_what_is_left_told_with_the_stay_fills_the_serious_illness_form(engine, region, turns, figure):
    *_, r = talk(engine, turns, region=region)
    computed(r, figure, name="serious_illness")
