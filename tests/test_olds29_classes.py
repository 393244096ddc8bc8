"""Classes earlier rounds left, through the real engine. Own phrasings.

- An uncovered place compared with a covered region before the question ("X的医保跟克拉玛依一样不 …"): the
  place asked about is the uncovered one; the covered region's figure is never stated as its own."""
import pytest

from corpus.normalize import as_read
from intents.regions import detect_region
from tests.helpers import answer, ids

# ---- an uncovered place compared with a covered region: the uncovered place is asked about -------------


@pytest.mark.parametrize("text, place, figure", [
    ("奎屯的居民医保跟克拉玛依一样不 大病保险起付线多少", "奎屯", "21000"),
    ("乌鲁木齐的学生医保和克拉玛依的有区别吗 一年交多少", "乌鲁木齐", "400"),
    ("成都的合疗跟巴中一样吗 住院起付线好多", "成都", "700"),
])
def test_an_uncovered_place_compared_with_a_covered_region(engine, text, place, figure):
    r = answer(engine, text)
    assert r.kind == "unanswered", r.text
    assert place in r.text and "12393" in r.text, r.text
    assert figure not in r.text and "来源" not in r.text, r.text


@pytest.mark.parametrize("text, region", [
    ("巴中的合疗和成都的有区别吗", "巴中"),          # the covered region is the one asked about
    ("在成都住院跟巴中一样报吗", "巴中"),             # care there, compared with home
])
def test_a_covered_region_asked_about_is_kept(text, region):
    assert detect_region(text).region == region


# ---- a stay counted inside its verb (住了两回院) is read whole in the question: a second stay's page -------


@pytest.mark.parametrize("text, region, entry", [
    # 克拉玛依 第7部分（一）: 同一等级医疗机构再次住院的，不再支付起付标准
    ("今年已经住过三回院了 起付线每次都扣吗", "克拉玛依", "ky-07-12"),
    ("一年里头住了两回院 第二回还扣门槛费不", "克拉玛依", "ky-07-12"),
])
def test_a_stay_counted_inside_the_verb_is_a_later_stay(engine, text, region, entry):
    r = answer(engine, text, region=region)
    assert ids(r)[:1] == [entry], r.text
    assert "不再支付" in r.text


@pytest.mark.parametrize("said, read", [
    ("住了两回院", "住院两次"), ("住过3次院", "住院3次"), ("住第二次院", "第二次住院"), ("回院里拿药", "回院里拿药"),
])
def test_the_question_reads_a_counted_stay_whole(said, read):
    assert as_read(said) == read


def test_the_pages_words_are_not_rewritten_by_it(engine):
    # the join is the question's reading only: the index's words for a page are as before
    assert "住院两次" not in engine.index.segmenter.rewrite("住了两回院")[0]


# ---- 门诊 in another province (长治 居民门诊统筹 备注2: 相同级别支付比例降低10个百分点): the tier's rate with the cut ------


@pytest.mark.parametrize("text, row, wrong", [
    ("居民医保在外省二级医院看门诊报多少", "二级：起付线0元，报销比例45%", "55%"),
    ("合疗 跨省在三级医院看的门诊 能报几成", "三级：起付线80元，报销比例35%", None),
])
def test_outpatient_in_another_province_gets_the_tiers_rate_less_the_cut(engine, text, row, wrong):
    r = answer(engine, text, region="长治")
    assert r.kind == "faq" and ids(r)[:1] == ["cz-jm-10"], r.text
    assert row in r.text and "10个百分点" in r.text, r.text
    if wrong:
        assert f"报销比例{wrong}" not in r.text, r.text


def test_outpatient_at_home_keeps_the_table(engine):
    r = answer(engine, "居民医保在二级医院看门诊报多少", region="长治")
    assert ids(r)[:1] == ["cz-jm-04"] and "55%" in r.text, r.text


def test_the_rows_are_read_from_the_policy_file():
    from calculators.outpatient import out_of_province_rows
    from calculators.policy import policy_for
    [(scheme, rows, sources)] = out_of_province_rows(policy_for("长治"), tiers=["二级"])
    assert scheme == "居民" and [(n, float(d), float(r)) for n, d, r in rows] == [("二级", 0.0, 0.45)]
    assert all(s.section == "居民门诊统筹" for s in sources)
    assert out_of_province_rows(policy_for("巴中")) == []        # no such cut in 巴中's file


# ---- a bare "医保咋整" after a story asks of the story: no reading drops it ----------------------------------


@pytest.mark.parametrize("text, region, entry, said", [
    # 克拉玛依 第9部分: 参加工作的，由用人单位…办理 (its own page, or the part's four cases)
    ("马上毕业了 找到单位上班了 医保咋整", "克拉玛依", ("ky-09-02", "ky-09-01"), "用人单位"),
    ("快毕业了 准备去单位上班 这个医保怎么办", "克拉玛依", ("ky-09-02", "ky-09-01"), "用人单位"),
])
def test_a_bare_how_asks_of_the_story(engine, text, region, entry, said):
    r = answer(engine, text, region=region)
    assert r.kind == "faq" and ids(r)[0] in entry, r.text
    assert said in r.text


def test_a_bare_how_keeps_every_reading_but_the_whole():
    from intents.message import parse
    [part] = parse("下个月毕业了 去上班了 医保咋整").parts
    assert part.readings == ["下个月毕业了 去上班了 医保咋整"], part.readings
