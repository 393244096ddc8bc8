"""Round 36's review: confident replies the merged work gave for a case it did not fit, each through the real
engine with phrasings of our own — a household's rest counted besides a funded member in more ways (no 人, a
list of members, the others of the same group); a subsidised group's stay elsewhere neither filed nor referred
(its 医疗救助 and its 大病 rate are that case's)."""
from tests.helpers import answer as ask
from tests.helpers import computed


# ---- 巴中 第三章 六问: the rest of a household besides a funded member ------------------------------------

def test_the_rest_counted_with_no_person_word_are_members_too(engine):
    # 奶奶 特困 (0) and two more at 400: 800 for three — never her fee alone given for the household's sum
    r = computed(ask(engine, "我奶奶是特困 其他的还有2个 合疗全家一共交好多", region="巴中"), 800)
    assert "全家 3 人" in r.text, r.text


def test_the_rest_listed_member_by_member_after_a_funded_asker(engine):
    # the asker 低保 (100), 老伴 and two children at 400 each: 1300 for four
    r = computed(ask(engine, "我是低保户 另外还有我老伴和两个娃娃 合疗总共交多少", region="巴中"), 1300)
    assert "全家 4 人" in r.text, r.text


def test_the_rest_said_of_the_same_group_are_all_of_it(engine):
    # the asker and three more, all 低保 (100 each): 400 for four — not the three others alone
    r = computed(ask(engine, "我是低保 屋头还有三个人也是低保 合疗一共交好多", region="巴中"), 400)
    assert "全家 4 人" in r.text, r.text
