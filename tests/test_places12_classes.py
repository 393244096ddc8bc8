"""Where, when and wrong premises, asked in ways the twelfth places set showed to be misread. Own
phrasings, through the real engine."""
import pytest

from intents.premise import asserted
from tests.helpers import answer as ask

# ---- an asserted figure is compared with the rule it names -------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("巴中大病保险限额每年加3000对吧", "4000", "不是3000"),          # the yearly step, not the cap
    ("巴中一直没断保 大病封顶线每年能加一万是不是", "4000", "不是10000"),
])
def test_a_step_of_a_cap_is_checked_against_the_step(engine, text, right, wrong):
    reply = ask(engine, text)
    assert right in reply.text and wrong in reply.text, reply.text
    assert "300000" not in reply.text and "30万" not in reply.text, reply.text


def test_a_right_step_of_a_cap_is_confirmed_as_the_increase(engine):
    reply = ask(engine, "巴中大病限额每年加4000对吧")
    assert reply.text.startswith("对，") and "提高" in reply.text and "降低" not in reply.text, reply.text


# ---- "…对不" / "…是不" at the end checks the figure said -------------------------------------

@pytest.mark.parametrize("text", ["长治两病糖尿病一年300块 对不", "巴中两病高血压一年给报150 是不"])
def test_a_trailing_dui_bu_checks_the_figure(text):
    assert asserted(text), text


@pytest.mark.parametrize("text, right, wrong", [
    ("长治两病糖尿病一年300块 对不", "360", "不是300"),
    ("长治两病高血压一年260 对不", "260", None),
])
def test_a_checked_two_diseases_cap_is_answered_not_asked_for_the_drug_class(engine, text, right, wrong):
    reply = ask(engine, text)
    assert reply.kind == "faq" and right in reply.text, reply.text
    assert wrong is None or wrong in reply.text, reply.text
    assert "甲类还是乙类" not in reply.text


def test_dui_bu_qi_is_no_check():
    assert not asserted("对不起 住院花了3000")
