"""Conversations, round 37x (a stranger's conversations written from the handbooks): the classes they
showed, in own phrasings, through the real engine."""
from corpus.qtype import missing_answer
from intents import acts
from tests.helpers import ids, talk


# ---- a calculation given up with the thing named first ("门诊那个不用算了"), and a close that says the
# asker will look it up themself ("我自己上APP查查"): a cancel, never a question for staff

def test_a_cancel_naming_what_is_given_up_is_a_cancel():
    for said in ("门诊那个不用算了 以后再说", "这个先不算了", "生孩子那笔别算了", "没事了 我自己上APP查查"):
        assert acts.is_cancel(said), said
    assert not acts.is_cancel("门诊那个算了多少"), "a figure asked is no cancel"


def test_a_form_given_up_by_its_topic_is_not_sent_to_staff(engine):
    first, _, r = talk(engine, ["帮我算下门诊能报多少 居民医保",
                                "先问一下 长治居民医保住院一年封顶多少",
                                "门诊那个先不算了 改天再说"], region="长治")
    assert first.kind == "clarify", first.text
    assert r.kind == "clarify" and "工作人员" not in r.text, r.text


def test_a_close_looking_it_up_alone_is_not_answered_with_a_page(engine):
    _, r = talk(engine, ["孤儿学生医保要自己交钱吗", "好吧 没事了 我自己到APP上查"], region="克拉玛依")
    assert r.kind == "clarify" and "工作人员" not in r.text and "来源" not in r.text, r.text


# ---- "要先交起付线不": whether, asked yes or no — a page saying the deductible is gone answers it; no
# step to take first is asked (长治 居民两病: 起付线2022年9月以后取消); 起付钱 is the deductible

def test_a_yes_no_of_paying_first_asks_no_step():
    assert missing_answer("两病要先交起付线不", "起付线：2022年9月以后取消。") is None
    assert missing_answer("住院前要先办啥", "出院时结算。") == "先办"


def test_the_deductible_asked_yes_or_no_after_the_two_diseases(engine):
    _, r = talk(engine, ["俺是居民医保 糖尿病 两病一年报多少", "买药还要先自己掏起付钱不"], region="长治")
    assert r.kind == "faq" and "取消" in r.text, r.text


# ---- one more disease of the same patient, and the year's most asked of both: the page of both
# (巴中 第四章 十九问: 两病 together 500元) or the several-慢病 rule on the case's diseases (第四章 三问)

def test_a_second_of_the_two_diseases_added_gets_the_joint_limit(engine):
    _, r = talk(engine, ["我爸血压高 吃降压药 还不够慢病标准 能报销不",
                         "今年体检又查出糖尿病 两种病都有了 一年最多能报好多"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == ["bz-4-19-both"] and "500" in r.text, r.text


def test_a_second_chronic_disease_added_gets_the_highest_limit(engine):
    _, _, r = talk(engine, ["我是职工医保 慢性肾炎办了门慢 今年门诊花了3000 能报多少",
                            "好的",
                            "我还有痛风也认定了 两个病一年最多报好多"], region="巴中")
    assert r.kind == "faq" and "2,000" in r.text.replace("2000", "2,000") and "痛风" in r.text, r.text
    assert "限额标准最高" in r.text, r.text


# ---- what a calculation left the asker to pay, and whether another fund takes it ("自付那部分 大病保险
# 管不管"): the case's own page (巴中 第五章 二问: 单行支付 share not in 大病保险), not the fund's definition

def test_the_share_left_by_a_drug_calculation_asked_of_another_fund(engine):
    _, r = talk(engine, ["我是职工医保 单行支付药品一个月花了一万 能报好多",
                         "剩下自己掏的那部分 大额补助管不管"], region="巴中")
    assert r.kind == "faq" and ids(r)[:1] and ids(r)[0].startswith("bz-5-02"), r.text
    assert "不纳入" in r.text, r.text


# ---- the diabetes type said apart from the disease ("糖尿病 二型的" / "糖尿病 一型的"), and the other type
# asked of a 两病 case just computed ("那要是一型的呢"): a fact of the case changed, the sum computed again
# under that type's limit (长治 居民两病: Ⅰ型 480元, 其他类型 360元)

def test_type_one_said_after_the_disease_is_read():
    from intents.slots import extract
    assert extract("我有糖尿病 一型的 两病一年报多少").get("type1") is True
    assert extract("那要是二型的呢").get("diabetes_type") == "其他"
    assert extract("是二型的").get("diabetes_type") is None, "a bare correction stays the engine's"


def test_the_other_type_after_a_two_diseases_sum_is_computed_again(engine):
    first, r = talk(engine, ["俺娘居民医保 二型糖尿病 甲类药买了1000 两病能报多少", "那要是一型的呢 药钱一样"],
                    region="长治")
    assert first.kind == "calculation" and "360" in first.text, first.text
    assert r.kind == "calculation" and "480" in r.text and "1型" in r.text, r.text


# ---- "there" in a bill told after a question that named the place away by a word only ("去外省 … 在那边看"):
# the care is away — 长治 居民门诊 跨省: 10 points below the home row (55% − 10% at 二级) — never computed as
# at home

def test_there_after_a_question_naming_the_place_away_is_away(engine):
    _, r = talk(engine, ["俺是居民医保 要去外省带孙子 在那边临时看个门诊 用不用先备案",
                         "在那里的二级医院看了门诊 花了三百 能报多少"], region="长治")
    assert r.kind == "calculation" and "45%" in r.text and "135" in r.text, r.text    # 300 × 45 %


# ---- a 门诊特病 page naming its once-a-year deductible by a tier only (巴中 第四章 五问: 只扣减一次二级定点医疗
# 机构住院起付标准) asked of one scheme: that tier's sum and the scheme's rate said after it (居民 二级 400, 60%;
# 第三章 十一问)

def test_the_special_disease_deductible_is_given_for_the_scheme_told(engine):
    _, r = talk(engine, ["我妈肾衰竭做透析 办了门特 能报几成", "她是城乡居民医保"], region="巴中")
    assert r.kind == "faq" and "400" in r.text and "60%" in r.text and "第三章 十一问" in r.text, r.text


def test_which_step_first_asked_with_a_closing_bu_still_asks_a_step():
    assert missing_answer("去外地住院要先办啥子手续不", "出院时结算。") == "先办"
