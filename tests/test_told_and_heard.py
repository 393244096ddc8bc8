"""What a message tells or has heard, as opposed to what it asks: a kind of answer named only in a
clause telling what someone said or did ("医生打电话说…", "学长说…要先注册") is not asked; a figure
said to move ("往上涨") is no topic the handbooks lack; a household's hardship said as people say it
(家里困难) is the handbooks' 困难人员. The phrasings are our own (none is in eval/)."""
import pytest

from corpus.qtype import missing_answer
from tests.helpers import answer, ids

_NO_PHONE = "“两病”即轻症“高血压、糖尿病”。"
_NO_STEP_FIRST = "下载国家医保服务平台APP，注册登录后，点击“医保电子凭证”，完成实名认证和人脸识别，设置密码即可激活。"


@pytest.mark.parametrize("text, answer_text", [
    ("村医打电话说我爸能享受两病待遇 两病是什么", _NO_PHONE),
    ("我姐说办医保要先注册 激活医保码要做什么验证", _NO_STEP_FIRST),
    ("辅导员讲要先交钱 医保电子凭证咋激活", _NO_STEP_FIRST),
])
def test_a_kind_named_only_in_a_told_clause_is_not_asked(text, answer_text):
    assert missing_answer(text, answer_text) is None


@pytest.mark.parametrize("text, answer_text, kind", [
    # asked, not told: the kind stands
    ("两病打哪个电话问", _NO_PHONE, "电话"),
    ("想打电话问问两病的事", _NO_PHONE, "电话"),
    ("他说要先注册 是不是要先办啥", _NO_STEP_FIRST, "先办"),
    # (told, but asked in the same clause: "听说…干嘛")
    ("听说办医保要先干嘛", _NO_STEP_FIRST, "先办"),
])
def test_a_kind_asked_still_needs_its_answer(text, answer_text, kind):
    assert missing_answer(text, answer_text) == kind


@pytest.mark.parametrize("text, region, entry", [
    ("社区医生打电话说我妈降压药可以报 我们都搞不懂 两病到底是啥子", "巴中", "bz-4-17"),
    ("室友说要先注册再登录，国家医保服务平台app上激活医保电子凭证要做啥验证？", "克拉玛依", "ky-11-01"),
])
def test_a_told_clause_does_not_refuse_the_page_asked(engine, text, region, entry):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and entry in ids(r), r.text


@pytest.mark.parametrize("text", [
    "连续参保的话 报销比例是不是会上涨",
    "听说医保交得年头多了报销比例会往上涨 真的吗",
])
def test_a_rate_said_to_go_up_is_the_continuous_cover_page(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and "ky-12-07" in ids(r), r.text


@pytest.mark.parametrize("text", [
    "家里困难的学生 大病保险的起付线会不会低些 是多少",
    "家境困难的学生 大病保险起付线是不是要低一些",
])
def test_a_household_s_hardship_is_the_hardship_row(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind in ("faq", "calculation") and "10500" in r.text.replace(",", ""), r.text
    assert "21000" not in r.text.replace(",", ""), r.text
