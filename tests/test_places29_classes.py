"""Classes read from the places-29 failures, each asked in our own words (none is in eval/):

- a city's urban part said after it (唐山市区, 邯郸主城区), and 生育 in its everyday words (生娃, 生孩子):
  the city's own policy asked, which no handbook has — never a covered region's figures side by side."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer


@pytest.mark.parametrize("text,unsupported", [
    ("唐山市区的合疗一年交多少", "唐山市"),
    ("邯郸主城区 居民医保住院起付线多少", "邯郸"),
    ("保定城区生孩子 剖腹产医保给多少", "保定"),
    ("廊坊生娃医保报多少", "廊坊"),
])
def test_a_city_s_urban_part_or_a_birth_asked_is_that_city_s_policy(text, unsupported):
    assert detect_region(text).unsupported == unsupported


@pytest.mark.parametrize("text", ["城区医院住院能报多少", "在保定城区住院 回来咋报", "在廊坊生娃 回来能报不"])
def test_care_in_a_city_s_urban_part_is_no_policy_of_its_own(text):
    # a hospital of the urban part, or care there, asks the asker's own region's rule on care elsewhere
    assert detect_region(text).unsupported is None


def test_a_birth_in_an_uncovered_city_gives_no_covered_region_s_sums(engine):
    r = answer(engine, "保定城区生孩子 顺产医保能给多少")
    assert r.kind == "unanswered", r.text
    # 巴中 顺产 2000元, 长治 1500元: neither holds in 保定
    assert "2000" not in r.text and "1500" not in r.text and "保定" in r.text, r.text
