"""Classes the thirty-first numbers set showed: a yield asked with no figure answered by its rule whatever
the ranker's margin, the 异地长期居住 filing said as 居住备案, 倾斜救助 after 常规救助 said done. Own
phrasings, through the real engine, with the handbooks' figures."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, talk

# ---- "能报多少" with no figure: the rule, never the bill's question alone -------------------------------
# 克拉玛依 第7部分（一）: 居民门诊慢病 15种, 起付线0, 报销比例65%, 年度限额16万元 (one for all);
# 巴中 第四章 十九问: “两病” 50%, 高血压 200 元, 糖尿病 300 元, 两病都有 500 元


@pytest.mark.parametrize("text, region, needles", [
    # the search finds the campus office's page (学校医保) above the 慢病 page: the policy file's rule
    ("我有慢性病 学校医保门诊慢病能报多少", "克拉玛依", ("65%", "16万")),
    ("我得了慢性病 学校里交的医保 门诊慢病能报好多", "克拉玛依", ("65%", "16万")),
    # the 两病 page found below the stated band: its rule all the same, not a question back
    ("我妈高血压 两病能报好多", "巴中", ("50%", "200")),
])
def test_a_yield_asked_with_no_figure_gets_the_rule(engine, text, region, needles):
    r = ask(engine, text, region=region)
    assert r.kind == "faq", (r.kind, r.text)
    for needle in needles:
        assert needle in r.text, (needle, r.text)


def test_the_form_stays_open_for_the_sum_after_the_rule(engine):
    # 克拉玛依 门诊慢病 3000 × 65% = 1950
    *_, r = talk(engine, ["我有慢性病 学校医保门诊慢病能报多少", "花了3000"], region="克拉玛依")
    computed(r, 1950, name="chronic")


# ---- 异地居住备案: the 异地长期居住 filing ------------------------------------------------------------------
# 巴中 第二章 二十七问: 职工 长期备案 in the place filed as 市内: 二级 起付400 82%


@pytest.mark.parametrize("text, figures", [
    ("退休后在三亚跟儿子住 办过异地居住备案 那边二级医院住院合规2万 巴中职工医保报多少", (16072, 82)),
    ("巴中职工医保 在重庆办了居住备案 二级医院住院花了一万 能报多少", (7872, 82)),
])
def test_a_residence_filing_is_the_long_term_filing(engine, text, figures):
    r = ask(engine, text)
    computed(r, *figures, name="inpatient")
    assert "长期" in r.text, r.text


# ---- 倾斜救助 after 常规救助 said done -----------------------------------------------------------------------
# 巴中 第六章 五问: 倾斜救助 above 防止返贫监测线 8500 (2025), 特困、孤儿 100%, 年度限额 10000


@pytest.mark.parametrize("text, figures", [
    ("我是孤儿 规范转诊在省内住院 常规救助完了 个人还要自付12000 倾斜救助给多少", (3500,)),
    ("特困户 规范转诊省内住院 常规救助也走完了 还自付21000 倾斜救助能给好多", (10000,)),
])
def test_tilted_aid_after_regular_aid_said_done(engine, text, figures):
    r = ask(engine, text, region="巴中")
    computed(r, *figures, name="assistance")
    assert "常规救助：" not in r.text, r.text


# ---- a transfer's deductible owed, the scheme not said -------------------------------------------------
# 巴中 第三章 十二问 (城乡居民): 由低级别转往高级别只补计起付标准差额; 十一问: 乡镇卫生院 100, 二级 400, 三级 700.
# 第二章 (职工) states no transfer rule: said so, never the 居民 figure given as the 职工's


@pytest.mark.parametrize("text, owed", [
    ("从乡镇卫生院转到市里三级医院住院 起付线还要补交多少", 600),
    ("老汉从二级医院转诊到三级医院 起付线要补好多", 300),
])
def test_a_transfers_deductible_is_computed_with_the_scheme_unsaid(engine, text, owed):
    r = ask(engine, text, region="巴中")
    computed(r, owed, name="deductible_topup")
    assert "城乡居民医保" in r.text and "职工医保：巴中手册没有规定" in r.text, r.text


def test_the_calculator_computes_only_the_schemes_with_a_transfer_rule():
    from calculators.inpatient import deductible_topup
    from calculators.policy import policy_for
    c = deductible_topup(policy_for("巴中"), insurance=None, tier="三级", prior_tier="乡镇卫生院")
    assert c.result["deductible_owed"] == 600
    assert "职工医保" in c.headline and "没有规定" in c.headline, c.headline
    # 克拉玛依 has one scheme: the scheme's own rule, as when it is said (600 − 100 for a 三级 stay after 一级)
    one = deductible_topup(policy_for("克拉玛依"), insurance="居民", tier="三级", prior_tier="一级")
    assert one.result["deductible_owed"] == 500


# ---- 大病保险 asked of a sum told as the whole spent --------------------------------------------------------
# 大病保险 pays on what basic insurance left (克拉玛依 第7部分（二）; 巴中 第三章 二十二问): the whole bill is
# basic insurance's first — the chain, which asks what it lacks, never 大病 computed on the whole bill


@pytest.mark.parametrize("text, region", [
    ("大病保险能赔好多 我今年一共花了18万", "克拉玛依"),
    ("合疗 大病保险能报多少 前后总共花了12万", "巴中"),
])
def test_a_whole_bill_is_not_the_serious_illness_base(engine, text, region):
    r = ask(engine, text, region=region)
    assert r.kind == "clarify", (r.kind, r.text)
    assert r.calculation is None, r.text


def test_what_is_left_after_basic_insurance_is_still_computed(engine):
    # 克拉玛依 大病 一般人员: (50000 − 21000) × 60% + (60000 − 50000) × 65% = 17400 + 6500
    r = ask(engine, "大病保险 基本医保报完自己还负担合规费用6万 能报多少", region="克拉玛依")
    computed(r, 23900, name="serious_illness")


# ---- the day the cover holds from, asked "哪天起能报" / "啥时候能开始报销" -----------------------------------
# 巴中 第三章 十问: 上年度已参保、集中缴费期后缴费: 固定等待期 3 个月，自缴费之日起算;
# 第二章 六问: 初次参加职工医保，自参保缴费之日起 6 个月后享受待遇


@pytest.mark.parametrize("text, day", [
    ("去年的合疗交了的 今年4月10号才补交 哪天起能报", "7月10日"),
    ("在巴中的厂里上班 今年5月20号第一次交的职工医保 啥时候能开始报销", "11月20日"),
])
def test_the_day_asked_with_qi_or_kaishi_is_computed(engine, text, day):
    r = ask(engine, text, region="巴中")
    computed(r, name="waiting_period")
    assert day in r.text, r.text


# ---- a newborn's wait asked as two questions: one calculation ------------------------------------------
# 巴中 第三章 七问: 出生 90 天内缴费，待遇自出生之日起; 超过 90 天，自缴费之日起 (出生到缴费之间的费用不能报)


def test_a_newborns_day_and_the_costs_before_it_are_one_calculation(engine):
    # 2月3日 to 6月1日: 118 days, over 90 — the cover from 6月1日, the February stay not paid
    r = ask(engine, "孙女2025年2月3号出生 6月1号才交的合疗 2月份住院花的钱能报不 从哪天开始能报", region="巴中")
    computed(r, name="waiting_period")
    assert "6月1日" in r.text and "不能报" in r.text, r.text
