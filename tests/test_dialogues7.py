"""Conversations, round 7: a follow-up that says its amount again computes on that amount; a group
said not to be the asker's; another question asked first while a form waits."""
import pytest

from tests.helpers import nums, talk


# ---- the same amount said again is that amount, not one more to add -----------------------

@pytest.mark.parametrize("turns,region,figure,wrong", [
    # 巴中居民 二级 (20000-400)×70%… as the follow-up changes only the hospital
    (["城乡居民 三级医院住院花了两万 能报多少", "那换到二级医院呢 也是两万"], "巴中", 13720, None),
    # 克拉玛依学生 一级门诊：first (100-10)×70%=63; a later visit halves the deductible: (100-5)×70%=66.5
    (["学生医保 一级医院看门诊花了100 今年头一回 报多少", "那第三次去呢 也花了100"], "克拉玛依", 66.5, 133),
    # 巴中职工 转诊 二级 (20000-1000)×77%
    (["职工医保 二级医院住院两万 能报多少", "如果转诊到重庆的二级医院 同样是2万呢"], "巴中", 14630, None),
    # traditional script, the tier and the amount both said again
    (["職工醫保 三級醫院住院 花了兩萬 報多少", "那轉診去成都的呢 也是三級 兩萬"], "巴中", None, None),
])
def test_an_amount_said_again_is_not_added(engine, turns, region, figure, wrong):
    first, again = talk(engine, turns, region=region)
    assert first.kind == "calculation" and again.kind == "calculation", again.text
    said = first.calculation.inputs.get("cost") or first.calculation.inputs.get("amount")
    assert (again.calculation.inputs.get("cost") or again.calculation.inputs.get("amount")) == said, again.text
    if figure is not None:
        assert figure in nums(again), again.text
    if wrong is not None:
        assert wrong not in nums(again)


def test_an_added_item_still_adds_its_amount(engine):
    rs = talk(engine, ["高血压两病 降压药一年六百 能报多少", "糖尿病我也有 降糖药也是六百 两个合起来算"], region="巴中")
    assert rs[-1].kind == "calculation" and 500 in nums(rs[-1]), rs[-1].text


# ---- a group said not to be the asker's ----------------------------------------------------

@pytest.mark.parametrize("fix", ["说错了 我们家不是低保", "不对 没评上低保 就是一般家庭", "我们并非低保户"])
def test_a_group_denied_is_the_ordinary_rate(engine, fix):
    first, fixed = talk(engine, ["居民医保 大病保险 基本医保报完自付还有3万 低保户能赔多少", fix], region="巴中")
    assert first.kind == "calculation" and 14804.4 in nums(first), first.text          # (30000−7224)×65%
    assert fixed.kind == "calculation" and 9331.2 in nums(fixed), fixed.text           # (30000−14448)×60%


def test_a_group_denied_then_another_named(engine):
    (r,) = talk(engine, ["居民医保 大病保险 基本医保报完自付还有3万 不是低保 是特困 能赔多少"], region="巴中")
    assert r.kind == "calculation" and 14804.4 in nums(r), r.text


# ---- another question asked first while a form waits ---------------------------------------

@pytest.mark.parametrize("side", ["顺便问一下 省内异地住院用备案不 不备案行不行",
                                  "先问个事 在省内别的市住院 要不要备案"])
def test_a_side_question_is_answered_and_the_form_waits(engine, side):
    rs = talk(engine, ["城乡居民医保 住院花了5000 能报多少", side, "二级乙等"], region="长治")
    assert rs[0].kind == "clarify"
    assert rs[1].kind == "faq" and "备案" in rs[1].text, rs[1].text
    assert rs[2].kind == "calculation" and 4165 in nums(rs[2]), rs[2].text        # (5000−100)×85%


# ---- a later stay's hospital changed keeps the earlier stay --------------------------------

def test_a_later_stay_moved_to_a_higher_tier_pays_the_difference(engine):
    rs = talk(engine, ["今年在一级医院住过一回 这次又在一级住了 花了3000 学生医保报多少", "要是这次是在三级医院呢"],
              region="克拉玛依")
    assert rs[0].kind == "calculation" and 2550 in nums(rs[0]), rs[0].text      # 3000×85%, no deductible again
    # the earlier stay's 100 paid: only 600−100 more, (3000−500)×65%
    assert rs[1].kind == "calculation" and 1625 in nums(rs[1]), rs[1].text


# ---- a correction after a rule was answered asks that rule for the corrected case ----------

def test_a_corrected_disease_after_a_rule_gets_the_rule_not_the_next_question(engine):
    rs = talk(engine, ["长治城乡居民 有糖尿病 两病用药一年封顶多少", "说错了 是1型糖尿病"])
    assert rs[1].kind == "faq" and "480" in rs[1].text, rs[1].text


# ---- a cancel and a new question in one message ---------------------------------------------

def test_a_cancel_with_a_question_ends_the_form_and_answers(engine):
    rs = talk(engine, ["住院花了两千 帮我算下", "不用了 谢谢 我再问个 医保电子凭证怎么激活", "三级"], region="巴中")
    assert rs[0].kind == "clarify"
    assert rs[1].kind == "faq" and "激活" in rs[1].text and "还差一项" not in rs[1].text, rs[1].text
    assert rs[2].kind != "calculation"          # the form was ended: "三级" computes nothing


# ---- another topic of the same case --------------------------------------------------------

@pytest.mark.parametrize("turns,needle", [
    (["城乡居民 生孩子能报多少", "那产前检查呢"], "500"),
    (["职工医保 剖宫产住院花了七千 生育能报多少", "产检费呢"], "800"),
])
def test_a_topic_follow_up_keeps_the_case(engine, turns, needle):
    rs = talk(engine, turns, region="巴中")
    assert rs[-1].kind == "faq" and needle in rs[-1].text, rs[-1].text


# ---- a message that names its topic and asks nothing yet -----------------------------------

@pytest.mark.parametrize("text,topic", [("俺想问一下 医保钱包的事", "医保钱包"), ("关于异地就医的问题 想咨询下", "异地就医"),
                                        ("我来问问生孩子方面的事情", "生孩子")])
def test_a_topic_announced_is_asked_back(engine, text, topic):
    (r,) = talk(engine, [text], region="巴中")
    assert r.kind == "clarify" and topic in r.text and len(r.suggestions) >= 2, r.text


def test_a_topic_announced_then_the_question(engine):
    rs = talk(engine, ["想问下住院的事情", "城乡居民在三级医院住院花了两万 报多少"], region="巴中")
    assert rs[0].kind == "clarify"
    assert rs[1].kind == "calculation" and 11580 in nums(rs[1]), rs[1].text


# ---- a place follow-up with the scheme or group said with it -------------------------------

def test_a_place_follow_up_with_its_group(engine):
    rs = talk(engine, ["长治城乡居民大病保险起付线多少", "那咱们克拉玛依校区学生的呢"])
    assert rs[1].kind == "faq" and rs[1].region == "克拉玛依" and "21000" in rs[1].text, rs[1].text


# ---- years said by their last two digits ---------------------------------------------------

@pytest.mark.parametrize("text,gap", [("23、24年都没交医保", 2), ("22 23 24三年都没参保", 3), ("24和25年都断保了", 2)])
def test_two_digit_years_in_a_list_are_years(text, gap):
    from intents.slots import extract
    ex = extract(text)
    assert ex.get("gap_years") == gap and "amount" not in ex.values, ex.values


def test_a_follow_up_with_two_digit_years_changes_the_gap(engine):
    rs = talk(engine, ["2024年没交 2025年3月5号才交 等待期多久", "要是23 24两年都没交 25年集中期交呢"], region="巴中")
    assert rs[1].kind == "calculation" and "4 个月" in rs[1].text, rs[1].text


def test_a_shrug_before_a_fact_is_no_cancel(engine):
    rs = talk(engine, ["居民医保住院花了六千 帮我算算", "算了 就按二级算吧"], region="巴中")
    assert rs[1].kind == "calculation" and 3920 in nums(rs[1]), rs[1].text     # (6000−400)×70%
