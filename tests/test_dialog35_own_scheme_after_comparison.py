"""The other scheme's figure asked for comparison ("那居民的呢", "职工的是多少") after the asker told their own
("我是职工医保 …"): a bill they tell next is theirs, computed on the scheme they said is theirs — never on the
scheme of the page asked last. Own phrasings, through the real engine."""
from tests.helpers import computed, talk


def test_a_bill_after_the_other_schemes_limit_is_the_askers_own_scheme(engine):
    first, other, r = talk(engine, ["我是职工医保 冠心病门慢一年限额多少", "那居民的呢", "我今年冠心病门诊花了1200 能报多少"],
                           region="巴中")
    assert "1500" in first.text and "800" in other.text, (first.text, other.text)
    computed(r, 1080, name="chronic")        # 1200 × 90%, under 职工's 1500 (居民's 800 would cap it)
    assert "职工" in r.text and "800" not in r.text, r.text


def test_the_same_in_changzhi_by_the_month(engine):
    *_, r = talk(engine, ["我是居民医保 高血压三级门慢一个月限额多少", "职工的是多少", "我这个月花了200 报多少"], region="长治")
    computed(r, 140, name="chronic")         # 居民 70 % (职工's 75 % would be 150)
    assert "150" not in r.text, r.text


def test_the_other_scheme_said_as_ones_own_still_changes_it(engine):
    # a correction of one's own scheme is not a comparison
    *_, r = talk(engine, ["我是职工医保 冠心病门慢一年限额多少", "说错了 我是居民医保", "我今年冠心病门诊花了1200 能报多少"],
                 region="巴中")
    computed(r, 800, name="chronic")
