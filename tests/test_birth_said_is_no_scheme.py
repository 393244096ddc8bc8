"""A birth said with the child's word ("生娃娃", "生娃儿", "怀了个宝宝") names no scheme: the child's own
居民 cover is not the mother's — a birth's sum asked with no scheme and no delivery said is a question
back (巴中: 职工 顺产3500 / 居民 2000, 第二章 二十八问 / 第三章 十四问), never one scheme's rule taken."""
import pytest

from intents.slots import extract
from tests.helpers import talk


@pytest.mark.parametrize("text", ["生娃娃 医保报好多钱", "生娃儿医保报好多钱", "怀了个宝宝 医保能报多少"])
def test_a_birth_names_no_scheme(text):
    assert extract(text).get("insurance") is None


def test_a_births_sum_with_nothing_said_is_asked_back(engine):
    [r] = talk(engine, ["生娃娃 医保报好多钱"], region="巴中")
    assert r.kind == "clarify", r.text
