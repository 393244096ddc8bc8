"""A 职工's fee asked for a year, or as the month's parts summed, and a household counted by its own
words ("有个特困", "我们俩"). 巴中 第二章 五问 (单位 7%，个人 2%) and 七问 (生育保险 0.6%); 第三章 六问
(2026年度 个人缴费 400 元；特困 全额资助；低保 个人缴费 100 元); 克拉玛依 第2节 通知 二、（一）(400; 低保 100)."""
import pytest

from tests.helpers import answer, computed, nums


@pytest.mark.parametrize("text,figures,absent", [
    # a year's fee: twelve months of the base (6000 × 2% = 120 a month)
    ("我职工医保缴费基数6000 个人一年要交好多", (120, 1440), ()),
    ("职工医保 基数4000 每年自己交好多", (80, 960), ()),
    # the month's parts asked as one sum, 生育保险 added when it is named
    ("缴费基数5000 单位7% 个人2% 再加生育保险 每个月合计交好多", (100, 350, 30, 480), ()),
    ("职工 基数5000 单位和个人每个月一共交好多", (100, 350, 450), (480,)),
    # one payer's sum is that payer's fee, no sum of the parts
    ("职工医保 基数5000 个人一共交好多", (100,), (450, 480)),
    # a month asked: no year's figure
    ("职工医保缴费基数6000 每个月交好多", (120,), (1440,)),
])
def test_a_staff_fee_over_the_period_asked(engine, text, figures, absent):
    r = computed(answer(engine, text, region="巴中"), *figures, name="contribution")
    for figure in absent:
        assert figure not in nums(r.text), (figure, r.text)


@pytest.mark.parametrize("text,region,total", [
    # 特困 0 + 3 × 400
    ("家里有个特困人员 加上另外3个普通的 2026年城乡居民医保一起交 要交好多", "巴中", 1200),
    # the asker 400 + a 低保 sister 100
    ("我是学生 家里妹妹也在校区读书是低保对象 我们俩2026年度居民医保一共交多少 不买长护", "克拉玛依", 500),
    # both 低保: 100 × 2
    ("我们俩都是低保 2026年合疗一共交多少", "巴中", 200),
])
def test_a_household_counted_in_its_own_words(engine, text, region, total):
    computed(answer(engine, text, region=region), total, name="contribution")


def test_a_month_deducted_from_the_wage_asks_the_base(engine):
    r = answer(engine, "职工医保一个月扣我好多钱", region="巴中")
    assert r.kind == "clarify" and "缴费基数" in r.text, r.text


def test_a_years_maternity_fee_leads_with_its_year(engine):
    # 生育保险 asked for a year: its year's figure (5000 × 0.6% × 12 = 360) is the answer's first line
    r = computed(answer(engine, "职工 生育保险一年交好多 工资5000", region="巴中"), 30, 360, name="contribution")
    assert 360 in nums(r.text.splitlines()[0]), r.text
