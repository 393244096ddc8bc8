"""Joining a scheme said with a bare 参 ("第一回参合疗", "参居民医保"): the handbooks' 参保, not a 参 no
entry has."""
import pytest

from corpus.lexicon import joined_verbs
from tests.helpers import answer, ids


@pytest.mark.parametrize("said, read", [
    ("第一回参合疗要带些啥子证件", "第一回参保合疗要带些啥子证件"),
    ("参居民医保在哪儿办", "参保居民医保在哪儿办"),
    # (参加 and 参保 are the entries' words already)
    ("第一次参加合疗", "第一次参加合疗"),
    ("参保城乡居民", "参保城乡居民"),
])
def test_joining_read_as_the_handbooks_say(said, read):
    assert joined_verbs(said) == read


@pytest.mark.parametrize("text", [
    "头一回参合疗去哪儿办 要带些啥子",
    "头一回参居民医保要带些啥子证件在哪儿办",
    "第一回参合疗在哪儿去办 要带些啥子证件",
])
def test_first_joining_finds_the_registration_page(engine, text):
    reply = answer(engine, text, region="巴中")
    assert reply.kind == "faq" and ids(reply)[:1] == ["bz-3-02"], reply.text
