"""`yibao eval --robustness`: does the answer survive the ways people really write?

Every FAQ question of the sets that the bot answers is rewritten in meaning-preserving ways, and
for each kind of rewriting we count how often the reply still gives the same entry. The
rewritings are made here, independently of the bot's own lexicon and typo repair (a dialect table
of its own, homophones drawn from the pinyin table, OpenCC for the traditional script), and are
deterministic: each question's choices come from a hash of its id."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import opencc

from bot.engine import Engine, default_engine
from bot.measure.evaluate import DEV_DIR, load_items
from bot.reply import Message
from bot.session import Session
from corpus.typos import readings, usual_reading
from intents.regions import detect_region

# How people in 四川/巴中 and 山西/长治 say the standard words (independent of corpus/data/lexicon.yaml).
DIALECT = [
    ("怎么办", ["咋个办", "咋整", "啷个办"]), ("怎么", ["咋个", "啷个", "咋"]), ("什么", ["啥子", "啥", "甚"]),
    ("多少钱", ["好多钱", "几多钱"]), ("多少", ["好多", "几多"]), ("哪里", ["哪儿", "哪点"]),
    ("孩子", ["娃儿", "娃娃"]), ("小孩", ["娃儿", "小娃"]), ("父亲", ["老汉儿"]), ("爸爸", ["老汉儿", "爹"]),
    ("家里", ["屋头", "屋里"]), ("可以吗", ["要得不", "行不"]), ("能报吗", ["报得到不", "能报不"]),
    ("没有", ["没得", "莫得"]), ("知道", ["晓得"]), ("城乡居民医保", ["合疗", "新农合"]),
    ("居民医保", ["合疗", "农合"]), ("大病保险", ["二次报销"]), ("起付线", ["起点", "门槛费"]),
    ("起付标准", ["起点", "门槛费"]), ("报销", ["报账"]), ("是不是", ["是不"]), ("我们", ["俺们", "我们这儿"]),
]
STORIES = ["我妈今年七十多了，身体一直不太好，", "我们村里好多人都在问这个，", "屋头老人前段时间生病了，到处问了一圈，",
           "我是帮我爸问的，他不会用手机，", "邻居说法不一样，我也搞不清楚，"]
FILLERS = [("请问一下，", "，谢谢了"), ("那个，", "，麻烦大家"), ("想问问，", "？在线等"), ("嗯，就是", "啊")]
_PUNCT_RE = re.compile(r"[\s，。？！、；：,.?!;:“”\"'（）()…~～]+")
_S2T = opencc.OpenCC("s2t")


def _pick(key: str, n: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % n


def dialect(q: str, key: str) -> str:
    out = q
    for word, says in DIALECT:
        if word in out:
            out = out.replace(word, says[_pick(key + word, len(says))])
    return out


def homophone_typo(q: str, key: str, terms: list[str]) -> str:
    """One character of one domain term in `q` swapped for another that reads exactly the same."""
    present = [t for t in terms if t in q]
    if not present:
        return q
    term = present[_pick(key, len(present))]
    for offset in range(len(term)):
        i = (_pick(key + "i", len(term)) + offset) % len(term)
        same = [c for c in _homophones().get(usual_reading(term[i]) or "", ()) if c != term[i]]
        if same:
            return q.replace(term, term[:i] + same[_pick(key + term[i], len(same))] + term[i + 1:], 1)
    return q


@lru_cache(maxsize=1)
def _homophones() -> dict[str, list[str]]:
    """Toned reading → the characters with that one reading only (no heteronyms: less ambiguity)."""
    out: dict[str, list[str]] = {}
    for ch, rs in sorted(readings().items()):
        if len(rs) == 1:
            out.setdefault(next(iter(rs)), []).append(ch)
    return out


@dataclass
class Perturbation:
    name: str
    apply: Callable[[str, str], str]       # (question, key) → rewritten question


def perturbations(engine: Engine, others: dict[str | None, list[str]]) -> list[Perturbation]:
    terms = sorted((w for w in engine.index.segmenter.domain_words if len(w) >= 2), key=lambda w: (-len(w), w))
    return [
        Perturbation("dialect words", dialect),
        Perturbation("homophone typo", lambda q, k: homophone_typo(q, k, terms)),
        Perturbation("traditional script", lambda q, k: _S2T.convert(q)),
        Perturbation("punctuation removed", lambda q, k: _PUNCT_RE.sub("", q)),
        Perturbation("story before", lambda q, k: STORIES[_pick(k, len(STORIES))] + q),
        Perturbation("two questions joined", lambda q, k: q.rstrip("？?。 ") + "？还有，" + _other(q, k, others)),
        Perturbation("filler words", lambda q, k: (lambda f: f[0] + q.rstrip("？?。 ") + f[1])(FILLERS[_pick(k, len(FILLERS))])),
    ]


def _other(q: str, key: str, others: dict[str | None, list[str]]) -> str:
    """A second question about the same place (people ask two things about their own region)."""
    pool = [o for o in others.get(detect_region(q).region, []) if o != q.rstrip("？?。 ")] or others[None]
    return pool[_pick(key, len(pool))]


def _entry(engine: Engine, text: str, region: str | None, key: str) -> str | None:
    reply = engine.answer(Message(text=text, channel="eval", region=region), Session(key=key))
    return reply.sources[0].entry_id if reply.kind == "faq" and reply.sources else None


def robustness(items: list[dict], engine: Engine | None = None, changed: list[dict] | None = None) -> list[dict]:
    """Rows per perturbation; with `changed`, every rewriting that lost its entry is appended to it."""
    engine = engine or default_engine()
    base = []
    for item in items:
        if "turns" in item or item["expect"].get("kind") != "faq":
            continue
        entry = _entry(engine, item["q"], item.get("region"), item["id"])
        if entry:
            base.append((item, entry))
    # the second question of "two questions joined": another answered question of the same region
    others: dict[str | None, list[str]] = {None: []}
    for it, _ in base:
        place = it.get("region") or detect_region(it["q"]).region
        others.setdefault(place, []).append(it["q"].rstrip("？?。 "))
        others[None].append(it["q"].rstrip("？?。 "))
    rows = []
    for p in perturbations(engine, others):
        applied = same = 0
        for item, entry in base:
            text = p.apply(item["q"], item["id"] + p.name)
            if text == item["q"]:
                continue
            applied += 1
            got = _entry(engine, text, item.get("region"), item["id"])
            same += got == entry
            if got != entry and changed is not None:
                changed.append({"id": item["id"], "perturbation": p.name, "text": text, "before": entry, "after": got})
        rows.append({"perturbation": p.name, "questions": applied, "same_entry": same,
                     "pct": round(100.0 * same / applied, 1) if applied else None})
    return rows


def run_robustness(files: list[str], as_json: bool = False, show_fail: bool = False) -> int:
    paths = [Path(f) for f in files] or sorted(DEV_DIR.glob("*.jsonl"))
    changed: list[dict] = []
    rows = robustness(load_items(paths), changed=changed)
    if as_json:
        print(json.dumps({"rows": rows, "changed": changed} if show_fail else rows, ensure_ascii=False, indent=2))
        return 0
    if show_fail:
        # which question, which rewriting, entry before → after: the classes to fix are read here
        for c in changed:
            print(f"CHANGED {c['id']} | {c['perturbation']} | {c['before']} → {c['after'] or '-'} | {c['text']}")
    print(f"{'perturbation':22s} {'questions':>9} {'same entry':>10}")
    for r in rows:
        print(f"{r['perturbation']:22s} {r['questions']:>9} {r['pct'] if r['pct'] is not None else '-':>9}%")
    return 0
