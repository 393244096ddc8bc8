"""Run-on messages typed without any punctuation (voice typing), each class read as its punctuated form is:

- an amount asked, then what someone said with a figure at once ("…报好多听别个说只有5万"): the hearsay is a
  clause of its own, the figure checked against the handbook's, not a word of the question;
- two rules asked in a row, the second opening with its rule word ("起付线是多少比例是多少"): two questions,
  though 比例 right after an amount is otherwise what it asks of ("报多少比例");
- an amount and what it asked of, then a 医保 term opening the next rule question ("…报多少比例糖尿病一年最多…"):
  the term is the second question's subject, not the first's tail;
- what one payer pays asked, then what the other pays ("公司缴多少个人每月扣多少"): two questions, not
  "多少个人" (many people)."""
from intents.message import voiced
from tests.helpers import answer, ids


def _read(engine, text):
    return voiced(engine.index.repaired(text)[0], engine.index.segmenter.cut, engine._topic_word)


def test_hearsay_figure_after_an_amount_asked_is_its_own_clause(engine):
    text = "合疗一年住院最多能报好多听别个说只有5万"
    assert _read(engine, text).split(" ")[-1].startswith("听别个说"), _read(engine, text)
    r = answer(engine, text, "巴中")
    assert ids(r)[:1] == ["bz-3-16"], r.text
    assert "11万" in r.text and "不是" in r.text, r.text


def test_rule_asked_with_its_own_amount_after_another_is_a_second_question(engine):
    assert _read(engine, "居民医保去省外住院起付线是多少比例是多少").endswith(" 比例是多少")
    r = answer(engine, "居民医保去省外住院起付线是多少比例是多少", "长治")
    assert r.kind == "faq" and "1500" in r.text and "55%" in r.text, r.text
    # (one amount asked of 比例 stays one question)
    assert " " not in _read(engine, "住院报多少比例")


def test_term_after_an_amount_and_its_object_opens_the_next_question(engine):
    assert _read(engine, "两病门诊报多少比例糖尿病一年最多报多少") == "两病门诊报多少比例 糖尿病一年最多报多少"
    r = answer(engine, "两病门诊报多少比例糖尿病一年最多报多少", "巴中")
    assert "bz-4-19" in ids(r), r.text
    assert "50%" in r.text and "300" in r.text, r.text


def test_what_each_payer_pays_asked_in_a_row_is_two_questions(engine):
    assert _read(engine, "职工医保公司缴多少个人每月扣多少") == "职工医保公司缴多少 个人每月扣多少"
    r = answer(engine, "职工医保公司缴多少个人每月扣多少", "巴中")
    assert "bz-2-05-a" in ids(r), r.text
    assert "7%" in r.text and "2%" in r.text, r.text
