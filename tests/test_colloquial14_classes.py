"""Classes of failure read on the strangers' colloquial-14 set, each asked in our own words through
the real engine: English words in a Chinese question, Cantonese script, a later question that leans on
the one before (past its deadline, its papers), a band of a table asked with a bill told, a visit count
said before a limit, a year without cover told with its reason, and a rule stated with its figures."""
import pytest

from intents.slots import extract
from tests.helpers import answer as ask, ids


@pytest.mark.parametrize("text, care, figures", [
    ("学校医保 Outpatient 二级医院 reimbursement rate 多少", "门诊", ["60%"]),
    ("克拉玛依学生 inpatient 一级医院 deductible 多少", "住院", ["100元"]),
])
def test_english_words_are_read_as_their_chinese_before_the_clauses(engine, text, care, figures):
    # the care said in English (outpatient, hospitalization) is the care the clauses and slots read:
    # never the other kind's row of the same tier
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "faq", r.text
    assert all(f in r.text for f in figures), r.text
    other = "住院" if care == "门诊" else "门诊"
    assert f"普通{other}" not in r.text, r.text


def test_english_is_read_whatever_its_case(engine):
    assert engine.index.segmenter.lexicon.english("OutPatient 报销") == "门诊 报销"
    # (a longer English word is not a shorter one's: hospitalization is no hospital)
    assert engine.index.segmenter.lexicon.english("hospitalization") == "住院"


def test_cantonese_script_is_read_and_the_region_asked(engine):
    # 莪 (我), 喺 (在), in traditional script: understood, and the rate differs by region — asked, not refused
    r = ask(engine, "莪老豆喺三級醫院住院 居民醫保報幾成")
    assert r.kind == "clarify", r.text


def test_a_second_question_names_what_the_first_answer_never_says(engine):
    # 电子医保码 is one name: no stray 码 pulls the APP's entry over the one on 支付宝
    r = ask(engine, "电子医保码咋开通 支付宝里能弄吗", region="克拉玛依")
    assert "支付宝" in r.text, r.text


@pytest.mark.parametrize("text", ["校区医保缴费截止到哪天 过了咋办", "学生医保ddl几号 错过了还能补交吗"])
def test_past_it_after_a_deadline_asked_is_past_that_deadline(engine, text):
    r = ask(engine, text, region="克拉玛依")
    assert r.kind == "faq", r.text
    assert "1月10日" in r.text and "等待期" in r.text, r.text


def test_papers_asked_after_a_question_on_a_filing_are_that_filings(engine):
    # "…哪种备案 要传什么": the papers of the 备案 asked about (户籍地: 户口), not any 备案's
    r = ask(engine, "放假回家看病想直接结算 该办哪种备案 需要上传啥材料", region="克拉玛依")
    assert "ky-08-10" in ids(r) and "户口" in r.text, r.text


def test_a_band_of_a_table_asked_with_a_bill_told_is_the_rule(engine):
    # "超过5万那块还能再报吗": whether that band is paid further — the rule's 50%, not a form asking the tier
    r = ask(engine, "家里老人住院花了三十来万 长治大病保险5万以上的部分还能再报吗")
    assert r.kind == "faq" and "50%" in r.text, r.text


def test_a_count_of_visits_before_a_limit_is_no_sum_left(engine):
    # "还有一次50块的限额": 一次 counts visits; the limit asked is 长治's rule (no longer applied)
    r = ask(engine, "长治合疗看门诊是不是还有每次五十块的限额")
    assert r.kind == "faq" and "不再执行" in r.text, r.text


def test_a_year_without_cover_told_with_its_reason_is_a_gap():
    s = extract("2025年在外地上班没交医保 2026年的12月份交了").values
    assert s.get("gap_years") == 1 and s.get("gap_year") == 2025, s


def test_the_second_outpatient_visit_deductible_states_its_figure(engine):
    r = ask(engine, "克拉玛依学生一年里第二次去一级医院看门诊 起付线收多少", region="克拉玛依")
    assert "减半" in r.text and "5元" in r.text, r.text


def test_two_tiers_each_asked_get_the_table(engine):
    # "一级和二级…分别": an entry stating one tier's row answers half of it
    r = ask(engine, "学校医保在一级和二级医院看门诊 报销比例分别多少", region="克拉玛依")
    assert "70%" in r.text and "60%" in r.text, r.text
