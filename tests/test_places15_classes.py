"""Where, when and wrong premises, asked in ways the fifteenth places set showed to be misread. Own
phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask

# ---- a figure checked against a group of diseases with a rate of its own ---------------------------


def test_a_rate_asserted_of_a_group_with_its_own_rate_is_checked_against_that_group(engine):
    reply = ask(engine, "长治职工 尿毒症这种一类病种门诊报75%是吧")
    assert reply.kind == "faq" and "85%" in reply.text, reply.text
    assert not reply.text.startswith("对"), reply.text


def test_the_other_groups_rate_says_which_groups_it_is(engine):
    reply = ask(engine, "长治职工门诊慢病报销比例是80%吧")
    assert reply.text.startswith("不是80%"), reply.text
    # the rate comes after what it is the rate of, the group with a rate of its own beside it
    assert "（二类、三类病种）的报销比例是75%" in reply.text and "一类病种85%" in reply.text, reply.text
    assert "报销比例（一类病种" not in reply.text, reply.text


def test_a_yearly_cap_names_the_tier_of_each_row_beside_it(engine):
    reply = ask(engine, "克拉玛依普通门诊一年最多报1000吧")
    assert "不是1000" in reply.text and "900" in reply.text, reply.text
    assert "一级医疗机构起付线10元" in reply.text and "二级医疗机构起付线20元" in reply.text, reply.text
