"""A region's weak cues (克拉玛依's 学长, 室友, 校医院 … in a question on 医保) are weaker than any place
known: in a chat whose default region is 巴中 or 长治 they never put the question at the campus (issue 9:
never answer for the wrong place); with no region known (a public chat), and in the 克拉玛依 chat, they
still place it there. Own phrasings, through the engine and the batch contract."""
import pytest

from tests.helpers import answer

QUESTIONS = ["在校医院看病能报销吗", "室友说医保要交多少钱", "学长说医保怎么备案", "辅导员让我们交医保 交多少"]
CAMPUS = ("克拉玛依", "校区", "新疆")


@pytest.mark.parametrize("region", ["巴中", "长治"])
@pytest.mark.parametrize("text", QUESTIONS)
def test_weak_cues_keep_the_chats_own_region(engine, region, text):
    r = answer(engine, text, region=region)
    # (a national rule may cite whichever handbook states it: the source line names no office of the campus)
    said = "\n".join(line for line in r.text.splitlines() if not line.startswith("来源"))
    assert not any(w in said for w in CAMPUS) and r.region in (region, None), (r.region, r.text)


@pytest.mark.parametrize("region", [None, "克拉玛依"])
@pytest.mark.parametrize("text", QUESTIONS[:3])
def test_weak_cues_still_place_the_campus_where_no_other_region_is_known(engine, region, text):
    r = answer(engine, text, region=region)
    assert "克拉玛依" in r.text, r.text


def test_the_strong_cues_still_place_the_campus_in_another_chat(engine):
    r = answer(engine, "学校医保一年交多少", region="巴中")
    assert "克拉玛依" in r.text or "校区" in r.text, r.text


def test_weak_cues_through_the_batch_contract(tmp_path):
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"bz": ("巴中", ["在校医院看病能报销吗"]), "cz": ("长治", ["在校医院看病能报销吗"]),
                             "pub": (None, ["在校医院看病能报销吗"]), "kl": ("克拉玛依", ["在校医院看病能报销吗"])})
    assert "克拉玛依" not in rows["bz-0"]["text"] and "巴中" in rows["bz-0"]["text"], rows["bz-0"]["text"]
    assert "克拉玛依" not in rows["cz-0"]["text"] and "长治" in rows["cz-0"]["text"], rows["cz-0"]["text"]
    assert "克拉玛依" in rows["pub-0"]["text"] and "克拉玛依" in rows["kl-0"]["text"], rows["pub-0"]["text"]


@pytest.mark.parametrize("region,deductible", [("巴中", "700"), (None, "600")])
def test_weak_cues_in_a_case_to_compute(tmp_path, region, deductible):
    """The calculation's form reads the region as the question does: a 巴中 chat's case is 巴中's."""
    from test_dialogues import _batch
    rows = _batch(tmp_path, {"s": (region, ["室友住院花了1万医保能报多少", "三级医院 居民医保"])})
    said = rows["s-1"]["text"]
    assert f"{deductible} 起付线" in said and ("克拉玛依" in said) == (region is None), said
