"""Work a message does not need is not done, and what ships is prepared once, not per message — with
the replies as they were (the speed itself is `yibao bench`'s to measure, never a test's): a sum asked
of each scheme whose first scheme is no calculation is not computed for the second; the 后遗症 rows'
patterns are compiled once and tried only where 后遗症 is said; the names a question asks of each are
found by plain text search, not a pattern made per name."""
import re

import pytest

import intents.message as message
import intents.regions as regions
import intents.slots as slots
from intents.acts import each_scheme
from intents.message import per_disease, per_group
from intents.slots import extract
from tests.helpers import answer as ask


@pytest.mark.parametrize("text", [
    # "各报几成" of two schemes, asked of a page (rates, not a bill): no sum is computed for either
    "巴中单行支付药品职工和居民分别报多少",
    "巴中门诊特病有多少种，居民和职工各报几成",
])
def test_a_scheme_not_computed_stops_the_each_scheme_try(engine, monkeypatch, text):
    tried: list[str] = []
    own = engine._answer_one

    def counting(one, *args, **kwargs):
        tried.append(one)
        return own(one, *args, **kwargs)
    monkeypatch.setattr(engine, "_answer_one", counting)
    r = ask(engine, text)
    # (the question, or its part, that asks of each scheme; and the tries of it, one per scheme)
    variants = {one for t in tried for _, one in each_scheme(t) or ()}
    assert variants and len([t for t in tried if t in variants]) == 1, tried
    assert "【职工医保】" not in r.text and "【城乡居民医保】" not in r.text, r.text


def test_each_scheme_with_both_computed_still_computes_both(engine):
    r = ask(engine, "门诊特病 合规一万 今年第一次 职工和居民分别能报好多", region="巴中")
    assert r.kind == "calculation" and "【职工医保】" in r.text and "【城乡居民医保】" in r.text, r.text


@pytest.mark.parametrize("text,diseases", [
    ("俺娘中风留下点后遗症 居民慢病一个月能给多少", ["中风后遗症"]),
    ("脑出血留下的后遗症", ["脑出血后遗症"]),
    ("中风后遗症", ["中风后遗症"]),
    ("没有后遗症 高血压", ["高血压"]),
])
def test_a_sequela_told_by_its_cause_is_still_its_row(text, diseases):
    extract.cache_clear()
    assert extract(text).get("diseases") == diseases


def test_sequela_patterns_are_made_once_and_only_tried_where_said(monkeypatch):
    rows = slots._sequela_rows()
    assert rows and all(isinstance(p, re.Pattern) and name.endswith("后遗症") for name, _, p in rows)
    assert slots._sequela_rows() is rows

    def never():
        raise AssertionError("the 后遗症 rows read for a message that says no 后遗症")
    monkeypatch.setattr(slots, "_sequela_rows", never)
    extract.cache_clear()
    assert extract("高血压 糖尿病 门诊报多少").get("diseases") == ["高血压", "糖尿病"]
    extract.cache_clear()


@pytest.mark.parametrize("split,text,parts", [
    (per_disease, "高血压和糖尿病分别报多少", ["高血压分别报多少", "糖尿病分别报多少"]),
    (per_disease, "冠心病、糖尿病各是多少限额", ["冠心病各是多少限额", "糖尿病各是多少限额"]),
    (per_group, "特困人员和低保户医疗救助各给多少", ["特困人员医疗救助各给多少", "低保户医疗救助各给多少"]),
    (per_disease, "高血压分别报多少", ["高血压分别报多少"]),
])
def test_names_asked_of_each_are_found_without_a_pattern_per_name(monkeypatch, split, text, parts):
    def no_pattern(word):
        raise AssertionError(f"a pattern made for {word}")
    monkeypatch.setattr(message.re, "escape", no_pattern)
    assert split(text) == parts


@pytest.mark.parametrize("text, written", [
    # 红塔大厦 is 南江's office building, no 红塔区 of 玉溪; the places around it are still read
    ("南江医保局在红塔大厦几楼 去成都住院要备案不", ["南江", "成都"]),
    ("在绵阳住院 转到成都 又回巴中", ["绵阳", "成都", "巴中"]),
])
def test_a_texts_landmarks_are_found_once_for_all_its_places(monkeypatch, text, written):
    calls: list[str] = []
    own = regions._landmark_spans

    def counting(t):
        calls.append(t)
        return own(t)
    monkeypatch.setattr(regions, "_landmark_spans", counting)
    assert [m.written for m in regions._places_in(text)] == written
    assert calls == [text]


@pytest.mark.parametrize("text, opening", [
    # an uncovered place's short name that is an ordinary word, opening the message as the asker's place
    ("平遥的城乡居民医保住院咋报", "平遥"),
    ("我是房山的 职工医保住院报多少", "房山"),
    ("我们在平遥的居民医保咋交", "平遥"),
    # ... and where it does not open it, or is no place
    ("你是平遥的居民医保吗", None),
    ("平安的保险能报不", None),
    ("巴中居民医保什么时候交费", None),
    ("", None),
])
def test_an_opening_place_is_looked_for_only_among_the_names_starting_where_it_may_open(monkeypatch, text, opening):
    # the gazetteer's ordinary-word names are sorted once by their first character: a message is read
    # only for those starting where an opening may end, and finds what reading every name found
    from regions import of_place
    from regions.gazetteer import SAID_OF_ONESELF, gazetteer

    def every_name(t):
        for name, places in gazetteer().ordinary.items():
            at = t.find(name)
            if not of_place(places[0]) and name not in SAID_OF_ONESELF and at >= 0 \
                    and regions._OWN_PLACE_OPENS.match(t[:at]) and regions._OWN_PLACE_AFTER.match(t[at + len(name):]):
                return [name]
        return []
    regions._uncovered_ordinary(gazetteer())
    asked: list = []
    monkeypatch.setattr(regions.regions, "of_place", lambda p: asked.append(p) or of_place(p))
    assert [m.written for m in regions._opening_as_own(text, [])] == every_name(text) == ([opening] if opening else [])
    assert asked == []


@pytest.mark.parametrize("text, region", [
    ("巴中城乡居民在三级医院住院起付线多少，报销比例多少", None),
    ("克拉玛依普通门诊在一级医院起付线多少，报几成", "克拉玛依"),
    ("医保码一直弄不出来 说要激活 到底咋个激活", "巴中"),
])
def test_a_search_ranks_the_candidates_features_without_stacking_them_again(engine, monkeypatch, text, region):
    # the candidates' features are one matrix whose rows the hits hold: the search scores that matrix,
    # not a copy stacked from the rows, and ranks as the rows stacked would
    import numpy as np

    import corpus.search as search
    index = engine.index
    query = index.analyze(text)
    rows = np.stack([h.x for h in index.candidates(query, region)])
    stacked: list = []
    stack = np.stack
    monkeypatch.setattr(search.np, "stack", lambda *a, **k: stacked.append(a) or stack(*a, **k))
    hits = index.search(query, region=region, k=12)
    assert stacked == []
    by_rows = sorted(zip(index.ranker.probability(rows).round(3).tolist(), index.ranker.scores(rows).tolist()),
                     key=lambda p: (-p[0], -p[1]))
    assert [h.rank_score for h in hits][:3] == [s for _, s in by_rows][:3]
