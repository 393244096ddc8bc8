"""The rule of a 门诊慢病 group asked right after a sum for a disease of the other group ("那一类慢病报多少比例"
after 冠心病, 长治's 二类, was computed): that group's page (居民 一类: 统筹基金支付70%, 9 种), never the case
recomputed with its disease unchanged. A group's figure asked of the case's own group stays the case's."""
from tests.helpers import talk

SUM = "俺冠心病办了慢病 新农合 一个月拿药200块 能报多少"


def test_the_other_groups_rule_is_its_page(engine):
    first, asked = talk(engine, [SUM, "那一类慢病报多少比例 新农合"], region="长治")
    assert first.kind == "calculation", first.text
    assert asked.kind == "faq" and "70%" in asked.text and "一类" in asked.text, asked.text
    assert asked.calculation is None
