"""The search over curated entries.

A question is understood first (`Index.analyze`): normalised, the lexicon applied, typos of
domain terms repaired, segmented. BM25 over each entry's phrasings (one short document per
phrasing, best phrasing wins) plus its answer text at a lower weight, restricted to the asker's
region and the national entries, picks the candidates; each candidate gets features (BM25,
coverage, word and character-bigram similarity with its closest phrasing, the kind of answer
asked vs given, scheme) and the learned ranker (corpus.ranker) turns them into a probability
that it is the entry asked for: the confidence the engine's bands read."""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import MutableMapping, Sequence

import numpy as np

import regions

from corpus.bm25 import CharIndex, DocTerms, SparseBM25
from corpus.entries import Entry
from corpus.normalize import asking_words, normalize, without_no_stay
from corpus.qtype import asks_money, qtypes, states_money
from corpus.ranker import FEATURES, Ranker, leads
from corpus.segment import DATA_DIR, Segmenter
from corpus.typos import BOUND_ENDINGS, EDGE_WORDS, Repair, Repairer, misheard_counties, usual_reading
from corpus.yamlfile import read_yaml

# adverbs of order that stand alone after a word ("这学期先在…"), as EDGE_WORDS' 又 再 才 do
ORDER_ADVERBS = frozenset("先")
ANSWER_WEIGHT = 0.35           # answer text counts, but a matching question counts more
RERANK_POOL = 12
SCHEME_MISMATCH = 0.45        # BM25 factor for an entry about the other scheme (职工 vs 居民)
# A question whose words together weigh less than this (one or two everyday words) is vague.
VAGUE_WEIGHT = 4.5
VAGUE_CONFIDENCE = 0.6
# A question that one of an entry's phrasings says in the same words (every word of the question
# there, the phrasing hardly more: term_sim ≥ SAME_WORDS_SIM, coverage 1), the clear first of its
# candidates, is that entry: on eval/dev 22 of 23 such stated answers between 0.15 and 0.65 were
# right. The calibration cannot learn it: it trains on held-out phrasings, which by construction
# never repeat one the index has. Such a match counts at least SAME_WORDS_CONFIDENCE (above the
# engine's ANSWER_AT) when the ranker gave it SAME_WORDS_FLOOR: low, because the ranker's own figure
# for such a match moves by a few hundredths with each retraining (0.146 and 0.15 for the same
# question before and after one merge), and the floor must not decide by that noise; on eval/dev
# no stated answer changes between 0.07 and 0.15.
SAME_WORDS_SIM = 0.9
SAME_WORDS_FLOOR = 0.1
SAME_WORDS_CONFIDENCE = 0.7
# How much an unseen query word can weigh; unseen words are the strongest sign of a question
# the handbooks do not cover (公积金, 养老金 …).
UNSEEN_CAP = 4.0
# How many terms' entry sets an index keeps (Index._holding)
HOLDING_KEPT = 2048
# How many clauses' words and repairs an index keeps (Index._understood), of clauses no longer
# than UNDERSTOOD_CHARS: a clause is a few words; an unpunctuated screenful is read, not kept
UNDERSTOOD_KEPT = 512
UNDERSTOOD_CHARS = 100
# How many texts' analyses an index keeps (Index.analyze): one message's parts, readings and the
# questions before them are analysed several times over (the search, the borrowed topic, the
# words asked beyond an entry), the same text each time
ANALYZED_KEPT = 256
# How many queries' ranked candidates an index keeps (Index._ranked): a message's own, searched again
RANKED_KEPT = 16
_NOWHERE: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
# A word in fewer phrasings than this idf says (1 in 20) is specific: 医保卡, 备案, 起付线, not
# 住院, 缴费, 报销, 多少, which a question shares with half the corpus.
SPECIFIC_IDF = 3.0
# What one pays or identifies oneself with (the card, the code; each its synonym group's head): dozens
# of entries name it as the means (携带社会保障卡, 凭医保码结算), so sharing it makes no entry about what
# a question asks of it. Weighed against the words no candidate has (Hit.off_topic), it counts for
# nothing: "医保卡被别人借用了会怎样" shares 医保卡 with 慢特病's page and 借用 with none.
CARRIERS = frozenset({"医保卡", "医保码"})
# ... as the topics name them, and the claim asked of them (能报, 可以报销)
_CARRIER_TOPICS = frozenset({"医保卡", "医保码", "社会保障卡", "医保电子凭证"})
_CLAIM_TOPIC = re.compile(r"(?:能|可以)?报(?:销)?")
# The card or the code not working, said as Chinese says an act that fails (a verb and 不 before its
# result: 刷不出来, 扫不出来, 打不开, 激活不了; 失败, 通不过) or the thing broken (坏了): a page that
# names the card as the means, or tells how to show the code, says nothing of that.
_FAILS_RE = re.compile(r"[\u4e00-\u9fff]不(?:出来|出|了|开|上|动|成|进去)|失败|(?:不|没)通过|过不了|坏")
# Where jieba cuts a text apart (none of these is in its word pattern) and no typo repair reads
# across (none has a reading): Index._understood reads the clauses between them one by one.
_CLAUSE_BREAK_RE = re.compile(r"([,，。？?！!；;：:、 ]+)")
_BIGRAM_TEXT_RE = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")
# the years the asker says they have paid ("交了18年", "缴过12年"): a fact of their case, no search word — the
# page that happens to state the same count (a minimum of years, a run of years' example) is no likelier
# for it ("交了15年 不够咋办" is the shortfall's rule, not the page naming 省内累计缴费15年); said once
_YEARS_PAID_TOLD_RE = re.compile(r"(?:交|缴|缴费|参保)(?:了|过)(?:医保)?(\d{1,2})(?=年)")
# a year's cover paid for, said by the verb and the year alone ("交出生当年的", "补交今年的", "交2026年的")
_YEAR_PAID_FOR_RE = re.compile(r"(?:交|缴)(?:了|完|上)?(?:出生)?(?:当年|今年|明年|去年|那年|那一年|(?:19|20)\d\d年)的")
# A place said by its level and not its name ("县里二级医院", "镇上卫生院", "省里的医院"): where the care was, as
# people say it — like a county's name it places the question, and no entry's lack of the word makes the
# question one the handbooks do not cover (市里 is 市本级's synonym, a word the entries have)
PLACE_LEVEL_WORDS = frozenset({"县里", "县上", "县城", "镇上", "镇里", "乡里", "乡上", "省里", "区里"})
# what a county has of its own (an office, hospitals, pharmacies): a question about one keeps its county
_LOCAL_RE = re.compile(r"医院|药店|药房|机构|医保局|经办|窗口|电话|地址|办公|服务中心|大厅")


# A story of care is 医保 talk though it names no 医保 term ("暑假回河南老家看病了，花的钱怎么报"):
# the clause is kept with the question it tells about
CARE_STORY_WORDS = frozenset({"看病", "看了病", "生病", "生了病", "病了", "老家",
                              # where the drugs came from ("在一个不是定点的诊所拿的药") and what the asker
                              # lives on ("我现在在领失业金"): the case the question is about
                              "定点", "诊所", "拿药", "拿的药", "开药", "买药", "失业金", "失业保险金",
                              # a year with no claim told ("一分钱都没报过", "一次都没报"): the handbooks'
                              # 零报销 case, whose reward is what the question after it asks
                              "没报过", "没有报过", "没报一分", "一次都没报", "一回都没报"})


# an entry about the one county asked leads its section from this confidence (Index.search)
OWN_COUNTY_AT = 0.15


@dataclass
class Query:
    """A question as the search understood it (Engine.explain shows all of it)."""
    text: str
    rewritten: str                          # normalised, lexicon applied, typos repaired
    lexicon: list[tuple[str, str]]          # (said, handbook term)
    repairs: list[Repair]
    terms: list[str]                        # canonical search terms, place names dropped
    bigrams: list[str]
    qtypes: frozenset[str]


@dataclass
class Hit:
    entry: Entry
    score: float            # raw BM25 mix, comparable only within one query
    confidence: float       # 0..1, the ranker's probability that this is the entry asked for
    coverage: float         # share of the query's weight the entry's words account for
    other_scheme: bool = False   # about 职工 when 居民 was asked, or the reverse
    vague: bool = False          # the question's words are too common to pick one entry
    x: np.ndarray | None = None  # the ranker's features, in corpus.ranker.FEATURES order
    rank_score: float = 0.0      # the ranker's score before calibration
    # the question's content words that no candidate has, phrasing or answer (押金 in
    # "住院押金要交多少"): what it asks about, when the entries found share only generic words
    unknown: tuple[str, ...] = ()
    unknown_weight: float = 0.0  # their idf weight
    specific: float = 0.0        # the weight of the question's specific words (not 住院, 多少) it has
    carrier: float = 0.0         # the part of `specific` that is the card or the code (CARRIERS) ...
    everyday: float = 0.0        # ... and the part that is everyday words or a story's care, no 医保 term (用, 别人, 看病)
    rare_unknown: float = 0.0    # the weight of the `unknown` words that are no everyday words (借给, not 不用)
    # the question names no 医保 term but the card or the code and says it fails (刷不出来, 坏了), and
    # none of the entry's phrasings speaks of a failure nor does it share more than the card and
    # everyday words with the question
    carrier_fails: bool = False
    # the question names a county or district the entry does not, and the entry names another one
    # (独山子区's office asked, 克拉玛依区's phone found): its facts are about somewhere else
    other_place: bool = False
    # the question names no county and the entry is about one (南江县医保窗口在哪): answering it
    # would pick a county silently
    one_county: bool = False
    # the question names a county and the entry is that county's own page (南江县的慢特病认定医疗机构):
    # a list the question asks of that county, when it asks one
    own_county: bool = False
    # the question asks a sum of money and the entry's answer states none (a handbook entry's: staff
    # answered the question itself)
    money_missing: bool = False

    @property
    def off_topic(self) -> bool:
        """The question asks about something the handbooks' entries found do not name, and this
        entry shares with it no more than that in specific words: "住院押金要交多少" and the
        entries on 住院 and 缴费, "医保卡丢了怎么补办" and one on 医保卡's money. The card or the code
        shared counts for nothing there (CARRIERS): "医保卡能借给亲戚用吗" is no question of 医保卡's
        pages, which say what it pays and where it is shown, never who else may hold it. The same
        for the card or the code said not to work ("医保卡刷不出来怎么办") and a page whose phrasings
        never speak of a failure (单行支付药品's "可以刷社保卡结算不")."""
        if self.carrier_fails:
            return True
        if not self.unknown:
            return False
        if self.unknown_weight >= self.specific:
            return True
        # (the card or the code shared, and with it little more than everyday words, 用 or 别人, against
        # a word no everyday talk has: what is asked of the card; "害 不用了 电子医保码咋激活" shares 激活,
        # "微信上头医保码咋个弄出来" 微信 against 上头)
        return bool(self.carrier) and self.rare_unknown > self.specific - self.carrier - self.everyday

    @property
    def features(self) -> dict[str, float]:
        return {} if self.x is None else dict(zip(FEATURES, self.x.tolist()))


def written_at(text: str, rewritten: str, r: Repair) -> int | None:
    """Where in `text` the slip `r` found in `rewritten` (the text after the lexicon) stands: the
    same occurrence of its characters, counted from the start, when both texts hold them as often;
    else the occurrence whose neighbours are the slip's; None where the text does not hold it."""
    written = [m.start() for m in re.finditer(re.escape(r.said), text)]
    if not written:
        return None
    n = len(r.said)
    if r.at < 0 or rewritten[r.at:r.at + n] != r.said:
        return written[0]
    read = [m.start() for m in re.finditer(re.escape(r.said), rewritten)]
    if len(read) == len(written):
        return written[sum(1 for at in read if at < r.at)]
    before, after = rewritten[r.at - 1:r.at] if r.at else "", rewritten[r.at + n:r.at + n + 1]
    return max(written, key=lambda at: ((text[at - 1:at] if at else "") == before)
               + (text[at + n:at + n + 1] == after))


def _spans_written(text: str, spans: list[tuple[int, Repair]]) -> str:
    """`text` with each repair's term written over its slip at the place given, right to left so
    that the places before it still hold; a span that overlaps one already written is left."""
    end = len(text) + 1
    for at, r in sorted(spans, key=lambda s: s[0], reverse=True):
        if 0 <= at and at + len(r.said) <= end and text[at:at + len(r.said)] == r.said:
            text = text[:at] + r.term + text[at + len(r.said):]
            end = at
    return text


def bigrams(text: str) -> list[str]:
    """Character bigrams of each run of Chinese, letters and digits."""
    out = []
    for run in _BIGRAM_TEXT_RE.split(text):
        out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


class Index:
    # The words that name a matter outside the handbooks (个人所得税, 公积金: intents/data/out_of_scope.yaml,
    # set by the engine): what a question asks about even where jieba does not tag the word a noun
    # (个人所得税 is an "l", a set phrase) — with no candidate naming it, the entries found share only the
    # question's other words with it ("医保报销的钱要交个人所得税吗" shares 报销 and 缴费 with pages
    # that say nothing of tax) and are off its topic (Hit.off_topic).
    outside_words: frozenset[str] = frozenset()

    def __init__(self, entries: Sequence[Entry], segmenter: Segmenter | None = None,
                 token_cache: MutableMapping[str, list[str]] | None = None, ranker: Ranker | None = None):
        """`token_cache` (text → terms) spares segmenting the same text twice, across runs when
        the caller keeps it on disk; it must have been made by the same segmenter data."""
        self.entries = list(entries)
        self.segmenter = segmenter or Segmenter(extra_words=_place_words(), names=_disease_names())
        self.token_cache = token_cache if token_cache is not None else {}
        self.ranker = ranker or _shipped_ranker()
        # each entry's phrasings are consecutive documents: phrase_start[i] is the first one
        phrase_docs: list[list[str]] = []
        phrase_texts: list[str] = []
        starts: list[int] = []
        answer_docs: list[list[str]] = []
        entry_scheme: list[str | None] = []
        entry_care: list[str | None] = []
        entry_types: list[frozenset[str]] = []
        said: list[frozenset[str]] = []
        for e in self.entries:
            starts.append(len(phrase_docs))
            # (the keywords line, and the other words for a disease it names, ask nothing: kept last)
            listed = [p for p in (" ".join(e.keywords), " ".join(_disease_aliases(e))) if p.strip()]
            texts = [*(p for p in (e.question, *e.variants) if p.strip()), *listed] or [""]
            phrases = [self._tokens(p) for p in texts]
            phrase_docs.extend(phrases)
            phrase_texts.extend(texts)
            answer_docs.append(self._tokens(e.answer + " " + (e.more or "")))
            # (what the entry says to the asker: not its keywords line nor its further details)
            said.append(frozenset().union(*phrases[:len(texts) - len(listed)], self._tokens(e.answer)))
            entry_scheme.append(self._scheme_of([set(p) for p in phrases]))
            entry_care.append(_care_of(phrases[:len(texts) - len(listed)] or phrases))
            asked = texts[:len(texts) - len(listed)] or texts      # the keywords line asks nothing
            entry_types.append(frozenset().union(
                *(self._cached("\x00qtypes", p, lambda t: sorted(qtypes(self._rewrite(t)))) for p in asked)))
        self.phrases = SparseBM25(phrase_docs)
        self.answers = SparseBM25(answer_docs)
        self.char_index = self._kept("char-index", phrase_texts, lambda: self._char_index(phrase_texts), CharIndex)
        self.phrase_start = np.asarray(starts, dtype=np.int64)
        self.phrase_end = np.append(self.phrase_start[1:], len(phrase_docs))
        # each phrase's idf mass, for the similarities' denominators without keeping its words
        self.phrase_terms = self._kept("phrase-terms", phrase_texts, lambda: DocTerms.build(
            phrase_docs, phrase_texts, {t: k for k, t in enumerate(self.phrases.idf)}), DocTerms.from_parts)
        self.phrase_mass = np.zeros(len(phrase_docs), dtype=np.float32)
        for term, (docs, _) in self.phrases.postings.items():
            self.phrase_mass[docs] += self.idf(term)
        self.bigram_mass = self.char_index.mass
        for bm25 in (self.phrases, self.answers):
            bm25.release_documents()
        self.entry_types = entry_types
        # each entry's terms, phrasings and answer together (Engine._says): cut once here, where
        # the words are in hand, instead of a long answer read again in milliseconds per question
        self.entry_said = said
        # staff wrote their answer to the very question asked: "押金按病情预估收取" is their answer to its sum
        told = [normalize(e.answer + " " + (e.more or "")) for e in self.entries]      # normalised once, read twice
        self.entry_money = [e.origin == "staff" or states_money(t) for e, t in zip(self.entries, told)]
        # entries whose phrasings speak of something failing ("看病医保卡刷不了是啥原因", "人脸识别失败")
        self.entry_fails = [bool(_FAILS_RE.search(normalize(" ".join((e.question, *e.variants))))) for e in self.entries]
        self.entry_counties = [counties_named(normalize(" ".join((e.question, *e.variants)))) | counties_named(t)
                               for e, t in zip(self.entries, told)]
        # entries about one county, by their question (南江县医保窗口在哪？电话多少？)
        self.entry_question_counties = [counties_named(normalize(e.question)) for e in self.entries]
        # (not the region's own office, named by its district: 克拉玛依区医疗保障局 is the office of the
        # 克拉玛依 guide, no one county's window among a region's several)
        self.entry_one_county = [len(c) == 1 and not (regions.office_name(e.region) or "").startswith(next(iter(c)))
                                 for e, c in zip(self.entries, self.entry_question_counties)]
        # per scheme named in a question: which entries are about the other one
        self._entry_scheme = entry_scheme
        self._other_scheme = {s: np.asarray([es is not None and es != s for es in entry_scheme])
                              for s in _schemes()}
        self._other_care = {c: np.asarray([ec is not None and ec != c for ec in entry_care]) for c in _CARE_WORDS}
        where = np.asarray([e.region for e in self.entries])
        self._national = where == regions.national()
        self._region_mask = {r: (where == r) | self._national for r in set(where.tolist())}
        self._by_id = {e.id: i for i, e in enumerate(self.entries)}
        # each entry's handbook section as a number (equal numbers, equal (region, source)), for
        # the siblings feature: comparing the pydantic sources themselves cost a tenth of a search
        sections: dict[tuple, int] = {}
        self._section = np.asarray([sections.setdefault((e.region, *e.source.model_dump().values()), len(sections))
                                    for e in self.entries], dtype=np.int64)
        topics = sorted(self.segmenter.topic_words | _region_words() | CARE_STORY_WORDS, key=len, reverse=True)
        self._topic_re = re.compile("|".join(map(re.escape, (normalize(t) for t in topics if len(t) > 1))))
        # the 医保 terms a question may name (大病保险, 县级, 新生儿), folded, less how it asks (多少)
        asking = {self.segmenter.synonyms.get(w, w) for w in ("怎么", "多少", "什么时候", "什么", "截止")}
        self._domain_terms = frozenset(self.segmenter.synonyms.get(w, w) for w in self.segmenter.domain_words) - asking
        self._carriers = frozenset(self.segmenter.synonyms.get(w, w) for w in CARRIERS)
        # each phrasing term's weight if it is a 医保 term (by the phrasings' term ids), for extra_domain
        self._domain_weight = np.zeros(len(self.phrase_terms.ids) + 1)
        for term, k in self.phrase_terms.ids.items():
            if term in self._domain_terms:
                self._domain_weight[k] = self.idf(term)
        known = set(self.phrases.idf) | set(self.answers.idf) | set(self.segmenter.synonyms)
        known -= _taught_typos(set(self.phrases.idf) - set(self.answers.idf), self.segmenter)
        # (an asking word of what, 哪些 / 啥, is no term a slip stands for: "要拿些啥子去" asks what to
        # take, and 拿些 read as 哪些 would lose the verb that says it asks the materials)
        what = self.segmenter.synonyms.get("什么")
        targets = {w for w in self.segmenter.domain_words if w == what or self.segmenter.synonyms.get(w) != what}
        self.repairer = Repairer(targets, known | self.segmenter.domain_words,
                                 places=_county_words(), is_word=self.segmenter.is_word, is_place=_is_place,
                                 is_common=self.segmenter.is_common_word)

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["token_cache"] = {}      # the caller's, not the index's (a loaded index builds nothing)
        state.pop("_holding_kept", None)
        state.pop("_understood_kept", None)
        state.pop("_analyzed_kept", None)
        state.pop("_county_office_rows", None)     # (bot.engine's, kept with the index it read)
        return state

    # -- building ------------------------------------------------------------------

    @staticmethod
    def _query_scheme(terms: set[str]) -> str | None:
        named = {scheme for scheme, words in _schemes().items() if terms & words}
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def _scheme_of(phrases: list[set[str]]) -> str | None:
        """The scheme most of an entry's phrasings name, where none names the other."""
        counts = {scheme: 0 for scheme in _schemes()}
        for terms in phrases:
            for scheme, words in _schemes().items():
                counts[scheme] += bool(terms & words)
        named = [s for s, n in counts.items() if n]
        if len(named) == 1 and counts[named[0]] * 3 >= len(phrases):
            return named[0]
        return None

    def _kept(self, kind: str, texts: list[str], build, load):
        """A table built from the phrasings, kept in the token cache by a hash of their texts: on
        a warm start, a few arrays instead of rewriting and cutting every phrasing again. One per
        kind is kept, so that staff edits do not pile them up."""
        prefix = f"\x00{kind}:"
        key = prefix + hashlib.sha1("\x00".join(texts).encode()).hexdigest()
        parts = self.token_cache.get(key)
        if parts is not None:
            return load(*parts)
        table = build()
        for old in [k for k in self.token_cache if k.startswith(prefix)]:
            del self.token_cache[old]
        self.token_cache[key] = list(table.parts)
        return table

    def _char_index(self, texts: list[str]) -> CharIndex:
        distinct = {t: bigrams(self._rewrite(t)) for t in set(texts)}
        return CharIndex.build([distinct[t] for t in texts], texts)

    def _rewrite(self, text: str) -> str:
        return self.segmenter.rewrite(text)[0]

    def _cached(self, kind: str, text: str, make) -> list[str]:
        key = kind + text
        cached = self.token_cache.get(key)
        if cached is None:
            cached = self.token_cache[key] = list(make(text))
        return cached

    def _tokens(self, text: str) -> list[str]:
        cached = self.token_cache.get(text)
        if cached is None:
            cached = self.token_cache[text] = [t for t in self.segmenter.tokens(text) if t not in _region_words()]
        return cached

    def said_terms(self, entry_id: str) -> frozenset[str]:
        """The terms an entry's phrasings and answer say (empty for an id not in the index)."""
        i = self._by_id.get(entry_id)
        return self.entry_said[i] if i is not None else frozenset()

    def entry(self, entry_id: str) -> Entry | None:
        i = self._by_id.get(entry_id)
        return None if i is None else self.entries[i]

    def idf(self, term: str) -> float:
        idf = self.phrases.idf.get(term)
        return min(idf, UNSEEN_CAP) if idf is not None else UNSEEN_CAP

    def names_place(self, name: str) -> bool:
        """Is this place what some entry is about: named in its question (在乌鲁木齐看病，备案时就医地选
        什么？), not only in a phrasing that takes it as an example of anywhere else (职工在太原住院)?"""
        questions = self.__dict__.get("_questions_said")
        if questions is None:
            # every entry's question, normalised once (not per place asked: 700 entries a call)
            questions = self._questions_said = "\n".join(normalize(e.question) for e in self.entries)
        return normalize(name) in questions

    # -- understanding -------------------------------------------------------------

    def on_topic(self, clause: str) -> bool:
        """Does the clause name anything 医保 (a scheme, a benefit, a place, a disease …)?
        "他不会用手机" does not; a story told before a question often does not. A year's fee paid, said
        with the verb alone ("现在交出生当年的", "补交今年的"), is the case's own fact, though 交 is no
        word of the topic's."""
        said = self.segmenter.rewrite(clause)[0]
        return bool(self._topic_re.search(said) or _YEAR_PAID_FOR_RE.search(said))

    def scheme_of(self, entry_id: str) -> str | None:
        """The scheme (职工 / 居民) an entry is about, or None when it is about both or neither."""
        at = self._by_id.get(entry_id)
        return None if at is None else self._entry_scheme[at]

    def topics(self, text: str) -> set[str]:
        """The 医保 topic words `text` names (住院, 大病保险, 医疗救助 …), in the search's words."""
        return set(self._topic_re.findall(self.segmenter.rewrite(text)[0]))

    def claim_of_card_alone(self, text: str) -> bool:
        """Does `text` ask whether something is paid naming no 医保 topic but the card or the code
        ("拿医保卡报得到不", "刷医保码能报销吗")? Then what is paid is what was told before it: read
        alone, it would find any page that names the card as the means of paying."""
        said = self.topics(text)
        carried = said & _CARRIER_TOPICS
        claim = {t for t in said if _CLAIM_TOPIC.fullmatch(t)}
        return bool(carried) and bool(claim) and not (said - carried - claim - {"医保"})

    def topics_within(self, clause: str, before: str) -> bool:
        """Does every 医保 word the clause names stand in `before` too? ("不备案有啥影响" after
        "去太原住院要备案不": the same topic, asked further, not a topic of its own)"""
        said = set(self._topic_re.findall(self.segmenter.rewrite(clause)[0]))
        return bool(said) and all(t in self.segmenter.rewrite(before)[0] for t in said)

    def repaired(self, text: str) -> tuple[str, list[Repair]]:
        """`text` with its misspelt domain terms and county names written right (职龚 → 职工,
        南豇 → 南江), where the misspelling stands in the text as written: what the layers that
        read the message itself (places, scope, forms) should see, as the search does; the
        asking words said another way in the usual ones (几多 → 多少, normalize.asking_words); and
        English words as their Chinese (outpatient → 门诊, the lexicon's voice 英文), and the
        misspellings no sound repair reaches as their terms (破腹产 → 剖腹产, the lexicon's voice 错字)."""
        text = self.segmenter.lexicon.misspelt(self.segmenter.lexicon.english(asking_words(text)))
        rewritten, _ = self.segmenter.rewrite(text)
        # each repair where its slip stands, not the first place the same characters occur: 他段报
        # repaired must leave 分段报 before it alone (written right to left, so that the places
        # found still hold)
        spans = [(at, r) for r in self._understood(rewritten)[2]
                 if (at := written_at(text, rewritten, r)) is not None]
        text = _spans_written(text, spans)
        done = [r for _, r in sorted(spans, key=lambda s: s[0])]
        counties = misheard_counties(text, *_counties())
        text = _spans_written(text, [(r.at, r) for r in counties])
        done += counties
        misspelt = self.segmenter.misspellings()
        if any(w in text for w in misspelt):
            # a misspelling the synonyms know (报消, 起伏线) is a word, so never repaired above: its head
            for word in dict.fromkeys(self.segmenter.cut(text)):
                if word in misspelt:
                    text = text.replace(word, misspelt[word])
                    done.append(Repair(word, misspelt[word], "sound"))
        return text, done

    def analyze(self, text: str) -> Query:
        """The question as the search understands it. The same text gives the same Query (the index
        does not change once built), so the last ANALYZED_KEPT short texts' are kept; callers only
        read a Query."""
        kept = self.__dict__.setdefault("_analyzed_kept", {})
        found = kept.get(text)
        if found is None:
            found = self._analyze(text)
            if len(text) <= UNDERSTOOD_CHARS:
                if len(kept) >= ANALYZED_KEPT:
                    kept.clear()
                kept[text] = found
        return found

    def _analyze(self, text: str) -> Query:
        # (a stay said not to be, "不住院 看门诊", is no 住院 word: neither a search term nor the care asked)
        rewritten, subs = self.segmenter.rewrite(without_no_stay(text))
        rewritten, words, repairs = self._understood(rewritten)
        asks = qtypes(rewritten)
        # a county only says where the question holds (the region filter reads it) unless the
        # question asks where or whom (an office, its address or phone, the county's hospitals or
        # pharmacies): as a search word it would pull every question toward the entry that lists
        # that county's office
        local = "地点" in asks or _LOCAL_RE.search(rewritten)
        places = _region_words() if local else _region_words() | _county_words()
        # (a phone asked of no office but the place, written out longer, is that place's own: 克拉玛依校区
        # "有问题打哪个电话" is the campus's, its 校区 — not when an office is named: 校区医保局's)
        own = _PHONE_ASKED_RE.search(rewritten) and not _OFFICE_NAMED_RE.search(rewritten)
        terms = [_office_of(t) if own and _office_of(t) else t for t in self.segmenter.terms(words)]
        terms = [t for t in terms if t not in places]
        told = [m.group(1) for m in _YEARS_PAID_TOLD_RE.finditer(rewritten)]
        if told:
            terms = [t for t in terms if t not in told or terms.count(t) > told.count(t)]
        return Query(text, rewritten, subs, list(repairs), terms, bigrams(rewritten), asks)

    def _understood(self, rewritten: str) -> tuple[str, list[str], tuple[Repair, ...]]:
        """Rewritten text cut into words, its typos repaired: (the repaired text, its words, the
        repairs), clause by clause. jieba cuts text apart at punctuation and spaces, and no typo
        spans one, so a clause reads the same alone; a message's readings share their clauses,
        and its repair pass reads them too: each clause is read once (UNDERSTOOD_KEPT kept)."""
        clauses = [p for p in _CLAUSE_BREAK_RE.split(rewritten) if p]
        parts = [self._understood_clause(p) for p in clauses]
        # a repair's place in the clause, moved to its place in the whole text
        starts = [0, *accumulate(len(p) for p in clauses)]
        return ("".join(p[0] for p in parts), [w for p in parts for w in p[1]],
                tuple(replace(r, at=start + r.at) if r.at >= 0 else r
                      for start, p in zip(starts, parts) for r in p[2]))

    def _understood_clause(self, clause: str) -> tuple[str, tuple[str, ...], tuple[Repair, ...]]:
        kept = self.__dict__.setdefault("_understood_kept", {})
        found = kept.get(clause)
        if found is None:
            words = self.segmenter.cut(clause)
            pieces, cut, made_up = self._unglued(words)
            repaired, repairs = self.repairer.repair(pieces, cut, made_up)
            found = (repaired, tuple(self.segmenter.cut(repaired)), tuple(repairs)) if repairs \
                else (clause, tuple(words), ())
            if len(clause) <= UNDERSTOOD_CHARS:
                if len(kept) >= UNDERSTOOD_KEPT:
                    kept.clear()
                kept[clause] = found
        return found

    def _unglued(self, words: list[str]) -> tuple[list[str], frozenset[int], frozenset[tuple[int, int]]]:
        """`words` with those jieba's HMM made up (no word of its vocabulary) cut back into
        characters, the positions of those characters, and the (start, end) of each made-up word:
        a misspelt character is glued to a neighbour that way (门缜费能 → 门缜 | 费能, 救苎报 →
        救 | 苎报), so no span of whole words is the term misspelt. A character that only ends a
        word, standing alone at the clause's head (们), is such a piece, and so is the word after it
        (们 | 特有 → 们 | 特 | 有)."""
        out: list[str] = []
        pieces: set[int] = set()
        made_up: set[tuple[int, int]] = set()
        invented = [len(w) > 1 and not self.segmenter.is_word(w) for w in words]
        for n, w in enumerate(words):
            glued = invented[n]
            if glued:
                made_up.add((len(out), len(out) + len(w)))
            # a word of two characters no entry writes, right before a made-up one or a lone character,
            # may have taken the misspelt term's first character from it: 不备 | 按会 is 不 | 备按 (备案) | 会
            # (an adverb of order standing alone after it, 学期 | 先 | 在, is its own word as 又 or 再 is: 学期先
            # is no 期限 — 先 is kept out of EDGE_WORDS, where it would stop 大病保先 → 大病保险)
            beside = len(w) == 2 and n + 1 < len(words) and (invented[n + 1] or len(words[n + 1]) == 1
                                                             and words[n + 1] not in EDGE_WORDS | ORDER_ADVERBS) \
                and w not in self.repairer.known and not self.segmenter.is_common_word(w)
            # (at a clause's head: after a word, 们 may end it as jieba cut it, 孩子 | 们)
            if glued or beside or n == 0 and w in BOUND_ENDINGS or n == 1 and len(w) > 1 and words[0] in BOUND_ENDINGS:
                pieces.update(range(len(out), len(out) + len(w)))
                out.extend(w)
            else:
                out.append(w)
        return out, frozenset(pieces), frozenset(made_up)

    # -- search --------------------------------------------------------------------

    def search(self, text: str | Query, region: str | None = None, k: int = 5,
               memo: dict | None = None) -> list[Hit]:
        """The best `k` entries for `text`. `memo`: a dict shared by the searches of one
        message's readings, which then reuse each other's BM25 work."""
        query = text if isinstance(text, Query) else self.analyze(text)
        # (the ranked candidates are the same whatever `k`: a copy of each of the best `k`, the caller's own
        # to change — what follows only reorders those, and returns them)
        hits = [_copy_hit(h) for h in self._ranked(query, region, memo)[:k]]
        if not hits:
            return []
        own = next((h for h in hits[1:k] if h.own_county and h.confidence >= OWN_COUNTY_AT), None)
        if own is not None and not hits[0].own_county \
                and self._section[self._by_id[hits[0].entry.id]] == self._section[self._by_id[own.entry.id]]:
            # a table of places (each county's office): the row of the county asked, not another place's
            # row its words or a figure quoted in the question match better ("巴州区医保电话是不是0827-
            # 5775700" stated the 市本级 office's, whose number it is); with its own confidence
            hits.remove(own)
            hits.insert(0, own)
        if region is not None and len(hits) > 1 and _care_inside(query.text, region) \
                and _care_outside(hits[0].entry.question, region) and not _care_inside(hits[0].entry.question, region):
            # care in the region's own city asked ("在克拉玛依市的医院自费看了病 能交材料给学校报吗"), and the best
            # page is of care outside it (克拉玛依市外: materials to the campus), whose words it shares but
            # whose place it is not: the page of care in the city, among the same section's, in its stead
            inside = next((h for h in hits[1:k] if _care_inside(h.entry.question, region)
                           and self._section[self._by_id[h.entry.id]] == self._section[self._by_id[hits[0].entry.id]]), None)
            if inside is not None:
                # (the two swap confidences: the page outside keeps only what the page inside had)
                inside.confidence, hits[0].confidence = hits[0].confidence, min(inside.confidence, hits[0].confidence)
                hits.remove(inside)
                hits.insert(0, inside)
        return hits[:k]

    def _ranked(self, query: Query, region: str | None, memo: dict | None) -> list[Hit]:
        """The candidates with their confidences, best first: what `search` then reorders for the
        county or the city asked among its best `k`. A part's first reading is searched twice (is it
        understood alone, k=1; then among the part's readings, k=8): the last RANKED_KEPT queries'
        are kept. Only a ranking started from no earlier reading's BM25 scores is kept or reused (a
        reading's scores corrected from another's may differ in the last bit), and reusing one hands
        the memo what the search would have left in it."""
        key = (query.text, query.rewritten, tuple(query.terms), tuple(query.bigrams), query.qtypes, region,
               self.outside_words)
        fresh = memo is None or (id(self.phrases) not in memo and id(self.answers) not in memo)
        kept = self.__dict__.setdefault("_ranked_kept", {})
        found = kept.get(key) if fresh else None
        if found is not None:
            hits, left = found
            if memo is not None:
                memo.update(left)
            return hits
        own_memo = {} if memo is None else memo
        # (the candidates' features as the one matrix their rows are views of: no stacking them again)
        hits, x = self._candidates(query, region, memo=own_memo)
        if hits:
            confidences, scores, vague = ranked_confidences(self.ranker, x, hits[0].vague)
            for h, c, s, v in zip(hits, confidences, scores, vague):
                h.confidence, h.rank_score, h.vague = c, s, v
            # (equal confidences, a step of the calibration: the ranker's own score first, then the words')
            hits.sort(key=lambda h: (-h.confidence, -h.rank_score, -h.score))
        if fresh:
            if len(kept) >= RANKED_KEPT:
                # (the oldest ranking goes, not all of them: emptying the table at once freed sixteen rankings'
                # hits inside one answer, a quarter of a millisecond, and left the next searches nothing kept)
                kept.pop(next(iter(kept), None), None)
            kept[key] = (hits, {k: own_memo[k] for k in (id(self.phrases), id(self.answers)) if k in own_memo})
        return hits

    def candidates(self, query: Query, region: str | None = None, pool: int = RERANK_POOL,
                   memo: dict | None = None) -> list[Hit]:
        """BM25's best `pool` entries with the ranker's features (confidence not yet set)."""
        return self._candidates(query, region, pool, memo)[0]

    def _candidates(self, query: Query, region: str | None = None, pool: int = RERANK_POOL,
                    memo: dict | None = None) -> tuple[list[Hit], np.ndarray | None]:
        """`candidates`, and their features (candidates × FEATURES), each hit's `x` a row of it."""
        terms = query.terms
        if not terms or not self.entries:
            return [], None
        phrase_scores = self.phrases.get_scores(terms, memo)
        per_entry = best_of_each(phrase_scores, self.phrase_start)
        answer_part = ANSWER_WEIGHT * self.answers.get_scores(terms, memo)
        per_entry += answer_part
        q_terms = set(terms)
        scheme = self._query_scheme(q_terms)
        if scheme is not None:
            per_entry = np.where(self._other_scheme[scheme], per_entry * SCHEME_MISMATCH, per_entry)
        if region is not None:
            # a region with no entries of its own gets the national ones only
            per_entry = np.where(self._region_mask.get(region, self._national), per_entry, 0.0)
        pool = min(pool, len(self.entries))
        # (the arrays' own methods: the same sorts without numpy's function dispatch, every search)
        top = (-per_entry).argpartition(pool - 1)[:pool]
        top = top[(-per_entry[top]).argsort(kind="stable")]
        top = top[per_entry[top] > 0]
        if not len(top):
            return [], None
        weights = {t: self.idf(t) for t in q_terms}
        q_weight = sum(weights.values())
        unseen = sum(w for t, w in weights.items() if t not in self.phrases.idf and t not in self.answers.idf)
        in_phrases, anywhere, missing, missing_domain, specific, carrier, everyday, nowhere = self._coverage(top, weights)
        unknown = tuple(t for t in nowhere if (self.segmenter.content_word(t) or t in self.outside_words)
                        and t not in _county_words() and t not in _addressed_words() and t not in PLACE_LEVEL_WORDS)
        unknown_weight = sum(weights[t] for t in unknown)
        rare_unknown = sum(weights[t] for t in unknown if not self.segmenter.is_common_word(t))
        coverage, phrase_coverage = anywhere / q_weight, in_phrases / q_weight
        phrasings = self._phrasings(top)
        term_sim, recall, best_docs = self._best_phrase(phrasings, weights, q_weight, self.phrase_terms,
                                                        self.phrase_mass)
        q_bigrams = {b: self.char_index.idf.get(b, UNSEEN_CAP) for b in set(query.bigrams)}
        char_sim = self._best_phrase(phrasings, q_bigrams, sum(q_bigrams.values()), self.char_index.doc_terms,
                                     self.bigram_mass, best_only=True)
        other = self._other_scheme[scheme][top] if scheme else np.zeros(len(top), dtype=bool)
        # an entry about the other kind of care (a 门诊 question, "在县医院看门诊能报几成", shares the
        # tier, the county and the rate asked with the 住院 row of the same table, whose figures are
        # not the 门诊 ones): a ranking feature, not a cut of BM25, so that the candidates are the same
        care = _care_named(q_terms)
        other_care = self._other_care[care][top] if care else np.zeros(len(top), dtype=bool)
        scores = per_entry[top].astype(np.float64)
        asked = len(query.qtypes)
        given = np.asarray([len(query.qtypes & self.entry_types[i]) for i in top.tolist()], dtype=np.float64)
        # (each candidate's section-mates among the others, counted in Python: a dozen numbers, where a
        # numpy comparison matrix costs its dispatch several times over)
        sections = self._section[top].tolist()
        in_section = Counter(sections)
        siblings = [in_section[s] - 1 for s in sections]
        columns = {
            "bm25_rel": scores / scores[0], "bm25_log": np.log1p(scores),
            "answer_share": answer_part[top] / scores,
            "coverage": coverage, "phrase_coverage": phrase_coverage, "missing_max": missing / UNSEEN_CAP,
            "missing_domain": missing_domain / UNSEEN_CAP, "extra_domain": self._not_asked(best_docs, q_terms) / UNSEEN_CAP,
            "term_sim": term_sim,
            "phrase_recall": recall, "char_sim": char_sim,
            "type_match": given / asked if asked else 0.0,
            "type_miss": (given == 0) & bool(asked), "other_scheme": other, "other_care": other_care,
            "siblings": siblings,
            # (one figure for every candidate: the column is filled with it, no array of it made)
            "unseen_share": unseen / q_weight, "query_weight": math.log1p(q_weight),
        }
        # (filled column by column: np.column_stack's per-column copies cost twice as much)
        x = np.empty((len(top), len(FEATURES)))
        for k, f in enumerate(FEATURES):
            x[:, k] = columns[f]
        vague = q_weight < VAGUE_WEIGHT
        asked_in = counties_named(normalize(query.text))
        money = asks_money(query.rewritten)
        named = q_terms & self._domain_terms
        fails = bool(named) and named <= self._carriers and bool(_FAILS_RE.search(query.rewritten))
        # (a page sharing a word of the question beyond the card and everyday words may say what is
        # asked: "医保码一直弄不出来 说要激活 到底咋个激活" is how to activate it)
        beyond = specific - carrier - everyday
        # (each candidate's figures as Python floats, read from lists: not a numpy scalar per field)
        scores_at, coverage_at, other_at = scores.tolist(), coverage.tolist(), other.tolist()
        specific_at, carrier_at, everyday_at = specific.tolist(), carrier.tolist(), everyday.tolist()
        hits = [Hit(self.entries[i], scores_at[j], 0.0, coverage_at[j], other_scheme=other_at[j],
                    vague=vague, x=x[j], unknown=unknown, unknown_weight=unknown_weight, specific=specific_at[j],
                    carrier=carrier_at[j], everyday=everyday_at[j], rare_unknown=rare_unknown,
                    other_place=bool(asked_in and self.entry_counties[i] and not asked_in & self.entry_counties[i]),
                    one_county=not asked_in and self.entry_one_county[i],
                    own_county=bool(asked_in) and self.entry_one_county[i] and self.entry_question_counties[i] <= asked_in,
                    money_missing=money and not self.entry_money[i],
                    carrier_fails=fails and not self.entry_fails[i] and beyond[j] <= 0)
                for j, i in enumerate(top.tolist())]
        return hits, x

    def _coverage(self, top: np.ndarray, weights: dict[str, float]
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray,
                             list[str]]:
        """For each candidate, the query weight found in its phrasings, in its phrasings or
        answer, the weight of the weightiest query word and of the weightiest 医保 term it lacks
        (the topic asked: missing_max is mostly a story word no entry has), the weight of the
        specific query words (SPECIFIC_IDF) it has and the part of it that is the card or the code
        (CARRIERS) and everyday words (用, 别人); and the query words no candidate has. Per
        term, the sets of entries that hold it (`_holding`), asked for each of the dozen candidates."""
        cands = top.tolist()
        in_phrases, anywhere, missing = [0.0] * len(cands), [0.0] * len(cands), [0.0] * len(cands)
        specific, missing_domain, carrier = [0.0] * len(cands), [0.0] * len(cands), [0.0] * len(cands)
        everyday = [0.0] * len(cands)
        nowhere = []
        for term, w in weights.items():
            phrased, answered = self._holding(term)
            is_specific = self.phrases.idf.get(term, math.inf) > SPECIFIC_IDF
            is_domain = term in self._domain_terms
            is_carrier = term in self._carriers
            # (and the care a story tells, 看病, 拿药: why the card was wanted, not what is asked of it)
            is_everyday = not is_domain and (self.segmenter.is_common_word(term) or term in CARE_STORY_WORDS)
            found_any = False
            for j, i in enumerate(cands):
                if i in phrased:
                    in_phrases[j] += w
                    anywhere[j] += w
                elif i in answered:
                    anywhere[j] += w
                else:
                    if w > missing[j]:
                        missing[j] = w
                    if is_domain and w > missing_domain[j]:
                        missing_domain[j] = w
                    continue
                found_any = True
                if is_specific:
                    specific[j] += w
                    if is_carrier:
                        carrier[j] += w
                    elif is_everyday:
                        everyday[j] += w
            if not found_any:
                nowhere.append(term)
        return (np.asarray(in_phrases), np.asarray(anywhere), np.asarray(missing), np.asarray(missing_domain),
                np.asarray(specific), np.asarray(carrier), np.asarray(everyday), nowhere)

    def _holding(self, term: str) -> tuple[frozenset[int], frozenset[int]]:
        """The entries whose phrasings, and those whose answer, hold `term`: made from the postings
        on first use and kept (words the index lacks are not; a full table starts over)."""
        kept = self.__dict__.setdefault("_holding_kept", {})
        found = kept.get(term)
        if found is not None:
            return found
        phrased, answered = self.phrases.postings.get(term), self.answers.postings.get(term)
        if phrased is None and answered is None:
            return _NOWHERE
        if len(kept) >= HOLDING_KEPT:
            kept.clear()
        found = kept[term] = (
            frozenset((np.searchsorted(self.phrase_start, phrased[0], side="right") - 1).tolist())
            if phrased is not None else frozenset(),
            frozenset(answered[0].tolist()) if answered is not None else frozenset())
        return found

    def _phrasings(self, top: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The candidates' phrasings, end to end: (their documents, how many each candidate has,
        where each candidate's phrasings start), for _best_phrase."""
        lengths = (self.phrase_end[top] - self.phrase_start[top]).astype(np.int64)
        ends = lengths.cumsum()
        docs = (self.phrase_start[top] - ends + lengths).repeat(lengths) + np.arange(ends[-1])
        return docs, lengths, ends - lengths

    def _best_phrase(self, phrasings: tuple[np.ndarray, np.ndarray, np.ndarray], weights: dict[str, float],
                     q_weight: float, doc_terms: DocTerms, mass: np.ndarray, best_only: bool = False):
        """For each candidate, the best idf-weighted overlap (shared / union) between the
        question and any one of its phrasings, how much of that phrasing the question accounts
        for, and which phrasing it is: the phrasing that says the same thing, not the one BM25
        liked, since a variant with an extra qualifier ("残疾学生医保交多少") should lose to one
        without it ("学生医保交多少") when the question has none. `best_only`: the similarity alone
        (of the bigrams nothing else is read), without the recall and the phrasing's place."""
        docs, lengths, bounds = phrasings
        shared = doc_terms.shared(docs, weights)
        own = mass[docs]
        union = q_weight + own - shared
        sim = np.where(union > 0, shared / np.maximum(union, 1e-9), 0.0)
        best = np.maximum.reduceat(sim, bounds)
        if best_only:
            return best
        recall = np.where(own > 0, shared / np.maximum(own, 1e-9), 0.0)
        # the recall of each candidate's most similar phrasing (the first, on a tie)
        at = np.arange(len(sim))
        best_at = np.minimum.reduceat(np.where(sim == best.repeat(lengths), at, len(sim)), bounds)
        return best, np.minimum(recall[best_at], 1.0), docs[best_at]

    def _not_asked(self, docs: np.ndarray, q_terms: set[str]) -> np.ndarray:
        """For each phrasing, the weight of its weightiest 医保 term the question does not name: a
        qualifier ("城乡居民大病保险起付标准", "校区医保咨询电话") the asker did not ask about."""
        weight = self._domain_weight.copy()
        for term in q_terms:
            k = self.phrase_terms.ids.get(term)
            if k is not None:
                weight[k] = 0.0
        table = self.phrase_terms
        rows = table.row[docs].astype(np.intp)      # (np.intp indexes faster: bm25.SparseBM25.get_scores)
        lo = table.start[rows]
        lengths = table.start[rows + 1] - lo
        ends = lengths.cumsum()
        flat = (lo - ends + lengths).repeat(lengths) + np.arange(ends[-1] if len(ends) else 0)
        out = np.zeros(len(docs))          # a phrasing with no 医保 term (or none unasked) weighs 0
        # (each phrasing's terms are one run of `flat`: the maximum of each non-empty run, as np.maximum.at
        # would leave it over the zeros, at a fraction of ufunc.at's cost)
        filled = lengths > 0
        if filled.any():
            out[filled] = np.maximum(np.maximum.reduceat(weight[table.terms[flat].astype(np.intp)],
                                                         (ends - lengths)[filled]), 0.0)
        return out


# the columns `Index.search` reads of the features
_TERM_SIM, _COVERAGE, _OTHER_SCHEME = FEATURES.index("term_sim"), FEATURES.index("coverage"), FEATURES.index("other_scheme")


def ranked_confidences(ranker: Ranker, x: np.ndarray, vague: bool) -> tuple[list[float], list[float], list[bool]]:
    """Each candidate's confidence, ranking score and vagueness, from its features (one question's
    candidates × FEATURES) and whether the question is vague: the ranker's probability, with the floor of
    a phrasing said in the same words and the cap of a vague question. Apart from `_ranked` so that a
    measure of the calibration (bot.calibration_stability) reads confidences as the search does."""
    scores = ranker.scores(x)
    same_words = (x[:, _TERM_SIM] >= SAME_WORDS_SIM) & (x[:, _COVERAGE] >= 0.999) \
        & (leads(scores) > 0) & (x[:, _OTHER_SCHEME] == 0)
    confidences, vagues = [], []
    for p, same in zip(ranker.probability(x, scores).tolist(), same_words.tolist()):
        c, v = round(p, 3), vague
        if same and c >= SAME_WORDS_FLOOR:
            c = max(c, SAME_WORDS_CONFIDENCE)
            # a short question an entry's phrasing says in the same words ("门诊慢病有多少种") is that
            # entry's, however common its words: not vague
            v = False
        if v:
            # "报销", "医保报销", "慢病": any of dozens of entries fits
            c = min(c, VAGUE_CONFIDENCE)
        confidences.append(c)
        vagues.append(v)
    return confidences, scores.tolist(), vagues


def _copy_hit(hit: Hit) -> Hit:
    """A shallow copy of a kept Hit (its fields, not its entry or its feature row, which no one changes)."""
    out = object.__new__(Hit)
    out.__dict__.update(hit.__dict__)
    return out


def best_of_each(scores: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The highest of `scores` (float32) in each run that starts at `starts` (every run non-empty): each
    entry's best phrasing. Taken in float64, where numpy's maximum.reduceat runs about twice as fast as
    in float32, and cast back: a maximum is one of the values, so it is the float32 value it was."""
    return np.maximum.reduceat(scores.astype(np.float64), starts).astype(np.float32)


def _taught_typos(phrase_only: set[str], segmenter: Segmenter) -> set[str]:
    """Words of the curated phrasings alone that are a domain term misspelt, not a word: made up
    by the segmenter (no word of its vocabulary, nor of any answer) and read exactly as the term,
    tone included (慢特并 → 特并, read as 特病). The phrasings spell such typos to teach them, and a
    known word is never repaired: as known, 特并 in a question stayed unread (慢病和特并认定以后)."""
    out, domain = set(), segmenter.domain_words
    by_reading = _domain_by_reading(domain)
    for w in phrase_only:
        if len(w) < 2 or segmenter.is_word(w) or w in domain:
            continue
        said = [usual_reading(c) for c in w]
        if None in said:
            continue
        if any(t != w and len(t) == len(w) and [usual_reading(c) for c in t] == said
               for t in by_reading.get(tuple(said), ())):
            out.add(w)
    return out


def _domain_by_reading(domain: set[str]) -> dict[tuple[str, ...], list[str]]:
    """The domain terms by their usual reading, tone included."""
    out: dict[tuple[str, ...], list[str]] = {}
    for t in domain:
        said = tuple(usual_reading(c) for c in t)
        if None not in said:
            out.setdefault(said, []).append(t)
    return out


@lru_cache(maxsize=1)
def _shipped_ranker() -> Ranker:
    try:
        return Ranker.load()
    except FileNotFoundError:
        return Ranker.uncalibrated()


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """The regions' own names (巴中, 克市 …): the region filter uses them, so as search words
    they would only favour entries that happen to repeat the place. An alias that writes a name out
    longer (克拉玛依校区) is that name too: as a search word it pulled toward the entries on the
    campus's own office (校区电话) whatever was asked of the region."""
    names = regions.names()
    longer = {a for r in regions.registry().values() for a in r.extra_aliases if any(n in a and n != a for n in names)}
    return names | frozenset(longer)


_PHONE_ASKED_RE = re.compile(r"电话|号码|热线|打哪|打什么|打啥|联系方式")
_OFFICE_NAMED_RE = re.compile(r"局|中心|税务|窗口|医院|办事处|经办")


@lru_cache(maxsize=1)
def _longer_offices() -> dict[str, str]:
    """An alias that writes a region's name out longer (克拉玛依校区) → the alias it ends with that
    names a place of the region's own (校区), where there is one."""
    names = regions.names()
    out = {}
    for r in regions.registry().values():
        for a in r.extra_aliases:
            for n in names:
                rest = a[len(n):] if a.startswith(n) and n != a else ""
                if rest and rest in r.aliases:
                    out[a] = rest
    return out


def _office_of(term: str) -> str | None:
    return _longer_offices().get(term)


# The two kinds of care whose tables differ (普通门诊/门诊统筹 and 住院 rows of one tier): a term naming
# one. 门诊慢病 and 特病 fold to 慢病/特病 and name neither: a 慢病 entry is asked about with a 住院
# told in the story ("住了半个月院…高血压的药钱能不能报").
_CARE_WORDS = {"住院": ("住院",), "门诊": ("门诊",)}


def _care_named(terms) -> str | None:
    """The one kind of care `terms` name (住院 / 门诊), or None when they name both or neither."""
    named = {care for care, marks in _CARE_WORDS.items() if any(m in t for t in terms for m in marks)}
    return named.pop() if len(named) == 1 else None


def _care_of(phrases: list[list[str]]) -> str | None:
    """The kind of care an entry is about: the one a third of its phrasings name, where none names
    the other (an entry that names both in one phrasing is about neither alone). 急诊 is care that
    may become a stay (急诊转住院): an entry on it is of neither table."""
    if any("急诊" in t for p in phrases for t in p):
        return None
    named = [_care_named(set(p)) for p in phrases]
    both = [p for p in phrases if len({c for c, marks in _CARE_WORDS.items()
                                         if any(m in t for t in p for m in marks)}) > 1]
    kinds = {c for c in named if c is not None}
    if both or len(kinds) != 1:
        return None
    care = kinds.pop()
    return care if named.count(care) * 3 >= len(phrases) else None


@lru_cache(maxsize=1)
def _schemes() -> dict[str, frozenset[str]]:
    raw = read_yaml(DATA_DIR / "schemes.yaml")
    return {scheme: frozenset(words) for scheme, words in raw.items()}


@lru_cache(maxsize=1)
def _county_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The covered regions' counties and districts, each with how it is written (通江县, 通江); a
    form that is a region's own name (克拉玛依) does not name its district (克拉玛依区)."""
    return tuple((c.name, tuple({c.name, *c.shorts} - _region_words()))
                 for r in regions.registry().values() for c in r.counties)


@lru_cache(maxsize=1)
def _county_pattern() -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern for every county's forms (longest first), and each form's county: no form of one
    county overlaps another's, so one scan finds the counties a search of each would."""
    county_of = {form: name for name, forms in _county_forms() for form in forms}
    if not county_of:
        return None, county_of
    return re.compile("|".join(map(re.escape, sorted(county_of, key=len, reverse=True)))), county_of


def counties_named(text: str) -> frozenset[str]:
    """The covered regions' counties and districts that `text` names (by official name)."""
    pattern, county_of = _county_pattern()
    return frozenset(county_of[m.group(0)] for m in pattern.finditer(text)) if pattern else frozenset()


@lru_cache(maxsize=1)
def _counties() -> tuple:
    """Every county's official name, the covered regions' ones, and whether a name is a place:
    what misheard_counties compares a written county with."""
    return (*_county_names(), _is_place)


@lru_cache(maxsize=1)
def _county_names() -> tuple[tuple[str, ...], frozenset[str]]:
    from regions.gazetteer import gazetteer
    places = gazetteer().places.values()
    covered = frozenset(c.name for r in regions.registry().values() for c in r.counties)
    return tuple(p.name for p in places if p.level == "county"), covered


def _is_place(name: str) -> bool:
    from regions.gazetteer import gazetteer
    return gazetteer().is_name(name)


@lru_cache(maxsize=1)
def _addressed_words() -> frozenset[str]:
    """Whom the asker addresses or speaks of as a region's cue ("学长", "室友": 克拉玛依's students):
    they place the question, they are not what it asks about — no entry's lack of them makes the
    question one the handbooks do not cover."""
    return frozenset(w for r in regions.registry().values() for w in ((r.cues or {}).get("weak") or []))


@lru_cache(maxsize=8)
def _care_place_patterns(region: str) -> tuple[re.Pattern, re.Pattern]:
    """Care in the region's own city ("在克拉玛依市的医院", "克拉玛依本地医院看病") and care outside it
    ("克拉玛依市外", "市外", "外地"), from the region's names in the registry."""
    names = "|".join(sorted(map(re.escape, regions.get(region).names), key=len, reverse=True))
    # (... or a hospital of the city by its own name, "克拉玛依中心医院", "克拉玛依市人民医院" — a name, no way
    # gone nor side taken between: "从克拉玛依到北京医院", "克拉玛依以外医院", "克拉玛依和兰州医院" are care away)
    inside = re.compile(rf"(?:{names})(?:市)?(?:的|本地的?|这边的?|市内的?|市里的?|城里的?)?"
                        rf"(?:医院|看病|看了?病|就诊|就医|住院|看门诊|门诊)|"
                        rf"(?:{names})(?:市)?[^\s，,。？?、的去到转跑回往赴至来上外和跟与或还]{{1,5}}?(?:医院|卫生院)")
    # (the city left, "出了长治看病", "离开克拉玛依去住院": care away, though its name stands before the care)
    outside = re.compile(rf"(?:{names})(?:市)?外|(?<![没不])(?:出了|离开)(?:{names})|市外|外地|异地|老家|户籍地")
    return inside, outside


def care_in_own_city(text: str, region: str) -> bool:
    """Does `text` tell care in the region's own city, and none outside it ("在克拉玛依市人民医院看的")?"""
    return _care_inside(text, region)


def _care_inside(text: str, region: str) -> bool:
    inside, outside = _care_place_patterns(region)
    return inside.search(text) is not None and outside.search(text) is None


def _care_outside(text: str, region: str) -> bool:
    return _care_place_patterns(region)[1].search(text) is not None


@lru_cache(maxsize=1)
def _county_words() -> frozenset[str]:
    """The covered regions' counties and landmarks, as people write them (南江, 恩阳区 …): a typo of
    one is repaired like a domain term's, so that the place still filters. A county's short name
    that is an ordinary word too (长子) is one of them: the handbooks never speak of it as a word."""
    ordinary = (name for name, _ in regions.covered_ordinary())
    return frozenset([*(a for r in regions.registry().values() for a in r.aliases), *ordinary]) - _region_words()


def _place_words() -> list[str]:
    """The segmenter's extra words: place names only. Keywords are indexed through the ordinary
    segmentation: made into words, "两病待遇" would no longer meet a question on 两病 + 待遇."""
    return list(regions.place_words())


@lru_cache(maxsize=1)
def _aliases_by_region() -> dict[str, dict[str, tuple[str, ...]]]:
    """Each region's diseases (canonical name → the other words its policy file knows them by)."""
    from calculators.policy import load_policies
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for region, p in load_policies().items():
        for section in (p.chronic, p.special):
            for d in section.diseases if section is not None else ():
                out.setdefault(region, {})[d.name] = tuple(d.aliases)
    return out


def _disease_aliases(e: Entry) -> list[str]:
    """For a disease of the entry's region named among its keywords, every other word the policy
    file knows that disease by: "俺爹肺癌在门诊放化疗" asks the 恶性肿瘤门诊治疗 entry, whose keywords
    name 癌症 and 化疗 but not each cancer nor 放化疗 (kept whole by the segmenter). A line of their
    own: added to the keywords line, they would thin what its words weigh."""
    known = _aliases_by_region().get(e.region or "", {})
    return list(dict.fromkeys(a for k in e.keywords for a in known.get(k, ()) if a not in e.keywords))


def _disease_names() -> list[str]:
    """The policies' disease names and their aliases, in Chinese only: names the segmenter keeps
    from being cut across (`Segmenter.cut`)."""
    from calculators.policy import load_policies
    names = []
    for p in load_policies().values():
        for section in (p.chronic, p.special):
            for d in section.diseases if section is not None else ():
                names.extend(w for w in [d.name, *d.aliases] if re.fullmatch(r"[\u4e00-\u9fff]+", w))
    return names
