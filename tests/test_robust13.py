"""Classes that lost an answer under the robustness report's rewritings (round 13), with phrasings
of our own: a voice-typed message (no stop, no space) whose questions run into each other — a
yes-or-no closed by 不 / 没 after what it asks of, a particle closing a question, "是啥" and "会咋样",
which kind is chosen then what it needs, "在哪交钱" — and what was already so said before what is
asked of it; a story of chatter before a question: the disease told in a clause of its own is the
case, and the chatter's words are left out of a reading of each question of several."""
import pytest

from intents.message import voiced
from tests.helpers import answer, ids


@pytest.mark.parametrize("said, clauses", [
    # a yes-or-no closed by 不 / 没 after what it asks of, then another question
    ("灵活就业能交职工医保不从哪个月开始算", ["灵活就业能交职工医保不", "从哪个月开始算"]),
    ("听说合疗可以补交是真的不咋个补", ["听说合疗可以补交是真的不", "咋个补"]),
    ("职工医保门诊有起付线没一年最多报好多", ["职工医保门诊有起付线没", "一年最多报好多"]),
    # a particle closing what was asked
    ("大病保险起付线是多少啊超过的部分报几成", ["大病保险起付线是多少啊", "超过的部分报几成"]),
    # what a thing is, what comes of it
    ("长期护理保险是啥必须要买吗", ["长期护理保险是啥", "必须要买吗"]),
    ("过了缴费期才交会咋样要等多久", ["过了缴费期才交会咋样", "要等多久"]),
    # which kind is chosen, then what it needs
    ("回老家看病备案选哪种类型要交啥材料", ["回老家看病备案选哪种类型", "要交啥材料"]),
    # where the money is paid (交钱 is one word), then how
    ("居民医保在哪交钱手机上能交吗", ["居民医保在哪交钱", "手机上能交吗"]),
    # how long before it can be used, then the figure checked
    ("断了一年再交合疗要等好久才能用是不是三个月", ["断了一年再交合疗要等好久才能用", "是不是三个月"]),
    # what is so already, then what is asked of it
    ("我已经交了职工医保了还用交城乡居民医保吗", ["我已经交了职工医保了", "还用交城乡居民医保吗"]),
    ("说是今年又涨了是不是涨到四百了哦", ["说是今年又涨了", "是不是涨到四百了哦"]),
])
def test_voice_typed_questions_run_together_are_read_apart(said, clauses):
    assert voiced(said).split(" ") == clauses


@pytest.mark.parametrize("said", [
    "能不能不交医保单独交长护险",            # 不交: a verb denied, no question's end
    "我有高血压没到慢病那个程度能报不",      # 没到: the same
    "这个是啥子奖励要连续交几年",            # 啥子奖励: what kind of reward, one question
    "平时睡不着能不能办慢病",                # 睡不着 is no yes-or-no
    "补交了能不能马上就报",                  # the deed the question is about stays with it
    "第一次交职工医保好久才能用得到生育待遇",  # 用得到: one verb
])
def test_one_voice_typed_question_stays_whole(said):
    assert " " not in voiced(said)


@pytest.mark.parametrize("text, entry", [
    # the disease said in a clause of its own after chatter is the case: its own row of the table
    ("邻居说法不一样，我也搞不清楚，帕金森病 长治居民门诊慢病每月限额", "cz-jmmb-33"),
])
def test_a_disease_told_after_chatter_is_the_case(engine, text, entry):
    reply = answer(engine, text)
    assert reply.kind == "faq" and ids(reply)[0] == entry


def test_chatter_before_several_questions_does_not_pull_them(engine):
    # "我们村里好多人都在问这个" names nothing 医保: the first question is read without it too
    chatter, plain = (answer(engine, "我们村里好多人都在问这个，巴中门诊慢病有好多种 一年最多报好多"),
                      answer(engine, "巴中门诊慢病有好多种 一年最多报好多"))
    assert chatter.kind == plain.kind == "faq" and ids(chatter) == ids(plain)
    assert chatter.confidence == plain.confidence


@pytest.mark.parametrize("text", [
    # the figure checked just before the question it is about is one question, as when it follows
    "村上喊交合疗 说是又涨了 是不是涨到五百了哦 巴中2026年一个人到底交好多钱",
    # ... typed by voice, without a stop
    "村上喊交合疗说是又涨了是不是涨到五百了哦巴中2026年一个人到底交好多钱",
    # the place and year that set the question are not a story's next year (巴中|2026年 would leave the check alone)
    "群里有人讲居民医保今年涨了是不是涨到五百块了巴中2026年一个人交多少钱",
])
def test_a_figure_checked_before_its_question_is_checked_against_that_rule(engine, text):
    # the rise told before ("说是又涨了") is the story, not a yearly step of a cap: the standard is checked
    reply = answer(engine, text)
    assert reply.text.startswith("不是500") and "400" in reply.text and "大病" not in reply.text, reply.text
    assert "【1】" not in reply.text


def test_a_check_after_a_question_still_reads_the_question_words(engine):
    reply = answer(engine, "巴中居民医保住院一年最多报多少钱 听我表哥说是15万")
    assert reply.text.startswith("不是") and "11万" in reply.text, reply.text


@pytest.mark.parametrize("said, clauses", [
    # what was heard, asked whether it is so, then another question
    ("我听人说过了年就交不到合疗了是不是真的最晚交到哪天", ["我听人说过了年就交不到合疗了是不是真的", "最晚交到哪天"]),
])
def test_whether_what_was_heard_is_so_ends_its_question(said, clauses):
    assert voiced(said).split(" ") == clauses


@pytest.mark.parametrize("said, clauses", [
    # a deed told, then asked of as done; the time a story clause opens with after 的
    ("我爸去年的合疗交了的今年拖到四月份才去补交交了是不是马上能用",
     ["我爸去年的合疗交了的", "今年拖到四月份才去补交", "交了是不是马上能用"]),
])
def test_a_deed_told_then_asked_of_is_read_apart(said, clauses):
    assert voiced(said).split(" ") == clauses


def test_no_clause_opens_after_a_yes_or_no_asking_of_it():
    # "是不是马上就能报": 马上 is what is asked, not a new clause
    assert " " not in voiced("单位欠的医保费补齐了是不是马上就能报")
