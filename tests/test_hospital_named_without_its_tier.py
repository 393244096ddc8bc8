"""A hospital named by its own name, with no tier said, where the figure asked hangs on the tier: the
handbooks give the deductible and the rate by tier (巴中 第二章 二十七问, 第三章 十一问; 克拉玛依 第7部分;
长治's tables) and list no hospital's tier, so the tier is asked — never one tier's page picked by a word
the name shares with it ("市中心医院": 中心 of 社区卫生服务中心; "巴中市中心医院": 三级). A kind of hospital
said with words before it ("合疗在县医院", "老汉住的乡镇卫生院") is that kind, a row of the tables, not a
hospital whose grade is missing."""
import pytest

from intents.scope import hospital_grade_asked, hospital_named
from tests.helpers import answer, ids, talk

# every tier's figure of the 巴中 tables, which none of these replies may state as the answer
_TIER_FIGURES = ("100元", "300元", "400元", "700元", "90%", "85%", "82%", "80%", "70%", "60%")


@pytest.mark.parametrize("text, region", [
    ("在市中心医院住院起付线好多", "巴中"),
    ("在市中心医院住院报销比例是好多", "巴中"),
    ("我是职工 在巴中市中心医院住院起付线是多少", "巴中"),
    ("老汉住在南江县人民医院 合疗报几成嘛", "巴中"),
    ("在通江县中医医院住院门槛费要好多", "巴中"),
    ("在长治市人民医院住院起付线多少", "长治"),
])
def test_a_named_hospital_with_no_tier_is_asked_its_tier(engine, text, region):
    r = answer(engine, text, region=region)
    assert r.kind == "clarify" and r.missing_slots == ["tier"] and not r.sources, r.text
    assert "几级" in r.text, r.text
    assert not any(f in r.text for f in _TIER_FIGURES), r.text


@pytest.mark.parametrize("text, entry", [
    ("县医院是二级的 合疗住院起付线好多", "bz-3-11-c"),    # a county's hospital with its tier said: that row
    ("老汉要去巴中市中心医院住院 三级医院嘛 新农合报好多", "bz-3-11-d"),   # the tier said
    ("在乡镇卫生院住院起付线好多 我是合疗", "bz-3-11-a"),
])
def test_a_kind_of_hospital_or_a_tier_said_keeps_its_row(engine, text, entry):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and entry in [s.entry_id for s in r.sources], r.text


@pytest.mark.parametrize("text", [
    "在巴中市中心医院住院花了一万能报好多",          # a bill: the calculation asks the tier itself
    "从平昌县人民医院转到市中心医院 起付线要重新交一道吗",   # a transfer's rule, two hospitals
    "巴中市中心医院能认定门诊慢病不",                # nothing that hangs on a tier
    "在市中心医院住院能报销不",
    "在市中心医院生娃 顺产报好多",                   # a birth's 定额, whatever the tier
    "在市中心医院住院 大病保险报好多",
    "长治居民医保县级医院住院起付线多少",            # kinds of hospital, said with a word before them
    "长治新农合 在省外医院住院 起付线和报销比例多少",
    "长治居民医保去外地大医院住院不备案能报不，会少报多少？",
    "同一年在同一级医院第二次住院 起付线还要再交吗",
    "广元参保的 在巴中市中心医院住院起付线好多",        # insured in a place not covered: declined as such
])
def test_no_tier_asked_where_the_figure_does_not_hang_on_it(engine, text):
    r = answer(engine, text, region="巴中")
    assert not (r.kind == "clarify" and r.missing_slots == ["tier"] and "几级医院" in r.text
                and not r.sources and "手册里没有写" in r.text), r.text


@pytest.mark.parametrize("text, name", [
    ("在市中心医院住院起付线好多", "市中心医院"),
    ("我爸在南江县人民医院住院", "南江县人民医院"),
    ("合疗在县医院住院", None),
    ("我妈住的县医院是几级医院", None),
    ("老汉住的乡镇卫生院算几级", None),
    ("我们这的镇卫生院是几级", None),
    ("在医院住院", None),
])
def test_the_hospital_named_is_its_name_without_the_words_before_it(text, name):
    assert hospital_named(text) == name


@pytest.mark.parametrize("text", ["我妈住的县医院是几级医院", "老汉住的乡镇卫生院算几级", "合疗在县医院算几级"])
def test_a_kind_of_hospital_with_words_before_it_is_no_hospitals_grade(text):
    assert hospital_grade_asked(text) is None


@pytest.mark.parametrize("turns, entries", [
    # the tier asked back, then told alone: the question asked of that tier's row (both schemes', none said)
    (["在市中心医院住院起付线好多", "三级"], {"bz-2-27-d", "bz-3-11-d"}),
    (["老汉住在南江县人民医院 合疗报几成嘛", "二级的"], {"bz-3-11-c"}),
    (["我是职工 在巴中市中心医院住院起付线是多少", "是三甲"], {"bz-2-27-d"}),
    (["在通江县中医医院住院门槛费要好多", "三级医院 我是职工"], {"bz-2-27-d"}),
])
def test_the_tier_told_after_it_was_asked_answers_the_question(engine, turns, entries):
    r = talk(engine, turns, region="巴中")[-1]
    assert r.kind == "faq" and set(ids(r)) == entries, (ids(r), r.text)


@pytest.mark.parametrize("turns", [
    # the question before asked again of a hospital named by its own name: its tier, as asked at once
    ["居民医保在乡镇卫生院住院报销比例多少", "那在市中心医院呢"],
    ["职工在县医院住院起付线好多", "要是在南江县人民医院呢"],
    ["合疗在二级医院住院报几成", "那通江县中医医院呢"],
])
def test_a_named_hospital_asked_next_is_asked_its_tier(engine, turns):
    r = talk(engine, turns, region="巴中")[-1]
    assert r.kind == "clarify" and r.missing_slots == ["tier"] and not r.sources, r.text
    assert not any(f in r.text for f in _TIER_FIGURES), r.text


@pytest.mark.parametrize("turns, entry", [
    (["职工在县医院住院起付线好多", "那三级医院呢"], "bz-2-27-d"),          # a tier: its row
    (["居民医保在乡镇卫生院住院报销比例多少", "那市中心医院能认定门诊慢病不"], None),  # a question of its own
])
def test_a_tier_or_a_question_of_its_own_next_is_not_asked_the_tier(engine, turns, entry):
    r = talk(engine, turns, region="巴中")[-1]
    assert r.missing_slots != ["tier"] or r.sources, r.text
    if entry:
        assert entry in ids(r), (ids(r), r.text)


@pytest.mark.parametrize("turns, entries", [
    # the tier asked back, and not known: the question's whole table (every tier's row), never one row
    (["在市中心医院住院起付线好多", "不晓得是几级"], {"bz-2-27", "bz-3-11"}),
    (["老汉住在南江县人民医院 合疗报几成嘛", "不清楚"], {"bz-3-11"}),
])
def test_the_tier_not_known_gives_every_tiers_row(engine, turns, entries):
    r = talk(engine, turns, region="巴中")[-1]
    assert r.kind == "faq" and set(ids(r)) == entries, (ids(r), r.text)


@pytest.mark.parametrize("text, name", [
    ("通江县中医医院是二级的嘛", "通江县中医医院"),
    ("平昌县人民医院算二级的不", "平昌县人民医院"),
    ("和平医院属于三甲的吗", "和平医院"),
])
def test_a_tier_asked_with_de_before_the_particle_is_the_grade_asked(text, name):
    """"是三级的嘛": the grade asked as a yes-or-no with 的 before the particle — not a tier told (the 三级
    row stated as if the asker had said where he stayed)."""
    assert hospital_grade_asked(text) == name


@pytest.mark.parametrize("text", ["通江县中医医院是二级的 住院报几成",
                                  "平昌县人民医院是二级的嘛 我们交的合疗 住院用了九千 能报多少"])
def test_a_tier_said_half_sure_before_a_figure_asked_is_a_tier_told(engine, text):
    """With a figure asked after it, "是二级的嘛" is the asker's own word for the tier: computed at it."""
    r = answer(engine, text, region="巴中")
    assert r.kind != "unanswered" and "手册里没有写" not in r.text, r.text


def test_a_tier_stated_with_de_at_the_end_is_no_grade_asked():
    assert hospital_grade_asked("合疗在通江县中医医院住院能报八成吧 通江县中医医院是三级的") is None
