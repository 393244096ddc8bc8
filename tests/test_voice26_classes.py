"""Voice-typed messages (no stop at all), round 26: more places where a clause ends when nothing marks
it — a day asked as 哪天到哪天 is no place asked (到哪 | 天…); what a thing is, then how much it pays
("…是啥子报好多"); which diseases a care covers, then how much ("…有哪些病报好多"); 后头 (四川: later)
opening the story's next event as 后来 does; a stretch of time pointed back at after a deed told done
("…补交了中间那段时间…"); which filing, then a longer question after it. And two questions of one
message where only the later one says the status (在职 / 退休): the earlier is not read as that status.
Phrasings of our own, through the real engine where an entry is named."""
import pytest

from bot.engine import Engine
from corpus.normalize import clean
from intents.message import clauses, voiced
from tests.helpers import answer, ids


def read(text):
    return clauses(voiced(clean(text)))


@pytest.fixture(scope="module")
def engine():
    return Engine()


@pytest.mark.parametrize("said, parts", [
    # a day asked from and to, then what if it is missed
    ("合疗是从哪天到哪天交过了期限还能补交不", ["合疗是从哪天到哪天交", "过了期限还能补交不"]),
    # what a thing is, then how much it pays
    ("大病保险是啥子报好多", ["大病保险是啥子", "报好多"]),
    # which diseases, then how much
    ("巴中职工门特有哪些病报好多", ["巴中职工门特有哪些病", "报好多"]),
    # 后头 opens the next event of the story
    ("我爸先在县医院住了几天后头转到市医院了起付线要补好多", ["我爸先在县医院住了几天", "后头转到市医院了", "起付线要补好多"]),
    # a stretch of time pointed back at after a deed told done
    ("我外公去年断了三个月后头又补交了中间那段时间住院能报不",
     ["我外公去年断了三个月", "后头又补交了", "中间那段时间住院能报不"]),
    # which filing, then a question of ten characters after it
    ("我在外地长期住要办啥子备案报销比例跟老家一样不", ["我在外地长期住要办啥子备案", "报销比例跟老家一样不"]),
])
def test_where_a_voice_typed_clause_ends(said, parts):
    assert read(said) == parts


@pytest.mark.parametrize("said", [
    "居民医保最迟交到哪天",          # the day asked, one question
    "这是啥子报销政策",              # what policy it is: 啥子 takes the 报销 after it
    "住院报销是啥子比例",
    "门诊慢病包括哪些病",
])
def test_one_voice_typed_question_stays_one(said):
    assert len(read(said)) == 1


@pytest.mark.parametrize("said", [
    "职工医保个人账户每月给划好多 退休的又划好多",
    "个人账户每月划多少？退休了呢？",
])
def test_status_said_by_the_later_question_only(engine, said):
    # the later question asks of 退休; the earlier, asked again beside it, of 在职 — not both as 退休
    r = answer(engine, said, region="巴中")
    assert r.kind == "faq", r.text
    assert ids(r)[:2] == ["bz-2-11", "bz-2-12"], r.text


def test_status_untold_by_a_later_question_is_still_asked(engine):
    # no status said anywhere: both pages, and which one is theirs asked
    r = answer(engine, "职工医保个人账户每月给划好多", region="巴中")
    assert set(ids(r)) == {"bz-2-11", "bz-2-12"}, r.text


def test_this_years_payment_deadline_asked_by_day(engine):
    # 今年 and 交 are no 当年 票据 handed in: the payment window's page
    r = answer(engine, "今年的学生医保最晚到哪天交", region="克拉玛依")
    assert ids(r)[:1] == ["ky-02-10"], r.text


@pytest.mark.parametrize("said, parts", [
    # what was heard, asked whether it is so without a question word, then what follows from it
    ("听同学说断保了要多交钱真的假的那会有啥影响", ["听同学说断保了要多交钱真的假的", "那会有啥影响"]),
])
def test_heard_then_checked_without_a_question_word(said, parts):
    assert read(said) == parts


def test_heard_figure_checked_and_what_follows_both_answered(engine):
    r = answer(engine, "听学长说错过缴费期再交要交一千二真的假的那还会有什么影响", region="克拉玛依")
    assert "1200" in r.text and "ky-02-11" in ids(r), r.text


@pytest.mark.parametrize("said", ["那是好久之前的事了", "我交医保是好久之前了"])
def test_long_ago_told_is_no_question(said):
    # 好久之前 told of what was done long ago asks nothing (四川's 好久 asks only by when)
    from intents.message import is_question
    assert not is_question(said)


def test_by_when_asked_of_two_claims(engine):
    # 四川's 好久之前: by when the stay's papers go in, and by when the 大病 part's — two deadlines
    r = answer(engine, "在外地住院没能直接结算 好久之前要拿发票回来报 大病保险那块又是好久之前", region="巴中")
    assert ids(r)[:2] == ["bz-3-17", "bz-3-25"], r.text


def test_top_up_asked_after_the_transfer_rule_is_computed(engine):
    # a transfer told, whether the deductible is paid again asked, then how much is owed: the rule, and the
    # difference computed from the stay told (二级 400 − 乡镇卫生院 100), not the rule's page twice
    r = answer(engine, "我爸先在乡镇卫生院住了几天 后头病情加重转到二级医院 同一个病 居民医保 起付线还要重新交一道吗 要补多少",
               region="巴中")
    assert r.kind == "calculation", r.text
    assert "300" in r.text and ids(r)[0] == "bz-3-12", r.text


@pytest.mark.parametrize("said, parts", [
    # a yes-or-no asked as A不A, then what if it is not done, asked again: the 不 opens the second question
    # (the words' cut ended the first at it, "要不要备案不|备案是不是…"; the clause rules did not end it at all)
    ("我妈在外省住院了俺不知道要不要备案不备案是不是就报不了了", ["我妈在外省住院了", "俺不知道要不要备案", "不备案是不是就报不了了"]),
])
def test_a_not_a_then_what_if_not(engine, said, parts):
    assert clauses(voiced(clean(said), engine.index.segmenter.cut, engine._topic_word)) == parts
