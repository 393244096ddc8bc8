"""Classes earlier rounds left, through the real engine. Own phrasings.

- An uncovered place compared with a covered region before the question ("X的医保跟克拉玛依一样不 …"): the
  place asked about is the uncovered one; the covered region's figure is never stated as its own."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer

# ---- an uncovered place compared with a covered region: the uncovered place is asked about -------------


@pytest.mark.parametrize("text, place, figure", [
    ("奎屯的居民医保跟克拉玛依一样不 大病保险起付线多少", "奎屯", "21000"),
    ("乌鲁木齐的学生医保和克拉玛依的有区别吗 一年交多少", "乌鲁木齐", "400"),
    ("成都的合疗跟巴中一样吗 住院起付线好多", "成都", "700"),
])
def test_an_uncovered_place_compared_with_a_covered_region(engine, text, place, figure):
    r = answer(engine, text)
    assert r.kind == "unanswered", r.text
    assert place in r.text and "12393" in r.text, r.text
    assert figure not in r.text and "来源" not in r.text, r.text


@pytest.mark.parametrize("text, region", [
    ("巴中的合疗和成都的有区别吗", "巴中"),          # the covered region is the one asked about
    ("在成都住院跟巴中一样报吗", "巴中"),             # care there, compared with home
])
def test_a_covered_region_asked_about_is_kept(text, region):
    assert detect_region(text).region == region
