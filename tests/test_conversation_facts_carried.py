"""What a conversation has already told is not asked again, and what names another case is not the
waiting form's: own phrasings, through the real engine (and the batch contract at the end)."""
import pytest

from tests.helpers import computed, talk

# ---- an offer to compute that asked one fact, answered with that fact, the bill and the question itself
# ("三级医院 花了11000 能报多少" after the rule of a 职工's emergency stay elsewhere): that stay's bill, not a
# bill of unknown kind of care (巴中 第二章二十七问（二）: 异地急诊抢救 三级 起付1000、75%;
# 克拉玛依 7.待遇标准表: 三级 600、65%)


@pytest.mark.parametrize("region, turns, figure", [
    (None, ["我是巴中职工医保 在成都旅游 急诊住院了 怎么报", "三级医院 花了11000 能报多少"], 7500),
    ("巴中", ["我是职工医保 出差在西安急诊住了院 咋报", "是三级的 花了五千 基本医保报好多"], 3000),
    ("克拉玛依", ["学长 住院报销比例多少", "三级的 花了一万 能报多少"], 6110),
])
def test_the_offers_fact_told_with_the_bill_and_the_question_computes(engine, region, turns, figure):
    *_, r = talk(engine, turns, region=region)
    computed(r, figure, name="inpatient")


def test_a_correction_after_the_offer_taken_up_recomputes(engine):
    *_, r = talk(engine, ["我是巴中职工医保 在成都旅游 急诊住院了 怎么报", "三级医院 花了11000 能报多少",
                          "不对 花的是九千"], region=None)
    computed(r, 6000, name="inpatient")


# ---- the asker's own scheme said in a question put while a form waits ("先问一下 … 我是职工"): the form
# has it, and asks what it still lacks, never the scheme (巴中 第二章二十七问: 职工 二级 400、82%)


@pytest.mark.parametrize("side", [
    "先问一下 住院一年最多报好多 我是职工",
    "等哈 先问下 我是职工医保 住院一年封顶好多",
])
def test_the_scheme_said_in_a_side_question_is_not_asked_again(engine, side):
    *_, r = talk(engine, ["住院花了一万 能报多少", side, "二级医院"], region="巴中")
    computed(r, 7872, name="inpatient")


def test_a_scheme_said_of_another_person_is_not_taken(engine):
    *_, r = talk(engine, ["住院花了一万 能报多少", "先问一下 我妈是职工 住院一年封顶好多", "二级医院"], region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["insurance"], r.text


# ---- a fact of the case told, then only "咋算" right after a calculation: that calculation with the fact
# changed (巴中 第三章二十三问: 低保 起付 14448×50%=7224, 比例 +5%: 42776×65%=27804.4;
# 长治 居民大病保险: 特困 起付5000、80%)


@pytest.mark.parametrize("region, turns, figure", [
    ("巴中", ["我是合疗 基本医保报了以后自己还出了5万 大病保险能报多少", "我是低保户 咋算"], 27804.4),
    ("长治", ["俺娘新农合 今年报完自己还掏了两万 都是合规的 大病能报多少", "俺娘是特困 这样咋算"], 12000),
])
def test_a_group_told_then_how_it_computes_recomputes(engine, region, turns, figure):
    *_, r = talk(engine, turns, region=region)
    computed(r, figure, name="serious_illness")


# ---- another covered region's question while a form waits for the bill ("我妈在巴中 也是高血压 … 合疗咋报"
# during 克拉玛依's 慢病 form): that region's rule, not the form's bill asked again
# (巴中 第四章三问: 高血压2级及以上 门诊慢病, 90%)


def test_another_regions_question_while_a_form_waits_is_answered(engine):
    *_, r = talk(engine, ["我有高血压 在克拉玛依门诊慢病能报多少", "我妈在巴中 也是高血压 二级的 合疗咋报"],
                 region="克拉玛依")
    assert r.kind == "faq" and "90%" in r.text and "巴中" in r.text, r.text


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_these_conversations_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "offer": ("巴中", ["我是职工医保 出差在西安急诊住了院 咋报", "是三级的 花了五千 基本医保报好多"]),
        "side": ("巴中", ["住院花了一万 能报多少", "先问一下 住院一年最多报好多 我是职工", "二级医院"]),
        "group": ("长治", ["俺娘新农合 今年报完自己还掏了两万 都是合规的 大病能报多少", "俺娘是特困 这样咋算"]),
        "place": ("克拉玛依", ["我有高血压 在克拉玛依门诊慢病能报多少", "我妈在巴中 也是高血压 二级的 合疗咋报"]),
    })
    assert rows["offer-1"]["kind"] == "calculation" and "3,000" in rows["offer-1"]["text"]
    assert rows["side-2"]["kind"] == "calculation" and "7,872" in rows["side-2"]["text"]
    assert rows["group-1"]["kind"] == "calculation" and "12,000" in rows["group-1"]["text"]
    assert rows["place-1"]["kind"] == "faq" and "90%" in rows["place-1"]["text"]


# ---- the asker's scheme said in an earlier question ("俺…新农合咋报") holds for a bill asked later in the
# conversation, not asked again (长治 居民门诊统筹: 二级 55%, 跨省临时外出 降低10个百分点 → 45%: 200 × 45% = 90)


@pytest.mark.parametrize("turns, figure", [
    (["俺在乡镇卫生院看门诊 新农合咋报", "俺在河北打工 在那边看门诊呢 要备案不", "在河北二级医院看门诊花了200 都是甲类药 能报多少"], 90),
])
def test_the_scheme_said_earlier_holds_for_a_later_bill(engine, turns, figure):
    *_, r = talk(engine, turns, region="长治")
    computed(r, figure, name="outpatient")


# ---- a situation of care said with 呢 before what is asked of it ("在那边看门诊呢 要备案不"): the story of
# that question, not a question of its own (长治 居民门诊: 跨统筹区临时外出门诊就医无需提前办理备案手续)


def test_care_said_with_ne_before_the_question_is_its_story(engine):
    *_, r = talk(engine, ["俺在河南打工 在那边看门诊呢 要不要备案"], region="长治")
    assert r.kind == "faq" and "无需" in r.text and "【1】" not in r.text, r.text
