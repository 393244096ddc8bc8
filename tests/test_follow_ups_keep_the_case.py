"""Follow-ups that keep what the conversation already told: the case before with one fact changed or
one part added, the earlier stay or bill of the year, the case told read with the questions after it,
a cancel said over with the question after it, and another place's own question declined. Own phrasings, through the real engine and the batch
contract."""
import pytest

from tests.helpers import computed, talk

# ---- a cancel said over with 取消 ("不用了 取消", "算了 取消") ends the form; a question after it, led by
# "我就想知道 / 只想了解下", is answered even where it reads as facts (a scheme named, a rate asked with no
# question word) — never taken as the form's answer (长治 职工门诊慢特病一类病种: 统筹基金支付85%;
# 巴中 第四章五问: 门诊特病 职工 70%)


@pytest.mark.parametrize("turns, needle", [
    (["住院报销能报多少 花了两万", "不用了 取消 我就想知道长治职工医保门诊慢病一类病种报销比例"], "85%"),
    (["帮我算下住院报销", "算了 取消 只想知道长治职工门诊慢病一类病种的报销比例"], "85%"),
    (["住院花了八千 报好多", "不算了 我就想了解下巴中职工医保门诊特病报销比例"], "70%"),
])
def test_a_question_after_a_cancel_said_over_is_answered(engine, turns, needle):
    *_, r = talk(engine, turns)
    assert r.kind == "faq" and needle in r.text, r.text


@pytest.mark.parametrize("cancel", ["不用了 取消", "取消 不用了", "算了 取消"])
def test_cancel_words_said_together_end_the_form(engine, cancel):
    *_, r = talk(engine, ["帮我算下住院报销", cancel], region="巴中")
    assert r.kind == "clarify" and r.text.startswith("好的"), r.text


# ---- a follow-up opening with a place no handbook covers and asking its own question of it ("那重庆那边一年
# 交好多"): declined, never the covered region's figure (巴中 第三章六问: 400 元 is 巴中's alone)


@pytest.mark.parametrize("region, turns, place", [
    ("巴中", ["巴中城乡居民医保一年交好多钱", "那重庆那边一年交好多"], "重庆"),
    ("巴中", ["巴中居民医保交多少钱", "那西安那边交多少钱"], "西安"),
    ("克拉玛依", ["克拉玛依学生医保交多少钱", "那乌鲁木齐一年交多少"], "乌鲁木齐"),
])
def test_another_places_own_question_is_declined(engine, region, turns, place):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "unanswered" and place in r.text and "400" not in r.text, r.text


# ---- a group alone ("低保户呢", "要是孤儿呢") after 大病保险's threshold was asked, the threshold typed as it
# often is (起伏线): that group's own threshold, computed (巴中 第三章二十二问、二十四问: 14448 × 50% = 7224)


@pytest.mark.parametrize("turns", [
    ["巴中城乡居民大兵保险 起伏线是好多", "低保户呢"],
    ["巴中居民大病保险起伏线好多", "特困人员呢"],
    ["城乡居民大病保险的起伏线是多少", "要是孤儿呢"],
])
def test_a_group_alone_after_a_threshold_is_its_threshold(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, 7224)


# ---- a second stay of the year told after a stay was computed: the earlier stay is the one just computed,
# its hospital known — never asked again (克拉玛依 第7章 待遇标准表: 一级 起付100 85%, 二级 200 75%;
# 同一等级再次住院不再支付起付标准, 到高等级补足差额)


@pytest.mark.parametrize("turns, figure", [
    (["一级医院住院花了1100 报多少", "同一年又在一级医院住了一次 花了1000 这次呢"], 850),
    (["一级医院住院花了1100 报多少", "同一年又在一级医院住了一次 花了1000 这次呢", "要是第二次是在二级医院呢 也是1000"], 675),
    (["二级医院住院花了3000 报多少", "后来又在二级医院住了一次 花了2000 这次呢"], 1500),
])
def test_a_second_stay_knows_the_first(engine, turns, figure):
    *_, r = talk(engine, turns, region="克拉玛依")
    computed(r, figure, name="inpatient")
    assert "上一次住院是在哪一级" not in r.text


# ---- another 门诊特病 bill of the year after one was computed: the deductible (charged once a year, 二级's
# 400) was taken by the bill before (巴中 第四章五问: 居民 60%, 职工 70%)


@pytest.mark.parametrize("turns, figure", [
    (["我老汉是居民医保 认定了门诊特病 恶性肿瘤门诊治疗 今年门诊花了一万零四百 报好多", "搞错了 他是职工医保",
      "下半年又花了五千 这五千能报好多"], 3500),
    (["巴中居民 门诊特病 尿毒症透析 今年花了8000 报好多", "后来又花了三千 这三千报好多"], 1800),
])
def test_another_bill_of_the_year_takes_no_second_deductible(engine, turns, figure):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, figure, name="special")


def test_the_case_changed_is_no_second_bill(engine):
    # ("又是职工": the same bill's case told again, not another bill of the year: (10000 − 400) × 70%)
    *_, r = talk(engine, ["巴中居民 门诊特病 尿毒症透析 今年花了8000 报好多", "要是又是职工 花了一万呢"], region="巴中")
    computed(r, 6720, name="special")


def test_a_bill_below_the_deductible_leaves_it_due(engine):
    # (the bill before did not reach 400: what it took of the deductible is not known, so it is not said taken)
    *_, r = talk(engine, ["巴中居民 门诊特病 尿毒症透析 今年花了300 报好多", "后来又花了三千 这三千报好多"], region="巴中")
    computed(r, 1560, name="special")


# ---- one more part put onto the sum just computed ("再加上长护险一共多少"): the case before (its group)
# with that part added, not a new case (克拉玛依 第2章: 低保对象个人缴纳100元; 长护 53 元/年)


@pytest.mark.parametrize("turns, figure", [
    (["今年学生医保交多少钱", "低保家庭的呢", "再加上长护险一共多少"], 153),
    (["低保家庭的学生今年医保交多少钱", "再加上长护险一共多少"], 153),
])
def test_a_running_sum_keeps_the_case(engine, turns, figure):
    *_, r = talk(engine, turns, region="克拉玛依")
    computed(r, figure, name="contribution")


# ---- several short questions right after one that told its case ("…放假回河南住院咋办", then "备案选哪个类型
# 传啥材料"): read with that case, as one message telling both — the page of the case told, not any filing's
# (克拉玛依 第8章: 学生在户籍地就医，可选"异地长期居住人员"；上传材料：户口首页、户口本人页) — while questions
# that the case's page does not answer better are each answered on their own (暂停 is done on 国家医保服务平台)


@pytest.mark.parametrize("turns", [
    ["我爸妈在老家河南交的新农合 他们住院能报多少啊", "那我自己是在克拉玛依交的 放假回河南住院咋办", "备案选哪个类型 传啥材料"],
    ["暑假回户籍地住院 学校的医保咋办", "选哪种备案 传什么材料"],
    ["放暑假回河南老家 生病住院 克拉玛依交的医保咋报", "选什么备案类型 传什么材料"],
])
def test_questions_after_a_case_told_are_read_with_it(engine, turns):
    *_, r = talk(engine, turns, region="克拉玛依")
    assert r.kind == "faq" and "异地长期居住" in r.text and "户口首页" in r.text, r.text


def test_a_case_told_in_a_question_only_offered_pages_still_holds(engine):
    # (the question telling the case is answered "我不太确定，您是想问…" — the ranker finds no one page for it
    # alone — yet the questions right after it are read with it as after an answered one: 回户籍地's filing
    # and papers, never 转诊's 转诊转院单)
    first, r = talk(engine, ["暑假回户籍地看病 学校这边的医保咋弄", "选哪种备案 材料传啥"], region="克拉玛依")
    assert first.kind == "clarify", first.text
    assert r.kind == "faq" and "异地长期居住" in r.text and "户口首页" in r.text and "转诊转院单" not in r.text, r.text


def test_the_case_pages_questions_asked_again_keep_the_case(engine):
    # (the case's page already given, its two questions asked again part by part: still that page, read
    # with the case — alone, "传哪些材料" finds 转诊's papers, a confident wrong answer for a student gone home)
    first, r = talk(engine, ["放假回户籍地住院了 在学校参的医保咋弄", "选哪种备案 传哪些材料"], region="克拉玛依")
    assert "户口首页" in first.text, first.text
    assert r.kind == "faq" and "户口首页" in r.text and "转诊转院单" not in r.text, r.text


def test_a_case_only_offered_pages_holds_for_the_next_message_only(engine):
    # (a message in between, "谢谢", and the pages offered are no longer the case the questions are read with)
    from bot.engine import UNSURE_ASKED
    from bot.reply import Message
    from bot.session import Session
    session = Session()
    first = engine.answer(Message(text="暑假回户籍地看病 学校这边的医保咋弄", region="克拉玛依"), session)
    assert first.kind == "clarify" and UNSURE_ASKED in session.state, first.text
    engine.answer(Message(text="谢谢", region="克拉玛依"), session)
    assert UNSURE_ASKED not in session.state


def test_questions_the_case_does_not_answer_better_stay_apart(engine):
    *_, r = talk(engine, ["马上毕业了 打算回老家参居民医保 学校这边的医保咋整", "在哪暂停 app上能弄吗"], region="克拉玛依")
    assert r.kind == "faq" and "国家医保服务平台" in r.text, r.text


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_these_follow_ups_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "cancel": (None, ["住院报销能报多少 花了两万", "不用了 取消 我就想知道长治职工医保门诊慢病一类病种报销比例"]),
        "place": ("巴中", ["巴中城乡居民医保一年交好多钱", "那重庆那边一年交好多"]),
        "group": ("巴中", ["巴中城乡居民大兵保险 起伏线是好多", "低保户呢"]),
        "stay": ("克拉玛依", ["一级医院住院花了1100 报多少", "同一年又在一级医院住了一次 花了1000 这次呢"]),
        "bill": ("巴中", ["巴中居民 门诊特病 尿毒症透析 今年花了8000 报好多", "后来又花了三千 这三千报好多"]),
        "sum": ("克拉玛依", ["今年学生医保交多少钱", "低保家庭的呢", "再加上长护险一共多少"]),
        "case": ("克拉玛依", ["暑假回户籍地住院 学校的医保咋办", "选哪种备案 传什么材料"]),
    })
    assert rows["cancel-1"]["kind"] == "faq" and "85%" in rows["cancel-1"]["text"]
    assert rows["place-1"]["kind"] == "unanswered" and "重庆" in rows["place-1"]["text"]
    assert rows["group-1"]["kind"] == "calculation" and "7,224" in rows["group-1"]["text"]
    assert rows["stay-1"]["kind"] == "calculation" and "850" in rows["stay-1"]["text"]
    assert rows["bill-1"]["kind"] == "calculation" and "1,800" in rows["bill-1"]["text"]
    assert rows["sum-2"]["kind"] == "calculation" and "153" in rows["sum-2"]["text"]
    assert rows["case-1"]["kind"] == "faq" and "户口首页" in rows["case-1"]["text"]
