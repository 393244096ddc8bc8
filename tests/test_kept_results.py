"""Results kept for speed (within a message, several layers read the same text) are the results
computed afresh, and keeping them holds no memory of earlier messages beyond a few dozen texts."""
import pytest

from corpus import normalize as N


def test_a_kept_normalisation_is_the_fresh_one():
    texts = ["巴中居民医保什么时候交費", "住院花了两万三，能報多少？？", "三级医院　起付线", "二〇二四年的门诊统筹",
             "", "医保" * 150]
    for text in texts * 2:        # the second time from the kept results (the short ones)
        assert N.normalize(text) == N._normalize(text)
    assert N._normalize_kept.cache_info().maxsize <= 100


def test_a_turn_works_out_its_chat_key_once_and_stores_under_the_same_key(store):
    from bot.reply import Reply
    from bot.storage.models import Question
    calls = []
    keyed = store.chat_key
    store.chat_key = lambda channel, chat_id: calls.append(chat_id) or keyed(channel, chat_id)
    with store.turn() as turn:
        session = turn.load_session("wechat", "c1", "u1")
        turn.chat_config("wechat", "c1")
        turn.record(channel="wechat", chat_id="c1", user_key="u1", is_group=False, text="问", session=session,
                    reply=Reply(kind="faq", text="答", region=None), reply_text="答", latency_ms=1.0)
    assert calls == ["c1"]
    with store.transaction() as db:
        assert [q.chat_id for q in db.query(Question)] == [keyed("wechat", "c1")]


def test_a_message_is_read_for_slots_once_however_the_reader_is_called():
    from intents.slots import extract
    text = "巴中居民在三级医院住院花了两万三，能报多少"
    first = extract(text)
    assert extract(text, None) is first and extract(text, expecting=None) is first
    assert first.values == extract.__wrapped__(text, None).values      # the kept reading is the fresh one
    assert extract("3", expecting="gap_years") is not extract("3")
    assert extract("3", expecting="gap_years").get("gap_years") == 3


def test_a_kept_analysis_is_the_fresh_one(engine):
    # one message's readings and the questions before them are analysed several times: the kept
    # Query is the one worked out afresh, and the index keeps only a bounded number of texts
    from corpus.search import ANALYZED_KEPT
    index = engine.index
    for text in ["巴中居民医保门诊看病能报多少 一年最多好多", "起伏线多少", "南豇县医保局电话", "医保" * 80]:
        first = index.analyze(text)
        assert index.analyze(text) == index._analyze(text) == first
    assert "医保" * 80 not in index._analyzed_kept            # a screenful is read, not kept
    assert len(index._analyzed_kept) <= ANALYZED_KEPT


def test_kept_place_mentions_are_the_fresh_ones_in_a_list_of_their_own():
    from intents import regions as R
    for text in ["我在巴中恩阳区交的合疗", "长治居民去太原住院", "医保定点", "巴中" * 300]:
        first = R.places_in(text)
        first.append(None)          # a caller's list is its own: the kept mentions are not changed
        assert R.places_in(text) == R._places_in(text) == first[:-1]


def test_a_kept_corpus_normalisation_is_the_fresh_one_and_leaves_the_messages_texts_kept(engine):
    # the entries' questions, read for every message that finds them, are kept apart from the few
    # dozen texts of the message itself: normalising the whole corpus evicts none of those
    message = "巴州区医保窗口在哪 电话多少"
    N.normalize(message)
    before = N._normalize_kept.cache_info()
    for e in engine.index.entries:
        assert N.normalize_corpus_text(e.question) == N._normalize(e.question)
    assert N._normalize_kept.cache_info() == before
    assert N.normalize_corpus_text.cache_info().maxsize >= len(engine.index.entries)


def test_a_countys_office_row_is_looked_up_once_per_index(engine):
    # the table of offices is scanned once per region and county: the second message asking a
    # county's office reads the row kept, the one the scan found
    from corpus.normalize import normalize
    from intents.scope import asks_contact, states_contact

    def scanned(region, county):
        rows = [e for e in engine.index.entries if e.region == region and normalize(e.question).startswith(county)
                and asks_contact(e.question) and states_contact(e.answer)]
        return rows[0] if len(rows) == 1 else None

    asked = [("巴中", "巴州区"), ("巴中", "平昌县"), ("巴中", "南江"), ("长治", "潞州区"), ("克拉玛依", "独山子区")]
    found = [engine._county_office_row(region, county) for region, county in asked]
    assert found == [scanned(region, county) for region, county in asked]
    assert any(row is not None for row in found)
    index, entries = engine.index, engine.index.entries
    try:
        index.entries = None            # a second look-up reads no entry
        assert [engine._county_office_row(region, county) for region, county in asked] == found
    finally:
        index.entries = entries
    assert "_county_office_rows" not in index.__getstate__()


def test_a_kept_answers_facts_are_the_fresh_ones():
    from bot.engine import _facts
    for text in ["起付线400元。报销比例70%；年度封顶5万元！", "", None, "一句 话 。 两句话。"]:
        assert _facts(text) == _facts.__wrapped__(text)
        assert _facts(text) is _facts(text)


def test_a_kept_cleaning_is_the_fresh_one_and_the_corpus_texts_keep_none():
    texts = ["巴中居民医保什么时候交費", "住院花了两万三，，能報多少？？", "三级医院\u200b　起付线", "", "医保" * 150]
    for text in texts * 2:
        assert N.clean(text) == N._clean(text)
    assert N._clean_kept.cache_info().maxsize <= 100
    N.clean("巴中居民医保什么时候交費")
    kept = N._clean_kept.cache_info()
    N.normalize_corpus_text("二〇二六年城乡居民医保个人缴费标准是多少？")
    assert N._clean_kept.cache_info() == kept


def test_a_kept_story_is_the_fresh_one_in_lists_of_its_own():
    from intents import message as M
    for text in ["我是巴中合疗 在县医院住了院 花了两万", "儿媳妇上个月生了个孙娃儿", "血压高 吃降压药", "住院" * 300]:
        first = M.story_slots(text)
        assert first == M._story_slots(text)
        for found in first.values():
            found.append(None)              # a caller's lists are its own: the kept story is not changed
        assert M.story_slots(text) == M._story_slots(text)
    assert M._story_slots_kept.cache_info().maxsize <= 100


def _hits_as_found(hits):
    return [(h.entry.id, h.confidence, h.rank_score, h.score, h.vague, h.x.tolist()) for h in hits]


@pytest.mark.parametrize("text, region", [
    ("巴中2026年的合疗啥时候开始交", "巴中"),
    ("长治合疗在县级医院住院门槛费好多", "长治"),
    ("巴州区医保电话是不是0827-5775700", "巴中"),     # the county's own row moved up among the best k
    ("三类门诊慢病碘缺乏症每月多少钱", None),
])
def test_a_kept_ranking_is_the_fresh_one_whatever_k_and_ranked_once(engine, monkeypatch, text, region):
    # a part's first reading is searched alone (k=1), then among the part's readings (k=8, a memo):
    # the candidates are ranked once, and each search returns what it returned worked out afresh
    index = engine.index
    index.__dict__.pop("_ranked_kept", None)
    fresh_one, fresh_memo = index.search(text, region=region, k=1), {}
    index.__dict__.pop("_ranked_kept", None)
    fresh_eight = index.search(text, region=region, k=8, memo=fresh_memo)
    index.__dict__.pop("_ranked_kept", None)
    ranked = []
    own = index._candidates

    def counting(*args, **kwargs):
        ranked.append(args[0].text)
        return own(*args, **kwargs)
    monkeypatch.setattr(index, "_candidates", counting)
    one = index.search(text, region=region, k=1)
    one[0].confidence = -1.0                       # a caller's hits are its own to change
    memo: dict = {}
    eight = index.search(text, region=region, k=8, memo=memo)
    assert len(ranked) == 1
    assert _hits_as_found(eight) == _hits_as_found(fresh_eight)
    assert _hits_as_found(index.search(text, region=region, k=1)) == _hits_as_found(fresh_one)
    # the memo holds what the search would have left in it: the next reading's scores start from it
    assert memo.keys() == fresh_memo.keys()
    for key, (terms, scores) in memo.items():
        assert terms == fresh_memo[key][0] and scores.tobytes() == fresh_memo[key][1].tobytes()


def test_a_ranking_corrected_from_another_readings_scores_is_neither_kept_nor_reused(engine, monkeypatch):
    # (a reading's BM25 scores corrected from the reading before may differ in the last bit from
    # scores worked out afresh: such a ranking is worked out every time)
    index = engine.index
    index.__dict__.pop("_ranked_kept", None)
    ranked = []
    own = index._candidates
    monkeypatch.setattr(index, "_candidates", lambda *a, **k: ranked.append(a[0].text) or own(*a, **k))
    memo: dict = {}
    index.search("巴中2026年的合疗啥时候开始交", region="巴中", k=8, memo=memo)
    index.search("巴中的合疗啥时候开始交", region="巴中", k=8, memo=memo)
    index.search("巴中的合疗啥时候开始交", region="巴中", k=1)
    assert ranked == ["巴中2026年的合疗啥时候开始交", "巴中的合疗啥时候开始交", "巴中的合疗啥时候开始交"]
    from corpus.search import RANKED_KEPT
    assert len(index._ranked_kept) <= RANKED_KEPT


def test_a_kept_rewriting_is_the_fresh_one_in_a_list_of_its_own(engine):
    import pickle
    seg = engine.index.segmenter
    for text in ["巴中合疗住院报销比例", "医保卡丢了咋补办", "", "医保" * 150]:
        first = seg.rewrite(text)
        first[1].append(("x", "y"))             # a caller's substitutions are its own
        assert seg.rewrite(text) == seg.lexicon.rewrite(N.normalize(text))
    assert "医保" * 150 not in seg._rewritten_kept           # a screenful is rewritten, not kept
    # (the kept texts are a message's, never written with what the segmenter knows)
    assert "_rewritten_kept" not in pickle.loads(pickle.dumps(seg)).__dict__


def test_a_kept_cut_is_the_fresh_one_in_a_list_of_its_own(engine):
    import pickle
    from corpus.segment import CUT_KEPT
    seg = engine.index.segmenter
    # (a name kept whole across jieba's cut, an A不A question, a kinsman glued to a verb, an empty text, a screenful)
    texts = ["巴中合疗住院报销比例", "慢性病毒性肝炎能办慢病不", "能不能报销", "给我妈交合疗", "", "医保" * 150]
    for text in texts * 2:          # the second time from the kept words (the short texts)
        first = seg.cut(text)
        first.append("x")           # a caller's words are its own
        assert seg.cut(text) == seg._cut_names_whole(text) == first[:-1]
    assert "医保" * 150 not in seg._cut_kept           # a screenful is cut, not kept
    for n in range(CUT_KEPT + 5):
        seg.cut(f"住院{n}")
    assert len(seg._cut_kept) <= CUT_KEPT
    # (the kept texts are a message's, never written with what the segmenter knows)
    assert "_cut_kept" not in pickle.loads(pickle.dumps(seg)).__dict__


def test_kept_assertions_are_the_fresh_ones_in_a_list_of_their_own():
    from intents import premise
    for text in ["起付线是不是800", "门诊一年最多报多少？是不是1000", "住院3000报多少", "是不是" + "1000" * 60]:
        first = premise.asserted(text)
        first.append(None)
        assert premise.asserted(text) == premise._asserted(text) == first[:-1]


def test_a_kept_scheme_reading_is_the_fresh_one_and_bounded():
    # (read from the text alone: no session, chat or region goes in, so none can leak into another's)
    from intents.slots import _scheme_read, insurance_in, scheme_read
    for text in ["我老婆是居民医保，我是职工医保", "职工医保和居民医保分别报多少", "住院起付线多少"]:
        first = scheme_read(text)
        fresh = _scheme_read.__wrapped__(text)
        assert insurance_in(text) == first.get("insurance")
        assert (first.values, first.notes) == (fresh.values, fresh.notes)
    assert _scheme_read.cache_info().maxsize <= 256


def test_a_scheme_reading_changed_by_its_caller_changes_no_later_one():
    # (each caller gets its own copy of the kept reading: a note or slot one adds reaches no other)
    from intents.slots import BOTH_SCHEMES_NOTE, insurance_in, scheme_read
    mine = scheme_read("我老婆是居民医保，我是职工医保")
    mine.values["insurance"] = "居民"
    assert scheme_read("我老婆是居民医保，我是职工医保").get("insurance") == "职工"
    assert insurance_in("我老婆是居民医保，我是职工医保") == "职工"
    both = scheme_read("职工医保和居民医保分别报多少")
    both.notes.clear()
    assert BOTH_SCHEMES_NOTE in scheme_read("职工医保和居民医保分别报多少").notes


def _row_by_pattern(answer, deductible, ratio):
    import re
    return re.search(rf"(?<![\d.]){re.escape(deductible)}\s*元[^。；;\n]{{0,24}}?(?<![\d.]){re.escape(ratio)}",
                     answer) is not None


def test_a_row_read_with_find_finds_what_the_row_pattern_finds():
    # (a row's 起付线 and rate said together is read with str.find, not a pattern compiled per row:
    # the same answer on every handbook answer for every row of every region's inpatient tables,
    # and on the edges — a digit or point before either figure, spaces, 24 characters, a sentence's end)
    from decimal import Decimal
    from calculators.money import num, pct
    from calculators.policy import policy_for
    from corpus.entries import load_entries
    from intents import forms
    rows = {(Decimal("1000"), Decimal("0.75")), (Decimal("1000"), Decimal("0.8")), (Decimal("500"), Decimal("0.85"))}
    for region in ("巴中", "长治", "克拉玛依"):
        for plan in policy_for(region).inpatient.values():
            for table in (plan.tables or {}).values():
                rows |= {(t.deductible, t.ratio - cut) for t in table.tiers.values()
                         for cut in {f.ratio_cut for f in plan.filings.values()}}
    answers = ["三级医院起付线1000元，报销比例75%。", "起付线1000元；报销比例75%", "起付线1000 元，二级医院报销比例为80%",
               "起付线11000元，报销75%", "起付线1000元，报销比例75.5%", "起付线1000元，报销比例175%", "起付线1000.5元，75%",
               "1000元" + "一" * 24 + "75%", "1000元" + "一" * 25 + "75%", "1000元\n75%", "1000\u3000\t元75%", "1000元75%",
               "1000元，起付线1000元，比例75%", "1000", "元75%", ""]
    answers += [e.answer for e in load_entries()]
    found = 0
    for deductible, ratio in rows:
        for answer in answers:
            said = forms._states_row(answer, (deductible, ratio))
            assert said == _row_by_pattern(answer, num(deductible), pct(ratio)), (answer, deductible, ratio)
            found += said
    assert found > 20        # (the handbooks do state their rows)


def test_a_kept_question_reading_is_the_fresh_one():
    # (is_question keeps a short clause's answer, by clause and by whether the writer marks questions:
    # the same clause read with and without marks may differ, and each is the fresh reading)
    from intents.message import QUESTION_KEPT_UP_TO, _is_question, _is_question_kept, clauses, is_question
    texts = ["巴中居民医保什么时候交费", "说现在交了还要等几个月才能用", "啥子备案也没办", "三级医院嘛", "居民医保嘛",
             "住院花了两万三，能报多少？", "我在成都住院，没备案，报多少", "痛风能办慢病吗一年多少", "",
             "医保" * 150 + "吗"]
    pieces = [c for t in texts for c in clauses(t) or [t]] + texts
    differ = 0
    for _ in range(2):      # the second time from the kept answers (the short ones)
        for clause in pieces:
            for marked in (False, True):
                assert is_question(clause, marked) == _is_question(clause, marked), (clause, marked)
            differ += is_question(clause, True) != is_question(clause, False)
    assert differ and any(is_question(c) for c in pieces) and not all(is_question(c) for c in pieces)
    assert len("医保" * 150 + "吗") > QUESTION_KEPT_UP_TO
    assert _is_question_kept.cache_info().maxsize <= 256


def test_a_kept_answer_kind_check_is_the_fresh_one_whatever_was_checked_before(engine):
    # what a question asks (corpus.qtype.ANSWER_KINDS) and what an entry's answer states are kept
    # apart, each read once: a pair's result is the one read afresh, whichever questions and answers
    # were checked before it, in whatever order
    from corpus import qtype as Q
    questions = ["巴中职工医保单位交好多比例，个人交好多", "异地就医备案在手机上咋个弄", "医保局电话多少",
                 "社区医生打电话说我妈可以享受两病待遇 要带啥材料", "交上去多久能到账", "住院起付线是不是一样",
                 "合疗在哪交嘛", "截止哪天", "特病批下来 哪天起能报", "医保码咋激活"]
    answers = [e.answer for e in engine.index.entries[::12]]
    fresh = {}
    for q in questions:
        for a in answers:
            Q._kinds_asked.cache_clear()
            Q._states_kind.cache_clear()
            fresh[q, a] = Q.missing_answer(q, a)
    assert len(set(fresh.values())) > 3          # (the pairs reach several kinds, and none)
    for q in reversed(questions):
        for a in reversed(answers):
            assert Q.missing_answer(q, a) == fresh[q, a], (q, a[:40])
    assert Q._kinds_asked.cache_info().maxsize <= 256      # a message's texts, not earlier messages'


def test_answer_kind_checks_kept_from_one_chat_change_no_reply_in_another(engine):
    # the kept checks are a function of the texts alone: a question answered after other chats'
    # questions gets the reply it gets with nothing kept
    from corpus import qtype as Q
    from tests.helpers import answer
    asked = "巴中职工医保单位交好多比例，个人交好多"
    Q._kinds_asked.cache_clear()
    Q._states_kind.cache_clear()
    alone = answer(engine, asked)
    for other in ("异地就医备案在手机上咋个弄", "长治居民门诊统筹在三级医院起付线多少，报几成", "医保局电话多少"):
        answer(engine, other)
    after = answer(engine, asked)
    assert Q._states_kind.cache_info().currsize > 0
    assert (after.kind, after.text, [s.entry_id for s in after.sources]) == \
        (alone.kind, alone.text, [s.entry_id for s in alone.sources])
