"""The tail report (python -m bot.measure.tail): which of the bench's questions cost the most CPU, and why."""
import re

from bot import texts
from bot.measure.benchmark import sample_questions
from bot.measure.tail import measure, questions_answered, summary


def test_each_measured_question_is_answered_and_counted(engine):
    compile_pattern = re.__dict__["_compiler"].compile
    rows = measure(3, warm_up=[], engine=engine)
    assert [(r["q"], r["region"]) for r in rows] == sample_questions(3)
    assert all(r["parts"] >= 1 and r["compiles"] >= 0 for r in rows)
    # (the compile counter is re's own again afterwards)
    assert re.__dict__["_compiler"].compile is compile_pattern


def test_a_pattern_compiled_first_inside_an_answer_is_counted(engine, monkeypatch):
    import bot.engine
    seen = []
    answer = bot.engine.Engine.answer

    def answer_compiling(self, message, session):
        seen.append(re.compile(f"首次编译{len(seen)}号"))     # (a pattern no code compiled before)
        return answer(self, message, session)
    monkeypatch.setattr(bot.engine.Engine, "answer", answer_compiling)
    rows = measure(2, warm_up=[], engine=engine)
    assert [r["compiles"] >= 1 for r in rows] == [True, True]


def test_the_questions_a_reply_answers_are_read_from_its_headings():
    one = texts.MULTI_PART.format(n=1, question="住院报多少") + "\n…"
    two = texts.MULTI_PART.format(n=2, question=texts.MULTI_PART_JOIN.join(["门诊呢", "封顶多少"])) + "\n…"
    assert questions_answered(one + "\n\n" + two) == 3
    assert questions_answered(texts.MULTI_PART_ALL.format(questions=texts.MULTI_PART_JOIN.join(["a", "b"])) + "\n…") == 2
    assert questions_answered("起付线是800元。") == 1


def test_the_slowest_are_listed_by_their_median_over_the_runs():
    run = [{"q": "甲", "cpu_ms": 1.0, "compiles": 0, "parts": 1}, {"q": "乙", "cpu_ms": 5.0, "compiles": 2, "parts": 2}]
    other = [{"q": "甲", "cpu_ms": 9.0, "compiles": 0, "parts": 1}, {"q": "乙", "cpu_ms": 6.0, "compiles": 0, "parts": 2}]
    lines = summary([run, other, [dict(r) for r in run]], show=2)
    assert lines[0].startswith("run 1:") and "2 first-use pattern compiles" in lines[0]
    assert [line.split()[-1] for line in lines[-2:]] == ["乙", "甲"]
