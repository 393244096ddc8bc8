"""Papers asked of a page whose own papers are one case's (a disease's 认定材料, 巴中 第四章四问): the
region's general list for every such application (第四章九问: 社保卡或医保电子凭证, 身份证件, the
申请（复查）表, 病历) comes beside them, each cited — never the disease's papers alone. Own phrasings,
through the real engine."""
import pytest

from tests.helpers import ids, talk


@pytest.mark.parametrize("turns", [
    ["老汉冠心病 想办门慢 我们住巴州区 在哪儿认定", "那要带些啥子材料"],
    ["冠心病办慢病要带啥子材料"],
    ["帕金森认定慢病要带些啥子材料"],
])
def test_a_diseases_papers_come_with_the_general_list(engine, turns):
    *_, r = talk(engine, turns, region="巴中")
    assert r.kind == "faq", r.text
    assert "认定材料" in r.text and "病历" in r.text and "社保卡" in r.text and "申请（复查）表" in r.text, r.text
    assert "bz-4-09" in ids(r) and ids(r)[0].startswith("bz-4-04"), ids(r)
    assert "第四章 九问" in r.text, r.text


def test_the_general_list_asked_alone_is_given_once(engine):
    *_, r = talk(engine, ["办慢病要带什么资料"], region="巴中")
    assert ids(r)[0] == "bz-4-09" and r.text.count("申请（复查）表") == 1, r.text
