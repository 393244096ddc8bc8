"""A fee asked, in a conversation, of a year after the one the region's handbook gives figures for —
after the fee was asked or computed ("那2028年度的呢", "二八年还是那么多不"), or after another question:
the handbooks give no such figure (巴中 第三章六问 and 克拉玛依 第2部分 give 2026年度's 400元 only), so
the reply says so and names the office, and computes nothing with 2026's. (A conversation's first
message asking the fee outright is not known either since the colloquial-26 round:
tests/test_colloq26.py.) Own phrasings, through the real engine and the batch contract."""
import pytest

from tests.helpers import talk


@pytest.mark.parametrize("region, turns", [
    ("巴中", ["住院报销要带啥材料", "2028年城乡居民医保一个人交多少"]),
    ("巴中", ["居民医保今年个人交好多钱", "那2028年度的呢"]),
    ("巴中", ["我家三口人 合疗一年一共交好多", "二八年还是交400不"]),
    ("巴中", ["我家四口人 居民医保一年交多少", "里面有个是特困", "2027年是不是涨到500了"]),
    ("克拉玛依", ["学生居民医保个人缴费多少", "2027年度的呢 是不是一样"]),
])
def test_a_later_years_fee_is_not_known(engine, region, turns):
    *_, r = talk(engine, turns, region=region)
    assert r.kind == "unanswered", r.text
    assert "2026年度" in r.text and "没有" in r.text, r.text
    assert r.calculation is None


@pytest.mark.parametrize("region, turns, needle", [
    # the handbook's own year, and a year said relative to today, are answered as before
    ("巴中", ["2028年合疗交多少", "2026年的呢"], "400"),
    ("巴中", ["明年的合疗要交好多钱"], "400"),
    # a year that tells a case (when paid after a gap) is the case's, not a fee asked
    ("巴中", ["我2025年和2026年都没交合疗 2027年集中缴费期交了 要等好久才能报"], "4"),
])
def test_other_years_are_answered_as_before(engine, region, turns, needle):
    *_, r = talk(engine, turns, region=region)
    assert r.kind in ("faq", "calculation") and needle in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "house": ("巴中", ["我们屋头四个人 合疗一年交好多", "说错了 五个人", "二零二八年还是那个数不"]),
    })
    assert rows["house-1"]["kind"] == "calculation"
    assert rows["house-2"]["kind"] == "unanswered" and rows["house-2"]["calculation"] is None


@pytest.mark.parametrize("turns", [
    # when and where to pay are rules the handbook gives for every year (第三章三问: 上一年的10月至当年的2月底)
    ["居民医保今年个人交好多钱", "2027年啥时候交"],
    ["居民医保今年个人交好多钱", "2027年的在哪交"],
])
def test_a_later_years_window_is_no_fee_asked(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind != "unanswered" or "缴费标准" not in r.text, r.text
