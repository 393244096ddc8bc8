"""Classes of the fortieth colloquial set's misses, in our own words, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed


@pytest.mark.parametrize("text,region,figures", [
    # the second kind asked without the verb, the first clause's 报 / 给 carried (巴中 第三章 十四问:
    # 居民 顺产 2000, 难产（含剖宫产）3500; 第二章 二十八问: 职工 顺产 3500, 难产 5500)
    ("新农合剖宫产赔好多 自然分娩又是好多", "巴中", (2000, 3500)),
    ("居民医保顺生能给多少钱 剖宫产要多少", "巴中", (2000, 3500)),
    ("职工医保 难产赔几多 顺产也是几多吗", "巴中", (3500, 5500)),
])
def test_second_delivery_asked_without_its_verb_is_computed_too(engine, text, region, figures):
    r = computed(ask(engine, text, region=region), *figures)
    assert "【顺产】" in r.text and "【剖宫产】" in r.text, r.text
