"""The deadline of a claim asked after a stay elsewhere was computed, said the 四川 way ("好久之前" is
"before when"): the handbook's rule (巴中 第三章 十七问: 次年6月底前), not the stay's facts told again
with its filing asked. Own phrasings, through the real engine."""
from intents.calc_kind import DEADLINE
from tests.helpers import talk


def test_before_when_said_the_sichuan_way_is_a_deadline():
    assert DEADLINE.search("发票要在好久之前交")
    assert DEADLINE.search("几时以前去报")


def test_the_claims_deadline_after_a_stay_elsewhere(engine):
    *_, r = talk(engine, ["合疗 转诊到成都住院 二级医院 合规8000 报好多",
                          "成都那边没给直接结算 回来要在好久之前去报"], region="巴中")
    assert r.kind == "faq" and "6月底" in r.text, r.text
