"""Classes that lost an answer when a message's stops and spaces were taken out (the robustness
report, round 14), with phrasings of our own: a question ended by 几成 / 算几次 / 多久 before another
question, one asked as A不A included; a yes-or-no asked of a thing then its negation ("要不要转诊不转诊
…"); whether a rule exists, or which paper is needed, then another question of another thing; 为啥
(why) is no "what" that ends a clause; the scheme named after a story told without a stop starts the
question's clause; another question announced after one asked ("…哪些材料还有去哪办"); what a school
or office said, reported; a place named last in a short message; a story said without a stop is
told as several clauses."""
import pytest

from intents.message import clauses, parse, voiced
from tests.helpers import answer, ids


def _read(text):
    return clauses(voiced(text))


@pytest.mark.parametrize("said, parts", [
    # a share or a count asked, then whether something exists (A不A) or how many again
    ("职工医保住院报几成有没有封顶线", ["职工医保住院报几成", "有没有封顶线"]),
    ("门诊一天看两回算几次起付线交几次", ["门诊一天看两回算几次", "起付线交几次"]),
    # how long it takes, then where the papers go
    ("异地报销要多久发票交到哪", ["异地报销要多久", "发票交到哪"]),
    # a yes-or-no asked of a thing, then its negation asked of
    ("要不要转诊不转诊能报多少", ["要不要转诊", "不转诊能报多少"]),
    # whether a rule exists, or which paper is needed, then another thing asked
    ("长治职工住院有没有等待期报销比例多少", ["长治职工住院有没有等待期", "报销比例多少"]),
    ("办慢病要准备什么材料报销比例多少", ["办慢病要准备什么材料", "报销比例多少"]),
    # the scheme named after a story: where the question starts
    ("我爸在镇卫生院住了半个月院巴中职工医保起付线好多", ["我爸在镇卫生院住了半个月院", "巴中职工医保起付线好多"]),
    ("我家娃在县医院住院二级医院城乡居民医保报几成", ["我家娃在县医院住院二级医院", "城乡居民医保报几成"]),
    # by what day, then how much
    ("学校医保截止几号今年交多少钱", ["学校医保截止几号", "今年交多少钱"]),
    # another question announced after one asked
    ("异地就医备案要带哪些材料还有去哪里办", ["异地就医备案要带哪些材料", "还有去哪里办"]),
    ("起付线多少还有封顶线多少", ["起付线多少", "还有封顶线多少"]),
    # what the school said, reported, after what the asker did
    ("我把老家的医保停了辅导员说还要交学校的咋办", ["我把老家的医保停了", "辅导员说还要交学校的咋办"]),
])
def test_run_together_questions_are_read_apart(said, parts):
    assert _read(said) == parts


@pytest.mark.parametrize("said", [
    "断保了再交要等多久才能用",          # 多久才能用: one question
    "为啥要交两份医保怎么退一份",        # 为啥 asks why; no "what" ending a clause
    "我交了居民医保住院能报多少",        # the scheme as what was done
    "她是巴中医保在成都住院咋报",        # ... or as whose it is
    "医保卡里还有钱吗",                  # 还有: what is still there
    "医保报完不是还有大病保险吗",
    "要带什么材料去哪里办",              # what is needed, and where: one errand
    "今年几号开始交",                    # 几号开始: one question
])
def test_one_run_together_question_stays_whole(said):
    assert len(_read(said)) == 1


@pytest.mark.parametrize("typed", [
    "克拉玛依学生门诊一天看两回算几次 起付线交几次",
    "长治居民门诊报几成 有没有起付线",
    "要不要转诊 不转诊能报多少 巴中居民",
    "我爸在镇卫生院住了半个月院 巴中职工医保起付线好多",
    "医保钱包是什么 能干什么 巴中",
])
def test_the_same_entries_without_stops_and_spaces(engine, typed):
    spaced, run = answer(engine, typed), answer(engine, typed.replace(" ", ""))
    assert spaced.kind == "faq" and run.kind == "faq", (spaced.text, run.text)
    assert ids(run) == ids(spaced)


def test_a_story_said_without_a_stop_still_gives_the_question_its_words():
    # as long as several clauses, said in one breath: the question is also read with the story's slot
    # words (未转诊, 未备案, 三级, 外地), as when the story is typed in its clauses
    said = "巴中参保的没转诊也没备案自己跑到西安三级医院住院城乡居民起付线和比例是好多"
    (part,) = parse(said).parts
    assert part.question == "城乡居民起付线和比例是好多"
    # (西安 lies outside every covered province: 外省, the narrower 外地)
    assert any({"未转诊", "未备案", "三级"} <= set(r.split(" ")) and {"外地", "外省"} & set(r.split(" "))
               for r in part.readings[part.endings_from:])
    # ... but a first clause typed as one by the writer is read as typed (no ending of two clauses)
    typed = "克拉玛依校区的学生暑假期间在外地看病自费 报销要附什么证明"
    (part,) = parse(typed).parts
    assert part.readings[part.endings_from:] == []


def test_a_plea_to_answer_them_all_typed_on_is_no_question():
    parts = parse("学校医保截止几号今年交多少钱一起回一下thx").parts
    assert [p.question for p in parts] == ["学校医保截止几号", "今年交多少钱"]


def test_a_story_said_without_a_stop_reaches_the_engine_as_told(engine):
    typed = "巴中参保的 没转诊也没备案自己跑到西安三级医院住院 城乡居民起付线和比例是好多"
    spaced, run = answer(engine, typed), answer(engine, typed.replace(" ", ""))
    assert spaced.kind == run.kind == "faq" and ids(run) == ids(spaced)
