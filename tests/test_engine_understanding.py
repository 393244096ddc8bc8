"""The engine's side of understanding: several questions in one reply, the unsure band that
asks instead of guessing (and answers the choice as that entry), and explain()."""
import pytest

from bot.engine import Engine
from bot.reply import Message
from bot.session import Session


def ask(engine: Engine, text: str, session: Session | None = None, region: str | None = "巴中"):
    session = session or Session()
    return engine.answer(Message(text=text, region=region), session), session


def test_two_questions_one_reply_each_with_its_source(engine):
    reply, _ = ask(engine, "职工医保个人账户能用来干什么？大病保险起付线是多少？")
    assert reply.kind == "faq"
    assert "【1】" in reply.text and "【2】" in reply.text
    ids = [s.entry_id for s in reply.sources]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert reply.text.count("来源：") == 2


def test_same_entry_is_not_repeated(engine):
    reply, _ = ask(engine, "职工医保在二级医院住院 起付线多少 报销比例多少")
    assert len({s.entry_id for s in reply.sources}) == len(reply.sources)


def test_declined_topic_declines_the_whole_message(engine):
    reply, _ = ask(engine, "失业金怎么领 能领几个月")
    assert reply.kind == "unanswered" and reply.refusal == "out_of_scope"


def test_unsure_band_asks_and_the_choice_is_answered_as_that_entry(engine, monkeypatch):
    import bot.engine as eng
    text = "门诊慢特病怎么申请"      # a how-to: no policy-file figure can answer it instead
    best = engine.index.search(text, region="巴中", k=1)[0]
    # put this question's confidence in the middle band, whatever the shipped thresholds are
    monkeypatch.setattr(eng, "ANSWER_AT", best.confidence + 0.01)
    monkeypatch.setattr(eng, "SUGGEST_AT", best.confidence - 0.01)
    reply, session = ask(engine, text)
    assert reply.kind == "clarify" and reply.text.startswith("我不太确定")
    assert reply.sources == []                                      # no guess stated as the answer
    assert all(f"· {choice}" in reply.text for choice in reply.suggestions)   # listed; channels number them
    assert reply.suggestions and session.state["choices"] == reply.suggestions
    assert session.state["choice_entries"] == reply.choice_ids and len(reply.choice_ids) == len(reply.suggestions)
    # the service turns "2" into the second choice's text; the engine answers that very entry
    follow, session = ask(engine, reply.suggestions[1], session)
    assert follow.kind == "faq" and follow.sources[0].entry_id == reply.choice_ids[1]
    assert "choices" not in session.state


def test_unrelated_candidates_are_not_offered(engine, monkeypatch):
    import bot.engine as eng
    monkeypatch.setattr(eng, "ANSWER_AT", 0.99)
    monkeypatch.setattr(eng, "SUGGEST_AT", 0.0)
    # (a lost card's replacement is an out-of-scope topic, refused before its candidates are weighed:
    # a 医保 question no entry answers is weighed)
    reply, _ = ask(engine, "医保报销的钱要交税吗", region=None)
    # the best candidate accounts for too little of the question to ask about it
    assert reply.kind == "unanswered"


def test_a_topic_no_entry_names_goes_to_staff_without_choices(engine):
    # the handbooks never mention a deposit or a lost card: the entries found share only 住院 / 缴费 /
    # 医保卡 with these questions, so neither an answer nor choices about something else
    for text, region in [("住院押金要交多少", None), ("巴中住院押金要交多少", None), ("社保卡丢失怎么办", "巴中"),
                         ("医保卡丢了能在网上挂失吗", None), ("医保报销的钱要交税吗", None), ("医保报销的钱要交税吗", "巴中")]:
        reply, _ = ask(engine, text, region=region)
        assert reply.kind == "unanswered" and reply.suggestions == [], text
        assert engine.explain(text, region)["parts"][0]["band"] == "refuse"


def test_a_story_word_no_entry_names_does_not_refuse_a_specific_match(engine):
    # 纸条 is in no entry, but the entry found shares 异地 and 备案 with the question
    text = "在老家医院办了异地备案 还要拿纸条回克拉玛依报销吗"
    best = engine.index.search(text, region="克拉玛依", k=1)[0]
    assert best.unknown == ("纸条",) and not best.off_topic
    reply, _ = ask(engine, text, region="克拉玛依")
    assert reply.kind == "faq"


def test_explain_shows_every_step_and_changes_nothing(engine):
    session = Session()
    out = engine.explain("長治職工醫保 大兵保险起伏線多少？报销在哪儿办理？", "长治")
    assert out["normalized"].startswith("长治职工医保")
    assert out["region"] == "长治"
    assert len(out["parts"]) == 2
    first = out["parts"][0]
    assert {"said": "大兵保险", "term": "大病保险", "how": "sound"} in first["repairs"]
    assert "金额" in first["question_type"]
    cand = first["candidates"][0]
    assert set(cand["features"]) >= {"bm25_rel", "coverage", "char_sim", "type_match"} and 0 <= cand["confidence"] <= 1
    assert out["parts"][1]["lexicon"] == [["哪儿", "哪里"]]
    assert session.state == {}


def test_traditional_and_dialect_reach_the_same_entry(engine):
    plain, _ = ask(engine, "长治职工医保门诊统筹起付线多少", region=None)
    trad, _ = ask(engine, "長治職工醫保門診統籌起付線多少", region=None)
    assert plain.sources and trad.sources and plain.sources[0].entry_id == trad.sources[0].entry_id


def test_what_was_not_done_is_kept_from_the_story(engine):
    """"没办备案也不是急诊" in a story clause is the rule for neither (未备案, 非急诊), not the rule
    for the filed or the 市内 table: the negation stays with the words the search reads. (With no
    scheme said, 职工's row comes with the 居民 page beside it, each labelled.)"""
    for text, region in (("俺家老汉是通江的合疗 跑到西安住院 没有备案 也不是急诊 起付线多少", None),
                         ("在宜宾住的院，没办转诊手续，报销比例怎么算", "巴中"),
                         ("合疗的 自己去重庆看病住院了 没转诊 不是急诊 起付线和比例是多少", "巴中")):
        reply, _ = ask(engine, text, region=region)
        ids = [s.entry_id for s in reply.sources]
        assert reply.kind == "faq" and {"bz-3-11-h", "bz-1-30-c", "bz-2-27-h"} & set(ids[:1]), (text, ids)
        assert "非急诊且未转诊" in reply.text and "市内住院：" not in reply.text, reply.text


def test_whom_the_asker_stays_with_is_not_the_topic(engine):
    """"我女婿在北京 我去住一阵子": the kin of the story is not a topic the handbooks lack; the
    question on outpatient care while staying elsewhere is answered (长治: 比例降10个百分点)."""
    reply, _ = ask(engine, "我女婿在北京 我去住一阵子 门诊居民医保能不能报", region="长治")
    assert reply.kind == "faq" and "10个百分点" in reply.text
    hits = engine.index.search("我女婿在北京 我去住一阵子 门诊居民医保能不能报", region="长治")
    assert "女婿" not in hits[0].unknown


def test_a_years_worth_asked_with_no_sum_is_the_rules_limit(engine):
    """"一年…报多少" with no sum spent asks the year's limit: the handbook's rule answers (and the
    form stays offered), instead of only asking how much was spent."""
    reply, _ = ask(engine, "通江的 两病都得了 一年拿药报多少")
    assert reply.kind == "faq" and "500元" in reply.text and "50%" in reply.text
    calc, _ = ask(engine, "两病都有 一年吃药花了800 报好多")
    assert calc.kind == "calculation"


def test_a_story_of_care_back_home_stays_with_its_question(engine):
    """"回甘肃老家看了病，花的钱怎么报销": the story names no 医保 term but is what the question is
    about; read without it, "花的钱怎么报" reached the definition of 起付线."""
    reply, _ = ask(engine, "国庆回甘肃老家看了病，花的钱怎么报销", region="克拉玛依")
    assert not reply.sources or reply.sources[0].entry_id != "ky-07-18"
    assert reply.kind == "unanswered" or reply.sources[0].entry_id.startswith(("ky-08", "ky-10"))
    assert engine.index.on_topic("暑假回老家看病了")


def test_a_second_questions_story_leaves_the_first_answer_alone(engine):
    # "…？还有，<story>，<question>": the first question is answered as if asked alone
    for first, second in [("低保户大病保险起付线多少？", "还有，我爸在县级医院住院，报多少"),
                          ("特困户大病保险起付线多少，有没有封顶？", "还有，我爸在县级医院住院，报多少"),
                          ("门诊起付线是多少？", "另外我妈有糖尿病，办了门诊慢病，每月限额多少")]:
        alone = ask(engine, first, region="长治")[0]
        joined = ask(engine, first + second, region="长治")[0]
        if alone.kind == "calculation":     # (a group's 大病 threshold, computed from its rule)
            assert alone.text.splitlines()[0] in joined.text.split("【2】")[0], (first, joined.text)
        else:
            assert alone.kind == "faq" and joined.sources[0].entry_id == alone.sources[0].entry_id, (first, joined.text)


def test_chat_filler_around_a_question_keeps_its_answer(engine):
    # "在线等", "求解答", "蹲" are words no entry knows: around a question they must not make it a refusal
    for plain, region in [("居民医保住院一年最多报多少钱", "长治"), ("合疗一个人一年交好多钱", "巴中")]:
        alone = ask(engine, plain, region=region)[0]
        assert alone.kind == "faq"
        for said in (f"想问问，{plain}？在线等", f"各位大佬，{plain} 求解答 急急急", f"{plain} 蹲一个，谢谢大家"):
            reply = ask(engine, said, region=region)[0]
            assert reply.kind == "faq" and reply.sources[0].entry_id == alone.sources[0].entry_id, said


def test_a_story_clause_with_an_indefinite_is_no_question_and_its_negations_count(engine):
    reply = ask(engine, "我妈在外省跟我住，上个月在那边的二甲医院住了院，不是急诊，也没开转诊单，"
                        "啥子手续也没办。她是巴中的合疗，这种起付线是好多？")[0]
    assert reply.kind == "faq" and reply.sources[0].entry_id == "bz-3-11-h", reply.text
    assert "啥子手续也没办" not in reply.text


def test_two_peoples_schemes_in_a_story_do_not_block_a_yes_no_rule(engine):
    # the asker's 职工医保 and the father's 合疗 are two people's, not a contradiction to settle first;
    # the 400 the father pays each year is a fact of the story, not a figure the asker checks
    reply, session = ask(engine, "我在单位有职工医保，我老汉儿农村合疗每年自己掏400块，"
                                 "我的个人账户可不可以给他交合疗？")
    assert reply.kind == "faq" and "近亲属" in reply.text, reply.text
    assert "只能参加其中一种" not in reply.text and not reply.text.startswith(("对，", "不是"))
    assert not session.state.get("form", {}).get("open")


def test_a_long_story_then_two_short_questions_reach_the_entries_of_its_case(engine):
    # the whole message matches a generic 备案 entry "surely" on a fifth of its words: the question
    # with the story's facts (老家, not the past 住院) is read too, and the materials follow the 备案
    reply = ask(engine, "我在克拉玛依校区读大三，户籍在甘肃天水，寒假回去老是胃疼，之前在老家住院都是自己垫钱。"
                        "想回老家直接刷医保，该办哪类备案？要传啥材料？", region=None)[0]
    assert reply.kind == "faq" and reply.sources[0].entry_id == "ky-08-10" and "户口" in reply.text, reply.text
    # a referral told in the story is the 转诊 case of the 备案 asked about
    reply = ask(engine, "同学在克拉玛依校区，这边医院看不好，医生给开了转诊要去北京，她着急得很，备案需要上传哪些材料？",
                region=None)[0]
    assert reply.kind == "faq" and "转诊转院单" in reply.text, reply.text


def test_deadlines_after_a_story_of_money_advanced_are_the_handbooks(engine):
    # the sum advanced is the story's: by when to claim is a rule, not a calculation; the second
    # question names its own fund (大病保险) and gets its own deadline
    reply = ask(engine, "我是恩阳的，我爸去年在成都住院没能直接结算，自己先垫了四万多，发票都留着。"
                        "这种回来报销最晚什么时候交？大病保险的报销又是最晚什么时候？", region=None)[0]
    assert reply.kind == "faq" and "6月底" in reply.text and "7月底" in reply.text, reply.text
    # (no scheme said: 职工's page on the same deadline is beside 居民's, labelled)
    ids = [s.entry_id for s in reply.sources]
    assert ids[0] == "bz-3-17" and ids[-1] == "bz-3-25" and set(ids[1:-1]) <= {"bz-2-38"}, ids


def test_a_deadline_is_no_calculation():
    from intents.calc_kind import asks_how_or_which
    assert asks_how_or_which("住院自己垫了3万，回来报销最迟啥时候交资料", {})
    assert asks_how_or_which("报销材料交了多久能到账", {})
    assert not asks_how_or_which("住院花了3万能报多少", {})
    assert not asks_how_or_which("断保了什么时候能报", {})
    # how to claim a benefit is the procedure, whatever its sum
    assert asks_how_or_which("生孩子那1500的补助咋个领", {}) and asks_how_or_which("产检费去哪儿申领", {})


def test_a_rate_the_handbook_states_answers_where_no_calculation_exists(engine):
    # 职工大额医疗费用补助 has no calculator (it is no 大病保险), but its rates are the handbook's
    reply, session = ask(engine, "我妈85岁了，巴中退休职工，住院一个多月花了12万，大额补助报销比例是多少？")
    assert reply.kind == "faq" and "95%" in reply.text, reply.text
    assert not session.state.get("form", {}).get("open")


def test_where_to_take_the_materials_asked_after_them(engine):
    reply = ask(engine, "暑假在老家一级医院看门诊自费了，回克拉玛依校区报销要带啥材料？送到哪？", region=None)[0]
    assert reply.kind == "faq" and "J1-II-702" in reply.text and "发票" in reply.text, reply.text


@pytest.mark.parametrize("text", ["巴中 在三级医院住院 报销比例是好多", "通江的 乡镇卫生院住院起付线多少"])
def test_no_scheme_said_gets_each_schemes_page_labelled(engine, text):
    """巴中 pays 职工 and 居民 by different rows: with no scheme said, neither is picked — both
    pages, each under its scheme's name and with its source."""
    reply, _ = ask(engine, text)
    assert reply.kind == "faq" and "【职工医保】" in reply.text and "【城乡居民医保】" in reply.text, reply.text
    assert {engine.index.scheme_of(s.entry_id) for s in reply.sources} == {"职工", "居民"}


def test_a_scheme_said_gets_its_page_alone(engine):
    reply, _ = ask(engine, "巴中合疗 在三级医院住院 报销比例是好多")
    assert reply.kind == "faq" and "【职工医保】" not in reply.text
