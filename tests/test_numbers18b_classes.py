"""Classes the numbers sets still showed after round 18, each a figure said or computed as people
ask it. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask

# ---- a sum under the 大病 threshold: the threshold said as the handbook says it (1万元) -------------


@pytest.mark.parametrize("text", [
    "长治居民 今年个人合规自付六千多一点 大病保险给报不",
    "长治城乡居民医保 合规自付一共9000 大病能不能报",
])
def test_a_sum_under_the_serious_threshold_names_it_as_the_handbook_does(engine, text):
    r = ask(engine, text, region="长治")
    assert r.kind == "calculation", r.text
    assert "1万元" in r.text and "不赔付" in r.text, r.text
