"""Questions the handbooks answer, put the way people talk, are answered — not refused: a retiree asking
whether to go on paying (四川's 接到交), a 门慢 asked after with a test that cannot be done (认得到), the
review period of one disease or of two in one message, two diseases asked in one unpunctuated message
with a figure heard, and students named by their degree."""
import pytest

from tests.helpers import answer as ask


@pytest.mark.parametrize("text", [
    "我下个月就退休了 职工医保还要接到交不",
    "我爸退休了 这医保还得接到缴不",
    "办完退休手续 职工医保还用接到交不",
])
def test_a_retiree_going_on_paying_gets_the_retiree_rule(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert "不再缴纳" in r.text and "缴费年限" in r.text, r.text


@pytest.mark.parametrize("text", [
    "我爸91岁了 慢阻肺 想办门慢 肺功能那个机器他吹不动 还认得到不",
    "家里老人慢阻肺好多年 人糊涂了配合不了肺功能检查 门慢认不认得到",
])
def test_a_chronic_approval_without_the_test_gets_the_diseases_page(engine, text):
    r = ask(engine, text, region="巴中")
    assert r.kind == "faq", r.text
    assert "副主任" in r.text, r.text


@pytest.mark.parametrize("text", [
    "两病 高血压每年能报好多 糖尿病呢 别个说高血压能报四百",
    "两病 糖尿病每年最多报好多 高血压呢 我听人讲糖尿病报四百",
])
def test_two_diseases_asked_bare_with_a_figure_heard(engine, text):
    r = ask(engine, text, region="巴中")
    assert "200" in r.text and "300" in r.text, r.text
    assert "对，" not in r.text, r.text


def test_a_figure_heard_of_one_of_two_diseases_is_that_ones(engine):
    r = ask(engine, "两病 高血压和糖尿病都问下 听说糖尿病每年能报500对不对", region="巴中")
    assert r.text.startswith("不是") and "300" in r.text, r.text


@pytest.mark.parametrize("text", [
    "博士生也要在学校参加医保吗",
    "专科生医保是不是在学校这边交",
    "硕士生是不是也得在校区参保",
])
def test_students_by_degree_are_students(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "学籍地" in r.text or "全体在校学生" in r.text, r.text
