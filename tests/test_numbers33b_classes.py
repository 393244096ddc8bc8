"""Calculations of the thirty-third numbers set's second half, each by its handbook, in phrasings of our
own, through the engine:

- a bill told in two parts, one said not to qualify ("不合规的掏了2万 合规的掏了3万"): 大病保险 is on the
  compliant part said (克拉玛依 居民大病保险待遇一览表: 一般人员 21000 起付, 60 % to 50000), the other part
  is 自费 — never the first figure taken for the base;
- one relative named twice in different words ("爸爸…，我爸…"): one person's two bills, never two people's
  first stays.
"""

import pytest

from intents.message import per_person
from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "大病保险，我自己不合规的掏了2万 合规的掏了3万，能报多少",
    "今年合规的自己出了3万 非合规的自费了2万 大病能报好多",
])
def test_serious_illness_is_on_the_compliant_part_said(engine, text):
    # (30000 − 21000) × 60 % = 5400; on 20000 (the non-compliant part) it would be nothing
    r = computed(answer(engine, text, region="克拉玛依"), 5400, name="serious_illness")
    assert "未达到" not in r.text, r.text


@pytest.mark.parametrize("text", [
    "爸爸在二级医院住院花了2万，我爸后来又在三级医院住院花了3万，一共能报多少",
    "老汉先在二级医院住院花了2万，父亲后来又在三级医院住院花了3万，一共能报好多",
])
def test_one_relative_named_twice_is_one_person(text):
    assert per_person(text) == [text]


def test_two_relatives_are_still_two_people():
    assert len(per_person("爸爸住院花了2万，我妈住院花了3万，分别能报多少")) == 2


def test_one_relative_named_twice_through_the_engine(engine):
    # 克拉玛依 居民 二级 200 (年度) / 75 %: (20000 − 200) × 75 % = 14850, then the same level again with no
    # deductible (再次住院 同一等级 不再支付起付标准), 30000 × 75 % = 22500 — one person's year, never two
    # people's answers side by side
    r = computed(answer(engine, "爸爸是居民医保 在二级医院住院花了2万，我爸后来又在二级医院住院花了3万，一共能报多少",
                        region="克拉玛依"), 14850, 22500, 37350)
    assert "【2】" not in r.text, r.text
