"""A whole message voice-typed with no stop, so that a story and its question, or two questions, run
together: where each question part starts when nothing marks it, so that it is answered as the message
typed with stops is. A question ends after who to turn to (找谁), after a tag checking what was said
(对吧), before what follows in Latin letters (ddl), and a deadline asked (最迟到好久) before where; 好多
比例 is one asking phrase; a second question opens with its rule or deadline (起付线是不是…, 一年最多…,
最晚好久…) once what came before has asked; the asker's "我想问下" after a found boundary is filler;
the question opens after an opinion of what was decided (我觉得不合理), after studying or working
somewhere (在巴中上学医保…), after what befell the asker told done (…瘫了合疗…), and where it points
back at the case (这种情况…); the teller after 用 is its object (用我的个人账户). A story said without a
stop, ten characters or more, is read as several clauses would be (also with its slot words only). "没办啥备案" tells that
no filing was made: no question, and the story's filing is 未备案. Phrasings of our own, through the
real engine where an entry is named."""
import pytest

from corpus.normalize import clean
from intents.message import clauses, is_question, parse, story_slots, voiced
from tests.helpers import answer, ids


def read(text):
    return clauses(voiced(clean(text)))


@pytest.mark.parametrize("said, parts", [
    # who to turn to, then the phone
    ("异地备案的事问谁电话是好多", ["异地备案的事问谁", "电话是好多"]),
    # a claim checked with a tag, then what is asked of it
    ("住院押金条和发票都要交对吧复印件要几份", ["住院押金条和发票都要交对吧", "复印件要几份"]),
    # what follows named in Latin letters
    ("学生医保交多少钱ddl是几号", ["学生医保交多少钱", "ddl是几号"]),
    # 好多比例 / 多少比例: one asking phrase; the yearly limit opens the next question
    ("医疗救助按多少比例报一年最多报多少", ["医疗救助按多少比例报", "一年最多报多少"]),
    ("巴中居民门诊有没有统筹一年起付好多", ["巴中居民门诊有没有统筹", "一年起付好多"]),
    # a rule, or a deadline, named to open the second question
    ("门诊统筹要不要另外交钱封顶线是多少", ["门诊统筹要不要另外交钱", "封顶线是多少"]),
    ("异地住院回来报销要交哪些材料最晚多久要交", ["异地住院回来报销要交哪些材料", "最晚多久要交"]),
    ("住院费用自己垫了最迟到好久在哪里报", ["住院费用自己垫了最迟到好久", "在哪里报"]),
    # an opinion of what was decided, then what the asker may do
    ("单位说我不能报生育津贴我觉得不合理可以去哪投诉", ["单位说我不能报生育津贴", "我觉得不合理", "可以去哪投诉"]),
    # studying or working somewhere, then 医保 asked of
    ("我是香港学生在克拉玛依上学医保要怎么办", ["我是香港学生在克拉玛依上学", "医保要怎么办"]),
    # what befell the asker, told done, then the scheme asked of
    ("我爸中风了半边身子都瘫了合疗慢病一个月报好多", ["我爸中风了半边身子都瘫了", "合疗慢病一个月报好多"]),
    # the case pointed back at
    ("在外省住院没办啥备案这种情况报销比例降好多", ["在外省住院没办啥备案", "这种情况报销比例降好多"]),
])
def test_where_a_question_starts_without_stops(said, parts):
    assert read(said) == parts


@pytest.mark.parametrize("said, not_a_clause", [
    ("能不能用我的个人账户给我妈交医保", "我的个人账户给我妈交医保"),   # the teller as 用's object
    ("我爸住院了合疗能报不", "合疗能报不"),                          # the care told, then the scheme: one breath
    ("合疗最迟好久交过了那个时间还交得到不", "交过了那个时间还交得到不"),  # the deadline's own deed follows it
    ("长治职工住院有没有等待期报销比例多少", "等待期报销比例多少"),     # 等待期 is what 有没有 asks of
])
def test_what_stays_in_its_clause(said, not_a_clause):
    assert not_a_clause not in read(said)


def test_a_filing_not_made_is_told_not_asked():
    assert not is_question("没办啥备案")
    assert story_slots("前几天看了个门诊 没办啥备案").get("route") == ["未备案"]


def test_filler_after_a_found_boundary_is_dropped():
    parsed = parse("村干部说低保还有医疗救助我想问下住院了医疗救助按好多比例救一年最多救好多")
    assert [p.question for p in parsed.parts] == ["住院了医疗救助按好多比例救", "一年最多救好多"]


@pytest.mark.parametrize("spaced, region", [
    ("异地看病的报销找谁 电话是好多", "克拉玛依"),
    ("学生医保交多少钱 ddl几号", "克拉玛依"),
    ("大病保险要不要另外交钱 起付线是不是一万", "巴中"),
    ("外地住院没直接结算 回来报销要带哪些材料 最晚好久要报", "巴中"),
    ("医院说我不符合慢病认定 我觉得不合理 可以找哪个申诉", "巴中"),
    ("俺在外省打工 前几天看了个门诊 没办啥备案 这种临时看门诊报销比例跟在家一样不", "长治"),
])
def test_the_same_entry_with_or_without_stops(engine, spaced, region):
    typed = spaced.replace(" ", "")
    # the same entries, in whatever order (two schemes' pages side by side may come either way round)
    assert sorted(ids(answer(engine, typed, region=region))) == sorted(ids(answer(engine, spaced, region=region)))


@pytest.mark.parametrize("spaced, region", [
    ("俺爹类风湿 手指关节都肿了 新农合慢病一个月限额多少", "长治"),
])
def test_a_story_said_without_a_stop_is_read_as_several_clauses(engine, spaced, region):
    # (its words, 手指关节都肿了, would keep the question from any entry: the question is also read with
    # the story's slot words only, as the story typed in clauses is)
    typed, told = answer(engine, spaced.replace(" ", ""), region=region), answer(engine, spaced, region=region)
    assert (typed.kind, ids(typed)[:1]) == (told.kind, ids(told)[:1]) == ("faq", ids(told)[:1])


def test_a_temporary_visit_without_filing_gets_the_outpatient_rule(engine):
    # "没办啥备案" is no filing: the temporary out-of-province outpatient rule (10 points lower), not the
    # stay without filing
    reply = answer(engine, "俺在外省打工 前几天看了个门诊 没办啥备案 这种临时看门诊报销比例跟在家一样不", region="长治")
    assert ids(reply)[:1] == ["cz-jm-10"]
    assert "10个百分点" in reply.text.replace(" ", "")
