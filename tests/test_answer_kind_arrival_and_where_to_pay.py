"""Two acts a page must answer to be stated: when a claim's money arrives ("交上去多久能到账"), and
where one pays ("去哪里交"). A page on the topic that answers another act (an account credited the
month one pays, a fee's amount) is not stated for them: the page that answers it, or an honest
don't-know with the office. The phrasings are our own (none is in eval/)."""
import json
import os
import subprocess
import sys

import pytest

from corpus.qtype import missing_answer
from tests.helpers import ids, talk

_ACCOUNT = "初次参加职工基本医疗保险的，参保缴费当月医保信息系统自动计入个人账户金额。"
_CLAIM_TIME = "校区每月中旬将收集好的材料统一移交至医保局，报销时间大约为60个工作日。"
_LTC_FEE = "缴纳长期护理保险的缴费标准为：每人每年53元。（长护险校区学生自愿选择，不做要求）"
_CHANNEL = "缴费人扫描二维码或在微信、支付宝中搜索“新疆税务社保缴费”，可通过微信小程序或支付宝小程序在手机上缴费。"


@pytest.mark.parametrize("text", ["交上去多久能到账", "申领了好久才到账", "报销材料递交后几天到账"])
def test_a_claim_s_arrival_needs_a_time_from_the_filing(text):
    assert missing_answer(text, _ACCOUNT) == "到账"
    assert missing_answer(text, "审核后直接拨付给产妇。") == "到账"
    assert missing_answer(text, _CLAIM_TIME) is None


@pytest.mark.parametrize("text", ["个人账户啥时候有钱", "多久能到账", "报销是不是一个月就到账"])
def test_other_questions_are_not_a_claim_s_arrival(text):
    assert missing_answer(text, _ACCOUNT) != "到账"


@pytest.mark.parametrize("text", ["去哪里交", "在哪儿缴费", "合疗在哪交嘛"])
def test_where_to_pay_needs_a_channel_or_place(text):
    assert missing_answer(text, _LTC_FEE) == "在哪交"
    assert missing_answer(text, "由各区人民政府代缴。") == "在哪交"
    for said in (_CHANNEL, "大中专学生原则上应在学籍地参加居民医保。", "由学校统一组织参加基本医疗保险。"):
        assert missing_answer(text, said) is None, said


@pytest.mark.parametrize("text", ["报销材料交到哪", "在哪交材料"])
def test_papers_handed_in_are_not_where_to_pay(text):
    assert missing_answer(text, _LTC_FEE) != "在哪交"


def test_a_claim_s_arrival_after_the_antenatal_page_is_no_account_s_rule(engine):
    # (巴中 第三章 十四问 says the 产前检查费 is paid after review, not when; 第二章 十问's account
    # credited the month one pays was stated for it)
    *_, r = talk(engine, ["居民医保产检费500元怎么申领", "交上去多久能到账"], region="巴中")
    assert r.kind in ("unanswered", "clarify") and "计入个人账户" not in r.text, r.text


def test_where_to_pay_after_the_care_insurance_fee_is_not_the_fee_again(engine):
    *_, r = talk(engine, ["居民长护险一年交多少钱", "去哪里交"], region="克拉玛依")
    assert "53元" not in r.text, r.text
    assert r.kind != "faq" or "新疆税务社保缴费" in r.text, r.text


def test_a_claim_s_arrival_through_the_batch_contract():
    lines = [{"id": f"t{i}", "text": t, "session": "s", "region": "巴中"}
             for i, t in enumerate(["居民医保产检费500元怎么申领", "交上去多久能到账"])]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], capture_output=True, text=True,
                          input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", env=env, timeout=300)
    out = [json.loads(x) for x in done.stdout.splitlines()]
    assert out[1]["kind"] in ("unanswered", "clarify") and "计入个人账户" not in out[1]["text"], out[1]


def test_the_arrival_of_a_claim_elsewhere_is_still_answered(engine):
    *_, r = talk(engine, ["克外就诊报销多久到账"], region="克拉玛依")
    assert r.kind == "faq" and "60个工作日" in r.text and "ky-10-12" in ids(r), r.text
