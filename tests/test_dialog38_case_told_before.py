"""Facts of the asker's case told in an earlier turn that the next calculation takes (dialog38): the
asker's own group told of themselves, what is left after the funds told to the offer of a group's stay,
and where a stay was (elsewhere, an emergency) told in the question before its bill."""
from tests.helpers import computed, talk


def test_group_told_of_oneself_holds_for_assistance_later(engine):
    # the group said with a fee question is the asker's: 救助 asked later on what they pay is that group's
    first, second = talk(engine, ["俺家是特困户 城乡居民医保个人交多少",
                                  "住院基本医保和大病都报完了 个人还要出六千 合规的 医疗救助给好多"], region="巴中")
    computed(second, 6000, name="assistance")
    assert "特困" in second.text, second.text


def test_group_of_a_relative_is_not_held_as_the_askers(engine):
    replies = talk(engine, ["我妈是低保 城乡居民医保个人交多少",
                            "住院基本医保和大病都报完了 自己还要出六千 合规的 医疗救助给好多"], region="巴中")
    assert replies[1].kind == "clarify", replies[1].text      # whose group: asked, not the mother's taken


def test_left_after_the_funds_told_to_a_groups_stay_offer_is_assistance(engine):
    # the rule of a group's 住院救助 asked (its offer: the group's stay through every fund), then what the
    # funds left told with no word of a stay: 救助 on that sum, never a hospital asked for
    _, second, third = talk(engine, ["低保户住院的 医疗救助给多少", "报完还剩目录内个人自付五千", "特困人员呢"],
                            region="长治")
    computed(second, 3500, name="assistance")       # 5000 × 70%
    computed(third, 5000, name="assistance")        # 5000 × 100%


def test_stay_elsewhere_told_before_its_bill(engine):
    # an emergency stay in another province told first (视同已备案), the bill next names only the tier:
    # the emergency row elsewhere (巴中 职工 二级: 1000, 77%), not the home row
    _, second, third = talk(engine, ["我是职工医保 出差到郑州突发急病 急诊住的院 没办备案 能报不",
                                     "二级医院 花了九千", "说错了 是三级医院"], region="巴中")
    computed(second, 6160, name="inpatient")         # (9000 − 1000) × 77%
    assert "急诊" in second.text and "您没说是门诊" not in second.text, second.text
    computed(third, 6000, name="inpatient")          # (9000 − 1000) × 75%


def test_stay_at_home_bill_after_a_stay_elsewhere_keeps_its_own_place(engine):
    _, second = talk(engine, ["我是职工医保 出差到郑州突发急病 急诊住的院 没办备案 能报不",
                              "在巴中市中心医院住院 三级 花了九千"], region="巴中")
    computed(second, 6640, name="inpatient")         # (9000 − 700) × 80%, the home row


def test_couple_of_two_schemes_is_no_contradiction_and_holds_for_the_parts_asked_next(engine):
    # the asker's 职工 said with where he works, his wife's 居民医保 beside it: a couple (配偶补差), not one
    # person's two schemes; the part asked next and a bill told after are still that couple's top-up
    first, second, third = talk(engine, ["我在厂里上班交的职工医保 媳妇是城乡居民医保 她顺产 我这边能补多少",
                                         "产前检查给补多少", "生育医疗费呢 顺产合规花了四千"], region="巴中")
    computed(first, 1500, 300, name="maternity")     # 顺产 3500 − 2000; 产检 800 − 500
    assert "一个人只能参加其中一种" not in first.text, first.text
    computed(second, 300, name="maternity")
    computed(third, 1500, name="maternity")
    assert "补差" in third.text, third.text


def test_total_of_later_visits_is_paid_within_what_the_year_left(engine):
    # a visit computed, the limit asked, then the later visits' total told with 又: another bill of the year
    # (巴中 居民 门诊统筹: 50 %, 100 a year; 60 paid first, 40 left)
    first, _, third = talk(engine, ["居民医保看普通门诊 发烧拿药花了一百二 能报多少", "一年最多报多少",
                                    "后来又去了三次 总共又花了三百 还能报多少"], region="巴中")
    computed(first, 60, name="outpatient")
    computed(third, 40, name="outpatient")
