"""The 职工's account money used for a relative, as merged round 34 left it (our own examples, none in eval/):

- the card's money told as a clause of its own before the question ("他卡里头的钱，能给我交合疗不"): a story
  slot (account) every reading keeps — the reading with the scheme alone asked whether both schemes may be
  held (同时参加) and was taken for its higher score;
- the card named whole ("医保卡里的钱"): the account, as 卡里的钱 is — 医保卡 read as the card (社会保障卡)
  left 里 | 钱, and a relative's care paid from it found the page on paying a relative's fee."""
import pytest

from intents.message import story_slots, with_slots
from tests.helpers import answer, ids


@pytest.mark.parametrize("told", ["他卡里头的钱", "她卡上那个钱", "我爸卡上有钱", "他的个人账户"])
def test_the_card_s_money_is_a_story_slot(told):
    assert story_slots(told).get("account"), told


def test_a_reading_with_the_story_s_words_keeps_the_account():
    read = with_slots("能不能帮我把合疗交了", story_slots("女儿是单位的职工医保，她卡里头的钱"))
    assert "卡里头的钱" in read and "职工医保" in read


@pytest.mark.parametrize("text", [
    "我女儿在单位交的职工医保 她卡里头的钱能不能帮我把合疗交了",
    "我闺女在厂里上班有职工医保 她那个卡上有钱 能拿来帮我交合疗不",
])
def test_a_worker_s_card_money_told_apart_pays_a_relative_s_fee(engine, text):
    r = answer(engine, text, "巴中")
    assert "bz-1-24" not in ids(r)[:1], r.text
    assert "个人账户" in r.text and ("代缴" in r.text or "近亲属" in r.text), r.text
    assert "不能同时" not in r.text


def test_the_whole_card_s_money_for_a_relative_s_care_names_who_may_use_it(engine):
    r = answer(engine, "职工医保卡里的钱能给我姐姐看病用不", "巴中")
    assert ids(r)[:1] != ["bz-3-05-c"], r.text
    assert "兄弟姐妹" in r.text, r.text
