"""Round 36's colloquial classes, through the real engine, in phrasings of our own:

- two questions typed without a stop: the second asks how much a group's rate is raised, which a page on
  that group's yearly limit (不设赔付限额) never says — each answered by its own page, none stated under the
  other's (a raise asked of a rate is a change of the rate asked; the lexicon's 涨 is no one-word phrase);
- a 生育津贴 asked whether it can be had after a story telling the months: the rule's calculation;
- a stay's transfer told with a rough sum and the deductible asked by name: the row's rule, stated;
- a story naming a group with a page of its own (刑满释放) before two questions: that page answers both;
- the month of care asked whether paid after a gap and the payment told: in the wait, or after it.
"""
from bot.session import Session
from calculators.policy import policy_for
from calculators.waiting_period import waiting_period
from corpus.normalize import normalize
from corpus.qtype import missing_answer
from intents import birth_allowance
from tests.helpers import answer, ids

UNDERSTOOD = "按我的理解"


# ---- a rate raised, asked after another question with no stop -----------------------------------------

def test_a_raise_of_a_rate_is_not_given_by_a_limits_page():
    limit_page = "自2025年起，大病保险年最高赔付限额为30万元。其中，特困对象、孤儿、低保不设赔付限额。"
    assert missing_answer(normalize("特困户二次报销的比例能提高几个点"), limit_page) is not None
    assert missing_answer(normalize("特困户二次报销的比例能提高几个点"), "分段赔付比例在普通居民的基础上提高5%。") is None


def test_two_questions_without_a_stop_each_get_their_own_page(engine):
    r = answer(engine, "大病保险封顶是好多 孤儿二次报销比例能提高好多", region="巴中")
    assert ids(r) == ["bz-3-26", "bz-3-24"], r.text
    assert "30万" in r.text and "提高5%" in r.text


def test_a_rate_said_to_rise_still_finds_the_raise_page(engine):
    # (涨 said with the rate before it is the handbook's 提高; a fee's 涨 stays as said)
    r = answer(engine, "在克拉玛依连着交下去 报销比例会不会涨", region="克拉玛依")
    assert ids(r)[:1] == ["ky-12-07"], r.text
    assert engine.index.analyze("缴费标准涨了好多").terms.count("提高") == 0


# ---- 生育津贴 asked whether it can be had ---------------------------------------------------------------

def test_the_allowance_asked_whether_reads_the_months_told():
    told = birth_allowance.facts(normalize("做微商的 灵活就业 2026年二月才把生育保险交上 2026年九月生了 生育津贴到底能领不"))
    assert told == {"joined": (2026, 2), "born": (2026, 9)}


def test_the_allowance_asked_whether_after_a_story_is_the_rules_answer(engine):
    r = answer(engine, "我是跑滴滴的 灵活就业交职工医保 2026年1月才顺带把生育保险交上 2026年8月生了个儿子 "
                       "听亲戚说有生育津贴 到底能领不", region="巴中")
    assert r.kind == "calculation" and r.calculation.name == "birth_allowance", r.text
    assert "不能享受生育津贴" in r.text and "12 个月" in r.text


def test_the_allowance_asked_whether_of_a_waiting_year_gives_the_month(engine):
    r = answer(engine, "打零工的 2025年4月交上生育险 职工医保2023年起一直没断 2025年11月生了 能不能领生育津贴", region="巴中")
    assert r.kind == "calculation", r.text
    assert "2026年4月起" in r.text, r.text


# ---- a rough sum told, the deductible asked by name -----------------------------------------------------

def test_the_deductible_asked_with_a_rough_sum_is_stated(engine):
    r = answer(engine, "我妈在乡卫生院住了一个星期 后面转到县医院 县医院是二级的 一共花了万把块 她交的合疗 "
                       "县医院那头起付线是好多 能报好多", region="巴中")
    assert r.kind == "faq", r.text
    assert "300" in r.text and "70%" in r.text
    assert r.text.count("70%") == 1, r.text          # one answer under both questions
    assert "具体花了多少钱" in r.text                   # the exact sum still offered


# ---- a group's story before two questions ---------------------------------------------------------------

def test_a_release_from_prison_is_the_handbooks_group(engine):
    assert "刑满释放" in engine.index.analyze("表哥刚从牢里出来 医保咋个交").rewritten


def test_the_groups_page_answers_both_questions_after_its_story(engine):
    session = Session()
    r = answer(engine, "我表哥坐完牢回来 一直没工作 合疗去哪里交 交了多久才能报", region="巴中", session=session)
    assert ids(r) == ["bz-1-19"], r.text
    assert "户籍地" in r.text and "缴费之日" in r.text
    assert not (session.state.get("form") or {}).get("open"), session.state.get("form")


def test_a_later_question_finding_its_own_page_is_not_pulled_to_the_story(engine):
    r = answer(engine, "我表哥坐完牢回来 一直没工作 合疗去哪里交 医保码咋个激活", region="巴中")
    assert "bz-1-19" in ids(r) and len(ids(r)) == 2, r.text


# ---- the month of care after a gap and a payment --------------------------------------------------------

BZ = policy_for("巴中")


def test_care_before_the_wait_ends_is_not_paid():
    calc = waiting_period(BZ, gap_years=1, paid_month=12, paid_day=5, paid_year=2025, care_month=2)
    assert "不能报" in calc.headline and "4月1日" in calc.headline, calc.headline


def test_care_after_the_wait_is_paid():
    calc = waiting_period(BZ, gap_years=1, paid_month=3, paid_day=15, paid_year=2026, care_month=7)
    assert "已过等待期" in calc.headline, calc.headline


def test_care_on_a_day_of_the_month_the_wait_ends_is_compared_by_day():
    before = waiting_period(BZ, gap_years=1, paid_month=3, paid_day=15, paid_year=2026, care_month=6, care_day=2)
    after = waiting_period(BZ, gap_years=1, paid_month=3, paid_day=15, paid_year=2026, care_month=6, care_day=28)
    assert "不能报" in before.headline and "已过等待期" in after.headline, (before.headline, after.headline)


def test_the_month_of_care_asked_after_a_gap_is_the_waits_question(engine):
    r = answer(engine, "去年一年都没交合疗 2025年12月8号把2026年的交了 二月份看病住院能报不", region="巴中")
    assert r.kind == "calculation" and r.calculation.name == "waiting_period", r.text
    assert "不能报" in r.text and "4月1日" in r.text


# ---- a figure asserted of what goes into the 个人账户 -----------------------------------------------------

def test_an_account_rate_asserted_is_checked_against_the_accounts_rate(engine):
    r = answer(engine, "我爸退休了 他个人账户是不是每月按5%划进去", region="巴中")
    assert "2.8%" in r.text and r.text.startswith("不是5%"), r.text
    assert "个人缴费费率" not in r.text, r.text


def test_a_rate_paid_in_is_still_checked_against_what_is_paid(engine):
    r = answer(engine, "职工医保个人是不是交3%", region="巴中")
    assert "个人缴费费率是2%" in r.text and "划入" not in r.text, r.text


# ---- words people use for the handbook's terms, and a count of a list asked ---------------------------

def test_the_staff_basic_fund_said_short_finds_the_staff_yearly_limit(engine):
    r = answer(engine, "單算職工基本醫保 一年最高能報好多", region="巴中")
    assert ids(r)[:1] == ["bz-2-37"], r.text
    assert "14万" in r.text


def test_a_pharmacy_said_not_designated_is_the_handbooks_non_designated(engine):
    r = answer(engine, "特病的药在没有定点的药房拿的 能报销吗", region="巴中")
    assert ids(r)[:1] == ["bz-4-15"], r.text
    assert "未在定点" in r.text
    # (asked whether a pharmacy is designated: no non-designated case told)
    assert "未在定点" not in engine.index.analyze("这个药房是不是定点的").rewritten


def test_a_count_of_a_disease_list_is_not_given_by_one_diseases_row():
    row = "城镇职工医保：冠心病属二类门诊慢性病，限额标准430元/月/人，符合慢病审批方案的医疗费用目录内部分75%。"
    assert missing_answer(normalize("职工二类慢病一共有几种病"), row) is not None
    assert missing_answer(normalize("职工二类慢病一共有几种病"), "二类门诊慢性病（36种）：…") is None


def test_a_count_of_a_disease_list_finds_the_list(engine):
    r = answer(engine, "长治职工的二类慢性病有多少种", region="长治")
    assert not ids(r)[0].startswith("cz-zgmb-"), r.text       # (no one disease's row)
    assert "36种" in r.text


# ---- two funds asked each, a first enrolment said after a job ------------------------------------------

def test_two_funds_asked_each_get_each_funds_page(engine):
    r = answer(engine, "出院没当场结算 基本医保和大病保险分别最晚啥时候之前要去报", region="巴中")
    assert "6月底" in r.text and "7月底" in r.text, r.text


def test_just_paying_after_a_job_told_is_a_first_enrolment(engine):
    r = answer(engine, "我在厂里上班 刚交职工医保 现在怀上了 以后生孩子能报不", region="巴中")
    assert "6个月" in r.text, r.text
    assert "初次参加" not in engine.index.analyze("刚交了合疗 好久能用").rewritten


# ---- a case left unsaid: hardship of no group, the kind of filing, the hospital's tier -------------------

def test_hardship_of_no_group_is_not_one_groups_page(engine):
    r = answer(engine, "我们家条件困难 住院医疗救助能给好多", region="长治")
    assert r.kind == "clarify", r.text
    assert "易返贫致贫人口、突发严重困难人口：" not in r.text


def test_a_group_named_still_gets_its_page(engine):
    r = answer(engine, "俺家是低保户 住院医疗救助能给好多", region="长治")
    assert ids(r)[:1] == ["cz-jz-05"], r.text


def test_papers_of_a_filing_with_its_kind_unsaid_are_asked_back(engine):
    r = answer(engine, "异地备案要上传哪些材料", region="克拉玛依")
    assert r.kind == "clarify" and len(r.suggestions) >= 2, r.text


def test_papers_of_a_filing_with_its_kind_told_are_answered(engine):
    r = answer(engine, "寒假回老家看病 办备案需要传些什么材料", region="克拉玛依")
    assert ids(r)[:1] == ["ky-08-10"], r.text


def test_one_visits_limit_is_not_given_by_the_years_limit():
    year_page = "普通门诊年度限额900元。普通门诊年度内第二次及以后起付线减半（一级单次10元的减为5元）。"
    assert missing_answer(normalize("看门诊每回最多报好多"), year_page) == "单次限额"
    assert missing_answer(normalize("看门诊每回最多报好多"), "单次支付限额200元，报销比例60%") is None
    assert missing_answer(normalize("门诊一年最多报好多"), year_page) is None


def test_one_visits_limit_asked_with_no_tier_gives_each_tiers(engine):
    r = answer(engine, "看门诊每次最多报多少钱", region="克拉玛依")
    assert "单次支付限额是100元" in r.text and "单次支付限额是200元" in r.text, r.text


# ---- one's own account for a relative in another province ---------------------------------------------

def test_a_relative_placed_after_the_place_is_no_question_on_that_place(engine):
    r = answer(engine, "我有职工医保 打算把个人账户的钱转给在甘肃种地的老爸 怎么操作", region="巴中")
    assert r.kind == "faq", r.text
    assert "医保钱包" in r.text and "跨省" in r.text, r.text
    assert "甘肃的规定" in r.text          # (the relative's own side is that place's)


def test_a_relatives_own_account_is_not_the_askers():
    from intents.regions import kin_in_another_province
    assert not kin_in_another_province("我妈的个人账户 能转给在甘肃的我用不", "巴中")
    assert kin_in_another_province("我职工医保 想把个人账户的钱转给在甘肃的老爸", "巴中")
    # (a relative in another city of the region's own province: 家庭共济 holds there)
    assert not kin_in_another_province("我职工医保 想把个人账户的钱转给在成都的老爸", "巴中")


def test_a_relative_in_the_province_gets_no_cross_province_page(engine):
    r = answer(engine, "我的个人账户能给我妈交合疗不", region="巴中")
    assert "跨省" not in r.text, r.text


# ---- a tag asking the answer be given ------------------------------------------------------------------

def test_an_ok_tag_after_a_question_is_no_question_of_its_own(engine):
    from intents.message import parse
    parsed = parse("俺娘交的居民医保 有高血压 两病一年最多给报好多 行不行", engine.index.on_topic)
    assert len(parsed.parts) == 1, [p.question for p in parsed.parts]
    r = answer(engine, "俺娘交的居民医保 有高血压 两病一年最多给报好多 行不行", region="长治")
    assert "260" in r.text and "【" not in r.text, r.text


# ---- whether one's account may pay for a relative: the yes read from the page ---------------------------

def test_the_account_for_a_near_relatives_drugs_is_said_yes(engine):
    r = answer(engine, "我职工医保卡上个人账户的钱 可不可以给我外孙女买药 她交的合疗", region="巴中")
    assert "可以。" in r.text and "近亲属" in r.text, r.text


def test_the_account_for_someone_not_a_near_relative_gets_no_yes(engine):
    r = answer(engine, "我职工医保卡上个人账户的钱 可不可以给我表哥买药", region="巴中")
    assert "可以。" not in r.text, r.text


def test_money_said_to_be_in_the_account_is_the_accounts_money(engine):
    assert "有钱" not in engine.index.analyze("我职工医保个人账户里有钱 能给我爸交合疗不").terms


def test_a_count_asked_is_not_diseases_told(engine):
    # ("那几个病", some diseases told: no count asked — the page of the one named answers)
    r = answer(engine, "我妈早几年办了终末期肾病的门诊慢病 今年说三类那几个病都不要了 她还能接着报不", region="长治")
    assert "继续享受" in r.text, r.text
    # (a list numbered counts them: 门诊大病's thirteen)
    r = answer(engine, "学生医保门诊大病总共有几种病", region="克拉玛依")
    assert ids(r)[:1] == ["ky-07-15"], r.text


def test_relatives_asked_of_the_account_are_its_near_relatives(engine):
    r = answer(engine, "职工个人账户的钱 哪些亲戚可以用", region="巴中")
    assert "配偶" in r.text and "子女" in r.text, r.text


# ---- the told disease's own row, and a follow-up's disease kept ----------------------------------------

def test_the_told_diseases_row_goes_before_a_rule_for_all_it_restates(engine):
    from bot.engine import _own_disease_row_first
    hits = engine.index.search("长治居民 两病门诊用药报销比例 高血压 一年限额", region="长治", k=6)
    rule = next(h for h in hits if h.entry.id == "cz-ld-03")
    row = next(h for h in hits if h.entry.id == "cz-ld-01")
    other = next(h for h in hits if h.entry.id not in ("cz-ld-03", "cz-ld-01"))
    ordered = [rule, other, row]
    assert _own_disease_row_first(normalize("我妈有高血压 门诊买药咋报"), ordered)[0].entry.id == "cz-ld-01"
    # (no disease told, or another one: the rule for all stays first)
    assert _own_disease_row_first(normalize("门诊买药咋报"), ordered)[0].entry.id == "cz-ld-03"
    assert _own_disease_row_first(normalize("我妈有糖尿病 门诊买药咋报"), ordered)[0].entry.id == "cz-ld-03"


def test_a_follow_ups_disease_is_not_read_away(engine):
    from tests.helpers import talk
    replies = talk(engine, ["俺有糖尿病 不是Ⅰ型 一直吃着药 新农合门诊的药钱咋报", "俺老伴高血压呢"], region="长治")
    assert "260" in replies[1].text, replies[1].text


def test_a_disease_in_a_story_after_the_question_may_still_be_read_away(engine):
    # (only a follow-up's own disease is kept in every reading: one told after the question, why it is asked,
    # is the story's — the question alone finds the 大病 cap)
    r = answer(engine, "合疗的大病保险一年最多赔好多 我妈肺癌治了好几年了", region="巴中")
    assert ids(r)[:1] == ["bz-3-26"] and "30万" in r.text, r.text


def test_a_relative_there_said_with_that_side_and_the_accounts_money(engine):
    r = answer(engine, "我是巴中的职工医保 个人账户的钱能不能帮贵州那边老爸交合疗", region="巴中")
    assert "医保钱包" in r.text and "跨省" in r.text, r.text
