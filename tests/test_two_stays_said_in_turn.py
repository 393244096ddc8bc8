"""Two stays said in turn with "一次…一次…" / "一回…一回…" after 住了两次院, each at its own hospital: the
one said first is the earlier stay and the second is computed at its own hospital's row — never both
at the first hospital's (克拉玛依 第7部分（一）: 二级 75%, 三级 65%; a stay after one at the same or a
higher level pays no deductible again)."""
import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,second,total", [
    # 三级 first: (10000 − 600) × 65% = 6110; 二级 next, no deductible again: 5000 × 75% = 3750
    ("居民医保 今年住了两次院 一次在三级医院花了1万 一次二级花了5000 总共报多少", 3750, 9860),
    # 二级 first: (5000 − 200) × 75% = 3600; 三级 next, the deductible's difference: (10000 − 400) × 65% = 6240
    ("居民医保 今年住了两回院 一回在二级医院花了5000 一回三级花了1万 总共报多少", 6240, 9840),
])
def test_each_stay_is_computed_at_its_own_hospital(engine, text, second, total):
    r = computed(answer(engine, text, region="克拉玛依"), second, total)
    assert "第二次（二级" in r.text or "第二次（三级" in r.text, r.text
    assert r.text.count("（三级医疗机构）") < 5, r.text
