"""Slot extraction: money in every common form, tiers, insurance, filing, categories, years, diseases."""
from decimal import Decimal

import pytest

from intents.numbers import parse_chinese
from intents.slots import extract


@pytest.mark.parametrize("s,n", [("一万二", 12000), ("两万三", 23000), ("三千五", 3500), ("五千", 5000), ("十万", 100000),
                                 ("一百五", 150), ("十五", 15), ("一万五千", 15000), ("二十万", 200000), ("一百零五", 105)])
def test_chinese_numerals(s, n):
    assert parse_chinese(s) == n


@pytest.mark.parametrize("text,amount", [
    ("住院花了5000", 5000), ("住院花了5,000元", 5000), ("住院花了¥5000", 5000), ("住院花了5千", 5000),
    ("住院花了五千块", 5000), ("住院花了1.2万", 12000), ("住院花了两万三", 23000), ("住院花了一万二", 12000),
    ("住院花了3w", 30000), ("住院花了5k", 5000), ("住院一万块能报多少", 10000), ("花了1万2", 12000),
    ("住院花了12万元", 120000), ("6000，医保能报多少", 6000), ("自付合规费用3万元", 30000), ("花了2万5", 25000),
])
def test_money_forms(text, amount):
    assert extract(text).get("amount") == Decimal(amount)


@pytest.mark.parametrize("text", ["住院花了五千左右", "大概三千块", "一万多", "差不多8000"])
def test_approximate_money_is_flagged(text):
    assert extract(text).get("amount_approx")


@pytest.mark.parametrize("text,amount,approx", [("住院三四千能报多少", 3000, "range"), ("花了一万多", 10000, "at_least"),
                                               ("万把块", 10000, "rough"), ("上万", 10000, "at_least"),
                                               ("五千左右", 5000, "about"), ("3000-4000元", 3000, "range")])
def test_approximate_money_kinds(text, amount, approx):
    s = extract(text)
    assert s.get("amount") == amount and s.get("amount_approx") == approx


def test_self_funded_amount():
    s = extract("住院花了4500，其中自费300")
    assert s.get("amount") == 4500 and s.get("self_funded") == 300


@pytest.mark.parametrize("text", ["断保3年", "三级医院", "第二次住院", "高血压2级", "2026年", "连续参保5年"])
def test_numbers_that_are_not_money(text):
    assert extract(text).get("amount") is None


@pytest.mark.parametrize("text,tier,grade", [
    ("三级医院", "三级", None), ("三甲", "三级", "甲"), ("三级甲等医院", "三级", "甲"), ("二级", "二级", None),
    ("二甲医院", "二级", "甲"), ("二级乙等", "二级", "乙"), ("一级医院", "一级", None), ("未定级的诊所", "一级", None),
    ("乡镇卫生院", "乡镇卫生院", None), ("社区卫生服务中心", "乡镇卫生院", None), ("三乙", "三级", "乙"),
])
def test_tiers(text, tier, grade):
    s = extract(text)
    assert s.get("tier") == tier and s.get("grade") == grade


@pytest.mark.parametrize("text,level", [("县医院", "县级"), ("省级医院", "省市级"), ("市级医院", "省市级"), ("省外的三甲", "省外")])
def test_levels(text, level):
    assert extract(text).get("level") == level


def test_transfer_between_tiers():
    s = extract("从二级医院转到三级医院")
    assert (s.get("prior_tier"), s.get("tier"), s.get("transfer")) == ("二级", "三级", True)


@pytest.mark.parametrize("text,transfer", [
    ("县医院给开了转诊 转到重庆去住院", None),          # a referral to care elsewhere: a filing, no earlier stay
    ("开了转诊证明转去外地的三级医院", None),
    ("住了一周又转院到三级医院", True),                  # a transfer within one course of care
    ("在县医院住着 后来转到市里的医院", True),
])
def test_a_referral_elsewhere_is_not_a_transfer_between_stays(text, transfer):
    assert extract(text).get("transfer") == transfer


@pytest.mark.parametrize("text,filing,elsewhere", [
    ("我在外地上班 我爸在恩阳区中医院住的院", "市内", None),       # where the asker is, not the care
    ("儿子在外面打工 老伴在通江县医院住院", "市内", None),
    ("之前在恩阳区医院住过 这回在外地住院", None, True),             # care elsewhere, said of the care
])
def test_a_place_word_of_the_asker_does_not_move_care_in_the_region(text, filing, elsewhere):
    s = extract(text)
    assert (s.get("filing"), s.get("elsewhere")) == (filing, elsewhere)


@pytest.mark.parametrize("text", ["没得转诊 自己去的重庆", "莫得转诊就跑到成都住院了", "冇转诊 直接去的广州"])
def test_no_referral_said_in_dialect_is_no_referral(text):
    # 没得 / 莫得 / 冇 say 没有: the not-filed row, never the referral's
    assert extract(text).get("filing") == "未备案"


@pytest.mark.parametrize("text", ["去重庆住院前不备案行不行", "那回没去转诊 自己跑到西安看的", "没办理转院就去了省医院",
                                  "冇得转诊直接去的深圳", "异地备案一直没弄 在昆明住了院"])
def test_every_way_of_saying_no_filing_is_read_by_one_regex(text):
    # _FILING_DENIED holds what the filing table's own 未备案 row once did
    s = extract(text)
    assert s.get("filing") == "未备案"


@pytest.mark.parametrize("text", ["在外地急救送进医院住了院", "在西安抢救住了一周", "去外省出差突发心梗急诊住院"])
def test_an_emergency_elsewhere_is_read_by_the_one_emergency_regex(text):
    # slots.EMERGENCY, which the forms' follow-up "如果是急救呢" reads too
    assert extract(text).get("filing") == "急诊"


def test_a_referral_elsewhere_is_computed_by_the_referral_row(engine):
    from bot.reply import Message
    from bot.session import Session
    reply = engine.answer(Message(text="巴中城乡居民 县医院开了转诊 转到重庆的二级医院住院 花了5000 都在目录内 能报多少"),
                          Session())
    # 巴中 第三章 十一问（二）临时备案人员在备案地住院, 二级: 1000元起付, 65%
    assert reply.kind == "calculation" and "2600" in reply.text.replace(",", "")


@pytest.mark.parametrize("text,ins", [("职工", "职工"), ("在职", "职工"), ("退休了", "职工"), ("灵活就业", "职工"),
                                      ("居民", "居民"), ("学生", "居民"), ("新生儿", "居民"), ("合疗", "居民"), ("新农合", "居民")])
def test_insurance(text, ins):
    assert extract(text).get("insurance") == ins


def test_insurance_conflict():
    assert any(n.startswith("conflict:insurance") for n in extract("我是职工也是居民").notes)


@pytest.mark.parametrize("text,filing", [("办了长期备案", "长期备案"), ("异地转诊", "转诊"), ("临时备案", "临时备案"),
                                         ("在外地住院没备案", "未备案"), ("在外地急诊住院", "急诊"), ("市内住院", "市内")])
def test_filing(text, filing):
    assert extract(text).get("filing") == filing


def test_elsewhere_without_filing():
    assert extract("在外地住院花了5000").get("elsewhere") is True


@pytest.mark.parametrize("text,elsewhere", [
    # any place outside the covered regions where care happened, from the gazetteer (not a list)
    ("在绵阳中心医院住院花了2万", True), ("去兰州住院花了12000", True), ("在郑州大学一附院住了院，花了3万", True),
    ("在恩阳区住院花了5000", None),     # a covered region's county: not elsewhere
    ("在四川住院花了5000", None),       # a covered region's province may be the region itself
])
def test_a_place_of_care_outside_the_covered_regions_is_elsewhere(text, elsewhere):
    assert extract(text).get("elsewhere") is elsewhere


@pytest.mark.parametrize("text,cat", [("特困人员", "特困"), ("孤儿", "孤儿"), ("低保户", "低保"), ("监测对象", "监测对象"),
                                      ("低保边缘家庭", "低保边缘"), ("因病致贫", "因病致贫"), ("一般人员", "一般"), ("五保户", "特困")])
def test_category(text, cat):
    assert extract(text).get("category") == cat


@pytest.mark.parametrize("text,key,n", [("断保两年", "gap_years", 2), ("断缴3年", "gap_years", 3), ("三年没交", "gap_years", 3),
                                        ("连续参保5年", "continuous_years", 5), ("补缴1年", "repair_years", 1),
                                        ("2025到2029年都没参保", "gap_years", 5), ("一直交着没断过", "gap_years", 0)])
def test_years(text, key, n):
    assert extract(text).get(key) == n


@pytest.mark.parametrize("text,names", [("抑郁症", ["抑郁症"]), ("慢阻肺", ["慢阻肺"]), ("老年痴呆", ["老年痴呆"]),
                                        ("冠心病和抑郁症", ["冠心病", "抑郁症"])])
def test_diseases(text, names):
    assert extract(text).get("diseases") == names


def test_answer_to_questions():
    assert extract("3", expecting="gap_years").get("gap_years") == 3
    assert extract("是", expecting="in_window").get("in_window") is True
    assert extract("甲等", expecting="grade").get("grade") == "甲"
    assert extract("5000", expecting="amount").get("amount") == 5000


@pytest.mark.parametrize("text,months", [
    ("今年门诊花了3000", 12), ("一年花了3000", 12),       # months of costs
    ("今年断的", None), ("今年才交", None), ("今年换成居民医保", None),   # when, not how long
])
def test_this_year_is_months_of_costs_only(text, months):
    assert extract(text).get("months") == months


@pytest.mark.parametrize("text", ["去年莫得交医保，今年1月补交的", "去年没得参保，这个月才交", "去年冇交合疗"])
def test_dialect_negation_is_a_year_without_cover(text):
    assert extract(text).values.get("gap_years") == 1, extract(text).values


def test_waiting_after_a_dialect_gap_is_not_zero(engine):
    from bot.reply import Message
    from bot.session import Session
    reply = engine.answer(Message(text="去年没得交合疗，今年1月才交上，要等好久才报得到", region="巴中"), Session())
    assert reply.kind == "calculation" and "3 个月" in reply.text, reply.text


def test_a_job_left_then_resident_insurance_is_a_switch():
    s = extract("原来在单位交职工医保，今年3月离职了，准备下个月交城乡居民医保，中间断了半年多，要等多久").values
    assert s["insurance"] == "居民" and s["switched"] and s["gap_months"] == 6
    # two people's schemes are still no switch
    assert "switched" not in extract("我是职工医保，我妈是城乡居民医保").values


@pytest.mark.parametrize("text,category", [("家庭困难的学生呢", "困难"), ("我是贫困生", "困难"), ("普通学生", "一般")])
def test_a_student_in_need_is_the_handbooks_困难人员(text, category):
    assert extract(text).get("category") == category


def test_paid_before_new_year_is_december():
    """"元旦前续上了": paid before 1月1日, in December of the year before."""
    assert extract("今年元旦之前就续交了").get("paid_month") == 12
    assert extract("元旦过后才交").get("paid_month") is None


@pytest.mark.parametrize("text,years", [
    ("巴中合疗 2019年到2024年年年都交了 2025年没交 今年补上要等多久", 1),
    ("2022 2023都交了 2024没交", 1),
    ("2024没交 2025也没交", 2),
])
def test_years_paid_are_not_counted_and_a_bare_year_not_paid_is_no_amount(text, years):
    values = extract(text).values
    assert values.get("gap_years") == years and "amount" not in values


@pytest.mark.parametrize("text", ["门诊原来一天最多报30块 今年还是这样吗", "以前大病封顶是20万 现在变了没"])
def test_a_cap_told_or_recalled_is_no_cost(text):
    """"以前一次一天最多报50块": the rule's figure, never a bill to compute."""
    from intents.slots import extract
    assert "amount" not in extract(text).values


def test_a_cost_told_after_a_cap_is_still_the_cost():
    from intents.slots import extract
    assert extract("住院一年最多报11万 我花了15万").values["amount"] == 150000


@pytest.mark.parametrize("text", ["居民门诊原来一天最多报50块 现在还这样不", "门诊以前每次最多报50元 今年还有这个规定不"])
def test_a_former_cap_asked_about_is_answered_not_computed(engine, text):
    from tests.helpers import answer
    reply = answer(engine, text, region="长治")
    assert reply.kind == "faq" and "2024年起" in reply.text, reply.text
