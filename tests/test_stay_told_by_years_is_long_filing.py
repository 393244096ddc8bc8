"""Which filing a stay elsewhere needs, told by how long ("要去女儿那儿住两三年 备案办哪种"): a stay of
years is the handbook's 异地长期居住 (巴中 第一章 二十八: 异地长期就医人员, 如村民长期异地随子女生活),
not 临时外出 — the 长期 page, never a refusal. A stay in hospital or a wait of years is no such stay.
Own phrasings, through the real engine."""
import pytest

from corpus.lexicon import joined_verbs
from tests.helpers import answer, ids


@pytest.mark.parametrize("text", [
    "明年要去广州帮儿子带孙子 估计住个两三年 要办啥子备案",
    "退了休去成都女儿家住5年 看病要办啥子备案",
    "过完年去重庆儿子那儿待个两三年 备案办哪种",
])
def test_a_stay_of_years_is_the_long_filing(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-1-28", r.text
    assert "长期" in r.text, r.text


@pytest.mark.parametrize("text", [
    "断保2年 等待2年才备案吗",
    "在外地住2年院了 备案了没",
    "住2年度的备案",
    "住两年 能报吗",          # (no filing asked: left as said)
    "老人痴呆好几年了 慢病备案咋办",
])
def test_other_years_are_no_long_stay(text):
    assert "长期居住" not in joined_verbs(text)


def test_whether_to_file_after_such_a_stay_keeps_its_pages(engine):
    """"要不要备案 在手机上咋弄" after a stay of years asks whether and how to file: the page of the
    channels (国家医保服务APP, 四川医保APP), not the list of kinds."""
    from tests.helpers import answer as ask_one
    r = ask_one(engine, "我要去广州给女儿带孩子 最少住两三年 医保要不要备案 手机上咋个弄", region="巴中")
    assert "四川医保APP" in r.text or "国家医保服务APP" in r.text, r.text
