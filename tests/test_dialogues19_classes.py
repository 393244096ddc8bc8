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
