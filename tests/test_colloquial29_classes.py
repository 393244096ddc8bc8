"""Classes read from the colloquial-29 failures, each asked in our own words (none is in eval/):

- contributions taken from one's wages (工资里扣的) say a working 职工: a page that differs by status
  (个人账户's 划拨) is the working one's, not both side by side;
- a rate asked in percentage points (报好多个点, 报多少个点) is the handbook's rate: a question of its own
  in a message, and no calculation asked for with no sum told;
- when a refund's money arrives (退费申请了 好久到账): no rule on whether one may be refunded says it;
- what a scheme gives (能享受啥待遇): a page with only its fee says what one pays, not what one gets."""
import pytest

from corpus.qtype import missing_answer
from intents.message import is_question
from intents.slots import extract
from tests.helpers import answer, ids

_REFUND_RULE = "参保人在城乡居民医保缴费后，因重复参加职工或城乡居民医保，在城乡居民医保待遇享受期未开始前，可依申请为个人办理退费。"
_FEE_ONLY = "长期护理保险的缴费标准为：每人每年53元。（自愿选择，不做要求）"


@pytest.mark.parametrize("text", ["工资里头每个月扣的医保 有好多进个人账户", "我每月工资上扣医保 个账划多少",
                                  "工资里扣的职工医保 门诊能报不"])
def test_contributions_taken_from_wages_say_working(text):
    assert extract(text).get("retired") is False, text


def test_a_retiree_s_pension_is_no_wage():
    assert extract("退休工资里扣不扣医保").get("retired") is True


def test_wages_deducted_get_the_working_page_of_the_account(engine):
    r = answer(engine, "每个月工资上扣了医保 个人账户划进去多少", region="巴中")
    assert r.kind == "faq", r.text
    assert "2%" in r.text and "bz-2-11" in ids(r) and "【退休】" not in r.text, r.text


@pytest.mark.parametrize("text", ["门诊报好多个点", "住院报多少个点"])
def test_a_rate_in_points_asks(text):
    assert is_question(text), text


def test_many_of_something_asks_nothing():
    assert not is_question("好多个人都交了")


def test_a_rate_in_points_is_the_rate_not_a_calculation(engine):
    r = answer(engine, "居民大病保险报多少个点", region="巴中")
    assert r.kind == "faq", r.text
    assert "60%" in r.text and "85%" in r.text, r.text


def test_a_fee_and_a_rate_in_points_are_two_questions(engine):
    r = answer(engine, "合疗每年交好多钱 在县医院住院报好多个点", region="巴中")
    assert r.kind == "faq", r.text
    assert "【1】" in r.text and "【2】" in r.text and "400" in r.text, r.text


@pytest.mark.parametrize("text", ["合疗退费申请了 多久能到账", "医保退费申请交上去了 好久能退到卡上"])
def test_when_a_refund_arrives_needs_a_time(text):
    assert missing_answer(text, _REFUND_RULE) == "到账"
    assert missing_answer(text, "退费申请审核通过后，15个工作日内退回原缴费账户。") is None


def test_when_a_refund_arrives_is_not_the_refund_rule(engine):
    r = answer(engine, "居民医保退费申请了 好久能到账", region="巴中")
    assert r.kind == "unanswered", r.text
    assert "bz-1-23" not in ids(r), r.text


@pytest.mark.parametrize("text", ["长护险交了以后能享受啥待遇", "交了长期护理保险 有哪些待遇", "长护险待遇有什么"])
def test_what_a_scheme_gives_needs_a_benefit(text):
    assert missing_answer(text, _FEE_ONLY) == "待遇"
    assert missing_answer(text, "失能人员入住护理机构的，床日费用由长护险基金按70%支付。") is None


def test_what_a_scheme_gives_is_not_its_fee(engine):
    r = answer(engine, "交了长护险以后有什么待遇", region="克拉玛依")
    assert r.kind == "unanswered", r.text


@pytest.mark.parametrize("text", ["申请重新结算以后多久能退钱下来", "退费申请交上去几天能到账"])
def test_money_paid_back_on_the_spot_says_when_it_arrives(text):
    # (申请 and 退费 start a question on when money arrives; "当场" is such a time, as 即时 is)
    assert missing_answer(text, "到就诊医院重新结算的，当场结算，差额当即退还。") is None
    assert missing_answer(text, _REFUND_RULE) == "到账"


def test_a_resettlement_applied_for_gets_the_page_that_says_on_the_spot(engine):
    r = answer(engine, "在克市看病的医院申请了重新结算 要等好久钱才到手", region="克拉玛依")
    assert r.kind == "faq" and "ky-10-11" in ids(r), r.text
