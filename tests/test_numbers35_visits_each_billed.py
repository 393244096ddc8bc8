"""Several outpatient (or 门诊特病) visits told in one message, each with its own bill: a visit each — its
deductible by the region's rule (a yearly one taken once, a visit's one halved after the year's first where
the handbook says so), the yearly limit on their sum — never one bill of their sum, nor the last alone.
Own phrasings, through the real engine, with the handbooks' figures."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, nums


@pytest.mark.parametrize("text,region,total,parts", [
    # 巴中 第三章 十八问: 居民门诊统筹 不设起付线, 50%, 年度限额 100
    ("城乡居民 在卫生院看了两次门诊 一次40一次70 门诊统筹能报多少", "巴中", 55, [20, 35]),
    # 克拉玛依 待遇标准表: 二级 起付 20 元/次 (第二次及以后减半), 60%
    ("今年在二级医院看了两次门诊 分别100 50 都在目录内 一共报多少", "克拉玛依", 72, [48, 24]),
    # 克拉玛依: 一级 起付 10 元/次 (再次减半 5), 70%, 单次限额 100 — the second visit capped
    ("今年第一次去一级医院门诊花了30 后来又去看了一回200 两次一共报多少", "克拉玛依", 114, [14, 100]),
])
def test_each_visit_is_computed_and_added(engine, text, region, total, parts):
    r = computed(ask(engine, text, region=region), total, *parts, name="outpatient")
    assert "第2次门诊" in r.text, r.text


def test_a_yearly_deductible_is_taken_once_from_the_first_visit_at_its_own_tier(engine):
    # 巴中 第二章 三十九问: 在职 起付 200 元/年; 药店 60%, 二级 60%, 三级 50%
    r = ask(engine, "在职职工 年初先在定点药店买药花了400 后来又去三级医院看门诊花了300 门诊统筹一共报多少", region="巴中")
    computed(r, 120, 150, 270, name="outpatient")       # (400 − 200) × 60% + 300 × 50%
    assert "不再扣" in r.text and "三级" in r.text and "药店" in r.text, r.text


def test_two_special_disease_bills_of_the_year_take_one_deductible(engine):
    # 巴中 第四章 五问: 门诊特病 一个自然年度只扣一次二级住院起付线 (居民 400), 居民 60%
    r = ask(engine, "我是城乡居民 血友病门特 上半年花了2000 下半年又花了1000 都合规 一共报多少", region="巴中")
    computed(r, 960, 600, 1560, name="special")         # (2000 − 400) × 60% + 1000 × 60%
    assert 1000 * 0.6 + 2000 * 0.6 not in nums(r.text), r.text


# ---- 职工大额补助: a disease the table puts on the 退休 row ---------------------------------------------


@pytest.mark.parametrize("text,figures", [
    # 巴中 第二章 二十七问 (在职 二级 起付 400, 82%) and 三十六问 (患恶性肿瘤… 无起付线, 85%)
    ("在职的职工 白血病住院 二级医院合规一万零四百 基本医保和大额补助各报多少", [8200, 1870]),
    # 三十六问 on what basic insurance left, the status unsaid: no need to ask it
    ("职工医保 胃癌 基本医保报完还剩合规自付八千 大额补助报多少", [6800]),
])
def test_a_retired_like_disease_takes_the_retired_row_of_the_large_medical_table(engine, text, figures):
    r = computed(ask(engine, text, region="巴中"), *figures, name="large_medical")
    assert "不设起付标准" in r.text, r.text
