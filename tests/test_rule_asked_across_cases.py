"""A rule asked ACROSS cases while a form waits for the asker's sum ("报销比例分别多少", "两种有啥不一样",
"有区别不" after one scheme's 门诊慢病 limit and then the other's): each scheme's figure, never narrowed to
the scheme the form waits with; asked of the waiting case alone ("那报销比例呢"), that case's figure only.
Own phrasings, through the batch contract (长治《职工/城乡居民医保待遇》: 二类门诊慢性病 目录内部分 职工75%、
城乡居民70%; 支气管哮喘 职工240元/月、居民210元/月; 慢性心力衰竭 职工270元/月、居民240元/月)."""
import pytest

from test_dialogues import _batch

_ACROSS = {
    "asthma": ("长治", ["新农合 哮喘门诊慢病一个月限额多少", "那单位交的职工医保呢", "两种报销比例有啥不一样"]),
    "heart": ("长治", ["居民医保 心衰门诊慢病 每个月限额多少", "职工的呢", "报销比例分别多少"]),
    "both": ("长治", ["居民医保 冠心病门诊慢病 每个月限额多少", "职工的呢", "这两种报销比例都是多少"]),
    "differ": ("长治", ["居民医保 冠心病门诊慢病 每个月限额多少", "职工的呢", "报销比例有区别不"]),
    "own": ("长治", ["居民医保 冠心病门诊慢病 每个月限额多少", "职工的呢", "那报销比例呢"]),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    return _batch(tmp_path_factory.mktemp("across"), _ACROSS)


@pytest.mark.parametrize("name", ["asthma", "heart", "both", "differ"])
def test_each_schemes_rate_is_given(rows, name):
    r = rows[f"{name}-2"]
    assert r["kind"] == "faq" and "75%" in r["text"] and "70%" in r["text"], r["text"]


def test_the_waiting_case_asked_alone_is_its_own_rate(rows):
    r = rows["own-2"]
    assert r["kind"] == "faq" and "75%" in r["text"] and "70%" not in r["text"], r["text"]
