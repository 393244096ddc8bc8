"""A wrong answer stated with confidence is the worst reply: the decision layer does not state an
entry that cannot give what was asked. Own phrasings, through the real engine."""
import pytest

from bot.engine import Engine
from bot.reply import Message
from bot.session import Session
from corpus.qtype import missing_answer


def ask(engine: Engine, text: str, region: str | None = "巴中"):
    return engine.answer(Message(text=text, region=region), Session())


def test_a_later_question_naming_its_own_group_is_not_grouped_under_the_first_answer(engine):
    # 退休 asked in the second question: the entry on 在职人员 answers only the first
    reply = ask(engine, "职工医保个人账户每月能划进来多少 在职和退休的有啥区别")
    assert "【1】" in reply.text and "【2】" in reply.text
    assert "2.8%" in reply.text and "2%" in reply.text


def test_a_step_to_take_first_is_not_answered_by_the_rule_for_afterwards(engine):
    reply = ask(engine, "门诊慢病患者去外省治疗，可以直接刷卡吗？事先需要办理什么？")
    # the paragraph on paying at the counter names no step to take first: not stated for it (the
    # cross-province entry, which says both whether and after what, may answer the two together)
    second = reply.text.split("【2】", 1)[1] if "【2】" in reply.text else reply.text
    assert "携带社会保障卡" not in second and "认定" in second and "备案" in second


def test_an_elliptical_group_after_a_rule_question_is_that_rule_for_the_group(engine):
    reply = ask(engine, "长治特困供养人员住院救助比例多少？低保对象呢？", region=None)
    second = reply.text.split("【2】", 1)[1]
    assert "70%" in second and "需要一个具体金额" not in second.split("\n")[1]


def test_where_after_an_office_phone_is_that_office_not_another_handbook(engine):
    reply = ask(engine, "长治医疗保障局的联系电话是多少？办公地点在哪？", region=None)
    assert reply.kind == "unanswered"
    assert "克拉玛依" not in reply.text and "【2】" not in reply.text


@pytest.mark.parametrize("question,answer,kind", [
    ("单位缴费占工资的百分之几", "由用人单位按规定缴纳", "比例"),
    ("单位缴费占工资的百分之几", "单位按工资总额的7%缴纳", None),
    ("报销比例跟市内一样吗", "一样", None),                    # a yes/no on a rate
    ("办不了打哪个电话问", "请到医保窗口咨询", "电话"),
    ("办不了打哪个电话问", "咨询电话0827-1234567", None),
    ("过去看病要先办啥手续", "持社保卡到窗口结算", "先办"),
    ("过去看病要先办啥手续", "应先办理异地就医备案", None),
    ("要先备案吗", "持社保卡到窗口结算", None),                # a yes/no, not a step asked
    ("报销材料最迟啥时候交", "材料交到办公室", "截止"),
    ("报销材料最迟啥时候交", "出院后6个月内提交", None),
    ("学生医保每年要缴多少", "缴费期为9月1日至1月10日", "缴费额"),
    ("学生医保每年要缴多少", "个人缴费400元", None),
    ("灵活就业交多少", "按缴费基数的7%缴纳", None),          # a share of the wage is what one pays
    ("男的要交多少年", "男性25年", None),                      # years, not a sum
    ("钱包里的钱能转给哪些人", "近亲属之间可以共济", "哪些人"),
    ("钱包里的钱能转给哪些人", "可转至配偶、父母、子女", None),
    ("办异地备案要带些啥", "下沉乡镇办理事项：异地长期居住人员备案、住院费用报销（资料初审）", "材料"),
    ("办异地备案要带些啥", "需提供身份证、居住证明", None),
    ("报销需要准备哪些资料", "持发票、费用清单到窗口办理", None),
    ("材料交不上怎么办", "可承诺制备案", None),                 # what if they are missing: no list asked
    ("要带啥材料交到哪", "交至医保窗口", None),                 # where as well: the place answers it
])
def test_answer_kinds_asked_and_given(question, answer, kind):
    assert missing_answer(question, answer) == kind


def test_papers_asked_are_not_answered_by_a_list_of_services(engine):
    # 巴中's handbook lists no papers for 异地就医备案; the page of services done at the township
    # (its items say 资料初审) is no answer to them, stated plainly
    reply = ask(engine, "办异地就医备案要带点啥子")
    assert not (reply.kind == "faq" and "下沉乡镇" in reply.text.split("\n")[0])


def test_the_kind_asked_is_read_from_the_words_as_written(engine):
    # "几个点划进去" asks a rate; the typo repair may make it "…电话…", which would ask a phone
    written = "职工医保个人账户每个月按工资的几个点划进去"
    assert missing_answer(written, "划拨比例为2%") is None
    assert missing_answer(written, "个人账户按月划入，可用于门诊购药") == "比例"
    reply = ask(engine, written)
    assert reply.kind != "faq" or "%" in reply.text


def test_a_fixed_sum_answers_a_rate_asked(engine):
    # 生育 is paid as a fixed sum and up to limits, not as a share: that is the answer to 报销比例
    assert missing_answer("生孩子报销比例是多少", "产前检查费实行定额补助500元；住院生育实行限额支付") is None
    reply = ask(engine, "城乡居民生娃娃报销比例是好多")
    assert reply.kind == "faq" and "500元" in reply.text


def test_two_answers_asked_in_one_breath_are_not_half_stated(engine):
    # a sum and a deadline asked in one clause: the entry giving only the window is not stated as
    # the answer (an honest refusal or the likeliest questions instead)
    reply = ask(engine, "克拉玛依校区学生医保今年个人要缴多少 最迟哪天交完", region=None)
    assert reply.kind == "faq" and "400" in reply.text and "1月10日" in reply.text


def test_a_difference_between_two_groups_is_not_answered_by_an_entry_on_one(engine):
    reply = ask(engine, "上班的和退休的 个人账户每月划入的比例有啥区别")
    # the entry on 在职人员 alone (2%) or on 退休人员 alone (2.8%) does not say how they differ
    assert not (reply.kind == "faq" and ("2.8%" in reply.text) != ("参保缴费基数的2%" in reply.text))


@pytest.mark.parametrize("question,groups", [
    ("居民和职工报销比例有啥区别", ("居民", "职工")),
    ("在职跟退休的一样吗", ("在职", "退休")),
    ("上班的和退休的有啥不同", ("上班", "退休")),
    ("居民医保报销比例是多少", ()),
])
def test_groups_compared(question, groups):
    from corpus.qtype import compared
    assert compared(question) == groups
