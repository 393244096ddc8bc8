"""Conversations, round 13: a question put first while a form waits ("先问下 …") is answered and the
form then computes; "单位呢" after a 职工's contribution is the employer's share on the same base; the
scheme said alone after both schemes' 产前检查费 is that scheme's allowance; a stay said again at the
level it was transferred to keeps the level before; "那重庆呢" after an answer asks it of a place no
handbook covers; another calculation's rule asked while a form waits is answered, the form kept; the
克拉玛依 students' "学校医保" said with the place's name."""
import pytest

from tests.helpers import computed, nums, talk


# ---- a question put first while a form waits ------------------------------------------------------


@pytest.mark.parametrize("form, question, needles, facts, figure", [
    ("帮我算巴中大病保险", "先问下 电子医保码咋个激活", ("国家医保服务平台",), "普通居民 自付了3万", 9331.2),
    ("帮我算巴中住院报销", "先问下 新生儿咋个参保", ("90天",), "居民 一级医院 3000", 2160),
    ("帮我算巴中住院报销", "我先问一下，医保钱包咋开通", ("医保钱包",), "居民 二级医院 6000", 3920),
    ("帮我算巴中住院报销", "先问一哈 异地备案咋个弄", ("备案",), "职工 三级医院 一万", 7440),
    # (asked with 啥 or 多久, and naming the place by its cue: a question, no answer to the form)
    ("克拉玛依校区 帮我算一下住院", "先问下 学校医保啥时候交", ("1月10日",), "二级医院 花了5000", 3600),
])
def test_a_question_put_first_while_a_form_waits(engine, form, question, needles, facts, figure):
    asked, answered, done = talk(engine, [form, question, facts])
    assert asked.kind == "clarify"
    assert answered.kind == "faq" and all(w in answered.text for w in needles), answered.text
    assert answered.text.count("还差一项") == 1, answered.text      # the form asked again, once
    computed(done, figure)


def test_asking_first_is_chat_filler():
    from intents.message import without_filler
    assert without_filler("先问下 电子医保码咋个激活") == "电子医保码咋个激活"
    assert without_filler("我先问一下，新生儿咋个参保") == "新生儿咋个参保"


# ---- another calculation's rule asked while a form waits ------------------------------------------


def test_another_calculation_s_rule_while_a_form_waits_keeps_the_form(engine):
    asked, rule, done = talk(engine, ["巴中住院八千 报好多", "对了 断保了再交 要等好久才能报", "好 刚才那个 三级医院 居民医保"])
    assert asked.missing_slots == ["tier"]
    assert rule.kind == "faq" and "3个月" in rule.text and "还差一项" in rule.text, rule.text
    computed(done, 4380, name="inpatient")


# ---- who pays, after a 职工's contribution was computed -------------------------------------------


@pytest.mark.parametrize("first, follow, leads", [
    ("巴中单位上班的 上年月平均工资6000 职工医保个人每个月扣多少", "单位呢", 420),
    ("巴中职工医保 月工资5000 每个月交多少", "那公司每个月交好多", 350),
    ("巴中职工医保 月工资5000 单位每个月交多少", "个人呢", 100),
])
def test_the_other_party_s_share_on_the_same_base(engine, first, follow, leads):
    rs = talk(engine, [first, follow])
    computed(rs[0])
    r = computed(rs[1], leads, name="contribution")
    first_figure = r.text.split("元")[0]
    assert str(leads) in first_figure, r.text


def test_a_payer_asked_with_no_contribution_before_is_a_question():
    from intents.forms import PAYER_ASKED
    assert PAYER_ASKED.match("单位呢") and PAYER_ASKED.match("那公司每个月交好多")
    assert not PAYER_ASKED.match("单位交几个点") and not PAYER_ASKED.match("单位组织的体检能报不")


# ---- the scheme said alone after both schemes' 产前检查费 -------------------------------------------


@pytest.mark.parametrize("scheme, figure, other", [("居民", "500", "800"), ("职工", "800", "2000")])
def test_a_scheme_after_both_schemes_prenatal_allowance(engine, scheme, figure, other):
    both, own = talk(engine, ["生娃儿产检费补好多", scheme], region="巴中")
    assert "800" in both.text and "500" in both.text
    assert own.kind == "faq" and figure in own.text and other not in own.text, own.text
    assert "顺产、剖宫产" not in own.text


# ---- a transfer's stay said again at the level it went to -----------------------------------------


def test_the_transfer_s_stay_keeps_the_level_before(engine):
    rule, calc = talk(engine, ["巴中居民 从乡镇卫生院转到三级医院住院 起付线要重新交700不", "那三级那边合规花了一万 能报好多"])
    # the deductible owed on the move up is worked out (dialog37), the stay's sum is not yet told
    assert rule.kind in ("faq", "calculation") and "600" in rule.text and "5640" not in rule.text, rule.text
    computed(calc, 5640, name="inpatient")


def test_a_figure_asked_with_a_closing_bu_is_asserted():
    from intents import premise
    from intents.slots import extract
    assert [a.value for a in premise.asserted("起付线要重新交700不")] == [700]
    assert "amount" not in extract("从乡镇卫生院转到三级医院住院 起付线要重新交700不").values
    assert premise.asserted("住院花了700 能报不") == []


# ---- a place no handbook covers, asked after an answer --------------------------------------------


@pytest.mark.parametrize("first, place", [
    ("长治居民医保住院一年基本医保最多报多少", "那重庆呢"),
    ("长治居民医保住院起付线多少", "那北京呢"),
    ("巴中居民 三级医院住院报几成", "成都的呢"),
])
def test_an_uncovered_place_after_an_answer_is_declined(engine, first, place):
    rs = talk(engine, [first, place])
    assert rs[1].kind == "unanswered" and rs[1].refusal == "uncovered_place", rs[1].text
    assert "12393" in rs[1].text


def test_care_in_an_uncovered_place_after_an_answer_is_still_the_form_s(engine):
    rs = talk(engine, ["巴中居民 三级医院住院报几成", "那在成都呢"])
    assert rs[1].refusal != "uncovered_place"


# ---- 克拉玛依's students' "学校医保" with the place's name --------------------------------------------


def test_the_students_scheme_named_with_the_place(engine):
    rule, calc = talk(engine, ["克拉玛依学校医保 门诊慢病报几成", "我一年慢病门诊花了一万"])
    assert rule.kind == "faq" and "65%" in rule.text, rule.text
    computed(calc, 6500)


# ---- 门诊统筹 asked how it pays -------------------------------------------------------------------


def test_how_outpatient_pooling_pays_then_a_figure(engine):
    rule, calc = talk(engine, ["巴中居民门诊统筹咋报", "我今年门诊开药花了三百"])
    assert rule.kind == "faq" and "50%" in rule.text and "100" in rule.text, rule.text
    computed(calc, 100)
    assert 150 in nums(calc)


# ---- through the batch contract, and in Telegram ----------------------------------------------------


def test_round_13_dialogues_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {
        "first": (None, ["帮我算巴中大病保险", "先问下 电子医保码咋个激活", "普通居民 自付了3万"]),
        "payer": (None, ["巴中单位上班的 上年月平均工资6000 职工医保个人每个月扣多少", "单位呢"]),
        "scheme": ("巴中", ["生娃儿产检费补好多", "居民"]),
        "place": (None, ["长治居民医保住院一年基本医保最多报多少", "那重庆呢"]),
    })
    assert rows["first-1"]["kind"] == "faq" and "国家医保服务平台" in rows["first-1"]["text"]
    assert rows["first-2"]["kind"] == "calculation" and "9,331.20" in rows["first-2"]["text"]
    assert rows["payer-1"]["kind"] == "calculation" and rows["payer-1"]["text"].startswith("单位每月缴纳约 420 元")
    assert rows["scheme-1"]["kind"] == "faq" and "500" in rows["scheme-1"]["text"] and "800" not in rows["scheme-1"]["text"]
    assert rows["place-1"]["kind"] == "unanswered" and "重庆" in rows["place-1"]["text"]


def test_round_13_dialogues_in_telegram(store, engine):
    from test_dialogues_telegram import _say
    from test_telegram import Harness, run

    async def scenario():
        async with Harness(store, engine) as h:
            asked, answered, done = await _say(h, ["帮我算巴中住院报销", "先问下 新生儿咋个参保", "居民 一级医院 3000"])
            assert "哪一级医院" in asked
            assert "90天" in answered and "还差一项" in answered
            assert "2,160" in done
            _, unit = await _say(h, ["巴中职工医保 月工资5000 每个月交多少", "单位呢"])
            assert unit.startswith("单位每月缴纳约 350 元")
    run(scenario())
