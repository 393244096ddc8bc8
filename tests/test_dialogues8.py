"""Conversations, round 8: a later visit said as "又去了一次"; 两病 with the drugs' common names, its
rule asked with no sum, and a disease said beside or instead of the one before."""
import pytest

from tests.helpers import nums, talk


# ---- a later visit said with 又/再, no 门诊 named: the visit of the calculation before ------------

@pytest.mark.parametrize("later,figure", [
    # 克拉玛依学生 一级门诊 起付10 70%: a later visit halves the deductible: (60-5)×70% = 38.5
    ("后来又去了一次 还是60", 38.5),
    ("隔了两周再去 花了60", 38.5),
    ("第二回又跑了一趟 又是60块", 38.5),
])
def test_a_later_visit_halves_the_deductible(engine, later, figure):
    first, again = talk(engine, ["在一级医院看门诊 花了60 今年头一回看 能报多少", later], region="克拉玛依")
    assert first.kind == "calculation" and 35 in nums(first), first.text       # (60-10)×70%
    assert again.kind == "calculation" and figure in nums(again), again.text


# ---- 两病 ---------------------------------------------------------------------------------------

def test_the_drugs_common_name_finds_changzhi_two_diseases(engine):
    (r,) = talk(engine, ["长治合疗 俺爹天天吃降糖药 一年能报多少钱"])
    assert r.kind in ("faq", "clarify") and "360" in r.text and "480" in r.text, r.text


def test_a_second_question_on_the_same_answer_keeps_its_offer(engine):
    """"能报不 报多少": the second question lands on the first one's answer; the figure after is that form's."""
    rs = talk(engine, ["长治城乡居民 俺娘有高血压 吃降压药给报不 报多少钱", "一年花了四百 全是甲类药"])
    assert rs[0].kind == "faq" and "260" in rs[0].text, rs[0].text
    assert rs[1].kind == "calculation" and 240 in nums(rs[1]), rs[1].text       # 400×60%


def test_two_diseases_rule_asked_with_no_sum(engine):
    rs = talk(engine, ["我爸血压高 在吃降压药 巴中的 两病一般报多少", "一年花了三百"])
    # (a yield asked with no figure is a rule question: the rule, whatever the ranker's margin — the
    # form stays open, so the sum next is computed)
    assert rs[0].kind == "faq" and "50%" in rs[0].text and "200" in rs[0].text, rs[0].text
    assert rs[1].kind == "calculation" and 150 in nums(rs[1]), rs[1].text       # 300×50%


@pytest.mark.parametrize("turns,region,figure", [
    # "也是甲类": the drugs' class said the same for a new patient, no second disease added (1型 480)
    (["长治居民 高血压两病 一年药费五百 甲类", "俺儿子是1型糖尿病 一年药费九百 也是甲类的"], None, 480),
    # "那高血压呢 也是…": 高血压 instead of 糖尿病 (克拉玛依 高血压 限额 700)
    (["克拉玛依 糖尿病两病 一级医院 一年药费1600 报多少", "要是高血压呢 也是1600"], None, 700),
    # beside it with a bill of its own: that disease's sum (克拉玛依 糖尿病 1200×50%)
    (["克拉玛依校区 两病 高血压 药费一年600", "我还有糖尿病 糖尿病的药一年1200"], None, 600),
])
def test_a_disease_instead_is_not_added(engine, turns, region, figure):
    rs = talk(engine, turns, region=region)
    assert rs[-1].kind == "calculation" and figure in nums(rs[-1]), rs[-1].text


def test_two_diseases_told_together_are_added(engine):
    rs = talk(engine, ["巴中 我妈高血压 没到慢病标准 降压药一年四百", "她还有糖尿病 两种病的药加起来一年一千"])
    assert rs[-1].kind == "calculation" and 500 in nums(rs[-1]), rs[-1].text    # 1000×50% = 500, 两病 cap 500


# ---- a question on what the question before named, asked further -------------------------------

@pytest.mark.parametrize("turns", [
    ["长治的城乡居民 到外省住院用备案吗", "没备案会有啥后果"],
    ["长治居民医保 去北京住院要不要备案", "不备案有啥影响"],
])
def test_what_follows_from_not_filing_is_asked_not_told(engine, turns):
    """"没备案会有啥后果" after "要备案吗" asks what not filing costs (长治居民 10%); it is no answer to
    the offered calculation (no question for the hospital's tier), and it is read with the stay before."""
    rs = talk(engine, turns)
    assert rs[-1].kind == "faq" and "10%" in rs[-1].text, rs[-1].text
    assert "哪一级" not in rs[-1].text


# ---- a terse follow-up on another topic of the case just computed ------------------------------

@pytest.mark.parametrize("follow", ["那产检的钱呢 能给多少", "产检费呢 补多少", "产检那个钱呢 报好多"])
def test_prenatal_allowance_asked_after_a_staff_birth(engine, follow):
    """After a 职工's birth computed, "产检…呢" is the 职工 产前检查费 (800), not 居民's (500) — nor a
    question back for how the child was born, which that sum does not turn on."""
    first, then = talk(engine, ["巴中职工医保 老婆剖宫产 政策范围内花了六千 生育能报多少", follow])
    assert first.kind == "calculation", first.text
    assert then.kind == "faq" and "800" in then.text, then.text
    assert "顺产、剖宫产" not in then.text


# ---- a place the handbooks do not cover, then "那<covered place>呢" with facts -------------------

@pytest.mark.parametrize("turns,needles", [
    (["我是西安的城乡居民 住院的起付标准是多少", "那巴中的呢 二级医院 也是居民"], ["400"]),
    (["郑州城乡居民医保住院起付线多少钱", "那长治呢 俺户口在长治 也是城乡居民"], ["1000"]),
])
def test_a_covered_place_asked_after_an_uncovered_one(engine, turns, needles):
    """The uncovered place is refused; "那巴中的呢 二级医院 也是居民" asks the same question of 巴中,
    with the facts told after the place (巴中居民 二级 起付 400)."""
    first, then = talk(engine, turns)
    assert first.kind == "unanswered", first.text
    assert then.kind in ("faq", "clarify", "unanswered") and all(n in then.text for n in needles), then.text
    assert "起付" in then.text, then.text


# ---- "那边" points back to the county the question before named --------------------------------

def test_there_is_the_county_named_before(engine):
    rs = talk(engine, ["我是通江的 巴中慢病在哪些医院认定", "那边的医保经办窗口在哪里 电话是多少"])
    assert rs[-1].kind == "faq" and "通江" in rs[-1].text, rs[-1].text
    assert "市民之家二楼" not in rs[-1].text
