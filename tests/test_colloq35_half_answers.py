"""Round 35's colloquial classes, through the real engine, in phrasings of our own:

- a page that answers only half of what a message asks is never stated as sure: the act told around
  the question (登记 on the platform) found for a question asking one field of it (参保地名称), whose
  own page goes first, shown as understood; a rule of what is paid that says nothing of where, found for
  care told in another city, shown as understood;
- a period's 限制 ("受不受缴费期限制") is whether it binds, not a deadline asked;
- a figure told before a hearsay clause ("…报65% 听说…还能提高") is the asker's fact, not a figure to check,
  and 门诊大病 (克拉玛依's outpatient diseases) is no 大病保险;
- pages reached by the words people use (one day's two visits, a filing left unused, 乌鲁木齐's 就医地)."""
import pytest

from corpus.normalize import normalize
from corpus.qtype import missing_answer
from intents import premise
from tests.helpers import answer, ids

UNDERSTOOD = "按我的理解"


def test_the_field_asked_goes_before_the_act_told_around_it(engine):
    r = answer(engine, "在新疆医保便民服务平台上做参保登记 参保地名称那一栏选啥", region="克拉玛依")
    # the registration page itself names the field since 78b610fe, so it may answer the whole question;
    # either way the field's choice is told, and the field's own page is never stated as sure
    assert ids(r)[:1] in (["ky-05-01"], ["ky-05-02"]), r.text
    assert "克拉玛依区" in r.text
    if ids(r)[:1] == ["ky-05-02"]:
        assert r.text.startswith(UNDERSTOOD), r.text


def test_the_act_asked_alone_is_still_stated(engine):
    r = answer(engine, "新疆医保便民服务平台参保登记的流程是啥", region="克拉玛依")
    assert ids(r)[:1] == ["ky-05-01"], r.text
    assert not r.text.startswith(UNDERSTOOD), r.text


def test_a_rule_with_no_place_is_not_sure_for_care_in_another_city(engine):
    r = answer(engine, "在运城看门诊拿了乙类药 合疗怎么报", region="长治")
    assert ids(r)[:1] == ["cz-jm-07"], r.text
    assert "5%" in r.text
    assert r.text.startswith(UNDERSTOOD), r.text


def test_the_same_rule_at_home_is_stated(engine):
    r = answer(engine, "看门诊拿了乙类药 合疗怎么报", region="长治")
    assert ids(r)[:1] == ["cz-jm-07"], r.text
    assert not r.text.startswith(UNDERSTOOD), r.text


def test_a_periods_limit_is_no_deadline_asked():
    page = "医疗救助对象参保缴费不受集中缴费期的限制，不设待遇等待期。"
    assert missing_answer(normalize("低保户交医保受不受缴费期限制"), page) is None
    assert missing_answer(normalize("缴费期限是到哪天"), page) == "截止"


def test_a_periods_limit_asked_finds_its_page(engine):
    r = answer(engine, "低保的学生参保 受不受集中缴费期限制", region="克拉玛依")
    assert ids(r)[:1] == ["ky-02-13"], r.text
    assert "不受" in r.text


def test_a_figure_told_before_hearsay_is_not_checked():
    assert premise.asserted("孩子门诊慢病报60% 听说一直交的话比例还能提高 最多提几个点") == []
    # (what was heard, doubted in a word or two, still checks the figure before it)
    assert premise.asserted("大病起付线1万 听说是真的")


def test_the_outpatient_diseases_are_no_serious_illness_insurance():
    assert premise._area("门诊大病报65%", "克拉玛依") != "serious"
    assert premise._area("大病保险报65%", "克拉玛依") == "serious"


def test_the_raise_asked_after_a_rate_told(engine):
    r = answer(engine, "侄女罕见病 门诊大病报65% 听说连续缴费能往上加 最多加到多少", region="克拉玛依")
    assert "5个百分点" in r.text, r.text
    assert not r.text.startswith(("对，", "不是")), r.text


@pytest.mark.parametrize("text, entry, needle", [
    ("同一天在一家医院看了两次门诊 起付线扣几回", "ky-07-04", "一次门诊"),
    ("转院备案办好了 隔了大半年才去 备案还能用吗", "ky-08-05", "作废"),
    ("放暑假在乌鲁木齐住院 异地备案就医地选哪个", "ky-08-13", "自治区本级"),
    ("结算单上的自付跟自费 看到脑壳都昏了", "bz-1-43", "全额"),
])
def test_pages_reached_by_the_words_people_use(engine, text, entry, needle):
    region = "巴中" if entry.startswith("bz") else "克拉玛依"
    r = answer(engine, text, region=region)
    assert ids(r)[:1] == [entry], r.text
    assert needle in r.text


def test_a_lone_character_of_how_it_is_asked_moves_no_page(engine):
    # (各, "each", is rare in the phrasings but says how the rates are asked: the page giving both stays first)
    r = answer(engine, "我妈办了两病 开的药里甲类乙类报销比例各多少", region="长治")
    assert ids(r)[:1] == ["cz-ld-03"], r.text
    assert "60%" in r.text and "50%" in r.text


def test_a_word_the_best_reading_dropped_moves_no_page(engine):
    # (a plan told after the question, 考研 at home, is not the 读研 page's case: the general page stays)
    r = answer(engine, "快毕业了 医保咋办 想在家再复习一年考研", region="克拉玛依")
    assert ids(r)[:1] == ["ky-09-01"], r.text
