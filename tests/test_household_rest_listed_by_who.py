"""A household whose subsidised member is named ("婆婆是特困") and whose others are listed by who they
are — the asker and a spouse ("还有我和我男人", "我和老公两个人", "我们两口子"), or the asker beside
one said not of the group ("我和我妈不是") — pays each member's own share (巴中 第三章 六问: 2026 年
400 元; 特困 全额资助; 低保 个人缴费 100): the listed are counted, not left out of the sum."""

import pytest

from tests.helpers import answer, computed


@pytest.mark.parametrize("text,total", [
    # 特困 0 + 2 × 400 = 800
    ("公公是特困人员 家里还有我跟我老婆 2026年合疗一家一共交好多", 800),
    ("我和老公两个人 婆婆是特困 今年居民医保全家总共交多少", 800),
    # 低保 100 + 2 × 400 = 900
    ("我爸是低保 加上我们两口子 居民医保一共交多少", 900),
    # 特困 0 + 我 and 我妈 400 each = 800
    ("我爷爷是特困 我和我妈不是 一家一共交好多合疗", 800),
])
def test_the_members_listed_beside_the_subsidised_one_are_counted(engine, text, total):
    computed(answer(engine, text, region="巴中"), total, name="contribution")


def test_a_couple_of_one_group_is_still_that_group(engine):
    # 我和老伴都是低保: both 低保, 100 × 2 = 200 — not two ordinary members besides
    computed(answer(engine, "我和老伴都是低保 居民医保一共交多少", region="巴中"), 200, name="contribution")


@pytest.mark.parametrize("text,total", [
    # more members counted beside the couple: 特困 0 + (2 + 2) × 400 = 1600; 特困 0 + (2 + 1) × 400 = 1200
    ("婆婆是特困 屋头还有我和我男人 还有两个娃 一年居民医保交好多", 1600),
    ("婆婆是特困 我们两口子带一个娃 合疗全家一共交好多", 1200),
])
def test_the_members_counted_beside_the_couple_are_added(engine, text, total):
    computed(answer(engine, text, region="巴中"), total, name="contribution")


def test_a_couple_with_members_not_counted_is_no_total_of_three(engine):
    # ("还有娃": how many not said — never the couple and the subsidised one as the whole household)
    r = answer(engine, "婆婆是特困 屋头还有我和我男人 还有娃 一年居民医保交好多", region="巴中")
    assert "全家 3 人" not in r.text and "800" not in r.text, r.text
