"""Bugs the round-27 review found in the merged conversations and calculations; own phrasings, through the
real engine."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


# ---- a children's visit said not to be an emergency, at a row that pays emergency and children's visits ----
# (克拉玛依 第7部分（一）: 三级医疗机构普通门诊限急诊、儿科门诊 — a 儿科 visit is paid: (180 − 20) × 70% = 112)


@pytest.mark.parametrize("text", ["我家娃娃5岁 在三级医院看的儿科门诊 不是急诊 花了180 能报多少",
                                  "孩子发烧在三级医院看儿科 不是急诊 花了180 能报多少"])
def test_a_childrens_visit_not_an_emergency_is_paid_at_the_rows_rate(engine, text):
    r, = talk(engine, [text], region="克拉玛依")
    computed(r, 112)
    assert "不能报销" not in r.text and "不是儿科" not in r.text, r.text


def test_an_adults_visit_not_an_emergency_there_is_still_not_paid(engine):
    r, = talk(engine, ["在三级医院看的内科普通门诊 不是急诊 也不是儿科 花了180 能报多少"], region="克拉玛依")
    computed(r, 180)
    assert "不能报销" in r.text, r.text


# ---- another bill after a visit was computed: the same person's limit left, not another person's ----------
# (巴中 居民 乡镇卫生院 门诊: 50%, 年度限额 100 元 — 300 元 pays 100, the year's limit reached)


def test_a_relatives_later_visit_is_not_paid_within_the_askers_limit_left(engine):
    first, r = talk(engine, ["我是合疗 在乡镇卫生院看门诊 花了300 能报多少", "过几天我妈又去看了一次花了300 能报多少"],
                    region="巴中")
    computed(first, 100, 200)
    assert r.kind != "calculation" or "还剩 100 − 100" not in r.text and "约 0 元" not in r.text, r.text


def test_the_askers_own_later_visit_is_paid_within_the_limit_left(engine):
    *_, r = talk(engine, ["我是合疗 在乡镇卫生院看门诊 花了300 能报多少", "过几天又去看了一次花了300 能报多少"],
                 region="巴中")
    computed(r, 0, 300)
    assert "本年已报 100" in r.text, r.text


# ---- a hospital said never stayed at before this stay is no earlier stay -------------------------------
# (a stay at the hospital told of before "这次" is the earlier one, prior_tier, and this the year's second)


@pytest.mark.parametrize("text", ["我是合疗 今年没在二级医院住过 这次是头一回住院",
                                  "我是合疗 二级医院还没住过 这次住院花了5000"])
def test_a_hospital_said_never_stayed_at_is_no_earlier_stay(text):
    ex = extract(text)
    assert ex.get("prior_tier") is None and ex.get("admission") != 2, ex.values


def test_a_hospital_stayed_at_before_this_stay_is_the_earlier_one():
    ex = extract("今年上半年在二级医院住过一回了 这次的起付线咋算")
    assert ex.get("prior_tier") == "二级" and ex.get("admission") == 2, ex.values
