"""A figure the asker says is checked against the quantity the message names, never against
another one it happens not to equal: the residents' 筹资 (个人缴费 + 政府补助, 克拉玛依 第2部分: "个人筹
资标准继续执行每人每年1200元，包括政府补助及个人缴费两部分"; 巴中 第三章 八问: 2026年 1100元, 个人400,
财政补助700) is a figure of its own; "who pays the rest" asks the state's part. A corrected figure
keeps the rest of its row for each scheme where the schemes' rows differ (巴中 第二章 二十七问,
第三章 十一问: 三级 700 元 for both, 职工 80%, 居民 60%)."""
import pytest

from tests.helpers import answer


@pytest.mark.parametrize("text,region,said,unsaid", [
    # the rest of the 筹资 asked after its total and the asker's part told: the split, not a "不是1200"
    ("我们自己交400，可听说医保一人一年是1200，剩下那800谁给出的？", "克拉玛依", ["1200", "政府", "800"], ["不是1200"]),
    ("个人交400，剩下的是谁出", "巴中", ["1100", "700"], ["不是"]),
    # the scheme's yearly sum said with no payer named: the 筹资 it is true of
    ("我们自己交400，听说医保一人一年是1200，是不是", "克拉玛依", ["对", "筹资标准是1200"], ["不是1200"]),
    ("听说医保一人一年是1200，是不是", "克拉玛依", ["1200"], ["不是"]),
    ("听说居民医保筹资一人一年是1100，对吧", "巴中", ["对", "筹资", "1100", "700"], ["不是"]),
    # the 筹资 named and wrong: its own row corrects it
    ("听说筹资一人一年是1000，是不是", "克拉玛依", ["不是1000", "筹资标准是1200"], []),
    # the state's part named
    ("听说政府补800，对吧", "克拉玛依", ["对", "800"], ["不是"]),
    # what one pays named and wrong: still the personal standard's correction
    ("个人交1200对吧", "克拉玛依", ["不是1200", "400"], []),
    # a household's payments added up ("加起来", "合计"): the household's sum computed, neither the 筹资
    # nor one person's fee (巴中 2026: 400 a person, three people 1200)
    ("听说我们家三口人居民医保加起来一年交1200 是不是", "巴中", ["对", "1,200"], ["不是"]),
    ("听说我们家三口人居民医保加起来一年交1000 是不是", "巴中", ["不是1000", "1,200"], ["筹资"]),
    # a sum no payer is named for and no row holds: both rows it could mean, none confirmed
    ("今年医保是1000对吧", "巴中", ["不是1000", "400", "1100"], ["对，"]),
])
def test_a_figure_is_checked_against_the_quantity_named(engine, text, region, said, unsaid):
    r = answer(engine, text, region=region)
    for s in said:
        assert s in r.text, (s, r.text)
    for s in unsaid:
        assert s not in r.text, (s, r.text)


@pytest.mark.parametrize("text,said", [
    # the deductible doubted, no scheme said: each scheme's rate beside the corrected figure
    ("巴中的 三级医院 起付线不是五百吗", ["不是500", "700", "职工医保报销比例80%", "城乡居民医保报销比例60%"]),
    ("一级医院起付线是300吧", ["对", "300", "职工医保报销比例85%", "城乡居民医保报销比例80%"]),
])
def test_a_corrected_figure_keeps_each_schemes_row(engine, text, said):
    r = answer(engine, text, region="巴中")
    for s in said:
        assert s in r.text.splitlines()[0], (s, r.text)
