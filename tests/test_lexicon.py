"""Every line of corpus/data/lexicon.yaml, table-driven: the example is rewritten to the
handbook's term, and the question then reaches the entry the line was written for."""
import pytest

from bot.reply import Message
from bot.session import Session
from corpus.lexicon import load
from corpus.normalize import normalize
from tests.helpers import answer, ids

LINES = load()


# Examples whose right entry (checked against the handbook) the search does not reach yet: the
# expectation stays right, and the test says so until the ranking does.
NOT_YET = {
    "哪些费用报不到": "bz-4-15 (慢特病's exclusions) outranks the general one: 慢病 weighs too little to count as "
                 "a qualifier the question lacks",
    "社保卡怎么激活": "ky-11-08 (the card after the e-voucher is activated) shares 激活 and 医保卡 with it",
}


def _case(line):
    reason = NOT_YET.get(line.example)
    return pytest.param(line, id=f"{line.say}→{line.means}",
                        marks=[pytest.mark.xfail(reason=reason, strict=True)] if reason else [])


@pytest.mark.parametrize("line", [_case(l) for l in LINES])
def test_line_changes_understanding(engine, line):
    assert line.say in line.example
    query = engine.index.analyze(line.example)
    # (both read as the question is: a numeral in the handbook's term, 第三人, is 第3人 to the index too)
    said, means = normalize(line.say), normalize(line.means)
    assert (said, means) in query.lexicon
    assert means in query.rewritten and said not in query.rewritten.replace(means, "")
    if line.entry is None:
        # no handbook answers it: the bot passes it to staff
        reply = engine.answer(Message(text=line.example, region=line.region), Session())
        assert reply.kind == "unanswered"
        return
    hits = engine.index.search(query, region=line.region, k=1)
    assert hits and hits[0].entry.id == line.entry


def test_longest_phrase_wins(engine):
    rewritten = engine.index.analyze("孙娃儿交合疗交好多钱").rewritten
    assert "孙子" in rewritten and "多少钱" in rewritten


@pytest.mark.parametrize("said, kept", [
    ("合疗国家补好多", None), ("居民医保政府出多少", None),
    ("国家补助每个人多少", "国家补助"), ("政府补贴有好多", "政府补贴"), ("国家出台了新规定", "国家出台"),
])
def test_a_phrase_is_not_read_inside_the_longer_word_it_begins(engine, said, kept):
    # (国家补 is 财政补助, but 国家补助 is the entries' own word, cut as it is, at index time too)
    rewritten = engine.index.analyze(said).rewritten
    if kept is None:
        assert "财政补助" in rewritten, rewritten
    else:
        assert kept in rewritten and "财政补助" not in rewritten, rewritten


@pytest.mark.parametrize("said, kept", [
    ("今年第二次报销能报多少", "次报销"), ("住院第二次报的时候起付线还扣吗", "次报"),
    ("合疗能二次报多少", None), ("二次报销起付线是多少", None),
])
def test_a_phrase_is_not_read_as_the_end_of_the_longer_word_it_closes(engine, said, kept):
    # (二次报 is 大病保险's reimbursement, but 第二次报 counts a claim: the year's second one; its 二 may
    # be read as 2 after)
    rewritten = engine.index.analyze(said).rewritten
    if kept is None:
        assert "大病保险" in rewritten, rewritten
    else:
        assert kept in rewritten and "大病保险" not in rewritten, rewritten
    assert ("大病保险" in engine.index.analyze(said).terms) == (kept is None)


@pytest.mark.parametrize("said", ["住院产生出来的费用能报吗", "看病发生出来的钱医保给报不"])
def test_costs_arising_are_no_birth(engine, said):
    # (生出来 is a birth, 刚出生; 产生出来 / 发生出来 are costs arising)
    query = engine.index.analyze(said)
    assert "刚出生" not in query.rewritten and "新生儿" not in query.terms, query


@pytest.mark.parametrize("said", ["城区有好多个点可以交合疗", "县上有多少个点能办医保卡", "缴费的多少个点位在城里"])
def test_service_points_counted_are_no_rate(engine, said):
    # (报好多个点 is a rate in points, 比例; the places one goes to, counted, are no rate)
    assert "比例" not in engine.index.analyze(said).rewritten, said


def test_service_points_counted_do_not_get_a_page_of_percentages(engine):
    r = answer(engine, "通江县城有好多个点可以交合疗", region="巴中")
    assert "bz-3-08" not in ids(r) and "%" not in r.text, r.text


def test_index_and_query_read_the_same_words(engine):
    # an entry's variant written with 合疗 and a question written with 城乡居民医保 meet
    assert engine.index.segmenter.tokens("合疗交多少") == engine.index.segmenter.tokens("城乡居民医保交多少")


@pytest.mark.parametrize("said, term", [
    ("去重庆看病之前备过案的 报销比例降不降", "备案"),
    ("在南江参了保的 去外地住院咋个报", "参保"),
    ("住了院出院的时候没直接结算", "住院"),
    ("转的诊去省医院 起付线咋算", "转诊"),
])
def test_a_verb_split_from_its_object_is_read_whole(engine, said, term):
    # 离合词: 备过案 is 备案; apart, jieba cuts 备 and 案 into characters no entry is indexed under
    terms = engine.index.analyze(said).terms
    assert term in terms and not {term[0], term[1]} & set(terms), terms
