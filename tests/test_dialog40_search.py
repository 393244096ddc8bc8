"""What the search reads in a question: 两病 said as falling short of 慢病 in any words, and the two schemes'
门诊慢病 rates compared (长治)."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry", [
    ("我爸血压高 天天吃降压药 医生讲还够不到慢病的条件 能报点啥", "bz-4-19-gxy"),
    ("血糖有点高 在吃降糖药 还没达到门慢的级别 医保管不管", "bz-4-19-tnb"),
    ("我妈高血压 没到慢性病那个程度 吃药有报销没得", "bz-4-19-gxy"),
])
def test_high_pressure_or_sugar_short_of_the_chronic_standard_is_two_diseases(engine, text, entry):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry], (ids(r), r.text)
    assert "50%" in r.text


def test_not_applied_for_is_not_short_of_the_standard():
    from corpus.lexicon import joined_verbs
    assert "两病" not in joined_verbs("高血压还没办慢病 怎么办")
    assert "两病" in joined_verbs("高血压还不够慢病的标准")


@pytest.mark.parametrize("text", ["门诊慢病的报销比例 职工跟居民有区别没", "慢性病门诊 上班的和合疗报的比例一样吗"])
def test_the_two_schemes_chronic_rates_compared_state_both(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq", r.text
    assert "75%" in r.text and "70%" in r.text and "85%" in r.text, r.text
