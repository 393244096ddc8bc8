"""Figures the handbook does not give, and figures that only name a thing: the yearly inpatient limit
asked where the handbook's table leaves it blank (克拉玛依), and 医疗救助's payout where it gives no rule
for it (克拉玛依), are said not listed, with the office — never another entry's figure found by the words; a scheme's birth benefits the handbook lists none
of (长治's 职工) are said not listed at once, not after asking the kind of birth; a price that names
the thing asked about ("只交53的长护险") is no figure asserted. With them, two facts of the story
read as said: a hospital said to be the city's (长治市的…医院) is a 市级 one, and a payment day stays
when a follow-up changes only the year before it; a spouse's 职工医保 told after a birth in 居民医保
was computed asks the top-up (配偶生育补差) on that birth. Own phrasings, through the real engine."""
import pytest

from intents import premise
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed, talk


@pytest.mark.parametrize("text", [
    "学校的居民医保住院一年最多能报好多钱",
    "克拉玛依住院封顶线是多少",
    "学生医保住院的年度限额有多少",
])
def test_a_blank_inpatient_limit_is_said_not_listed(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "unanswered", r.text
    assert "没有列出" in r.text and "年度最高支付限额" in r.text, r.text
    assert "0990-6612393" in r.text, r.text          # the office to ask


@pytest.mark.parametrize("text,region,figure", [
    # a limit the handbook gives is still its entry's answer
    ("居民医保住院一年最多报多少", "巴中", "11万"),
    ("城乡居民住院一年最多报多少", "长治", "7万"),
])
def test_a_listed_inpatient_limit_is_answered(engine, text, region, figure):
    r = ask(engine, text, region=region)
    assert r.kind == "faq" and figure in r.text, r.text


def test_a_bill_or_another_fund_is_no_limit_asked():
    facts = extract("二级医院住院合规5000 一年最多报多少").values
    assert premise.cap_not_listed("二级医院住院合规5000 一年最多报多少", "克拉玛依", facts) is None
    assert premise.cap_not_listed("住院大病保险一年最多报多少", "克拉玛依", {}) is None


@pytest.mark.parametrize("text", [
    "低保学生 住院了 医疗救助还能报几成",
    "医疗救助咋个报",
])
def test_an_unlisted_funds_payout_is_said_not_listed(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "unanswered", r.text
    assert "没有列出医疗救助" in r.text, r.text


@pytest.mark.parametrize("text,region,needle", [
    ("低保对象医疗救助资助多少", "克拉玛依", "300"),       # help with the fee, which the handbook gives
    ("特困人员医疗救助比例多少", "巴中", "100%"),          # a region whose handbook gives the rule
])
def test_a_listed_assistance_rule_is_answered(engine, text, region, needle):
    r = ask(engine, text, region=region)
    assert r.kind != "unanswered" and needle in r.text, r.text


@pytest.mark.parametrize("text", [
    "长治职工医保 老婆生娃 生育保险能报好多",
    "长治的职工医保 剖宫产 报多少",
])
def test_a_schemes_unlisted_birth_benefits_are_said_at_once(engine, text):
    r = ask(engine, text)
    assert r.kind == "unanswered", r.text
    assert "没有列出职工医保生育医疗待遇" in r.text, r.text


def test_a_listed_schemes_birth_still_asks_the_kind(engine):
    r = ask(engine, "长治居民医保 生孩子住院 报好多")
    assert "顺产" in r.text, r.text
    assert "没有列出" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "学校这边可以只买53块的长护险 医保不交吗",
    "能只交53的长护险不交医保不",
])
def test_a_price_naming_the_thing_is_no_figure_asserted(engine, text):
    assert not premise.asserted(text)
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "faq" and "不得单独" in r.text, r.text
    assert not r.text.startswith("对"), r.text


def test_a_figure_checked_is_still_checked():
    assert premise.asserted("长护险是不是53块")


@pytest.mark.parametrize("text,level", [
    ("居民医保 在长治市的二级甲等医院住院", "省市级"),
    ("在平顺县的二级医院住的院", "县级"),
    ("我是长治市的居民医保 在县医院住院", "县级"),
])
def test_a_hospital_said_to_be_the_citys_or_the_countys(text, level):
    assert extract(text).get("level") == level


def test_a_city_hospital_is_computed_without_asking_its_level(engine):
    # 长治 居民 二类收费 (三级乙等) 省、市级: 500 deductible, 70%: (10000 − 500) × 70% = 6650
    computed(ask(engine, "居民医保 在长治市的三级乙等医院住院 合规一万 报多少", region="长治"), 6650)


def test_the_day_paid_stays_when_only_the_year_before_changes(engine):
    first, then = talk(engine, ["巴中 我2025年断了没交 2026年1月5号交的 好久能报", "那2025年也交了的话呢"])
    computed(first)
    assert "4月5日" in first.text, first.text
    assert then.kind == "calculation", then.text
    assert "缴费之日" in then.text and "1月5日" in then.text, then.text


@pytest.mark.parametrize("turns,figures", [
    # 巴中: 居民 顺产 limit 2000 paid; 职工 standard 3500 limits a 2500 bill to 2500 → 500; 产检 800 − 500 = 300
    (["巴中 我是居民医保 顺产 住院合规2500 能报好多", "我老公是职工医保的 还能补不"], (500, 300)),
    (["巴中居民医保 生娃顺产 合规两千五 报多少", "产检费呢", "我爱人是职工医保 能补差好多"], (500, 300)),
])
def test_a_spouses_staff_scheme_after_a_birth_computes_the_top_up(engine, turns, figures):
    *_, r = talk(engine, turns)
    computed(r, *figures)
    assert "补差" in r.text, r.text


def test_a_spouses_scheme_with_no_birth_before_computes_nothing(engine):
    r = ask(engine, "我老公是职工医保 还能补不", region="巴中")
    assert r.kind != "calculation", r.text
