"""Two people of two groups asked together: the asker names a companion ("我跟室友"), says the companion's
group by a pronoun or by the companion's family ("她家是特困"), and their own ("我是普通的"): each pays
by their own group, summed — never both at the group named first. Own phrasings, through the real engine."""
import pytest

from tests.helpers import answer as ask
from tests.helpers import computed, nums


@pytest.mark.parametrize("text,region,total,wrong", [
    # 巴中 第三章 六问: 2026 个人缴费 400；特困 全额资助 → 0 + 400
    ("合疗 我跟室友 她家是特困户 我是普通的 我俩合计交多少", "巴中", 400, 0),
    # 克拉玛依 2026 缴费通知: 校区学生 400；低保 个人缴 100 → 100 + 400
    ("居民医保 我和我男朋友都在校区 他是低保 我是一般学生 两个人总共交多少", "克拉玛依", 500, 200),
])
def test_each_person_pays_by_their_own_group(engine, text, region, total, wrong):
    r = computed(ask(engine, text, region=region), total, name="contribution")
    assert wrong not in nums(r.text.splitlines()[0]), r.text


def test_the_companions_group_alone_said_leaves_the_asker_ordinary(engine):
    # (the asker's own group unsaid: the ordinary fee, the working says so)
    r = computed(ask(engine, "合疗 我和同学 他是特困 两个人一共交好多", region="巴中"), 400, name="contribution")
    assert "普通" in r.text, r.text


def test_a_partner_named_in_a_question_of_cover_is_no_chat(engine):
    # 巴中 第三章 十一问: 乡镇卫生院 起付 100、90% → (2100 − 100) × 90% = 1800
    computed(ask(engine, "我女朋友在乡卫生院住院 合疗 合规2100 能报多少", region="巴中"), 1800)
    assert ask(engine, "你有女朋友没得", region="巴中").refusal == "out_of_scope"
