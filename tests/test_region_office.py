"""The office a region's handbook names as its own (克拉玛依区医疗保障局 for the 克拉玛依 guide) is no
one county's window among several, which a question naming no county would pass over for the region's
general page: asked what number takes policy questions, it answers (0990-6612393). Own phrasings."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("said", ["医保政策有问题打哪个电话", "想问医保政策有问题打哪个电话"])
def test_the_regions_own_office_answers(engine, said):
    r = answer(engine, said, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-02-14" and "6612393" in r.text, r.text


def test_a_county_window_in_a_region_of_several_still_yields_to_the_general_page(engine):
    from corpus.search import counties_named
    from corpus.normalize import normalize
    idx = engine.index
    i = next(k for k, e in enumerate(idx.entries) if counties_named(normalize(e.question)) == {"南江县"})
    assert idx.entry_one_county[i]


# a consultation number asked of 医保 with no business named (缴费, 校区) is the policy line the
# guide gives 克拉玛依区医疗保障局 (第2部分: 医疗保险政策咨询), not the tax office's 缴费 hotline
@pytest.mark.parametrize("said", ["医保咨询电话多少", "医保有啥子咨询电话没得", "医保方面有什么咨询电话"])
def test_a_consultation_number_of_no_business_is_the_policy_office(engine, said):
    r = answer(engine, said, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-02-14" and "6612393" in r.text, r.text


def test_a_consultation_number_asked_after_a_calculation_is_dropped_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"phone": ("克拉玛依", ["帮我算下门诊报多少", "不用算了 医保有啥子咨询电话"])})
    second = rows["phone-1"]
    assert second["kind"] == "faq" and "6612393" in second["text"], second["text"]


@pytest.mark.parametrize("first, then, kept", [
    # where the asker works is told, not asked: no clause of the other office's reading
    ("我在通江上班 医保窗口电话好多", "南江的呢", "电话"),
    ("我老公在巴州区上班 医保局在哪", "平昌的呢", "在哪"),
    # its hours asked are, the work told beside them is not
    ("我在通江上班 医保窗口电话多少 啥时候上班", "南江的呢", "啥时候上班"),
])
def test_the_office_elsewhere_keeps_only_what_was_asked_of_the_office(engine, first, then, kept):
    from bot.session import Session
    session = Session()
    answer(engine, first, region="巴中", session=session)
    reading = engine._office_elsewhere(then, session)
    assert reading is not None and kept in reading, reading
    assert "我" not in reading and reading.count("上班") == kept.count("上班"), reading
