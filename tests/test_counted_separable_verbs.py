"""A separable verb split by a count or a length ("住了两回院", "住过一次院", "住了几天院"): the verb
whole, the count after it in the entries' measure — apart, 住 / 两回 / 院 named no care, and a second
stay's 起付线 found the 门诊 page of a second visit. Phrasings of our own."""
import pytest

from corpus.lexicon import joined_verbs
from tests.helpers import answer, ids


@pytest.mark.parametrize("said, read", [
    ("住了两回院", "住院两次"),
    ("住第二次院", "住院第二次"),
    ("住过1次院", "住院1次"),
    ("在乡镇卫生院住了几天院", "在乡镇卫生院住院几天"),
    ("住了一个多月院", "住院一个多月"),
    ("看了三次病", "看病三次"),
    # (no count: the plain joining; a place to live is no stay)
    ("住了院", "住院"),
    ("住在医院旁边", "住在医院旁边"),
])
def test_a_counted_separable_verb_is_read_whole(said, read):
    assert joined_verbs(said) == read


@pytest.mark.parametrize("text", [
    "同一年住了两回院 起付线都要交吗",
    "一年里住了两回院 第二回还要交起付线吗",
])
def test_a_second_stay_counted_finds_the_second_stay_page(engine, text):
    # 克拉玛依 指南 第7部分（一）: 同一等级医疗机构再次住院的，不再支付起付标准
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:1] == ["ky-07-12"], r.text
