"""Classes that lost an answer under the robustness report's rewritings (round 12), with phrasings
of our own: a yes-or-no asked as A不A run into the next question by voice typing, and 是不 said for
是不是 before what is asked to be so."""
import pytest

from corpus.normalize import asking_words
from intents.message import voiced
from tests.helpers import answer, ids


@pytest.mark.parametrize("said, clauses", [
    # an A不A question, then another opened by its own question word
    ("巴中居民长护险到底要不要交多少钱", ["巴中居民长护险到底要不要交", "多少钱"]),
    ("巴中门诊慢病需不需要申请怎么申请", ["巴中门诊慢病需不需要申请", "怎么申请"]),
    # ... or closed by its particle before the next question
    ("两病是不是要自己去医院登记哦一年报好多", ["两病是不是要自己去医院登记哦", "一年报好多"]),
])
def test_an_a_not_a_question_run_into_the_next_is_read_apart(said, clauses):
    assert voiced(said).split(" ") == clauses


@pytest.mark.parametrize("said", [
    "我爸住院能不能报多少钱",          # how much 能不能报: one question
    "我妈住院能不能报好多",
    "这个药报不报销多少钱一盒",
])
def test_one_a_not_a_question_stays_whole(said):
    assert " " not in voiced(said)


@pytest.mark.parametrize("dialect, usual", [
    ("巴中的合疗今年是不涨到四百多了", "巴中的合疗今年是不是涨到四百多了"),
    ("是不真的", "是不是真的"),
    ("去年没交今年交了是不马上就能用", "去年没交今年交了是不是马上就能用"),
    ("长治居民门诊是不每次最多报五十", "长治居民门诊是不是每次最多报五十"),
])
def test_shi_bu_asking_is_read_as_shi_bu_shi(dialect, usual):
    assert asking_words(dialect) == usual


@pytest.mark.parametrize("statement", ["还是不要交了", "不是不能报", "特困人员是不用交的", "这个检查是不要钱的"])
def test_a_statements_shi_bu_is_left_alone(statement):
    assert asking_words(statement) == statement


@pytest.mark.parametrize("dialect, usual", [
    ("长治居民医保门诊是不每回最多只报五十块", "长治居民医保门诊是不是每回最多只报五十块"),
    ("巴中合疗今年是不还是四百块", "巴中合疗今年是不是还是四百块"),
])
def test_shi_bu_is_answered_as_shi_bu_shi(engine, dialect, usual):
    said, typed = answer(engine, dialect), answer(engine, usual)
    assert said.kind == typed.kind and ids(said) == ids(typed) and said.text == typed.text


@pytest.mark.parametrize("text, entry", [
    # 报账 said for 报销 in a claim taken back to school is the campus's claim, as 学校报销 is
    ("寒假在老家看了门诊 回来找学校报账要带啥子材料", "ky-10-01"),
])
def test_a_school_claim_said_in_dialect_is_the_campus(engine, text, entry):
    reply = answer(engine, text)
    assert reply.kind == "faq" and ids(reply)[0] == entry


def test_a_voice_typed_message_is_read_everywhere_as_its_clauses(engine):
    # the calculation forms read "…要不要交 多少钱" as the clauses do, not as one "交多少钱"
    typed, voice = answer(engine, "克拉玛依校区的长护险要不要交 多少钱"), answer(engine, "克拉玛依校区的长护险要不要交多少钱")
    assert voice.kind == typed.kind == "faq" and ids(voice) == ids(typed) == ["ky-02-07"]
