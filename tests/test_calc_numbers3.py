"""Calculations as people ask them (issue 10, third round): care elsewhere (which filing, an
emergency stay, no filing said), amounts asked about that get the calculation rather than the rule,
approximate amounts, 大病 limits after years of cover, a 慢病 bill. Figures from the handbooks
(巴中 第一章 二十九、第二章 二十七问、第三章 十一问; 长治 居民住院待遇 / 居民住院封顶线; 克拉玛依 第8部分),
asked in phrasings of our own, through intents.forms and the engine."""
import re

from bot.reply import Message
from bot.session import Session
from intents.forms import handle


def ask(text, region=None):
    return handle(text, {}, region=region, now=0)


def nums(text):
    return {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def talk(engine, turns, region=None):
    session = Session()
    return [engine.answer(Message(text=t, region=region), session) for t in turns]


# ---- care elsewhere -----------------------------------------------------------------

def test_a_temporary_filing_said_in_other_words_is_not_asked_again():
    # 克拉玛依 第8部分（一）: 异地临时就医人员 比例比参保地降低20%; 二级 200 / 75% → 55%
    r = ask("克拉玛依的学生，寒假回老家前办了临时的异地就医登记备案，在县医院二级住院花了5000，能报多少")
    assert r.kind == "calculation", r.text
    assert r.calculation.inputs["filing"] == "临时备案"
    assert 2640 in nums(r.text)          # (5000 − 200) × 55%


def test_an_emergency_stay_elsewhere_is_a_stay_not_an_outpatient_visit():
    # 巴中 第一章 二十九: 异地急诊抢救人员视同已备案; 第二章 二十七问 职工 转诊急诊 二级 1000 / 77%
    r = ask("巴中职工，在重庆旅游时阑尾炎急诊被送去抢救，住进二级医院花了2万，报多少")
    assert r.kind == "calculation" and r.calculation.name == "inpatient", r.text
    assert r.calculation.inputs["filing"] == "急诊"
    assert 14630 in nums(r.text)         # (20000 − 1000) × 77%


def test_emergency_answers_the_filing_question(engine):
    r = talk(engine, ["巴中城乡居民在成都三级医院住院花了3万能报多少", "是急诊送进去的"])
    assert r[0].kind == "clarify" and r[0].missing_slots == ["filing"]
    # 第三章 十一问: 急诊 as 临时备案 (1000, 三级 55%)
    assert r[1].kind == "calculation" and 15950 in nums(r[1].text), r[1].text


def test_no_filing_said_where_only_filing_or_not_matters_gives_both():
    # 长治 居民: 一类省外 1500 / 55%; 不备案比例降低10% (居民住院封顶线)
    r = ask("长治城乡居民，到上海三甲医院住院花了2万，报销多少")
    assert r.kind == "calculation", r.text
    assert 10175 in nums(r.text)         # (20000 − 1500) × 55%, filed
    assert 8325 in nums(r.text)          # (20000 − 1500) × 45%, not filed
    assert "未备案" in r.text


def test_no_filing_said_where_each_filing_differs_is_asked_once():
    # 巴中 居民: 长期备案 700 / 60%, 临时备案 1000 / 55%, 未转诊 1000 / 50% — the asker must say
    r = ask("巴中居民医保在西安三级医院住院花了3万报多少")
    assert r.kind == "clarify" and r.missing_slots == ["filing"]
