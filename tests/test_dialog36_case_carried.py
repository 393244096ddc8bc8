"""What a conversation told of the case computes with the right rule. Own phrasings, through the real engine.

- A stay elsewhere said filed ("备了案的") right after a rule asked of an unfiled one, or said filed in place of
  the unfiled stay computed: the filed rows, never the not-filed cut held from before; still elsewhere.
- A subsidised group's own stay ("我是特困 … 住院 报好多"): the chain (basic insurance, its 大病保险 rule, 医疗
  救助), the sum asked back when not told; the bill told later is that stay's.
- One more 门诊慢病 of the patient, with whether each has its own limit asked: the rule for several diseases.
- A 两病 bill told after a question on that disease's 两病 figure, the classes "各一半": that benefit, each half
  at its class's rate.
- 医疗救助 asked after 大病保险 was computed for a group, or a 门诊慢性病 remainder told while 救助's form
  waits: the group told, never asked again."""
from tests.helpers import computed, talk


def test_filed_said_with_the_bill_after_an_unfiled_rule(engine):
    *_, r = talk(engine, ["城乡居民医保 到省外看病住院 没备案的话比例降多少",
                          "在上海三甲住的 花了两万 全在目录里 我是办了备案的"], region="长治")
    computed(r, 10175, name="inpatient")      # (20000 − 1500) × 55 %: the filed row
    assert "未备案" not in r.text and "45%" not in r.text, r.text


def test_filed_said_instead_of_unfiled_asks_the_kind_where_kinds_differ(engine):
    _, r = talk(engine, ["合疗 在重庆二级医院住院 没有备案 花了一万 能报多少", "说错了 备过案的"], region="巴中")
    # (巴中: 长期 and 临时 filings pay differently — the kind is asked, never the 市内 row taken)
    assert r.kind == "clarify" and "备案" in r.text and "市内" not in r.text, r.text


def test_a_subsidised_groups_stay_goes_through_every_fund(engine):
    first, _, r = talk(engine, ["我是特困人员 合疗 在一级医院住院 想问问报好多",
                                "特困的合疗自己要交钱不",
                                "住院合规的6300"], region="巴中")
    assert first.kind == "clarify", first.text
    computed(r, 4800, name="chain")           # basic: (6300 − 300) × 80 %
    assert "救助" in r.text, r.text


def test_a_second_chronic_disease_asked_whether_each_has_its_own_limit(engine):
    *_, r = talk(engine, ["居民医保 我有帕金森病 办了门诊慢病 今年药费一千五 报好多",
                          "我还有痛风 两种慢病的限额能加起来不"], region="巴中")
    assert r.kind == "faq" and "最高" in r.text, r.text
    assert "800" in r.text and "600" in r.text, r.text   # 帕金森病 800, 痛风 600 (居民)


def test_a_two_diseases_bill_after_its_question_splits_the_classes(engine):
    *_, r = talk(engine, ["高血压两病 一年最多能报好多", "全年买降压药用了六百 甲类和乙类一半一半"], region="长治")
    computed(r, 260, name="two_diseases")     # 300 × 60 % + 300 × 50 % = 330, over the 260 limit
    assert "300 × 60%" in r.text and "300 × 50%" in r.text, r.text


def test_assistance_after_serious_illness_keeps_the_group(engine):
    *_, r = talk(engine, ["俺家特困 居民医保 大病保险起付线是多少",
                          "基本医保报完了 自己还有合规的一万二",
                          "余下的医疗救助再给多少"], region="长治")
    assert r.kind == "calculation" and "属于哪类人员" not in r.text, r.text


def test_a_chronic_remainder_told_while_assistance_waits(engine):
    _, r = talk(engine, ["低保对象住院目录内自付的救助多少",
                         "门诊慢性病报了以后剩的呢 一年还剩1000"], region="长治")
    computed(r, 300, name="assistance")       # 1000 × 30 % (低保, 门诊慢性病)
