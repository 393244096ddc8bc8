"""Facts carried across turns and parts, and waits of several years or people (own phrasings, through the
real engine): a diabetes type told in a turn a page answered holds for the 两病 sum later; the hospital's
level the question before named holds for the asker's own bill of that care told next; a further year
said "also" unpaid lengthens the gap told before; each person's own payment gives their own wait; past
the deadline asked before is read with that question's topic, not its deadline again."""
import pytest

from tests.helpers import answer, computed, talk

# ---- the diabetes type told earlier (长治 居民两病: 糖尿病 Ⅰ型 480元、其他类型 360元; 甲类 60%)


@pytest.mark.parametrize("said, cap", [("是2型", 360), ("二型的", 360), ("1型的", 480), ("我是一型", 480)])
def test_diabetes_type_told_before_the_bill_counts(engine, said, cap):
    *_, r = talk(engine, ["我血糖高 合疗两病一年能报好多", said, "今年降糖药花了900 甲类的"], region="长治")
    computed(r, cap, name="two_diseases")     # 900 × 60% = 540, over the year's limit


def test_a_relatives_type_is_not_the_askers(engine):
    *_, r = talk(engine, ["我血糖高 合疗两病一年能报好多", "我老伴是1型的", "我自己今年降糖药花了900 甲类的"],
                 region="长治")
    assert r.kind == "clarify" and "diabetes_type" in r.missing_slots, r.text


# ---- the level named the turn before (克拉玛依 普通门诊 三级: 限急诊、儿科; 起付20元/年, 70%)


def test_level_asked_of_before_holds_for_the_visit_told_next(engine):
    *_, r = talk(engine, ["在三级医院看门诊能报销不", "我去看的急诊 花了两百 目录内 今年头一回"], region="克拉玛依")
    computed(r, 126, name="outpatient")       # (200 − 20) × 70%
    assert "三级" in r.text, r.text


def test_level_of_a_stay_asked_is_not_a_visits(engine):
    *_, r = talk(engine, ["三级医院住院起付线多少", "我看门诊花了两百 能报多少"], region="克拉玛依")
    assert r.kind == "clarify" and "tier" in r.missing_slots, r.text


def test_where_papers_go_after_a_visit_computed_is_its_own_question(engine):
    *_, r = talk(engine, ["我在三级医院看急诊 花了两百 目录内", "那放假回老家看的急诊 票据交给谁"], region="克拉玛依")
    # (a page of where claims go, answered or offered — never the visit's sum again)
    assert r.kind == "faq" and r.calculation is None and "交到哪里" in r.text, r.text


# ---- a further year said unpaid (巴中 第三章 十问: 固定等待期3个月, 每多断1年 变动等待期加1个月; 补缴1年减1个月)


def test_another_year_also_unpaid_lengthens_the_gap(engine):
    turns = ["2025年断了合疗 2026年2月3号补上的 多久能报", "那2026年还是没交 年底集中缴费期才交2027年度的呢"]
    first, r = talk(engine, turns, region="巴中")
    computed(first, 3)
    computed(r, 4, name="waiting_period")
    assert "断保 2 年" in r.text, r.text


def test_paying_one_year_back_said_the_spoken_way(engine):
    turns = ["2025年断了合疗 2026年2月3号补上的 多久能报", "那2026年还是没交 年底集中缴费期才交2027年度的呢",
             "补一年的话呢"]
    *_, r = talk(engine, turns, region="巴中")
    computed(r, 3, name="waiting_period")
    assert "补缴 1 年" in r.text, r.text


def test_a_year_apart_from_the_gap_is_not_joined(engine):
    *_, r = talk(engine, ["2023年断了合疗 2024年1月5号交的 好久能报", "那要是2026年也没交呢"], region="巴中")
    assert "断保 4 年" not in r.text and "断保 2 年" not in r.text, r.text


# ---- each person's own wait (巴中 第三章 三问: 集中缴费期内续缴不设等待期; 3月1日起缴费 固定等待期3个月)


def test_each_persons_wait_from_their_own_payment(engine):
    r = answer(engine, "我2025年参了合疗 2026年的1月20号交的 我哥2025年也参了 他2026年的4月8号才交 我们分别多久能报",
               region="巴中")
    assert "7月8日" in r.text and "不设等待期" in r.text, r.text


# ---- past the deadline asked before (巴中 第三章 三问 集中征缴期 至2026年2月28日; 十问 等待期3个月)


def test_past_the_deadline_asked_before_reads_its_topic(engine):
    r = answer(engine, "合疗2026年度 最晚好久交 错过了还能交不", region="巴中")
    assert r.kind == "faq" and "2月28日" in r.text and "3个月" in r.text, r.text
