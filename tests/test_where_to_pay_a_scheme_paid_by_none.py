"""Where to pay a scheme one pays nothing for ("大病保险在哪儿交": 个人不缴费, 巴中 第三章二十一问), or pays only
with another (克拉玛依's 长护险, "随居民医保同步缴费"): the page that says so answers where — there is
nowhere to pay it apart — never a refusal sent to staff. Through the real engine and the batch contract."""
import pytest

from corpus.qtype import missing_answer
from tests.helpers import ids, talk


@pytest.mark.parametrize("question, answer", [
    ("大病保险在哪儿交", "大病保险资金从城乡居民基本医疗保险统筹基金中列支，参保城乡居民个人不缴费。"),
    ("长护险在哪交", "居民长护随居民医保同步缴费，不受居民医保集中缴费期限制，不得单独参加长护险。"),
    ("长护险去哪里交", "巴中市将在2028年实施长期护理保险制度。"),
])
def test_nowhere_to_pay_apart_answers_where(question, answer):
    assert missing_answer(question, answer) is None


def test_a_fee_alone_still_does_not_answer_where():
    assert missing_answer("医保在哪儿交", "2026年度个人缴费标准为400元。") == "在哪交"


@pytest.mark.parametrize("turns", [
    ["合疗住院起付线好多", "那大病保险在哪交"],
    ["居民医保一年交好多", "大病保险要去哪里交钱"],
])
def test_where_to_pay_serious_illness_insurance_after_another_question(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-3-21" and "不缴费" in r.text, r.text


def test_where_to_pay_the_care_insurance_after_its_fee(engine):
    *_, r = talk(engine, ["长护险要交吗 多少钱", "在哪交"], region="克拉玛依")
    assert r.kind == "faq" and "同步" in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"serious": ("巴中", ["合疗住院起付线好多", "那大病保险在哪交"])})
    assert rows["serious-1"]["kind"] == "faq" and "不缴费" in rows["serious-1"]["text"]


# ---- a scheme not in place yet (巴中 第一章十七: 长期护理保险 将在2028年实施): where and how much to pay it
# are both answered by that page — never the channels of 居民医保 as if it could be paid there


@pytest.mark.parametrize("question", [
    "巴中的长护险在哪儿交",
    "我们这边长期护理保险去哪交 交好多钱",
    "有个长护险 巴中在哪里交 多少钱一年",
])
def test_a_scheme_not_in_place_yet_is_said_so_when_where_to_pay_is_asked(engine, question):
    *_, r = talk(engine, [question], region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-17" and "2028" in r.text, r.text
    assert "微信" not in r.text, r.text
