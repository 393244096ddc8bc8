"""A follow-up adding a second disease to the one asked of ("那我糖尿病也有呢", "她血压也高 …也有高血压")
asks for the case of both at once, as the handbooks say it (巴中 第四章 十九问: 同时患高血压、糖尿病的,
一个自然年度内累计最高支付限额为500元), not what the two diseases named side by side are (什么是两病).
Own phrasings, through the engine and the batch contract."""
import pytest

from tests.helpers import ids, talk


@pytest.mark.parametrize("first,then", [
    ("巴中 我妈血压高 一直吃降压药 还没到慢病的标准 门诊开药报不报", "她糖尿病也有呢"),
    ("巴中的 轻症糖尿病 吃降糖药 门诊买药能报销不", "要是高血压也有呢"),
])
def test_a_second_disease_added_asks_the_case_of_both(engine, first, then):
    r = talk(engine, [first, then])[1]
    # (the 两病 limits' rows each give the case of both too: 单患糖尿病300元 … 同时患 500元)
    assert r.kind == "faq" and ids(r)[0].startswith("bz-4-19") and "500" in r.text, r.text


def test_a_second_disease_added_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"both": ("巴中", ["我妈血压高 一直吃降压药 还没到慢病的标准 门诊开药报不报", "她糖尿病也有呢"])})
    second = rows["both-1"]
    assert second["kind"] == "faq" and "500" in second["text"] and "没有达到慢病认定标准" not in second["text"], second["text"]


@pytest.mark.parametrize("then", ["我还有糖尿病", "她同时还得了糖尿病"])
def test_a_second_disease_said_with_still_has_adds_it_to_the_computed_case(engine, then):
    # "我还有X": the same patient has one more disease — the bill computed under both diseases' limit
    # (600 × 50% = 300, within 同时患 500), not swapped for the other disease's (糖尿病 300)
    r = talk(engine, ["高血压 没办慢病 一年买降压药花了600 能报好多", then], region="巴中")[1]
    assert r.kind == "calculation" and "500" in r.text and "糖尿病年度最高支付限额" not in r.text, r.text


def test_a_second_disease_told_with_its_own_bill_is_that_disease_s_case(engine):
    # 克拉玛依 居民两病: 糖尿病 1500 × 50% = 750 (limit 1000) — "我还有糖尿病" with a bill of its own is
    # that disease's purchase, not both diseases' (the guide lists no limit for both at once)
    r = talk(engine, ["克拉玛依校区 两病 高血压 一年药费600 报多少", "我还有糖尿病 降糖药一年花了1500"])[1]
    assert r.kind == "calculation" and "750" in r.text, r.text
