"""The place of cover decides the rules, not the place of care, and a page says what its own handbook
says beside it. Own phrasings, through the real engine."""
from intents.regions import detect_region, placing
from tests.helpers import answer, computed


def test_a_covered_region_only_travelled_to_gives_way_to_the_region_of_cover():
    # a trip there and a hospital there: the place of care, not where the asker is insured
    hit = detect_region("合疗 去克拉玛依看孙子 住进克拉玛依一家医院了 能报多少")
    assert hit.region == "克拉玛依" and hit.gone_to
    assert placing(hit, "巴中").region is None            # the chat's own region holds
    assert placing(hit, "克拉玛依").region == "克拉玛依"
    assert placing(hit, None).region == "克拉玛依"        # with no region known, the one named
    # ... but not a stay there, a payment there, or care said only with 在 ("在长治住院": may live there)
    for text in ("我在长治打工 去长治医院住院", "在长治住院 能报多少", "去长治交的合疗 住院报多少"):
        assert not detect_region(text).gone_to, text


def test_an_emergency_on_a_trip_to_another_covered_region_is_the_home_regions_emergency_row(engine):
    # 巴中 第一章 二十九 (急诊抢救 视同已备案) and 第三章 十一问's 临时备案 row: 二级 1000元, 65%
    r = answer(engine, "我爸合疗的 去长治耍 半夜犯病 急诊送到长治的二级医院住了院 花了八千 都在目录内 能报好多", region="巴中")
    computed(r, 4550, name="inpatient")                  # (8000 − 1000) × 65%
    assert r.region == "巴中" and "甲等" not in r.text, r.text


def test_a_stay_said_again_with_zai_after_the_trip_is_still_elsewhere(engine):
    r = answer(engine, "合疗 去克拉玛依看娃 在克拉玛依住院 二级医院 花了两万 急诊 能报好多", region="巴中")
    computed(r, 12350, name="inpatient")                 # (20000 − 1000) × 65%
    assert r.region == "巴中", r.text


def test_the_registration_page_says_how_the_place_is_chosen(engine):
    # 克拉玛依 第5部分 注意事项1: 选择克拉玛依市→克拉玛依区，输入“中国石油”搜索
    r = answer(engine, "新生在新疆医保便民服务平台登记参保 具体咋操作", region="克拉玛依")
    assert r.kind == "faq" and "克拉玛依区" in r.text, r.text
