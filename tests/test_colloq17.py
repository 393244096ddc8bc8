"""Classes of failure read on the strangers' colloquial-17 set, each asked in our own words through
the real engine."""
import pytest

from corpus.qtype import compared
from tests.helpers import answer as ask, ids


# ---- a relative on the other side of a comparison: the group is what they are insured as --------

@pytest.mark.parametrize("text,pair", [("门慢待遇跟我老汉居民医保的一样不", ("待遇", "居民")),
                                       ("报销比例和我妈妈农合的有区别没", ("比例", "农合")),
                                       ("两病待遇跟我妈一样不", ())])
def test_a_relative_compared_is_read_as_their_scheme(text, pair):
    assert compared(text) == pair


@pytest.mark.parametrize("text", ["我是上班的职工医保 门诊两病待遇跟我爸农合的一样吗",
                                  "我是职工 两病报销跟我老婆居民医保的有区别没"])
def test_two_diseases_compared_with_a_relative_s_scheme(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-19"] and "相同" in r.text, r.text
