"""Conversations, round 36x (a stranger's conversations written from the handbooks): the classes they
showed, in own phrasings, through the real engine."""
from intents import acts
from intents.slots import extract
from tests.helpers import computed, ids, talk


# ---- a question put first after a word asking to wait ("等哈先问个事 …"), two asks run together: each
# answered, the form waiting asked again once and filled by the next fact (巴中 第三章 三问、六问)

def test_questions_put_first_after_a_wait_word_are_answered_and_the_form_waits(engine):
    first, r, last = talk(engine, ["帮我算下我老汉住院能报好多 他是合疗",
                                   "稍等 先问一下 2026年合疗个人交好多钱 截止到哪天",
                                   "他住的二级医院 合规费用一万"], region="巴中")
    assert first.kind == "clarify", first.text
    assert r.kind == "faq" and "400" in r.text and "2月28日" in r.text, r.text
    assert "还差一项" in r.text, r.text
    computed(last, 6720, name="inpatient")          # (10000 − 400) × 70 %


# ---- "那算了" / "那就不用了": a cancel with "then" before it, never a question for staff

def test_a_cancel_after_then_is_a_cancel():
    for said in ("那算了 不用了", "那就算了吧", "那不用了 谢谢"):
        assert acts.is_cancel(said), said
    assert acts.cancel_lead("那算了 问一下 医保码怎么激活") == "医保码怎么激活"
    assert not acts.is_cancel("那算了多少"), "a figure asked is no cancel"


def test_a_form_given_up_with_then_is_not_sent_to_staff(engine):
    _, r = talk(engine, ["帮我算下住院报销 合疗的", "那就算了 不用了"], region="巴中")
    assert r.kind == "clarify" and "工作人员" not in r.text, r.text


# ---- the scheme told as the answer to the form's question, where the handbook lost that scheme's stay
# table (长治 职工住院: an image): said at once, no level or bill asked in vain

def test_a_lost_table_is_said_when_the_scheme_is_told_to_the_waiting_form(engine):
    first, r = talk(engine, ["俺想帮俺娘算一下住院能报多少", "她是职工医保"], region="长治")
    assert first.kind == "clarify", first.text
    assert r.kind == "unanswered" and "缺失" in r.text and "80000" in r.text, r.text


# ---- another year's fee asked outright while a form waits: not known, said so, the form asked again
# (克拉玛依 第2部分 gives 2026's 400 元 only)

def test_a_later_years_fee_asked_while_a_form_waits_is_not_known(engine):
    _, r = talk(engine, ["在克拉玛依二级医院住院 帮我算算能报多少", "2028年学生医保个人交好多"], region="克拉玛依")
    assert r.kind == "unanswered" and "2028" in r.text and "不能拿2026年度的数字" in r.text, r.text
    assert "还差一项" in r.text, r.text


# ---- the add-on fee asked after the fee, then both summed ("两个都交一共好多"): the fee computed with it
# (克拉玛依 第2部分: 低保 pays 100 of 400; 长护险 53 元, voluntary)

def test_both_fees_summed_after_the_fee_and_the_add_on(engine):
    *_, r = talk(engine, ["我家是低保 我在学校交医保个人出多少", "长护险是多少钱", "两样都交的话一共好多"],
                 region="克拉玛依")
    computed(r, 153, name="contribution")


def test_both_fees_summed_after_the_fee_asked_as_a_page(engine):
    *_, r = talk(engine, ["大一新生 学校医保交多少钱", "长护险要交吗", "都交的话总共多少"], region="克拉玛依")
    computed(r, 453, name="contribution")          # 400 + 53


# ---- a base told with an adverb ("基数就是四千"): the base, and the 在职 held from before computes the
# monthly credit (巴中 第二章 十一问: 在职 2 % of the base)

def test_a_base_told_with_an_adverb_is_the_base():
    assert extract("我缴费基数就是四千").get("base") == 4000
    assert extract("基数才三千 每个月交好多").get("base") == 3000


def test_the_monthly_credit_from_a_base_after_the_status_was_told(engine):
    *_, r = talk(engine, ["我在巴中一家厂里上班 刚参加职工医保 好久能用", "那我缴费基数也就是六千 个人账户每个月划好多"],
                 region="巴中")
    computed(r, 120)                                 # 6000 × 2 %


# ---- years insured listed after a run told ("…连续交了4年 后头2029 2030也在交"): the run goes on
# (巴中 第三章 九问 例一: from the 5th year, 4000 a year)

def test_years_listed_after_a_run_extend_it():
    said = "2025到2028年连续交了4年 后头2029 2030也一直在交 2030年大病封顶涨了好多"
    assert extract(said).get("continuous_years") == 6


def test_the_cap_raise_of_a_run_with_later_years_listed(engine):
    *_, r = talk(engine, ["我2025到2028年连续交了4年合疗 后面2029 2030年也接着交了 2030年二次报销封顶提高了多少"],
                 region="巴中")
    computed(r, 8000)                                # 2029, 2030: 2 × 4000


# ---- "要是没转诊 直接去…" after a transfer between the city's hospitals was computed: one stay at that
# hospital (巴中 第三章 十一问: 三级 700, 60 %), not care elsewhere left unfiled

def test_a_transfer_supposed_away_is_one_stay_at_the_hospital_named(engine):
    *_, r = talk(engine, ["我妈合疗 先在乡镇卫生院住院花了一千 后来转到市里二级医院又花了八千 各报好多",
                          "如果她没转院 直接住的二级医院 八千能报好多"], region="巴中")
    computed(r, 5320, name="inpatient")             # (8000 − 400) × 70 %
    assert "第二次" not in r.text, r.text


# ---- a follow-up of 医疗救助 asking of care not referred: read as of that fund (巴中 第六章 五问: 未按规定转诊
# … 原则上不纳入医疗救助范围), even with the scheme held from the calculation

def test_care_not_referred_after_assistance_is_that_funds_rule(engine):
    *_, r = talk(engine, ["我叔是低保 住院基本医保和大病报完自己还要出六千 医疗救助给好多",
                          "那要是没走转诊 自己去外地住的院呢"], region="巴中")
    assert r.kind == "faq" and "不纳入医疗救助" in r.text, r.text


# ---- a yearly limit asked after an outpatient bill was computed: the 门诊统筹 limit of the case's scheme,
# not 两病's nor 门诊慢病's (长治 居民 300 元; 克拉玛依 普通门诊 900 元)

def test_the_yearly_limit_after_an_outpatient_bill_in_changzhi(engine):
    *_, r = talk(engine, ["居民医保 在一级医院看门诊花了三百 能报多少", "那一年封顶多少"], region="长治")
    assert r.kind == "faq" and "300元" in r.text and "两病" not in r.text.split("如果不是")[0], r.text


def test_the_yearly_limit_after_an_outpatient_bill_in_karamay(engine):
    *_, r = talk(engine, ["在二级医院看门诊 花了一百五 能报多少", "一年最多给报多少"], region="克拉玛依")
    assert r.kind == "faq" and "900" in r.text, r.text


# ---- a purchase's bill after the 两病 were asked (and the diabetes type told): that 两病 sum, not a visit
# whose hospital is asked (长治 居民两病: 甲类 60 %, 其他类型糖尿病 360 元)

def test_a_purchase_after_the_two_diseases_were_asked_is_their_sum(engine):
    *_, r = talk(engine, ["居民医保 糖尿病两病一年能报多少", "不是1型的", "今年买药花了四百 全是甲类"], region="长治")
    computed(r, 240, name="two_diseases")           # 400 × 60 %


# ---- a scheme said alone after both schemes' pages were set side by side: its own page of the
# question just asked, not of the one before it (长治 门诊慢性病)

def test_a_scheme_after_both_schemes_pages_is_the_last_questions(engine):
    *_, r = talk(engine, ["风湿性心脏病能办门诊慢病吗", "那心脏瓣膜病呢 器质性的", "我是职工"], region="长治")
    assert r.kind == "faq" and "210" in r.text and "风湿性" not in r.text, r.text


# ---- a bill told plainly after an offer to compute lapsed for a question asked by the way: the offer's
# (克拉玛依 第7部分: 二级 200 元, 75 %)

def test_a_bill_after_a_question_by_the_way_is_the_offers(engine):
    *_, r = talk(engine, ["在克拉玛依二级医院住院 报销是怎么算的", "顺便问一下 住院押金要交多少", "目录内花了四千二"],
                 region="克拉玛依")
    computed(r, 3000, name="inpatient")             # (4200 − 200) × 75 %


# ---- several short questions naming no matter of their own right after a 两病 sum: of the 两病 (巴中
# 第四章 二十问: 参保患者不需要提供资料，由卫健部门录入)

def test_where_and_what_papers_after_a_two_diseases_sum(engine):
    *_, r = talk(engine, ["我血糖高 没到慢病标准 合疗买降糖药一年花了八百 能报多少", "在哪申请 要带啥资料"],
                 region="巴中")
    assert r.kind == "faq" and "不需要提供资料" in r.text and ids(r)[0] == "bz-4-20", r.text


# ---- the asker's own figure for the question just asked, then what to do ("…才交了17年 差三年咋办"):
# of that topic (巴中 第二章 二十问: 一次性补缴)

def test_what_to_do_about_years_short_after_the_years_rule(engine):
    *_, r = talk(engine, ["我明年退休 职工医保要交满多少年", "我一共才交了17年 还差三年咋办"], region="巴中")
    assert r.kind == "faq" and "补缴" in r.text and ids(r)[0] == "bz-2-20", r.text


# ---- "要是不是X 就Y呢": a case supposed away and another put, read as one question (要是 before 不是 asks
# nothing), the other situation in place of the one told (克拉玛依 第8部分: 异地临时就医 降低20%)

def test_another_reason_for_care_away_replaces_the_one_told(engine):
    *_, r = talk(engine, ["去外校交流一学期 医保要备案吗", "要是不是交流 只是临时去外地看病呢"], region="克拉玛依")
    assert r.kind == "faq" and "20%" in r.text, r.text


def test_a_case_supposed_away_asks_nothing_of_its_own():
    assert acts.with_fact("在外地实习 医保咋备案", "要是不是实习 只是临时去外地看病呢").count("实习") == 0


# ---- a filing said done with a question no kind changes: not read as the kind held (克拉玛依 第8部分:
# 备案后直接使用电子医保码或实体医保卡结算)

def test_whether_the_code_works_after_a_filing_is_no_kinds_question(engine):
    *_, r = talk(engine, ["出去旅游临时在外地看病 备案降多少", "备好案了可以直接用医保码吗"], region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-08-02", r.text


# ---- a filing to be changed, said with 改 (克拉玛依 第8部分: 长期备案 最少6个月变更)

def test_changing_a_filing_said_with_gai(engine):
    *_, r = talk(engine, ["长期居住备案怎么办", "办好以后备案能改吗"], region="克拉玛依")
    assert r.kind == "faq" and "6个月" in r.text, r.text


# ---- how to file asked with a story of who files ("…要长期住 备案咋个弄"): the steps, not who may file
# (巴中 第一章 二十七: 线上/线下备案渠道)

def test_how_to_file_after_a_story_is_the_steps(engine):
    *_, r = talk(engine, ["我妈要去深圳跟我长期住 她的医保备案咋个弄"], region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-27", r.text


# ---- the window's last day asked after a wait was computed ("那集中缴费截止到哪天"): the window's page, not
# the wait again (克拉玛依 第2部分: 2025年9月1日至2026年1月10日)

def test_the_windows_last_day_after_a_wait_is_the_windows_page(engine):
    *_, r = talk(engine, ["过了集中缴费期才交 等多久能用", "集中缴费最晚到哪天"], region="克拉玛依")
    assert r.kind == "faq" and "1月10日" in r.text, r.text


# ---- a paper said not at hand ("户口本手头没有") when filing: the 承诺制 filing (克拉玛依 第8部分: 2个月内补传)

def test_a_paper_not_at_hand_is_the_promise_filing(engine):
    *_, r = talk(engine, ["回老家看病要备案吗", "户口本的照片身边没有 咋弄"], region="克拉玛依")
    assert r.kind == "faq" and "承诺" in r.text and "2个月" in r.text, r.text


# ---- a visit counted inside its verb ("看过一次门诊"): the visit, read whole (克拉玛依 第7部分: 三级 限急诊、儿科)

def test_a_visit_counted_inside_its_verb_is_read_whole():
    from corpus.normalize import as_read
    assert as_read("在三级医院看过一次门诊") == "在三级医院看门诊"
    assert as_read("今年看了两回门诊") == "今年看门诊两次"


def test_a_visit_counted_finds_the_tiers_page(engine):
    *_, r = talk(engine, ["上个月在三级医院看了一次门诊 自己付的钱能报吗"], region="克拉玛依")
    assert r.kind == "faq" and ("急诊" in r.text or "无法报销" in r.text), r.text


# ---- a child's age supposed after a newborn's question ("要是拖到三个月才交呢"): the newborn's case at that age,
# one question, not each part of the question before again (巴中 第三章 七问: 超过90天 … 自缴费之日起)

def test_a_childs_age_supposed_after_a_newborns_question(engine):
    *_, r = talk(engine, ["孙子刚出生半个月 合疗咋个交 要带啥", "如果等到一百天才交呢"], region="巴中")
    assert "缴费之日" in r.text and "【2】" not in r.text, r.text


# ---- the guards of reading a short question with the last topic: a case supposed ("选…的话") or another case
# told without a figure ("过了截止时间再交") is the message's own, not the question before's

def test_a_filing_supposed_before_a_rates_question_is_its_own_case(engine):
    *_, r = talk(engine, ["放暑假回老家 生病住院要先备案吗", "要是选临时备案的话 报销比例是多少"], region="克拉玛依")
    assert r.kind == "faq" and "20%" in r.text, r.text


def test_past_the_deadline_told_before_a_question_is_its_own_case(engine):
    *_, r = talk(engine, ["学生医保最晚啥时候交", "错过了截止日期再交 会怎样"], region="克拉玛依")
    assert r.kind == "faq" and "等待期" in r.text, r.text
