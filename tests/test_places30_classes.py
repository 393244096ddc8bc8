"""Classes read from the places-30 failures, each asked in our own words (none is in eval/):

- a stay in an uncovered place (work, living) with a scheme paid said after it, and a filing for care
  elsewhere said as done, the care there: one files 异地就医 only for care outside the place one is
  insured in — insured at home, the place is where care happened (the home region's rule, the one the
  message or the chat gives); a payment said straight after the place is still insurance there;
- the place said as where the scheme is paid with the payment or the scheme said before it ("医保也是在X
  交的", "交的是X的职工医保", "合疗在X"): insured there — an uncovered place's own policy, or of two
  covered regions named, the one paid in (never the asker's home region's figures);
- married or moved to an uncovered place, then a benefit asked of "那边" (她那边两病 …) with no scheme word:
  that place's policy, as with a scheme named;
- flexible employment in an uncovered place said in a clause of its own ("我在X灵活就业"): work there, so
  its 职工医保 asked is that place's, as "我在X上班" is;
- a covered region named only as where the asker stays (在长治住, 在克拉玛依女儿那住了一阵) and is treated,
  a filing said as done or not (办了长期备案, 没备案): insured elsewhere — the region is the place of care,
  the asker's region the one the chat gives; a payment there or a school there is still insurance there;
- a figure checked for a year still to come ("2032年还是85%吧") from material that dates none of its figures
  (长治's slides: no figures_year): not confirmed — what the material says now is given as such, that
  year's is for the office to publish; without a year, or a year the material's figures are for, as before."""
import pytest

from intents.regions import detect_region
from tests.helpers import answer, computed, talk


@pytest.mark.parametrize("text,region,unsupported", [
    # a stay there, the scheme paid, a filing said as done, care there: the home scheme
    ("我在西安上班 交的是城乡居民医保 在西安住院了 已经办了长期备案 能报多少", None, None),
    ("俺们在苏州打工 参的居民医保 办过异地备案 住院报多少", None, None),
    # ... the care in another place (the filing made toward it), a payment said straight after the place,
    # or no filing said: insurance there
    ("我在深圳打工 交的城乡居民医保 办了长期备案 回巴中住院报多少", None, "深圳"),
    ("在西安交的医保 办了备案 在西安住院报多少", None, "西安"),
    ("我在西安上班 单位交的职工医保 住院咋报", None, "西安"),
    # ... a filing only asked of: nothing told of where one is insured
    ("我在苏州打工 参的居民医保 要办异地备案吗", None, "苏州"),
    # ... the uncovered place asked of, as before
    ("西安的医保交多少", None, "西安"),
    ("我是西安人 住院报多少", None, "西安"),
])
def test_a_filing_said_beside_a_stay_elsewhere_is_the_home_scheme(text, region, unsupported):
    hit = detect_region(text)
    assert (hit.region, hit.unsupported) == (region, unsupported)


def test_a_filed_stay_elsewhere_is_computed_from_the_home_region(engine):
    # 巴中 第三章 十一问: 居民 长期备案 in the filing's place, 三级: 起付700元, 60% — (8000 − 700) × 60% = 4380
    r = answer(engine, "我在西安上班 交的是城乡居民医保 在西安一个三级医院住院 办了长期备案的 花了八千 都是目录内的 报好多",
               region="巴中")
    computed(r, 4380)
    assert r.region == "巴中", r.text


@pytest.mark.parametrize("text", ["西安的医保交多少", "我是西安人 住院报多少"])
def test_an_uncovered_place_asked_still_gets_no_covered_figure(engine, text):
    r = answer(engine, text, region="巴中")
    assert r.kind == "unanswered" and r.refusal == "uncovered_place", r.text


@pytest.mark.parametrize("text,region,unsupported", [
    ("我一直在西安住 医保也是在西安交的 住院报多少", None, "西安"),
    ("交的是重庆的合疗 回巴中住院报多少", None, "重庆"),
    ("我是巴中人 在长治上班 交的是长治的职工医保 门诊咋报", "长治", None),
    ("我在长治煤矿打工 合疗在巴中 住院咋报", "巴中", None),
    # (care in the place said so: no payment there)
    ("合疗在巴中住院 报多少", "巴中", None),
])
def test_the_payment_said_before_the_place_is_insurance_there(text, region, unsupported):
    hit = detect_region(text)
    assert (hit.region, hit.unsupported) == (region, unsupported)


def test_insured_in_the_region_worked_in_gets_no_home_region_figure(engine):
    # 长治's 职工 住院 table was an image (no figure): never 巴中's 职工 700元 / 82% in its place
    r = answer(engine, "我巴中人 在长治上班 交的是长治的职工医保 住院起付线是多少")
    assert r.region == "长治" and r.kind in ("unanswered", "clarify"), r.text
    assert "700" not in r.text and "82%" not in r.text, r.text


@pytest.mark.parametrize("text,region,unsupported", [
    ("我妹嫁到石家庄了 她那边慢病一年能报多少", None, "石家庄"),
    ("我姐嫁去郑州了 那边生娃能报好多", None, "郑州"),
    ("我妹嫁到石家庄了 回长治住院咋报", "长治", None),
])
def test_a_benefit_asked_there_after_moving_there_is_that_place_s(text, region, unsupported):
    hit = detect_region(text)
    assert (hit.region, hit.unsupported) == (region, unsupported)


def test_a_benefit_asked_there_after_moving_there_gets_no_chat_region_figure(engine):
    r = answer(engine, "俺妹子嫁到石家庄了 她那边两病糖尿病一年能报多少", region="长治")
    assert r.kind == "unanswered" and r.refusal == "uncovered_place" and "石家庄" in r.text, r.text


@pytest.mark.parametrize("text,region,unsupported", [
    ("我在宁波灵活就业 职工医保一个月交多少", None, "宁波"),
    ("我在宁波灵活就业 回巴中住院咋报", "巴中", None),
    ("灵活就业的 在宁波住院了 回来咋报", None, None),
])
def test_flexible_employment_there_is_work_there(text, region, unsupported):
    hit = detect_region(text)
    assert (hit.region, hit.unsupported) == (region, unsupported)


@pytest.mark.parametrize("text,region", [
    ("我跟闺女在长治住 办了长期备案 在长治住院报多少", None),
    ("我在克拉玛依儿子那住了半年 合疗的 在那边住院 没备案 报多少", None),
    # (no filing said, a payment there, a school there: the region, as before)
    ("我在长治住 住院报多少", "长治"),
    ("我在长治打工 交的长治职工医保 没备案 在那边住院报多少", "长治"),
    ("我在克拉玛依上学 寒假回家住院 没备案 能报不", "克拉玛依"),
])
def test_a_covered_region_stayed_in_with_a_filing_said_is_the_place_of_care(text, region):
    assert detect_region(text).region == region


def test_a_stay_in_another_covered_region_is_computed_from_the_chat_s(engine):
    # 巴中 第三章 十一问: 居民 长期备案, 三级 in the filing's place: (8000 − 700) × 60% = 4380 — not 长治's table
    r = answer(engine, "我跟儿子在长治住 办了异地长期居住备案 合疗在长治三级医院住院花了8000 都能报 报好多", region="巴中")
    computed(r, 4380)
    assert r.region == "巴中", r.text


@pytest.mark.parametrize("question", ["2035年居民医保两病高血压还是260吗", "2032年长治居民住院报销比例还是85%吧"])
def test_a_figure_of_undated_material_checked_for_a_year_to_come_is_not_confirmed(engine, question):
    *_, r = talk(engine, [question], region="长治")
    assert r.kind == "unanswered" and not r.text.startswith("对"), r.text
    year = question[:4]
    assert f"没有写{year}年的标准" in r.text, r.text


def test_a_figure_of_undated_material_checked_with_no_year_is_confirmed_as_before(engine):
    *_, r = talk(engine, ["居民医保两病高血压一年是260吧"], region="长治")
    assert r.kind == "faq" and r.text.startswith("对") and "260" in r.text, r.text
