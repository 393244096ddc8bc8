"""后遗症 told apart from the illness that left it ("前年脑梗 落下后遗症了", "中风之后留下后遗症"): the
disease is the 后遗症 row (脑血管病后遗症), as when said in one breath — else a 慢病's monthly limit
was asked back as "是哪种慢病" though the asker had named it (长治 居民 二类 32 脑血管病后遗症 250元/月,
巴中 居民 800元). Own phrasings, through the slots and the real engine."""
import pytest

from intents.slots import extract
from tests.helpers import answer


@pytest.mark.parametrize("text, disease", [
    ("我爸去年脑梗 落下后遗症了 慢病一个月能报好多", "脑梗后遗症"),
    ("俺娘中风之后留下后遗症 门诊慢病限额多少", "中风后遗症"),
    ("老汉儿脑出血，留下点后遗症 慢病咋报", "脑出血后遗症"),
])
def test_the_sequela_is_read(text, disease):
    assert extract(text).get("diseases") == [disease]


@pytest.mark.parametrize("text, region, needle", [
    ("俺爹前两年脑梗 落下后遗症 合疗办了慢病 一个月限额多少", "长治", "250"),
    ("我妈中风过后留下后遗症 居民医保慢病每年限额好多", "巴中", "800"),
])
def test_its_limit_is_answered(engine, text, region, needle):
    r = answer(engine, text, region=region)
    assert r.kind in ("faq", "calculation") and needle in r.text, r.text


def test_a_sequela_of_no_cause_named_is_not_guessed():
    assert not extract("落下后遗症了 慢病能报吗").get("diseases")
