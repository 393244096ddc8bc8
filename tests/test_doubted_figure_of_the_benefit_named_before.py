"""A figure doubted in a clause after the question naming its benefit, the year between ("大病保险起付线
2025年是好多 我记得是一万"): checked against that benefit's figure (巴中 第三章 二十二问: 2025年度 14448元),
never against the basic stays' 起付线, which 起付线 alone would name; a stay named keeps the stay's rows."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text,says,never", [
    ("大病保险起付线2025年是好多 我记得是一万", "14448", "乡镇卫生院"),
    ("大病保险的起付线2025年度是多少 好像是一万吧", "14448", "乡镇卫生院"),
    # the stay's own threshold asked: the stay's rows
    ("三级医院住院起付线是好多 我记得是一千", "700", "14448"),
])
def test_the_doubted_figure_is_the_named_benefits(engine, text, says, never):
    r = answer(engine, text, region="巴中")
    first = r.text.splitlines()[0]
    assert first.startswith("不是") and says in first and never not in first, r.text
