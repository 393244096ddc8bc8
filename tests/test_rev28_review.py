"""Round 28's merged work read again: conversations and calculations it could misread (a fact carried
to the wrong person). Own phrasings, through the real engine."""
import pytest

from tests.helpers import talk

# ---- 灵活就业 told of the asker: a fee asked of someone else is not 灵活就业's ----------------------------
# (巴中 第二章五问: 灵活就业 按最低缴费基数的 9% — the asker's own way of paying; a relative's fee, a
# pupil's or a parent's, is asked of their own scheme, never 灵活就业's rule said for them)

FLEXIBLE = "我是开网约车的 灵活就业参加职工医保 按什么比例交"


@pytest.mark.parametrize("other", ["我爸一年要交好多", "我儿子读小学 医保一年交好多", "那她一年交多少钱"])
def test_a_relatives_fee_after_the_askers_flexible_work_is_not_flexible(engine, other):
    *_, r = talk(engine, [FLEXIBLE, other], region="巴中")
    assert "灵活就业" not in r.text, r.text


def test_the_askers_own_fee_after_flexible_work_is_still_flexible(engine):
    *_, r = talk(engine, [FLEXIBLE, "那我一年要交好多"], region="巴中")
    assert "灵活就业" in r.text and "9%" in r.text, r.text


# ---- years paid elsewhere summed with the city's: only one person's, and only years that count ----------
# (巴中 第二章 十九问 / 二十一问: 2025年退休 累计不低于20年、本市不低于10年; 外地年限随关系转入后累计计算 —
# a spouse's years elsewhere are not the asker's, and years said not transferred are not in the total)


@pytest.mark.parametrize("text", [
    "我老公在外地交了15年 我在巴中交了6年 2025年退休 还差几年",
    "我在外省缴过十二年 我爱人在巴中交了八年 2025年退休 够不够",
    "在外地交了15年 巴中交了6年 外地的没转过来 2025年退休 还差几年",
])
def test_years_elsewhere_of_another_person_or_not_transferred_are_not_summed(engine, text):
    *_, r = talk(engine, [text], region="巴中")
    assert "累计缴费年限已满" not in r.text and "外地 " not in r.text, r.text


def test_a_relatives_years_elsewhere_and_in_the_city_are_still_summed(engine):
    *_, r = talk(engine, ["我爸在外地交了15年 在巴中交了6年 2025年退休 还差几年"], region="巴中")
    assert r.kind == "calculation" and "本市缴费年限还差 4 年" in r.text, r.text


# ---- a filing denied with the verb split ("没备过案", "还没备好案"): never a filing done ------------------
# (巴中 第三章 十一问: 未备案 stays elsewhere are paid at lower rates than filed ones — a denial read as
# "已备案" computes the higher figure, a confident wrong answer)


@pytest.mark.parametrize("denied", ["没备过案", "还没备好案", "一直没备上案"])
def test_a_filing_denied_with_the_verb_split_is_no_filing(engine, denied):
    said = "我是职工 在上海的三级医院住院 {} 花了8万 能报多少"
    *_, plain = talk(engine, [said.format("没有备案")], region="巴中")
    *_, r = talk(engine, [said.format(denied)], region="巴中")
    assert plain.calculation is not None, plain.text       # (巴中 未转诊 三级: (80000 − 1000) × 70%)
    assert r.calculation is not None and r.calculation.result.get("fund_pays") == 55300, r.text


@pytest.mark.parametrize("text", ["在上海住院 没备过案", "还没备好案 在外地住院了"])
def test_a_split_denial_is_read_as_no_filing(text):
    from intents.slots import extract
    s = extract(text)
    assert s.get("filing") == "未备案" and not s.get("filed"), dict(s)
