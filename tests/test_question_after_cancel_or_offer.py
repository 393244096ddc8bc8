"""A question put after a cancel, the asker saying they ask ("没事了 俺问问…", "不用算了 我问下…"), is
answered as that question alone would be; and a question on what differs ("乙类药有啥不一样") put while an
offer to compute waits is a question, not a fact for the offer's form (长治 居民门诊统筹: 年度支付限额300元;
乙类药品先行自付5%). Own phrasings, through the real engine and the batch contract."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("region, turns, needle", [
    ("长治", ["俺住院花了八千 能报多少", "算了 俺问问居民医保门诊一年最多能报多少"], "300"),
    ("长治", ["我问问新农合门诊一年最多报多少"], "300"),
    ("巴中", ["住院花了八千 报好多", "不用算了 我就问下职工医保个人账户能给家里人交医保不"], "个人账户"),
])
def test_the_question_after_saying_one_asks_is_answered(engine, region, turns, needle):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "faq" and needle in r.text, r.text


@pytest.mark.parametrize("turns", [
    ["新农合门诊一年最多报多少", "乙类药有啥不一样"],
    ["新农合门诊一年最多报多少", "用乙类药啥区别"],
])
def test_what_differs_asked_during_an_offer_is_a_question(engine, turns):
    *_, r = talk(engine, turns, region="长治")
    assert r.kind == "faq" and "5%" in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"c": ("长治", ["俺住院花了八千 能报多少", "不算了 俺问问新农合门诊一年最多报多少", "乙类药有啥不一样"])})
    assert rows["c-1"]["kind"] == "faq" and "300" in rows["c-1"]["text"]
    assert rows["c-2"]["kind"] == "faq" and "5%" in rows["c-2"]["text"]
