"""A wrong answer stated as sure is the worst reply: the classes `yibao eval --calibrate --show-fail`
listed at the top (what made the engine sure of an entry that does not answer the question), each
either answered right now or hedged, never stated. The phrasings are our own (none is in eval/)."""
import pytest

from corpus.qtype import missing_answer
from tests.helpers import answer, ids


# ---- what is paid back asked, and a rule that states no figure -----------------------------------

@pytest.mark.parametrize("text", [
    "合疗门诊能报好多",
    "在卫生院看病 居民医保报得到多少",
    "门诊拿药一年能报几多",
])
def test_what_is_paid_back_asked_needs_a_figure(text):
    # (免缴挂号费 says what is free of charge, not what is paid back)
    assert missing_answer(text, "参保人在乡镇卫生院门诊就医免缴一般诊疗费包含的挂号费、诊查费。") == "报销额"
    for said in ("门诊医疗费用报销50%，不设起付线。", "年度支付限额为100元。", "报销比例与市内同等级医疗机构相同。",
                 "不属于医保支付范围，不予报销。"):
        assert missing_answer(text, said) is None, said


@pytest.mark.parametrize("text", [
    # a count asked, a yes/no, or a rate asked in words of its own: not this kind
    "一年能报多少次",
    "报多少年",
    "门诊能报吗",
    "报销比例跟市内一样吗",
])
def test_other_questions_are_not_what_is_paid_back(text):
    assert missing_answer(text, "可以。") != "报销额"


@pytest.mark.parametrize("text", [
    "在社区卫生服务中心看门诊 居民医保能报多少",
    "去村卫生室拿药 合疗报得到好多",
])
def test_a_rule_on_what_is_free_is_never_the_sum_paid_back(engine, text):
    reply = answer(engine, text, region="巴中")
    # (第一章十五's 免缴一般诊疗费, and 三章二十七's 一般诊疗费, were stated as what the 门诊 pays back)
    assert not {"bz-1-15-a", "bz-3-27"} & set(ids(reply)), reply.text


# ---- a referral said done, and the entries on care not referred ---------------------------------

# (转诊 said apart — 转了诊, 转过诊 — is a referral said done too: no question back on the filing)
@pytest.mark.parametrize("text", ["转了诊去外地住院 报销比例降多少", "医院给我开了转诊单 去成都住院 报销比例比市内低好多",
                                  "之前转过诊 在外地住院 报销比例低几个点"])
def test_a_referral_said_done_is_not_the_case_not_referred(engine, text):
    # (没转诊 / 未转诊 cut as 没 + 转诊 read as 转诊: 第一章三十's 降低10% for 非急诊且未转诊 was stated)
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and "5%" in reply.text and "bz-1-30-c" not in ids(reply), reply.text


def test_not_referred_is_one_word_at_index_and_query_time(engine):
    for said in ("没转诊", "没有转诊", "没得转诊", "没办转诊", "未转诊"):
        terms = engine.index.analyze(f"{said}自己去外地住院").terms
        assert "未转诊" in terms and "转诊" not in terms, (said, terms)
    assert "转诊" in engine.index.analyze("办了转诊去外地住院").terms


# ---- a tier said, and a rule that states a change, not the tier's rate ---------------------------

@pytest.mark.parametrize("text, row", [
    ("我是通江的居民医保 没得转诊也不是急诊 自己跑到西安二级医院住院 报销比例好多", "二级定点医疗机构1000元、60%"),
    ("城乡居民 没有转诊 自己去外地一级医院住院 报几成", "一级及未定级定点医疗机构1000元、70%"),
])
def test_a_tier_said_gets_its_row_not_the_rule_of_a_change(engine, text, row):
    # (第一章三十's "比市内同等级医疗机构降低10%" gives no tier's rate; 第三章十一问's table row does)
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and row in reply.text, reply.text


def test_the_tier_row_replaces_a_rule_with_a_figure_of_another_kind(engine):
    from bot.engine import Engine
    from corpus.search import Hit
    rule, table = engine.index.entry("bz-1-30-c"), engine.index.entry("bz-3-11-h")
    hits = [Hit(entry=rule, score=1.0, confidence=0.7, coverage=0.8), Hit(entry=table, score=0.9, confidence=0.4, coverage=0.8)]
    ranked = Engine._tier_row("没转诊 去外地三级医院住院 报销比例好多", hits)
    # (as sure as its own match, 0.4: never the displaced rule's 0.7 — tests/test_promoted_page_confidence.py)
    assert ranked[0].entry.id == "bz-3-11-h" and ranked[0].confidence == 0.4
    # (no tier said: the rule stays)
    assert Engine._tier_row("没转诊 去外地住院 报销比例好多", hits)[0].entry.id == "bz-1-30-c"


# ---- a story word no entry has, and the reading without it ---------------------------------------

def test_a_story_word_no_entry_has_gives_way_to_the_reading_without_it(engine):
    # (扁桃体炎 is no entry's word: the message read whole was refused as off the handbooks' topics,
    # while read as the question with its story's slots it is the 自费住院 papers' page)
    reply = answer(engine, "我是克拉玛依校区的 回家寒假得了扁桃体炎自费住院了 没有备案 回来报销要交哪些 还有交到哪",
                   region="克拉玛依")
    assert "ky-10-02" in ids(reply), reply.text


# ---- how long the asker has paid, which decides whether a benefit is paid at all -----------------

@pytest.mark.parametrize("text, paid", [
    ("交了半年就生了", "交了半年"), ("生育保险才缴了4个月", "缴了4个月"), ("生育险交了两个多月", "交了两个多月"),
    ("刚交了三个月", "交了三个月"),
])
def test_the_months_paid_are_a_slot_of_the_story(text, paid):
    from intents.message import story_slots
    assert story_slots(text).get("paid") == [paid]


@pytest.mark.parametrize("text", ["2026年起连续缴费满12个月", "一年交400元", "交了十八年"])
def test_other_figures_are_no_months_paid(text):
    from intents.message import story_slots
    assert "paid" not in story_slots(text)


def test_the_months_paid_are_kept_when_a_benefit_is_asked(engine):
    # (read as its last clause, "能领生育津贴不", the question found 二章十四问's list of what the two
    # groups may have, stated as a yes; the months paid are 十六问's case: 12 months' 生育保险 first)
    reply = answer(engine, "我是灵活就业的 生育保险才缴了4个月 娃儿就生了 生育津贴能领不", region="巴中")
    assert reply.kind == "faq" and "12个月" in reply.text and "bz-2-14" not in ids(reply), reply.text


# ---- whether to file, and the kind of care the story told ----------------------------------------

@pytest.mark.parametrize("question, kept", [
    ("用不用提前备案", True), ("要不要备案", True), ("需要备案吗", True),
    ("要办哪种备案", False), ("备案要传啥材料", False),
])
def test_the_care_told_stays_with_a_question_of_whether_to_file(question, kept):
    from intents.message import with_slots
    reading = with_slots(question, {"care": ["住院"], "route": ["外省"]})
    assert ("住院" in reading) is kept, reading


def test_a_stay_away_is_not_answered_with_the_rule_for_a_visit(engine):
    # (长治 files a stay away, not a visit: "临时外出门诊 无需备案" was stated for 住院 in another province)
    reply = answer(engine, "潞州区的 我妈是居民医保 要去上海住院 要不要提前备案", region="长治")
    assert "cz-jm-09" not in ids(reply) and "cz-jm-10" not in ids(reply), reply.text
    assert "10%" in reply.text, reply.text


# ---- whether one must file, and a page on which option to pick --------------------------------------

@pytest.mark.parametrize("text", ["去伊宁住院要不要先备案", "在外地住院用不用提前备案", "去上海看病需要备案吗"])
def test_whether_to_file_needs_an_answer_that_says_so(text):
    assert missing_answer(text, "备案页面提示：如果您在乌鲁木齐市就医，请选择“新疆维吾尔自治区本级”。") == "要否备案"
    for said in ("跨统筹区临时外出门诊就医的参保居民，无需提前办理备案手续。", "不备案比例降低10%。",
                 "学生在户籍地就医，可选“异地长期居住人员”备案类型。", "出院结算前应向参保地医保经办机构申报备案。"):
        assert missing_answer(text, said) is None, said


@pytest.mark.parametrize("text", ["人在成都住院 没得备案 也不是急诊", "没备案能报不", "备案要带啥"])
def test_filing_said_or_its_papers_asked_are_not_whether_to_file(text):
    assert missing_answer(text, "请选择“新疆维吾尔自治区本级”。") != "要否备案"


def test_which_option_to_pick_is_never_stated_as_whether_to_file(engine):
    reply = answer(engine, "我在克拉玛依上学 去乌鲁木齐住院需要提前备案吗", region="克拉玛依")
    assert "ky-08-13" not in ids(reply), reply.text
