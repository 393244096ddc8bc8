"""A province of a covered region said at the opening with 在 alone, in a clause of its own ("在四川
门慢怎么认定"): where the asker is, as "我在四川，…" says it — which part of it the bot covers is asked,
never a refusal and never another part's rule picked; care there ("在四川住院") stays care there."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer as ask


@pytest.mark.parametrize("text,province,region", [
    ("在四川 门慢怎么认定", "四川", "巴中"),
    ("在山西，职工医保住院起付线多少", "山西", "长治"),
    ("在新疆 学生医保一年交多少", "新疆", "克拉玛依"),
])
def test_a_province_opening_with_zai_is_where_the_asker_is(engine, text, province, region):
    hit = detect_region(text)
    assert hit.province == province and hit.province_regions == (region,), hit
    r = ask(engine, text)
    assert r.kind == "clarify" and region in r.text and province in r.text, r.text


@pytest.mark.parametrize("text", ["在四川住院要备案吗", "去四川看病能报吗", "在山西看门诊 没备案报多少"])
def test_care_in_the_province_is_not_the_province_said_alone(text):
    assert detect_region(text).province is None
