"""Hardship said in words of no one group ("家里困难", "有困难身份", "困难学生") is never taken for the
ordinary row: a fund whose rows differ by group (大病保险) and the 城乡居民 fee, whose subsidy does,
ask which group — offering the fee's own subsidised groups — then compute. Own phrasings, through
the real engine and the forms."""
import pytest

from intents.slots import extract
from tests.helpers import computed, talk


@pytest.mark.parametrize("text", ["家里困难 住院自付了三万", "我们家有困难身份", "屋头困难得很", "我家困难 在克拉玛依参保",
                                  "俺家比较困难 大病自付两万"])
def test_hardship_words_are_the_vague_group(text):
    assert extract(text).get("category") == "困难"


@pytest.mark.parametrize("text,region,choices,then,figure", [
    # 巴中 第三章 六问: 400; 低保 资助 300 → 100
    ("我们家有困难身份 今年居民医保要交多少", "巴中", {"特困", "低保"}, "低保", 100),
    # 克拉玛依 第2部分: 400; 特困 全额资助 → 0
    ("我是困难学生 医保交多少钱", "克拉玛依", {"特困", "重度残疾"}, "特困", 0),
])
def test_the_fee_asks_which_subsidised_group(engine, text, region, choices, then, figure):
    first, second = talk(engine, [text, then], region=region)
    assert first.kind == "clarify" and first.missing_slots == ["category"], first.text
    assert choices <= set(first.suggestions), first.suggestions
    computed(second, figure)


def test_serious_illness_with_hardship_asks_the_group(engine):
    first, = talk(engine, ["家里困难 大病保险 自付三万报多少"], region="巴中")
    assert first.kind == "clarify" and first.missing_slots == ["category"], first.text


def test_hardship_of_my_household_takes_karamays_hardship_row(engine):
    # 克拉玛依 居民大病保险待遇一览表, 困难人员: 10500–50000 65%, 50000–100000 70% → 25675 + 7000
    [r] = talk(engine, ["我家困难 在克拉玛依参保 基本医保报完个人负担合规费用6万 大病报多少"], region="克拉玛依")
    computed(r, 32675)
