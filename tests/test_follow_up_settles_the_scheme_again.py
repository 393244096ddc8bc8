"""A fact the bot settled only because every choice gave the same figures (the scheme at a 巴中 卫生院:
职工 and 居民 both 起付100、90%, 第二章二十七问 / 第三章十一问) is settled again when a follow-up changes
the case: at a 二级 or 三级医院 the schemes differ (职工 82% / 80%, 居民 70% / 60%), so the scheme is asked,
never the one the first answer happened to take. Own phrasings, through the real engine."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns", [
    ["我妈在镇上卫生院住了一个礼拜 花了四千 能报好多", "换到三级医院住的话呢"],
    ["老汉在社区卫生服务中心住院花了2500 报得到好多", "那二级医院呢"],
])
def test_a_changed_tier_asks_the_scheme_that_now_matters(engine, turns):
    first, r = talk(engine, turns, region="巴中")
    assert first.kind == "calculation" and "结果相同" in first.text, first.text
    assert r.kind == "clarify" and "职工" in r.text and "居民" in r.text, r.text


def test_the_scheme_said_then_computes_the_changed_case(engine):
    *_, r = talk(engine, ["我妈在镇上卫生院住了一个礼拜 花了四千 能报好多", "换到三级医院住的话呢", "居民医保"],
                 region="巴中")
    computed(r, 1980)   # (4000 − 700) × 60%


def test_a_change_that_keeps_the_schemes_alike_still_computes(engine):
    *_, r = talk(engine, ["我妈在镇上卫生院住了一个礼拜 花了四千 能报好多", "不对 是五千"], region="巴中")
    computed(r, 4410)   # (5000 − 100) × 90%, either scheme


@pytest.mark.parametrize("follow_up,figure", [
    ("上个月还有一回 在一级医院 花了三千 合疗的", 2160),        # (3000 − 300) × 80%, 居民
    ("那二级医院呢 我是职工医保", 1312),                         # (2000 − 400) × 82%, 职工
])
def test_the_scheme_said_with_the_change_is_taken_not_asked(engine, follow_up, figure):
    # (the scheme the asker says in the same message is theirs: never settled again and asked)
    *_, r = talk(engine, ["在乡卫生院住了几天 花了两千 能报好多", follow_up], region="巴中")
    computed(r, figure)
