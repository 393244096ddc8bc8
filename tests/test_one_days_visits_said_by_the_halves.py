"""One day's visits at one hospital said by the day's halves ("上午下午各看了一次 一个30一个50", "早上…下午又去
同一家"): one visit, their bills together (克拉玛依: 一天内在同一级医疗机构发生的门诊费用按照一次门诊就医计算;
一级 10 元 70 %, 二级 20 元 60 %) — outpatient care, never asked whether it was a stay."""

import pytest

from intents.slots import extract
from tests.helpers import answer, computed


@pytest.mark.parametrize("text,figure", [
    # 一级: (40 + 60 − 10) × 70% = 63
    ("今天上午下午在同一家一级医院各看了一次 一个40一个60 能报多少", 63),
    # 二级: (60 + 90 − 20) × 60% = 78
    ("早上在二级医院看了一次花了60 下午又去同一家看了花了90 能报多少", 78),
])
def test_the_days_visits_are_one(engine, text, figure):
    computed(answer(engine, text, region="克拉玛依"), figure, name="outpatient")


@pytest.mark.parametrize("text", [
    # two days said, each with its half: two visits, never "同一天" (nor one deductible of their sum)
    "昨天上午在一级医院看了一次花了40 今天下午又去同一家看了花了60 能报多少",
    "上午在一级医院看了一次门诊花了40 第二天下午又去看了花了60 能报多少",
    "周一上午看了一次门诊花了40 周三下午又去看了花了60 能报多少",
])
def test_halves_of_two_days_are_no_one_day(engine, text):
    assert not extract(text).get("same_day"), extract(text).values
    r = answer(engine, text, region="克拉玛依")
    assert "同一天" not in r.text, r.text
