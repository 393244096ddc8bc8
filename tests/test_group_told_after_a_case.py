"""A case's figure asked twice over in one message ("大病保险能报不 报好多": whether, then how much, of
the same) is one question, computed once — no second form left asking a hospital's grade — so a
relative's group told next ("我爸是低保户哦") recomputes that case with the group's rule (巴中 第三章
二十三问: 特困、低保 起付线降低50%, 分段比例提高5%; 长治 居民大病保险: 低保 起付5000元, 80%).
Own phrasings, through the real engine and the batch contract."""
import pytest

from tests.helpers import computed, talk


@pytest.mark.parametrize("region, turns, before, after", [
    ("巴中", ["我爸住院 合疗报完了自己还出了四万 大病保险能报不 报好多", "我爸是低保户哦"], 15331.2, 21304.4),
    ("长治", ["俺娘住院 新农合报完自己还花了四万 都是合规的 大病能报不 能报多少", "她是低保户"], 22500, 28000),
])
def test_a_group_told_after_the_case_recomputes_it(engine, region, turns, before, after):
    first, second = talk(engine, turns, region=region)
    computed(first, before, name="serious_illness")
    assert "哪一级" not in first.text, first.text
    computed(second, after, name="serious_illness")


@pytest.mark.parametrize("text", ["乡镇卫生院住院花了五千 合疗能报不 报多少", "职工医保 卫生院住院花了两千 能报不 能报好多"])
def test_whether_then_how_much_of_a_sum_is_one_question(engine, text):
    r, = talk(engine, [text], region="巴中")
    assert r.kind == "calculation" and not r.text.startswith("【1】"), r.text


@pytest.mark.parametrize("text", ["在北京看门诊能报不 报多少", "高血压在门诊拿药能报吗，报多少"])
def test_with_no_sum_told_the_rule_is_answered(engine, text):
    r, = talk(engine, [text], region="巴中")
    assert r.kind == "faq", r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"poor": ("巴中", ["我爸住院 合疗报完了自己还出了四万 大病保险能报不 报好多", "我爸是低保户哦"])})
    assert rows["poor-0"]["kind"] == "calculation" and rows["poor-1"]["kind"] == "calculation"
    assert "21,304.40" in rows["poor-1"]["text"]
