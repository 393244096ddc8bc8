"""The staff queue, grouped: questions that ask the same thing become one line with a count.

Two queued questions are one group when they are in the same region and either read the same once
normalised (`corpus.normalize`, punctuation and trailing particles dropped) or share nearly all
their weighted words (the search index's own segmenter and idf). A group is named by its oldest
queue item's id; an action on that id applies to every open item in its group."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select

from bot.storage import Store
from bot.storage.models import QUEUE_STATUSES, REFUSAL_REASONS, Question, QueueItem, utcnow
from corpus.normalize import normalize

BATCH_CHANNEL = "batch"          # evaluation runs of `yibao ask --jsonl`: hidden unless asked for
SIMILAR_AT = 0.75                # weighted word overlap (shared / union) that counts as the same question
CANDIDATES = 3
ORDERS = ("newest", "count")
# the queue proper (what the bot could not answer, or got 👎 for), and the refusals: topics outside
# 医保 and places the handbooks do not cover, which staff look through apart (`refused`)
TABS = {"unanswered": ("unanswered", "thumbs_down"), "refused": REFUSAL_REASONS}
REFUSED_DAYS = 30                # the refusals tab looks this far back in the question log

_PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
                    r"!-/:-@\[-`{-~…·“”‘’、]+")
_TRAILING = re.compile(r"(吗|呢|啊|呀|吧|嘛|哈|啦|么)+$")


def text_key(text: str) -> str:
    """The text as the grouping compares it: normalised, no punctuation, no trailing particle."""
    return _TRAILING.sub("", _PUNCT.sub("", normalize(text)))


@dataclass
class Candidate:
    entry_id: str
    question: str
    confidence: float
    origin: str


@dataclass
class Item:
    id: int
    question_id: int
    text: str
    channel: str
    region: str | None
    reason: str
    status: str
    asked_at: datetime
    reply_kind: str
    answer_entry_id: str | None = None
    queue_id: int | None = None      # an open queue item to act on (for a refusal from the log, when queued)


@dataclass
class Group:
    id: int                                   # the oldest member's queue id
    text: str                                 # the phrasing asked most often (ties: the earliest)
    region: str | None
    status: str
    items: list[Item] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def ids(self) -> list[int]:
        return [i.id for i in self.items]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def texts(self) -> list[str]:
        """Every distinct phrasing in the group, the representative first."""
        seen = {self.text: None}
        for i in self.items:
            seen.setdefault(i.text.strip(), None)
        return list(seen)

    @property
    def channels(self) -> list[str]:
        return sorted({i.channel for i in self.items})

    @property
    def reasons(self) -> list[str]:
        return sorted({i.reason for i in self.items})

    @property
    def first_asked(self) -> datetime:
        return min(i.asked_at for i in self.items)

    @property
    def last_asked(self) -> datetime:
        return max(i.asked_at for i in self.items)

    @property
    def link(self) -> int | None:
        """The queue id whose page acts on this group, when it has open questions."""
        return next((i.queue_id for i in self.items if i.queue_id is not None), None)

    def as_json(self) -> dict:
        # a refusal group's id is the queue id to act on (None when nothing of it is queued)
        return {"id": self.link if self.status == "refused" else self.id, "text": self.text, "count": self.count, "region": self.region, "status": self.status}


def _filtered(stmt, *, status: str | None, region: str | None, include_batch: bool, channel: str | None = None,
              tab: str | None = None):
    if status is not None and status not in QUEUE_STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {QUEUE_STATUSES}")
    if status:
        stmt = stmt.where(QueueItem.status == status)
    if region:
        stmt = stmt.where(QueueItem.region == region)
    if tab:
        stmt = stmt.where(QueueItem.reason.in_(TABS[tab]))
    if channel:
        stmt = stmt.where(Question.channel == channel)
    elif not include_batch:
        stmt = stmt.where(Question.channel != BATCH_CHANNEL)
    return stmt


def items(store: Store, *, status: str | None = "open", region: str | None = None,
          include_batch: bool = False, channel: str | None = None, tab: str | None = None) -> list[Item]:
    """Queued questions; `tab` ("unanswered" / "refused", see TABS) picks by reason, None takes all."""
    with store.transaction() as db:
        stmt = _filtered(select(QueueItem, Question).join(Question, QueueItem.question_id == Question.id)
                         .order_by(QueueItem.id), status=status, region=region, include_batch=include_batch,
                         channel=channel, tab=tab)
        return [Item(id=qi.id, question_id=q.id, text=q.text, channel=q.channel, region=qi.region, reason=qi.reason,
                     status=qi.status, asked_at=q.created_at, reply_kind=q.reply_kind,
                     answer_entry_id=qi.answer_entry_id, queue_id=qi.id if qi.status == "open" else None)
                for qi, q in db.execute(stmt)]


def refused(store: Store, engine, *, region: str | None = None, include_batch: bool = False,
            days: int = REFUSED_DAYS, order: str = "newest") -> list[Group]:
    """What the bot refused on purpose in the last `days` (Question.refusal: a topic outside 医保,
    a place the handbooks do not cover), from the question log, grouped as the queue is. A refusal
    is not queued as 未能回答; where one was queued (a topic refusal), its group links to the actions."""
    since = utcnow() - timedelta(days=days)
    with store.transaction() as db:
        stmt = (select(Question, QueueItem).outerjoin(QueueItem, QueueItem.question_id == Question.id)
                .where(Question.refusal.is_not(None), Question.created_at >= since).order_by(Question.id))
        if region:
            stmt = stmt.where(Question.region == region)
        if not include_batch:
            stmt = stmt.where(Question.channel != BATCH_CHANNEL)
        rows = [Item(id=q.id, question_id=q.id, text=q.text, channel=q.channel, region=q.region, reason=q.refusal,
                     status="refused", asked_at=q.created_at, reply_kind=q.reply_kind,
                     queue_id=qi.id if qi is not None and qi.status == "open" else None)
                for q, qi in db.execute(stmt)]
    found = group_items(rows, engine)
    _sort(found, order)
    return found


def refused_count(store: Store, *, region: str | None = None, include_batch: bool = False,
                  days: int = REFUSED_DAYS) -> int:
    with store.transaction() as db:
        stmt = select(func.count()).select_from(Question).where(
            Question.refusal.is_not(None), Question.created_at >= utcnow() - timedelta(days=days))
        if region:
            stmt = stmt.where(Question.region == region)
        if not include_batch:
            stmt = stmt.where(Question.channel != BATCH_CHANNEL)
        return db.scalar(stmt)


def group_items(rows: list[Item], engine) -> list[Group]:
    """Group by (region, status) and same text or high similarity; oldest first."""
    index = engine.index
    groups: list[Group] = []
    bags: list[dict[str, float]] = []
    by_key: dict[tuple, int] = {}
    for item in sorted(rows, key=lambda i: i.id):
        key = (item.region, item.status, text_key(item.text))
        at = by_key.get(key)
        if at is None:
            bag = {t: index.idf(t) for t in set(index.segmenter.tokens(item.text))}
            at = next((g for g, other in enumerate(bags)
                       if groups[g].region == item.region and groups[g].status == item.status
                       and similarity(bag, other) >= SIMILAR_AT), None)
            if at is None:
                groups.append(Group(id=item.id, text=item.text.strip(), region=item.region, status=item.status))
                bags.append(bag)
                at = len(groups) - 1
            by_key[key] = at
        groups[at].items.append(item)
    for g in groups:
        g.text = _most_asked(g.items)
    return groups


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    shared = sum(w for t, w in a.items() if t in b)
    union = sum(a.values()) + sum(b.values()) - shared
    return shared / union if union > 0 else 0.0


def _most_asked(members: list[Item]) -> str:
    counts: dict[str, int] = {}
    for i in members:
        counts[i.text.strip()] = counts.get(i.text.strip(), 0) + 1
    return max(counts, key=lambda t: counts[t])      # dicts keep insertion order: ties go to the earliest


def candidates(engine, group: Group, k: int = CANDIDATES) -> list[Candidate]:
    """The bot's best entries for the group's question, with their confidence: often staff only
    need to attach the question to one of them."""
    hits = engine.index.search(group.text, region=group.region, k=k + 2)
    return [Candidate(h.entry.id, h.entry.question, h.confidence, h.entry.origin)
            for h in hits if not h.entry.out_of_scope][:k]


def unanswered_count(store: Store, *, status: str | None = "open", region: str | None = None,
                     include_batch: bool = False) -> int:
    """Questions (not groups) under 未能回答 with the same filters, for the tab's label."""
    with store.transaction() as db:
        stmt = _filtered(select(func.count()).select_from(QueueItem).join(Question, QueueItem.question_id == Question.id),
                         status=status, region=region, include_batch=include_batch, tab="unanswered")
        return db.scalar(stmt)


def groups(store: Store, engine, *, status: str | None = "open", region: str | None = None,
           include_batch: bool = False, channel: str | None = None, order: str = "newest",
           with_candidates: bool = True, tab: str | None = "unanswered") -> list[Group]:
    found = group_items(items(store, status=status, region=region, include_batch=include_batch, channel=channel,
                              tab=tab), engine)
    _sort(found, order)
    if with_candidates:
        for g in found:
            g.candidates = candidates(engine, g)
    return found


def _sort(found: list[Group], order: str) -> None:
    if order == "count":
        found.sort(key=lambda g: (-g.count, -g.last_asked.timestamp()))
    else:
        found.sort(key=lambda g: -g.last_asked.timestamp())


def find_group(store: Store, engine, queue_id: int) -> Group | None:
    """The group queue item `queue_id` belongs to, among items of its own status (every channel),
    with its candidates; None when there is no such item."""
    with store.transaction() as db:
        item = db.get(QueueItem, queue_id)
        status = item.status if item is not None else None
    if status is None:
        return None
    for g in group_items(items(store, status=status, include_batch=True), engine):
        if queue_id in g.ids:
            g.candidates = candidates(engine, g)
            return g
    return None
