"""Conversations, round 37x (second pass): the classes a stranger's conversations showed, in own
phrasings, through the real engine."""
from intents.slots import extract
from tests.helpers import computed, talk


# ---- another city of the region's own province said without its name ("省内其他城市") after a sum
# for care in another province: the province's own rows (长治 居民门诊: 省内其他统筹区按参保地待遇), as a
# city of it named would be; "外省" said after it goes back to the other province's row

def test_a_city_of_the_province_unnamed_is_read_as_in_the_province():
    for said in ("那在省内其他城市看呢", "本省别的地方呢", "省内外地看的门诊"):
        assert extract(said).get("care_in_province"), said
    assert not extract("在省外看的门诊").get("care_in_province")


def test_the_province_unnamed_after_a_sum_out_of_it(engine):
    out, inside, again = talk(engine, ["城乡居民 临时去外省 在二级医院看门诊花了300 能报多少",
                                       "那换成省内其他城市呢", "那还是外省呢"], region="长治")
    computed(out, 135)              # 300 × (55% − 10%)
    computed(inside, 165)           # 300 × 55%, the region's own row
    assert "降低" not in inside.text, inside.text
    computed(again, 135)


# ---- another case named alone ("那住院呢", "那是急诊呢") after whether a bill is paid at all was asked and
# computing offered: the same whether asked of that case — never the case's fact taken for the sum offered
# (its amount asked again, or "比较笼统")

def test_a_case_named_after_a_whether_asks_the_whether_again(engine):
    first, r = talk(engine, ["放假在老家三甲医院看的门诊 没走医保 回学校能报不", "那是急诊呢"], region="克拉玛依")
    assert first.kind == "faq", first.text
    assert r.kind == "faq" and "急诊" in r.text, r.text
    assert "花了多少钱" not in r.text.split("来源")[0], r.text


def test_a_case_named_after_a_sum_offered_still_adds_to_it(engine):
    # (a rule of how much, not whether: the fact named is the offer's case's, as before)
    from intents.forms import _WHETHER_PAID
    assert _WHETHER_PAID.search("自费看的门诊 回来能报吗")
    assert _WHETHER_PAID.search("这种能不能报销")
    assert not _WHETHER_PAID.search("三级医院门诊能报多少")


# ---- "我俩分别报多少" after the asker's scheme and then a relative's were told: the case computed for each,
# labelled whose — never the relative's told last computed once

def test_two_people_asked_together_are_each_computed(engine):
    _, _, r = talk(engine, ["我是职工医保 在二级医院住院 合规费用5000 能报多少",
                            "那我老婆呢 她是城乡居民 也是二级医院5000",
                            "要是三级医院 还是5000 我们两个各报多少"], region="巴中")
    computed(r, 2580)               # the wife's: (5000 − 700) × 60%
    assert "职工医保" in r.text and "城乡居民医保" in r.text, r.text
    assert "您（职工医保）" in r.text and "家人（城乡居民医保）" in r.text, r.text


def test_two_people_need_both_schemes_told():
    from intents.acts import each_of_two_people
    assert each_of_two_people("我俩分别报多少", "职工", "居民")
    assert each_of_two_people("我俩分别报多少", "居民", "居民") is None
    assert each_of_two_people("我俩分别报多少", None, "居民") is None
    assert each_of_two_people("我们俩一起去的医院", "职工", "居民") is None


# ---- a retiring 职工 telling the years paid and asking whether to go on paying ("退休后还交不交"): the years
# weighed against the year's minimum (巴中 第二章 十九问), with the 二十问 choices when short — and "都是在本地交的"
# after the total makes the city's years that total

def test_whether_to_go_on_paying_weighs_the_years_told(engine):
    from tests.helpers import answer
    r = answer(engine, "2025年办退休 职工医保总共缴了15年 一直在本地缴的 退休以后还要不要接着交", region="巴中")
    computed(r, 5)                  # 20 − 15
    assert "一次性补缴" in r.text and "继续缴纳" in r.text, r.text
    assert "本市缴费年限已满" in r.text, r.text


def test_whether_to_go_on_paying_with_no_years_is_the_rule(engine):
    from tests.helpers import answer
    r = answer(engine, "退休以后职工医保还交不交", region="巴中")
    assert r.kind == "faq", r.text
