"""Classes of failure read on the strangers' dialogues-33x and voice-33x sets, each asked in our own
words through the real engine (and the batch contract at the end)."""
from intents.slots import extract
from tests.helpers import computed, talk


# ---- a follow-up moving this stay back to the earlier stay's hospital, the verb between ("还是住之前那家",
# "又去的上回那个"): the same level as before — no deductible again (克拉玛依 待遇表备注: 同一年度同等级
# 再次住院不再支付起付标准), never the transfer's top-up kept from the turn before

def test_the_earlier_stays_hospital_with_a_verb_between_is_the_same_level():
    for text in ("这回还是住的以前那个三级医院", "又去的上回那家二级医院"):
        s = extract(text).values
        assert s.get("tier") and s.get("tier") == s.get("prior_tier"), (text, s)


def test_a_follow_up_back_at_the_earlier_level_takes_no_deductible(engine):
    rs = talk(engine, ["今年在二级医院住过一回 这回转到三级医院住了 花了8200 都是目录内的 能报多少",
                       "那要是这回还是住以前那家二级医院呢"], region="克拉玛依")
    computed(rs[0], 5070)           # (8200 − (600 − 200)) × 65%
    r = computed(rs[1], 6150)       # 8200 × 75%: the same level again, no deductible
    assert "补差额" not in r.text, r.text


# ---- a birth asked with the husband's 职工医保 told ("我老公单位交的职工医保 我是他配偶"): his scheme is the
# spouse's, not hers who gives birth — the 职工 side pays her only the 补差 (巴中 第二章 九问), never the
# 职工's own allowance (第二章 二十八问: 难产 5500 + 产检 800) taken for hers

def test_the_husbands_staff_scheme_in_a_birth_question_is_the_spouses():
    for text in ("我男人是职工医保 我剖腹产能报多少", "我是家属 老公单位上交的职工 生娃能报好多"):
        s = extract(text).values
        assert s.get("spouse_insurance") == "职工" and "insurance" not in s, (text, s)
    # (her own 职工 said beside it, or a stay of his, keeps 职工 the patient's)
    assert extract("我老公是职工 我也是职工 生娃报多少").get("insurance") == "职工"
    assert extract("我老公是职工医保 他住院了报多少").get("insurance") == "职工"


def test_the_husbands_staff_scheme_after_her_birth_is_the_top_up(engine):
    rs = talk(engine, ["我是城乡居民医保 生娃报好多", "顺产",
                       "我老公在单位交的职工医保 我算他家属 职工那边顺产给好多"], region="巴中")
    r = computed(rs[-1], 1500)      # 补差: 3500 − 2000
    assert "补差" in r.text and "4,300" not in r.text, r.text


def test_the_husbands_staff_scheme_first_asks_her_own(engine):
    r = talk(engine, ["我男人是职工医保 我剖腹产能报多少"], region="巴中")[0]
    assert r.kind != "calculation" and r.missing_slots == ["insurance"], r.text
