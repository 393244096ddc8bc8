"""Message structure: clauses, question clauses, story slots."""
import pytest

from intents.message import MAX_QUESTIONS, clauses, is_question, parse, story_slots
from tests.helpers import answer, ids


def test_story_then_two_questions():
    parsed = parse("職工醫保在二級醫院住院 起付線多少 報銷比例多少 巴中的")
    assert [p.question for p in parsed.parts] == ["起付线多少", "报销比例多少，巴中的"]
    assert parsed.parts[0].story == "职工医保在二级医院住院"
    assert parsed.parts[1].slots["scheme"] == ["职工医保"] and parsed.parts[1].slots["tier"] == ["二级"]
    assert any("职工医保" in r and "二级" in r for r in parsed.parts[1].readings)


def test_one_question_is_searched_as_written():
    text = "我妈七十多了，前两天摔了，在县医院住了一个礼拜，她交的合疗，出院时没直接报，现在去哪里报？"
    parsed = parse(text)
    part = parsed.parts[0]
    assert len(parsed.parts) == 1 and part.query.startswith("我妈七十多了")
    assert len(parsed.clauses) == 6
    # what a calculation form decides on: the question clause, and the story as slots
    assert part.question == "现在去哪里报?"
    assert part.slots["scheme"] == ["合疗"] and "县医院" in part.slots["tier"] and "没直接报" in part.slots["care"]


def test_voice_typing_without_punctuation_is_one_question():
    assert len(parse("一保今年啥时候开始交到啥时候截止我妈叫我问下").parts) == 1


def test_short_fragment_joins_the_question_before():
    parts = parse("职工医保住院，起付线多少？咋算？报销比例多少？").parts
    assert [p.question for p in parts] == ["起付线多少?，咋算?", "报销比例多少?"]


def test_at_most_three_questions():
    text = "起付线多少？报销比例多少？封顶线多少？等待期多久？材料要哪些？"
    assert len(parse(text).parts) == MAX_QUESTIONS


@pytest.mark.parametrize("clause, asks", [("现在去哪里报", True), ("合疗交好多", True), ("能报不", True),
                                          ("她交的合疗", False), ("在县医院住了一个礼拜", False)])
def test_question_clause(clause, asks):
    assert is_question(clause) is asks


def test_story_slots():
    slots = story_slots("我是低保户，交的合疗，2025年在三甲医院住院，有高血压")
    assert slots["category"] == ["低保"] and slots["scheme"] == ["合疗"] and slots["year"] == ["2025年"]
    assert "三甲" in slots["tier"] and "高血压" in slots["disease"]


def test_clauses_drop_empty_noise():
    assert clauses("？？，，起付线多少 ！！") == ["起付线多少"]


def test_a_later_story_is_not_an_earlier_questions_case():
    # the story told after the first question is the second question's case, not the first's
    parsed = parse("低保户大病保险起付线多少？还有，我爸在县级医院住院，办了慢病，报多少")
    first, second = parsed.parts
    assert "tier" not in first.slots and "care" not in first.slots and "route" not in first.slots
    assert all("县级医院" not in r for r in first.readings)
    assert second.slots["tier"] == ["县级医院"] and "category" not in first.slots
    # a story told before the first question still holds for every question after it
    later = parse("我妈是巴中的职工医保，住院起付线多少？门诊一年最多报好多？").parts[1]
    assert later.slots["scheme"] == ["职工医保"]


@pytest.mark.parametrize("said, first, second", [
    # a figure checked, then another question announced whose story tells readings, not a bill: the
    # check is asked of its own, never told as the case of the question after it
    ("门诊不是一天最多只报50块吗？还有，我老伴查出糖尿病，空腹血糖八点多，两病门诊买药报多少",
     "门诊不是一天最多只报50块吗?", "两病门诊买药报多少"),
    ("住院起付线是不是800？还有，我妈查出高血压，血压一百六，两病买药报多少",
     "住院起付线是不是800?", "两病买药报多少"),
])
def test_an_announced_question_is_not_merged_into_the_one_before(said, first, second):
    assert [p.question for p in parse(said).parts] == [first, second]


def test_an_announced_question_leaves_the_check_before_it_answered(engine):
    reply = answer(engine, "门诊不是一天最多只报50块吗？还有，我老伴查出糖尿病，空腹血糖八点多，两病门诊买药报多少",
                   region="长治")
    assert ids(reply)[:1] == ["cz-jm-06"]


@pytest.mark.parametrize("said, meant", [
    ("想问问，长治居民医保门诊起付线多少？在线等", "长治居民医保门诊起付线多少?"),
    ("各位大佬，职工医保个人账户能给家里人用不 蹲一个", "职工医保个人账户能给家里人用不"),
    ("麻烦问一下住院押金医保管不管 急急急", "住院押金医保管不管"),
    ("有没有人知道新生儿咋个参保啊，谢谢大家", "新生儿咋个参保啊"),
    ("谢谢", "谢谢"),                                   # nothing but thanks: small talk's to answer
    ("那个医院能报不", "那个医院能报不"),               # 那个 naming something is no filler
])
def test_chat_filler_is_not_read_as_the_question(said, meant):
    from intents.message import without_filler
    assert without_filler(said) == meant
    if meant != said:
        assert parse(said).parts[0].query == meant


@pytest.mark.parametrize("clause", ["啥子手续也没办", "医保卡平时没咋用", "哪儿都没去过", "没啥大毛病", "什么都不懂"])
def test_question_words_said_as_indefinites_ask_nothing(clause):
    assert not is_question(clause, marked=True) and not is_question(clause)


def test_a_story_of_what_did_not_happen_is_told_in_the_handbooks_words():
    slots = story_slots("自己跑去成都住的院，又不是急诊，也没有转诊，备案都没办")
    assert "非急诊" in slots["care"] and {"未转诊", "未备案"} <= set(slots["route"]) and "急诊" not in slots["care"]
    assert story_slots("急诊住的院，办了备案")["care"] == ["急诊", "住院"]    # 住的院 is the story's 住院
    assert story_slots("急诊住的院，办了备案")["route"] == ["备案"]


def test_route_words_of_the_story_qualify_a_question_about_the_route():
    part = parse("这边医院看不好，医生开了转诊要去外地，备案要传什么材料").parts[0]
    assert any("转诊" in r and "备案要传什么材料" in r for r in part.readings[1:]) or "转诊" in part.query
    # … while the stay the story told of does not become the 备案 question's topic
    part = parse("之前在老家住院都是自己垫钱，想回老家直接刷医保，该办哪类备案？").parts[0]
    assert part.slots["home"] == ["老家"]
    from intents.message import with_slots
    assert with_slots(part.question, part.slots).startswith("老家") and "住院" not in with_slots(part.question, part.slots)


@pytest.mark.parametrize("text, n", [
    ("医保码是什么主要能干啥", 2),                       # 什么 then a clause of its own
    ("参保身份选啥提交了多久能审核完", 2),
    ("去外地住院还用备案不不备案报销降多少", 2),          # …不 不…
    ("需要什么材料才能报吗", 1),                         # 什么材料: one question
    ("按啥子标准交补的钱进不进个人账户", 1),
    ("什么要求才能办慢病", 1),
])
def test_voice_typed_questions_split_at_what_and_not(text, n):
    assert len(clauses(text)) == n


def test_a_short_where_or_how_long_after_another_question_is_its_own():
    parts = parse("在外地看门诊自费了，回来报销要带啥材料？送到哪？").parts
    assert [p.question for p in parts] == ["回来报销要带啥材料?", "送到哪?"]
    assert len(parse("职工医保住院，起付线多少？咋算？").parts) == 1


def test_how_long_said_as_haojiu_is_the_question_of_its_message(engine):
    """四川's "好久才能…" asks how long: that clause is the question, not the story before it (巴中:
    初次参加职工医保 6 个月后享受待遇); "好久没…" is no question."""
    from bot.reply import Message
    from bot.session import Session
    for text in ["我在通江 才开始交职工医保 好久能用", "我在巴州区 新参加的职工医保 好久以后才能报"]:
        r = engine.answer(Message(text=text), Session())
        assert r.kind == "faq" and "6个月" in r.text, r.text
    assert parse("好久没去医院了", engine.index.on_topic).parts[0].question == "好久没去医院了"


def test_an_office_question_is_read_apart_from_the_story_before_it(engine):
    """"…市民之家几点开门" asks when that office is open, whatever the story before it was about (异地
    备案, 住院报销): the question with only the story's place comes first, so the story's topic
    cannot pull the reply to its own entry; a short "中午休息不" after it asks the same office."""
    from bot.reply import Message
    from bot.session import Session
    part = parse("想去窗口问问异地备案的事，通江市民之家下午几点开门").parts[0]
    assert part.readings[0] == "通江市民之家下午几点开门" and part.endings_from == 1
    r = engine.answer(Message(text="屋头老人住院报销的事要去问 平昌医保局几点上班 中午休息不"), Session())
    assert r.kind == "faq" and [s.entry_id for s in r.sources] == ["bz-7-04-g"], r.sources
    # (the table leaves 平昌县's hours empty: its phone, no hours of another row's)
    assert "平昌" in r.text and "0827-6229907" in r.text and "13:30" not in r.text


@pytest.mark.parametrize("text,groups", [
    ("特困户跟低保户住院救助各给好多", ["特困户", "低保户"]),
    ("孤儿、特困人员大病保险起付线分别是多少", ["孤儿", "特困人员"]),
])
def test_groups_named_together_and_asked_each_are_a_question_each(text, groups):
    parts = parse(text).parts
    assert len(parts) == len(groups) and all(g in p.question for g, p in zip(groups, parts))


def test_groups_asked_each_get_each_groups_row(engine):
    from bot.reply import Message
    from bot.session import Session
    r = engine.answer(Message(text="长治的低保户和特困人员 住院报完自己掏的那部分 救助各能给好多"), Session())
    assert len(r.sources) == 2 and "70%" in r.text and "100%" in r.text, r.text


def test_how_it_is_paid_then_the_bill_and_its_sum_is_one_question(engine):
    """"…住院咋个报 花了2万 能报好多": the bill told after asking how is the calculation of that stay,
    not a second question (which alone, "能报好多", reads as any fund's rule)."""
    from tests.helpers import talk
    parts = parse("长治居民医保住院怎么报 住了一礼拜花了8000 能报多少").parts
    assert len(parts) == 1 and "怎么报" in parts[0].text and "8000" in parts[0].text
    first, second = talk(engine, ["巴中合疗住院咋个报销 花了2万 报得到好多", "三级医院"])
    assert first.kind == "clarify" and first.missing_slots == ["tier"], first.text
    # (20000 − 700) × 60% = 11580
    assert second.kind == "calculation" and "11,580" in second.text, second.text


@pytest.mark.parametrize("text, question", [
    ("学姐问一下克拉玛依校区医保啥时候交", "克拉玛依校区医保啥时候交"),
    ("我是平昌的问哈合疗今年交好多钱", "合疗今年交好多钱"),
])
def test_a_bare_ask_word_typed_without_stops_starts_the_question(text, question):
    # whoever is addressed before it (学姐, 老师) is no part of what is asked
    assert parse(text).parts[-1].question == question


@pytest.mark.parametrize("text, n", [
    ("克拉玛依校区医保交多少钱啊截止是啥时候", 2),     # a particle after 多少钱 ends the first question
    ("学姐们克校医保在哪交", 1),
])
def test_a_students_message_without_stops(text, n):
    parts = parse(text).parts
    assert len(parts) == n and not parts[0].question.startswith("学姐"), parts
