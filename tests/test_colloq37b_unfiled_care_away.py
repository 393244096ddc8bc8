"""Care away asked of a filing: a city outside the region named ("去上海看病"), or the region left
("出了长治"), is care 外地 for the filing pages, as they say it — the page whose table was lost (长治
职工 市外住院, a referral) is not the answer to what an unfiled stay loses, which 长治's slides state
(职工住院封顶线: "统筹区外（长治地区）就医，符合办理转诊备案手续的还是要备案，不备案比例降低15%"; 居民: 10%).
The 职工 15% is in the policy file, so that a figure heard is checked against it."""
import pytest

from corpus.search import care_in_own_city
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "上班的去上海看病 不备案的话报销比例会少多少",
    "职工医保到广州住院没有备案 比例降好多",
])
def test_a_city_named_with_a_filing_asked_finds_the_filing_page(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq" and "cz-zg-11" in ids(r) and "15%" in r.text, (r.kind, ids(r), r.text)


def test_the_region_left_is_care_away(engine):
    assert not care_in_own_city("出了长治去住院", "长治")
    assert care_in_own_city("在长治市人民医院住院", "长治")
    r = answer(engine, "出了长治住院不备案 报销比例降好多", region="长治")
    # no scheme said: each scheme's cut, labelled (or asked), never a referral
    assert r.kind in ("faq", "clarify"), (r.kind, r.text)
    assert "15%" in r.text and "10%" in r.text, r.text


def test_a_city_named_without_a_filing_keeps_the_referral(engine):
    # the rates asked, no filing: the 职工 table is lost — the referral, as before
    r = answer(engine, "职工去北京住院报多少", region="长治")
    assert r.kind == "unanswered", (r.kind, r.text)


@pytest.mark.parametrize("text,said,unsaid", [
    ("职工医保去外地住院不备案 比例是不是降10%", ["不是10%", "15%"], ["对，"]),
    ("职工医保去外地住院不备案 比例是不是降15%", ["15%"], ["不是15%"]),
    # no scheme said: both rows, never a plain 对 or 不是
    ("不备案的话比例是不是降10%", ["15%", "10%"], ["对，", "不是10%"]),
])
def test_the_staff_cut_is_checked(engine, text, said, unsaid):
    r = answer(engine, text, region="长治")
    for s in said:
        assert s in r.text, (s, r.text)
    for s in unsaid:
        assert s not in r.text, (s, r.text)
