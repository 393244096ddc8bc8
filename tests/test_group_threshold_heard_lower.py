"""A group's own 大病 deductible asked with the asker's hearsay that it is lower on the way ("听说大病保险
起付线比一般人低 具体是好多钱"), typed as often (大兵保险, 起伏线): the group's figure computed from the
policy file (巴中 第三章 二十二问/二十四问: 14448 元，低保对象降低50% — 7224 元), not a refusal."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "我是低保户听说大兵保险起伏线比一般人低 具体是好多钱嘛",
    "我是低保户 听说大病保险起付线比普通人低一半 到底是多少",
    "我家是特困户 大病保险的起付线比别人少 具体好多",
])
def test_group_threshold_heard_lower(engine, text):
    computed(answer(engine, text, region="巴中"), 7224)


def test_ordinary_asker_gets_no_group_figure(engine):
    r = answer(engine, "听说大病保险起付线比职工低 具体是好多", region="巴中")
    assert "7224" not in r.text.replace(",", ""), r.text


def test_how_much_lower_asked_is_the_entry_s_relative_rule(engine):
    # (how much lower, not the figure: the entry's 降低50% answers it)
    r = answer(engine, "我们是低保户 巴中大病保险起付线是不是比一般人低 低好多")
    assert r.kind == "faq" and "50%" in r.text, r.text
