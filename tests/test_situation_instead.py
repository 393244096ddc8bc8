"""A follow-up naming another of several situations that exclude each other ("要是直接上班了呢" after
"毕业了 …打算回户籍地参保") asks about that one INSTEAD of the one told, not besides it
(intents/data/alternatives.yaml): 克拉玛依 第9部分 gives each path after graduation its own rule —
参加工作的 由用人单位和职工个人共同缴纳; 继续深造 在就读高校或科研所在地参加; 灵活就业 由个人缴纳; 回户籍地
先暂停学籍地医保关系. Own phrasings, through the engine and the batch contract."""
import pytest

from intents import acts
from tests.helpers import ids, talk

_HOME = "快毕业了 在学校交的医保怎么处理 打算回户籍地交"


@pytest.mark.parametrize("first", [
    "要毕业了 学校的医保咋处理 想回户籍地参保",
    "毕业了 学校交的医保怎么办 我回老家参保",
    "毕业以后 学校这边的医保怎么弄 准备回老家交",
])
@pytest.mark.parametrize("then", ["如果直接上班了呢", "要是进公司了呢"])
def test_going_to_work_instead_of_home_is_the_employers_rule(engine, first, then):
    r = talk(engine, [first, then], region="克拉玛依")[1]
    # (added to the story, 回户籍地 still read first: the 回老家 entry's 先暂停学籍地医保关系)
    assert r.kind == "faq" and ids(r)[0] == "ky-09-02" and "用人单位" in r.text, r.text


@pytest.mark.parametrize("then,entry,needle", [
    ("那要是考研呢", "ky-09-03", "就读高校"),
    ("要是待业呢", "ky-09-04", "个人"),
])
def test_another_path_after_graduation_replaces_the_one_told(engine, then, entry, needle):
    r = talk(engine, [_HOME, then], region="克拉玛依")[1]
    # (the path's own entry, or the one listing each path's rule; never the 回户籍地 one told before)
    assert r.kind == "faq" and ids(r)[0] in (entry, "ky-09-01") and needle in r.text, r.text


def test_the_alternatives_apply_only_to_their_situation():
    # (回老家 and 上班 of a question on care away from home are no paths after graduation)
    assert acts.with_alternative("放假回老家看病咋报销", "要是上班了呢") is None
    assert acts.with_alternative("毕业了 学校的医保咋办 想回老家参保", "要是进了公司呢") == "毕业了 学校的医保咋办 参加工作"


def test_another_path_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"grad": ("克拉玛依", ["毕业了 学校交的医保怎么办 我回老家参保", "如果直接上班了呢"])})
    assert rows["grad-1"]["kind"] == "faq" and "用人单位" in rows["grad-1"]["text"], rows["grad-1"]["text"]
