"""Segmentation: normalisation, the lexicon of how people say things, jieba with the 医保 user
dictionary, stop words dropped, synonyms folded to their canonical word. The index and the query
go through the same `Segmenter`."""
from __future__ import annotations

import logging
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from corpus.lexicon import Lexicon, load as load_lexicon
from corpus.normalize import normalize
from corpus.yamlfile import read_yaml

DATA_DIR = Path(__file__).parent / "data"


def _import_jieba():
    """jieba, imported without pkg_resources: jieba's _compat imports it only to find jieba's own
    data files (we give ours by path), and importing it scans every installed distribution, a
    tenth of a second of start-up. Without it, jieba opens its files by path."""
    if "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None        # `import pkg_resources` raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()
jieba.setLogLevel(logging.WARNING)

# Function words and chat filler; question words (多少, 什么时候, 怎么) are kept on purpose:
# they separate "交多少" from "什么时候交".
STOP_WORDS = frozenset(
    "的 了 吗 呢 啊 吧 呀 哦 嘛 哈 么 是 在 我 我们 你 你们 他 她 它 请问 问 问下 一下 想 想问 "
    "这个 那个 这 那 和 与 及 或 或者 就 都 也 还 又 要 能 能不能 可以 可不可以 会 有 没有 吗? "
    "个 得 地 着 过 给 被 把 让 对 从 到 于 为 以 之 其 该 等 其中 如果 那么 的话 时候 "
    "老师 谢谢 您好 你好 麻烦 大家 各位 群里 有人 知道 一个 一些 这边 咱这边 我们这边 咱们这边 这儿 这里 "
    "咱们 咱 俺 到底 究竟 是不是 是否 真的 还是 一直 现在 目前 打算 想要 请教 听说 问一下 "
    "请问一下 不 么样 哪位 帮忙 帮我 告诉 一声 呗 嘞 滴 哈哈 嗯 额 呃 那么 然后 就是 还有 另外 "
    "刚 刚刚 已经 需要 应该 可能 比如 啥的 之类 这种 那种 怎么回事 拿来 拿去 "
    # (doing a thing on purpose, "还用专门备案不", "要特意去办吗": how it is done, never what is asked of)
    "专门 特意 特地 专程 "
    # the sentence-final particles of dialects and chat (山西's 咧, 四川's 嗦 / 噻, 哟, 啦, 咯, 喽):
    # a question's tone, never a word no entry has that marks it off-topic
    "咧 嗦 噻 哟 啦 咯 喽 "
    # asking itself, in other words than 问下 ("打听下", "问问", "问一句"): the request, never its topic
    "打听 打听下 打听一下 打听打听 问问 问一句 问句".split()
)
_PUNCT_RE = re.compile(r"^[\W_]+$")
# a question asked as "A不A" / "A没A" (能不能, 报不报, 有没有), and the character after it (可不可以, 报不报销)
_A_NOT_A_RE = re.compile(r"([\u4e00-\u9fff])[不没]\1([\u4e00-\u9fff]?)")
# ... or a one-character verb jieba glued to the 不 / 没 / 嘛 after it (交不, 交没: see `terms`)
_VERB_AND_PARTICLE_RE = re.compile(r"[\u4e00-\u9fff][不没嘛]")
# ... or to the 啥 it asks of (选啥, 交啥, 签啥 before another word): the verb and 啥 (什么), as 选啥子 and
# 办啥 are cut — glued, the verb meets no page's 选什么 / 选哪种
_VERB_AND_WHAT_RE = re.compile(r"[\u4e00-\u9fff]啥")
# ... and after a where / when / how in its clause ("医保在哪交不", "你知道在哪办吗"), the clause-final 不 / 没 / 吗
# is the particle that asks (not a negation, nor a yes/no): dropped, so the clause reads as "医保在哪交" does (its
# characters would otherwise count in the bigram match against every page)
_WH_PARTICLE_RE = re.compile(r"((?:哪|什么时候|啥时候|怎么|咋|几时)[^，,。？?！!；;\s不没能可会]{0,10}?[交缴办报买弄搞查用领开打补停转])"
                             r"[不没吗](?=$|[，,。？?！!；;\s])")
# a word that begins with a count (2次报销), split there
_COUNTED_RE = re.compile(r"(\d+)(\D.*)")
# Words that say the asker wants to check what they were told or paid ("我想核对一下当年报的对不对"),
# not what they ask about: never a content word unless a 医保 term.
CHECKING_WORDS = frozenset("核对 核实 对照 比对 查对 核算 对账 验证 对比 印证".split())
# ... nor how a figure is said to move ("听说连续交的话报销比例会往上涨"): it says what is asked of the
# rate or the fee, which the question names, and no entry says it in these words (they say 提高)
# (or said in one character, "比例会涨 涨多少": 涨)
MOVING_WORDS = frozenset("上涨 上调 下调 涨".split())
# ... nor who the story is about or whom the asker stays with ("俺闺女在北京 俺过去住一阵"): the
# asker's own case is asked about, unless a 医保 term (子女, 配偶 in 家庭共济) says otherwise
KIN_WORDS = frozenset("闺女 女儿 儿子 儿媳 儿媳妇 媳妇 女婿 老伴 孙子 孙女 外孙 外孙女 爸爸 妈妈 公公 婆婆 岳父 岳母 "
                      "爱人 嫂子 弟媳 侄子 侄女 外甥 外甥女 表妹 表姐 表弟 表哥 堂妹 堂姐 堂弟 堂哥 "
                      "亲戚 室友 邻居 老乡 同事 朋友 同学 家里 家里人 家人 屋里 屋里人 "
                      # (and who told the asker of it: "村里人说有个倾斜救助", "街坊说…")
                      "村里人 村上人 街坊 街坊邻居 乡亲 乡亲们 熟人 "
                      "老人 老年人 老头 老太太 老汉 老爷子 父亲 母亲 老爸 老妈 爹 娘 爷爷 奶奶 外公 外婆 姥姥 姥爷 "
                      # (and as the old say their spouse: "我老头儿得了癌症 …", "俺家老头子住院了")
                      "老头儿 老头子 老太 老婆子 婆娘 当家的".split())
# kin said in one character (我妈, 俺娘, 我哥): what the HMM joins to the word after it
_KIN_CHARS = frozenset("妈爸娘爹哥姐弟妹")
# the units said after a figure's digits (10万, 3千, 500元, 200块)
_UNIT_CHARS = frozenset("万千元块")
_CJK_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")
# What a question is about: jieba's nouns and verbs (zg: single characters such as 丢) ...
# how long a text may be for its rewriting to be kept (Segmenter.rewrite), and how many are kept:
# about one message's clauses and readings, no memory of earlier messages
REWRITTEN_CHARS = 200
REWRITTEN_KEPT = 64
# ... and the same for a text's words (Segmenter.cut): a message's clause is cut by several readers (its
# repairs, its voiced clauses, the topic words), a third of the cuts over the bench questions repeated
CUT_KEPT = 128
CONTENT_TAGS = frozenset({"n", "nz", "vn", "v", "zg"})
# ... less the everyday ones (看, 去, 走, 花, 改): a word this frequent in general Chinese says
# how something is done, or tells the story, more often than it names what is asked about.
EVERYDAY_FREQ = 3000
# A word of the language the asker plainly meant, never a typo to repair (合适 2426, 那里 13132; the
# homophones typed for 医保 terms are rare words: 大兵 204, 报效 138)
COMMON_WORD_COUNT = 1000
# a name kept whole by `Segmenter.cut` has at least this many characters (shorter ones are jieba's words)
MIN_NAME = 4


@lru_cache(maxsize=8)
def load_synonyms(path: Path) -> dict[str, str]:
    """word → the head of its synonym group, every word folded as the search folds it. Read once
    per file and shared (the segmenter's, and intents.premise's areas, read on a first premise
    check in the middle of answering): callers read it, never change it."""
    groups = read_yaml(path) or []
    table: dict[str, str] = {}
    for group in groups:
        canonical = normalize(str(group[0]))
        for word in group:
            table[normalize(str(word))] = canonical
    return table


@lru_cache(maxsize=2)
def _tags(path: Path) -> dict[str, str]:
    """jieba's part-of-speech tag per word of its vocabulary file (read when first needed: only a
    question with a word no candidate entry has asks)."""
    tags = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) > 2:
            tags[parts[0]] = parts[2]
    return tags


# the dictionary's tag for a name from outside 医保 (a payment app): a word to cut whole, no 医保 term
OUTSIDE_TAG = "nz"


class Segmenter:
    def __init__(self, extra_words: Iterable[str] = (), data_dir: Path = DATA_DIR, names: Iterable[str] = ()):
        """`names`: whole names (the policies' diseases) whose edges a cut must not cross, so that a
        name glued to its neighbour in a message typed without stops reads as it does alone."""
        self.synonyms = load_synonyms(data_dir / "synonyms.yaml")
        self.lexicon = Lexicon(load_lexicon(data_dir / "lexicon.yaml"))
        # jieba's most frequent words only: a fifth of its load time (corpus/build_dictionary.py)
        self._jieba = jieba.Tokenizer(str(data_dir / "jieba_main.txt"))
        self._jieba.load_userdict(str(data_dir / "dictionary.txt"))
        # (a word tagged nz is a name from outside 医保 that jieba's frequent words lack, 支付宝: cut whole,
        # so it is not read as 支付 + 宝, but no 医保 term — no topic, no typo's target)
        self._dictionary = [normalize(line.split()[0]) for line in
                            (data_dir / "dictionary.txt").read_text(encoding="utf-8").splitlines()
                            if line.strip() and line.split()[2:3] != [OUTSIDE_TAG]]
        for word in [*self.synonyms, *self.lexicon.terms, *(normalize(w) for w in extra_words)]:
            if len(word) > 1:
                self._jieba.add_word(word, freq=2000)
        self._dictionary_file = data_dir / "jieba_main.txt"
        self._domain = frozenset(self.domain_words)
        self._asking = frozenset(self.synonyms.get(w, w) for w in ("怎么", "多少", "什么时候", "什么"))
        kept = sorted({normalize(n) for n in names if len(n) >= MIN_NAME}, key=lambda n: (-len(n), n))
        self._names_re = re.compile("|".join(map(re.escape, kept))) if kept else None

    def content_word(self, word: str) -> bool:
        """Whether `word` can name what a question is about (押金, 补办, 丢): a 医保 term, or a
        noun or verb of jieba's vocabulary that everyday talk does not use at every turn. Function
        words, everyday verbs and what jieba's HMM makes of an unknown span (妈交, 能先) cannot."""
        if word in self._asking:
            return False
        if word in self._domain:
            # a kin or home word is a 医保 term only when the dictionary or the synonyms say so
            # (子女 in 家庭共济), not because a dialect word means it (屋头 → 家里)
            return word not in KIN_WORDS or word in self._dictionary or word in self.synonyms
        if word in CHECKING_WORDS or word in KIN_WORDS or word in MOVING_WORDS:
            return False
        tag = _tags(self._dictionary_file).get(word)
        return tag in CONTENT_TAGS and self._jieba.FREQ.get(word, 0) < EVERYDAY_FREQ

    def __getstate__(self) -> dict:
        # jieba's tokenizer holds a lock; what it knows is its prefix dictionary (our words added)
        state = self.__dict__.copy()
        state.pop("_rewritten_kept", None)      # a message's texts, no part of what the segmenter knows
        state.pop("_cut_kept", None)
        tok = state.pop("_jieba")
        state["_jieba_words"] = (tok.dictionary, tok.FREQ, tok.total, tok.user_word_tag_tab)
        return state

    def __setstate__(self, state: dict) -> None:
        dictionary, freq, total, tags = state.pop("_jieba_words")
        tok = jieba.Tokenizer(dictionary)
        tok.FREQ, tok.total, tok.user_word_tag_tab, tok.initialized = freq, total, tags, True
        self.__dict__.update(state, _jieba=tok)

    @property
    def topic_words(self) -> set[str]:
        """Words that make a clause about 医保 at all: the dictionary's and the synonyms', less
        the question words (怎么, 多少 …), which say how something is asked, not what (截止, 最迟: by when)."""
        asking = {self.synonyms.get(w) for w in ("怎么", "多少", "什么时候", "什么", "截止")}
        return {*self._dictionary, *(w for w, canon in self.synonyms.items() if canon not in asking)}

    @property
    def domain_words(self) -> set[str]:
        """The 医保 dictionary's, the synonyms' and the lexicon's words: what a typo may stand for."""
        return {*self._dictionary, *self.synonyms, *self.lexicon.terms}

    def misspellings(self) -> dict[str, str]:
        """The synonyms that are their group's head misspelt (报消 → 报销, 起伏线 → 起付线): as long as
        the head, read as it is with the tones aside, and no word of the language (jieba's own
        vocabulary, where 交费 beside 缴费 is). The search folds them anyway; the layers that read
        the message's words (the figure asked, the calculation's verbs) see the head."""
        found = self.__dict__.get("_misspellings")
        if found is None:
            from corpus.typos import usual_reading

            def toneless(word: str) -> tuple[str, ...] | None:
                said = [usual_reading(c) for c in word]
                return None if None in said else tuple(r[:-1] for r in said)

            language = _tags(self._dictionary_file)
            found = self.__dict__["_misspellings"] = {
                w: head for w, head in self.synonyms.items()
                if w != head and len(w) == len(head) and w not in language and toneless(w) is not None
                and toneless(w) == toneless(head)}
        return found

    def is_word(self, word: str) -> bool:
        """Whether jieba's vocabulary (its frequent words and ours) has `word`."""
        return self._jieba.FREQ.get(word, 0) > 0

    def is_common_word(self, word: str) -> bool:
        """Whether `word` is an everyday word of the language (合适, 那里): jieba counts it often."""
        return self._jieba.FREQ.get(word, 0) >= COMMON_WORD_COUNT

    def rewrite(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """Normalised text with the lexicon applied, and the lexicon's substitutions. A message's
        clauses and readings are rewritten by several readers (the topic check, the repairs, the
        analysis): the last REWRITTEN_KEPT short texts' results are kept, the substitutions handed
        out as a list of the caller's own."""
        if len(text) > REWRITTEN_CHARS:
            rewritten, subs = self.lexicon.rewrite(normalize(text))
            return _WH_PARTICLE_RE.sub(r"\1", rewritten), subs
        found = self._kept("_rewritten_kept", REWRITTEN_KEPT, text, self._rewrite_kept_form)
        return found[0], list(found[1])

    def _rewrite_kept_form(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        rewritten, subs = self.lexicon.rewrite(normalize(text))
        return _WH_PARTICLE_RE.sub(r"\1", rewritten), tuple(subs)

    def _kept(self, name: str, limit: int, text: str, make: Callable[[str], Any]) -> Any:
        """`make(text)`, kept in the segmenter's dict `name` of at most `limit` texts (emptied when full:
        the texts are one message's clauses and readings). What is kept is never changed: callers are
        handed immutable values or copies of them."""
        kept = self.__dict__.setdefault(name, {})
        found = kept.get(text)
        if found is None:
            if len(kept) >= limit:
                kept.clear()
            found = kept[text] = make(text)
        return found

    def cut(self, text: str) -> list[str]:
        """`_cut`, except that a name of `names` whose edge jieba's cut crosses is cut on its own,
        as are the texts before and after it: "慢性病毒性肝炎" is 慢性病 | 毒性 | 肝炎 to jieba, and 毒性 a
        word no entry knows; with 病毒性肝炎 kept whole it is 慢性 | 病毒性 | 肝炎, as "慢性 病毒性肝炎".
        The words depend on the text alone (the vocabulary is fixed once built): the last CUT_KEPT short
        texts' are kept, and each caller gets a list of its own."""
        if len(text) > REWRITTEN_CHARS:
            return self._cut_names_whole(text)
        return list(self._kept("_cut_kept", CUT_KEPT, text, lambda t: tuple(self._cut_names_whole(t))))

    def _cut_names_whole(self, text: str) -> list[str]:
        words = self._cut(text)
        if self._names_re is None:
            return words
        edges, at = {0}, 0
        for word in words:
            at += len(word)
            edges.add(at)
        crossed = [m.span() for m in self._names_re.finditer(text) if m.start() not in edges or m.end() not in edges]
        if not crossed:
            return words
        out: list[str] = []
        at = 0
        for a, b in crossed:
            if a > at:
                out.extend(self._cut(text[at:a]))
            out.extend(self._cut(text[a:b]))
            at = b
        if at < len(text):
            out.extend(self._cut(text[at:]))
        return out

    def _cut(self, text: str) -> list[str]:
        """jieba's words of already rewritten text, punctuation and stop words still in. A
        question said as "A不A" (能不能, 算不算, 可不可以) that jieba cuts across, as 能 + 不能报 (a
        lexicon term for what is never paid) or 算 + 不算, is one word: else the question reads as
        its negation."""
        words = self._unit_apart(self._kin_apart(self._jieba.lcut(text, HMM=True)))
        if not any(m and self._cut_across(words, text, m) for m in _A_NOT_A_RE.finditer(text)):
            return words
        out: list[str] = []
        at = 0
        for m in _A_NOT_A_RE.finditer(text):
            if m.start() < at:
                continue
            verb, nxt, asked = m.group(1), m.group(2), m.group(0)[:3]
            if m.start() > at:
                out.extend(self._unit_apart(self._kin_apart(self._jieba.lcut(text[at:m.start()], HMM=True))))
            # 报不报销, 一不一样: the character after is the verb's own (a word jieba or the stop list
            # knows, 能不能 before 报销, stays apart)
            whole = nxt and asked not in STOP_WORDS and not self.is_word(asked) and self.is_word(verb + nxt)
            out.append(m.group(0) if whole else asked)
            at = m.end() if whole else m.start() + 3
        if at < len(text):
            out.extend(self._unit_apart(self._kin_apart(self._jieba.lcut(text[at:], HMM=True))))
        return out

    def _unit_apart(self, words: list[str]) -> list[str]:
        """A figure's unit said after its digits, which jieba's HMM joins to the verb after it into a word of
        no language (10 | 万报, 3 | 千交): the unit apart, and the rest cut again with the word after it, so
        that the verb (报: 报销) is read."""
        return self._first_apart(words, _UNIT_CHARS, after_digits=True)

    def _kin_apart(self, words: list[str]) -> list[str]:
        """A kinsman said in one character and what follows, which jieba's HMM joins into a word of
        no language (给我妈交 → 妈交, 俺爹脑梗 → 爹脑 | 梗): the kinsman apart, and the rest cut again
        with the word after it, so that the paying (交) or the disease (脑梗) is read."""
        return self._first_apart(words, _KIN_CHARS, after_digits=False)

    def _first_apart(self, words: list[str], chars, after_digits: bool) -> list[str]:
        """Each two-character non-word whose first character is one of `chars` (after digits, where
        `after_digits`): that character apart, the second cut again with the word after it."""
        if not any(len(w) == 2 and w[0] in chars for w in words):
            return words
        out: list[str] = []
        i = 0
        while i < len(words):
            w = words[i]
            if len(w) == 2 and w[0] in chars and (not after_digits or i and words[i - 1][-1:].isdigit()) \
                    and not self.is_word(w):
                nxt = words[i + 1] if i + 1 < len(words) and _CJK_WORD_RE.fullmatch(words[i + 1]) else ""
                out += [w[0], *self._jieba.lcut(w[1] + nxt, HMM=True)]
                i += 2 if nxt else 1
                continue
            out.append(w)
            i += 1
        return out

    @staticmethod
    def _cut_across(words: list[str], text: str, m: re.Match) -> bool:
        """Whether jieba's words split "A不A" inside it and join a part of it to what follows
        (能 | 不能报, 可不 | 可以报): 能不能 | 报 and 有没有 | 起付线 are cut right."""
        at, a, b = 0, m.start(), m.start() + 3
        for word in words:
            end = at + len(word)
            if a < end < b or (at < b < end and at >= a):
                return True
            at = end
        return False

    def tokens(self, text: str) -> list[str]:
        """Canonical index terms of `text`, in order (duplicates kept: BM25 counts them)."""
        return self.terms(self.cut(self.rewrite(text)[0]))

    def terms(self, words: list[str]) -> list[str]:
        """Canonical index terms of cut words: stop words and punctuation dropped, synonyms folded."""
        out = []
        last = ""
        for tok in words:
            tok, after_ordinal = tok.strip(), last == "第"
            last = tok or last
            if not tok or tok in STOP_WORDS or _PUNCT_RE.match(tok):
                continue
            counted = _COUNTED_RE.fullmatch(tok) if after_ordinal else None
            if counted and tok in self.synonyms:
                # a synonym that begins with a count (二次报销, read 2次报销) after 第 is no term: 第二次报销
                # is the year's second claim, not the 大病保险
                out.append(counted.group(1))
                out.extend(self._decompose(counted.group(2)))
                continue
            if _A_NOT_A_RE.fullmatch(tok) and tok not in STOP_WORDS and not self.is_word(tok):
                # asked as A不A, a word is what a statement says (报不报销 → 报销, 交不交 → 交 → 缴费)
                # where it is one of ours or jieba's; a lone verb of no meaning here (认不认) stays as said
                said = tok[0] + tok[3:] if len(tok) > 3 else tok[0]
                if said in STOP_WORDS:
                    continue
                if said in self.synonyms or (len(said) > 1 and self.is_word(said)):
                    tok = said
            elif _VERB_AND_PARTICLE_RE.fullmatch(tok) and tok[0] in self.synonyms and not self.is_word(tok):
                # a one-character verb glued by jieba's HMM to the sentence-final 不 / 没 / 嘛 that asks
                # ("医保在哪交不", "在哪交没"): the verb, as "在哪交吗" reads (交 → 缴费)
                tok = tok[0]
            elif _VERB_AND_WHAT_RE.fullmatch(tok) and not self.is_word(tok):
                out.extend(self.terms([tok[0], tok[1]]))
                continue
            if tok in self.synonyms:
                out.append(self.synonyms[tok])
            else:
                out.extend(self._decompose(tok))
        return out

    def _decompose(self, tok: str) -> list[str]:
        """A compound made only of synonym words is indexed as those words, so 报销比例 and
        报账比例 (cut as 报账 + 比例) meet; anything else stays whole."""
        if len(tok) < 3:
            return [tok]
        parts, i = [], 0
        while i < len(tok):
            for j in range(len(tok), i + 1, -1):
                if tok[i:j] in self.synonyms:
                    parts.append(self.synonyms[tok[i:j]])
                    i = j
                    break
            else:
                return [tok]
        return parts
