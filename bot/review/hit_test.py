"""命中测试 (hit testing): what the bot would do with a question, before a resident asks it — how
the question was understood, the entries the search ranked with their scores and why, and the
reply the bot would send. Nothing is logged or queued, and no conversation is touched: the engine
answers into a throwaway session.

Built on the engine's public surface only: `engine.answer`, `engine.index.search`, and — when the
engine has it — `engine.explain(text, region)` for the understanding; without it, what the index
and the reply tell (normalised text, weighted words, region, scope, slots)."""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

from bot import engine as engine_module
from bot.channels.choices import numbered_text
from bot.reply import Message, Reply
from bot.session import Session
from corpus.normalize import normalize

log = logging.getLogger(__name__)

MAX_CHARS = 500
RANKED = 10
LABELS = {"normalized": "规范化文本", "normalised": "规范化文本", "text": "文本", "region": "地区", "county": "区县",
          "scope": "范围", "slots": "提取的信息", "intent": "意图", "kind": "类型", "clauses": "分句",
          "questions": "问题句", "tokens": "分词", "terms": "检索词", "year": "年份", "place": "地点",
          "refusal": "拒答原因", "missing_slots": "缺少的信息", "calculation": "计算",
          "uncovered_place": "手册未覆盖的地点"}
# Engine.explain's account of each question of a message (its candidates are the ranking below)
PART_LABELS = {"question": "问题句", "story": "前面的叙述", "slots": "叙述里的信息", "query": "检索用的说法",
               "lexicon": "方言/口语替换", "repairs": "错别字纠正", "question_type": "问的是", "band": "置信区间"}
REFUSALS = {"out_of_scope": "拒答：不在医保政策范围", "uncovered_place": "拒答：手册未覆盖的地区"}
KINDS = {"faq": "回答（手册/工作人员条目）", "calculation": "计算", "clarify": "追问或请对方选择", "unanswered": "未能回答（转工作人员）"}


@dataclass
class Ranked:
    entry_id: str
    question: str
    region: str
    origin: str
    confidence: float
    score: float
    why: list[str]
    used: bool = False          # the entry the reply answered from


@dataclass
class HitTest:
    text: str
    region: str | None                               # the chat's default region chosen on the page
    understanding: list[tuple[str, str]]
    explained_by_engine: bool
    ranked: list[Ranked] = field(default_factory=list)
    reply: Reply | None = None
    reply_text: str = ""
    error: str | None = None

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.reply.kind, self.reply.kind) if self.reply else ""


def run(engine, text: str, region: str | None = None) -> HitTest:
    text = text.strip()[:MAX_CHARS]
    session = Session(key="hit-test")
    try:
        reply = engine.answer(Message(text=text, channel="hit-test", region=region), session)
    except Exception:
        log.exception("hit test: the engine failed")
        return HitTest(text, region, [], False, error="机器人处理这个问题时出错了（已记入日志）。")
    searched_in = session.region or region or reply.region
    explained = _explain(engine, text, searched_in)
    # what the reply and the index tell (scope, extracted facts), then the engine's own account
    understanding = _from_index(engine, text, reply, searched_in) + (explained or [])
    ranked = [_ranked(h, reply) for h in engine.index.search(text, region=searched_in, k=RANKED)] if text else []
    return HitTest(text, region, understanding, explained is not None, ranked, reply, numbered_text(reply))


def _explain(engine, text: str, region: str | None) -> list[tuple[str, str]] | None:
    explain = getattr(engine, "explain", None)
    if explain is None:
        return None
    try:
        found = explain(text, region)
    except Exception:
        log.exception("hit test: engine.explain failed; showing what the index tells")
        return None
    if hasattr(found, "model_dump"):
        found = found.model_dump()
    elif dataclasses.is_dataclass(found) and not isinstance(found, type):
        found = dataclasses.asdict(found)
    if not isinstance(found, dict):
        return [("理解", _show(found))]
    shown = {"parts", "text", "normalized", "region"}      # the rows above already say these
    rows = [(LABELS.get(k, k), _show(v)) for k, v in found.items() if k not in shown]
    for n, part in enumerate(found.get("parts") or (), 1):
        # one block per question of the message (corpus/intents say what each key holds)
        label = f"问题 {n}" if len(found["parts"]) > 1 else "问题"
        rows += [(f"{label}：{PART_LABELS[k]}", _show(part.get(k))) for k in PART_LABELS if k in part]
    return rows


def _from_index(engine, text: str, reply: Reply, region: str | None) -> list[tuple[str, str]]:
    index = engine.index
    words = list(dict.fromkeys(index.segmenter.tokens(text)))
    rows = [("规范化文本", normalize(text) or "（空）"),
            ("分词（权重）", "  ".join(f"{t}({index.idf(t):.1f})" for t in words) or "（无）"),
            ("地区", region or "未识别（按全国内容和各地区并列处理）"),
            ("范围", REFUSALS.get(reply.refusal, "医保计算" if reply.kind == "calculation" else "医保问题"))]
    if reply.calculation is not None:
        rows.append(("提取的信息", _show(reply.calculation.inputs)))
    if reply.missing_slots:
        rows.append(("缺少的信息", "、".join(reply.missing_slots)))
    return rows


def _ranked(hit, reply: Reply) -> Ranked:
    e = hit.entry
    features = hit.features
    why = [f"覆盖问题词权重 {hit.coverage:.0%}", f"最相近问法重合 {features.get('term_sim', 0.0):.0%}",
           f"字面相似 {features.get('char_sim', 0.0):.0%}"]
    if hit.other_scheme:
        why.append("讲的是另一险种（职工/居民），已降权")
    if hit.vague:
        why.append("问题太笼统，置信度封顶")
    if e.out_of_scope:
        why.append("工作人员标记的“不在范围”规则")
    band = _band(hit.confidence)
    if band:
        why.append(band)
    # the reply quotes the entry it answered from (candidates it only lists are not "used")
    used = bool(e.answer) and e.answer in reply.text and any(s.entry_id == e.id for s in reply.sources)
    return Ranked(e.id, e.question, e.region, "工作人员" if e.origin == "staff" else "手册", hit.confidence, hit.score,
                  why, used=used)


def _band(confidence: float) -> str:
    answer_at = getattr(engine_module, "ANSWER_AT", None)
    suggest_at = getattr(engine_module, "SUGGEST_AT", None)
    if answer_at is None or suggest_at is None:
        return ""
    if confidence >= answer_at:
        return f"≥ {answer_at}：可直接回答"
    if confidence >= suggest_at:
        return f"{suggest_at}–{answer_at}：不确定，列出候选问题请提问人选"
    return f"< {suggest_at}：不足以回答"


def _show(value) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "（无）"
    if isinstance(value, dict):
        return "；".join(f"{LABELS.get(k, k)}：{_show(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return "、".join(_show(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
