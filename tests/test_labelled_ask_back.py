"""No region known: the question back carries each covered region's own sure answer, labelled with
the region and its source, as that region's only (never the asker's); a region whose handbook does
not answer it surely is left out; a long answer comes by its title alone. Through the real engine."""
import pytest

import regions
from bot import region_policy, texts
from bot.session import Session
from tests.helpers import answer as ask

COVERED = list(regions.covered())


def _label(name: str) -> str:
    return f"【{regions.get(name).label}】"


@pytest.mark.parametrize("text,shown,figures,never", [
    # the handbooks that state it (two pages of one rule, `same_rule_in`), each labelled as its own, the
    # silent one (长治's) left out
    ("低保户交居民医保 个人要掏多少钱？", ["巴中", "克拉玛依"], ["100元"], []),
    # one region's handbook answers it surely: that region's rule alone, labelled as its own
    ("居民医保住院一年累计最多报多少", ["巴中"], ["11万"], []),
    # the scheme named: only a page of that scheme is shown (巴中's 居民 11万 is not 职工's)
    ("职工医保住院一年封顶多少钱", ["长治"], ["8万"], ["11万"]),
    # a form that asks the region first does the same (巴中's page: not in force until 2028, its rules then)
    ("长期护理保险要交多少钱", ["巴中", "克拉玛依"], ["53元", "2028年"], []),
    # two regions sure, the third left out (no "not sure" line in its place)
    ("医保局的咨询电话是多少？", ["巴中", "克拉玛依"], ["0990-6612393"], []),
])
def test_each_sure_regions_rule_comes_labelled_and_the_others_are_left_out(engine, text, shown, figures, never):
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.region is None, reply.text
    assert reply.missing_slots == ["region"] and reply.suggestions == COVERED
    # headed as those regions' rules for those insured there, never as the asker's answer
    assert texts.SIDE_BY_SIDE_SOME.format(regions="、".join(regions.get(n).label for n in shown)) in reply.text
    for name in COVERED:
        assert (_label(name) in reply.text) == (name in shown), (name, reply.text)
    first = min(reply.text.index(_label(n)) for n in shown)
    assert all(first < reply.text.index(f) for f in figures) and not any(n in reply.text for n in never)
    assert reply.text.count("来源：") == len(shown) == len(reply.sources)
    assert reply.text.rstrip().endswith(("参保？", "的规定回答。"))
    assert region_policy.PENDING in session.state or (session.state.get("form") or {}).get("open")


def test_a_long_answer_comes_by_its_title_and_follows_once_the_region_is_named(engine):
    session = Session()
    reply = ask(engine, "门诊慢性病报销比例是多少", session=session)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"]
    # 巴中's page (33 diseases, each scheme's rate) is long: its title and source, not its text
    head = _label("巴中") + "门诊慢病有多少个病种？病名分别有哪些？职工医保和城乡居民医保分别如何报销？"
    assert head + texts.SIDE_BY_SIDE_LONG.format(region="巴中") in reply.text and "33种" not in reply.text
    # 克拉玛依's is short: shown whole, under its label
    assert reply.text.index(_label("克拉玛依")) < reply.text.index("65%")
    answered = ask(engine, "巴中", session=session)
    assert answered.kind == "faq" and answered.region == "巴中" and "33种" in answered.text


@pytest.mark.parametrize("text", ["四川城乡居民医保 乡镇卫生院住院 起付线好多 报好多", "我们四川的 门慢有好多种 报好多"])
def test_a_province_named_once_holds_for_each_question_of_the_message(engine, text):
    # each question is asked with the province's covered part (巴中: its rule, where shown, as 巴中's
    # only), none with every region's rules (克拉玛依's 门慢 rate is no answer for someone in 四川)
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"] and reply.suggestions == ["巴中"]
    assert "在四川，我只有巴中的医保手册" in reply.text
    assert not any(_label(n) in reply.text for n in COVERED if n != "巴中") and "克拉玛依" not in reply.text
    assert "【巴中】" not in reply.text or "只适用于在巴中参保的人" in reply.text
    answered = ask(engine, "巴中", session=session)
    assert answered.region == "巴中" and answered.kind == "faq" and "来源：巴中" in answered.text


@pytest.mark.parametrize("text,figures", [("大病保险起付线是多少 长期护理保险要交多少钱", ["14448", "53元"]),
                                          ("居民医保住院一年累计最多报多少？门诊慢性病报销比例是多少？", ["11万", "65%"])])
def test_several_questions_waiting_show_their_rules_and_ask_the_region_once(engine, text, figures):
    session = Session()
    reply = ask(engine, text, session=session)
    assert reply.kind == "clarify" and reply.missing_slots == ["region"] and reply.suggestions == COVERED
    assert "【1】" in reply.text and "【2】" in reply.text and all(f in reply.text for f in figures)
    assert reply.text.count("哪个地区参保") == 1 and reply.text.rstrip().endswith(texts.SIDE_BY_SIDE_TAIL)
    answered = ask(engine, "克拉玛依", session=session)
    assert answered.region == "克拉玛依" and "【1】" in answered.text and "【2】" in answered.text
