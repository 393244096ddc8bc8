"""A patient's second 门诊慢病 told after a question on the first: the several-diseases rule answered with
the limit that case settles under (the highest of the two, from the policy file, on the scheme told),
and the year's bill told next computed under it — never "是哪种慢病" asked again."""
from calculators.chronic import highest_limit
from calculators.policy import policy_for
from tests.helpers import computed, nums, talk


def test_second_disease_names_the_higher_limit_and_the_bill_next_uses_it(engine):
    first, rule, bill = talk(engine, ["我爸糖尿病有并发症 职工医保 办了慢病 一年最多报好多",
                                      "他还有慢阻肺 两个都能报吗", "今年慢病门诊一共花了三千"], region="巴中")
    assert "限额标准最高" in rule.text and 1500 in nums(rule) and "慢性阻塞性肺疾病" in rule.text, rule.text
    computed(bill, 1500, name="chronic")
    assert set(bill.calculation.inputs["diseases"]) == {"糖尿病伴并发症", "慢性阻塞性肺疾病"}


def test_another_patient_is_no_disease_of_the_case(engine):
    replies = talk(engine, ["我爸糖尿病有并发症 职工医保 办了慢病 一年最多报好多",
                            "我老伴也有慢阻肺 两个都能报吗"], region="巴中")
    assert "慢性阻塞性肺疾病 1500 元" not in replies[-1].text or "糖尿病伴并发症 1000 元" not in replies[-1].text


def test_highest_limit_per_scheme_when_none_said():
    calc = highest_limit(policy_for("巴中"), diseases=["冠心病", "青光眼"])
    assert calc.result == {"limit_职工": 1500.0, "limit_居民": 800.0}
