"""Care away from home (round 42): what is asked of it — the papers to claim back a bill paid away, whether
a long-term filing still pays at home, which kind of filing a posted worker files, a rate whose kind of
filing is unsaid — picks the page that answers that facet, not the family's list of kinds, its filing
channels or the local row. A kind said keeps its own row. Our own words, all three regions."""
import pytest

from intents import care_away_facets
from corpus.normalize import normalize
from tests.helpers import answer


@pytest.mark.parametrize("text,region,needle", [
    # an outpatient bill paid in full away, claimed back: prescription and invoice, to the 参保地 office
    ("在重庆打工 去药店旁边的诊所看门诊 合疗刷不了 自己掏的钱 回巴中要带啥子去报", "巴中", "处方"),
    ("住院的时候没法直接结算 在外地 自己垫付的 回来要准备哪些材料报销", "巴中", "清单"),
    # a chronic disease's drugs got away and not settled there
    ("我妈的门慢是巴中认定的 在广州姐姐家住 在那边开的药结不了 回来凭什么报", "巴中", "原始发票"),
    ("门慢老人跟着去了西安 在西安医院开药能报不", "巴中", "即时结算"),
])
def test_a_bill_paid_away_is_claimed_back_with_its_papers(engine, text, region, needle):
    r = answer(engine, text, region=region)
    assert r.kind == "faq", r.text
    assert needle in r.text and "参保地" in r.text


@pytest.mark.parametrize("text,region", [
    ("在老家办了长期备案 回学校这边看病还能用医保吗", "克拉玛依"),
    ("备了异地长期居住 回克拉玛依住院能不能报", "克拉玛依"),
])
def test_a_long_term_filing_pays_both_ways(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind == "faq", r.text
    assert "双向" in r.text


@pytest.mark.parametrize("text", [
    "单位把我外派到西藏上班 要待三年 要办什么备案",
    "被公司派到广州常驻 职工医保在巴中交的 备哪种案",
])
def test_a_posted_worker_is_told_the_kind_for_people_working_away(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert "常驻异地工作人员" in r.text


@pytest.mark.parametrize("text", [
    "在老家住院的话备了案能报百分之几",
    "去外地看病 报销比例是多少 回家那种",
    "备了案在外地住院 报多少比例",
])
def test_a_rate_with_the_kind_of_filing_unsaid_is_asked_back_each_kinds_page_offered(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "clarify", r.text
    offered = " ".join(r.suggestions)
    assert "长期居住" in offered and "临时就医" in offered


@pytest.mark.parametrize("text,needle", [
    ("办了异地临时就医备案 在外地住院报销比例多少", "20%"),
    ("办了异地长期居住备案 住院报销比例多少", "与参保地相同"),
])
def test_a_kind_of_filing_said_keeps_its_own_row(engine, text, needle):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq", r.text
    assert needle in r.text


def test_a_filing_kind_said_in_bazhong_keeps_its_row(engine):
    r = answer(engine, "办了长期备案在成都住院 三级医院起付线多少", region="巴中")
    assert r.kind in ("faq", "calculation"), r.text
    assert "700" in r.text and "1000元" not in r.text


def test_changzhi_long_term_filing_outpatient_both_ways(engine):
    r = answer(engine, "长期居住备案办了 回长治这边看门诊还能报吗", region="长治")
    assert r.kind == "faq", r.text
    assert "双向" in r.text


@pytest.mark.parametrize("text,facet", [
    ("在外地看病自己付的钱 回来拿什么报", "papers"),
    ("备了长期 回来还能报不", "two_way"),
    ("派去外省常驻 备什么案", "kind_for"),
    ("在外地住院 报销比例多少", None),                # a rate: the kinds' business, no facet page
    ("异地备案在哪里办", None),
])
def test_the_facet_read(text, facet):
    assert care_away_facets.facet(normalize(text)) == facet


@pytest.mark.parametrize("text", [
    "备了案在外地看病 报销比例和在学校一样吗",
    "备案以后回家看病 比例会不会比学校这边低",
])
def test_a_filing_weighed_against_home_is_never_one_kinds_row(engine, text):
    # (the list of kinds states each kind's rate against the home one side by side, or the kind is asked)
    r = answer(engine, text, region="克拉玛依")
    if r.kind == "faq":
        assert "相同" in r.text and "20%" in r.text, r.text
    else:
        assert r.kind == "clarify" and "临时就医" in " ".join(r.suggestions), r.text


def test_the_deadline_of_the_papers_is_no_papers_facet():
    assert care_away_facets.facet(normalize("那边没直接结算的话 单子要什么时候之前交")) is None
