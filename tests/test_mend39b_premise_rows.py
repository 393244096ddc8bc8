"""A figure the asker half-remembers is confirmed only for the asker's own case: where it is one row's of
a table (a hospital level, a 大病 band, a disease of 两病) and the case is unsaid, the rows that have it are
named beside the others, and the fact that decides is asked — never a plain "对" that reads as the
asker's rate. A case said, or a figure every row shares, is still confirmed."""
import pytest

from bot.session import Session
from tests.helpers import answer, nums


@pytest.mark.parametrize("text,region,held,others,asked", [
    # 巴中's inpatient table: 80% is the 一级 row's; 乡镇卫生院 90%, 二级 70%, 三级 60%
    ("城乡居民医保住院 我记得是报80%对吧", "巴中", "一级", ["90%", "70%", "60%"], "哪一级医院"),
    # ... the deductible the same way: 400 is the 二级 row's
    ("合疗住院起付线是400元吧", "巴中", "二级", ["100元", "300元", "700元"], "哪一级医院"),
    # 克拉玛依's levels: 75% is the 二级 row's, and its table has no 乡镇卫生院 row to offer
    ("学生医保住院听说报75%是吧", "克拉玛依", "二级", ["85%", "65%"], "一级、二级还是三级"),
    # 大病 bands: 70% is the band from 10万 to 20万
    ("大病保险是报70%对吧", "巴中", "10万元）至", ["60%", "85%"], "费用在哪一段"),
    # 两病: 300 is the 糖尿病 limit, 高血压's is 200
    ("两病一年限额是300对吧", "巴中", "糖尿病", ["200元"], "高血压还是糖尿病"),
    # 长治's outpatient tiers: 55% is the 二级 row's
    ("居民门诊统筹报销55%是吧", "长治", "二级", ["45%", "60%"], "哪一级医院"),
])
def test_a_figure_of_one_row_is_not_confirmed_for_an_unsaid_case(engine, text, region, held, others, asked):
    r = answer(engine, text, region=region)
    assert not r.text.startswith(("对", "不是")), r.text
    assert r.kind == "clarify" and r.missing_slots, r.text
    first, rest = r.text.split("其他情况不同", 1)
    assert held in first, r.text
    assert all(o in rest for o in others), r.text
    assert asked in r.text and r.sources


def test_a_figure_of_the_case_said_is_still_confirmed(engine):
    r = answer(engine, "合疗在三级医院住院 报60%对吧", region="巴中")
    assert r.text.startswith("对，") and "60%" in r.text and "其他情况" not in r.text, r.text


def test_a_story_with_a_bill_keeps_the_form_waiting_for_the_level(engine):
    # a stay at a county hospital (whose level the table does not know), a bill and a rate heard: the rows
    # side by side and the level asked; the level told next computes the bill
    session = Session()
    r = answer(engine, "我妈在县医院住了一个礼拜 能报的费用有六千 合疗能报好多 听说是报80%是吧", region="巴中", session=session)
    assert r.kind == "clarify" and not r.text.startswith("对"), r.text
    assert "80%" in r.text and "70%" in r.text and "哪一级医院" in r.text, r.text
    # (no rule page beside it naming one level's row as if it were the case's)
    assert "市内住院：" not in r.text, r.text
    r = answer(engine, "二级的", region="巴中", session=session)
    assert r.kind == "calculation" and 3920 in nums(r), r.text      # (6000 − 400) × 70%


@pytest.mark.parametrize("text,region", [
    # rows of two quantities (the personal standard, the 筹资 it is part of): no case of the asker's to ask
    ("文件上写的每人筹资1200 我们学生是交400还是1200", "克拉玛依"),
    # the parts of one contribution by who pays (单位 7%, 个人 2%): no case of the asker's either
    ("职工医保个人缴费是2%对吧", "巴中"),
])
def test_rows_that_are_no_case_of_the_askers_are_not_asked_about(engine, text, region):
    r = answer(engine, text, region=region)
    assert "其他情况不同" not in r.text and r.kind != "clarify", r.text
