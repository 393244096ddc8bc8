"""Curated FAQ entries: loading and validation of corpus/faq/*.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import regions
from corpus.yamlfile import read_yaml
from pydantic import BaseModel, Field, field_validator

FAQ_DIR = Path(__file__).parent / "faq"
HANDBOOK_DIR = Path(__file__).parent / "handbooks"

# handbook key -> the title people read in the source line
HANDBOOKS: dict[str, str] = regions.handbooks()

# An answer office staff wrote on the review page: not a handbook, cited with the office and date
STAFF = "staff"
STAFF_TITLE = "工作人员答复"

MAX_ANSWER_CHARS = 600


class EntrySource(BaseModel):
    handbook: str        # a key of HANDBOOKS, or STAFF
    section: str         # a section label of that handbook, e.g. "第三章 三问" (empty for STAFF)
    office: str | None = None   # STAFF: the office that answered, e.g. 巴中市医疗保障局
    date: str | None = None     # STAFF: the day it answered, YYYY-MM-DD

    @field_validator("handbook")
    @classmethod
    def known_handbook(cls, v: str) -> str:
        if v not in HANDBOOKS and v != STAFF:
            raise ValueError(f"unknown handbook {v!r}; one of {sorted(HANDBOOKS)} or {STAFF!r}")
        return v

    @property
    def title(self) -> str:
        if self.handbook == STAFF:
            said = "，".join(p for p in (self.office, self.date) if p)
            return f"{STAFF_TITLE}（{said}）" if said else STAFF_TITLE
        return HANDBOOKS[self.handbook]


class Entry(BaseModel):
    id: str
    region: str          # a covered region, or 全国 for content that holds everywhere
    question: str
    variants: list[str] = Field(default_factory=list)
    answer: str
    more: str | None = None          # the rest of a long answer, offered rather than pasted
    source: EntrySource
    keywords: list[str] = Field(default_factory=list)   # extra index terms (disease names, places …)
    origin: Literal["handbook", "staff"] = "handbook"
    # The handbook lost this figure (a table that was an image): the answer says so, and the
    # reply counts as unanswered so that staff see the question.
    gap: bool = False
    # The kinds of answer (corpus.qtype.ANSWER_KINDS: 比例 …) the page says its handbook does not give, though
    # it gives others (长治's 大额补充医疗保险: its limit, 50万, but "按比例支付" with no rate): asked that kind, the
    # reply is a gap page's — the page said, counted unanswered so that staff see the question.
    not_given: list[str] = Field(default_factory=list)
    # A part of the page's table the handbook leaves blank (巴中 第四章七问: some counties list no 门诊特病
    # 认定 hospital), as the words that ask it; asked that part only (nothing of `listed_asked`, the part the
    # page does list), the reply is a gap page's: the page said, counted unanswered, staff see the question.
    blank_asked: str | None = None
    listed_asked: str | None = None
    # Staff marked questions like this one out of scope: the bot declines politely and does not
    # queue them again (`answer` is the refusal).
    out_of_scope: bool = False
    # National content the handbooks agree on: the regional entries whose shared part this one
    # states (each region's page on 异地备案 channels names the national app). With no region
    # known, it answers where one of them is the best match, instead of asking the region.
    common_to: list[str] = Field(default_factory=list)
    # Other regions' pages stating the same rule as this one, and nothing else, in their own words (低保 pay 100元:
    # 巴中 第三章六问 and 克拉玛依's 缴费通知; never a page that holds other facts too). With no region known and this page the
    # best match, each of them is shown, labelled — what the handbooks agree on needs no region asked; a
    # region whose handbook has no such page is not named among them. Declared on every page of the group.
    same_rule_in: list[str] = Field(default_factory=list)
    # The general list of papers that goes with every page of the region whose own papers come under
    # this heading (巴中 第四章九问: card, ID, the 申请（复查）表 and the 病历, beside each disease's
    # 认定材料 of 第四章四问): given with such a page's papers when papers are asked.
    papers_for: str | None = None
    # A disease's 认定 page (巴中 第四章四问) names the page saying that disease is on the list, with its
    # limits (第四章三问): asked only whether it can be had ("痛风能不能办门慢"), that page is given first,
    # so that the reply says yes and what it pays before the criteria.
    listed_in: str | None = None
    # A national page that another handbook answers in its own, different words (the 微信 and 支付宝
    # paths to the 医保码): both are given, each under its own source, instead of one stated alone.
    also_in: list[str] = Field(default_factory=list)
    # The handbook's next sentence that qualifies this page's rule (克拉玛依 第3部分: the home cover restored
    # at once, and, if it cannot be, suspended only at 12月末 / before 1月10日): a page of its own, stated after
    # this one's answer in every reply — said together, as the handbook says it, without this page's
    # index words taking in the other's (a search for how to suspend is not drawn to this page).
    said_with: list[str] = Field(default_factory=list)
    # A page stating a filing's inpatient rule only in words ("在长期备案地住院，起付线和报销比例与市内同等级
    # 医疗机构相同"): that filing's key in the region's policy file (`inpatient.<scheme>.filings`). A tier
    # said, or the figures asked, gets that filing's rows read from the policy file under the page.
    filing_rows: str | None = None
    # a page stating in words how 门诊 elsewhere is paid against the region's own table (长治 居民门诊统筹: 跨省临时外出
    # "降低10个百分点"): `out_of_province`, the cut in the region's policy file (`outpatient.<scheme>.out_of_province`).
    # A tier said, or the figures asked, gets the rows with the cut applied, read from the policy file under the page.
    outpatient_rows: Literal["out_of_province"] | None = None
    # A rule for care at home (门诊统筹's rates, 乙类 先行自付) that the handbook words otherwise for care
    # elsewhere: by where the message puts the care (省内: another city of the region's province; 省外; 长期: a
    # long-term filing there), the region's page on that case, stated after this one — or null where the
    # handbook says nothing of that case: then the question is referred, never the home rule stated as if
    # it held there.
    elsewhere_with: dict[Literal["省内", "省外", "长期"], str | None] = Field(default_factory=dict)
    # A page on using one's account for relatives (代缴, 家庭共济) whose rule the handbook holds within the
    # province (巴中 第七章 二问: 近亲属在省内): the region's page for a relative in another province (医保钱包's
    # 跨省共济), stated after this one when the message places the relative there.
    kin_elsewhere_with: str | None = None
    # A page saying a cost is paid though nothing was settled at the desk (克拉玛依: a student's emergency at home in
    # the holidays, turned into a stay, no filing): the region's page on how such a cost is claimed afterwards (pay
    # first, then the papers to the office), stated after this one when the question asks whether it is paid and
    # says no filing was made (or none at all) — a bare yes leaves out the step the asker has to take.
    claimed_by: str | None = None

    @field_validator("region")
    @classmethod
    def known_region(cls, v: str) -> str:
        if v not in regions.registry() and v != regions.national():
            raise ValueError(f"unknown region {v!r}; one of {[*regions.covered(), regions.national()]}")
        return v

    @field_validator("answer")
    @classmethod
    def answer_fits_a_chat(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("empty answer")
        if len(v) > MAX_ANSWER_CHARS:
            raise ValueError(f"answer has {len(v)} characters; keep it under {MAX_ANSWER_CHARS} and put the rest in `more`")
        return v


def load_file(path: Path) -> list[Entry]:
    raw = read_yaml(path) or []
    if not isinstance(raw, list):
        raise ValueError(f"{path.name}: expected a list of entries")
    return [Entry.model_validate(item) for item in raw]


@lru_cache(maxsize=1)
def load_entries(directory: Path = FAQ_DIR) -> tuple[Entry, ...]:
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        for e in load_file(path):
            if e.id in seen:
                raise ValueError(f"duplicate entry id {e.id!r} in {path.name} and {seen[e.id]}")
            seen[e.id] = path.name
            entries.append(e)
    for e in entries:
        if e.common_to and e.region != regions.national():
            raise ValueError(f"{e.id}: only a national entry states what regional entries share (common_to)")
        named = [*([e.listed_in] if e.listed_in else []), *e.also_in, *e.said_with, *filter(None, e.elsewhere_with.values()),
                 *([e.kin_elsewhere_with] if e.kin_elsewhere_with else []), *([e.claimed_by] if e.claimed_by else [])]
        if [i for i in named if i not in seen or i == e.id]:
            raise ValueError(f"{e.id}: listed_in / also_in / said_with / elsewhere_with / kin_elsewhere_with / claimed_by name unknown entries "
                             f"{[i for i in named if i not in seen or i == e.id]}")
        from corpus.qtype import ANSWER_KINDS
        if [k for k in e.not_given if k not in {kind for kind, *_ in ANSWER_KINDS}]:
            raise ValueError(f"{e.id}: not_given names unknown kinds of answer {e.not_given}")
        if e.also_in and e.region != regions.national():
            raise ValueError(f"{e.id}: only a national page is answered by another handbook too (also_in)")
        if e.same_rule_in and (e.region == regions.national() or [i for i in e.same_rule_in if i not in seen or i == e.id]):
            raise ValueError(f"{e.id}: same_rule_in joins regional pages that exist, not itself {e.same_rule_in}")
        unknown = [i for i in e.common_to if i not in seen]
        if unknown:
            raise ValueError(f"{e.id}: common_to names unknown entries {unknown}")
    by_id = {e.id: e for e in entries}
    for e in entries:
        group = {e.id, *e.same_rule_in}
        if any(set(by_id[i].same_rule_in) | {i} != group for i in e.same_rule_in) \
                or len({by_id[i].region for i in group}) != len(group):
            raise ValueError(f"{e.id}: same_rule_in must name one page per other region, each naming the same group")
    return tuple(entries)
