"""Conversations, round 14: a follow-up naming another filing ("那要是办了转诊备案呢", "要是办了转诊呢",
"那备异地长期居住呢") changes the filing of the last rule or stay; "只断了2个月呢" recomputes a switch's
waiting period; a wage said after a contribution or 个人账户 answer computes the 职工 share; the
place and the school said together answer "您在哪个地区参保？"; a bare "是不是" joins the question it
checks, which borrows the last question's topic when it names facts of a calculation of it; and the
asker's own handbook's national entry that covers the question as well as another handbook's is as
sure."""
import pytest

from tests.helpers import answer, computed, talk


# ---- another filing, after a rule or a stay elsewhere ---------------------------------------------


@pytest.mark.parametrize("first, follow, needles, not_said", [
    ("巴中居民 去成都二级医院住院 不是急诊也没转诊 起付线和比例是好多", "那要是办了转诊备案呢", ("65%",), "60%"),
    ("巴中居民 在重庆三级医院住院 没备案 起付线和报销比例是多少", "那办了临时备案呢", ("55%",), "50%"),
])
def test_another_filing_after_a_stay_elsewhere_s_rule(engine, first, follow, needles, not_said):
    _, r = talk(engine, [first, follow])
    assert r.kind == "faq" and all(w in r.text.split("如需")[0] for w in needles), r.text
    assert not_said not in r.text.split("如需")[0], r.text


def test_the_filing_said_before_makes_way_for_the_new_one():
    from intents.acts import with_fact
    from intents.slots import extract
    asked = with_fact("巴中居民 在成都三级医院住院 不是急诊也没转诊 起付线多少", "那要是办了转诊备案呢")
    assert "没转诊" not in asked and "不是急诊" not in asked, asked
    assert extract(asked).get("filing") == "转诊"


@pytest.mark.parametrize("first, follow, figure", [
    ("巴中职工 去重庆三级医院住院 没转诊不是急诊 花了两万 报好多", "要是办了转诊呢", 14250),
    ("巴中居民 在成都二级医院住院 没备案 花了一万 报多少", "那要是转诊了呢", 5850),
])
def test_a_referral_said_after_a_stay_elsewhere_is_the_referral_s_filing(engine, first, follow, figure):
    before, after = talk(engine, [first, follow])
    computed(before)
    r = computed(after, figure, name="inpatient")
    assert "未转诊" not in r.text.split("来源")[0], r.text


def test_a_transfer_between_the_region_s_hospitals_is_still_a_transfer(engine):
    # (no stay elsewhere: "从乡镇卫生院转诊过来" is the deductible's difference, no filing)
    _, r = talk(engine, ["巴中居民 三级医院住院 花了一万 报好多", "要是从乡镇卫生院转诊过来的呢"])
    computed(r, 600)


@pytest.mark.parametrize("first, follow, region", [
    ("寒假回家看病 学校医保办临时备案的话 报销比例降多少", "那我在老家备案异地长期居住呢", "克拉玛依"),
    ("克拉玛依校区的 暑假回老家 临时备案住院 报销比例咋算", "那办异地长期居住备案呢", None),
])
def test_another_filing_after_an_offer_asking_the_hospital(engine, first, follow, region):
    # the offer asked 在哪一级医院: a follow-up changing the filing asks the rule again, not the level
    _, r = talk(engine, [first, follow], region=region)
    assert r.kind == "faq" and ("相同" in r.text or "一样" in r.text), r.text


def test_a_rate_given_as_another_s_answers_a_rate_asked():
    from corpus.qtype import missing_answer
    assert missing_answer("长期备案报销比例多少", "报销比例与参保地相同，备案后最少6个月变更") is None
    assert missing_answer("长期备案报销比例多少", "备案后最少6个月变更") == "比例"


# ---- a switch's months without cover, said again --------------------------------------------------


@pytest.mark.parametrize("follow, months, wait", [("只断了2个月呢", 2, 0), ("那要是断了5个月呢", 5, 6)])
def test_a_switch_s_gap_in_months_said_again(engine, follow, months, wait):
    _, r = talk(engine, ["巴中 职工医保转居民医保 中间断了4个月 多久能享受待遇", follow])
    r = computed(r, months, wait, name="waiting_period")


# ---- a wage said after a contribution or an account answer ----------------------------------------


def test_a_wage_after_the_account_answer_computes_the_monthly_share(engine):
    _, r = talk(engine, ["我是巴中的职工 个人账户的钱家里人能用不", "那每个月划进去多少 我上年月平均工资8000 在职"])
    computed(r, 160)


def test_a_wage_said_is_a_staff_member_s(engine):
    _, _, r = talk(engine, ["巴中灵活就业人员交职工医保 费率是多少", "单位上班的 个人交几个点",
                            "那我上年月平均工资4500 个人每个月扣多少"])
    computed(r, 90, name="contribution")


def test_the_handbook_s_wage_words_say_the_staff_scheme():
    from intents.slots import extract
    assert extract("我上年度月平均工资6000 每个月交多少").get("insurance") == "职工"
    assert extract("每个月划进去好多 基数5000").get("account") is True


# ---- the place and the school, answering where -----------------------------------------------------


def test_the_place_and_the_school_answer_the_region_asked(engine):
    asked, r = talk(engine, ["二级医院住院起付线多少", "克拉玛依 学校医保"])
    assert asked.kind == "clarify"
    assert r.kind == "faq" and r.region == "克拉玛依" and "起付线" in r.text, r.text


@pytest.mark.parametrize("first", ["二级医院住院起付线多少", "门诊慢病报销比例多少"])
@pytest.mark.parametrize("place", ["克拉玛依 学校给办的那个医保", "在克拉玛依念大学 学校统一交的那个", "我在克拉玛依读书"])
def test_the_place_put_as_the_school_that_insures_answers_as_the_place_alone(engine, first, place):
    # studying there, the school doing the insuring: how the place is put, asking nothing of students
    # joining — the question that waited gets the page the place alone gives it
    alone = talk(engine, [first, "克拉玛依"])[-1]
    asked, r = talk(engine, [first, place])
    assert asked.kind == "clarify" and alone.kind == "faq", alone.text
    assert r.kind == "faq" and r.region == "克拉玛依", r.text
    assert [s.entry_id for s in r.sources] == [s.entry_id for s in alone.sources], r.text


# ---- "是不是" said alone, and a topic borrowed for a calculation ------------------------------------


def test_a_bare_tag_joins_the_question_it_checks():
    from intents.message import parse
    parts = parse("听说连续交的话还要涨 是不是 最多涨到多少").parts
    assert len(parts) == 1, [p.question for p in parts]


def test_the_cap_s_rise_after_the_cap(engine):
    _, r = talk(engine, ["巴中居民 大病保险一年最多赔多少", "听说每年都交的话还会涨 是不是 最多涨到多少"])
    computed(r, 360000)
    assert "4000" in r.text, r.text


# ---- the own handbook's national entry, as sure as another's ----------------------------------------


def test_the_own_handbook_s_national_entry_is_as_sure(engine):
    r = answer(engine, "微信里咋个激活医保码", region="巴中")
    assert r.kind == "faq" and "城市服务" in r.text, r.text
    assert r.sources[0].entry_id.startswith("bz-"), r.sources
