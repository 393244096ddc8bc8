"""The one entry point every channel calls: `answer(message, session) -> Reply`.

It decides, in order: bad input; a cancel ("不用了"); small talk; "更多" after a long answer;
places, schemes and topics the handbooks do not cover (and questions staff marked out of scope);
a figure the asker asserts ("起付线是不是500"), checked against the policy file; an open or new
calculation form; then the FAQ search, whose confidence picks one of three bands (answer / answer
with suggestions / unanswered) — a rule a calculation follows offers to compute, and a form left
waiting is asked again once."""
from __future__ import annotations

import copy
import threading
import time

import regions
from bot import region_policy, texts
from bot.reply import Message, Reply, Source
from bot.session import Session
from bot.token_cache import TokenCache
from corpus.entries import Entry, EntrySource, load_entries
from corpus.precedence import by_precedence, from_other_handbook
from corpus.search import Hit, Index
from intents import acts, forms, premise
from intents.input_check import check
from intents.regions import RegionHit, detect_region, scheme_not_covered
from intents.scope import out_of_scope_topic
from intents.slots import extract
from intents.smalltalk import smalltalk_kind
from intents.years import without_years, year_note, years_asked
from regions import all_offices, office

# Confidence bands, set from eval/questions.jsonl: where correct answers stop outnumbering
# wrong ones and out-of-scope questions (the held-out set confirms them).
ANSWER_AT = 0.62
SUGGEST_AT = 0.42
# An out-of-scope topic word loses to an entry that matches this well (巴惠保 is a commercial
# product, and the 巴中 handbook has an entry on it).
OUT_OF_SCOPE_OVERRIDE = 0.8
MORE_WORDS = {"更多", "还有呢", "继续", "详细", "全部", "展开", "更多内容"}


class Engine:
    def __init__(self, entries: list[Entry] | None = None, *, cache: bool = True):
        self._handbook_entries = list(entries if entries is not None else load_entries())
        self._extra: list[Entry] = []
        self._variants: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        self._tokens = TokenCache() if cache else {}
        self.index = Index(self._handbook_entries, token_cache=self._tokens)
        if cache:
            self._tokens.save()

    def set_extra_entries(self, entries: list[Entry], variants: dict[str, list[str]] | None = None) -> None:
        """Staff-written entries, and phrasings staff attached to existing entries (entry id →
        variants): searchable from the next question on, no restart. Each call replaces the last."""
        variants = variants or {}
        merged = [self._with_variants(e, variants.get(e.id)) for e in (*self._handbook_entries, *entries)]
        index = Index(merged, segmenter=self.index.segmenter, token_cache=self._tokens)
        with self._lock:
            self._extra, self._variants = list(entries), dict(variants)
            self.index = index

    @property
    def has_staff(self) -> bool:
        """Whether any staff entry or attached phrasing is in the index."""
        return bool(self._extra or self._variants)

    @staticmethod
    def _with_variants(entry: Entry, extra: list[str] | None) -> Entry:
        new = [v for v in extra or () if v not in entry.variants and v != entry.question]
        return entry.model_copy(update={"variants": [*entry.variants, *new]}) if new else entry

    # -- the decision --------------------------------------------------------------

    def answer(self, message: Message, session: Session) -> Reply:
        reply = self._answer(message, session)
        # A question back with choices: the channel shows them (buttons, or numbered text), and the
        # service turns a reply of just "2" into the second choice's text before it reaches us.
        if reply.kind == "clarify" and reply.suggestions:
            session.state["choices"] = list(reply.suggestions)
        else:
            session.state.pop("choices", None)
        return reply

    def _answer(self, message: Message, session: Session) -> Reply:
        checked = check(message.text)
        note = texts.TRUNCATED.format(n=len(checked.text)) + "\n" if checked.truncated else ""
        region = self._region(message, session)
        if checked.problem == "empty":
            return Reply(kind="clarify", text=texts.HELP, region=region)
        if checked.problem == "not_chinese" and not forms.is_open(session.state):
            # "3500" or "ok" is a fine answer to a form's question, and nothing else
            return Reply(kind="clarify", text=texts.NOT_CHINESE, region=region)
        text = checked.text
        session.updated_at = time.time()
        return self._answer_one(text, note, message, session, region)

    def _answer_one(self, text: str, note: str, message: Message, session: Session, region: str | None) -> Reply:
        """One question, already checked: small talk, places, scope, forms, then the search."""

        cancelled = self._cancel(text, session, region)
        if cancelled is not None:
            return cancelled
        text = self._with_last_question(text, session)

        talk = smalltalk_kind(text)
        if talk:
            reply_text = {"greeting": texts.GREETING, "thanks": texts.THANKS,
                          "help": texts.HELP, "bye": texts.BYE}[talk]
            return Reply(kind="clarify", text=reply_text, region=region)

        if text.strip() in MORE_WORDS and session.state.get("more"):
            return self._more(session)

        text, hit, region = self._place(text, message, session)
        if hit.unsupported:
            return region_policy.uncovered(hit.unsupported, note)
        if hit.province:
            return region_policy.ask_region(text, session, note, hit=hit)
        gap_note = scheme_not_covered(text, region)
        if gap_note:
            return self._unanswered(note + gap_note, region, [])

        hits = self._hits(text, region)
        if hits and hits[0].entry.out_of_scope and hits[0].confidence >= ANSWER_AT:
            return self._declined(note, hits[0], region)
        hits = [h for h in hits if not h.entry.out_of_scope]
        topic = out_of_scope_topic(text)
        if topic and not (hits and hits[0].confidence >= OUT_OF_SCOPE_OVERRIDE):
            reply = self._unanswered(note + texts.OUT_OF_SCOPE.format(topic=topic), region, [])
            reply.refusal = "out_of_scope"
            return reply

        checked = self._premise(text, note, session, region, hits)
        if checked is not None:
            return checked
        reply = self._form(text, note, session, region, hits)
        if reply is not None:
            return reply
        reply = self._rule_from_policy(text, note, region, hits) or self._search(text, hits, region, session, note)
        self._after_search(text, reply, session, region)
        return reply

    # -- calculations and conversations (intents.forms, intents.premise, intents.acts) -------

    @staticmethod
    def _cancel(text: str, session: Session, region: str | None) -> Reply | None:
        """"不用了 / 算了谢谢 / /cancel": the form ends, and nothing goes to staff."""
        if not acts.is_cancel(text):
            return None
        turn = forms.handle(text, session.state, region=region, now=time.time())
        session.state.pop("last_question", None)
        return Reply(kind="clarify", text=turn.text if turn else texts.CANCELLED, region=region)

    @staticmethod
    def _with_last_question(text: str, session: Session) -> str:
        """"低保户呢" after a handbook answer: the last question with that one fact changed. (After a
        calculation, the form itself takes the follow-up.)"""
        last = session.state.get("last_question")
        form = session.state.get("form", {})
        if not last or forms.is_open(session.state) or not acts.elliptical(text):
            return text
        if form.get("last") and form["last"].get("at", 0) >= last.get("at", 0):
            return text
        return acts.with_fact(last["text"], text)

    def _premise(self, text: str, note: str, session: Session, region: str | None, hits: list[Hit]) -> Reply | None:
        """A figure the asker asserts ("起付线是不是500") is confirmed or corrected from the policy file,
        with the source — or, when the message is a whole calculation, from its result."""
        if not premise.asserted(text):
            return None
        where = detect_region(text).region or region
        if where is None:
            return None
        facts = extract(text).values
        if forms.states_a_fact(text):
            saved = copy.deepcopy(session.state.get("form"))
            turn = forms.handle(text, session.state, region=where, now=time.time())
            if turn is not None and turn.kind == "calculation":
                found = premise.against_result(text, turn.calculation) or premise.check(text, where, facts)
                reply = self._form_reply(turn, note, text)
                if found:
                    reply.text = (found if isinstance(found, str) else found.text) + "\n" + reply.text
                return reply
            session.state["form"] = saved or {}
        verdict = premise.check(text, where, facts)
        if verdict is None:
            return None
        if verdict.unplaced and hits and hits[0].confidence >= ANSWER_AT and \
                premise.states_figure(hits[0].entry.answer, verdict.unplaced):
            return None       # the handbook's own entry has the asker's figure: a rule the policy file lacks
        return _policy_reply(verdict, note, where)

    @staticmethod
    def _rule_from_policy(text: str, note: str, region: str | None, hits: list[Hit]) -> Reply | None:
        """A question for one figure ("抑郁症慢病一年能报的限额是多少") the search cannot place with
        confidence, answered from the region's policy file when it names its row."""
        if region is None or (hits and hits[0].confidence >= ANSWER_AT):
            return None
        found = premise.lookup(text, region, extract(text).values)
        return None if found is None else _policy_reply(found, note, region)

    def _form(self, text: str, note: str, session: Session, region: str | None, hits: list[Hit]) -> Reply | None:
        """An open or new calculation form; None when the message is not for one."""
        confident = bool(hits) and hits[0].confidence >= ANSWER_AT
        was_open = forms.is_open(session.state)
        turn = forms.handle(text, session.state, region=region, now=time.time(), question=confident)
        if turn is None:
            return None
        if turn.kind == "clarify" and turn.case_known and not was_open and hits and hits[0].confidence >= SUGGEST_AT \
                and not forms.states_a_fact(text) and not hits[0].entry.gap \
                and hits[0].entry.region in (turn.region, regions.national()):
            # "冠心病慢病一年能报多少", "三级医院住院报多少" with no amount: the handbook's rule for the
            # case answers it; the form stays open, so "花了1000" next computes the asker's own case
            reply = self._search(text, hits, turn.region, session, note)
            reply.text += "\n" + texts.OFFER_CALCULATION.format(question=turn.text)
            reply.missing_slots = list(turn.missing_slots)
            return reply
        return self._form_reply(turn, note, text)

    @staticmethod
    def _after_search(text: str, reply: Reply, session: Session, region: str | None) -> None:
        """After a handbook answer: remember the question (for "低保户呢"), offer to compute when the
        rule is one a calculation follows, or re-ask a waiting form's question — once."""
        now = time.time()
        if reply.kind == "faq":
            session.state["last_question"] = {"text": text, "at": now}
            offered = forms.offer(text, session.state, region=reply.region or region, now=now)
            if offered is not None:
                reply.text += "\n" + texts.OFFER_CALCULATION.format(question=offered.text)
                return
        again = forms.reminder(session.state, now)
        if again:
            reply.text += "\n" + again

    # -- the parts ---------------------------------------------------------------

    @staticmethod
    def _region(message: Message, session: Session) -> str | None:
        return session.region or message.region

    @staticmethod
    def _place(text: str, message: Message, session: Session) -> tuple[str, RegionHit, str | None]:
        """Where the question holds: the place it names; else the one this reply gives to the
        question that waited for it ("巴中" after "您在哪个地区参保？"); else the conversation's
        region, else the chat's default. Returns the question to answer, the places found, the region."""
        waiting = region_policy.waiting_question(text, session)
        if waiting is not None:
            text, hit = waiting
        else:
            hit = detect_region(text)
        if hit.region:
            session.region = hit.region
        return text, hit, hit.region or session.region or message.region

    def _search(self, text: str, hits: list[Hit], region: str | None, session: Session, note: str) -> Reply:
        bare = region_policy.bare_place(text)
        if bare is not None:
            # "巴中", "我在恩阳区" with nothing asked (and no form to take it as "克拉玛依呢")
            return region_policy.place_noted(bare, note)
        hits = by_precedence(hits, region, floor=SUGGEST_AT)
        if not hits or hits[0].confidence < SUGGEST_AT:
            return self._not_found(note, region, hits)
        held = self._where_it_holds(text, hits, region, session, note)
        if held is not None:
            return held
        best = hits[0]
        if best.vague:
            # too general to pick one answer: offer the likeliest questions instead
            options = [h.entry.question for h in hits[:3]]
            return Reply(kind="clarify", text=note + texts.VAGUE + "\n" + _bullets(options),
                         region=region, suggestions=options, confidence=best.confidence)
        entry = best.entry
        if entry.gap:
            # the honest "the handbook does not list it", and staff get to see the question
            return self._unanswered(note + entry.answer + "\n" + self._source(entry, best).line(),
                                    entry.region, [], hits)
        parts = [note + entry.answer, *self._notes(text, entry, region)]
        session.state.pop("more", None)
        if entry.more:
            parts.append(texts.MORE_HINT)
            session.state["more"] = entry.id
        suggestions: list[str] = []
        if best.confidence < ANSWER_AT:
            suggestions = [h.entry.question for h in hits[1:4]
                           if h.confidence >= SUGGEST_AT * 0.75 and h.entry.question != entry.question][:3]
            if suggestions:
                parts.append(texts.SUGGEST + "\n" + _bullets(suggestions))
        parts.append(self._source(entry, best).line())
        return Reply(kind="faq", text="\n".join(parts), region=entry.region if entry.region != regions.national() else region,
                     sources=[self._source(h.entry, h) for h in hits[:1]], suggestions=suggestions,
                     confidence=best.confidence)

    def _hits(self, text: str, region: str | None) -> list[Hit]:
        """The search's hits; for a question naming a year, the better of the hits with and
        without the year (the handbooks give one year's figures: a year they do not mention only
        weakens the match, and the year note says which year the answer is for)."""
        hits = self.index.search(text, region=region, k=8)
        if years_asked(text):
            plain = self.index.search(without_years(text), region=region, k=8)
            if plain and (not hits or plain[0].confidence > hits[0].confidence):
                return plain
        return hits

    def _not_found(self, note: str, region: str | None, hits: list[Hit]) -> Reply:
        suggestions = [h.entry.question for h in hits[:3] if h.confidence >= SUGGEST_AT * 0.75]
        return self._unanswered(note + texts.NOT_FOUND, region, suggestions, hits)

    def _where_it_holds(self, text: str, hits: list[Hit], region: str | None, session: Session,
                        note: str) -> Reply | None:
        """The region policy over the ranked hits: an entry that holds elsewhere is never the
        answer by default. None when the best entry may answer."""
        best = hits[0]
        if best.vague:
            return None
        if from_other_handbook(best.entry, region) and best.confidence < ANSWER_AT:
            # another handbook's national paragraph answers a region's asker only on a clear match
            return self._not_found(note, region, hits)
        if region is None and best.entry.region != regions.national():
            if best.confidence < ANSWER_AT and not region_policy.GENERAL.search(text):
                # a weak match in one region's handbook: not worth asking where the asker is
                return self._not_found(note, None, hits)
            return self._no_region(text, session, note)
        return None

    @staticmethod
    def _notes(text: str, entry: Entry, region: str | None) -> list[str]:
        """A national entry from another handbook says so; another year than the handbook's is named."""
        notes = [region_policy.national_note(entry, region),
                 year_note(text, region or entry.region, answer=entry.answer)]
        return [n for n in notes if n]

    def _no_region(self, text: str, session: Session, note: str) -> Reply:
        """No region known and the answer differs by region: each region's answer side by side
        when asked in general and short, else ask which region (never one picked silently)."""
        if region_policy.GENERAL.search(text):
            per_region = {}
            topic = region_policy.GENERAL.sub("", text)     # "一般", "各地" say where, not what
            for name in regions.covered():
                own = [h for h in self.index.search(topic, region=name, k=4) if h.entry.region == name]
                if own and own[0].confidence >= ANSWER_AT and not own[0].entry.gap:
                    per_region[name] = own[0]
            reply = region_policy.side_by_side(text, per_region, self._source)
            if reply is not None:
                reply.text = note + reply.text
                return reply
        return region_policy.ask_region(text, session, note)

    def _more(self, session: Session) -> Reply:
        entry = self.index.entry(session.state.pop("more"))
        if entry is None or not entry.more:
            return Reply(kind="clarify", text=texts.NO_MORE, region=session.region)
        src = self._source(entry, None)
        return Reply(kind="faq", text=entry.more + "\n" + src.line(), region=entry.region, sources=[src])

    def _unanswered(self, text: str, region: str | None, suggestions: list[str],
                    hits: list[Hit] | None = None) -> Reply:
        where = office(region)
        parts = [text]
        if suggestions:
            parts.append(texts.SUGGEST + "\n" + _bullets(suggestions))
        if where:
            parts.append(texts.ASK_OFFICE.format(office=where))
        return Reply(kind="unanswered", text="\n".join(parts), region=region, suggestions=suggestions,
                     sources=[self._source(h.entry, h) for h in (hits or [])[:3]],
                     confidence=hits[0].confidence if hits else 0.0)

    def _declined(self, note: str, hit: Hit, region: str | None) -> Reply:
        """Staff marked questions like this out of scope: a polite no with the office's phone,
        and not queued again."""
        region = region or (hit.entry.region if hit.entry.region != regions.national() else None)
        where = office(region) or all_offices()
        text = note + hit.entry.answer + "\n" + texts.ASK_OFFICE.format(office=where)
        return Reply(kind="unanswered", text=text, region=region, sources=[self._source(hit.entry, hit)],
                     confidence=hit.confidence, to_staff=False, refusal="out_of_scope")

    def _form_reply(self, turn: forms.FormTurn, note: str, asked: str = "") -> Reply:
        sources = [Source(handbook=s.title, section=s.section) for s in turn.sources]
        text = note + turn.text
        if turn.kind == "calculation" and asked and \
                not {"gap_years", "paid_month", "continuous_years", "zero_claim"} & set(extract(asked).values):
            # a stay in 2024 is paid by 2024's rules: the handbook's year is named (years that are
            # the asker's gap in cover are facts of the calculation, not another year's rules)
            yn = year_note(asked, turn.region, answer=turn.text)
            text += "\n" + yn if yn else ""
        if turn.kind in ("calculation", "not_listed") and sources:
            text += "\n" + _source_lines(sources)
        # a figure the handbook lacks is an honest "unanswered" (staff see it); bad input,
        # a cancelled form and a question back all wait for the asker
        kind = {"calculation": "calculation", "not_listed": "unanswered"}.get(turn.kind, "clarify")
        return Reply(kind=kind, text=text, region=turn.region, sources=sources, calculation=turn.calculation,
                     missing_slots=list(turn.missing_slots), suggestions=list(turn.suggestions))

    @staticmethod
    def _source(entry: Entry, hit: Hit | None) -> Source:
        return Source(handbook=entry.source.title, section=entry.source.section, entry_id=entry.id,
                      score=None if hit is None else hit.confidence)


def _policy_reply(verdict: premise.Verdict, note: str, region: str) -> Reply:
    """An answer read from the region's policy file, with the handbook sections it cites."""
    sources = [Source(handbook=s.title, section=s.section) for s in
               (EntrySource(handbook=x.handbook, section=x.section) for x in verdict.sources)]
    return Reply(kind="faq", text=note + verdict.text + "\n" + _source_lines(sources), region=region, sources=sources)


def _source_lines(sources: list[Source]) -> str:
    """One "来源：" line per handbook, its sections in the order cited: 来源：巴中市《…》第三章 十一问、十六问."""
    by_book: dict[str, list[str]] = {}
    for src in sources:
        sections = by_book.setdefault(src.handbook, [])
        if src.section not in sections:
            sections.append(src.section)
    return "\n".join(Source(handbook=book, section="、".join(secs)).line() for book, secs in by_book.items())


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"· {line}" for line in lines)


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine()
        return _default


def answer(message: Message, session: Session) -> Reply:
    return default_engine().answer(message, session)
