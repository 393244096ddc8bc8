"""A chronic group's payment asked with no disease nor bill told ("一类门诊慢性病报多少") is the group's
rule, whose rate the handbook states (长治 居民医保——门诊慢性病表: 一类（9种）统筹基金支付70%，二类
目录内部分报销70%): its page, not a bill asked for. Asked to be computed, the bill is asked."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text", [
    "一类门诊慢性病报多少 都有啥病",
    "居民医保二类门慢报好多",
    "俺是居民医保 一类慢病报销多少",
])
def test_chronic_group_rate_asked(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq" and "70%" in r.text, (r.kind, r.text)


@pytest.mark.parametrize("text", ["帮俺算算一类门慢能报多少", "一类门慢花了3000 能报多少"])
def test_chronic_group_bill_still_computed(engine, text):
    r = answer(engine, text, region="长治")
    assert r.kind in ("clarify", "calculation"), (r.kind, r.text)
