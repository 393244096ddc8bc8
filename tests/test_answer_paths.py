"""The shortcuts of the per-question work give what the long way gives: the entries holding a
term, the region of a message read again, a Chinese numeral read again."""
from intents import numbers, regions
from bot.engine import GC_YOUNG_THRESHOLD
from bot.measure.benchmark import sample_questions


def test_the_entries_holding_a_term_are_those_whose_words_hold_it(engine):
    index = engine.index
    seg = index.segmenter
    for term in ["交费", "住院", "门诊慢特病", "报销", "克拉玛依", "没有这个词"]:
        word = seg.synonyms.get(term, term)
        phrased, answered = index._holding(word)
        for i, e in enumerate(index.entries):
            texts = [p for p in (e.question, *e.variants, " ".join(e.keywords)) if p.strip()] or [""]
            assert (i in phrased) == any(word in index._tokens(p) for p in texts), (term, e.id)
            assert (i in answered) == (word in index._tokens(e.answer + " " + (e.more or ""))), (term, e.id)


def test_a_region_read_again_is_the_same_and_long_messages_are_not_kept():
    texts = [q for q, _ in sample_questions(300)] + ["我在北京住院能报吗", "四川的医保", "巴中" * 400]
    fresh = [regions._detect_region(t) for t in texts]
    assert [regions.detect_region(t) for t in texts] == fresh
    assert [regions.detect_region(t) for t in texts] == fresh
    before = regions._detect_region_kept.cache_info()
    regions.detect_region("巴中" * 400)
    assert regions._detect_region_kept.cache_info() == before


def test_a_chinese_numeral_read_again_has_the_same_value():
    for s in ["一万二", "两万三", "三千", "一", "十二", "5千万亿", "零点五", "一" * 40, "万万"]:
        assert numbers.parse_chinese(s) == numbers._parse_chinese(s)
        assert numbers.parse_chinese(s) == numbers._parse_chinese(s)


def test_the_process_engine_keeps_its_start_up_objects_out_of_the_collector():
    # in a child process: freezing is for the one long-lived engine, not the test process's many
    import subprocess
    import sys
    code = ("import gc; from bot.engine import default_engine, answer; from bot.reply import Message; "
            "from bot.session import Session; assert gc.get_freeze_count() == 0; default_engine(); "
            "print(gc.get_freeze_count()); print(gc.get_threshold()[0]); "
            "print(answer(Message(text='巴中居民医保什么时候交费', channel='cli'), Session()).text)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    frozen, young, reply = out.split("\n", 2)
    assert int(frozen) > 10_000          # the engine's tables (about 50,000 objects; fewer with warm caches)
    # (and the youngest generation collected rarely: answering leaves no cycles to free)
    assert int(young) == GC_YOUNG_THRESHOLD > 700
    assert "巴中" in reply


def test_answering_leaves_no_reference_cycles_for_the_collector(engine):
    # why the youngest generation may be collected rarely (bot.engine.GC_YOUNG_THRESHOLD): the answers
    # to the bench questions, each in its own session, leave nothing that only the collector frees
    import gc
    from bot.reply import Message
    from bot.session import Session
    questions = sample_questions(300)
    for text, region in questions[:20]:         # (first-use work: lazy imports, compiled patterns)
        engine.answer(Message(text=text, channel="cli", region=region), Session())
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for text, region in questions[20:]:
            engine.answer(Message(text=text, channel="cli", region=region), Session())
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_the_bench_warm_up_is_other_questions_than_the_measured_ones_from_every_other_set():
    # (the warm-up pays first-use costs before the clock starts; a measured question answered in it
    # would find its own text's kept results and make the measured answer look faster than it is)
    from bot.measure.benchmark import BENCH_SETS, WARM_UP, warm_up_questions
    from bot.measure.evaluate import DEV_DIR, load_items
    measured = {q for q, _ in sample_questions(300)}
    warm = warm_up_questions()
    assert len(warm) == WARM_UP and not measured & set(warm)
    firsts = {next(t["q"] for it in load_items([p]) for t in (it.get("turns") or [it]) if t["q"] not in measured)
              for p in DEV_DIR.glob("*.jsonl") if p.name not in BENCH_SETS}
    assert firsts <= set(warm)        # every other set's first question among them
    assert warm_up_questions(10) == warm[:10]
