"""A check said before the figure ("起付线是不是500") or after it ("起付线500是吧", "补五百是不是",
"是500对吧") asserts the same figure: one rule for both orders, over each calculator's headline
figures — the figure corrected with the handbook's and its source (issue 9), never taken as a cost."""
import pytest

from tests.helpers import answer as ask

# (region, what the figure is of, the wrong figure said, the handbook's figure, the section cited)
HEADLINE = [
    ("巴中", "居民住院三级医院起付线", "500", "700元", "第三章 十一问"),                 # 住院 起付线
    ("巴中", "居民在三级医院住院报销比例", "50%", "60%", "十一问"),                       # 住院 比例
    ("巴中", "居民医保住院一年最多报", "10万", "11万", "第三章 十六问"),                  # 住院 限额
    ("克拉玛依", "学生一级医院门诊起付线", "20块", "10元", "第7部分（一）"),              # 门诊
    ("长治", "两病里糖尿病一年限额", "300", "360元", "居民两病"),                        # 两病
    ("巴中", "门诊慢病报销", "80%", "90%", "第四章 三问"),                              # 慢病
    ("长治", "居民大病保险最高", "30万", "40万", "居民大病保险"),                        # 大病
    ("克拉玛依", "学生医保一年交", "380", "400", "第2部分"),                            # 缴费
    ("巴中", "职工初次参保等待期", "3个月", "6个月", "第二章 六问"),                     # 等待期
    ("巴中", "职工顺产报", "3000", "3500", "第二章 二十八问"),                          # 生育
    ("巴中", "职工医保产前检查补", "五百", "800元", "第二章 二十八问"),                   # 产前检查费
    ("巴中", "低保对象医疗救助比例", "80%", "70%", "第六章 五问"),                       # 救助
]
ORDERS = ["{what}是不是{fig}", "{what}{fig}是吧", "{what}{fig}是不是", "{what}{fig}对吧"]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("region,what,fig,right,section", HEADLINE)
def test_a_check_before_or_after_the_figure_corrects_it(engine, region, what, fig, right, section, order):
    text = order.format(what=what, fig=fig)
    r = ask(engine, text, region=region)
    assert r.text.startswith("不是") and right in r.text.split("\n")[0], (text, r.text)
    assert any(section in s.section for s in r.sources), (text, [s.section for s in r.sources])
    assert "来源：" in r.text
    assert r.calculation is None or r.calculation.name == "waiting_period"


@pytest.mark.parametrize("text", [
    "职工医保产前检查补八百是不是",                  # 第二章 二十八问: 产前检查费定额补助标准为800元
    "职工医保产前检查800是吧",
    "居民医保产前检查是500对吧",                     # 第三章 十四问: 产前检查费500元
])
def test_a_right_figure_after_or_before_its_tag_is_confirmed(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.text.startswith("对，") and "产前检查费定额补助" in r.text, r.text


@pytest.mark.parametrize("text", [
    "居民住院大概3000是吧 能报多少",                 # a cost guessed, then the question: no rule checked
    "职工流产了产前检查是不是补五百",                # after a pregnancy ended early the sums differ (终止妊娠)
])
def test_no_figure_is_checked_where_the_words_do_not_make_it_a_rules(engine, text):
    r = ask(engine, text, region="巴中")
    assert not r.text.startswith(("不是", "对，")), r.text


def test_the_figure_is_checked_against_the_benefit_its_own_words_name(engine):
    # 门诊 is said later in the message; 500 is said of 住院's 起付线 (巴中 第三章 十一问: 100/300/400/700)
    r = ask(engine, "合疗住院起付线是不是500 门诊一年报好多", region="巴中")
    first = r.text.split("\n")[0]
    assert first.startswith("不是500") and "住院的起付线" in first and "门诊" not in first, r.text


@pytest.mark.parametrize("text,region,needle", [
    # a deductible said to be paid again on a second stay: the rule of the difference (克拉玛依 第7部分（一）
    # 备注, 巴中 第三章 十二问), never the table's 起付线 confirmed
    ("今年已经在二级医院住过一次院了 又去三级医院住 克拉玛依起付线要再交600吗", None, "差额"),
    ("巴中居民 从乡镇卫生院转到三级医院住院 起付线要重新交700不", None, "差额"),
])
def test_a_deductible_paid_again_is_the_second_stays_rule(engine, text, region, needle):
    r = ask(engine, text, region=region)
    assert not r.text.startswith(("对，", "不是")) and needle in r.text, r.text


def test_a_second_question_announced_with_haiyou_has_its_figure_checked(engine):
    # 巴中 第二章 二十八问: 产前检查费定额补助标准为800元
    r = ask(engine, "门诊一年报好多？还有，职工医保产前检查是不是补五百", region="巴中")
    checked = r.text.split("【2】", 1)[1]
    assert "不是500：" in checked and "800元" in checked and "第二章 二十八问" in checked, r.text
