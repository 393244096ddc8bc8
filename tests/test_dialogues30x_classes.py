"""Conversations and voice-typed messages the sets 30x showed misread (round 30): one group per class,
in phrasings of our own, through the real engine."""
import pytest

from intents.slots import extract
from tests.helpers import computed, ids, talk

# ---- a blood-pressure reading named by its side (收缩压 / 舒张压) is a reading, never a bill ---------------
# (巴中 第四章 四问: 高血压2级及以上 认定 收缩压≥160mmHg和/或舒张压≥100mmHg)


@pytest.mark.parametrize("text", ["高血压要多高才能办慢病 我收缩压一百六左右", "我舒张压一百 高血压能办门诊慢病不"])
def test_a_pressure_reading_is_not_a_bill(engine, text):
    assert extract(text).get("amount") is None
    r, = talk(engine, [text], region="巴中")
    assert r.kind != "calculation", r.text


def test_a_bill_beside_a_pressure_reading_is_still_read():
    assert extract("我收缩压170 住院花了5000").get("amount") == 5000


# ---- a part of the bill told as outside the catalogue with 不能报 after it ("有五百是目录外的不能报") ------
# (巴中 第三章 十一问: 乡镇卫生院 起付 100 元、90% → (6000 − 800 − 100) × 90% = 4590, 自付 510 + 自费 800)


@pytest.mark.parametrize("said", ["有八百是目录外的不能报", "其中八百是自费的 报不了", "八百块是医保外的不给报"])
def test_a_part_told_outside_the_catalogue_comes_off_the_total(engine, said):
    r, = talk(engine, [f"合疗 在乡镇卫生院住院 总共花了六千 {said} 能报好多"], region="巴中")
    computed(r, 4590, name="inpatient")


def test_a_part_asked_whether_it_is_outside_is_not_taken_as_told():
    assert extract("总共花了6000 有800是自费不").get("self_funded") is None


# ---- the same kind of case said again with one fact more ("要是做了剖宫术呢"): the case's other facts hold --
# (巴中 第三章 十四问: 居民 满4个月以上终止妊娠 1000 元，施行剖宫术的增加 500 元)


@pytest.mark.parametrize("again", ["要是施行了剖宫术呢", "那如果是做的剖宫术呢"])
def test_a_termination_told_again_with_its_operation_keeps_its_months(engine, again):
    first, second = talk(engine, ["我是合疗 怀孕六个月引产了 能报好多", again], region="巴中")
    computed(first, 1000, name="maternity")
    computed(second, 1500, name="maternity")


# ---- 长治's 大医院 names no 收费类别 (三级乙等 is 二类, 三级甲等 一类): the whole table, never 三甲's row ----------
# (长治 居民住院待遇: 二类 省市级 起付 500 元、70%；一类 省市级 1000 元、60%)


@pytest.mark.parametrize("text", ["新农合 在城里大医院住院 起付线是好多", "合疗去大医院住院报几成"])
def test_a_big_hospital_in_changzhi_gets_every_class(engine, text):
    r, = talk(engine, [text], region="长治")
    assert r.kind == "faq" and "cz-jm-18" not in ids(r)[:1], r.text
    assert "70%" in r.text and "60%" in r.text, r.text


def test_a_first_class_hospital_named_still_gets_its_row(engine):
    r, = talk(engine, ["合疗在三甲医院住院报几成"], region="长治")
    assert ids(r)[:1] == ["cz-jm-18"], r.text


# ---- a stay asked of a scheme whose table the handbook lost (长治's 职工): the gap said at once, not the bill
# asked — also when the region comes in a later turn (长治 职工住院待遇: the table was an image)


@pytest.mark.parametrize("turns", [["职工医保 在长治住院能报好多"], ["俺是单位交的职工医保 住院报多少", "长治"]])
def test_a_stay_where_the_schemes_table_is_lost_says_so_at_once(engine, turns):
    *_, r = talk(engine, turns)
    assert r.kind == "unanswered" and r.missing_slots == [] and "缺失" in r.text and "80000" in r.text, r.text


def test_the_other_scheme_after_the_lost_table_is_still_computed(engine):
    lost, r = talk(engine, ["职工医保 在长治住院能报好多", "那居民呢 在二级乙等医院住 花了5000"])
    assert lost.kind == "unanswered", lost.text
    computed(r, 4165, name="inpatient")      # (5000 − 100) × 85%: 三类


# ---- a fact told after a calculation with "有啥不一样" (what it changes): the case computed again with it ----
# (巴中 第三章 二十二问: 低保 起付线降低 50%、分段比例提高 5% → (80000 − 7224) × 65% = 47304.4)


@pytest.mark.parametrize("said", ["他是低保户 有啥子不一样", "我家是低保 有什么区别哦"])
def test_a_group_told_with_what_differs_recomputes_the_case(engine, said):
    first, r = talk(engine, ["合疗 医保报了以后自己掏的合规费用还有8万 大病保险能报好多", said], region="巴中")
    computed(first, 39331.2, name="serious_illness")
    computed(r, 47304.4, name="serious_illness")


def test_what_differs_asked_with_no_case_before_is_searched(engine):
    r, = talk(engine, ["低保户大病保险有啥不一样"], region="巴中")
    assert r.kind == "faq", r.text


def test_a_rule_asked_of_the_lost_scheme_leaves_no_case_behind(engine):
    cap, other = talk(engine, ["长治职工医保 住院一年最多报多少", "居民呢"])
    assert cap.kind == "faq" and "8万" in cap.text, cap.text
    assert other.kind == "faq" and "7万" in other.text, other.text


def test_the_gap_said_after_a_late_region_leaves_the_pages_for_the_other_scheme(engine):
    *_, lost, other = talk(engine, ["俺是单位交的职工医保 住院报多少", "长治", "那居民医保呢 县医院住院"])
    assert lost.kind == "unanswered", lost.text
    assert other.kind == "faq" and "85%" in other.text, other.text


# ---- a birth told by its kind alone ("她是剖的") with its bill, after the birth's rule: the birth computed ----
# (巴中 第二章 二十八问: 职工 难产（含剖宫产）限额 5500 元，不足据实支付 → 4200；产前检查费 800 元)


@pytest.mark.parametrize("told", ["她是剖的 住院合规费用花了4200", "剖的 花了4200"])
def test_a_birth_told_by_its_kind_alone_is_the_birth_computed(engine, told):
    rule, r = talk(engine, ["老婆在单位上班 交的职工医保 生孩子能报多少", told], region="巴中")
    assert rule.kind == "faq", rule.text
    computed(r, 4200, name="maternity")


# ---- 四川's 算哈 / 算一哈 (一下) in a request to compute, with whom it is for between ("帮我老汉算哈") ---------


@pytest.mark.parametrize("text", ["帮我妈算哈大病二次报销", "给我老汉算一哈大病保险"])
def test_a_request_said_with_ha_is_a_calculation_asked(engine, text):
    r, = talk(engine, [text], region="巴中")
    assert r.kind == "clarify" and r.missing_slots, r.text



def test_a_birth_told_done_with_the_child_names_no_scheme(engine):
    # "生的孩子" is the birth, not the child's own (居民) cover: the mother's scheme is asked
    r, = talk(engine, ["我媳妇在县医院生的孩子 剖的 能报多少"], region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["insurance"], r.text


def test_a_lost_table_with_a_bill_keeps_the_case_for_the_other_scheme(engine):
    # (长治 居民 三类: (20000 − 100) × 85% = 16915)
    lost, r = talk(engine, ["长治职工 在市里三甲医院住院花了2万 能报多少", "那居民呢 县里二级乙等医院"])
    assert lost.kind == "unanswered", lost.text
    computed(r, 16915, name="inpatient")
