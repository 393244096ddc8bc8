"""Classes behind replies stated as sure and wrong (the thirty-fourth sets), each asked in our own words:

- a later question asking the papers with the upload verb alone ("要上传啥") after one asking how long a
  filing holds: a question of its own, read with the filing's topic but not with the figure asked before
  (有效期多久), so the filing's own page of papers answers it — not the page of the first question, which
  names none, stated as answering both;
- a claim asked how after care away ("回学校咋报") asks the claim's route, which the page on whether that
  care is paid at all does not give: never stated as sure from it;
- a stay told before the year's fee was paid late ("过了截止才交"): the late payer's rule (等待期内及之前
  发生的医疗费不予支付), not the tier's rates as if the cover held;
- "要不是得了急病 …" tells the emergency (a reason), it denies none;
- a total asked of people the asker counts, where the page gives the sum per person only: never stated as
  the answer."""
import pytest

import bot.engine as eng
from corpus.qtype import asks_another_kind, qtypes
from intents.message import own_ask
from intents.slots import extract, filing_in
from tests.helpers import answer, ids


@pytest.mark.parametrize("question", ["要上传啥", "备案得传些什么", "上传什么"])
def test_the_upload_verb_alone_asks_the_papers(question):
    assert "材料" in qtypes(question)
    assert own_ask(question, "转诊备案办好能管多久")


def test_papers_asked_after_how_long_a_filing_holds_get_the_filings_papers(engine):
    reply = answer(engine, "转诊转院那种备案办好能管多久 还要上传啥", "克拉玛依")
    assert reply.text.count("【") == 2, reply.text          # two answers, not one page for both
    assert "6个月" in reply.text and "转诊转院单" in reply.text, reply.text
    assert ids(reply)[:2] == ["ky-08-05", "ky-08-15"], ids(reply)


def test_a_claim_asked_how_is_another_kind_than_whether_it_is_paid():
    assert asks_another_kind("寒假在老家住了院 回学校咋报", "放假回家生病克拉玛依的医保能报吗？")
    # (the rates asked are no route: "报多少" stays the whether page's kind of question)
    assert not asks_another_kind("寒假在老家住了院 能报吗", "放假回家生病克拉玛依的医保能报吗？")


def test_a_claim_asked_how_after_care_at_home_is_never_stated_from_the_whether_page(engine):
    reply = answer(engine, "寒假回老家住了几天院 没去备案 钱全是自己垫的 回学校咋报", "克拉玛依")
    # (whether that care is paid is no route of the claim: never the answer stated as sure)
    assert reply.confidence is None or reply.confidence < eng.CALIBRATED_97, (reply.confidence, reply.text)
    assert not (ids(reply)[:1] == ["ky-08-01"] and reply.confidence >= eng.CALIBRATED_97)


def test_a_stay_before_a_late_payment_gets_the_late_payers_rule(engine):
    reply = answer(engine, "今年的学生医保过了1月10号才交 2月在三级医院住了院 能报不", "克拉玛依")
    assert "不予支付" in reply.text, reply.text
    assert "起付线" not in reply.text.split("如需")[0], reply.text     # (not the tier's rates alone)


@pytest.mark.parametrize("text", [
    "要不是出差路上突然晕倒 我也不会在西安住院 住的二级医院 合规花了1万 合疗报多少",
    "若不是得了急病 哪个愿意在重庆住院 二级医院 合规花了1万 合疗报多少",
])
def test_a_counterfactual_tells_the_emergency_it_denies_nothing(engine, text):
    reply = answer(engine, text, "巴中")
    assert reply.kind == "calculation", reply.text
    assert "临时备案" in reply.text and "1000" in reply.text, reply.text     # the 急诊 row away, not 未备案's


def test_a_total_for_the_people_counted_is_not_stated_from_a_per_person_rule(engine):
    assert eng._total_of_counted("县里参保的一共30万人 市里要配套多少钱", "分别配套3元/年.人和17元/年.人")
    assert not eng._total_of_counted("市县财政每人配套多少", "分别配套3元/年.人和17元/年.人")
    # (where the people are told by scheme, the matching is computed from the policy file — never a
    # per-person figure stated as the total)
    reply = answer(engine, "巴中 我们县参加居民医保的有20万人 县财政一年要配套多少医疗救助资金")
    assert reply.kind == "calculation", (reply.confidence, reply.text)
    assert "3,400,000" in reply.text and "17 元" in reply.text, reply.text


@pytest.mark.parametrize("text, amount", [
    ("县里参保的有20万人 医疗救助要配套多少", None),    # people counted, with 万: no bill
    ("全县3千名特困人员 救助资金要多少", None),
    ("住院花了1万人民币 能报多少", 10000),             # (人民币 is money)
    ("看病花了3千 人都要垮了", 3000),                   # (a clause after it: 人 is no unit of the figure)
])
def test_people_counted_with_wan_are_no_sum_of_money(text, amount):
    got = extract(text).get("amount")
    assert (got if got is None else int(got)) == amount


@pytest.mark.parametrize("text, filing", [
    ("出门旅游的时候临时看了病", "临时备案"),
    ("外出旅行临时住院了", "临时备案"),
    ("出去旅游 住了几天院", None),          # (a trip alone tells no kind of filing)
])
def test_care_on_a_trip_said_as_temporary_is_the_temporary_filing(text, filing):
    assert filing_in(text) == filing


def test_a_later_question_keeps_the_kind_of_filing_the_story_told(engine):
    reply = answer(engine, "出门旅游的时候临时看了病 备案要上传啥 报销比例和在学校这边一样不", "克拉玛依")
    first, second = reply.text.split("【2】")
    assert "身份证" in first, reply.text
    assert "20%" in second and "ky-08-04" not in ids(reply), reply.text    # (not the 长期 filing's page)
