"""Places-37 classes, own phrasings, through the real engine.

- Whether a cost settled at no desk is paid (a student's holiday emergency at home, no filing): the yes, and
  with it how the claim is made — pay first, the papers to the campus office (`claimed_by`); a filing said
  made settles at the desk, and no claim route is added.
- "好久之内" (四川 for 多久之内) asks a window: the clause is the question, not a story read without it.
- A fund named as the matter (二次报销 = 大病保险): an ending of the message that drops it is no reading of it,
  and of the whole message's pages, the fund's own, when nearly as likely, is the one asked of; so too a drug paid apart (国谈药), whose page gives its own window, and the
  双通道 pharmacies that sell such drugs."""
from tests.helpers import answer, ids


def test_holiday_emergency_unfiled_says_how_to_claim(engine):
    r = answer(engine, "寒假在老家突发肺炎 从急诊收进病房住了几天 备案也没弄 学校这个医保报得到不", region="克拉玛依")
    assert r.kind == "faq" and ids(r)[:2] == ["ky-08-01", "ky-10-08"], r.text
    assert "J1-II-702" in r.text and "先自费" in r.text, r.text


def test_holiday_care_with_a_filing_made_adds_no_claim_route(engine):
    r = answer(engine, "放假回家生病住院 已经办了长期备案 学生医保能报吗", region="克拉玛依")
    assert "ky-10-08" not in ids(r), r.text


def test_window_asked_as_haojiu_zhinei(engine):
    r = answer(engine, "在上海的药房买的高值药 没有直接结算 好久之内要拿回来报", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-5-04-a" and "三个月" in r.text, r.text


def test_fund_named_is_kept_in_the_reading(engine):
    r = answer(engine, "二次报销那块 在省外住院没当场结算 最晚好久拿回来报", region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-3-25" and "7月底" in r.text, r.text
    assert "6月底" not in r.text, r.text


def test_drug_paid_apart_kept_in_the_reading(engine):
    r = answer(engine, "在外省药房买的国谈药 没能直接结算 回来好久之内去报", region="巴中")
    assert r.kind == "faq" and "bz-5-04-a" in ids(r) and "三个月" in r.text, r.text
