"""Several questions in one message: a calculation an earlier question made is no form a later
question asks again for its scheme when that one tells no fact and asks no figure ("顺产跟剖腹产各报多少？
还有，材料交上去 多久能到账": how long, not the 剖宫产 sum again); a later question asking another
figure of it still is ("医保报好多 自己自付又是好多"). Own phrasings, through the real engine."""
from tests.helpers import answer


def test_a_later_question_for_how_long_is_no_calculation(engine):
    r = answer(engine, "居民医保生娃 顺产跟剖腹产各报好多？还有，发票交上去 多久能到账", region="长治")
    assert r.kind != "calculation" and r.calculation is None, r.text
    assert "1500" in r.text and "3000" in r.text, r.text


def test_a_later_question_for_another_figure_of_it_is_computed(engine):
    r = answer(engine, "城乡居民在乡镇卫生院住院 总共6000 其中能报的5000 目录外1000 医保报好多 自己自付又是好多",
               region="巴中")
    assert r.kind == "calculation" and "4410" in r.text.replace(",", ""), r.text    # (5000−100)×90%
