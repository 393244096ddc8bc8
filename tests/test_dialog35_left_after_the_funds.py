"""What the funds left of a stay, told in a long story, asked of a fund after basic insurance. Own phrasings,
through the real engine.

- A count said about ("住了十几天院", "三十多岁"): a count of days or years, never the sum of money.
- A bill told as spent, then what basic insurance left of it ("花了八万多 报完自付还剩三万"): the fund asked of
  (大病保险, 救助) pays on what was left, the bill never taken for its base, no hospital asked."""
from intents.slots import extract
from tests.helpers import computed, talk


def test_a_count_said_about_is_no_sum():
    ex = extract("住了十几天院 大病报了过后还剩八千")
    assert ex.get("amount") == 8000, ex.values


def test_assistance_on_what_is_left_after_a_long_story(engine):
    r = talk(engine, ["我家是特困户 我爸住了十几天院 先在乡里后来转到县医院 借了不少钱 合疗大病都报了以后 "
                      "医保范围内还剩八千要自己出 医疗救助能给好多"], region="巴中")[0]
    computed(r, 8000, name="assistance")     # 特困 100 %


def test_serious_illness_on_what_basic_left_of_a_bill(engine):
    r = talk(engine, ["住院一共花了八万多 基本医保报完 合规的自付还剩三万 我是普通学生 大病保险能报好多"],
             region="克拉玛依")[0]
    computed(r, 5400, name="serious_illness")      # (30000 − 21000) × 60 %
    assert "哪一级" not in r.text, r.text
