"""A fund named (大病保险) whose own page answers the kind asked, before the basic scheme's page on the same
matter; the years one must have paid asked with 够 / 满 before the count ("缴费年限要满几年"): a page that gives
no count answers another question. Own phrasings, through the real engine."""
from corpus.qtype import missing_answer
from tests.helpers import answer, ids


def test_the_serious_illness_fund_named_finds_its_claim_deadline(engine):
    # 巴中 第三章 二十五问: 大病保险 无法即时报销的，原则上应在次年7月底前 … 申请报销
    r = answer(engine, "上个月出院 大病保险那部分没能一站式报 回来最晚啥时候交资料", region="巴中")
    assert r.kind == "faq" and "7月底" in r.text and ids(r)[0] == "bz-3-25", r.text


def test_years_paid_asked_with_a_verb_before_the_count():
    assert missing_answer("退休的时候职工医保缴费年限要满几年", "累计缴费年限符合本市最低缴费年限规定的") == "年限"
    assert missing_answer("退休的时候职工医保缴费年限要满几年", "累计缴费年限不得低于20年") is None


def test_retirement_years_page_answers(engine):
    r = answer(engine, "快退休了 职工医保缴费年限需要达到多少年", region="巴中")
    assert r.kind == "faq" and "20年" in r.text and "10年" in r.text, r.text
