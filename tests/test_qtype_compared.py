"""Two groups compared where one is "the rest" said as people say it (别的, 其它): the handbooks' 其他
("1型和其他类型"), so the entry naming both answers (长治 居民两病: Ⅰ型糖尿病480元，其他类型360元)."""
import pytest

from corpus.qtype import compared
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, pair", [
    ("一型糖尿病跟别的糖尿病 两病一年限额差多少", ("尿病", "其他")),
    ("一型跟其它类型有啥区别", ("一型", "其他")),
    ("在职跟退休的有啥不一样", ("在职", "退休")),        # (as before)
])
def test_the_rest_is_the_handbooks_other(text, pair):
    assert compared(text) == pair


def test_the_entry_naming_both_answers(engine):
    r = answer(engine, "一型糖尿病跟别的糖尿病 两病一年限额差多少", "长治")
    assert r.kind == "faq" and ids(r)[:1] == ["cz-ld-02"] and "480" in r.text and "360" in r.text, r.text
