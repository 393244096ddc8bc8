"""Where and when, asked in ways the ninth places set showed to be misread. Own phrasings, through
the real engine."""
import pytest

from corpus.typos import Repairer
from tests.helpers import answer as ask

# ---- an asserted figure is compared only with figures of its own kind --------------------------

@pytest.mark.parametrize("text, right", [
    ("平昌的 二病 糖尿病一年报600是吧", "300"),
    ("南江 我妈二病高血压 一年最多能报350对不对", "200"),
])
def test_a_benefit_named_in_other_words_is_checked_against_that_benefit(engine, text, right):
    # 二病 is 两病 (the search's synonym): never "corrected" with the 住院 annual limit
    reply = ask(engine, text)
    assert reply.kind == "faq" and right in reply.text
    assert "140000" not in reply.text and "110000" not in reply.text


def test_a_figure_of_no_named_benefit_is_not_corrected_with_another_benefits_row(engine):
    reply = ask(engine, "巴中的 一年最多报400对吧", region=None)
    assert "住院统筹基金年度最高支付限额" not in reply.text


@pytest.mark.parametrize("text", ["巴中大病保险是不是按六成报", "巴中大病保险还是按6成、7成和8成五报吗"])
def test_a_share_paid_by_for_a_benefit_is_its_refund_rate_not_a_contribution_rate(engine, text):
    reply = ask(engine, text)
    assert reply.kind == "faq" and "对" in reply.text and "60%" in reply.text
    assert "费率" not in reply.text


def test_tenths_of_a_share_are_read_with_it(engine):
    # 八成五 is 85% (and its 五 never repaired into 五保, which would make the asker 特困)
    reply = ask(engine, "巴中大病保险20万以上是不是报八成五")
    assert reply.kind == "faq" and reply.text.startswith("对") and "85%" in reply.text


def test_a_numeral_going_on_a_figure_is_never_repaired_into_a_term():
    fixer = Repairer(["五保", "医保"], ["报", "成"])
    assert fixer.repair(["七成", "五报"])[0] == "七成五报"
    assert fixer.repair(["一保"])[0] == "医保"


def test_a_category_not_said_is_the_ordinary_row_with_the_others_beside_it(engine):
    reply = ask(engine, "克拉玛依学生的大病保险起付线是不是一万八")
    assert reply.kind == "faq" and "21000" in reply.text and "10500" in reply.text


def test_a_year_past_the_handbooks_is_named_beside_a_checked_figure(engine):
    reply = ask(engine, "巴中大病保险2028年是不是还报六成")
    assert "2028" in reply.text and "60%" in reply.text


# ---- an uncovered place asking about its own policy is declined, not asked where ---------------

@pytest.mark.parametrize("text, place", [
    ("宜宾南溪的 合疗住院报好多", "宜宾"),                 # places written together
    ("伊宁市 居民医保一年交多少", "伊宁"),                 # a break after the place
    ("遂宁低保户 住院能报几成", "遂宁"),                   # the place's people named by their category
    ("俺是祁县的，俺们这边居民医保住院起付线多少", "祁县"),  # "our place's" rule, whatever care it asks
    ("我是绵阳的职工医保 在长治上班 在长治和平医院住院了 绵阳医保咋报 能报几成", "绵阳"),
])
def test_an_uncovered_place_asking_its_own_policy_is_declined_with_the_hotline(engine, text, place):
    reply = ask(engine, text)
    assert reply.kind == "unanswered" and place in reply.text and "12393" in reply.text, reply.text


@pytest.mark.parametrize("text, region", [
    ("巴中合疗 在达州宣汉住院了 能报几成", "巴中"),
    ("我在巴中上班 单位交的职工医保 住院报几成", "巴中"),
    ("长治居民医保 去郑州看病住院 没备案 报销比例降多少", "长治"),
])
def test_an_insured_person_treated_elsewhere_is_answered_for_their_region(engine, text, region):
    reply = ask(engine, text)
    assert reply.kind in ("faq", "calculation", "clarify") and "12393" not in reply.text, reply.text
    assert reply.region in (region, None)


# ---- a county's own list, asked with a reason told after the question ---------------------------

@pytest.mark.parametrize("text, needle", [
    ("巴州区哪些医院可以认定特病 我妈要做透析", "市中心医院"),
    ("南江有没有双通道药店 医生开的国谈药医院缺货", "粮影巷"),
])
def test_a_county_named_asking_which_hospitals_or_pharmacies_gets_that_countys_list(engine, text, needle):
    reply = ask(engine, text)
    assert reply.kind == "faq" and needle in reply.text, reply.text


def test_a_where_to_register_question_keeps_the_regions_own_page(engine):
    # (which hospitals or pharmacies only: "在哪儿登记" is the rule for everyone, not a county's list)
    reply = ask(engine, "我嫁到平昌了 户口也迁过来了 合疗在哪儿登记")
    assert "便民服务中心" in reply.text.split("如果不是")[0]


# ---- a hospital's grade said in words decides 长治's 收费 class ------------------------------------

@pytest.mark.parametrize("text", ["我们县医院是二乙的 合疗住院起付线是多少", "合疗 在县里的二级乙等医院住院了 起付线好多"])
def test_a_county_hospital_said_to_be_second_grade_b_is_the_third_fee_class(engine, text):
    reply = ask(engine, text, region="长治")
    assert reply.kind == "faq" and "100元" in reply.text and "85%" in reply.text, reply.text
    assert "400元" not in reply.text


def test_a_grade_said_is_never_answered_with_another_grades_row(engine):
    reply = ask(engine, "长治居民 二级甲等的乡镇中心卫生院住院 起付线多少", region="长治")
    assert "三类收费标准（二级乙等及以下）医院住院，起付标准100元" not in reply.text, reply.text


# ---- a place an entry is about is not said as 外地; who a whole guide is for is no page's topic ----

def test_a_place_of_care_an_entry_is_about_stays_itself(engine):
    reply = ask(engine, "石大的学生 在乌鲁木齐住院备案 就医地怎么填")
    assert "自治区本级" in reply.text, reply.text
    assert engine.index.names_place("乌鲁木齐") and not engine.index.names_place("北京")


@pytest.mark.parametrize("text, needle", [
    ("石大学生 回老家户籍地办长期备案 要传哪些材料", "户口"),
    ("克校的 临时去外地看病办备案 上传什么材料", "身份证"),
])
def test_each_kind_of_filing_has_its_own_materials(engine, text, needle):
    # the four 备案 pages of the students' guide say "要上传什么材料" alike: the kind named decides
    reply = ask(engine, text)
    assert reply.kind == "faq" and needle in reply.text.split("如果不是")[0], reply.text


def test_the_campus_named_by_its_abbreviation_is_the_region(engine):
    # cupk (cupk.edu.cn): the 克拉玛依 campus, as its students write it
    reply = ask(engine, "CUPK的 医保今年交费几号截止")
    assert reply.kind == "faq" and "1月10日" in reply.text, reply.text
