"""Classes read from the colloquial-30 failures, each asked in our own words (none is in eval/):

- a student's home cover after joining at the campus: the handbook says two things together (it can be
  restored at once and used to 12月31日; if it cannot, suspend it only at 12月末 / before 1月10日), and a reply
  saying the first alone leaves the asker who worries about stopping it too early without the answer;
- the chat's "谁懂啊" opening a story asks nothing: no clause of its own, never refused as a question;
- signing up and stopping a cover said in English (register, cancel): the handbook's 参保登记 and 暂停;
- typed without a stop, the clause splitter finds where the story ends and each question starts (a
  connective goes with the clause after it, a head count ends the story, 还要…不, 是干什么用的, 又, 来着,
  a second yes-or-no of what follows), and a figure told in the story before a yes-or-no of its own is
  no figure checked."""
import pytest

from intents.message import voiced, without_filler
from intents.premise import asserted
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


# Typed without a stop (issue 8's "punctuation removed"): where the story ends and each question starts.
@pytest.mark.parametrize("text,said", [
    # (a connective before the one the next clause opens with goes with that clause: "then we …")
    ("孩子在学校那边交了合疗那我们家里给她交的要不要停", "孩子在学校那边交了合疗 那我们家里给她交的要不要停"),
    # (四川's 喊, "tell to", takes its object: no clause opens at the one told)
    ("单位喊她去把社保卡激活了以后门诊能报多少", "单位喊她去把社保卡激活了以后门诊能报多少"),
    # (the household told by its head count, then what they may do)
    ("我们在镇上开了个小店就我们俩口子可以交职工医保吗", "我们在镇上开了个小店 就我们俩口子 可以交职工医保吗"),
    # (a yes-or-no closed by 不 after 还要, before how long is asked)
    ("退了休还要缴费不要缴够好多年", "退了休还要缴费不 要缴够好多年"),
    # (what a thing is, or what it is for, then whether)
    ("大病保险是什么是不是要另外缴费", "大病保险是什么 是不是要另外缴费"),
    ("个人账户是干什么用的能不能给家里人用", "个人账户是干什么用的 能不能给家里人用"),
    # (the same asked "again" of another thing)
    ("门诊报几成卫生院住院又报几成", "门诊报几成 卫生院住院又报几成"),
    # (来着: what the asker forgot, asked)
    ("住院起付线是几百来着二级医院报几成", "住院起付线是几百来着 二级医院报几成"),
])
def test_unpunctuated_questions_end_where_they_are_asked(text, said):
    assert voiced(text) == said


def test_a_step_asked_after_a_yes_or_no_stays_one_asking():
    assert voiced("我去药店买了药拿发票回来能不能报要不要先办手续") == "我去药店买了药拿发票回来能不能报要不要先办手续"


def test_a_yes_or_no_of_what_follows_is_a_question_of_its_own():
    assert voiced("学校那边交了以后老家的要不要停会不会断保") == "学校那边交了以后老家的要不要停 会不会断保"


def test_a_story_figure_before_a_yes_or_no_of_its_own_is_not_checked():
    said = "我是外省来的新生学校让交四百块交了学校的以后老家那边生病了 还能用老家的医保吗"
    assert not asserted(said)
    assert asserted("学校的医保一年交400 对吧")


def test_two_questions_typed_without_a_stop_each_get_their_page(engine):
    r = answer(engine, "大病保险是什么是不是要另外缴费", region="巴中")
    assert r.kind == "faq", r.text
    assert "【1】" in r.text and "【2】" in r.text and "不缴费" in r.text, r.text


def test_a_household_told_then_whether_they_may_join_is_answered(engine):
    r = answer(engine, "我们在镇上开了个小店没雇人就我们俩口子可以交职工医保吗", region="巴中")
    assert r.kind == "faq", r.text
    assert "bz-2-02" in ids(r), r.text


def test_the_page_said_with_is_no_index_word_of_the_page(engine):
    # (ky-03-02's "暂停" is stated after ky-03-01 in a reply, not searched with it: how to suspend finds its page)
    r = answer(engine, "学校那边已经交了 户籍地的居民医保要咋个暂停", region="克拉玛依")
    assert r.kind == "faq", r.text
    assert ids(r)[0] == "ky-04-01", r.text


def test_from_when_then_the_deed_is_one_question():
    # (asks_apart: "从好久开始" is closed by the deed it is the time of, not a how long of its own)
    from bot.measure.evaluate import default_engine
    e = default_engine()
    said = voiced("去年的交了的今年的也在十二月交了那今年从好久开始能报销嘛", e.index.segmenter.cut, e._topic_word)
    assert "好久开始 能" not in said, said


def test_a_year_without_cover_is_kept_with_a_month_s_care_asked(engine):
    # the year told without cover decides the wait (3 months from 1月1日), also in the reading without chatter
    r = answer(engine, "我是通江的 我妈在广州带孙子好几年了2025年那边啥都没交 回来我12月份给她交了2026年的合疗 "
                       "她今年2月份住院能不能报", region="巴中")
    assert r.kind == "faq", r.text
    assert "3个月" in r.text and "bz-3-03-b" not in ids(r), r.text
