"""A figure the asker asserts is checked against the row of the asker's own group: one who pays alone
(灵活就业, 失业金), a retiree, an employee, a 低保 or 特困 resident. Another group's row never confirms it
("我跑滴滴的 … 个人交2%吧" is not the employee's 2%, "退休了还交2%吧" is not the in-service rate)."""
import pytest

from tests.helpers import answer as ask

# (message, region, the asker's own figure or rule that must be said)
NOT_CONFIRMED = [
    # one who pays alone, the employee's part (个人 / 自己) named: their own 9% row
    ("我在外面送外卖的 属于灵活就业 个人是不是也只交2%", "巴中", "9%"),
    ("开网约车的自己交职工医保 听人说跟厂里上班的一样个人交2%吧", "巴中", "9%"),
    ("我现在领失业金 医保个人部分是交2%对吧", "巴中", "9%"),
    ("做个体户的 跟单位一样交7%是不是", "巴中", "9%"),
    # a retiree checking a rate paid in: the handbook's rule for retirees, never the in-service rate
    ("我去年退休了 个人每个月还是扣2%吧", "巴中", "不再缴纳"),
    ("我妈刚退休 单位是不是还要给她交7%", "巴中", "不再缴纳"),
    # a resident of a category of their own
    ("我家是低保户 合疗个人也交400是不是", "巴中", "100元"),
    ("特困户合疗个人是不是要交100", "巴中", "0元"),
]


@pytest.mark.parametrize("text,region,own", NOT_CONFIRMED)
def test_another_groups_row_never_confirms_the_askers_figure(engine, text, region, own):
    r = ask(engine, text, region=region)
    assert not r.text.startswith("对"), r.text
    assert own in r.text, r.text
    assert r.sources


# the nearest payer word decides whose part it is: "我是单位职工 个人交2%" is the employee's 2%, right
RIGHT = [
    ("我是单位职工 个人交2%对吧", "巴中", "职工个人缴费费率是2%"),
    ("我在单位上班的 单位那边交7%是吧", "巴中", "用人单位缴费费率是7%"),
    ("跑滴滴的灵活就业 交9%对吧", "巴中", "灵活就业人员缴费费率"),
    ("还没退休 个人交2%对吧", "巴中", "职工个人缴费费率是2%"),
]


@pytest.mark.parametrize("text,region,row", RIGHT)
def test_the_askers_own_row_confirms_it(engine, text, region, row):
    r = ask(engine, text, region=region)
    assert r.text.startswith("对") and row in r.text, r.text


def test_a_retiree_is_never_told_a_rate_where_the_handbook_gives_no_retiree_rule(engine):
    # 长治's material gives no retiree's fee rule: no 对 for a rate paid in
    r = ask(engine, "我退休了 个人每月还是交2%对吧", region="长治")
    assert not r.text.startswith("对"), r.text
