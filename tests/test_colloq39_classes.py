"""Classes of failure read on the strangers' colloquial-39 set, each asked in our own words through the
real engine."""
import pytest

from intents.slots import extract
from tests.helpers import answer as ask, ids


# ---- a blood pressure's figure is a reading, not a bill ------------------------------------------------
# (a half-remembered criterion, "听说150就算", was read as a chronic disease's outpatient cost: the form
# asked which scheme instead of the 认定 page, whose figures are the answer)

@pytest.mark.parametrize("text", ["血压要多高才认定得了门慢 我记得是150就够", "血糖空腹要高到好多才算糖尿病 是不是7.0"])
def test_a_reading_asked_is_no_cost(text):
    assert "amount" not in extract(text).values


def test_a_cost_beside_the_disease_is_still_one():
    assert extract("高血压门诊慢病花了140能报多少").get("amount") == 140


def test_a_half_remembered_pressure_gets_the_criterion(engine):
    r = ask(engine, "血压要多高才认定得了门慢 我记得是150就够", region="巴中")
    assert r.kind == "faq" and "bz-4-04-d10" in ids(r), r.text
    assert "160" in r.text and "100" in r.text, r.text


# ---- a gap under so many months ------------------------------------------------------------------------
# ("断了不到两个月": the months were not read, and the switch's form asked for them again)

@pytest.mark.parametrize("text, months, part", [
    ("职工转居民医保 中间断了不到三个月", 2, True),
    ("从合疗换成职工医保 断了不到一个月", 0, None),
])
def test_a_gap_under_n_months_is_read(text, months, part):
    values = extract(text).values
    assert values.get("gap_months") == months and values.get("gap_part") == part, values


def test_a_switch_with_a_gap_under_two_months_is_computed(engine):
    r = ask(engine, "居民医保换成职工医保 中间断了不到两个月 交了能马上用吗", region="巴中")
    assert r.kind == "calculation", r.text
    assert "1 个多月" in r.text and "缴费之日" in r.text and "2 年" in r.text, r.text


# ---- the account said with 头 ("账户头", "卡头的钱") ----------------------------------------------------
# (the clause telling money in the account dropped out as a story; the question lost the account)

@pytest.mark.parametrize("said, read", [("个人账户头有几百块", "里有"), ("医保卡头的钱", "里的钱")])
def test_tou_after_the_account_is_in_it(said, read):
    from corpus.lexicon import Lexicon, load
    from corpus.normalize import normalize
    rewritten, _ = Lexicon(load()).rewrite(normalize(said))
    assert read in rewritten and "头" not in rewritten, rewritten


def test_li_tou_is_left_to_its_own_lines():
    from corpus.lexicon import Lexicon, load
    from corpus.normalize import normalize
    rewritten, _ = Lexicon(load()).rewrite(normalize("医保卡里头的钱能取出来不"))
    assert "里里" not in rewritten, rewritten


def test_money_in_the_account_said_with_tou_reaches_the_wallet(engine):
    r = ask(engine, "我在江苏打工交的职工医保 账户头有点钱 能不能转给巴中的老爸用", region="巴中")
    assert r.kind == "faq" and "bz-1-35" in ids(r), r.text
    assert "医保钱包" in r.text and "共济" in r.text, r.text


# ---- the one who hurt the asker named as 打人的 --------------------------------------------------------

def test_hurt_by_someone_gets_the_third_party_rule(engine):
    r = ask(engine, "被对门的打了一顿 住院花的钱医保报不报 还是找打人的要", region="巴中")
    assert r.kind == "faq" and "bz-1-06-b" in ids(r), r.text
    assert "第三人" in r.text, r.text


# ---- 门诊统筹 for a family member ----------------------------------------------------------------------
# (found the account's 家庭共济 page, whose funds family may use; the pooled outpatient benefit is the
# insured's alone)

def test_staff_outpatient_pool_for_a_child_is_the_insureds_own(engine):
    r = ask(engine, "我的职工门诊统筹 能拿来给我女儿看病不", region="巴中")
    assert r.kind == "faq" and "bz-2-39" in ids(r), r.text
    assert "仅限本人" in r.text, r.text
