"""The forty-first numbers set's classes (round 42), each through the real engine with phrasings of our own:
one stay's bill asked unreferred and then, in a question of its own, referred (each filing computed,
labelled); a stay moved down to a 乡镇卫生院 (转回) after a higher one, each stay at its own tier."""
from intents.acts import each_filing
from tests.helpers import answer as ask
from tests.helpers import computed


# ---- the other filing supposed in a question of its own ------------------------------------------------

def test_the_other_filing_supposed_after_the_first_question_is_read_as_two_sides():
    sides = each_filing("在成都住院 合疗 三级医院花了2万 没转诊报好多 要是转了诊呢")
    assert sides is not None and [s for s, _ in sides][0].startswith("没"), sides
    assert "要是" not in sides[0][1] and "没转诊" in sides[0][1], sides
    assert "没转诊" not in sides[1][1], sides


def test_one_filing_alone_is_no_pair():
    assert each_filing("合疗 在重庆二级医院住院 没转诊 花了3万 能报好多") is None
    # (the supposed clause names no filing: no second side)
    assert each_filing("合疗 在重庆二级医院住院 没转诊 花了3万 能报好多 要是三级医院呢") is None


def test_unreferred_then_referred_each_computed(engine):
    # 巴中 居民 市外 二级: not referred 1000 / 60 %: (30000 − 1000) × 60 % = 17400; referred 65 %: 18850
    r = ask(engine, "屋头老人合疗 去重庆二级医院住院 合规三万 不转诊直接去报好多 如果办了转诊又报好多", region="巴中")
    computed(r, 17400, 18850)
    first, second = r.text.split("【", 2)[1:]
    assert "17,400" in first and "18,850" in second, r.text


def test_unfiled_then_filed_asked_with_the_filings_kind(engine):
    # 巴中 居民 市外 一级: not filed 1000 / 70 %: (6000 − 1000) × 70 % = 3500; 临时备案 75 %: 3750
    r = ask(engine, "居民医保 在外地一级医院住院花了6000 没备案能报多少 假如办了临时备案呢", region="巴中")
    computed(r, 3500, 3750)


def test_no_referral_said_with_bu_is_the_unreferred_row(engine):
    # "不转诊直接去": no referral — 巴中 居民 市外 三级 not referred 1000 / 50 %: (21000 − 1000) × 50 % = 10000
    r = ask(engine, "合疗 不转诊直接去西安三级医院住院 花了21000 能报好多", region="巴中")
    computed(r, 10000)
    assert "10,500" not in r.text.split("按：")[0], r.text


# ---- a stay moved back down to a 乡镇卫生院 ----------------------------------------------------------

def test_moved_back_to_the_township_hospital_is_that_stays_tier(engine):
    # 巴中 居民: 三级 700 / 60 %: (12000 − 700) × 60 % = 6780; 转回卫生院, no deductible again, 90 %: 2000 × 90 % = 1800
    r = ask(engine, "我妈在三级医院做的手术 后来转回镇卫生院养着 三级那边花了一万二 卫生院花了两千 合疗 各报好多",
            region="巴中")
    computed(r, 6780, 1800)


def test_township_said_short_before_its_bill(engine):
    # "乡镇花了…": 乡镇 alone before its bill is the 乡镇卫生院 — 巴中 居民 二级 400 / 70 %: (9400 − 400) × 70 % = 6300;
    # then 乡镇 90 % with no deductible: 2500 × 90 % = 2250
    r = ask(engine, "合疗 老汉先在二级医院住 后头转回乡镇卫生院 二级花了9400 乡镇花了2500 分别报多少", region="巴中")
    computed(r, 6300, 2250)


# ---- three or more stays of the year, each with its hospital and bill ----------------------------------

def test_three_stays_listed_are_read_one_by_one():
    from intents.slots import extract
    read = extract("今年住了三回院 头一回一级医院1800 第二回二级医院6000 第三回还是二级医院2500 各报多少")
    assert read.get("stays") == [["一级", "1800"], ["二级", "6000"], ["二级", "2500"]], read.values
    # (the count said before its word of stay, "三次住院"; a count that is not the bills' is no list)
    assert extract("三次住院 一级2000 二级5000 三级3000 各报多少").get("stays") is not None
    assert extract("住了两次院 一级2000 二级5000 三级3000 各报多少").get("stays") is None
    # (three sums with no stays told are no stays: one bill's parts, or a visit's)
    assert extract("门诊花了100 200 300 一共报多少").get("stays") is None


def test_three_stays_in_karamay_follow_the_years_deductible_rule(engine):
    # 克拉玛依 居民 住院: 一级 100 / 85 %, 二级 200 / 75 %, 三级 600 / 65 %, yearly deductible, the difference at a
    # higher tier. 一级 1800: (1800 − 100) × 85 % = 1445; 三级 9000, 600 − 100 = 500 owed: (9000 − 500) × 65 % = 5525;
    # 二级 4000, none owed after 三级: 4000 × 75 % = 3000
    r = ask(engine, "今年住了三次院 一级医院花了1800 三级医院花了9000 又在二级医院住 花了4000 分别能报多少",
            region="克拉玛依")
    computed(r, 1445, 5525, 3000, name="inpatient")


def test_three_stays_in_bazhong_each_with_its_own_deductible(engine):
    # 巴中 居民: no rule for later stays outside one course of treatment — each its own deductible:
    # 卫生院 (2000 − 100) × 90 % = 1710; 二级 (6000 − 400) × 70 % = 3920; 三级 (10000 − 700) × 60 % = 5580
    r = ask(engine, "合疗 今年住了3回院 第一回卫生院2000 第二回二级医院6000 第三回三级医院1万 各报好多", region="巴中")
    computed(r, 1710, 3920, 5580)


def test_a_stay_at_a_hospital_the_table_lacks_is_asked_never_dropped(engine):
    # 克拉玛依's table has no 卫生院 row: that stay's level is asked, never the others computed without it
    from tests.helpers import talk
    first, then = talk(engine, ["今年住了三回院 卫生院1000 三级医院8000 后来又在二级医院住 花了4000 各报好多", "一级"],
                       region="克拉玛依")
    assert first.kind == "clarify" and "第1次" in first.text, first.text
    # 一级 1000: (1000 − 100) × 85 % = 765; 三级 (8000 − 500) × 65 % = 4875; 二级 4000 × 75 % = 3000
    computed(then, 765, 4875, 3000)


# ---- a later outpatient bill said to be the year's first visit ------------------------------------------

def test_a_later_bill_said_first_after_a_visit_the_fund_pays_nothing_is_the_years_first(engine):
    # 克拉玛依 居民 普通门诊: 三级 only for 急诊 / 儿科 (nothing paid for an ordinary visit); 二级 20 per visit, 60 %:
    # said the year's first, (150 − 20) × 60 % = 78 — never the halved deductible of a second visit (84)
    r = ask(engine, "去三级医院挂普通号看病花了260 后来又去二级医院 今年头一回看门诊 花了150 各报好多", region="克拉玛依")
    computed(r, 78)
    assert "84" not in r.text.split("按：")[0], r.text


def test_first_at_another_hospital_after_a_paid_visit_is_still_the_second(engine):
    # the visit before was paid (二级 (200 − 20) × 60 % = 108): "第一次" of the 一级 hospital is not the year's
    # first — its deductible is halved, (80 − 5) × 70 % = 52.50
    r = ask(engine, "二级医院门诊花了200 后来又去一级医院第一次看 花了80 各报多少", region="克拉玛依")
    computed(r, 108, 52.5)


# ---- the hospital's tier told with 嘛 before the bill ---------------------------------------------------

def test_a_hospitals_tier_told_with_ma_is_no_question_of_its_own():
    from intents.message import is_question
    assert not is_question("县人民医院是二级的嘛")
    assert not is_question("市中心医院就是三级的嘛")
    assert is_question("市中心医院是几级的嘛")


def test_tier_told_with_ma_then_a_bill_and_a_wrong_deductible_is_computed_and_corrected(engine):
    # 巴中 居民 二级 400 / 70 %: (9000 − 400) × 70 % = 6020; the 300 the asker supposes is corrected, never used
    r = ask(engine, "县人民医院是二级的嘛 老汉住院花了九千 都是目录内的 合疗 起付线是300吧 报得到好多", region="巴中")
    computed(r, 6020)
    assert "6230" not in r.text.replace(",", ""), r.text
