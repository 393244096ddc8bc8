"""A disease pointed back at ("俺邻居也是这病 他能办不", "我舅也是这个病") is the one the question before named,
and "对了" glued before a new question is no word of it. Through the real engine and the batch contract."""
import pytest

from intents.acts import with_disease_before
from tests.helpers import ids, talk


@pytest.mark.parametrize("text, before, read", [
    ("俺邻居也是这病 他能办不", "俺有风湿性心脏病 一个月报多少", "俺邻居也是风湿性心脏病 他能办不"),
    ("我舅舅也是这个病 能报好多", "恶性肿瘤门诊治疗 合疗咋报", "我舅舅也是恶性肿瘤门诊治疗 能报好多"),
    ("这个病种要带啥材料", "我有尿毒症 要透析 能办门特吗", "尿毒症要带啥材料"),   # the 病种 pointed at, whole
    ("那这病房一天好多钱", "高血压慢病能报多少", None),          # a ward, not a disease
    ("也是这病 糖尿病", "高血压慢病能报多少", None),              # names its own
    ("他也是这病", "住院起付线好多", None),                      # nothing to point at
])
def test_the_disease_pointed_at(text, before, read):
    assert with_disease_before(text, before) == read


def test_a_neighbour_with_the_same_disease_gets_whether_it_is_still_taken(engine):
    # (长治 居民三类门诊慢性病: 已纳入人员可继续享受，但不再新纳入人员)
    *_, r = talk(engine, ["俺有风湿性心脏病 早就办了门诊慢性病 现在还能报不", "俺表哥刚查出来也是这病 他能办不"],
                 region="长治")
    assert r.kind == "faq" and "不再新纳入" in r.text, r.text


@pytest.mark.parametrize("question", [
    "对了我爸妈在长治老家 他们新农合住院一年最多报多少",
    "对了俺爸妈在长治 新农合住院一年封顶多少",
])
def test_by_the_way_glued_before_a_question_is_no_word_of_it(engine, question):
    *_, r = talk(engine, ["新生第一次弄医保 怎么参保登记", question], region="克拉玛依")
    assert r.kind == "faq" and ids(r)[0] == "cz-jm-22" and "7万" in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"n": ("长治", ["俺有风湿性心脏病 早就办了门诊慢性病 现在还能报不",
                                           "俺表哥刚查出来也是这病 他能办不"])})
    assert rows["n-1"]["kind"] == "faq" and "不再新纳入" in rows["n-1"]["text"]


def test_a_follow_up_pointing_at_the_disease_keeps_the_question_before(engine):
    # (巴中 第四章三问: 前列腺增生 居民600元、职工1000元 a year — the question before, asked for 职工)
    *_, r = talk(engine, ["我爸前列腺增生 办了门慢 城乡居民 一年能报好多", "那我是职工 要是我也得了这个病呢"],
                 region="巴中")
    assert r.kind == "faq" and "1000" in r.text, r.text
