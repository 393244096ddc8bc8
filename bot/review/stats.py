"""The numbers on the stats page: questions per day by outcome, the shares answered / clarified /
unanswered / refused, votes up against down, and the most-asked questions still waiting for an
answer (grouped as in the queue). Refusals — topics outside 医保, places the handbooks do not
cover — are counted apart from "unanswered": they are not gaps in the handbooks.
Days are China days (UTC+8). Evaluation runs (channel `batch`) are left out unless asked for."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from bot.knowledge import CHINA_TIME
from bot.review import queue as queue_mod
from bot.storage import Store
from bot.storage.models import Feedback, Question, utcnow

OUTCOMES = ("answered", "clarify", "unanswered", "refused")      # faq and calculation count as answered
OUTCOME_LABELS = {"answered": "已回答", "clarify": "追问/澄清", "unanswered": "未能回答", "refused": "拒答（范围外）"}


def outcome(reply_kind: str, refusal: str | None = None) -> str:
    if refusal:
        return "refused"
    return {"faq": "answered", "calculation": "answered", "clarify": "clarify"}.get(reply_kind, "unanswered")


@dataclass
class Stats:
    days: list[date]
    per_day: dict[date, dict[str, int]]
    totals: dict[str, int]
    thumbs_up: int
    thumbs_down: int
    top_unanswered: list[tuple[str, int, str | None]] = field(default_factory=list)   # text, count, region

    @property
    def total(self) -> int:
        return sum(self.totals.values())

    def share(self, key: str) -> float:
        return self.totals[key] / self.total if self.total else 0.0

    @property
    def thumbs_up_share(self) -> float:
        votes = self.thumbs_up + self.thumbs_down
        return self.thumbs_up / votes if votes else 0.0


def compute(store: Store, engine, *, days: int = 14, include_batch: bool = False, now: datetime | None = None,
            top: int = 8) -> Stats:
    now = now or utcnow()
    today = now.astimezone(CHINA_TIME).date()
    day_list = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    since = datetime.combine(day_list[0], datetime.min.time(), CHINA_TIME)
    per_day = {d: {k: 0 for k in OUTCOMES} for d in day_list}
    totals = {k: 0 for k in OUTCOMES}
    with store.transaction() as db:
        stmt = select(Question.created_at, Question.reply_kind, Question.refusal).where(Question.created_at >= since)
        if not include_batch:
            stmt = stmt.where(Question.channel != queue_mod.BATCH_CHANNEL)
        for created, kind, refusal in db.execute(stmt):
            d = created.astimezone(CHINA_TIME).date()
            if d in per_day:
                per_day[d][outcome(kind, refusal)] += 1
                totals[outcome(kind, refusal)] += 1
        votes = select(Feedback.vote).join(Question, Feedback.question_id == Question.id) \
            .where(Feedback.created_at >= since)
        if not include_batch:
            votes = votes.where(Question.channel != queue_mod.BATCH_CHANNEL)
        up = down = 0
        for (vote,) in db.execute(votes):
            up, down = (up + 1, down) if vote > 0 else (up, down + 1)
    # still waiting: what staff answered, marked out of scope or dismissed is off the ranking
    rows = [i for i in queue_mod.items(store, status="open", include_batch=include_batch, tab="unanswered")
            if i.reason == "unanswered" and i.asked_at >= since]
    groups = queue_mod.group_items(rows, engine)
    groups.sort(key=lambda g: (-g.count, g.id))
    return Stats(days=day_list, per_day=per_day, totals=totals, thumbs_up=up, thumbs_down=down,
                 top_unanswered=[(g.text, g.count, g.region) for g in groups[:top]])
