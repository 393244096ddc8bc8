"""A household's yearly 居民 fees (巴中 第三章 六问: 400 a person; 孤儿 and 特困 paid in full): a
grandchild is a member whose category is said (孙女是孤儿 … 三个人); a household's sum asserted ("我们
四个人要交两千是不是") is computed and checked against the household's total, never one person's fee;
a twin brother is a sibling, not a birth; 长护险 set aside (不要长护) is not added. Own phrasings."""
from tests.helpers import answer as ask
from tests.helpers import computed


def test_a_grandchild_of_a_category_pays_its_own_share(engine):
    # 孤儿 0, the two grandparents 400 each: 800
    r = computed(ask(engine, "外孙女是孤儿跟着我们 我和老伴 三个人2026年合疗一共交多少", region="巴中"), 800)
    assert "0 × 3" not in r.text, r.text


def test_a_households_asserted_sum_is_checked_against_its_total(engine):
    # 4 × 400 = 1600, not 2000
    r = computed(ask(engine, "我们四个人合疗要交两千是不是", region="巴中"), 1600)
    assert r.text.startswith("不是2000"), r.text
    assert "个人缴费标准是400元" not in r.text.splitlines()[0], r.text


def test_a_households_right_sum_is_confirmed(engine):
    r = computed(ask(engine, "我们两个人合疗要交800是吧", region="巴中"), 800)
    assert r.text.startswith("对"), r.text


def test_twin_siblings_are_two_students_not_a_birth(engine):
    # 克拉玛依 2026 校区学生 400 each; 长护险 left out as asked
    r = computed(ask(engine, "我和双胞胎姐姐都在校区读书 2026年医保我们两个人一共交多少 不要长护", region="克拉玛依"), 800)
    assert "生育" not in r.text, r.text
    from intents.slots import extract
    assert not extract("2026年医保两个人一共交多少 不要长护").get("with_ltc")
    assert extract("2026年医保两个人一共交多少 加长护").get("with_ltc")


def test_a_class_counted_pays_each_its_fee(engine):
    # 克拉玛依 2026 校区学生 400 each: 25 × 400 = 10000; with 长护险 53: 25 × 453 = 11325
    r = computed(ask(engine, "我们班25个人 2026年克拉玛依居民医保 一共交多少", region="克拉玛依"), 10000)
    assert "全家" not in r.text and "不合理" not in r.text, r.text
    r = computed(ask(engine, "我们班25个人 2026年克拉玛依居民医保都加长护险 一共交多少", region="克拉玛依"), 11325)


def test_a_household_is_still_bounded(engine):
    from intents.slots import extract
    assert extract("我们家30个人 合疗一共交多少").get("people") is None


def test_a_large_household_counted_is_computed_up_to_the_calculators_size(engine):
    # one cap for a household's size (calculators.common.MAX_HOUSEHOLD), in reading and computing
    # alike: 15 × 400 = 6000 (巴中 第三章 六问); beyond it the count is not taken as a household
    from calculators.common import MAX_HOUSEHOLD
    from intents.slots import extract
    computed(ask(engine, "我们家15口人 合疗一共交好多", region="巴中"), 6000)
    assert extract(f"我们家{MAX_HOUSEHOLD}口人 合疗一共交好多").get("people") == MAX_HOUSEHOLD
    assert extract(f"我们家{MAX_HOUSEHOLD + 1}口人 合疗一共交好多").get("people") is None
