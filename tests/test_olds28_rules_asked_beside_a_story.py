"""Classes left from earlier rounds (round 28), in phrasings of our own, through the engine:

- a rule asked beside a story with a sum — who bears the cost ("这笔钱该谁出"), whether it is all paid
  ("能全部报不"), the year's cap with the sum only as a range ("七八万") — is the handbook's rule, not a
  bill to compute (巴中 第二章 二十四问, 第三章 十六问; 长治 医疗救助待遇);
- months of fees owed with no scheme said ("欠了4个月 补上呢") are a 职工's arrears (巴中 第二章 二十三问),
  never the 居民 gap counted in years;
- 欠了 is the arrears pages' 欠费, and 咋整 is one word (the lexicon's lines are asked by
  tests/test_lexicon.py); 剖腹产's homophone slip (剖妇产) is repaired to the dictionary's word;
- a bill said of a relative after the asker's own was computed ("那我妈…呢") is hers: the asker's scheme is
  not taken for it (巴中 第二章 二十七问, 第三章 十一问);
- a student gone home on holiday and falling ill is told the filing's kinds and where to file, which
  the same section of the 克拉玛依 guide gives (第8部分（一）).
"""

import pytest

from bot.session import Session
from tests.helpers import answer, computed, ids, nums, talk


@pytest.mark.parametrize("text,region,entry,figure", [
    # the employer did not pay: who bears the bill, whatever it came to
    ("老板从来没给我们买过医保 我前阵子住院花了八千 该谁承担", "巴中", "bz-2-24", "用人单位"),
    ("单位一直没交医保 看病花了两万块 这笔钱由谁负责", "巴中", "bz-2-24", "用人单位"),
])
def test_who_bears_the_cost_is_the_rule_not_a_sum(engine, text, region, entry, figure):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and ids(r)[0] == entry and figure in r.text, r.text


@pytest.mark.parametrize("text,region,entry,figure", [
    # 特困: 目录内个人自付 100% 救助 (长治 医疗救助待遇), asked whether all is paid, no sum told
    ("我姑是特困供养的 住院了 目录内个人自付那部分能全部救助不", "长治", "cz-jz-04", "100%"),
])
def test_whether_all_is_paid_with_no_sum_is_the_rate(engine, text, region, entry, figure):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and entry in ids(r) and figure in r.text, r.text


def test_the_year_cap_asked_with_a_range_spent_is_the_cap(engine):
    # 居民 一年住院 最高支付限额 11万 (巴中 第三章 十六问): the range spent is the worry, not a bill
    r = answer(engine, "居民医保住院一年最多能报多少 我爸今年住了两次 大概花了七八万", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-3-16" and "11万" in r.text, r.text


def test_an_exact_sum_with_the_whole_asked_is_still_computed(engine):
    # (a sum spent and "能全报不": the asker's bill, computed as before — the tier asked)
    r = answer(engine, "合疗住院花了两万 能全报不", region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["tier"], r.text


@pytest.mark.parametrize("months,words", [(4, "追溯"), (9, "滞纳金")])
def test_months_owed_with_no_scheme_are_staff_arrears(engine, months, words):
    # after the employer's page, the months owed said alone are the 职工 rule's (第二章 二十三问)
    session = Session()
    answer(engine, "单位有几个月没给我们交医保 住院还能报销不", region="巴中", session=session)
    r = answer(engine, f"欠了{months}个月 补上呢", region="巴中", session=session)
    assert r.kind == "calculation" and r.calculation.name == "waiting_period", r.text
    assert "职工" in r.text and words in r.text and "断 1 年" not in r.text, r.text


def test_arrears_said_as_owed_reach_the_arrears_page(engine):
    # (the arrears rule, as its page or worked out: from the 4th month owed the cover stops)
    r = answer(engine, "厂里欠了好几个月的医保费 我现在看病还能不能报", region="巴中")
    assert r.kind in ("faq", "calculation") and "第4个月" in r.text.replace(" ", ""), r.text
    assert "bz-2-24" not in ids(r)[:1], r.text


def test_a_homophone_slip_of_the_cesarean_is_repaired(engine):
    # 巴中 职工 生育医疗费 限额: 顺产 3500, 难产（含剖宫产）5500 (第二章 二十八问)
    r = answer(engine, "职工医保 剖妇产生育医疗费限额好多", region="巴中")
    assert r.kind in ("faq", "calculation") and 5500 in nums(r) and "剖宫产" in r.text, r.text


def test_a_relatives_bill_after_the_askers_own_is_not_given_the_askers_scheme(engine):
    # the asker's 职工 stay computed (巴中 二级 职工: (10000 − 400) × 82% = 7872); the mother's next is hers —
    # her scheme asked, then her 居民 row ((5000 − 400) × 70% = 3220), never the asker's 82%
    own, hers, told = talk(engine, ["我是职工医保 在二级医院住院花了1万 能报多少", "那我妈在二级医院住院花了5000呢", "居民"],
                           region="巴中")
    computed(own, 7872)
    assert hers.kind == "clarify" and hers.missing_slots == ["insurance"], hers.text
    computed(told, 3220)


def test_the_askers_own_next_bill_keeps_the_askers_scheme(engine):
    *_, r = talk(engine, ["我是职工医保 在二级医院住院花了1万 能报多少", "要是花了2万呢"], region="巴中")
    computed(r, 16072)
