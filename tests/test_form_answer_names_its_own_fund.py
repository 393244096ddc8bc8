"""The facts a waiting form asked for, told with the sum asked again in the words of its own fund or
pointing back at the case ("刚才那个 我是职工 三级医院 基本医保报好多"), answer that form — even after another
question came between — never the rule's page in its place (巴中 职工三级 起付700 80%:
(8000 − 700) × 80% = 5840). Own phrasings, through the real engine."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("turns", [
    ["住院花了8000 报好多", "职工 三级医院 基本医保能报多少"],
    ["住院花了8000 报好多", "先问下 去外地住院要备案不", "好 刚才那个 我职工 三级医院 基本医保报多少"],
])
def test_the_facts_with_the_sum_asked_again_fill_the_form(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    computed(r, 5840)
