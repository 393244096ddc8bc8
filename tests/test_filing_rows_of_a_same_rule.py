"""A page that states a filing's inpatient rule only in words — 巴中 第一章 三十 "在长期备案地住院，起付线和
报销比例与市内同等级医疗机构相同", 克拉玛依 第8部分（一） "报销比例与参保地相同" — answers "is it the same",
but an asker who names the tier (or asks how it pays) wants that tier's figures: they come from the
region's policy file (`filing_rows` in corpus/faq), each scheme's row, or the asker's scheme's alone.
Figures: 巴中 第二章 二十七问 (职工 二级 400 / 82%, 三级 700 / 80%) and 第三章 十一问 (居民 二级 400 / 70%,
三级 700 / 60%); 克拉玛依 第7部分（一） (三级 600 / 65%). Phrasings of our own."""

import pytest

from calculators.policy import policy_for
from corpus.entries import load_entries
from tests.helpers import answer


@pytest.mark.parametrize("text, region, present, absent", [
    # a tier said, no scheme: both schemes' rows of that tier
    ("巴中的 在外地办了长期备案 在那边二级医院住院 跟巴中一样吗", "巴中", ["一样", "82%", "70%", "400"], ["三级"]),
    # the asker's scheme said: its row alone
    ("职工医保 办了长期备案 在外地三级医院住院 跟市内一样不", "巴中", ["一样", "80%", "700"], ["60%"]),
    ("合疗 办了长期备案 在外地三级医院住院 跟市内一样不", "巴中", ["一样", "60%", "700"], ["80%"]),
    # 克拉玛依: only 居民 is tabled
    ("克拉玛依参保 办了异地长期居住备案 在外地三级医院住院 报销比例跟参保地一样吗", None, ["65%", "600"], []),
])
def test_a_tier_said_gets_its_rows_beside_the_same_rule(engine, text, region, present, absent):
    r = answer(engine, text, region=region)
    assert r.kind == "faq", r.text
    for said in present:
        assert said in r.text, r.text
    for said in absent:
        assert said not in r.text, r.text


def test_no_tier_and_only_whether_the_same_is_asked_gets_the_rule_alone(engine):
    r = answer(engine, "长期备案住院报销比例跟巴中一样吗", region="巴中")
    assert "一样" in r.text, r.text
    assert "%" not in r.text, r.text


def test_filing_rows_name_a_filing_of_the_regions_policy_file():
    marked = [e for e in load_entries() if e.filing_rows]
    assert marked
    for e in marked:
        plans = policy_for(e.region).inpatient
        assert any(e.filing_rows in plan.filings for plan in plans.values()), e.id
