"""Classes read from the colloquial-32 failures, each asked in our own words (none is in eval/):

- an English word spaced inside a Chinese clause, as people who mix scripts type it: the spaces change
  script and end no clause, so the clause after it is a question of its own, not lost to fragments;
  paying late said in English or Chinese (late, 交晚了) is missing the payment period, a date due (due)
  the deadline."""
from intents.message import parse, voiced
from tests.helpers import answer, ids


def test_an_english_word_spaced_inside_a_clause_is_part_of_it():
    assert voiced("学校医保 due 是几号 要是 miss 了咋办") == "学校医保due是几号 要是miss了咋办"
    # (an English word at the edge, or a word of thanks between two questions, still stands apart)
    assert voiced("hi 住院报多少 thx 门诊呢") == "hi 住院报多少 thx 门诊呢"
    # (... and after a question asked, the word opens the next one)
    assert voiced("学校医保一年多少钱 due 是哪天") == "学校医保一年多少钱 due是哪天"


def test_two_questions_with_english_words_are_two_parts():
    parts = parse("hey 学校医保 due 是几号 万一 late 了有啥后果").parts
    assert [p.question for p in parts] == ["学校医保due是几号", "万一late了有啥后果"]


def test_the_deadline_and_paying_late_in_english_each_get_their_page(engine):
    r = answer(engine, "hey 学校医保 due 是几号 万一 late 了有啥后果", region="克拉玛依")
    assert r.kind == "faq", r.text
    assert ids(r)[:2] == ["ky-02-10", "ky-02-11"], r.text
    assert "1月10日" in r.text and "等待期" in r.text, r.text


def test_money_spent_on_an_emergency_visit_is_not_a_birth_page(engine):
    # (花的钱 said of a visit: 花 and 钱 apart matched a birth page's phrasing of what was spent)
    r = answer(engine, "职工医保 看急诊了没住院 门诊那次花的钱怎么报", region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "bz-2-31", r.text
    assert "纳入住院" in r.text, r.text


def test_papers_named_then_asked_which_is_the_papers_kind():
    from corpus.qtype import missing_answer
    rate_row = "普通门诊，一级医疗机构：起付线10元（单次），报销比例70%。"
    assert missing_answer("回来报销资料需要些什么", rate_row) == "材料"
    assert missing_answer("报销材料都要啥", "发票、明细单、处方原件") is None


def test_papers_asked_after_a_tier_told_get_the_papers_page(engine):
    # (the tier of the hospital is the story; a rate row of that tier names no paper)
    r = answer(engine, "放假在老家的二级医院看了门诊 报销资料需要些什么", region="克拉玛依")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "ky-10-01", r.text
    assert "发票" in r.text, r.text


def test_the_most_paid_back_in_a_year_is_a_limit_asked():
    from corpus.qtype import missing_answer
    fee = "2026年度校区学生居民医保个人缴费标准为400元。"
    assert missing_answer("学生医保大病保险1年最多报多少", fee) == "限额"
    assert missing_answer("大病保险封顶是多少", "一般人员年度限额30万元。") is None
    # (the rate of a case told with it in a follow-up, "要是去外地住院没备案呢", is no fee page)
    assert missing_answer("住院1年最多报多少", "未备案的，报销比例降低15%。") is None
    # (a rate asked with it is the rate's question)
    assert missing_answer("一年最多报几成", fee) != "限额"


def test_a_year_limit_asked_of_the_serious_illness_cover_is_not_the_fee_page(engine):
    r = answer(engine, "克拉玛依上学的 学生大病保险每年最多能赔多少", region="克拉玛依")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "ky-07-16", r.text
    assert "30万" in r.text, r.text


def test_whether_anything_is_paid_is_a_kind_a_definition_does_not_give():
    from corpus.qtype import missing_answer
    definition = "“两病”即轻症“高血压、糖尿病”。具体指病情没有达到慢病认定标准的高血压和糖尿病。"
    assert missing_answer("有没得啥子报销", definition) == "有无报销"
    assert missing_answer("吃药有没有什么补助", "降压药费用报销50%") is None


def test_the_story_of_two_illnesses_then_whether_anything_is_paid_gets_the_rates(engine):
    # (the story says what 两病 is word for word; what is asked is whether, and what, it pays)
    r = answer(engine, "我爸血糖高 天天吃降糖药 可又不够办门慢 有没有什么报销", region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "bz-4-19-tnb", r.text
    assert "50%" in r.text and "300" in r.text, r.text


def test_a_county_office_hours_asked_get_that_countys_row(engine):
    # (the search reads no county's name: another county's row was taken, or none was sure)
    r = answer(engine, "通江县医保中心下午好久关门")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "bz-7-04-f", r.text
    assert "17:00" in r.text, r.text
    # (a county whose hours the table leaves empty: its row, which says so)
    r = answer(engine, "平昌县医保局早上好久开门")
    assert ids(r)[0] == "bz-7-04-g", r.text
    assert "空的" in r.text, r.text


def test_a_break_of_days_is_under_a_month():
    from intents.slots import extract
    assert extract("从居民医保换成职工医保 中间断了十几天").get("gap_months") == 0
    assert extract("合疗转职工医保 断了两个月").get("gap_months") == 2


def test_a_switch_told_then_its_break_asked_is_computed_not_asked_back(engine):
    # (the two schemes were told as a switch in the clause before; carried as two names they read as
    # two schemes of one person, and the scheme was asked back)
    r = answer(engine, "原来交的新农合 准备换成职工医保 可不可以两个都交 换的时候断了十几天 要等待期不", region="巴中")
    assert "职工 / 居民" not in r.text, r.text
    assert "不到 1 个月" in r.text and "3 个月" in r.text, r.text


def test_the_sichuan_i_would_ask_leaves_no_clause_behind():
    from intents.message import without_filler
    assert without_filler("女儿叫我过去住 我想问哈我过去了看病咋个报") == "女儿叫我过去住 ，我过去了看病咋个报"


def test_going_to_live_with_a_child_is_living_there():
    from intents.message import story_slots
    assert story_slots("女儿喊我跟她去成都住").get("living")
    # (working there is no living there of the 随子女 kind)
    assert not story_slots("儿子在浙江打工").get("living")


def test_a_benefits_step_at_the_hospital_is_no_medical_advice(engine):
    r = answer(engine, "血压高 要不要自己去医院开个证明才能享受两病待遇", region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "bz-4-20", r.text
    # (whether to see a doctor at all still is)
    assert answer(engine, "头疼要不要去医院", region="巴中").kind == "unanswered"


def test_whether_a_visit_has_a_deductible_is_answered_for_both_schemes(engine):
    # (residents pay none, workers 200 a year: with no scheme said, both pages — the workers' one was
    # phrased without a yes-or-no, which the 门特 pages' "有没得起付线" took)
    r = answer(engine, "门诊看病有没有起付线", region="巴中")
    assert r.kind == "faq", r.text
    assert {"bz-3-18", "bz-2-39"} <= set(ids(r)), r.text
    assert "不设起付线" in r.text and "200" in r.text, r.text
