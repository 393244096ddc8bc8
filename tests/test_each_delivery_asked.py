"""Both kinds of delivery asked in one message ("顺产 剖腹产各报多少", "顺产能给多少 剖了呢") are each
computed, labelled, rather than the kind named last alone; a story of one birth (a kind denied, one
turned into the other) stays one calculation. Own phrasings, through the real engine."""
import pytest

from intents.acts import each_delivery
from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("text,region,figures", [
    # 长治 居民住院待遇: 顺产定额 1500, 剖腹产定额 3000
    ("我家闺女快生了 顺产跟剖腹产分别定额给多少", "长治", (1500, 3000)),
    ("快生了 顺产能报多少钱 要是剖呢", "长治", (1500, 3000)),
    # 巴中 第二章 二十八问: 职工 顺产 3500, 难产（含剖宫产）5500
    ("职工医保 顺产还是剖腹产 各报多少", "巴中", (3500, 5500)),
])
def test_both_kinds_asked_are_each_computed(engine, text, region, figures):
    r = computed(ask(engine, text, region=region), *figures)
    assert "【顺产】" in r.text and "【剖宫产】" in r.text, r.text


@pytest.mark.parametrize("text", [
    "本来想顺产 后来剖了 合规6000 报多少",
    "顺产转剖宫产 花了8000 报多少",
    "我不是顺产 是剖腹产 报多少",
    "剖腹产 合规6000 报好多",
])
def test_one_birth_told_is_not_split(text):
    assert each_delivery(text) is None


@pytest.mark.parametrize("text,other", [
    # another question beside the delivery's is answered as its own, not swallowed by the calculation;
    # one question of several is answered by the page stating both sums (长治 居民住院待遇)
    ("居民医保生娃 顺产剖腹产各报多少？另外报销要带哪些材料", "报销要带哪些材料"),
    ("城乡居民 顺产和剖宫产分别报好多？还有，生娃的钱多久能到账", "多久能到账"),
])
def test_each_kind_beside_another_question_keeps_that_question(engine, text, other):
    r = ask(engine, text, region="长治")
    assert r.kind != "calculation" and other in r.text, r.text
    assert "1500" in r.text and "3000" in r.text, r.text
