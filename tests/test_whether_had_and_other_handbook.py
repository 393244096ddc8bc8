"""Two pages of one subject, given together where either alone would leave a reader sure of too little.
- A disease's 认定 page (巴中 第四章四问) found for a question asking only whether the disease can be had
  ("痛风能不能办门慢"): its page on the list (第四章三问: that it is one of the 33, what it pays) comes
  first, each cited, so the reply says yes before the criteria (`listed_in`); asked for the criteria or
  the papers, the 认定 page answers alone.
- A national page another handbook words otherwise (the 微信 and 支付宝 paths to the 医保码, `also_in`):
  with no region known (or one whose handbook has no such page), both handbooks' paths, each under its
  own source, never one stated as the only way; the asker's region known, its own handbook's alone.
Through the real engine."""
import pytest

from tests.helpers import answer, ids


@pytest.mark.parametrize("text, listed, own, needles", [
    ("痛风能不能办门慢哦 我脚杆痛得走不得路", "bz-4-03-d19", "bz-4-04-d18", ["痛风属于巴中市门诊慢性病", "600元", "血尿酸"]),
    ("尿酸高痛风能办慢病吗", "bz-4-03-d19", "bz-4-04-d18", ["痛风属于巴中市门诊慢性病", "1000元"]),
    ("甲亢能办慢病吗", "bz-4-03-d01", "bz-4-04-d01b", ["属于巴中市门诊慢性病", "甲状腺功能亢进"]),
])
def test_whether_a_disease_can_be_had_says_it_is_listed_first(engine, text, listed, own, needles):
    r = answer(engine, text, region="巴中")
    # (the sources in the order the text gives the pages: the list page first)
    assert r.kind == "faq" and ids(r)[:2] == [listed, own], (ids(r), r.text)
    assert all(n in r.text for n in needles), r.text
    assert r.text.index("属于巴中市门诊慢性病") < r.text.index("认定标准"), r.text
    assert "第四章 三问" in r.text and "第四章 四问" in r.text, r.text


@pytest.mark.parametrize("text", ["痛风认定慢病的标准是什么", "通风达到什么程度才能办慢病", "痛风办慢病卡要带啥资料"])
def test_the_criteria_asked_are_the_认定_page_alone(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-4-04-d18" and "bz-4-03-d19" not in ids(r), (ids(r), r.text)
    assert "属于巴中市门诊慢性病" not in r.text, r.text


@pytest.mark.parametrize("text, region, needles", [
    ("微信里咋激活医保码", None, ["“我”-“服务”-“医疗健康”", "城市服务", "我的医保"]),
    ("微信怎么激活医保码", "长治", ["“我”-“服务”-“医疗健康”", "城市服务"]),
    ("支付宝里怎么激活医保电子凭证", None, ["卡包", "刷脸"]),
])
def test_a_national_page_worded_otherwise_elsewhere_gives_both(engine, text, region, needles):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and {"bz-1-32-c", "ky-11-02"} <= set(ids(r)) or {"bz-1-32-b", "ky-11-03"} <= set(ids(r)), (ids(r), r.text)
    assert all(n in r.text for n in needles), r.text
    assert "《克拉玛依市城乡居民基本医疗保险办理指南（高校学生篇）》第11部分" in r.text and "第一章 三十二" in r.text, r.text
    # a page given in the reply is not offered again as what else it might have meant
    assert not set(r.choice_ids) & set(ids(r)), (r.choice_ids, ids(r))
    assert not any(s in r.text.partition("您可能想问")[2] for s in
                   ("微信里怎么激活医保电子凭证", "支付宝里怎么激活医保电子凭证")), r.text


@pytest.mark.parametrize("text, region, own, other, needle, not_said", [
    ("微信上咋激活医保码", "克拉玛依", "ky-11-02", "bz-1-32-c", "医疗健康", "城市服务"),
    ("微信怎么激活医保码", "巴中", "bz-1-32-c", "ky-11-02", "城市服务", "“我”-“服务”-“医疗健康”"),
    ("支付宝里头医保码在哪里", "巴中", "bz-1-32-b", "ky-11-03", "医疗健康", "卡包"),
])
def test_the_askers_own_handbook_alone_where_it_has_the_page(engine, text, region, own, other, needle, not_said):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and ids(r)[0] == own and other not in ids(r), (ids(r), r.text)
    assert needle in r.text and not_said not in r.text, r.text
