"""The sum a waiting form asked for, told with the words that say whose it is and what ("她一年药费1000 能报
多少") and the question asked again: the form's answer, computed — not another question searched (which
found 糖尿病's page by its 1000). 克拉玛依 两病 高血压 一级: 50%, 700 a year (第7部分（一）); 巴中 两病 高血压:
50%, 200 a year (第四章 十九问). Own phrasings, through the real engine."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("region, rule, told, figure", [
    ("克拉玛依", "我妈高血压 在克拉玛依参保 一级医院开药能报多少", "她一年药费1000 能报多少", 500),
    ("巴中", "我爸血压高 吃降压药 两病能报不", "他一年药钱300 报好多", 150),
])
def test_the_sum_told_is_the_forms_answer(engine, region, rule, told, figure):
    *_, r = talk(engine, [rule, told], region=region)
    computed(r, figure, name="two_diseases")
