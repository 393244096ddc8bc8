"""A bill with cover that may still be waiting is asked one question — whether the wait was over — whichever
words said the cover was new or paid late, in every form that pays on care, and only in a region whose
handbook waits such a case. Phrasings of our own."""
import pytest

from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("first,reply", [
    ("农合刚交了，在卫生院住了几天花了6000，能报好多", "过了"),
    ("农合刚交了，在卫生院住了几天花了6000，能报好多", "等待期已经过了"),
])
def test_cover_just_paid_said_in_any_words_asks_the_wait_and_an_answer_computes(engine, first, reply):
    # 巴中 居民 卫生院 100 / 90 %: (6000 − 100) × 90 % = 5310 once the wait is over
    r = talk(engine, [first, reply], region="巴中")
    assert r[0].kind == "clarify" and "等待期已经过了吗" in r[0].text, r[0].text
    computed(r[1], 5310)


def test_cover_just_paid_within_the_wait_pays_nothing(engine):
    r = talk(engine, ["农合刚交了，在卫生院住了几天花了6000，能报好多", "还没过"], region="巴中")
    assert "等待期内" in r[1].text and "不予支付" in r[1].text and "5310" not in r[1].text.replace(",", ""), r[1].text


def test_the_year_before_held_and_paid_in_the_window_computes(engine):
    # 巴中: the year before held, paid in January / February — cover from the day paid, no wait to ask
    r = talk(engine, ["农合刚交了，在卫生院住了几天花了6000，能报好多", "去年也交了的 1月份交的"], region="巴中")
    computed(r[1], 5310)


def test_a_late_payer_waits_where_the_handbook_gives_no_length(engine):
    # 克拉玛依: 集中缴费期过后参保缴费人员设置待遇等待期 (no months) — asked; within it nothing, the office referred
    text = "缴费期结束后才补的医保 在二级医院住院花了4000 能报多少"
    r = talk(engine, [text, "还在等待期"], region="克拉玛依")
    assert r[0].kind == "clarify" and "等待期" in r[0].text, r[0].text
    assert "不予支付" in r[1].text and "没有写明" in r[1].text, r[1].text
    # 二级 200 / 75 %: (4000 − 200) × 75 % = 2850 once over
    computed(talk(engine, [text, "早过了"], region="克拉玛依")[1], 2850)


def test_no_wait_is_asked_where_the_handbook_has_no_waiting_rule(engine):
    # 长治: no waiting rule in its materials — the bill computed (三级甲等 1000 / 60 %: (6000 − 1000) × 60 % = 3000)
    computed(answer(engine, "合疗刚交了 在三级甲等医院住院花了6000 能报多少", region="长治"), 3000)


def test_a_first_job_said_with_cai_asks_the_wait(engine):
    r = answer(engine, "俺才参加工作 单位才给交的职工医保 在二级医院住院花了9000 报多少", region="巴中")
    assert r.kind == "clarify" and "等待期" in r.text, r.text


@pytest.mark.parametrize("text", [
    "农合才交的 大病保险 合规的自付部分6万 能赔多少",
    "刚买的合疗 住院先报了基本医保 大病又能报多少 自付合规6万",
])
def test_a_serious_illness_bill_with_cover_just_paid_asks_the_wait(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify" and "等待期" in r.text, r.text


def test_a_deposit_just_paid_is_not_cover_just_paid(engine):
    # 巴中 居民 三级 700 / 60 %: (9000 − 700) × 60 % = 4980
    computed(answer(engine, "刚给交了住院押金 合疗 三级医院 住院花了9000 报多少", region="巴中"), 4980)


@pytest.mark.parametrize("text", [
    "交了好些年了 等待期早满了 居民医保 在卫生院住院花了3000 报多少",
    "我已经过了等待期 合疗 卫生院住院3000 能报多少",
])
def test_the_wait_said_over_with_a_bill_computes_the_bill(engine, text):
    # 巴中 居民 卫生院 100 / 90 %: (3000 − 100) × 90 % = 2610 — the bill's question, the wait settled by the asker
    computed(answer(engine, text, region="巴中"), 2610)


@pytest.mark.parametrize("text", [
    "等待期过了没有 合疗4月交的 6月在二级医院住院花了5000",
    "合疗4月交的 6月在二级医院住院花了5000 是不是已经过了等待期",
])
def test_the_wait_asked_with_a_bill_is_never_taken_as_over(engine, text):
    # (a month paid after the window: 巴中's wait of 3 months from the day paid decides — never the bill computed
    # as if the wait were over)
    r = answer(engine, text, region="巴中")
    assert "等待期" in r.text and "3220" not in r.text.replace(",", ""), r.text
