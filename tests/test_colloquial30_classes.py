"""Classes read from the colloquial-30 failures, each asked in our own words (none is in eval/):

- a student's home cover after joining at the campus: the handbook says two things together (it can be
  restored at once and used to 12月31日; if it cannot, suspend it only at 12月末 / before 1月10日), and a reply
  saying the first alone leaves the asker who worries about stopping it too early without the answer;
- the chat's "谁懂啊" opening a story asks nothing: no clause of its own, never refused as a question;
- signing up and stopping a cover said in English (register, cancel): the handbook's 参保登记 and 暂停."""
from intents.message import without_filler
from tests.helpers import answer, ids


def test_home_cover_after_joining_says_both_sentences(engine):
    r = answer(engine, "孩子在学校把医保交了 家乡的医保还能接着用吗 要不要赶紧停", region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "ky-03-01" in ids(r), r.text
    assert "12月31日" in r.text and "1月10日" in r.text, r.text


def test_who_gets_it_is_filler():
    assert without_filler("姐妹们谁懂啊，校区医保一年交多少") == "校区医保一年交多少"


def test_who_gets_it_is_no_question_refused(engine):
    r = answer(engine, "谁懂啊 学校的医保一年交多少钱", region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "【1】" not in r.text and "400" in r.text, r.text
