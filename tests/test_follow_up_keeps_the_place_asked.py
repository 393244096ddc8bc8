"""A follow-up read with the question before ("报销比例呢", "啥时候交") is that question's detail, asked where
it was: the place the question before named (巴中 from a 克拉玛依 chat), not the chat's default. Own
phrasings, through the real engine (巴中 第三章十一问: 居民 市内三级 起付700元、报销60%; 第三章三问: 集中缴费期
上一年10月至当年2月底)."""
import pytest

from tests.helpers import ids, talk


@pytest.mark.parametrize("turns, chat, needle, not_cited", [
    (["我爸妈在四川巴中老家交的城乡居民医保 我爸要去三级医院住院 起付线多少", "报销比例呢"], "克拉玛依", "60%", "ky-"),
    (["巴中的居民医保一年交多少钱", "啥时候交"], "长治", "2月", "cz-"),
])
def test_the_detail_is_asked_where_the_question_was(engine, turns, chat, needle, not_cited):
    *_, r = talk(engine, turns, region=chat)
    assert r.kind == "faq" and needle in r.text, r.text
    assert not any(i.startswith(not_cited) for i in ids(r)), ids(r)
