"""A diabetes said to have no complication ("就是普通的 莫得并发症", "没并发症") is the handbook's 轻症 one —
巴中's 两病 (50%, 300元 a year, 第四章十九问) — not the 慢病 "糖尿病伴并发症" (第四章三问) its name alone
finds; asked alone, as a relative's other condition after a question, and through the batch contract."""
import pytest

from tests.helpers import ids, talk


@pytest.mark.parametrize("question", [
    "我老伴糖尿病 莫得并发症 在吃药 一年报好多",
    "我妈有糖尿病 没有并发症 吃降糖药 合疗一年能报好多",
    "糖尿病无并发症 一年最多报多少",
])
def test_diabetes_without_complication_is_the_two_diseases_page(engine, question):
    *_, r = talk(engine, [question], region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-4-19-tnb" and "300" in r.text, r.text


def test_a_relatives_diabetes_after_ones_own_chronic_disease(engine):
    *_, r = talk(engine, ["我有高血压 二级的 吃了好多年药 合疗门诊一年能报好多",
                          "那我老婆糖尿病呢 就是普通的 没并发症 在吃药"], region="巴中")
    assert r.kind == "faq" and ids(r)[0] == "bz-4-19-tnb" and "300" in r.text and "50%" in r.text, r.text


def test_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"d": ("巴中", ["我有高血压 二级的 吃了好多年药 合疗门诊一年能报好多",
                                           "那我老婆糖尿病呢 就是普通的 没并发症 在吃药"])})
    assert rows["d-1"]["kind"] == "faq" and "300" in rows["d-1"]["text"]
