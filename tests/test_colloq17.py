"""Classes of failure read on the strangers' colloquial-17 set, each asked in our own words through
the real engine."""
import pytest

from corpus.qtype import compared
from tests.helpers import answer as ask, ids


# ---- a relative on the other side of a comparison: the group is what they are insured as --------

@pytest.mark.parametrize("text,pair", [("门慢待遇跟我老汉居民医保的一样不", ("待遇", "居民")),
                                       ("报销比例和我妈妈农合的有区别没", ("比例", "农合")),
                                       ("两病待遇跟我妈一样不", ())])
def test_a_relative_compared_is_read_as_their_scheme(text, pair):
    assert compared(text) == pair


@pytest.mark.parametrize("text", ["我是上班的职工医保 门诊两病待遇跟我爸农合的一样吗",
                                  "我是职工 两病报销跟我老婆居民医保的有区别没"])
def test_two_diseases_compared_with_a_relative_s_scheme(engine, text):
    r = ask(engine, text, region="巴中")
    # (bz-4-19 states the two schemes' 两病 are the same; since voicex36 a page defining 两病 is shown with it,
    # and may lead: the rule asked must be in the reply, stated)
    assert r.kind == "faq" and "bz-4-19" in ids(r) and "相同" in r.text, r.text


# ---- a complaint told before a bare "打哪个电话": the number that takes complaints (12345) ----------

@pytest.mark.parametrize("text", ["上周去医保窗口交资料 那个工作人员态度差得很 我想反映 打啥子电话",
                                  "办慢病的时候那个人态度凶 说话难听 我要投诉 打哪个号码",
                                  "医保经办的人态度不好 打啥子电话"])
def test_a_complaint_told_asks_the_complaints_line(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-7-05"] and "12345" in r.text, r.text


def test_an_office_s_phone_asked_without_complaint_stays_the_office(engine):
    r = ask(engine, "南江医保窗口电话多少", region="巴中")
    assert ids(r)[:1] == ["bz-7-04-e"], r.text


# ---- a sum said only roughly, and the year's cap asked: the rule answers, no sum is asked for ----

@pytest.mark.parametrize("text", ["老汉癌症住了好久的院 花了好几十万 二次报销一年封顶好多",
                                  "屋头人做手术花了几十万 大病保险每年最多赔好多"])
def test_a_rough_bill_with_the_cap_asked_is_the_cap(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and "30万" in r.text, r.text


def test_a_rough_bill_with_at_most_asked_still_asks_the_sum(engine):
    # "最多能报好多" of a bill may ask how much of it at most: the sum is asked for, not a rule guessed
    r = ask(engine, "住院花了十几万 大病保险最多能报好多", region="巴中")
    assert r.kind == "clarify", r.text


# ---- a rule remembered ("以前一天只能报50"), asked whether it still holds: checked, not computed ------

@pytest.mark.parametrize("text", ["合疗看门诊原来每次最多报50 现在还这样不",
                                  "农合门诊以前每天最多报五十 今年还有这个规定没"])
def test_a_remembered_limit_asked_if_it_still_holds(engine, text):
    r = ask(engine, text, region="长治")
    assert r.kind == "faq" and "不再执行" in r.text, r.text


# ---- a bill followed, after a space, by the next clause's 年内 ("合规5600 年内头一回住"): still the bill ----

def test_a_bill_before_a_spaced_year_word_is_computed(engine):
    r = ask(engine, "二级医院住院 合规5600 年内头一回住院 能报多少", region="克拉玛依")
    assert r.kind == "calculation" and "5600" in r.text, r.text


def test_years_said_with_a_space_stay_years(engine):
    from intents.slots import extract
    assert "amount" not in extract("断保 3 年内 还能补交不").values


# ---- a story telling both schemes, the asker's and a relative's: each reading keeps both -----------

@pytest.mark.parametrize("text", ["我是厂里的职工医保 媳妇交的合疗 她下个月生 我这头能给她报点啥",
                                  "我单位交的职工医保 我爱人是城乡居民医保 她生孩子 我这边有啥待遇"])
def test_a_spouse_s_birth_asked_of_the_asker_s_own_scheme(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-2-09"] and "补差" in r.text, r.text


def test_a_switch_of_schemes_still_asks_of_the_new_one(engine):
    r = ask(engine, "我以前交合疗 现在进厂了交职工医保 住院起付线好多", region="巴中")
    assert "职工" in r.text, r.text


# ---- 大病保险 named as what was not paid at discharge: its own deadline (次年7月底), not a stay's ----

def test_the_serious_illness_fund_unpaid_at_discharge_has_its_deadline(engine):
    r = ask(engine, "在成都住的院 出院时二次报销那块没结算 最晚啥时候拿回来补报", region="巴中")
    assert r.kind == "faq" and "7月底" in r.text and "6月底" not in r.text, r.text


def test_a_stay_unpaid_at_discharge_keeps_the_stay_s_deadline(engine):
    r = ask(engine, "住院了没当场报 最晚好久去报", region="巴中")
    assert "6月底" in r.text, r.text


# ---- voice typing: a question closed by 了 after its 多少, and 有…没有 before a rate asked -----------

@pytest.mark.parametrize("text,said", [
    ("居民医保一年交多少了现在在哪交", "居民医保一年交多少了 现在在哪交"),
    ("门诊有起付线没有报几成", "门诊有起付线没有 报几成"),
    ("住院有起点莫得报百分之好多", "住院有起点莫得 报百分之好多"),
])
def test_voice_typed_questions_end_where_they_are_asked(text, said):
    from intents.message import voiced
    assert voiced(text) == said


def test_a_denied_claim_is_not_split(engine):
    from intents.message import voiced
    assert " 报" not in voiced("住院的钱到现在都还没有报销能不能补")


@pytest.mark.parametrize("text,said", [
    # (要不要 is one asking, never split after its 不)
    ("医生开了个谈判药好贵哦我去药店买了拿发票回来能不能报要不要先办啥子手续",
     "医生开了个谈判药好贵哦 我去药店买了拿发票回来能不能报要不要先办啥子手续"),
    ("我老汉住院能报不要带啥子资料", "我老汉住院能报不 要带啥子资料"),
    # (a time long enough to be no other word's end opens the story's next event)
    # (and the fund asked of, after the stay told, opens the question: tests/test_robust18.py)
    ("我老妈是低保户一个人在家前几天摔了住院医疗救助能给报好多", "我老妈是低保户一个人在家 前几天摔了住院 医疗救助能给报好多"),
])
def test_voice_typed_asking_and_story_events(text, said):
    from intents.message import voiced
    assert voiced(text) == said


def test_where_to_measure_is_one_asking(engine):
    # "在哪儿量可以不": where the pressure may be measured, one question, not 在哪儿 and then 量可以不
    from intents.message import voiced
    assert "哪儿 量" not in voiced("我妈想办糖尿病两病准入要测几次血糖多高算在哪儿测可以不")
    r = ask(engine, "俺想办两病高血压准入要量几次血压多高才算在哪儿量可以不", region="长治")
    assert "cz-ld-06" in ids(r), r.text


# ---- a newborn insured late (past 90 days), asked whether care before is paid: 七问's 缴费之日 -----

@pytest.mark.parametrize("text", ["外孙出生五个月了才去交的合疗 之前看病住院那几天能不能报 从哪天算起",
                                  "娃儿生了一百多天才上医保 前面住院的钱还报得到不"])
def test_a_newborn_insured_late_is_covered_from_payment(engine, text):
    r = ask(engine, text, region="巴中")
    # (the 七问 rule, as its entry or as the waiting period worked out from it)
    assert r.kind in ("faq", "calculation") and "缴费之日" in r.text and "七问" in r.text, r.text
