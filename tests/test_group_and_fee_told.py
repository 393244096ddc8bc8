"""What a fund or the state pays, asked in the asker's own words, through the engine:

- 医疗救助 asked with 救 as the verb ("能救好多", "能救多少"): a request for the asker's sum, as "能报多少"
  is (a named group's rule answers it, the form waiting for the sum); where the hardship said names
  no one group ("困难户", "屋头困难") the group is asked, since each group's ratio and cap differ
  (巴中 第六章 五问) — never one group's row, nor the 资助参保 page found for the words;
- the state's part of the 筹资 asked with the asker's own yearly fee told instead of the word 筹资
  ("合疗我一年交400 国家给补多少"): the parts of the year's 筹资 from the policy file (巴中 第三章
  八问: 1100 = 400 + 700); a subsidised group's fee is its 资助, not that;
- a 脑血管病后遗症 told by its cause with words between ("脑出血留下的后遗症"): the row of that name.
"""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text", [
    "我是困难户 医疗救助能救好多",
    "医疗救助能救好多",
    "我屋头困难 医疗救助能给好多",
])
def test_relief_with_no_one_group_asks_which(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "clarify", r.text
    assert r.missing_slots == ["category"], r.text
    assert "资助" not in r.text and "100%" not in r.text, r.text


def test_relief_asked_with_jiu_of_a_named_group_is_its_rule(engine):
    # 长治 城乡医疗救助: 特困人员 住院救助 目录内个人自付100%救助 — the group's rule, as "能报多少" gets it
    r = answer(engine, "平顺县的特困户 住院目录内自己出的钱 医疗救助能救多少", region="长治")
    assert r.kind == "faq" and "100%" in r.text, r.text


def test_relief_asked_with_jiu_computes_a_named_group(engine):
    # 特困 常规救助: 起付 0, 100% (巴中 第六章 五问)
    computed(answer(engine, "特困人员 住院自付了5000 医疗救助能救好多", region="巴中"), 5000)


@pytest.mark.parametrize("text", [
    "合疗我一年交400 国家给补多少",
    "我自己交了四百 国家补了好多",
])
def test_state_part_asked_with_the_fee_told(engine, text):
    computed(answer(engine, text, region="巴中"), 700, 1100, name="funding")


@pytest.mark.parametrize("text", [
    "低保户 交100 国家补好多",       # the group's 资助 (第三章 六问), not the 筹资's parts
    "合疗交300 国家补多少",          # not the year's fee: no split of a figure the handbook has not
])
def test_fee_told_not_the_year_fee_is_not_split(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind != "calculation", r.text


@pytest.mark.parametrize("text,region,limit", [
    ("长治居民医保 俺娘脑出血留下的后遗症 门诊慢病一个月限额多少", "长治", "250"),
    ("长治居民医保 俺爹脑梗死后遗症 慢病每月限额多少", "长治", "250"),
])
def test_sequela_told_by_its_cause(engine, text, region, limit):
    r = answer(engine, text, region=region)
    assert "脑血管病后遗症" in r.text and limit in r.text, r.text
