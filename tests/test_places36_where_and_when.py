"""Where a case lies and which year it asks, read from what people tell: a relative in another province
(the account), cover or a 慢特病 brought from there, a home province beside the school's cover, the
benefits the handbook gives for home only, a later year's figure checked, a student's holiday at home,
graduate school elsewhere, the campus's office. Own phrasings, through the real engine."""
from tests.helpers import answer, ids


def test_the_account_for_a_relative_in_another_province_is_the_wallet_not_the_in_province_pooling(engine):
    # 巴中 第一章 三十四、三十五: 医保钱包 … 破解职工个人账户跨省共济难题, 代缴居民医保 (家庭共济, 第七章 二问: 省内)
    r = answer(engine, "我是巴中的职工医保 个账能不能给在西安的老爸交居民医保", region="巴中")
    assert ids(r)[0] == "bz-1-35-a" and "医保钱包" in r.text and "跨省" in r.text, r.text
    r = answer(engine, "我爸妈在贵州 我的个人账户能给他们交合疗吗", region="巴中")
    assert ids(r)[0] == "bz-1-35-a", r.text
    # (a relative with no province said is the plain 代缴 page's, and a relative within it the pooling's)
    r = answer(engine, "职工医保 个账能给我妈交合疗吗", region="巴中")
    assert ids(r)[0] != "bz-1-35-a", r.text


def test_a_chronic_disease_recognised_in_the_province_the_cover_came_from(engine):
    # 巴中 第四章 十六问: 省外通过参保关系转移接续…提供原参保地纳入门诊慢特病管理相关资料，由转入地确认纳入
    r = answer(engine, "从浙江那边把医保转回巴中了 在浙江认定的慢病还认不认", region="巴中")
    assert ids(r)[0] == "bz-4-16" and "原参保地" in r.text, r.text


def test_a_home_province_told_beside_the_schools_cover_is_no_uncovered_place(engine):
    # the cover is the campus's (学校交的); care in the home province is care elsewhere for it
    r = answer(engine, "家在河北 医保是学校交的 在石家庄住院 起付线多少", region="克拉玛依")
    assert r.refusal != "uncovered_place" and "600" in r.text, r.text
    # ... with the filing kinds' rule beside the campus's table (长期 同参保地, 临时 降低20%)
    assert "降低20%" in r.text, r.text
    # a school there is that place's cover
    r = answer(engine, "在河北学校交的医保 住院起付线多少", region="克拉玛依")
    assert r.refusal == "uncovered_place", r.text


def test_a_benefit_the_handbook_gives_for_home_only_asked_at_a_long_term_filings_place_is_referred(engine):
    # 巴中 第二章 三十九问: 职工门诊统筹 — no word of it at a place of filing (第三章 十一问's rows are 住院's)
    r = answer(engine, "俺是职工医保 长期住在杭州 备过案了 在杭州看普通门诊 门诊统筹能用吗", region="巴中")
    assert r.kind == "unanswered" and "长期异地居住的地方" in r.text, r.text


def test_a_dated_figure_checked_for_a_later_year_with_the_dialects_closing_bu(engine):
    # 巴中 第三章 二十三问: 以上比例为2024—2026年度的赔付比例 — 2028's are not given
    r = answer(engine, "2028年大病保险还是60% 70% 85%这个比例不", region="巴中")
    assert r.kind == "unanswered" and "2028年度" in r.text, r.text
    assert r.text.count("手册没有写") == 1, r.text          # (three figures of one table: said once)


def test_a_student_home_for_the_holidays_in_an_emergency_stay_is_the_home_return_rule(engine):
    # 克拉玛依 第8部分（一）: 学生因休学、放假等原因返乡，突发疾病急诊治疗需转为住院的诊疗费用，可以享受…
    r = answer(engine, "放寒假回湖南老家 突然肚子疼去急诊 后来住院了 学校的医保管不管", region="克拉玛依")
    assert ids(r)[0] == "ky-08-01", r.text
    # ... while a visit paid in full there is the campus's claim (克外就诊证明, 寒暑假)
    r = answer(engine, "寒假回湖南老家 在县医院看了个门诊 全是自费 能报吗", region="克拉玛依")
    assert ids(r)[0] in ("ky-10-01", "ky-10-08") and "J1-II-702" in r.text, r.text


def test_admitted_to_graduate_school_elsewhere_is_the_going_on_to_study_page(engine):
    # 克拉玛依 第9部分: 继续深造（全日制研究生）…可以在就读高校或科研所在地参加城乡居民基本医疗保险
    r = answer(engine, "考上了外地学校的研究生 医保去哪交", region="克拉玛依")
    assert ids(r)[0] == "ky-09-03" and "就读高校" in r.text, r.text


def test_the_campus_office_named_places_the_question_and_papers_handed_in_at_school_are_the_claim(engine):
    # 克拉玛依 第10部分（二）: 材料移交至…J1-II-702办公室 … 报销时间大约为60个工作日
    r = answer(engine, "单据送到J1-II-702了 啥时候到账")
    assert r.kind == "faq" and r.region == "克拉玛依" and "60个工作日" in r.text, r.text
    # 第8部分（一）: 异地备案后…直接就医结算费用，无需后续报销流程
    r = answer(engine, "在老家住院 已经备过案了 还要回学校交发票吗", region="克拉玛依")
    assert ids(r)[0] == "ky-08-02", r.text
