"""Classes of the fortieth colloquial set's misses, in our own words, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, talk


@pytest.mark.parametrize("text,region,figures", [
    # the second kind asked without the verb, the first clause's 报 / 给 carried (巴中 第三章 十四问:
    # 居民 顺产 2000, 难产（含剖宫产）3500; 第二章 二十八问: 职工 顺产 3500, 难产 5500)
    ("新农合剖宫产赔好多 自然分娩又是好多", "巴中", (2000, 3500)),
    ("居民医保顺生能给多少钱 剖宫产要多少", "巴中", (2000, 3500)),
    ("职工医保 难产赔几多 顺产也是几多吗", "巴中", (3500, 5500)),
])
def test_second_delivery_asked_without_its_verb_is_computed_too(engine, text, region, figures):
    r = computed(ask(engine, text, region=region), *figures)
    assert "【顺产】" in r.text and "【剖宫产】" in r.text, r.text


@pytest.mark.parametrize("text", [
    # a band of the 大病保险 table asked as a follow-up, two figures joined with nothing after them
    "合疗大病保险 10万以内赔几成 10万至20万又是几成",
    "城乡居民大病保险赔付比例 十万到二十万呢",
])
def test_a_band_asked_by_its_range_is_the_rule_not_a_bill(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    # 巴中 第三章 二十三问: 10万元以上至20万元（含）的部分赔付70%
    assert "70%" in r.text, r.text


def test_a_range_said_as_a_bill_stays_a_bill():
    from intents.slots import extract
    assert extract("住院花了3万到5万 能报多少").values.get("amount") == 30000
    assert extract("大病保险10万到20万呢").values.get("amount") is None
    assert extract("2万至5万报几成").values.get("amount") is None


@pytest.mark.parametrize("text,region", [
    # 巴中 and 克拉玛依 pay a stay by the hospital's tier and never say a county's hospital's tier
    ("新农合在县里的医院住院 门槛费多少", "巴中"),
    ("老汉住的县城那个医院 居民医保报几成", "巴中"),
    ("区医院住院起付标准好多 我是城乡居民", "巴中"),
    ("住县医院的话起付标准是多少", "克拉玛依"),
])
def test_a_county_hospital_of_unsaid_tier_is_asked_its_tier(engine, text, region):
    r = ask(engine, text, region=region)
    assert r.kind == "clarify" and r.missing_slots == ["tier"], r.text
    assert "几级" in r.text and "400" not in r.text, r.text


def test_the_tier_told_next_answers_the_county_hospital_question(engine):
    from tests.helpers import talk
    first, then = talk(engine, ["合疗在县里医院住院 报销比例多少", "三级的"], region="巴中")
    assert first.kind == "clarify", first.text
    # 巴中 第三章 十一问: 三级 起付700元、报销60%
    assert "700" in then.text and "60%" in then.text, then.text


def test_a_county_hospital_where_the_table_has_a_county_column_gets_its_rows(engine):
    # 长治 居民住院待遇: 二类 县级 400 / 75 %, 三类 (二级乙等及以下) 100 / 85 %
    r = ask(engine, "合疗县医院住院报销比例多少", region="长治")
    assert r.kind == "faq" and "75%" in r.text and "85%" in r.text, r.text


def test_a_county_hospital_with_its_tier_said_keeps_its_row(engine):
    r = ask(engine, "县医院是三级的 合疗住院起付线多少", region="巴中")
    assert r.kind == "faq" and "700" in r.text, r.text


@pytest.mark.parametrize("text,region", [
    # a bill with the cover just paid for and nothing said of the year before: the wait decides
    ("居民医保 刚交的 二级医院住院花了六千 能报多少", "巴中"),
    ("合疗是上个月才交的 三级医院住院一万二 报好多", "巴中"),
    ("医保今年才交的 在三级医院住了院 花了九千 能报多少", "克拉玛依"),
])
def test_a_bill_with_the_cover_just_paid_asks_before_it_is_stated(engine, text, region):
    # (where a late payer's wait is the region's rule, the form asks whether it is over — numbers40a's
    # question; elsewhere the handbook's words on paying late and the facts that decide it)
    r = ask(engine, text, region=region)
    assert r.kind == "clarify" and "等待期" in r.text, r.text


def test_a_bill_with_the_year_before_paid_too_still_asks_the_wait(engine):
    # (cover held last year, and this year's paid "just now": paid after the window, 巴中's fixed wait of
    # three months still runs — so whether it is over is asked, never a sum stated as paid)
    r = ask(engine, "合疗去年也交了的 今年刚交的 住院花了一万 三级医院 能报多少", region="巴中")
    assert r.kind == "clarify" and "等待期" in r.text, r.text
    computed(talk(engine, ["合疗去年也交了的 今年刚交的 住院花了一万 三级医院 能报多少", "过了"], region="巴中")[-1], 5580)


def test_just_paid_is_no_fee_nor_deposit():
    from intents.slots import extract
    assert extract("我刚交了押金3000 住院能报多少").values.get("paid_just") is None
    assert extract("医保才交了两百块").values.get("paid_just") is None
    assert extract("合疗才买了没几天 住院花了五千").values.get("paid_just") is True


@pytest.mark.parametrize("text", [
    # the day the cover holds from said as a holiday, to be checked: the wait computed (巴中 第三章 十问 例二:
    # 断保一年、集中缴费期内1月1日前缴费 → 4月1日起享受待遇)
    "居民医保 2025年断了没交 2025年11月交了2026年的 元旦就可以报了吧",
    "去年一年没参保 12月把今年的交了 过完年住院能报不",
])
def test_a_holiday_said_as_the_day_cover_starts_gets_the_wait(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "calculation" and "4月1日" in r.text, r.text


def test_a_first_year_of_cover_is_no_payment_just_made():
    # (a student's first year, paid with the school in the window: the years counted, no wait asked)
    from intents.slots import extract
    assert extract("大一刚参保第一年 三级医院住院花了一万二").values.get("paid_just") is None
    assert extract("她医保才交两年 住院花了八千").values.get("paid_just") is None
