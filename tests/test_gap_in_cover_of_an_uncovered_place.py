"""A gap in cover said of an uncovered place where someone is insured ("我表姐在达州参保的 她断保一年呢"): that
place's own rule on gaps asked — declined with its office and 12393, never the covered region's figure
(巴中's 大病 cap cut, 4000 a year) carried over from the calculation before. A gap said with a covered
region named ("在成都参保的 断保两年 现在在巴中交") still moves the asker's cover to that region."""
import pytest

from intents.regions import detect_region
from tests.helpers import talk


@pytest.mark.parametrize("text, place", [
    ("那我表姐在达州参保的 她断保一年是不是也这么减", "达州"),
    ("我在重庆交的医保 断缴一年 大病封顶减多少", "重庆"),
])
def test_the_gap_is_that_places(text, place):
    assert detect_region(text).unsupported == place


@pytest.mark.parametrize("text", ["我在成都参保的 断保两年 现在在巴中交 等待期多久", "在重庆交的医保断了 回巴中交"])
def test_a_move_to_a_covered_region_stays_its(text):
    assert detect_region(text).region == "巴中"


def test_no_covered_figure_after_a_calculation(engine):
    first, asked = talk(engine, ["我在巴中参的居民医保 2025年断了一年 2026年又续上了 大病保险封顶还有好多",
                                 "那我表姐在达州参保的 她断保一年是不是也这么减"], region="巴中")
    assert first.kind == "calculation", first.text
    assert asked.kind in ("unanswered", "clarify") and "296" not in asked.text and "达州" in asked.text, asked.text
