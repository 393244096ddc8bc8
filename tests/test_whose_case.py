"""Whose case a message tells: the one lexicon of relatives and other people (`intents.people`), its
readers, and the scheme kept with the person it was said of — through the engine and the batch
contract. (巴中 第三章: 职工 住院 二级 起付 400, 82% in 职工's table → 5000 pays 3772.)"""
import pytest

from intents import people
from intents.numbers import find_numbers
from intents.slots import extract
from tests.helpers import computed, talk

# ---- the readers over many wordings ------------------------------------------------------------------
# (kin: a kin word of two characters or more, or one of one with the asker's owner — "我姐", never 她爸;
# whose: a relative with an owner, the asker's or another's; other: anyone said with an owner who is not
# the asker, kin or not)


@pytest.mark.parametrize("text, kin, whose, other", [
    ("我妈住院了", True, True, True),
    ("俺老汉在住院", True, True, True),
    ("我们家娃今年上学", True, True, True),
    ("我屋头那个是职工", True, True, True),
    ("我媳妇怀起了", True, True, True),
    ("我媳妇儿怀起了", True, True, True),
    ("俺家幺儿感冒了", True, True, True),
    ("我弟娃儿看病", True, True, True),
    ("我姐也想问", True, True, True),
    ("他老婆生娃", True, True, True),
    ("她爸是退休职工", False, True, True),
    ("孙娃儿刚生", True, False, False),
    ("老伴儿也是合疗", True, False, False),
    ("我室友住院了", False, False, True),
    ("我同事说要备案", False, False, True),
    ("俺邻居去年住院", False, False, True),
    ("我舅在县医院", False, False, True),
    ("我在县医院住院", False, False, False),
    ("俺是职工", False, False, False),
    ("隔壁大妈说的", False, False, False),
    ("我们单位交的", False, False, False),
])
def test_who_a_message_names(text, kin, whose, other):
    assert (people.KIN.search(text) is not None, people.WHOSE.search(text) is not None,
            people.other_named(text)) == (kin, whose, other)


@pytest.mark.parametrize("text, member", [
    ("婆婆在乡镇卫生院住院", "婆婆"),
    ("老人七十多了", "老人"),
    ("孙娃儿刚生", "孙娃儿"),
    ("我屋头那个住院了", "屋头那个"),
    ("在县医院住院", None),
])
def test_a_member_of_the_household(text, member):
    import re
    m = re.search(people.MEMBER, text)
    assert (m.group(0) if m else None) == member


@pytest.mark.parametrize("text, told", [
    ("我老汉癌症花钱像流水", True),
    ("俺娘老去拿药", True),
    ("我屋头老汉儿住院", True),
    ("我哥在外地打工", True),
    ("我在县医院住院", False),
])
def test_a_clause_told_of_the_household(text, told):
    assert (people.KIN_TOLD.match(text) is not None) == told


@pytest.mark.parametrize("text, own, apart", [
    ("我在县医院住院能报多少", True, True),
    ("俺是职工", True, True),
    ("我自己在二级医院住院花了2万", True, True),
    ("我妈是职工 我在二级医院住院花了5000", True, True),
    ("我妈在县医院住院", False, False),
    ("我在医院陪我妈", True, False),
    ("帮我妈问下", False, False),
])
def test_the_askers_own_case(text, own, apart):
    assert (people.own_case_said(text), people.own_case_apart(text)) == (own, apart)


def _scheme_of(text):
    return extract(text).get("insurance")


@pytest.mark.parametrize("text, of_other", [
    ("我是职工 我妈也想问下 住院起付线多少", False),
    ("我是职工 帮我妈也问下", False),
    ("我在单位有职工医保 住院咋报", False),
    ("我妈是职工 住院起付线多少", True),
    ("俺老汉是退休职工", True),
    ("帮我妈问下 合疗住院咋报", True),
    ("居民医保住院咋报", False),
    ("我老婆是居民医保，我是职工医保，她顺产住院花了4000", False),
    ("俺是长治的 城乡居民 俺娘住院花了两万", True),
])
def test_whose_the_scheme_said_is(text, of_other):
    assert people.scheme_of_other(text, _scheme_of) is of_other


@pytest.mark.parametrize("of_other, text, held", [
    (True, "我在县医院住院能报多少", None),
    (True, "她在二级医院住院花了5000", "职工"),
    (True, "我妈在二级医院住院花了5000", "职工"),
    (False, "我在二级医院住院花了5000", "职工"),
    (False, "二级医院花了5000能报多少", "职工"),
    (False, "我妈在二级医院住院花了5000", None),
    (False, "俺室友住院了 能报多少", None),
])
def test_the_scheme_held_for_a_message(of_other, text, held):
    assert people.held_scheme({"insurance": "职工", "insurance_of_other": of_other}, text) == held


@pytest.mark.parametrize("text, age", [
    ("我妈七十多了", 70),
    ("俺老汉儿今年85了", 85),
    ("我哥哥六十了", 60),
])
def test_an_age_said_of_a_person(text, age):
    assert any(n.age and int(n.value) == age for n in find_numbers(text))


# ---- the scheme stays with the person it was said of --------------------------------------------------

_OWN_THEN_RELATIVE_ASKED = [
    # the asker's own scheme said beside a relative named: theirs, not asked again for their own stay
    ["我是职工 帮我妈也问下", "我在二级医院住院花了5000能报多少"],
    ["我是职工医保 我妈也想知道 大病保险怎么报", "我自己在二级医院住院花了5000 能报多少"],
]


@pytest.mark.parametrize("turns", _OWN_THEN_RELATIVE_ASKED)
def test_the_askers_own_scheme_said_beside_a_relative_is_theirs(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, 3772, name="inpatient")
    assert r.calculation.inputs.get("insurance") == "职工", r.text


@pytest.mark.parametrize("turns", [
    # a relative's scheme is not the asker's own stay, in the same message or the next
    ["我妈是职工 我在二级医院住院花了5000能报多少"],
    ["我妈是职工 住院起付线多少", "我在二级医院住院花了5000能报多少"],
    # nor the asker's own a relative's
    ["我是职工 住院起付线多少", "我妈在二级医院住院花了5000能报多少"],
    ["我是职工 住院起付线多少", "俺室友在二级医院住院花了5000能报多少"],
])
def test_a_scheme_is_not_taken_for_another_persons_case(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "clarify" and "insurance" in r.missing_slots, r.text


def test_a_relatives_scheme_holds_when_asked_of_them_again(engine):
    *_, r = talk(engine, ["我妈是职工 住院起付线多少", "她在二级医院住院花了5000能报多少"], region="巴中")
    computed(r, 3772, name="inpatient")


# ---- the same through the batch contract (`yibao ask --jsonl`, a real subprocess) -------------------

def test_whose_case_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "own": ("巴中", _OWN_THEN_RELATIVE_ASKED[0]),
        "mixed": ("巴中", ["我妈是职工 我在二级医院住院花了5000能报多少"]),
        "theirs": ("巴中", ["我是职工 住院起付线多少", "我妈在二级医院住院花了5000能报多少"]),
    })
    assert rows["own-1"]["kind"] == "calculation" and "3,772" in rows["own-1"]["text"], rows["own-1"]["text"]
    assert rows["mixed-0"]["kind"] == "clarify" and "insurance" in rows["mixed-0"]["missing_slots"]
    assert rows["theirs-1"]["kind"] == "clarify" and "insurance" in rows["theirs-1"]["missing_slots"]
