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
