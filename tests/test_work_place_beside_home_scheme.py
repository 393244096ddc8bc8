"""An uncovered place said only as where the asker works (在X打工 / 上班 / 务工: a migrant worker), the
scheme asked of the home's own, said as such (屋头 / 家里 / 老家 交的合疗 / 居民医保), or both at once: the
question is the home region's (巴中 第一章 二十四: one person joins one scheme; 二十三: the extra 居民医保
refunded), the region the message or the chat gives — not that place's policy. That place's own scheme
asked ("成都职工医保住院报多少"), or the asker said to be from it, is still refused. Wordings of our own."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer, ids


@pytest.mark.parametrize("text,region,unsupported", [
    # work elsewhere, the home's scheme asked of or both at once: no uncovered place asked
    ("我在深圳上班 单位交了职工医保 家里又交了居民医保 重复了咋办", None, None),
    ("俺在广州打工 公司交了职工医保 老家还交了新农合 两个能一起报吗", None, None),
    ("我在杭州务工 厂里给我买了职工医保 屋头也交了合疗 合疗能不能退", None, None),
    # ... the home region named in the message: that region
    ("我老家巴中的 在苏州打工 厂里交了职工医保 屋头又交了合疗 能不能两个都报", "巴中", None),
    # the work place's own scheme asked (named again, or nothing of home asked): still that place's
    ("我在苏州打工 厂里交了职工医保 屋头又交了合疗 苏州职工医保住院报多少", None, "苏州"),
    ("我在苏州打工 厂里交了职工医保 屋头又交了合疗 职工医保住院报多少", None, "苏州"),
    ("我在成都上班 成都职工医保住院报多少", None, "成都"),
    ("我在成都打工 单位交了职工医保 住院咋报", None, "成都"),
    ("我是成都的 合疗咋报", None, "成都"),
])
def test_the_place_read(text, region, unsupported):
    hit = detect_region(text)
    assert (hit.region, hit.unsupported) == (region, unsupported)


@pytest.mark.parametrize("text,chat", [
    ("我在杭州打工 厂里头交了职工医保 屋头又给我交了合疗 能不能两个都享受", "巴中"),
    ("我老家巴中的 在苏州打工 厂里交了职工医保 屋头又交了合疗 能不能两个都报", None),
])
def test_answered_from_the_home_region(engine, text, chat):
    r = answer(engine, text, region=chat)
    assert r.kind == "faq", r.text
    assert r.region == "巴中"
    assert "bz-1-24" in ids(r), ids(r)
    assert "不能同时" in r.text


@pytest.mark.parametrize("text", ["我在成都上班 成都职工医保住院报多少", "我是成都的 合疗咋报",
                                  "我在苏州打工 厂里交了职工医保 屋头又交了合疗 职工医保住院报多少"])
def test_the_work_places_own_scheme_still_refused(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered" and r.refusal == "uncovered_place", r.text
