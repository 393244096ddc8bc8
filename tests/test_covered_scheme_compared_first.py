"""A covered region's scheme named first and compared with an uncovered place's ("长治的医保是不是比上海的
高", "巴中合疗和重庆合疗哪个划算"): the comparison needs the other place's policy, which no handbook has —
referred, as the same comparison said the other way round is (places-32) — never a page of ours taken for
it. Care there compared with care at home stays the covered region's question."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer


@pytest.mark.parametrize("text, place", [
    ("长治的医保是不是比上海的高", "上海"),
    ("巴中合疗和重庆合疗哪个划算", "重庆"),
    ("克拉玛依的医保比乌鲁木齐的报得多吗", "乌鲁木齐"),
])
def test_a_covered_scheme_compared_with_an_uncovered_one_is_referred(engine, text, place):
    assert detect_region(text).unsupported == place, detect_region(text)
    r = answer(engine, text)
    assert r.kind == "unanswered" and place in r.text and "来源" not in r.text, r.text


@pytest.mark.parametrize("text, region", [
    ("巴中住院比重庆住院报得多吗", "巴中"),
    ("长治合疗住院和在西安住院哪个报得多", "长治"),
])
def test_care_at_home_compared_with_care_elsewhere_keeps_the_region(text, region):
    assert detect_region(text).region == region
