"""Classes of places-32, through the real engine. Own phrasings.

- An uncovered place's scheme compared with a covered region's, which of the two asked ("…和巴中合疗哪个
  报得多") or said with 比 ("…是不是比长治高"): the uncovered place is asked about — referred, never the
  covered region's page; care there compared with care at home is still the covered region's question.
- A 大专 / 中专 studied at in an uncovered place, with the school's scheme asked: that place's, as 读大学 there is."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer

# ---- an uncovered place's scheme compared with a covered region -----------------------------------------


@pytest.mark.parametrize("text, place", [
    ("重庆合疗和巴中合疗哪个划算", "重庆"),
    ("我在西安看病 西安医保跟长治的哪个报得多", "西安"),
    ("北京的医保报销比例是不是比巴中高", "北京"),
    ("广州医保是不是比克拉玛依报得多", "广州"),
])
def test_an_uncovered_scheme_compared_with_a_covered_region_is_referred(engine, text, place):
    r = answer(engine, text)
    assert r.kind == "unanswered", r.text
    assert place in r.text and "12393" in r.text, r.text
    assert "来源" not in r.text, r.text


@pytest.mark.parametrize("text, region", [
    ("重庆住院比巴中住院报得少吗", "巴中"),        # care there compared with care at home: the home rule
    ("在西安住院和长治住院哪个报得多", "长治"),
])
def test_care_elsewhere_compared_with_home_keeps_the_region(text, region):
    assert detect_region(text).region == region


# ---- a 大专 / 中专 studied at in an uncovered place: the school's scheme is there ------------------------


@pytest.mark.parametrize("text, place", [
    ("我表妹在兰州读大专 她们学校医保住院报多少", "兰州"),
    ("娃儿在西宁上中专 学校医保一年交多少", "西宁"),
])
def test_a_college_in_an_uncovered_place_is_that_place_s_scheme(engine, text, place):
    # as 读大学 there is (the school's scheme is where the school is, 学籍地): never the chat's region's figure
    assert detect_region(text).unsupported == place
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "unanswered" and place in r.text and "来源" not in r.text, r.text
