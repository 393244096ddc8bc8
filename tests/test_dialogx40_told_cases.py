"""Conversations, round 40x, as classes in own phrasings through the real engine: a filing told done
(its kind said before) carried into a stay elsewhere computed later; a 大病保险 sum said as what the
asker paid of the 合规 part; a 两病 case told in a doctor's words."""
from tests.helpers import answer, computed, ids, talk


# ---- living with a child elsewhere for good, then "备了案": the 长期 filing, whose stays pay as 市内
# (巴中 第一章 二十八问: 村民长期异地随子女生活; 第三章 十一问: 长期备案 起付线和比例与市内同等级相同;
#  居民 三级 700 起付, 60%)

def test_a_long_stay_with_a_child_then_filed_is_the_long_filing_in_a_later_bill(engine):
    *_, r = talk(engine, ["我去杭州跟着女儿住 以后就在那边了", "已经备好案了 在那边住院咋报",
                          "合疗 在杭州三级医院住院 合规一万二"], region="巴中")
    computed(r, 6780, name="inpatient")
    assert "长期备案" in r.text, r.text


def test_a_filing_only_asked_about_is_not_taken_as_the_askers(engine):
    _, r = talk(engine, ["临时备案要带什么东西", "合疗 在杭州三级医院住院 合规一万二"], region="巴中")
    assert r.kind == "clarify" and "备案" in r.text, r.text


def test_a_long_filing_said_done_carries_into_the_bill(engine):
    _, r = talk(engine, ["我在厦门办了长期备案", "居民医保 在厦门二级医院住院 合规五千"], region="巴中")
    computed(r, 3220, name="inpatient")


# ---- 大病保险 on the 合规 part the asker paid, said with 出 / 付 (长治 居民大病: 超1万 75%)

def test_the_compliant_part_paid_said_with_chu_is_the_serious_illness_sum(engine):
    r = answer(engine, "居民大病保险怎么算 我爸住院 基本医保报了以后个人付的合规费用两万", region="长治")
    computed(r, 7500)


def test_the_homophone_of_dabing_with_the_sum_paid_is_computed(engine):
    r = answer(engine, "居民大兵保险咋算 医保报完了自己出的合规部分四万", region="长治")
    computed(r, 22500)


# ---- 两病 told as the doctor's words: the 两病 benefit's page, not the 两病 filing (家庭医生签约) page
# (巴中 第四章 十九问: 50%, 高血压 200, 糖尿病 300)

def test_a_doctors_words_do_not_pull_to_the_family_doctor_page(engine):
    r = answer(engine, "我妈血糖高 医生讲够不上门慢的标准 降糖药能报销吗", region="巴中")
    assert r.kind == "faq" and "300" in r.text and "50%" in r.text, r.text
    r = answer(engine, "血压偏高 大夫说还不够门慢 降压药能报销吗", region="巴中")
    assert r.kind == "faq" and "200" in r.text and "50%" in r.text, r.text


def test_a_student_told_with_high_blood_pressure_gets_the_two_diseases_row(engine):
    r = answer(engine, "我是博士生 血压高 在一级医院拿降压药报多少", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-07-05" and "700" in r.text, r.text


# ---- when the account is paid and how much goes in, asked in one message: both answered
# (巴中 第二章 十问: 参保缴费当月计入; 十一问: 在职 2%)

def test_when_and_how_much_of_the_account_are_two_questions(engine):
    r = answer(engine, "个人账户啥时候到钱 每个月打多少进来", region="巴中")
    assert r.kind == "faq" and "当月" in r.text and "2%" in r.text, r.text


# ---- a student's holiday at home, then the filing asked naming no kind: the 户籍地 row; no time to file and
# a stay, what now: the claim through the campus office said with the page (克拉玛依 第8部分、第10部分（二）)

def test_a_filing_asked_after_a_holiday_at_home_is_the_home_registration_row(engine):
    first, r = talk(engine, ["放暑假回老家了 在老家生病了医保能报吗", "那备案要交些什么"], region="克拉玛依")
    assert ids(first)[0] == "ky-08-01", first.text
    assert r.kind == "faq" and ids(r)[0] == "ky-08-10" and "户口" in r.text, r.text


def test_no_time_to_file_before_a_stay_gets_the_claim_route(engine):
    r = answer(engine, "寒假在老家突发急病住院 没来得及备案 这下咋整", region="克拉玛依")
    assert r.kind == "faq" and "J1-II-702" in r.text, r.text
