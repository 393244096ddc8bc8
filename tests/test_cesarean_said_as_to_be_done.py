"""剖 said as the verb of what is to be done ("医生说可能要剖", "得剖") is a 剖宫产 (巴中 第三章 十四问: 居民
顺产 2000 元，难产（含剖宫产）3500 元，多胞胎每多一个婴儿增加 800 元), also when it corrects a first
reading with twins in the same message; "不用剖" / "不需要剖" is none, and so is any kind said not to be the case
("不是非要剖", "没说要剖", "不是剖的", "顺产不了"): no kind read, the rule of each shown or the kind asked."""
import pytest

from intents.slots import extract
from tests.helpers import computed, nums, talk


@pytest.mark.parametrize("text", ["医生说可能要剖", "说是得剖", "医生讲需要剖"])
def test_said_to_be_done(text):
    assert extract(text).get("kind") == "剖宫产"


@pytest.mark.parametrize("text", ["不用剖 顺产", "不需要剖 顺产", "医生说不一定要剖 顺产"])
def test_said_not_needed(text):
    assert extract(text).get("kind") == "顺产"


def test_a_correction_to_cesarean_and_twins_recomputes(engine):
    # 3500 + 800 × (2 − 1) = 4300, never the 顺产 limit 2000 with the twins' 800 (2800)
    first, corrected = talk(engine, ["儿媳妇要生了 合疗生娃儿报好多嘛 顺产", "说错了 医生说可能要剖 还是双胞胎"], region="巴中")
    computed(first, 2000, name="maternity")
    computed(corrected, 4300, name="maternity")
    assert 2800 not in nums(corrected.text), corrected.text


def test_a_kind_named_besides_is_the_one_asked():
    # "可能要剖" in the story, 顺产 named in the question: 顺产's sum is asked (each kind's, when both are)
    assert extract("医生说胎位不正可能要剖 顺产报好多").get("kind") == "顺产"


@pytest.mark.parametrize("text", ["不是非要剖，生孩子医保报多少", "医生没说要剖，生孩子能报多少", "不是剖的，生孩子报多少",
                                  "没有剖腹产 生孩子能报多少", "不用剖宫产 生孩子能报多少", "不是顺产 报多少"])
def test_a_kind_said_not_to_be_the_case_is_no_kind(text):
    assert extract(text).get("kind") is None


@pytest.mark.parametrize("text, kind", [
    # (asked whether, or done after all: the kind still)
    ("是不是剖腹产报得多", "剖宫产"), ("不得不剖了 报多少", "剖宫产"),
    # (the kind denied, the other then said: that one)
    ("顺产不了 要剖", "剖宫产"), ("没能顺产 剖了", "剖宫产"), ("不是非要剖 顺产报多少", "顺产"),
])
def test_a_kind_asked_or_said_after_a_denial_is_read(text, kind):
    assert extract(text).get("kind") == kind


@pytest.mark.parametrize("text", ["合疗 医生没说要剖 生娃儿报好多", "合疗 没有剖腹产 生孩子能报多少"])
def test_a_cesarean_denied_is_not_computed_as_one(engine, text):
    # (巴中 居民: 难产（含剖宫产）3500 would be a confident wrong figure; the rule of each kind is shown instead)
    r, = talk(engine, [text], region="巴中")
    assert r.kind != "calculation", r.text
    assert {2000, 3500} <= nums(r.text), r.text
