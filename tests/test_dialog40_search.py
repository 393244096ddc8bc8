"""What the search reads in a question: 两病 said as falling short of 慢病 in any words, and the two schemes'
门诊慢病 rates compared (长治)."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry", [
    ("我爸血压高 天天吃降压药 医生讲还够不到慢病的条件 能报点啥", "bz-4-19-gxy"),
    ("血糖有点高 在吃降糖药 还没达到门慢的级别 医保管不管", "bz-4-19-tnb"),
    ("我妈高血压 没到慢性病那个程度 吃药有报销没得", "bz-4-19-gxy"),
    # (the examples of the lexicon's phrase lines this rewrite replaced)
    ("血糖高在吃药 没达到慢病标准 一年能报好多", "bz-4-19-tnb"),
    ("我爸血压高 没有达到慢病标准 吃药一年能报多少", "bz-4-19-gxy"),
    ("血压高但达不到慢病标准 降压药能报多少", "bz-4-19-gxy"),
    ("糖尿病不够慢病标准 吃药一年报好多", "bz-4-19-tnb"),
    ("糖尿病够不上慢病 降糖药一年能报多少", "bz-4-19-tnb"),
    ("高血压还够不上办慢病 降压药报多少", "bz-4-19-gxy"),
    ("血糖高 吃降糖药 还够不上门慢 一年能报多少", "bz-4-19-tnb"),
    ("血压高 医生说还没到门慢 降压药一年报多少", "bz-4-19-gxy"),
    ("血糖高 吃降糖药 莫到门慢那个标准 一年报好多", "bz-4-19-tnb"),
    ("糖尿病吃药 不够办慢病 一年能报多少", "bz-4-19-tnb"),
])
def test_high_pressure_or_sugar_short_of_the_chronic_standard_is_two_diseases(engine, text, entry):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry], (ids(r), r.text)
    assert "50%" in r.text or "两病" in r.text


def test_not_applied_for_is_not_short_of_the_standard():
    from corpus.lexicon import joined_verbs
    assert "两病" not in joined_verbs("高血压还没办慢病 怎么办")
    assert "两病" in joined_verbs("高血压还不够慢病的标准")


@pytest.mark.parametrize("text", ["门诊慢病的报销比例 职工跟居民有区别没", "慢性病门诊 上班的和合疗报的比例一样吗"])
def test_the_two_schemes_chronic_rates_compared_state_both(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq", r.text
    assert "75%" in r.text and "70%" in r.text and "85%" in r.text, r.text


@pytest.mark.parametrize("text", ["看病的单据能先存着 等下学期统一交吗", "发票我想压着 过完年再报销 可以不",
                                  "发票先攒着 年底一起报行吗", "票据能不能攒着以后一起交"])
def test_bills_kept_back_to_hand_in_later_meet_the_same_year_rule(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-10-10"], (ids(r), r.text)
    assert "当年" in r.text


@pytest.mark.parametrize("text", ["在长治住院一般报几成", "长治这边住院能报百分之多少"])
def test_a_stays_rate_with_no_scheme_said_shows_both_schemes_pages(engine, text):
    # 长治 职工's table is lost (its page says so); 居民's rates are given — both, labelled, never 居民's alone
    r = answer(engine, text, region="长治")
    assert r.kind == "faq" and "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text
