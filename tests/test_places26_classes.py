"""Classes read from the places-26 failures, each asked in our own words (none is in eval/):

- a rate asked with no scheme where one scheme's table is lost (长治 职工 住院): both schemes'
  pages, the lost one said so — never the lost table alone, which leaves 居民 askers, whose table
  the handbook gives, with "not listed";
- from when a benefit runs, asked with the hospital that certified it: a page that states a start
  (认定之日起), never the list of hospitals the story's words match;
- a phone asked in Sichuanese (打啥子电话): a page that gives no number (how to file) is not stated
  for it."""
import pytest

from corpus.qtype import missing_answer
from tests.helpers import answer, ids

_HOSPITALS = "南江县门诊慢病认定医疗机构：南江县人民医院、南江县中医医院；门诊特病认定医疗机构：南江县人民医院。"
_START = "认定符合慢病管理的人员，其待遇自认定之日起享受；认定符合特病管理的人员，其待遇自疾病确诊之日起享受。"
_FILING = "参保人员因病在异地定点医疗机构就医的，出院结算前应向参保地医保经办机构申报备案。"


@pytest.mark.parametrize("text", ["长治这边住院能报百分之几", "住院一般报几成"])
def test_a_rate_with_one_scheme_s_table_lost_gives_both_schemes(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq", r.text
    assert "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text
    # 长治 居民 住院: 三类收费标准 85% — the table the handbook gives is shown
    assert "85%" in r.text and "cz-jm-17" in ids(r), r.text


@pytest.mark.parametrize("text", ["慢病批下来以后 啥时候开始能报", "特病认定下来 哪天起能享受", "什么时候开始能报"])
def test_a_start_asked_needs_a_start(text):
    assert missing_answer(text, _HOSPITALS) == "起始"
    assert missing_answer(text, _START) is None


def test_a_start_asked_with_the_certifying_hospital_is_not_the_hospital_list(engine):
    r = answer(engine, "在南江县人民医院办的慢病认定 什么时候开始能报", region="巴中")
    assert not any(i.startswith("bz-4-07") for i in ids(r)), r.text
    assert r.kind in ("faq", "clarify") and "认定之日起" in r.text or "待遇享受时间" in r.text, r.text


@pytest.mark.parametrize("text", ["窗口态度差 打啥子电话投诉", "医保卡的事打啥子电话问"])
def test_a_phone_asked_in_sichuanese_needs_a_number(text):
    assert missing_answer(text, _FILING) == "电话"
    assert missing_answer(text, "申请人可通过（0827-12345）服务热线进行好差评。") is None


def test_a_complaint_about_a_filing_counter_is_not_how_to_file(engine):
    r = answer(engine, "去医保窗口办异地备案 工作人员不耐烦 想投诉 该打啥子电话", region="巴中")
    assert "bz-1-27" not in ids(r), r.text
    assert "12345" in r.text or "评价、投诉" in r.text, r.text
