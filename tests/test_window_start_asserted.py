"""The first day to pay asserted ("是不是十一月一号才开始交") is checked against the region's 集中缴费期 in its
policy file, its last day said too — 巴中 第三章 三问 (2026年度 2025年10月20日至2026年2月28日);
克拉玛依 第2部分 (2025年9月1日至2026年1月10日)."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text,region,verdict,says", [
    # (two questions one page answers: the line naming both comes first, then the answer — or, where the
    # deadline is read as a question of its own on the scheme named, the first part's answer)
    ("老辈子问哈 2026年的合疗 是不是十一月一号才开始交 交到好久截止", "巴中", "不是", ("10月20日", "2月28日")),
    ("合疗是不是10月20号开始交", "巴中", "对", ("10月20日", "2月28日")),
    ("居民医保是10月份开始交吧", "巴中", "对", ("10月20日",)),
    ("是不是九月一号开始交医保", "克拉玛依", "对", ("9月1日", "1月10日")),
    # (the asker before the check, "我记得是…": still the window asserted)
    ("我记得是11月1号才开始交合疗吧", "巴中", "不是", ("10月20日",)),
])
def test_the_first_day_to_pay_is_checked(engine, text, region, verdict, says):
    r = answer(engine, text, region=region)
    lines = r.text.splitlines()
    if lines[0].startswith("【") and (lines[0].endswith("】") or lines[0].startswith("【1】")):
        lines = lines[1:]
    assert lines[0].startswith(verdict), r.text
    for s in says:
        assert s in lines[0], (s, r.text)


# the asker's own payment told ("我9月开始交的医保"), then something else asked: no window asserted, none corrected
@pytest.mark.parametrize("text,region", [
    ("我9月开始交的医保 现在能报销吗", "巴中"),
    ("俺是2025年11月开始交的合疗 住院能报吗？", "巴中"),
])
def test_the_askers_own_payment_is_no_window_asserted(engine, text, region):
    r = answer(engine, text, region=region)
    assert not r.text.startswith(("不是", "对，")) and "才开始" not in r.text, r.text
