"""Two hardship groups named as alternatives the asker cannot tell apart ("低保还是特困 记不清"): neither is
taken — the group is asked where the groups' figures differ. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text,region", [
    # 巴中 第三章 二十四问: 低保 大病起付减半、比例提高; 低保边缘 不在此列
    ("搞不清我们家算低保户还是低保边缘 今年住院基本医保报完自付合规两万五 大病保险报多少", "巴中"),
    # 克拉玛依 缴费通知 二: 特困 个人不缴费, 低保 个人缴 100
    ("俺是特困还是低保来着 忘了 2026年学校医保自己交多少", "克拉玛依"),
    # 巴中 第六章 五问: 常规救助 特困 / 低保 比例与限额不同
    ("不记得是低保还是特困了 住院报完剩合规自付一万五 医疗救助给多少", "巴中"),
])
def test_an_unsure_group_is_asked_never_taken(engine, text, region):
    r = ask(engine, text, region=region)
    assert r.kind == "clarify" and "category" in r.missing_slots, r.text
    assert "低保" in r.suggestions, r.suggestions


def test_a_group_said_surely_is_still_computed(engine):
    # 克拉玛依 缴费通知 二: 低保对象 个人缴纳 100
    r = ask(engine, "我是低保 2026年学校医保自己交多少", region="克拉玛依")
    assert r.kind == "calculation" and "100" in r.text, r.text
