"""The asker saying where they live, work or are insured beside a question ("俺在巴中打工 想在那参保"):
that region is theirs for the rest of the conversation, over the chat's default — a short question
after it ("要带啥证件") is of that region's handbook (巴中 第三章二问: 参保登记 "应当提供户口簿、居民身份证
（居住证）…"). Own phrasings, through the real engine."""
import pytest

from bot import region_policy
from tests.helpers import talk


@pytest.mark.parametrize("turns", [
    ["长治城乡居民医保住院报销比例多少", "俺现在在巴中上班 想在巴中参加居民医保", "参保登记要带啥证件"],
    ["长治医保一年交多少", "我们在巴中那边住 想在巴中参保", "要带啥证件"],
])
def test_where_the_asker_lives_holds_after(engine, turns):
    *_, r = talk(engine, turns, region="长治")
    assert r.kind == "faq" and r.region == "巴中" and "户口簿" in r.text, r.text


@pytest.mark.parametrize("text, region, said", [
    ("俺在巴中打工 想在那参保", "巴中", True),
    ("我现在在通江上班", "巴中", True),
    ("我爸在巴中住院了", "巴中", False),
    ("巴中居民医保交多少", "巴中", False),
])
def test_where_the_asker_says_they_are(text, region, said):
    assert region_policy.declares_own(text, region) is said
