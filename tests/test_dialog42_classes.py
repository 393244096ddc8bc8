"""What carries from the last turn and what a short message changes (dialog42). Own phrasings, through the
real engine.

- Another figure of the same case asked short ("比例呢" after a tier's 起付线): the tier said last holds, and
  the page that answered it (which states both figures) answers again — never an older question's tier.
- A close said in dialect ("算了 没得事了", "莫得啥子事了") or handed to someone else ("等我儿子回来帮我弄"):
  the conversation ends politely; never a new question, never staff.
- A 两病 disease's stage told ("一期的", "医生说是三期"): it settles 两病 or 门诊慢病 where the region's
  门诊慢病 list takes the disease from a stage on — told after the question back, with the bill, or after
  the sum (the same bill moved to the other benefit, not a second bill of the year).
- The payment window said missed with what then asked ("没赶上咋整") after a household's fee: the window's
  rule (the wait), never the fee again.
- A gap paid back said short with the wait asked ("补的话还要等多久") after a wait was computed: the case
  repaired; a repair denied ("不补的话") is read as none.
"""
import pytest

from tests.helpers import computed, talk


# 巴中 居民 市内住院: 二级 400 / 70%, 三级 700 / 60%; 职工 二级 400 / 82%, 三级 700 / 80%
@pytest.mark.parametrize("turns, figures", [
    (["合疗住院 乡镇卫生院的起付线是好多", "县里二级医院呢", "报销比例是好多呢"], ["70%"]),
    (["城乡居民住院起付线多少 一级医院", "那三级医院的呢", "比例呢"], ["60%"]),
    (["住院的起付线多少钱 社区医院的", "三级医院呢", "能报几成呢"], ["60%", "80%"]),
])
def test_another_figure_of_the_case_keeps_the_tier_said_last(engine, turns, figures):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind in ("faq", "clarify"), r.text
    for figure in figures:
        assert figure in r.text, (figure, r.text)
    assert "乡镇卫生院（社区卫生服务中心）起付标准100元" not in r.text.split("来源")[0], r.text


def test_scheme_told_after_both_schemes_rates_keeps_the_tier(engine):
    *_, r = talk(engine, ["住院起付线多少 乡镇卫生院的", "二级医院呢", "比例呢", "我是新农合"], region="巴中")
    assert r.kind == "faq" and "70%" in r.text and "82%" not in r.text, r.text


@pytest.mark.parametrize("first, close", [
    ("医保电子凭证咋个激活", "算了 没得事了"),
    ("医保码在微信上咋个弄", "莫得啥子事了 谢谢"),
    ("个人账户的钱能给家里人用不", "不用了 等我儿子回来帮我弄"),
    ("医保码咋激活", "算了 叫我孙女帮我弄"),
    ("异地备案在手机上咋个办", "算了 等我女儿下班了再弄"),
])
def test_a_close_said_in_dialect_or_handed_on_ends_politely(engine, first, close):
    _, r = talk(engine, [first, close], region="巴中")
    assert r.kind == "clarify" and not r.sources, r.text
    assert "已转给工作人员" not in r.text, r.text


# 克拉玛依 居民: 两病 高血压 50%, year limit 700; 门诊慢病 (高血压Ⅱ期及以上) 65%
@pytest.mark.parametrize("turns, figure, name", [
    (["我有高血压 在社区医院拿药 一年花了800 能报多少", "医生说是1期的"], 400, "two_diseases"),
    (["高血压 一年门诊药费2000 报好多", "还没到二期"], 700, "two_diseases"),        # 2000 × 50% = 1000 > 700
    (["血压高 拿药一年花了600 能报多少", "已经是三期了"], 390, "chronic"),            # 600 × 65%
])
def test_a_stage_told_after_the_question_back_settles_the_benefit(engine, turns, figure, name):
    *_, r = talk(engine, turns, region="克拉玛依")
    computed(r, figure, name=name)


def test_a_stage_told_with_the_bill_settles_the_benefit(engine):
    r = talk(engine, ["高血压三期 门诊拿药一年2000 能报多少"], region="克拉玛依")[0]
    computed(r, 1300, name="chronic")                                               # 2000 × 65%
    # (a grade, 三级高血压, is not a stage: 克拉玛依's list counts 期 — see tests/test_rev42_review.py)


def test_a_stage_told_after_the_sum_moves_the_same_bill(engine):
    *_, r = talk(engine, ["高血压 门诊药费一年1200 能报多少", "两病", "那要是后来查出来是二期了呢"],
                 region="克拉玛依")
    computed(r, 780, name="chronic")                                                # 1200 × 65%
    assert "本年已报" not in r.text, r.text


@pytest.mark.parametrize("turns", [
    ["我们家五口人 2026年合疗一共交好多", "截止到好久", "没赶上咋整"],
    ["屋头三个人 合疗一年交好多钱", "好久截止", "要是错过了怎么办"],
])
def test_the_window_missed_after_a_fee_is_the_windows_rule(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind in ("faq", "clarify") and r.calculation is None, r.text
    # (answered with the wait, or asked back with the page on paying outside the window first)
    assert "3个月" in r.text or (r.kind == "clarify" and r.choice_ids[:1] == ["bz-3-10"]), r.text


def test_a_repair_said_short_and_one_denied(engine):
    # 巴中: 断保 2 年 → 3 + 1 = 4 个月; repaired → 3
    rs = talk(engine, ["2024年和2025年都没交合疗 2026年集中缴费期交 要等多久才能报",
                       "补的话还要等多久", "那不补的话呢"], region="巴中")
    computed(rs[0], 4)
    assert "3 个月" in rs[1].text, rs[1].text
    computed(rs[2], 4)
    assert "未补缴修复" in rs[2].text, rs[2].text
