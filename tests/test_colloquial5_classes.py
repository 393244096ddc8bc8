"""Classes of failure read on the strangers' colloquial-5 set, each asked in our own words through
the real engine: a payment month said 元月, …"""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text", ["巴中合疗我元月份才交上 啥时候能用", "巴中居民医保是元月二十号交的 好久开始能用"])
def test_a_payment_in_yuanyue_is_january(engine, text):
    # 元月 is January: inside the 集中缴费期, cover from the day of payment, nothing asked back
    r = ask(engine, text)
    assert r.kind == "calculation", r.text
    assert "1月" in r.text and "缴费之日" in r.text, r.text


@pytest.mark.parametrize("text", ["巴中 外孙女出生都三个多月了才去上医保 啥时候开始能报", "巴中娃娃生下来有五个多月了 现在交医保从好久算"])
def test_a_newborn_enrolled_months_after_birth_is_covered_from_payment(engine, text):
    # 巴中 第三章 七问: over 90 days after birth, cover runs from the day of payment; "三个多月" is told
    r = ask(engine, text)
    assert "缴费之日" in r.text and "自出生之日起享受" not in r.text, r.text


@pytest.mark.parametrize("text", ["巴中 单位拖欠了我好几个月的医保费 现在看病还能报吗", "巴中 公司欠了我几个月医保费 看病受影响不"])
def test_an_employer_owing_fees_gets_the_arrears_rule_not_a_first_enrolment(engine, text):
    # 巴中 第二章 二十三问: the months owed decide; without them the rule, never "初次参保 6 个月"
    r = ask(engine, text)
    assert "第4个月" in r.text and "初次" not in r.text, r.text


@pytest.mark.parametrize("text", ["我刚在巴中入职 单位给我买了医保 多久能用", "巴中 刚进厂上班 厂里交的医保要等多久才能报"])
def test_a_new_job_is_the_staff_first_enrolment(engine, text):
    # 巴中 第二章 六问: 初次参加职工医保, 6 months from the first payment
    r = ask(engine, text)
    assert "6 个月" in r.text or "6个月" in r.text, r.text


@pytest.mark.parametrize("text", ["断保有几年了 听人说补缴能让等待期短点 巴中是啷个搞的",
                                  "医保断了几年 据说多交钱可以少等 巴中这边咋弄"])
def test_a_bare_how_clause_is_read_with_the_story_before_it(engine, text):
    # "巴中是咋个弄的" alone names nothing: the story says what is asked (第三章 十问, 修复变动等待期)
    r = ask(engine, text)
    assert r.kind in ("faq", "calculation") and "修复" in r.text, r.text


@pytest.mark.parametrize("text,months", [
    ("我原来在巴中一直交新农合 交了五六年 今年三月入职了 公司给我交职工医保 中间空了三个多月 要等多久能用", "6 个月"),
    ("以前在巴中交居民医保好几年 后来进了厂交职工医保 中间断了两个月 多久才能报", "0 个月")])
def test_a_new_job_after_years_of_resident_cover_is_a_switch_of_schemes(engine, text, months):
    # 巴中 第一章 二十六: 居民 then a job's 职工医保 is a switch (not two schemes at once); over 3 months' gap, 6 months
    r = ask(engine, text)
    assert r.kind == "calculation" and f"等待期 {months}" in r.text and "第一章 二十六" in r.text, r.text


@pytest.mark.parametrize("text", ["我买了个百万医疗险 住院了能和合疗一起报吗", "医保个人账户的钱可以买营养品不",
                                  "克拉玛依医保局的局长叫啥", "帮我写一份病假条 明天要去医院复查"])
def test_what_no_handbook_covers_is_refused_not_asked_about_a_region(engine, text):
    # a commercial product, goods that are no 医药费用, who holds an office, writing a note: no region's
    # handbook says, so asking "您在哪个地区参保" would only delay an honest refusal
    r = ask(engine, text)
    assert r.kind == "unanswered" and "不在我的医保政策手册范围内" in r.text, r.text


@pytest.mark.parametrize("text", ["巴中 我血糖高一直吃降糖药 不够慢病 两病能报好多",
                                  "巴中 我爸高血压天天吃降压药 还没达到慢病 这种两病一年能报多少"])
def test_chronic_said_as_not_reached_is_the_two_diseases_row(engine, text):
    # 巴中 第四章 十九问: 两病 is 轻症, not yet 门诊慢病 — "没达到慢病" names no 慢病 row
    r = ask(engine, text)
    assert "两病" in r.text and "50%" in r.text, r.text
    assert not r.sources or "4-03" not in (r.sources[0].entry_id or ""), r.sources


@pytest.mark.parametrize("clause", ["他一直在领失业保险金", "药是在街上一个小诊所拿的", "那家不是定点的"])
def test_a_story_of_what_the_asker_lives_on_or_where_the_drugs_came_from_is_kept(engine, clause):
    # the case the question is about: read with it, not dropped as chat
    assert engine.index.on_topic(clause)


def test_filler_closed_with_emoji_is_still_filler(engine):
    # "急急急🔥🔥" is chat, as "急急急" is: its words are no unknown topic that refuses the question
    r = ask(engine, "克拉玛依校区医保最晚哪天交 急急急😭😭")
    assert r.kind == "faq" and "1月10日" in r.text, r.text


@pytest.mark.parametrize("text", ["喂 问一哈 我们家的合疗今年一个人交好多 巴中恩阳的", "喂喂 我问一哈 巴中合疗今年个人要交好多钱"])
def test_a_hello_is_filler_not_an_unknown_topic(engine, text):
    # "喂", "问一哈" open a call or a chat: no word of what is asked
    r = ask(engine, text)
    assert r.kind == "faq" and "400" in r.text, r.text


def test_two_short_count_questions_each_get_their_count(engine):
    # "门诊慢病有几种" is an entry's own question in other words, short as it is: not "比较笼统"
    r = ask(engine, "巴中门诊慢病是几种呀 门诊特病是几种呀")
    assert "33" in r.text and "29" in r.text and "笼统" not in r.text, r.text


def test_a_lone_common_word_is_still_vague(engine):
    r = ask(engine, "巴中慢病")
    assert r.kind == "clarify", r.text


@pytest.mark.parametrize("text,paid", [("长治 俺娘大病保险报完了 自己还出了8万 还能再报点不", "15,000"),
                                       ("长治居民 大病赔了以后个人还掏了4万 能再报不", "0")])
def test_what_is_left_after_the_serious_illness_fund_gets_its_second_layer_only(engine, text, paid):
    # 长治 居民大病保险: 大病保险报销后，个人合规自付超过5万元以上部分再按50% — the amount is not 大病's base again
    r = ask(engine, text)
    assert r.kind == "calculation" and f"再报约 {paid} 元" in r.text and "5万" in r.text, r.text
    assert "75%" not in r.text


def test_a_basic_cap_corrected_upward_names_the_serious_illness_cap_beside_it(engine):
    # 长治: 居民住院封顶 7万; the 10万 people have in mind is often basic and 大病 together (大病 40万)
    r = ask(engine, "长治城乡居民住院一年最多报15万对吧")
    assert r.text.startswith("不是") and "7万" in r.text and "40万" in r.text, r.text
    assert any("大病" in s.section for s in r.sources), [s.section for s in r.sources]


def test_a_story_word_no_entry_has_does_not_refuse_the_question_after_it(engine):
    # "打工" (where the daughter works) is the story; what is asked, 门诊 across provinces, an entry says
    r = ask(engine, "俺女婿在北京干活 他是长治居民医保 在北京看门诊咋报")
    assert r.kind == "faq" and "10个百分点" in r.text, r.text


@pytest.mark.parametrize("text,entry", [
    ("我大伯是特困供养户 在巴中 他的合疗钱还用自己交吗", "bz-3-06-b"),          # the group's own entry, not 筹资
    ("巴中 去年交了居民医保 今年又在公司交了职工医保 居民那份钱退得回来不", "bz-1-23"),   # 重复参保 退费
    ("石大克拉玛依 毕业了进公司上班 学校的医保咋办", "ky-09-02"),              # work, not 回老家
])
def test_a_question_about_one_group_or_case_gets_its_own_entry(engine, text, entry):
    r = ask(engine, text)
    assert r.kind == "faq" and r.sources and r.sources[0].entry_id == entry, (r.sources, r.text)


def test_the_serious_illness_deductible_is_said_as_the_handbook_says_it(engine):
    # 长治 居民大病保险: "个人合规自付费用超过1万元以上部分 … 75%"
    r = ask(engine, "长治 俺娘住院 基本医保报完自己还出了一万五 大病保险能给报多少")
    assert r.kind == "calculation" and "超过起付线1万元的部分" in r.text and "75%" in r.text, r.text


@pytest.mark.parametrize("text", ["巴中 我的合疗从来没断过 大病保险限额会提高不", "巴中居民医保一直不断交 大病保险封顶能加多少"])
def test_a_gap_said_negated_is_years_in_a_row(engine, text):
    # 不断交, 没断过: 连续参保 (第三章 九问), never the 断保 entries that 断交 alone folds into
    r = ask(engine, text)
    assert "提高" in r.text and "每断保" not in r.text, r.text


def test_a_year_said_as_a_word_the_entries_say_too_stays_in_the_question(engine):
    # "去年的票据" is what is asked (克拉玛依 第10部分: 当年票据当年报), not a year to read the question without
    r = ask(engine, "去年的发票今年在克拉玛依校区还能报不")
    assert r.sources and r.sources[0].entry_id == "ky-10-10", (r.sources, r.text)


def test_what_is_told_after_the_question_is_no_reading_of_it_alone(engine):
    # the question is the first clause (怎么暂停); the clauses after it tell why, and alone ask nothing
    r = ask(engine, "户籍地四川的居民医保要怎么停掉 我在克拉玛依校区读书 打算在学校交")
    assert r.sources and r.sources[0].entry_id == "ky-04-01", (r.sources, r.text)
