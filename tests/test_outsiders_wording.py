"""Outsiders' wording of questions the handbooks answer: a page found for the words people use
(起付线有没得, 几年一起交的), a count of years said as what was done
("一次交了几年": several years paid at once) not taken for a count asked, and an illness dated in the
story ("前年脑梗") an event of the story, not a year the rules are asked of."""
import pytest

from corpus.qtype import missing_answer
from intents.years import story_years
from tests.helpers import answer, ids


@pytest.mark.parametrize("text, entry, needle", [
    # 第二章 三十九问: 在职职工 起付标准200元/年 … 二级及以下定点医疗机构、定点零售药店60%
    ("在职的看普通门诊 起付线有没得", "bz-2-39", "200"),
    # 第一章 十八: 学制年度内，调整个人缴费标准的，个人不再补缴
    ("学生医保按学制几年一起交的 后头缴费标准涨了还要补交不", "bz-1-18", "不再补缴"),
    ("娃入学时一次性交了几年合疗 中间涨价了要补差价吗", "bz-1-18", "不再补缴"),
])
def test_outsiders_wording_finds_the_page(engine, text, entry, needle):
    r = answer(engine, text, region="巴中")
    assert r.kind == "faq" and ids(r)[:1] == [entry] and needle in r.text, (ids(r), r.text)


@pytest.mark.parametrize("text, kind", [
    ("大学生按学制一次交了几年医保 中途缴费标准涨了要补不", None),   # several years paid at once: told
    ("学生医保一次性交了几年 后来涨价了还要补钱吗", None),
    ("职工医保要交几年才能退休不交", "年限"),                      # a count of years asked
    ("医保交满多少年", "年限"),
])
def test_years_paid_at_once_are_no_count_asked(text, kind):
    assert missing_answer(text, "学制年度内，调整个人缴费标准的，个人不再补缴。") == kind


@pytest.mark.parametrize("text, story", [
    ("前年脑梗 落下后遗症了 现在能办慢病不", True),
    ("前年中风之后一直吃药 能报销吗", True),
    ("去年得了糖尿病，今年门诊能报多少", True),
    ("去年骨折住院 今年还能报不", True),
    # a stay said with its month, the verb split about its object (住的院)
    ("去年12月在外地医院住的院 今年还能报不", True),
    ("2024年3月看的病 发票还能报吗", True),
    # the illness the rule is asked of, in that year: the year is asked, not the story's
    ("2024年脑梗后遗症门诊限额多少", False),
    ("2024年高血压门诊报多少", False),
    ("2024年脑梗 门诊限额多少", False),
])
def test_an_illness_dates_the_story(text, story):
    years = story_years(text)
    assert bool(years) is story, years
