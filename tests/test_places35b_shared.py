"""What every handbook agrees on answers with no region known; what one handbook adds is asked where.
Own phrasings, through the real engine."""
from tests.helpers import answer, ids


def test_where_a_student_pays_is_where_he_joins_which_the_handbooks_agree_on(engine):
    # 克拉玛依 第1部分 and 巴中 第一章 十八 agree: 大中专学生原则上应在学籍地参加居民医保
    r = answer(engine, "孩子读中专了 医保该在哪边交")
    assert r.kind == "faq" and "学籍地" in r.text, r.text
    assert ids(r)[0] == "ky-01-01", ids(r)


def test_what_only_one_handbook_adds_still_asks_where(engine):
    # 趸缴 is 巴中's own sentence on the same page: never the national page stated plainly
    r = answer(engine, "读大学的新生 医保能一口气交满学制不")
    assert r.kind == "clarify", r.text
