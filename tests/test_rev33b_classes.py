"""Classes found reviewing round 33's merged conversation work, each asked in our own words:

- a relative told with a bill, then a pronoun opening the next clause of care ("我妈…花了2000 她在二级医院…
  花了7000"): the pronoun points back at that relative — one person's year (a second stay), never two
  people's first stays side by side (each computed as 本年首次住院, each with its own yearly limit).
  Pronouns after the asker's own bill ("我在…花了2000 她在…") are still another person's;
- an emergency said not to be with the verb of falling ill between ("不是得了急病", "没得急病"): the
  not-filed row, never the 急诊抢救 one;
- the county named once and held for a bare "县医保局" later: dropped once another covered region is named."""

import pytest

from intents.message import per_person
from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "我妈在乡镇卫生院住院花了2000 她在二级医院住院花了7000 都是合疗 各报好多",
    "老公在县医院住院花了1万，他在乡镇卫生院又住了一回花了3000，一共能报多少",
])
def test_a_pronoun_after_a_relatives_bill_is_that_relative(text):
    assert per_person(text) == [text]


def test_a_pronoun_after_the_askers_own_bill_is_another_person():
    assert len(per_person("我和老婆都是合疗 我在乡镇卫生院住院花了2000 她在二级医院住院花了7000 各报好多")) == 2


def test_a_pronoun_after_a_relatives_bill_through_the_engine(engine):
    # one person's two stays in a year: never each computed as 本年首次住院 (巴中 居民: 1710 + 4620 side by side)
    r = answer(engine, "俺妈在乡镇卫生院住院花了2000 她在二级医院住院花了7000 都是合疗 一共报好多", region="巴中")
    assert "【2】" not in r.text and r.text.count("本年首次住院") <= 1, r.text


def test_a_pronoun_after_a_relatives_bill_with_the_second_stay_said(engine):
    # 克拉玛依 居民 二级 200 (年度) / 75 %: (20000 − 200) × 75 % = 14850, then the same level again with no
    # deductible, 30000 × 75 % = 22500 — one person's year, told as one
    r = computed(answer(engine, "我爸是居民医保 在二级医院住院花了2万，他在二级医院又住院花了3万，一共能报多少",
                        region="克拉玛依"), 14850, 22500, 37350)
    assert "【2】" not in r.text, r.text


# ---- an emergency said not to be, with the verb of falling ill between -------------------------------------
# ("不是得了急病", "没得急病" — 四川's 没得 is 没有): the not-filed row, never the 急诊抢救 one


@pytest.mark.parametrize("text", [
    "到西安出差 不是得了急病 是约好的手术 住了院",
    "在外地跑业务 没得急病 去做的择期手术 住院",
    "出门办事 也不是突然发病 提前排的手术",
])
def test_an_illness_said_not_sudden_is_no_emergency(text):
    from intents.message import story_slots
    from intents.slots import extract
    assert "急诊抢救" not in story_slots(text).get("care", []), story_slots(text)
    assert extract(text).values.get("filing") != "急诊", extract(text).values


@pytest.mark.parametrize("text", [
    "巴中职工医保 到西安出差 不是得了急病 是约好的手术 三级医院住院3万 没备案 能报多少",
    "巴中职工医保 在外地跑业务 没得急病 去做的择期手术 三级医院住院花了3万 没有备案 报好多",
])
def test_an_illness_said_not_sudden_is_the_not_filed_row(engine, text):
    # 巴中 职工 三级 非急诊且未转诊的其他临时外出: 1000 / 70 %: (30000 − 1000) × 70 % = 20300 (the 急诊 row's 75 %
    # would be 21750)
    r = computed(answer(engine, text), 20300, name="inpatient")
    assert "21,750" not in r.text, r.text


# ---- a county held for its office is the region's it belongs to ------------------------------------------
# (the county named once holds for "县医保局" asked bare later — only while the conversation is still in its
# region: after another covered region is named, a bare 县 is no 巴中 county's office)


@pytest.mark.parametrize("middle", ["我现在到长治了 在长治参的城乡居民", "长治那边居民医保住院起付线是多少"])
def test_a_county_held_is_dropped_when_another_region_is_named(engine, middle):
    from tests.helpers import talk
    *_, r = talk(engine, ["我是南江的 合疗门诊能报多少", middle, "县医保局电话是多少"])
    assert "南江县" not in r.text and "0827-8227681" not in r.text, r.text

