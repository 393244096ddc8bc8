"""A voice-typed message runs two questions together with nothing to mark where the first ends. Read
from the message's own words (the engine's cut, with the lexicon's terms), a clause ends between two
asks where the first is closed — by a particle after it (嘛, 啊, a yes-or-no's 不), by how much it asks
(好多, 多少) or by what its how / whether asks of (咋个备案, 有没有门诊统筹), or a 是…的 (是哪个部门审批的) —
and the next opens with a modal or a "then" (要, 需要, 那, 又), a 医保 term, or is a question its own
particle closes. A question word that names the thing asked for (什么病, 哪个医院) or a whether asked of
who does it (要不要我们…) closes nothing, nor a whether closed by a bare verb before its object
(能不能交|生育保险); a found end that falls inside a word (咋个报|销) is no end."""
import pytest

from corpus.normalize import clean
from intents.message import clauses, voiced
from tests.helpers import answer, ids


def read(engine, text):
    return clauses(voiced(clean(text), engine.index.segmenter.cut, engine._topic_word))


@pytest.mark.parametrize("said, parts", [
    # 是…的, then a 医保 term
    ("医疗救助是哪个部门审批的大病保险比例好多", ["医疗救助是哪个部门审批的", "大病保险比例好多"]),
    # how, and what it is done to, then a question closed by its own 不
    ("住院咋个报销手机上查得到不", ["住院咋个报销", "手机上查得到不"]),
    # whether there is one, then a modal
    ("长治有没有门诊统筹要交好多钱", ["长治有没有门诊统筹", "要交好多钱"]),
    ("门特怎么申请需要准备什么材料", ["门特怎么申请", "需要准备什么材料"]),
    # how much, then the other group asked with 又
    ("在职的个人账户按好多比例划退休的又是好多", ["在职的个人账户按好多比例划", "退休的又是好多"]),
    # a particle closes the first (not 另外 as "separately" announcing another question)
    ("慢病是啥子名堂嘛要另外交钱不", ["慢病是啥子名堂嘛", "要另外交钱不"]),
    ("听说断保了要补交好多钱真的假的啊那还有啥影响", ["听说断保了要补交好多钱", "真的假的啊", "那还有啥影响"]),
    # (spaced clauses, one of them two questions run together)
    ("在外地住院咋个备案 手机上办得到不", ["在外地住院咋个备案", "手机上办得到不"]),
    # the phone asked with its particle, then what the asker will do
    ("我想问下慢病认定的事情医保窗口的电话是好多嘛我要打过去问", ["我想问下慢病认定的事情医保窗口的电话是好多嘛", "我要打过去问"]),
])
def test_two_questions_run_together_are_read_apart(engine, said, parts):
    assert read(engine, said) == parts


@pytest.mark.parametrize("said", [
    "什么病能办慢病嘛",
    "哪个医院要交押金",
    "两病的待遇要不要我们自己去交资料嘛",
    "门诊统筹一年最多报多少钱",
    "我妈住院了医保能报多少",
    # (够不上 is "does not reach", no yes-or-no's 不; 他那个 is his condition, not a question pointed back)
    "医生说他那个够不上慢病就是轻的那种",
    # (the 医保 term after a whether's bare verb is its object: never "能不能交|生育保险")
    "灵活就业的能不能交生育保险费率好多",
])
def test_one_question_stays_one(engine, said):
    assert len(read(engine, said)) == 1


@pytest.mark.parametrize("spaced, region", [
    ("巴中有没有长期护理保险 要交好多钱", "巴中"),
    ("退休了个人账户是按好多比例划 在职的又是好多", "巴中"),
    ("在外地住院咋个备案 手机上办得到不", "巴中"),
])
def test_the_same_entries_with_or_without_stops(engine, spaced, region):
    typed = spaced.replace(" ", "")
    assert ids(answer(engine, typed, region=region)) == ids(answer(engine, spaced, region=region))
