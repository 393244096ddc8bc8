"""A doubted figure that holds whatever the asker's case is still confirmed, though the table has other
rows: the band said by both its ends, a layer paid on top of the rate (长治's 再报销), the figures of every
band said together, the first band of a table paid band by band (every bill starts there). A middle band's
rate alone still asks which band. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", ["大病保险 十万至二十万之间是报七成吧", "大病 10到20万的部分报70%对吧"])
def test_a_band_named_by_both_ends_is_that_bands_row(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and r.text.startswith("对，") and "70%" in r.text and "其他情况" not in r.text, r.text
    assert "部分的报销比例是85%" not in r.text, r.text      # (only the band said: one row)


def test_a_layer_paid_on_top_is_no_other_case_of_the_askers(engine):
    r = answer(engine, "长治城乡居民 大病保险过了起付线报75%是吧", region="长治")
    assert r.kind == "faq" and r.text.startswith("对，") and "75%" in r.text and "再报销" in r.text, r.text


def test_every_bands_figure_said_together_is_confirmed(engine):
    r = answer(engine, "巴中大病是分段报 60% 70% 85%对吧", region="巴中")
    assert r.kind == "faq" and r.text.startswith("对，") and "其他情况" not in r.text, r.text


def test_the_first_bands_rate_is_confirmed_with_the_higher_bands_beside(engine):
    r = answer(engine, "大病保险报销比例是60%吧", region="巴中")
    assert r.kind == "faq" and r.text.startswith("对，") and all(x in r.text for x in ("60%", "70%", "85%")), r.text


def test_a_middle_bands_rate_alone_still_asks_the_band(engine):
    r = answer(engine, "大病保险一般报七成对不对", region="巴中")
    assert r.kind == "clarify" and "费用在哪一段" in r.text and not r.text.startswith("对"), r.text
