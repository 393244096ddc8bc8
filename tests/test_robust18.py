"""Classes that lost an answer when a message's stops and spaces were taken out (the robustness
report, round 18), with phrasings of our own: an emoji inside a message typed on without stops is a
pause, where a clause ends; another question announced after one asked may go on in Latin letters
("…交吗还有ddl是哪天"); a yes-or-no (A不A) asked, then who or which may do it ("…能不能给家里人用
哪些亲戚可以用"), not which thing the deed takes ("要不要带哪些材料才能办"); the fund asked of
(医疗救助, 大病保险) named after the stay told starts the question's clause, as the scheme does."""
import pytest

from intents.message import clauses, voiced
from tests.helpers import answer, ids


def _read(text):
    return clauses(voiced(text))


@pytest.mark.parametrize("said, parts", [
    ("门诊报几成🤔另外有没有起付线", ["门诊报几成🤔", "另外有没有起付线"]),
    ("异地备案到底在哪办啊😭我下周就要走了", ["异地备案到底在哪办啊😭", "我下周就要走了"]),
    ("学生医保今年交多少钱还有ddl是几号", ["学生医保今年交多少钱", "还有ddl是几号"]),
    ("个人账户能不能家里人共用哪些人可以用", ["个人账户能不能家里人共用", "哪些人可以用"]),
    ("慢病能不能在药店买药哪些药店能刷", ["慢病能不能在药店买药", "哪些药店能刷"]),
    # the fund asked of, named after the stay told
    ("我妈是低保户上个月在县里住院医疗救助能报多少", ["我妈是低保户", "上个月在县里住院", "医疗救助能报多少"]),
])
def test_a_pause_or_an_announced_question_ends_a_clause(said, parts):
    assert _read(said) == parts


@pytest.mark.parametrize("said", [
    "医保卡里还有钱吗👍",          # an emoji last ends nothing more
    "今年几号开始交",
    "要不要带哪些材料才能办",      # which thing the deed takes: one question
    "是不是要交给哪个部门才能报",
])
def test_one_question_stays_whole(said):
    assert len(_read(said)) == 1


@pytest.mark.parametrize("typed, region", [
    ("学生医保到底几号截止啊😭 我还没交 错过了咋办", "克拉玛依"),
    ("今年学生医保个人交多少💰 另外长护险要交吗 还有ddl是哪天", "克拉玛依"),
    ("居民门诊报几成🤔 另外有没有起付线", "长治"),
    ("职工医保个人账户的钱能不能给家里人用 哪些亲属可以用", "巴中"),
    ("我爸是特困供养的 自己一个人过 上个月摔了住院 医疗救助能报好多", "巴中"),
])
def test_the_same_entries_without_stops_and_spaces(engine, typed, region):
    spaced, run = answer(engine, typed, region), answer(engine, typed.replace(" ", ""), region)
    assert spaced.kind == "faq" and run.kind == "faq", (spaced.text, run.text)
    assert ids(run)[:1] == ids(spaced)[:1]
