"""Classes the twenty-sixth numbers set showed: a year read as a count of years, a repair of the
waiting period paid for the years that shorten it, a late year said in two digits, a month's bill over
a year, and facts a figure turns on that were not said (the 大病 group, the diabetes type, which
benefit pays a 两病 disease's drugs, the bill of a 补差) — asked, never assumed. Own phrasings, through
the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, talk

# ---- a year the run of years reached is no count of years (连续交到2030年) -------------------------


@pytest.mark.parametrize("text", [
    # 巴中 第三章 九问 例一: 2025…2031 is 7 years in a row, 3 after the 4 → 300000 + 3 × 4000
    "从2025年起连续交到2031年 没断过 2031年大病保险限额是好多",
    "我从2025年开始一直连续参保到2031年 大病封顶好多",
])
def test_a_year_reached_is_counted_from_the_run_start(engine, text):
    r = ask(engine, text, region="巴中")
    computed(r, 312000, name="serious_illness_cap")
    assert r.calculation.inputs["continuous_years"] == 7, r.calculation.inputs


def test_a_year_is_never_read_as_years_in_a_row():
    from intents.slots import extract
    assert extract("连续交到2030年 大病限额多少").get("continuous_years") != 2030


# ---- a repair wished for is paid for the years that shorten the wait ------------------------------


@pytest.mark.parametrize("text,months,fee", [
    # 巴中 第三章 十问 例五: 断2年 3+1; one year paid repairs the 1 month (第三章 六问: 400 a year)
    ("2027 2028两年都没交 想交钱修复变动等待期 得交好多 修复了等几个月", 3, 400),
    # 断3年 3+2: two years repair both months
    ("断了三年 打算把变动等待期补缴修复 要花好多钱", 3, 800),
    # 断6年 3+5, at least 6 after repair: two years bring it to 6, more shorten nothing
    ("断保六年了 想缴费修复变动等待期 补交要好多钱", 6, 800),
])
def test_repair_wished_pays_the_years_that_shorten_the_wait(engine, text, months, fee):
    r = ask(engine, text, region="巴中")
    computed(r, months, fee, name="waiting_period")


def test_years_paid_back_said_are_paid_as_said(engine):
    # 巴中 第三章 十问: the count said stays the count paid (3 × 400), the useful part said beside
    r = ask(engine, "巴中合疗断保6年，打算补交3年，得花多少钱")
    computed(r, 1200, 800, 6)


# ---- a late year said in two digits (补交25年的) -----------------------------------------------------


def test_a_late_year_in_two_digits_is_that_years_late_fee(engine):
    # 克拉玛依 第2部分: 2025年6月30日以后缴纳当年居民医保费用的，个人缴费标准为1200元
    r = ask(engine, "25年的居民医保一直没交 现在已经9月份了 想补交25年的 要交多少", region="克拉玛依")
    computed(r, 1200, name="contribution")


# ---- a month's bill, the year's asked ----------------------------------------------------------------


@pytest.mark.parametrize("text,region,figure", [
    # 克拉玛依 门诊慢病 65%, 16万 a year: 3000 × 12 × 65% = 23400
    ("门诊慢病 每月药费3000 一年12个月 一年能报多少", "克拉玛依", 23400),
    # 巴中 居民 冠心病 90%, 800 a year: 100 × 12 × 90% = 1080 → 800
    ("居民医保 冠心病门慢 每个月药费一百 一年能报好多", "巴中", 800),
])
def test_a_months_bill_over_the_year(engine, text, region, figure):
    r = ask(engine, text, region=region)
    computed(r, figure)
    assert "个月 =" in r.text, r.text


def test_a_months_bill_with_no_year_asked_stays_a_months():
    from intents.slots import extract
    assert extract("冠心病门慢 每个月药费100 能报好多").get("amount") == 100
    assert extract("每个月扣200 一年12个月 一年交好多").get("amount") != 2400


@pytest.mark.parametrize("text,amount", [
    ("门诊慢病 每月药费3000 一年12个月 一年能报多少", 36000),
    ("居民医保 冠心病门慢 每个月药费一百 一年能报好多", 1200),
    ("每个月吃药花2000，吃了8个月，能报多少", 16000),
])
def test_a_months_bill_over_the_year_is_one_amount_with_no_conflict(text, amount):
    # (the months' sum is the bill; the month's figure is how it was said, never a second amount noted
    # as a conflict with it)
    from intents.slots import extract
    said = extract(text)
    assert said.get("amount") == amount
    assert not [n for n in said.notes if n.startswith("conflict:amount")], said.notes


# ---- the answer to "属于哪类人员" read as the group offered -----------------------------------------


@pytest.mark.parametrize("said", ["一般", "普通的"])
def test_the_ordinary_group_offered_is_read_as_the_answer(engine, said):
    # 巴中 大病 一般: (30000 − 14448) × 60% = 9331.20 — hardship said in words of no one group, asked
    first, then = talk(engine, ["俺家是贫困户 大病保险自付三万 报多少", said], region="巴中")
    assert first.kind == "clarify" and first.missing_slots == ["category"], first.text
    computed(then, 9331.2, name="serious_illness")


# ---- which benefit pays a 两病 disease's drugs bill, unsaid: asked -----------------------------------


def test_which_benefit_pays_a_two_disease_drugs_bill_is_asked(engine):
    # 克拉玛依: 两病 高血压 50% (700 a year) against 门诊慢病 高血压Ⅱ期及以上 65%
    r = ask(engine, "我妈高血压 在门诊开药花了1800 能报多少", region="克拉玛依")
    assert r.kind == "clarify" and r.missing_slots == ["care"], r.text
    two, chronic = (talk(engine, ["我妈高血压 在门诊开药花了1800 能报多少", said], region="克拉玛依")[1]
                    for said in ("两病", "办了慢病的"))
    computed(two, 700, name="two_diseases")             # 1800 × 50% = 900 → 700
    computed(chronic, 1170, name="chronic")             # 1800 × 65%


@pytest.mark.parametrize("text", ["高血压 两病 甲类药 门诊拿药花了1800 能报多少", "高血压 甲类药 一年花了600 能报多少"])
def test_a_two_disease_bill_said_as_such_is_computed(engine, text):
    r = ask(engine, text, region="长治")
    assert r.kind == "calculation" and r.calculation.name == "two_diseases", r.text
