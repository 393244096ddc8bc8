"""Calculations the thirteenth numbers set showed answered from an unrelated entry or asked back: a
stay's bill said with how it is paid ("起付线扣了按比例能报好多"), "符合报销6300" read as what was
paid, a stay at a 社区卫生服务中心, 起伏线 for 起付线, a stay told "住了十几天" split off as a
question of its own. Own phrasings, through the real engine (巴中 第二章二十七问, 第三章十一问)."""
from intents.message import parse
from intents.slots import extract
from tests.helpers import answer as ask
from tests.helpers import computed

# ---- the way a bill is paid, said with it, is no question for the rule ----------------------------


def test_deductible_off_then_at_the_rate_is_the_bill_computed(engine):
    # 职工 二级 400 / 82%: (9400 − 400) × 82% = 7380
    r = ask(engine, "我是职工医保 在二级医院住院 合规九千四 起付线扣了按比例报好多", region="巴中")
    computed(r, 7380)


def test_deductible_taken_off_is_no_earlier_stay():
    # "起付线扣了以后": how the bill is paid — not a deductible paid on a stay before this one
    s = extract("居民医保 三级医院住院 合规两万 起付线扣了以后报多少")
    assert "deductible_paid" not in s.values and "admission" not in s.values
    # … while one said paid is still that
    assert extract("今年起付线已经扣了 这次三级医院住院 合规两万 报多少").get("deductible_paid")


def test_qiFu_typed_qifu_with_a_hospital_and_a_bill_is_a_stay(engine):
    # 起伏线 (as typed) beside a 三级 hospital and a bill: a stay's deductible; 居民 700 / 60%:
    # (12000 − 700) × 60% = 6780
    r = ask(engine, "她是城乡居民医保 在三级医院做的手术 合规费用1万2 起伏线扣了以后报多少", region="巴中")
    computed(r, 6780)


# ---- "符合报销" before a sum is the part that qualifies -------------------------------------------


def test_fuhe_baoxiao_sum_is_the_bill_not_what_was_paid(engine):
    s = extract("职工医保 三级医院住院 符合报销的8700块 能报多少")
    assert s.get("amount") == 8700 and "reimbursed" not in s.values
    # 职工 三级 700 / 80%: (8700 − 700) × 80% = 6400
    computed(ask(engine, "巴中职工医保 三级医院住院 符合报销8700块 基本医保报销多少"), 6400)
    # "报销了3000" is still what a fund paid
    assert extract("住院花了1万 报销了3000 自己出多少").get("reimbursed") == 3000


# ---- a stay at a 社区卫生服务中心 ---------------------------------------------------------------------


def test_a_stay_at_a_community_health_centre_is_computed(engine):
    # 社区卫生服务中心 is the 乡镇卫生院 row; 职工 100 / 90%: (2100 − 100) × 90% = 1800
    r = ask(engine, "我是职工医保 住社区卫生服务中心 合规2100 报好多", region="巴中")
    computed(r, 1800)


# ---- 十几天 is a count told, not a question ---------------------------------------------------------


def test_a_count_with_ji_after_a_number_asks_nothing():
    parsed = parse("我妈是居民医保 在县医院住了十几天院 合规费用一万 医保能报好多")
    assert len(parsed.parts) == 1, parsed.parts


def test_a_stay_of_some_ten_days_with_its_bill_is_computed(engine):
    # 居民 二级 400 / 70%: (10000 − 400) × 70% = 6720
    r = ask(engine, "我妈买的城乡居民医保 这回在二级医院住了十几天院 政策范围内花了一万块 医保能报好多钱 自己出好多",
            region="巴中")
    computed(r, 6720)


def test_the_month_paid_in_a_story_reads_with_a_question_on_when_cover_starts(engine):
    # "三月十几号才去交" is the story (no longer a question): the month paid is kept for a question on
    # when the cover starts (第三章 三问: from 3月1日 a 3-month wait)
    r = ask(engine, "巴中的 去年合疗交了的 今年忘了 三月十几号才去交 交了是马上能用还是要等")
    assert "3个月" in r.text.replace(" ", ""), r.text


# ---- contributions on a base the asker gives --------------------------------------------------------


def test_a_staff_fee_asked_as_jiao_zhigong_yibao_haoduo_is_computed(engine):
    # "交职工医保好多" with the wage: 2% and 7% of it (第二章 五问)
    r = ask(engine, "在单位上班 上年度月平均工资4800 每个月个人交职工医保好多", region="巴中")
    computed(r, 96, 336)


def test_the_rate_told_on_the_base_is_not_the_base():
    s = extract("职工生育保险按缴费基数0.6% 我的工资基数六千 每月生育保险费多少")
    assert s.get("base") == 6000


def test_the_maternity_fee_with_its_rate_told_is_computed_not_a_birth(engine):
    # 灵活就业 on the minimum base: 生育保险 0.6% (第二章 七问): 4200 × 0.6% = 25.2
    r = ask(engine, "巴中职工医保 灵活就业 生育保险按0.6% 最低基数4200的话每个月交多少")
    computed(r, 25.2, name="contribution")


def test_a_flexible_worker_gets_the_large_medical_fee_on_the_same_base(engine):
    # 灵活就业: 9% and, in full, 大额补助 2% of the minimum base (第二章 五问、三十五问)
    r = ask(engine, "灵活就业 最低缴费基数是4500的话 职工医保每个月交好多 大额补助每月交好多", region="巴中")
    computed(r, 405, 90)


def test_the_civil_servant_fee_on_a_base_is_computed(engine):
    # 公务员医疗补助: 2% of the 缴费基数 (第二章 三十二问): 7200 × 2% = 144
    r = ask(engine, "巴中公务员医疗补助按缴费基数缴 基数7200 每月多少")
    computed(r, 144, name="contribution")
    assert "公务员医疗补助" in r.text.splitlines()[0], r.text


# ---- where: a covered county said in the frame of a place, a romanised name, a hospital elsewhere ----


def test_an_ordinary_word_county_said_as_where_one_is_from_places_it(engine):
    # "俺是长子的 …" (长子县): 长治; 三类收费 居民 100 / 85%: (8100 − 100) × 85% = 6800
    r = ask(engine, "俺是长子的 城乡居民医保 在二级乙等医院(三类收费)住院 合规8100 能报多少")
    computed(r, 6800)
    # … while the eldest son is not a place
    from intents.regions import detect_region
    assert detect_region("俺是长子 家里的事都得管 居民医保交多少").region is None


def test_a_region_written_in_pinyin_is_that_region():
    from intents.regions import detect_region
    assert detect_region("Karamay学生医保 门诊报多少").region == "克拉玛依"
    assert detect_region("Changzhi居民医保住院").region == "长治"


def test_a_hospital_of_an_uncovered_place_is_care_there_not_its_policy(engine):
    # "重庆三级医院住院": care in 重庆 (异地), so the asker's region is asked — never "没有重庆的政策"
    r = ask(engine, "老人居民医保 异地长期备案在重庆 重庆三级医院住院合规两万 能报多少")
    assert r.kind == "clarify" and "重庆的政策" not in r.text, r.text
    # … with the region named, the 长期备案 row (市内 rates): 巴中 居民 三级 700 / 60%: (20000 − 700) × 60%
    computed(ask(engine, "巴中老人居民医保 异地长期备案在重庆 重庆三级医院住院合规两万 能报多少"), 11580)


def test_working_away_for_good_is_the_long_term_filing():
    # the handbook's 长期备案 cases: 常驻异地工作人员, 随子女生活
    assert extract("职工医保常驻深圳工作备案了 深圳二级医院住院合规1万").get("filing") == "长期备案"
    assert extract("居民医保 随子女在成都生活 备案了 住院合规1万").get("filing") == "长期备案"


# ---- an age said with 岁, and two stays told apart ---------------------------------------------------


def test_an_age_said_with_sui_is_an_age_wherever_it_stands(engine):
    # "85岁的退休职工": the 80周岁以上 row of 大额补助 (第二章 三十六问): 无起付, 90%
    assert extract("巴中 85岁的退休职工 大额补助报好多").get("age") == 85
    r = ask(engine, "巴中 82岁的退休职工 基本医保报后剩余合规费用两万 大额补助报好多")
    computed(r, 18000)


def test_two_stays_told_apart_are_two_bills_not_their_sum(engine):
    # 长治 三类 100 / 85%, each stay its own deductible (the handbook says nothing else, and the reply
    # says so): (2100 − 100) × 85% + (4100 − 100) × 85% = 1700 + 3400 = 5100
    r = ask(engine, "长治居民医保 俺爹在县里二级乙等医院住院两回 第一回合规2100 第二回合规4100 一共报多少")
    computed(r, 1700, 3400, 5100)
    s = extract("巴中居民医保 在二级医院住院两次 第一次合规3000 第二次合规5000 一共报多少")
    assert s.get("prior_amount") == 3000 and s.get("amount") == 5000


# ---- a fund's own sum after a stay; a fee asked with no region where one handbook lost its table -----


def test_a_leftover_sum_for_a_fund_after_a_stay_is_that_funds_calculation(engine):
    # after a stay: "大病保险自付合规一万二" is what basic insurance left, for 大病保险 alone — 长治 特困
    # 5000 / 80%: (12000 − 5000) × 80% = 5600; never the stay carried on with a new bill
    from tests.helpers import talk
    r = talk(engine, ["长治居民医保 县级二级乙等医院住院 合规4100", "要是俺是特困 大病保险自付合规一万二咋算"])
    computed(r[0], 3400)
    computed(r[1], 5600)


def test_a_fee_asked_with_no_region_asks_the_region(engine):
    # 长治's fee table was an image (a gap entry), 巴中's and 克拉玛依's state theirs: the region is
    # asked, not the question refused
    r = ask(engine, "城乡居民医保一年交多少钱")
    assert r.kind == "clarify" and "地区" in r.text, r.text
    # … while an uncovered place named with 合作医疗 is that place's, refused
    r = ask(engine, "阳城县合作医疗一年交多少钱")
    assert r.kind == "unanswered" and "阳城" in r.text, r.text


# ---- a 两病 bill told by drug class ----------------------------------------------------------------


def test_a_two_diseases_bill_told_by_drug_class_is_paid_at_each_rate(engine):
    # 长治 两病: 甲类 60%, 乙类 50%: 200 × 60% + 100 × 50% = 120 + 50 = 170 (limit 260)
    s = extract("长治居民医保两病 高血压 今年甲类药200块 乙类药100块 能报多少")
    assert s.get("class_costs") == {"甲类": 200, "乙类": 100} and s.get("amount") == 300
    computed(ask(engine, "长治居民医保两病 俺是高血压 今年门诊开药甲类药200块 乙类药100块 能报多少"), 120, 50, 170)


def test_a_late_payment_for_the_current_year_said_with_bu_jiao_is_the_late_standard(engine):
    # 克拉玛依: 2025年6月30日以后 paying the current year's fee: 1200 (第2部分), 800 over 400
    s = extract("克拉玛依校区 6月30日以后补缴当年居民医保 个人要交多少")
    assert s.get("paid_after") and s.get("for_this_year")
    computed(ask(engine, "克拉玛依校区 6月30日以后补缴当年居民医保 个人要交多少"), 1200, 800)


def test_a_wage_told_with_the_minimum_base_is_bounded_by_it(engine):
    # 第二章 七问: above 300% of the minimum, 300%; below the minimum, the minimum
    r = ask(engine, "巴中职工 上年月均工资2万5 如果最低缴费基数是4000 缴费基数按多少算")
    computed(r, 12000, 240, name="contribution")
    r = ask(engine, "巴中职工 上年月均工资3000 最低缴费基数是4000的话 个人每月交好多")
    computed(r, 4000, 80)
    # the base alone is the base, as before
    computed(ask(engine, "巴中职工 缴费基数5000 个人每月交好多"), 100, 350)
