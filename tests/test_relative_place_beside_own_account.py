"""An uncovered place that is only where a relative is insured or lives, in a question on the asker's
own account (巴中 第一章 三十四、三十五: 医保钱包, 近亲属之间个人账户资金跨省共济; 第七章 二问: 家庭共济):
the asker's account follows the asker's region — the one the asker names, else the chat's — and the
relative's place is not taken for a question on that place's policy. Where the question is the
relative's own benefits, it is still that place's. Wordings of our own."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer, ids


@pytest.mark.parametrize("text,region,unsupported", [
    # the asker's place said, the relative's place uncovered: the asker's region
    ("我在长治上班 爸妈是乌鲁木齐的 能用我的个人账户给他们买药吗", "长治", None),
    ("俺在巴中打工 老婆在成都参的保 俺的医保卡能给她用不", "巴中", None),
    # no place of the asker's said: none named (the chat's region holds)
    ("我老婆在西安参的保 我的医保钱包能给她交居民医保不", None, None),
    ("娃在成都读书 那边参的学生医保 我医保卡里的钱能给他用不", None, None),
    ("我爸妈都在重庆 我的职工医保个人账户能转钱给他们不", None, None),
    # ... but the relative's own benefits are their place's
    ("我爸妈在重庆参的保 他们住院怎么报", None, "重庆"),
    ("我妈在西安交的医保 住院报多少", None, "西安"),
    # ... and the asker's own place, uncovered, is still the asker's
    ("我在成都上班 我爸妈在重庆参的保 我的医保账户能给他们用不", None, "成都"),
    ("我在西安交的职工医保 我的个人账户能给我妈用不", None, "西安"),
])
def test_the_place_read(text, region, unsupported):
    hit = detect_region(text)
    assert (hit.region, hit.unsupported) == (region, unsupported)


@pytest.mark.parametrize("text,chat,place", [
    ("我在巴中上班 老婆在成都参的保 我的医保钱包能给她交居民医保不", None, "成都"),
    ("俺爸妈在乌鲁木齐参的保 俺医保账户的钱能不能转给他们用", "巴中", "乌鲁木齐"),
])
def test_answered_from_the_askers_region(engine, text, chat, place):
    r = answer(engine, text, region=chat)
    assert r.kind == "faq", r.text
    assert r.region == "巴中"
    assert "医保钱包" in r.text or "共济" in r.text
    assert all(i.startswith("bz-") for i in ids(r)), ids(r)
    # the relative's own side is their place's, said so (no handbook of it)
    assert f"您家人在{place}那边" in r.text and f"没有{place}的手册" in r.text


def test_no_relative_no_note(engine):
    r = answer(engine, "我的医保钱包能给老婆交居民医保不", region="巴中")
    assert "您家人在" not in r.text
