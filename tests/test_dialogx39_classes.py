"""Conversations, round 39x (a stranger's conversations written from the handbooks): the classes they
showed, in own phrasings, through the real engine."""
from intents import acts
from tests.helpers import talk


# ---- a follow-up that asked a question of its own for one scheme ("那职工的封顶线是多少"), then the
# other scheme said bare ("居民的呢"): that question asked again of the other scheme, never the first
# question of the conversation (长治 职工/居民 住院封顶线)

def test_a_question_kept_in_brackets_is_asked_again_of_the_other_scheme():
    asked = acts.with_fact("职工医保 长治 报销比例多少（职工的封顶线是多少）", "居民的呢")
    assert "封顶线" in asked and "城乡居民医保" in asked and "职工" not in asked, asked


def test_the_other_schemes_cap_after_a_cap_asked_as_a_follow_up(engine):
    first, cap, other = talk(engine, ["长治职工医保 在省级三甲医院住院 起付线多少 能报几成",
                                      "那职工的封顶线是多少",
                                      "居民的呢"], region="长治")
    assert "8万" in cap.text, cap.text
    assert other.kind == "faq" and "7万" in other.text, other.text
    assert "顺产" not in other.text, other.text


def test_a_bracket_telling_a_fact_again_still_goes():
    # ("（退休了的）" then "在职的呢": the fact told anew replaces the old one, nothing kept)
    asked = acts.with_fact("巴中职工医保个人账户每月划多少（退休了的）", "在职的呢")
    assert "退休" not in asked, asked


# ---- a payment after the deadline said as missed ("错过了截止日期"): the late-payer's waiting period

def test_a_deadline_missed_is_the_late_payers_waiting_period(engine):
    first, late = talk(engine, ["学生医保今年什么时候截止缴费", "万一错过截止日期才交 会怎么样"], region="克拉玛依")
    assert late.kind == "faq" and "等待期" in late.text, late.text
