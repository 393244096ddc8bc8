"""Classes earlier rounds left, each asked in our own words (none is in eval/):

- a filing said as done with 办的 ("办的异地长期备案") beside a stay in a covered region is a filing told,
  as 办了 is: the region is where care happened, not where the asker is insured (one pattern, _FILED,
  read by both readers of a filing told)."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "我跟儿子在长治住 办的异地长期备案 在那边住院花了1万 能报多少",
    "我在克拉玛依女儿那住了一阵 办的备案 在当地住院花了2万 报多少",
])
def test_a_filing_said_with_ban_de_makes_the_covered_region_the_place_of_care(engine, text):
    assert detect_region(text).region is None
    r = answer(engine, text)
    # insured elsewhere: the region of cover is asked, never the stay's region's figures
    assert r.kind == "clarify" and r.region is None, r.text
