"""Round 35's remaining colloquial classes, through the real engine, in phrasings of our own:

- 筹 said bare as the verb of a scheme's money (总共筹, 筹多少) is the handbooks' 筹资: the total per head
  with the state's share, not the fee the asker pays; 统筹 stays the pooled fund;
- a comparison whose other side is the case denied (装了…跟没装的) sets the case against the ordinary one:
  the case's page, which gives both figures, answers it — no second group for the page to name;
- no tier said nor any place of care named: one tier's row is not the answer, the table of every tier is;
- typed by voice without a stop, an adverb of how sure (大概, 一般) after a deed told done opens the question."""
from corpus.lexicon import joined_verbs
from corpus.qtype import compared
from intents.message import voiced
from tests.helpers import answer, ids


def test_bare_raising_verb_is_the_total_raised_per_head(engine):
    r = answer(engine, "居民医保今年每个人一共筹多少", region="巴中")
    assert ids(r)[:1] == ["bz-3-08"], r.text
    assert "1100" in r.text and "700" in r.text


def test_raising_verb_rewrite_leaves_the_pooled_fund_alone():
    assert joined_verbs("统筹基金今年筹好多") == "统筹基金今年筹资好多"
    assert joined_verbs("一个人总共筹多少") == "一个人筹资总额多少"
    assert joined_verbs("医保基金是怎么筹集的") == "医保基金是怎么筹集的"
    assert joined_verbs("门诊通筹报多少") == "门诊通筹报多少"      # (统筹 mistyped: the typo repair's)


def test_a_case_compared_with_its_own_absence_names_no_second_group():
    assert compared("心脏装了支架的跟没装的限额一样不") == ()
    assert compared("住院跟门诊报销一样不") == ("住院", "门诊")


def test_a_case_against_its_absence_gets_the_page_giving_both_figures(engine):
    r = answer(engine, "我是职工医保 冠心病装了支架跟没装的 慢病每月限额有区别没", region="长治")
    assert ids(r)[:1] == ["cz-zgmb-16"], r.text
    assert "430" in r.text and "640" in r.text


def test_no_tier_said_gets_every_tiers_row(engine):
    r = answer(engine, "学校那个医保看普通门诊报几成", region="克拉玛依")
    assert ids(r)[:1] == ["ky-07-13"], r.text
    assert "10元" in r.text and "20元" in r.text


def test_a_tier_said_keeps_its_own_row(engine):
    r = answer(engine, "在一级医院看普通门诊报几成", region="克拉玛依")
    assert ids(r)[:1] == ["ky-07-01"], r.text


def test_an_adverb_of_how_sure_opens_the_question_after_a_deed_done(engine):
    said = "我女儿放假在家里看病的单子已经交给辅导员了一般多久能报下来"
    assert " 一般多久能报下来" in voiced(said, engine.index.segmenter.cut, engine._topic_word)
