"""The sum a waiting form asked for, told with the words that say whose it is and what ("她一年药费1000 能报
多少") and the question asked again: the form's answer, computed — not another question searched (which
found 糖尿病's page by its 1000). 克拉玛依 两病 高血压 一级: 50%, 700 a year (第7部分（一）); 巴中 两病 高血压:
50%, 200 a year (第四章 十九问). Own phrasings, through the real engine. A bill said of 她 / 他 is the case's the form holds when that case
is a relative's or no one's; after the asker's own case ("我在二级医院住院…") it is another person's, whose
scheme and hospital are asked afresh, never the asker's taken for them."""
import pytest

from tests.helpers import computed, nums, talk


@pytest.mark.parametrize("region, rule, told, figure", [
    ("克拉玛依", "我妈高血压 在克拉玛依参保 一级医院开药能报多少", "她一年药费1000 能报多少", 500),
    ("巴中", "我爸血压高 吃降压药 两病能报不", "他一年药钱300 报好多", 150),
])
def test_the_sum_told_is_the_forms_answer(engine, region, rule, told, figure):
    *_, r = talk(engine, [rule, told], region=region)
    computed(r, figure, name="two_diseases")


@pytest.mark.parametrize("rule, told", [
    ("合疗 二级医院住院 帮我算算能报多少", "她花了3000"),
    ("我妈住院 合疗 二级医院 帮我算算能报多少", "她花了3000"),
    ("我妈在二级医院住院 合疗 能报多少", "她花了3000 能报多少"),
])
def test_a_bill_said_of_her_answers_her_case_or_no_ones(engine, rule, told):
    # 巴中 居民 二级: 起付线 400, 70% (第三章 十一问): (3000 − 400) × 70% = 1820
    *_, r = talk(engine, [rule, told], region="巴中")
    computed(r, 1820, name="inpatient")


@pytest.mark.parametrize("rule, told", [
    ("我在二级医院住院 合疗 能报多少", "她花了3000 能报多少"),
    ("我住院 合疗 二级医院 帮我算算能报多少", "她花了3000"),
    ("我在二级医院住院 合疗 能报多少", "我老婆花了3000 能报多少"),
])
def test_a_bill_said_of_another_after_the_askers_own_case_is_a_case_of_its_own(engine, rule, told):
    *_, r = talk(engine, [rule, told], region="巴中")
    assert r.kind == "clarify" and r.missing_slots == ["tier"], r.text
    assert 1820 not in nums(r.text), r.text
