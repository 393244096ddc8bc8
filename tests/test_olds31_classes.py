"""Classes earlier rounds left, each asked in our own words (none is in eval/):

- a filing said as done with 办的 ("办的异地长期备案") beside a stay in a covered region is a filing told,
  as 办了 is: the region is where care happened, not where the asker is insured (one pattern, _FILED,
  read by both readers of a filing told);
- 要 before a benefit named 生育… ("还要生育津贴") is no birth still to come: the asker's own birth told
  ("我媳妇生娃了"), the sum turning on its kind, still gets the rule and the kind asked back."""
import pytest

from intents.forms import BIRTH_TO_COME
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


def test_a_benefit_named_with_yao_is_no_birth_to_come(engine):
    assert not BIRTH_TO_COME.search("还要生育津贴") and BIRTH_TO_COME.search("媳妇要生了")
    # 巴中 第二章 职工生育: the sum turns on 顺产 / 剖宫产 / 终止妊娠 — asked back, as "媳妇生了 职工医保报好多" is
    r = answer(engine, "我媳妇生娃了 职工医保 还要生育津贴 能报多少", region="巴中")
    assert r.kind == "clarify", r.text
