"""Where a question holds, decided for the engine: never an answer for the wrong place.

- A place the handbooks do not cover: an honest refusal, the national hotline and the advice to
  ask there; counted apart from unanswered handbook questions (`refusal="uncovered_place"`, not
  queued for staff).
- A covered region's province named alone (四川): what every handbook shares (national content) is
  answered as if no place were named; anything else says which part of the province the bot
  covers and asks (bot.engine reads the question without the province first).
- No region known (none named, no chat default): national content is answered as it is; a
  question whose answer differs by region is asked back with the regions as choices, the rule of
  each region whose own entry answers it surely shown before the question, labelled as that
  region's only (`labelled_ask`); or, asked in general ("一般多少", "各地一样吗") with a short answer
  in every region, answered side by side, labelled, each with its source.
- The question waiting for a region is kept in the session; a next message that is just a region
  (its name, a county, or the choice's text the service put for "1" / "2") answers it, and so
  does one that names the region with facts of the case and asks nothing new ("巴中的 看了180块")."""
from __future__ import annotations

import re
import time

import regions
from bot import texts
from bot.reply import Reply
from bot.session import Session
from corpus.precedence import from_other_handbook
from intents import forms
from intents.regions import RegionHit, detect_region, fold, places_in
from intents.slots import extract

PENDING = "pending_region"      # session.state key: {"text": the question, "at": when asked}
DECLARED = "region_declared"    # session.state key: the asker said where they are ("我在巴中")
# "一般是多少", "各地一样吗": the asker wants the regions side by side, not one of them
GENERAL = re.compile(r"一般|通常|各地|各个地方|各个地区|不同地方|不同地区|各省|各市|都一样|一样吗|一样不")
# the national instruments (DESIGN: 医保码, 医保钱包, 国家医保服务平台): the same everywhere, so asked
# with a place the handbooks do not cover ("我是成都的 医保码咋激活") they are answered all the same
# (医保钱包 asked by what it does: a worker's 个人账户 used for family in another province, "跨省"共济 —
# 巴中 第一章三十四问: 医保钱包 "破解职工个人账户跨省共济难题")
NATIONAL_TOPIC = re.compile(r"医保码|医保电子凭证|电子医保凭证|电子凭证|医保钱包|国家医保服务平台|国家医保(?:APP|app|App)|"
                            r"跨省共济|个人账户[^。？?！!]{0,30}(?:跨省|外省)|(?:跨省|外省)[^。？?！!]{0,12}个人账户")
SIDE_BY_SIDE_CHARS = 160        # each region's answer at most this long to go side by side
# ... and one region's, shown alone (a province's one covered region): the reply has room for one
# block a little longer (the 两病 高血压 page, its figures and its conditions)
ONE_REGION_CHARS = 240
# what a reply naming only a region may say besides the name: "我在巴中", "巴中的", "是长治市"
# the waiting question asked again in general words: "巴中的，能报多少"
_ASKED_AGAIN = re.compile(r"(?:能|可以|可不可以|能不能)?(?:报销?|赔)(?:多少钱?|好多|几成|吗|不|没有)|咋个?报|怎么报|咋算|怎么算|"
                          r"多少钱?|好多钱?")
# a yes before the place, to "您是在巴中参保吗？" ("对 巴中的", "嗯，巴中", "对对 就是巴中的", "中，长治"):
# said once or over again, in dialect too (对头, 是嘞, 嗯呐, 中, 要得, 好的); 中 and 恩 only with a break after
# them (中山市, 恩阳区)
_YES = (r"(?:对+(?:的|头|呀|啊|哒|滴|嘞|咯)?|要得|好+(?:的|滴|嘞)|是+(?:的|滴|哩|嘞|呀|啊|嘛)|嗯+[呐哪啊]?|恩+(?=[\s，,。.!！~])|没错|没毛病|那当然|当然|可不是|"
        r"就是|正是|确实|yes|yep|ok|嗯哼|中(?=[\s，,。.!！~]))")
_CONFIRMED = re.compile(rf"^\s*(?:{_YES}[\s，,。.!！~]*)+", re.IGNORECASE)
# ... and after it ("巴中的，对")
_CONFIRMED_AFTER = re.compile(rf"[\s，,。.!！~]+(?:{_YES}[\s，,。.!！~]*)+$", re.IGNORECASE)
_NOT_THERE = re.compile(r"(?:不是|不在|并非|没在)(?:在)?$")
_REGION_REPLY_FILLER = re.compile(r"[我俺们咱是在的啊呀呢吧嘛哦了就那边这边参保交医保地区市县区，。,.!！?？~\s]")
# the asker's home said before the place ("我老家巴中的", "俺家乡是长治"): where they are from, said of the place
_HOME_BEFORE = re.compile(r"(?:老家|家乡|户口|户籍)(?:是|在)?")
# the city's own level, beside its counties ("巴中市本级的": 巴中 第七章四问's 市本级 row): the region itself
_CITY_LEVEL = re.compile(r"本级")


def where_to_ask(region: str | None) -> str:
    """Whom to ask: the region's office; with no region known, every covered office and the
    national hotline (never one office picked silently)."""
    where = regions.office(region)
    if where:
        return texts.ASK_OFFICE.format(office=where)
    return texts.ASK_OFFICES.format(offices=regions.all_offices(), hotline=regions.national_hotline())


def conversation_region(chat_default: str | None, session: Session) -> str | None:
    """Where a question that names no place holds: the region the asker said they are in ("我在巴中",
    their answer to "您在哪个地区参保？"); else the chat's default (/region); else a place named
    earlier in this conversation; else none. A place named in a question holds for that question
    and never outweighs the chat's default afterwards."""
    if session.region and session.state.get(DECLARED):
        return session.region
    return chat_default or session.region


def settle(session: Session, region: str, declared: bool) -> None:
    """Remember a covered region named in this conversation: as the asker's own when they say
    where they are (`declared`), else only as the place last named (below the chat's default),
    which never replaces what the asker declared."""
    if declared:
        session.region = region
        session.state[DECLARED] = True
    elif not session.state.get(DECLARED):
        session.region = region


def uncovered(place: str, note: str = "") -> Reply:
    """A place the handbooks do not cover: say so, point to the place's own office and 12393."""
    if place in regions.abroad():       # a country's own insurance (美国的医保): not China's 医保 at all
        text = note + texts.UNCOVERED_ABROAD.format(place=place)
    else:
        text = note + texts.UNCOVERED_PLACE.format(place=place, hotline=regions.national_hotline())
    return Reply(kind="unanswered", text=text, region=None, to_staff=False, refusal="uncovered_place")


def ask_region(question: str, session: Session, note: str = "", *, hit: RegionHit | None = None) -> Reply:
    """Ask which region, remembering the question; for a province named alone (四川), say which
    part of it the bot covers."""
    if hit is not None and hit.province:
        choices, text = list(hit.province_regions), _province_text(hit)
    else:
        choices = list(regions.covered())
        text = texts.ASK_REGION
    # the regions offered: a bare yes to "您是在巴中参保吗？" (one region offered) is that region
    session.state[PENDING] = {"text": question, "at": time.time(), "offered": choices}
    return Reply(kind="clarify", text=note + text, region=None, suggestions=choices, missing_slots=["region"])


def _province_fill(hit: RegionHit, shown: list[str] | None = None) -> dict[str, str]:
    return {"province": hit.province, "regions": "、".join(hit.province_regions),
            "which": "或".join(shown or hit.province_regions), "asked": "或".join(hit.province_regions),
            "hotline": regions.national_hotline()}


def _province_text(hit: RegionHit) -> str:
    return texts.PROVINCE_ASK.format(**_province_fill(hit))


def province_parts(hit: RegionHit) -> tuple[str, str]:
    """The sentence saying which part of the province the bot covers, and the question back that
    ends a reply to it: said once for a message of several questions naming the province."""
    fill = _province_fill(hit)
    return texts.PROVINCE_INTRO.format(**fill), texts.PROVINCE_TAIL.format(**fill)


def province_labelled(question: str, session: Session, note: str, hit: RegionHit, found: dict[str, object],
                      source_of) -> Reply:
    """A province named alone (四川) whose covered region's own entry answers the question surely
    and briefly: that region's rule, headed and labelled as that region's only ("如果您在巴中参保…
    只适用于在巴中参保的人"), with its source, then the region asked as `ask_region` does (the
    question waits); other parts of the province are sent to their own office, never given it."""
    reply = ask_region(question, session, note, hit=hit)
    shown = [name for name, h in found.items() if h is not None]
    lines, reply.sources = _labelled_lines(found, source_of, limit=ONE_REGION_CHARS if len(shown) == 1 else None)
    fill = _province_fill(hit, shown)
    reply.text = note + "\n".join([texts.PROVINCE_INTRO.format(**fill) + texts.PROVINCE_RULE.format(**fill), *lines,
                                   texts.PROVINCE_TAIL.format(**fill)])
    return reply


def wait_for_region(session: Session, questions: list[str]) -> None:
    """Several questions of one message wait for one answer to "您在哪个地区参保？": kept as one
    message, so that the answer answers each."""
    text = "？".join(q.rstrip("?？") for q in questions) + "？" if len(questions) > 1 else questions[0]
    session.state[PENDING] = {"text": text, "at": time.time()}


# the asker saying where they live, work or are insured ("俺在巴中打工", "我现在在通江上班 想在那参保"):
# that place is theirs for the rest of the conversation, as "我在巴中" alone is
_OWN_PLACE = re.compile(r"(?:我|俺|咱)(?:们)?(?:现在|目前|一直|也|就)?(?:在|到)(?P<place>[\u4e00-\u9fff]{2,8}?)"
                        r"(?:那边|这边)?(?:打工|上班|工作|住|生活|定居|安家|参保|参的保|交的医保|读书|上学)")


def declares_own(text: str, region: str) -> bool:
    """Whether `text` says the asker lives, works or is insured in a place of `region`."""
    return any(detect_region(m.group("place")).region == region for m in _OWN_PLACE.finditer(fold(text)))


def bare_place(text: str) -> RegionHit | None:
    """Where a message that is just a place puts the asker ("巴中", "我在恩阳区", "四川", "成都"),
    or None when it says more than a place."""
    text = _CONFIRMED_AFTER.sub("", _CONFIRMED.sub("", fold(text)))
    # a place said not to be it ("不是长治 是太原的"): the other place is the answer
    for m in reversed(places_in(text)):
        neg = _NOT_THERE.search(text[:m.start])
        if neg:
            text = text[:neg.start()] + text[m.end:]
    mentions = places_in(text)
    residue = text
    for m in mentions:
        residue = residue.replace(m.written, "")
    extra = [a for r in regions.registry().values() for a in r.extra_aliases if a in residue]
    for alias in extra:
        residue = residue.replace(alias, "")
    if _REGION_REPLY_FILLER.sub("", _HOME_BEFORE.sub("", _CITY_LEVEL.sub("", _FOR_WHOM.sub("", residue)))) \
            or not (mentions or extra):
        return None
    if len(mentions) > 1:
        # "巴中平昌的", "四川巴中", "山西长治潞城": one place said with what contains it, named at
        # its most specific; two places side by side ("巴中和成都") say more than where the asker is
        rank = {"province": 0, "city": 1, "county": 2}
        inner = max(mentions, key=lambda m: rank.get(m.places[0].level, 0))
        if not all(m is inner or inner.places[0].within(m.places[0].code) for m in mentions):
            return None
        mentions, text = [inner], inner.written
    hit = detect_region(text)
    if hit.region:
        return hit
    place = mentions[0].places[0]
    if not place.mainland:
        return None
    if place.level == "province" and regions.in_province(place):
        return RegionHit(province=mentions[0].written, province_regions=regions.in_province(place))
    return RegionHit(unsupported=mentions[0].written)


def waiting_question(text: str, session: Session) -> tuple[str, RegionHit] | None:
    """The question waiting for a region, with where this reply places it, when this reply is just
    a place ("巴中", "2" made "克拉玛依" by the service, "我在恩阳区", "成都", "对 巴中的"), or a yes to
    "您是在巴中参保吗？" where one region was offered. It is taken off the session either way: one
    reply answers it or moves on."""
    pending = session.state.pop(PENDING, None)
    # it waits as long as a form does (the `form_expiry` setting)
    if not pending or time.time() - pending.get("at", 0) > (session.expiry or forms.FORM_TTL):
        return None
    hit = bare_place(text)
    if hit is not None:
        return pending["text"], hit
    offered = pending.get("offered") or []
    if len(offered) == 1 and _CONFIRMED.sub("", fold(text)).strip() == "":
        return pending["text"], RegionHit(region=offered[0])
    told = place_and_facts(text)
    if told is None:
        if BY_THE_WAY.search(fold(text)) and not detect_region(text).region:
            # "对了 电子医保码咋激活" while the question waits: asked by the way, so the question still
            # waits (as a form does), and the place said next answers it
            session.state[PENDING] = pending
        return None
    if not forms.tells_facts(extract(fold(text))) and not _ASKED_AGAIN.search(fold(text)):
        # "克拉玛依 学校办的医保", "在克拉玛依上学": the place put as the school that insures, nothing of the
        # case told — the question that waited, as a bare place answers it (those words would read it as
        # a question of its own about students joining)
        return pending["text"], told
    # "巴中的 看了180块": the region with a fact of the case, the question that waited goes on with
    # both; "巴中的，能报多少" asks it again in general words, which the question itself already says
    told_text = _ASKED_AGAIN.sub("", text).strip(" ，,。？?")
    return pending["text"] + "，" + told_text, told


def place_and_facts(text: str) -> RegionHit | None:
    """Where a reply that names a covered region with facts of the asker's case, or with the
    question asked again in general words, and asks nothing new ("巴中的 看了180块", "长治，住了三天
    花了5000", "巴中的，能报多少"), puts the asker; None otherwise."""
    hit = detect_region(text)
    if not hit.region:
        return None
    folded = fold(text)
    ex = extract(folded)                # read once: the facts' spans and whether it tells any
    residue = ex.blanked(folded)
    # (the region's other names first, longest first: the campus named whole, "中国石油大学克拉玛依校区",
    # is where, as its city's name is — not a school's words around a place)
    for alias in sorted(regions.get(hit.region).aliases, key=len, reverse=True):
        residue = residue.replace(alias, "")
    for m in places_in(folded):
        residue = residue.replace(m.written, "")
    for name in regions.covered():
        residue = residue.replace(name, "")
    residue = _FOR_WHOM.sub("", residue)
    asked_again = _ASKED_AGAIN.search(residue)
    residue = _REGION_REPLY_FILLER.sub("", _ASKED_AGAIN.sub("", residue))
    school = _INSURED_THROUGH.fullmatch(residue)
    # (the school's words may run long, "上学学校统一办个": they are how the place is put, not a question)
    if forms.QUESTION.search(residue) or (len(residue) > 6 and not school) \
            or not (forms.tells_facts(ex) or asked_again or school):
        return None
    return hit


# a question put by the way ("对了 …", "先问下 …", "顺便问一下 …"): the one waiting is not given up
BY_THE_WAY = re.compile(r"^[\s，,]*(?:(?:哦|噢|诶|欸|哎|啊)[\s，,]*)?对了|" + forms.SIDE_QUESTION.pattern)
# whom the question is for, said with the place ("在克拉玛依上学 我问我自己", "问的是克拉玛依"): no question
_FOR_WHOM = re.compile(r"(?:我|俺)?(?:问|说)的?(?:是|就是)?(?:我|俺)?(?:自己|自个儿?|本人)的?|(?:我|俺)?(?:问|说)的(?:是|就是)")


# the school the asker is insured through, said with the place ("克拉玛依 学校医保", "克拉玛依 校区的"):
# how the place is put, not a question of its own (an employer says a scheme, which is a fact); so is
# studying there, and the school doing the insuring ("在克拉玛依上学 学校统一办的", "克拉玛依 学校给办的")
_SCHOOL = r"(?:学校|校区|学生|大学生|高校)(?:里|头)?(?:统一|集体|给我?|帮我?|代)?(?:办|交|买|参保|参|上)?个?"
_INSURED_THROUGH = re.compile(rf"(?:上学|读书|念书|(?:上|读|念)大学)(?:{_SCHOOL})?|{_SCHOOL}")


# the scheme at home named as whose figure is asked ("老家的医保", "我爸妈老家那边的合疗"), and a figure asked of it
_HOME_SCHEME = re.compile(r"(?:老家|家乡|户籍地|生源地)(?:的|那边的?|那里的?|那个)?(?:医保|合疗|新农合|农合|居民医保|城乡居民医保)")
_FIGURE_OF_IT = re.compile(r"(?:交|缴)(?:多少|好多|几多)|多少钱|好多钱|几百|(?:报|报销)(?:多少|好多|几成)|(?:什么|啥)标准|"
                           r"(?:报销)?比例(?:是)?(?:多少|好多|几)|起付线(?:是)?(?:多少|好多)")


def home_scheme_figure(question: str, region: str | None) -> bool:
    """A figure (its fee, what it pays back) asked of the scheme at home, no place named, where the
    region's handbook insures its students where they study (克拉玛依's campus guide: away_on_holiday):
    home's scheme is home's own, which no page of that handbook states."""
    r = regions.get(region)
    return bool(r is not None and r.away_on_holiday and _HOME_SCHEME.search(question)
                and _FIGURE_OF_IT.search(question) and not places_in(question))


def home_named_uncovered(question: str, region: str | None) -> str | None:
    """The home named, as written, where a figure of the scheme at home is asked of the campus's guide and home is
    a place no handbook covers ("我老家在河南 老家的医保交多少"): that place's own question, declined as uncovered
    (said as where the asker is from, the place does not make the question its own elsewhere); None otherwise."""
    r = regions.get(region)
    if r is None or not r.away_on_holiday or not _HOME_SCHEME.search(question) or not _FIGURE_OF_IT.search(question):
        return None
    named = [m for m in places_in(question) if m.places[0].mainland and not m.doubtful]
    if not named or any(regions.of_place(m.places[0]) is not None or regions.in_province(m.places[0]) for m in named):
        return None
    return named[0].written


def ask_home_place(question: str, session: Session, region: str, note: str = "") -> Reply:
    """Where home is, asked (the question waits, as for a region): a covered region answers it; any
    other place is declined as uncovered."""
    choices = [name for name in regions.covered() if name != region]
    session.state[PENDING] = {"text": question, "at": time.time(), "offered": choices}
    text = texts.HOME_SCHEME_WHERE.format(region=region, covered="、".join(choices), hotline=regions.national_hotline())
    return Reply(kind="clarify", text=note + text, region=None, suggestions=choices, missing_slots=["region"])


def place_noted(hit: RegionHit, note: str = "") -> Reply:
    """A place said with nothing asked: the region is remembered (the engine did), or it is a
    province or a place the handbooks do not cover."""
    if hit.unsupported:
        return uncovered(hit.unsupported, note)
    if hit.province:
        return Reply(kind="clarify", text=note + _province_text(hit), suggestions=list(hit.province_regions))
    return Reply(kind="clarify", text=note + texts.REGION_NOTED.format(region=hit.region), region=hit.region)


def side_by_side(question: str, per_region: dict[str, object], source_of) -> Reply | None:
    """Each region's own answer, labelled, when the question asks in general and every covered
    region has a short, confident one; None otherwise (then the engine asks)."""
    if not GENERAL.search(question) or set(per_region) != set(regions.covered()):
        return None
    if any(len(h.entry.answer) > SIDE_BY_SIDE_CHARS for h in per_region.values()):
        return None
    parts = [texts.SIDE_BY_SIDE]
    sources = []
    for name, h in per_region.items():
        src = source_of(h.entry, h)
        sources.append(src)
        parts.append(f"【{regions.get(name).label}】{h.entry.answer}\n{src.line()}")
    return Reply(kind="faq", text="\n".join(parts), region=None, sources=sources,
                 confidence=min(h.confidence for h in per_region.values()))


def labelled_ask(question: str, session: Session, note: str, found: dict[str, object], source_of) -> Reply:
    """No region known, not asked in general, and a region's own entry answers it surely: each such
    region's rule labelled with its region, its question and its source (a region without a sure
    one is left out, never another's figure in its place), then the region asked, the question kept
    waiting for the answer."""
    reply = ask_region(question, session, note)
    text, reply.sources = labelled(found, source_of)
    reply.text = note + text + "\n" + texts.SIDE_BY_SIDE_TAIL
    return reply


def labelled(found: dict[str, object], source_of) -> tuple[str, list]:
    """Each region's own answer under its label, with the question it answers and its source; only
    the regions found (a region without a sure answer is left out, never another's figure in its
    place), headed by which regions they are where not every covered one is shown."""
    shown = [name for name, h in found.items() if h is not None]
    head = texts.SIDE_BY_SIDE_ASK if set(shown) == set(regions.covered()) else \
        texts.SIDE_BY_SIDE_SOME.format(regions="、".join(regions.get(n).label for n in shown))
    lines, sources = _labelled_lines(found, source_of)
    return "\n".join([head, *lines]), sources


def _labelled_lines(found: dict[str, object], source_of, limit: int | None = None) -> tuple[list[str], list]:
    """The found regions' blocks: 【label】 the entry's question, its answer (a long one, a table or a
    list, by its title alone: the region's answer follows once the asker says it is theirs) and
    its source. `limit`: the longest answer shown whole (SIDE_BY_SIDE_CHARS unless given)."""
    limit = limit or SIDE_BY_SIDE_CHARS
    lines, sources = [], []
    for name, h in found.items():
        if h is None:
            continue
        src = source_of(h.entry, h)
        sources.append(src)
        label = regions.get(name).label
        if len(h.entry.answer) > limit:
            lines.append(f"【{label}】{h.entry.question}" + texts.SIDE_BY_SIDE_LONG.format(region=name) + "\n" + src.line())
        else:
            lines.append(f"【{label}】{h.entry.question}\n{h.entry.answer}\n{src.line()}")
    return lines, sources


def each_page(entries: list, source_of) -> Reply:
    """Each region's own page on one matter, labelled, each with its source (what the handbooks
    say alike, asked with no region known)."""
    parts = [texts.EACH_PAGE.format(regions="、".join(regions.get(e.region).label for e in entries))]
    sources = []
    for e in entries:
        src = source_of(e, None)
        sources.append(src)
        parts.append(f"【{regions.get(e.region).label}】{e.answer}\n{src.line()}")
    return Reply(kind="faq", text="\n".join(parts), region=None, sources=sources)


def national_note(entry, region: str | None) -> str | None:
    """A national entry says it is national policy where the asker could take it for one region's
    rule: taken from another region's handbook, or answered with no region known."""
    national = entry.region == regions.national() and region is None
    return texts.NATIONAL_FROM_OTHER if national or from_other_handbook(entry, region) else None
