"""Conversations as people hold them (round 18, second pass): corrections that name the fact
denied beside the one meant, and cancels said with a dialect's verb or after an assent. Own
phrasings, through the real engine."""
import pytest

from tests.helpers import computed, talk

# ---- "不是X 是Y" / "是Y 不是X": the fact denied is never the one read -------------------------------
# (巴中 居民 二级 400 / 70%, 三级 700 / 60%; 职工 二级 400 / 82%; 克拉玛依 二级 200 / 75%;
# 长治 居民 大病保险 over 1万 75%)


@pytest.mark.parametrize("region, turns, figure", [
    ("巴中", ["城乡居民 在二级医院住院 用了七千", "不是七千 是一万七"], 11620),     # (17000-400)*70%
    ("巴中", ["城乡居民 在二级医院住院 用了七千", "是三级的 不是二级"], 3780),       # (7000-700)*60%
    ("巴中", ["城乡居民 在二级医院住院 用了七千", "不是二级哦 是三级医院"], 3780),
    ("巴中", ["城乡居民 在二级医院住院 用了七千", "我是职工医保 不是居民的"], 5412),  # (7000-400)*82%
    ("巴中", ["城乡居民 在二级医院住院 用了七千", "不是居民 是职工"], 5412),
    ("克拉玛依", ["学生住院 二级医院 花了3000", "不是3000 是6000"], 4350),          # (6000-200)*75%
    ("长治", ["俺是居民 大病保险 合规自付五万", "不是五万 是三万"], 15000),         # (30000-10000)*75%
])
def test_a_fact_denied_beside_the_one_meant_is_replaced(engine, region, turns, figure):
    *_, r = talk(engine, turns, region=region)
    computed(r, figure)


def test_a_question_with_shi_bu_shi_is_no_correction(engine):
    # "是不是" asks; nothing of it is blanked
    from intents.slots import extract
    assert extract("是不是三级医院报得少些").values.get("tier") == "三级"


def test_a_fact_denied_alone_stays_a_fact(engine):
    # "不是低保" with no other group said: an ordinary insured person, as before
    from intents.slots import extract
    assert extract("不是低保 住院花了一万").values.get("category") == "一般"


# ---- cancels: the verb given up ("不弄了", "不整了", "不搞了"), or an assent before ("中了 不用了") --------


@pytest.mark.parametrize("region, cancel", [
    ("长治", "不弄了"),
    ("长治", "中了 不用了"),
    ("长治", "行吧 不弄了 谢谢"),
    ("巴中", "不整了"),
    ("巴中", "莫整了"),
    ("巴中", "好嘛 算了"),
    ("克拉玛依", "不搞了"),
])
def test_a_cancel_said_plainly_ends_the_form(engine, region, cancel):
    first, r = talk(engine, ["住院花了六千 能报多少", cancel], region=region)
    assert first.kind == "clarify", first.text
    assert r.kind == "clarify" and "不算了" in r.text and "工作人员" not in r.text, r.text


def test_a_question_after_a_cancel_said_with_its_verb_is_answered(engine):
    *_, r = talk(engine, ["住院花了六千 能报好多", "不整了 问下门诊慢病在哪儿认定"], region="巴中")
    assert r.kind == "faq" and "认定" in r.text, r.text


# ---- a newborn's age said after how a newborn is enrolled, or with the child's word ------------------
# (巴中 第三章七问: within 90 days of birth, cover from birth; after 90 days, from the day paid)


@pytest.mark.parametrize("turns", [
    ["新生儿出生后好久交医保", "都三个多月了还没交 咋办"],
    ["宝宝生下来咋个上医保", "娃儿都100天了"],
    ["刚出生的娃儿咋个参保", "已经四个月了"],
    ["新生儿出生后多久交医保", "孙子都5个月了还没交 现在交从啥时候开始报"],
])
def test_a_newborn_past_90_days_is_covered_from_the_day_paid(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind in ("calculation", "faq") and "缴费之日" in r.text, r.text
    assert "断" not in r.text, r.text          # never the waiting period of a gap in cover


def test_a_newborn_within_90_days_is_covered_from_birth(engine):
    *_, r = talk(engine, ["新生儿出生后多久交医保", "都两个月了还没交"], region="巴中")
    assert "出生之日" in r.text and "断" not in r.text, r.text


def test_a_child_months_old_is_a_newborn():
    from intents.slots import extract
    assert extract("娃儿都4个月了还没交医保").values.get("newborn_days") == 120
    assert "newborn_days" not in extract("我儿子住院一个月了 花了两万").values


def test_a_denial_in_a_story_with_another_is_elsewhere_stays():
    # "不是急诊也没转诊 … 办的是临时备案": the 是 of the filing replaces nothing denied before it
    from intents.slots import without_replaced
    text = "自己跑到成都三级医院住院 不是急诊也没转诊 办的是临时外出就医备案 花了两万"
    assert without_replaced(text) == text


# ---- the year's self-paid sum of stays and 门诊慢特病 together is 大病保险's (长治: "年度内累计个人合规
# 自付费用超过1万元以上部分（含住院、门诊慢特病），报销比例75%"), never one 门诊特病 visit --------------


@pytest.mark.parametrize("turns, figure", [
    (["长治居民 大病保险怎么报", "住院和门诊慢特病的合规自付加起来两万"], 7500),      # (20000-10000)*75%
    (["俺是长治的居民", "今年住院加上门诊慢特病 个人合规自付一共三万 能报多少"], 15000),
])
def test_stays_and_chronic_care_paid_together_are_the_serious_illness_sum(engine, turns, figure):
    *_, r = talk(engine, turns, region="长治")
    computed(r, figure, name="serious_illness")


# ---- a fact told after a calculation, asking whether it pays more ("这样能多报不"): the case again ------
# (长治 大病保险 for 低保: 起付 5000, 80%; 克拉玛依 困难: 10500, 65%; 巴中 职工 二级 82%)


@pytest.mark.parametrize("region, turns, figure", [
    ("长治", ["俺是居民 大病保险 合规自付三万", "俺家是特困户 能多报点不"], 20000),   # (30000-5000)*80%
    ("克拉玛依", ["学生 大病保险 自付了四万", "他是困难学生 会不会多赔点"], 19175),   # (40000-10500)*65%
    ("巴中", ["居民 二级医院住院 花了一万", "要是职工 能多报些不"], 7872),            # (10000-400)*82%
])
def test_a_fact_told_with_whether_it_pays_more_recomputes(engine, region, turns, figure):
    *_, r = talk(engine, turns, region=region)
    computed(r, figure)


# ---- "不知道" to the form's question: how to find out, the form still waits; never staff or search -------


@pytest.mark.parametrize("region, answer", [
    ("巴中", "晓不得"),
    ("巴中", "我也不清楚"),
    ("长治", "不知道是几级医院"),
    ("长治", "俺也搞不清楚"),
    ("克拉玛依", "idk"),
    ("克拉玛依", "不太清楚诶"),
])
def test_not_knowing_the_fact_asked_keeps_the_form(engine, region, answer):
    first, r, last = talk(engine, ["住院花了五千 能报多少", answer, "二级"], region=region)
    assert first.kind == "clarify", first.text
    assert r.kind == "clarify" and "没关系" in r.text and "工作人员" not in r.text, r.text
    assert last.kind in ("calculation", "clarify") and "工作人员" not in last.text, last.text


def test_not_knowing_twice_is_never_the_same_words(engine):
    replies = talk(engine, ["住院花了五千 能报多少", "不知道", "不晓得", "不清楚"], region="巴中")
    texts = [r.text for r in replies]
    assert len(set(texts)) == len(texts), texts
    assert all("工作人员" not in t for t in texts), texts


# ---- "几级" / "哪级" asks the grade: the spelling repair never makes it a grade said ------------------


@pytest.mark.parametrize("text", ["不晓得是几级医院", "几级医院报得多些", "那是哪级医院嘛"])
def test_a_grade_asked_is_never_repaired_into_one_said(engine, text):
    repaired, done = engine.index.repaired(text)
    assert repaired == text and not done, (repaired, done)
