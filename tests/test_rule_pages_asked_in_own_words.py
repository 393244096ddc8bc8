"""Rule pages asked in words their phrasings lacked: both schemes paid at once ("两边都交"), asked in the
克拉玛依 guide's chat — its own page (第9部分: 灵活就业人员在同一时期只能选择参加一种基本医疗保险，不能
重复参保), not 巴中's national paragraph; whether 恶性肿瘤's 门诊 care has a limit of its own (长治: 居民
"限额与住院合计一个封顶线", 职工 "与住院待遇合并计算执行同一年度支付限额"), the scheme unsaid: both
pages. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "毕业了做自由职业 职工医保和户籍地的居民医保能同时交吗",
    "毕业后想老家和上班的地方两头都交医保 图个保险行不行",
])
def test_two_schemes_at_once_is_the_guides_page(engine, text):
    r = answer(engine, text, region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "ky-09-05", r.text
    assert "不能重复参保" in r.text, r.text


@pytest.mark.parametrize("text", [
    "癌症在门诊放化疗 有没有另外的限额",
    "恶性肿瘤门诊的费用是不是单独一个封顶线",
])
def test_a_tumours_outpatient_limit_is_both_schemes_page(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq" and set(ids(r)[:2]) == {"cz-jmmb-01", "cz-zgmb-01"}, r.text
    assert "与住院合计" in r.text, r.text
