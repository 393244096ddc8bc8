"""Classes read from the places-26 failures, each asked in our own words (none is in eval/):

- a rate asked with no scheme where one scheme's table is lost (长治 职工 住院): both schemes'
  pages, the lost one said so — never the lost table alone, which leaves 居民 askers, whose table
  the handbook gives, with "not listed"."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", ["长治这边住院能报百分之几", "住院一般报几成"])
def test_a_rate_with_one_scheme_s_table_lost_gives_both_schemes(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq", r.text
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text
    # 长治 居民 住院: 三类收费标准 85% — the table the handbook gives is shown
    assert "85%" in r.text and "cz-jm-17" in ids(r), r.text
