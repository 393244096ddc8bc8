"""The fortieth numbers set's classes left after the first wave, each through the real engine with phrasings
of our own: a household's two schemes said before each one's bill (each bill on its owner's scheme, labelled
whose); two hospitals of one tier set side by side by their level (县级 / 省市级 rows), with the difference."""
from intents.acts import each_level
from intents.message import per_person
from tests.helpers import answer as ask
from tests.helpers import computed


# ---- a household's two schemes, each bill on its owner's ---------------------------------------------

def test_each_scheme_said_before_the_bills_goes_with_its_owners_bill():
    parts = per_person("我是合疗 媳妇是职工医保 都在县医院住的院 我用了6000 她用了3000 分别能报好多")
    assert len(parts) == 2, parts
    assert "合疗" in parts[0] and "职工" not in parts[0], parts
    assert "职工" in parts[1] and "合疗" not in parts[1], parts


def test_one_scheme_said_for_both_stays_with_every_bill():
    # ("老婆也是": the one scheme said is both's — never taken from one of them)
    parts = per_person("我是职工 老婆也是 我花了8000 她花了2000 各报多少")
    assert all("职工" in p for p in parts), parts


def test_a_couple_of_two_schemes_each_computed_on_their_own(engine):
    # 巴中 二级: 居民 400 / 70 %: (8000 − 400) × 70 % = 5320; 职工 400 / 82 %: (6000 − 400) × 82 % = 4592
    r = ask(engine, "我参加的新农合 我男人交的职工 两个都在二级医院住过院 我花了8000 他花了6000 各报多少",
            region="巴中")
    computed(r, 5320, 4592)
    assert "5,320" in r.text.split("【2】")[0] and "4,592" in r.text.split("【2】")[1], r.text


# ---- two hospitals of one tier, by level ---------------------------------------------------------------

def test_same_tier_at_two_levels_is_read_once_for_each():
    sides = each_level("居民医保 花了8000 县人民医院（二乙）住跟省医院（二乙）住 哪个报得多")
    assert sides is not None and len(sides) == 2, sides
    assert "县" in sides[0][1] and "省医院" not in sides[0][1], sides
    assert "省" in sides[1][1] and "县人民医院" not in sides[1][1], sides


def test_same_tier_at_two_levels_computes_each_and_the_difference(engine):
    # 长治 居民 三类收费: 县级 100 / 85 %: (20000 − 100) × 85 % = 16915; 省市级 400 / 75 %: (20000 − 400) × 75 % = 14700
    r = ask(engine, "城乡居民 住院两万 在县里的二乙医院住和在市里的二乙医院住 相差好多", region="长治")
    computed(r, 16915, 14700, 2215)


# ---- a later stay's hospital asked by which stay ---------------------------------------------------------

def test_the_tier_asked_of_a_later_stay_says_which_stay(engine):
    r = ask(engine, "居民医保 今年是第三次住院了 这回花了七千 报多少", region="巴中")
    assert r.kind == "clarify", r.text
    assert "第三次住院" in r.text and "哪一级" in r.text, r.text
