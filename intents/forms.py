"""Multi-turn calculation forms: one generic state machine over the forms declared in
intents/data/forms.yaml (each calculation's slots, prompts and choices).

    handle(text, state, region=..., now=..., question=...) -> FormTurn | None
    offer(text, state, region=..., now=...)   -> FormTurn | None   (a rule question: offer to compute)
    reminder(state, now)                      -> str | None        (a form left waiting: re-ask, once)

State lives in state["form"] (plain JSON):
    open: {"calc", "slots", "asked", "said", "times", "updated", "offered"?, "reminded"?, "own"?}   a form collecting slots
    last: {"calc", "slots", "at"}                                                          the last calculation

The states and transitions are TRANSITIONS below (drawn in the README, and a test keeps the two
the same); anything older than `ttl` (the `form_expiry` setting, FORM_TTL by default) is dropped.

Extraction (intents.slots) only finds facts; intents.validate checks them before they fill a
slot; the calculators compare them with the region's policy and compute."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

import regions
from calculators.chronic import find_disease, least_stage, special_deductible
from calculators.common import BadInput, NotListed, open_section
from calculators.hospital import class_mismatch, named_tiers, row_for, unlisted_at
from calculators.inpatient import highest_paid_tier, plan_for
from calculators.maternity import SCHEME as MATERNITY_SCHEMES
from calculators.money import D, num, pct
from calculators.policy import Policy, load_policies, policy_for
from calculators.result import Calculation
from corpus.entries import EntrySource
from corpus.normalize import without_no_stay
from corpus.yamlfile import read_yaml
from intents import acts, diabetes_told, disease_stage, people, premise, smalltalk, validate
from intents import calc_kind as calc_kind_mod
from intents import regions as regions_mod
from intents.calc_kind import ASK_AMOUNT, COMPUTE, SECOND_CLAIM, calc_kind, chronic_named, is_request
from intents.choices import picked
from intents.form_rules import CONDITIONS, RUNNERS, one_tier, schemes_listed, schemes_with_figures
from intents.regions import detect_region, placing
from intents.slots import EMERGENCY, HEART_STENT_ALIAS, SAME_DAY_VISITS, SPOUSE_STAFF, TOP_UP_ASKED, Slots, after_a_stay, extract, tiers_in
from intents import slots as slots_mod

FORM_TTL = 600.0          # seconds a half-filled form or a finished one stays usable, unless told otherwise
FORMS_FILE = Path(__file__).parent / "data" / "forms.yaml"
QUESTION = re.compile(r"吗|什么|怎么|怎样|哪|多少|好多|[？?]|咋|如何|电话|为啥|为什么|能不能|可不可以|是否|"
                      # (not a while later, told: "过几天又去拿药", "隔了几个月")
                      r"(?<![过隔])(?<![过隔]了)几|"
                      # "不备案有啥影响", "断了有什么后果": what follows from a fact, asked
                      r"影响|后果|会(?:怎么|咋)样|"
                      # what differs, asked the spoken way ("乙类药有啥不一样", "跟甲类啥区别")
                      r"有啥|啥(?:区别|不同|不一样|差别)|"
                      # what to bring or hand in, asked the spoken way ("给娃儿办要带啥子", "要拿些啥子去")
                      r"(?:带|拿|传|交|准备)(?:些|点)?(?:啥|哪些)|"
                      # a yes/no asked the spoken way: "能直接报不", "要备案没有", "挂号费还收不" (however much is
                      # said between: "能在北京那边办门诊慢性病认定不")
                      r"[能可会要行得还][^，,。；;]{0,16}(?:不|没有)[。!！\s]*(?:（[^（）]*）)?$|"
                      # ... at the end of a clause ("要备案不 不备案…"), or A-not-A ("中不中", "行不行", "报不报")
                      r"[能可会要行得][^，,。；;\s]{0,10}(?:不|没有)(?=[\s，,。；;!！])|(?!是)([\u4e00-\u9fff])[不没]\1")
# a follow-up that names the hospital of the later stay of a case with an earlier one
# a move on from the hospital last told, in the same course ("后面又转回卫生院", "然后再转到县医院"), not the same
# stay's hospital supposed otherwise ("要是转到三级呢")
_MOVED_ON = re.compile(r"(?:后面|后来|然后|之后|接着|最后)[^，。,；;？?]{0,3}?(?:又|再)?转|(?:又|再)转(?:回|到|去)|转回")
LATER_STAY = re.compile(r"第[二两三四五六2-6]次|这次|这回|这一次|后一次|后面那次|再次|又|转到|转去")
# the hospital said before denied in a correction ("不是县医院 是…", "不是二级的"): the stay's hospital is the one
# named after it, not a second hospital moved to
_HOSPITAL_DENIED = re.compile(r"(?:不是|并非|不在)[^，。,；;\s]{0,8}?(?:医院|卫生院|级的?|中心)")
# the run of years kept up from here on ("一直连着买下去", "以后年年都交"): with the cap's bound asked after a 大病
# cap was computed ("最多能涨到好多"), that case's cap at its bound, the fund's name not said again
_RUN_KEPT_UP = re.compile(r"一直|下去|继续|以后(?:每年|年年)|年年")
# a message that opens with another question while a form waits ("先问下…", "问个别的…")
# what or when asked the spoken way ("学校医保啥时候交", "要等多久"): no statement of the form's facts
# (not a stay's length told, "住了好久 三级医院": 好久 after a deed done, 了)
_SPOKEN_ASK = re.compile(r"啥|多久|多长时间|(?<!了)好久(?![了没])")
# (after a word asking to wait: "等哈 先问下…", "等一下，先问个事"; the sum put off, "先别算 俺问问 …")
# the sum put off for a question first ("先别算 俺问问 …", "先莫算 我问一下"): the asker wants no figure yet
_PUT_OFF = r"先(?:别|莫|甭|不|不要|不忙|不用)(?:着急)?算了?[\s，,。!！]*(?:(?:我|俺)?(?:先)?问问?(?:一?下|个事)?)?"
PUT_OFF = re.compile(r"^[\s，,]*(?:" + _PUT_OFF + r")")
# a word asking to wait before what follows ("等哈", "稍等一下", "慢着")
WAIT_WORD = r"(?:等(?:一?下|哈|等|会儿?)|稍等(?:一?下)?|慢着|且慢)"
SIDE_QUESTION = re.compile(r"^[\s，,]*(?:" + WAIT_WORD + r"[\s，,。!！]*)?(?:先问(?:一?下|一?哈|个事|一个事)|"
    # (四川's 一哈 for 一下: "先问一哈", "顺便问哈")
    r"(?:" + _PUT_OFF + r")|先?问(?:一?个|一?下)?(?:别的|其他的?)|另外问(?:一?下|一?哈)?|顺便问(?:一?下|一?哈)?|插一句|再问(?:一?下|一?哈)?|"
    # (the question before put aside, "先不说这个 …", "这个先放一哈 …": it waits, another is asked)
    r"先(?:不|别|莫|甭)(?:说|管|讲|谈|提)(?:这个|那个|这|那)?(?:了)?|(?:这个|那个)先(?:放一?放|放一?下|放一?哈|不说|不管))")
FILLER = re.compile(r"[的了呢吧啊呀嘛哦噢嗯是在我们你那就和跟与及也还都医院住院参保医保，。,.!！？?\s、：:；;]|"
                    r"如果|要是|假如|换成|改成|城乡|医疗机构|看看|算|一下|请问|帮我|那么|能报多少|报多少|好多|多少|"
                    # (the form's own fund named, "基本医保报好多"; the case pointed back at, "好 刚才那个 …")
                    r"基本|报销?|刚才(?:那个|那笔|那)?|刚刚(?:那个|那笔)?|^好(?=\s)")
# the words that say whose a sum told is and what it is ("她一年药费1000"): no question of their own
_BILL_WORDS = re.compile(r"[她他俺]|一年|全年|一共|总共|合计|花了|花费|用了|开药|药费|药钱|医药费|医疗费|费用|钱")
# (from, to, when) — the README draws these; "[*]" is no form.
TRANSITIONS = (
    ("[*]", "Asking", "a request with a fact missing"),
    ("[*]", "Done", "a request with every fact"),
    ("[*]", "Offered", "a question for a rule (报销比例多少): the rule, and an offer to compute"),
    ("Offered", "Asking", "the next message gives a fact, another is missing"),
    ("Offered", "Done", "the next message gives the last fact (我花了8000)"),
    ("Offered", "[*]", "anything else: the offer lapses"),
    ("Asking", "Asking", "an answer fills a slot and another is missing; a re-ask says why"),
    ("Asking", "Asking", "another question: answered, and the form asked again once"),
    ("Asking", "Asking", "a bill said of another after the asker's own case (她花了3000): a case of its own, its facts asked"),
    ("Asking", "Done", "the last slot filled"),
    ("Asking", "[*]", "不用了 / 算了 / /cancel, no answer after three asks, or 10 minutes"),
    ("[*]", "Asking", "刚才那个… within 10 minutes of 不用了: the form given up, taken up again with the facts told"),
    ("Done", "Done", "a correction or follow-up changes one fact (不对，是1万2 / 那二级医院呢 / 低保户呢)"),
    ("Done", "[*]", "不用了, or 10 minutes"),
)
TITLES = {"inpatient": "住院报销测算", "chain": "住院综合报销测算", "serious_illness": "大病保险测算",
          "serious_cap": "大病保险限额", "chronic": "门诊慢病测算", "special": "门诊特病测算",
          "two_diseases": "“两病”报销测算", "outpatient": "门诊报销测算", "waiting_period": "等待期测算",
          "contribution": "缴费测算", "maternity": "生育待遇测算", "assistance": "医疗救助测算",
          "single_drugs": "单行支付药品测算", "high_value_drugs": "高值药品测算"}


def two_disease_names(region: str | None) -> frozenset[str]:
    """The diseases the region's 两病 benefit names (the keys of its limits, but the limit of both together,
    "两病"): 高血压, 糖尿病 (长治 also 1型糖尿病); every region's where none is known."""
    policies = load_policies()
    found = [policies[region]] if region in policies else list(policies.values())
    return frozenset(k for p in found if p.two_diseases for k in p.two_diseases.limits if k != "两病")


def two_diseases_case(slots: dict | None) -> bool:
    """Whether a case's `slots` are the 两病's: one said (`two`) and no disease named by a 门诊慢病 row of its own —
    "高血压2级" or "糖尿病伴并发症" computed by the 慢病 form is a 慢病 case, whose errands (认定, its papers) are
    门诊慢特病's, though 高血压 also names one of the 两病."""
    s = slots or {}
    # (named as the 两病 are, 高血压 or 糖尿病 — no 慢病 row of them, 高血压2级, 糖尿病伴并发症)
    names = two_disease_names(s.get("region"))
    return bool(s.get("two")) and all(d in names for d in s.get("diseases") or [])


def topic(calc: str | None, slots: dict | None = None, said: str = "") -> str:
    """What a calculation is about, in the handbooks' words ("等待期", "住院报销"); with its case's
    `slots`, the fund the case went to (职工's 大额医疗费用补助 is no 大病保险); `said`: the case as told."""
    if calc == "serious_illness" and (slots or {}).get("large_medical"):
        return "职工大额医疗费用补助"
    if calc == "chronic" and two_diseases_case(slots) and not chronic_named(said):
        # (a case of the 两病, told as such: "还够不上门慢 买降糖药报不报", is about them, not 门慢 —
        # unless the asker named 门诊慢病 as theirs, "糖尿病 去慢病门诊开药": its rules, never the 两病's)
        return "两病"
    if calc == "waiting_period" and ((slots or {}).get("newborn_days") is not None or (slots or {}).get("born_day")):
        # (a newborn's wait, told by the days to enrolment: "那去办要带些啥" next asks how a newborn is
        # enrolled — the 新生儿参保 page's papers — not a waiting period's)
        return "新生儿参保"
    if calc in ("serious_cap", "serious_illness") and (slots or {}).get("continuous_years"):
        # (a cap raised for years insured in a row: "最多能涨到好多" next is that raise's, not the year's cap)
        return "连续参保 " + TITLES[calc].removesuffix("测算")
    return TITLES.get(calc or "", "").removesuffix("测算")


def rule_topic(calc: str | None, slots: dict | None = None, said: str = "") -> str:
    """What a question of the rules asks of a case computed ("一年最多报多少" after its sum): its `topic`,
    named as the fund whose rules they are — an outpatient bill's 门诊统筹 (克拉玛依's 普通门诊), where
    "门诊报销" alone reads as any outpatient benefit's, 两病's or 门诊慢病's."""
    return "门诊统筹" if calc == "outpatient" else topic(calc, slots, said)


class FormTurn(BaseModel):
    # invalid: the asker's input can't be used (says why); not_listed: the handbook lacks the figure
    kind: Literal["calculation", "clarify", "cancelled", "invalid", "not_listed"]
    text: str
    region: str | None = None
    calculation: Calculation | None = None
    missing_slots: list[str] = Field(default_factory=list)
    sources: list[EntrySource] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)     # the choices offered with a question
    # clarify: every fact that decides which rule applies is known; only the asker's own figures
    # are missing, so the handbook's rule answers the question and the form waits for the figure
    case_known: bool = False
    # not_listed: the text states the handbook's rule for the case, only a figure it lacks is missing
    ruled: bool = False


# ---- the declared forms -----------------------------------------------------------

class SlotSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    ask: str
    again: str
    choices: list[str] | str = Field(default_factory=list)
    show: str = "{}"
    own: bool = False
    find_out: str = "可以先向医院或医保经办窗口问清楚"


class FormSlot(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    slot: str
    when: str | None = None
    defer: bool = False
    default: str | int | None = None
    assume: str = ""
    ask: str | None = None
    # asked only when the answer depends on it: with every other fact known, the calculator is run
    # with each choice; one result needs no question (`assume` said); where only the last choice
    # differs, the others' result is given and the last's beside it (`apart`, its headline at {})
    probe: bool = False
    # the result's figures a probe compares (default: all of them): with these named, a figure that only
    # describes the choice (its own limit, not reached) does not make the answers differ, and a choice
    # the handbook gives no figures for is set aside where at least two others agree
    compare: list[str] = Field(default_factory=list)
    apart: str = ""
    # a default's other value (`beside`): where the answer with it differs, its result is said beside
    # the default's (`apart`, its headline at {}) instead of `assume` — one fact never taken silently
    beside: str | int | None = None


class FormSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    run: str
    slots: list[FormSlot]
    listed: list[str] = Field(default_factory=list)


class Which(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    ask: str
    choices: list[str]


class Domain(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    slots: dict[str, SlotSpec]
    forms: dict[str, FormSpec]
    which: Which


@lru_cache(maxsize=1)
def domain() -> Domain:
    raw = read_yaml(FORMS_FILE)
    raw["forms"] = {name: {**f, "slots": [s if isinstance(s, dict) else {"slot": s} for s in f["slots"]]}
                    for name, f in raw["forms"].items()}
    d = Domain.model_validate(raw)
    for name, f in d.forms.items():
        if f.run not in RUNNERS:
            raise ValueError(f"forms.yaml: form {name} runs unknown calculator {f.run}")
        for s in f.slots:
            if s.slot not in d.slots:
                raise ValueError(f"forms.yaml: form {name} needs undeclared slot {s.slot}")
            if s.when and s.when not in CONDITIONS:
                raise ValueError(f"forms.yaml: form {name} names unknown condition {s.when}")
    for choice in d.which.choices:
        if calc_kind(choice, extract(choice)) not in d.forms:
            raise ValueError(f"forms.yaml: the choice {choice} of `which` names no form")
    return d


# ---- choices and questions ------------------------------------------------------------

def _choices(name: str, p: Policy | None, s: dict) -> list[str]:
    spec = domain().slots[name].choices
    if isinstance(spec, list):
        return list(spec)
    if spec == "$regions":
        return list(regions.covered())
    if p is None:
        return []
    if spec == "$tiers":
        names = named_tiers(p)
        return [n for n in names if n != "药店"]
    if spec == "$categories" and s.get("_vague_group") == "serious_illness" and p.serious_illness:
        return list(dict.fromkeys(c for g in p.serious_illness.groups.values() for c in g.categories))
    if spec == "$categories" and s.get("_vague_group") == "contribution":
        resident = p.contributions.resident if p.contributions else None
        return list(resident.subsidies) if resident else []
    if spec == "$categories":
        rows = p.assistance.rows if p.assistance else []
        return list(dict.fromkeys(c for r in rows for c in r.categories))
    return []


def _question(name: str, calc: str, p: Policy | None, s: dict, variant: int, why: str = "") -> tuple[str, list[str]]:
    """The question for a slot: 0 the first time (or the calculator's reason), 1 with the reason
    it is needed, 2 the shortest."""
    spec = domain().slots[name]
    item = next((i for i in domain().forms[calc].slots if i.slot == name), None)
    ask = re.sub(r"\{(\w+)\}", lambda m: str(s.get(m.group(1), "")), (item.ask if item and item.ask else None) or spec.ask)
    choices = _choices(name, p, s)
    # the choices travel beside the text (Reply.suggestions): every channel numbers them or
    # shows buttons, so the sentence does not list them again
    if variant == 0 and not why and name == "category" and s.get("_vague_group") == "serious_illness" \
            and p is not None and p.serious_illness and len(p.serious_illness.groups) > 1:
        why = _serious_groups_told(p) + ask
    if variant == 0 or why and variant == 1:
        return why or ask, choices
    if variant == 1:
        return spec.again + ask, choices
    if choices:
        # (the question itself kept: the choices may not travel with it — an offer under a page, one part of
        # several — and "reply with one" alone says nothing of what is asked)
        return ask + "请直接回复其中一项。", choices
    return "请直接回复" + ask.rstrip("？?") + "，例如一个数字。", choices


def _serious_groups_told(p: Policy) -> str:
    """大病保险's groups as the policy gives them, before its group is asked of one unsure of theirs
    ("不知道我算不算困难人员"): each group's deductible and first ratio, and its note (who the handbook
    counts in it, or that it does not say) — the asker can tell which they are, or ask the office."""
    told = []
    for name, g in p.serious_illness.groups.items():
        told.append(f"{name}人员起付{num(g.deductible)}元、赔付比例{pct(g.segments[0].ratio)}起"
                    + (f"（{g.note}）" if g.note else ""))
    return "大病保险的起付标准和比例按人员类别不同：" + "；".join(told) + "。"


def _ask(form: dict, open_: dict, name: str, p: Policy | None, ack: str = "", why: str = "") -> FormTurn:
    """Ask for a slot, never in words already said in this form: a re-ask says why."""
    s = open_["slots"]
    said = open_.setdefault("said", [])
    times = open_.setdefault("times", {})
    for variant in range(min(times.get(name, 0), 2), 3):
        question, choices = _question(name, open_["calc"], p, s, variant, why)
        text = ack + question
        if text not in said:
            break
        if variant == 1 and why and not question.startswith(domain().slots[name].again):
            # (the calculator's reason asked in these very words already — by an earlier part of the same message,
            # whose reply was another page's: asked again after the slot's own reason, the reason and the question
            # kept, never the bare "reply with one" that says neither)
            text = ack + domain().slots[name].again + question
            if text not in said:
                break
    else:
        form.pop("open", None)
        return FormTurn(kind="cancelled", region=s.get("region"),
                        text="这次先不算了。需要时请把情况一次说全（例如地区、参保类型、医院等级和花费），我再帮您算。")
    said.append(text)
    times[name] = times.get(name, 0) + 1
    open_["asked"] = name
    form["open"] = open_
    return FormTurn(kind="clarify", text=text, region=s.get("region"), missing_slots=[name], suggestions=choices)


def texts_dont_know(name: str) -> str:
    """What to say when the asker does not know the fact asked: where it may be found out, and that
    the form waits for it (or ends on 不用了)."""
    spec = domain().slots[name]
    ask = spec.ask.rstrip("？?")
    return f"没关系。这一项（{ask}）不清楚的话，{spec.find_out}，知道后告诉我，我再接着算；不需要了回复“不用了”即可。"


def _ask_exact(form: dict, open_: dict, asked: str, said: str) -> FormTurn:
    """"五六年" in reply to 断保几年: a range is no count to compute with (never 56); asked again, saying why."""
    s = open_["slots"]
    p = policy_for(s["region"]) if s.get("region") else None
    unit = "年" if asked == "gap_years" else "个月"
    return _ask(form, open_, asked, p, why=f"您说的“{said}”是一个范围，请告诉我具体是几{unit}。")


def _ack(new: dict, asked: str | None, calc: str) -> str:
    """"已记下：…。" for facts given besides (or instead of) the one asked for; a figure only the
    asker knows (own) is read back only by a form that takes it (months of costs are no waiting
    period's fact)."""
    shown = []
    takes = {s.slot for s in domain().forms[calc].slots}
    for k, v in new.items():
        if k == asked or k.startswith("_") or k not in domain().slots and k not in ("diseases",):
            continue
        spec = domain().slots.get(k)
        if spec and spec.own and k not in takes:
            continue
        if spec and isinstance(v, (str, int, float)) and not isinstance(v, bool):
            shown.append(spec.show.format(v))
    return f"已记下：{'，'.join(shown)}。" if shown else ""


# ---- the entry points -----------------------------------------------------------------

# what a reply that only says where the asker is says besides the place ("我是克拉玛依校区的", "巴中这边")
_PLACE_REPLY_FILLER = re.compile(r"[我俺们咱是在的啊呀呢吧嘛哦了就那边这边参保交医保地区市县区，。,.!！?？~\s]")


# a calculation given up pointed back at ("刚才那个住院的", "之前说的那笔"): kept, after 不用了, while a form would live
_BACK_TO_DROPPED = re.compile(r"(?:刚才|刚刚|之前|前面|先前)(?:说的|问的|算的|那会儿?)?(?:那个|那笔|那次|那回)")


# what holds of one person only: a case said of another after the asker's own does not take them
_PERSONAL_SLOTS = ("insurance", "retired", "category", "categories", "age", "admission", "prior_tier", "prior_amount",
                   "used_this_year", "used_for", "deductible_paid", "deductible_paid_stay", "spent_before",
                   "type1", "diabetes_type")


def _of_someone_else(text: str) -> bool:
    """Whether a message tells of someone other than the asker (她 / 他, or a relative or a neighbour named:
    "她花了3000", "我老婆花了3000") and not of the asker's own case besides."""
    return people.someone_else(text) and not people.own_case_said(text)


# the asker named as themself ("我自己也是职工", "俺本人"): their own case, whatever follows
_MYSELF = re.compile(r"(?:我|俺)(?:自己|本人)")


def _whose(open_: dict | None, text: str) -> None:
    """A form opened by this message keeps whether its case was told as the asker's own alone ("我在二级
    医院住院…"), and no one else's: a bill said later of 她 / 他 or a relative is another person's case, a
    form of its own (`_handle`), not this one's answer. A case told of a relative, or of no one, takes it."""
    if open_ is not None and "own" not in open_:
        open_["own"] = people.own_case_apart(text, care=True) and not people.someone_else(text)
        # (and whether it was told of someone else: the asker's own case said next is not that one's)
        open_["other"] = people.someone_else(text) and not people.own_case_said(text)


def _answers_dropped(text: str, dropped: dict, form: dict) -> bool:
    """Whether a message tells only the fact a form given up was waiting for (its `asked` slot), nothing
    asked, no calculation made since, and no form open now asking that same fact."""
    asked = dropped.get("asked")
    open_ = form.get("open")
    if not asked or QUESTION.search(text) or acts.is_cancel(text) \
            or open_ and (not open_.get("offered") or open_.get("asked") == asked) \
            or dropped.get("updated", 0) < (form.get("last") or {}).get("at", 0):
        return False
    told = {k for k in slots_from(extract(text, expecting=asked)) if not k.startswith("_")}
    return told == {asked}


def handle(text: str, state: dict, *, region: str | None, now: float, question: bool = False,
           ttl: float | None = None) -> FormTurn | None:
    """The form's part in one message; None when the message is not for a form. `question`: the
    engine found the message to be a handbook question in its own right. `ttl`: seconds a form
    outlives silence (default FORM_TTL)."""
    turn = _handle(text, state, region=region, now=now, question=question, ttl=ttl)
    _whose((state.get("form") or {}).get("open"), (text or "").strip())
    last = (state.get("form") or {}).get("last")
    if last and last.get("at") == now and "own" not in last:
        # (a case computed from this one message: whether it was the asker's own alone, as a form keeps it)
        said = (text or "").strip()
        last["own"] = people.own_case_said(said) and not people.someone_else(said)
    return turn


def _handle(text: str, state: dict, *, region: str | None, now: float, question: bool = False,
            ttl: float | None = None) -> FormTurn | None:
    form = state.setdefault("form", {})
    _expire(form, now, ttl)
    text = (text or "").strip()
    if not text:
        return None
    dropped = form.pop("dropped", None)
    if dropped and not form.get("open") and _BACK_TO_DROPPED.search(text) and not acts.is_cancel(text) \
            and dropped.get("updated", 0) >= (form.get("last") or {}).get("at", 0):
        # "哦对了 刚才那个住院的 是在三级医院 合疗的" after "算了 不用算了 我问下…": the calculation given up is
        # taken up again where it was left, with the facts told now
        form["open"] = dropped
    elif dropped and _answers_dropped(text, dropped, form):
        # "剖腹产的" after "算了先不管这个 …住院一年最多报多少" while the birth's form waited for how it went:
        # the fact that form asked, told alone — taken up again with it (an offer after the question lapses)
        form["open"] = dropped
    elif dropped:
        form["dropped"] = dropped
    if acts.is_cancel(text):
        had = form.pop("open", None)
        if had and not had.get("offered"):
            form["dropped"] = {**had, "updated": now}
        form.pop("last", None)
        form.pop("care", None)
        form.pop("which", None)
        r = (had or {}).get("slots", {}).get("region") or region
        return FormTurn(kind="cancelled", region=r,
                        text="好的，不算了。" if had and not had.get("offered") else "好的。有其他医保问题随时问我。")
    waited = form.pop("care", None)
    care = (BENEFIT_ANSWER if waited and waited.get("benefit") else CARE_ANSWER).match(text) \
        if waited and not form.get("open") else None
    staged = _benefit_of_stage(text, waited["text"], region) \
        if waited and waited.get("benefit") and not care and not form.get("open") else None
    if staged:
        # "一期的 还没到二期" after "是“两病”门诊用药还是门诊慢病": the stage told settles it where the region's
        # 门诊慢病 list takes the disease only from a stage on (克拉玛依 "高血压Ⅱ期及以上") — below it, 两病
        text = waited["text"].rstrip("？?。!！ ") + "，" + staged
    elif not waited and not form.get("open") and (restaged := _restaged(text, form.get("last"), now, ttl)):
        # "后来查出来是二期了 还是那1000块" after a 两病 bill was computed: the stage told now moves the same
        # bill (or the one told) to the other benefit — computed afresh there, never a second bill of the first
        form.pop("last", None)
        return _advance(form, {**restaged, "asked": None, "updated": now}, now)
    elif care and waited.get("benefit") and not (care.group(2) and QUESTION.search(care.group(2))):
        # "两病" / "办了慢病的" after "是“两病”门诊用药还是门诊慢病": the bill told before, with its benefit
        said = "两病" if "两病" in care.group(1) else "门诊慢病"
        text = waited["text"].rstrip("？?。!！ ") + "，" + said + ("，" + care.group(2) if care.group(2) else "")
    elif care and not (care.group(2) and QUESTION.search(care.group(2))):
        # "住院" after "这笔费用是住院还是门诊的？": the bill told before, now with its kind of care (and
        # the facts said with it: "住了院 二级乙等的县医院")
        said = "住院" if care.group(1).startswith("住") else "门诊"
        text = waited["text"].rstrip("？?。!！ ") + "，" + said + ("，" + care.group(2) if care.group(2) else "")
    open_ = form.get("open")
    if open_ and not open_.get("offered") and open_.get("asked") and acts.DONT_KNOW.match(text):
        # "不知道", "晓不得", "不清楚是几级" to the question asked: no question for the handbook (nor for
        # staff) — the form says how to go on, in words not said before, and still waits
        name = open_["asked"]
        s = open_["slots"]
        p = policy_for(s["region"]) if s.get("region") else None
        said = open_.setdefault("said", [])
        why = texts_dont_know(name)
        if why in said:
            # (not known again: the form's own re-asks, which end it politely after three)
            return _ask(form, open_, name, p)
        said.append(why)
        open_["updated"] = now
        return FormTurn(kind="clarify", text=why, region=s.get("region"), missing_slots=[name],
                        suggestions=_choices(name, p, s))
    text = _choice(text, open_)
    fixed = acts.correction(text)
    body = fixed or text
    asked = open_.get("asked") if open_ else None
    last = form.get("last")
    # "只断了2个月呢" after the waiting period of a switch was computed from its months without cover:
    # the months are read as they are when asked for (a gap in months is said only of a switch)
    switch_gap = not asked and last and last["calc"] == "waiting_period" and "gap_months" in last["slots"] \
        and (fixed or acts.is_follow_up(body))
    # "是5年" / "5年呢" / "不对，断了三年" after a waiting period computed from years without cover: that
    # count told again, read as the gap it corrects (not a year count of anything else)
    gap_again = not asked and not switch_gap and last and last["calc"] == "waiting_period" \
        and "gap_years" in last["slots"] and _BARE_YEARS.match(body.strip()) is not None
    # "五个月的呢 做了剖宫术" after a termination was computed: the pregnancy's length and how it
    # ended, told again of that termination (not a birth by 剖宫产, nor months of anything else)
    ended_again = not asked and not switch_gap and not gap_again and last and last["calc"] == "maternity" \
        and last["slots"].get("kind") == "终止妊娠" and (fixed or acts.is_follow_up(body))
    # "要是拖到四个多月才交呢" after a newborn's wait was computed: the child's age when enrolled, told again
    born_again = not asked and not switch_gap and not gap_again and last and last["calc"] == "waiting_period" \
        and last["slots"].get("newborn_days") is not None and (fixed or acts.is_follow_up(body))
    ex = extract(body, expecting="gap_months" if switch_gap else "gap_years" if gap_again
                 else "termination_again" if ended_again else "newborn_again" if born_again else asked)
    # (a region's weak cues — 学长, 校医院 — place the case only where no region is known otherwise)
    known = region or (open_ or {}).get("slots", {}).get("region") or (last or {}).get("slots", {}).get("region")
    hit = placing(detect_region(body), known)
    ex = _holiday_at_home(ex, hit.region or known)
    kind = calc_kind(body, ex)
    new = slots_from(ex)
    repair_of_last = kind in (None, "contribution") and bool(new.get("repair_years")) and not open_ and bool(last) \
        and last["calc"] == "waiting_period" and bool(last["slots"].get("gap_years")) \
        and bool(calc_kind_mod.REPAIR_COST.search(body))
    if repair_of_last:
        # "那补交两年要多少钱" after a wait computed for a gap: that gap's years paid back, what it costs and
        # what it takes off the wait — never a fee of its own, nor "两年" read as the gap
        kind = "waiting_period"
        new.pop("months", None)
        new["_repair_cost_asked"] = True
    if (kind == "inpatient" or kind is None and (open_ or last or {}).get("calc") in STAY_CALCS) \
            and _two_stays(body, new, (open_ or last or {}).get("slots") or {}):
        kind = kind or None
    offered = bool(open_ and open_.get("offered"))
    if offered and open_.get("other") and (people.own_case_said(body) or _MYSELF.search(body)) \
            and not people.someone_else(body):
        # "我自己…花了600" after computing was offered under a relative's rule ("我妈职工医保退休的 …"): the
        # asker's own case — her scheme and standing (retired, a group, the year's claims) are not theirs;
        # asked afresh where this message does not tell them (the place is kept)
        for k in _PERSONAL_SLOTS:
            open_["slots"].pop(k, None)
        open_["own"], open_["other"] = True, False
    active = open_ if open_ and not offered else None
    last = form.get("last")
    couple = ((open_ or last or {}).get("slots") or {}) if (open_ or last or {}).get("calc") == "maternity" else {}
    if couple.get("spouse_insurance") and couple.get("insurance") not in (None, couple["spouse_insurance"]) \
            and new.get("insurance") == couple["spouse_insurance"] and "spouse_insurance" not in new \
            and _OF_THE_OTHER.search(body) and not _OWN_SCHEME.search(body) \
            and (TOP_UP_ASKED.search(body) or _MY_SIDE.search(body)):
        # "顺产 她合疗那边报了2000 我这边还能补好多" after "我是职工 老婆是合疗": the scheme said is the
        # spouse's again (what it paid), the 职工 side's top-up asked — never the asker's scheme changed
        new["spouse_insurance"] = new.pop("insurance")
        new["top_up"] = True
    facts = {k for k in new if not k.startswith("_")}
    if open_ and open_.get("asked") == "amount" and open_["calc"] in LEFT_AMOUNT_FORMS and kind == "inpatient" \
            and new.get("amount") is not None and ex.get("reimbursed") is None and ex.get("amount_at") is not None \
            and calc_kind_mod.LEFT_BEFORE.search(body[:ex.get("amount_at")]):
        # "俺今年个人合规自付一共两万五，在长治本地住的院" while 大病保险's form (or its offer) waits for
        # what basic insurance left: that figure, the stay only where the care was — not a new stay's bill
        kind = None
    if open_ and open_["calc"] == "chain" and kind in ("inpatient", None) and new.get("amount") is not None \
            and (new.get("category") or open_["slots"].get("category") or "一般") != "一般" \
            and ex.get("reimbursed") is None and ex.get("amount_at") is not None \
            and calc_kind_mod.LEFT_BEFORE.search(body[:ex.get("amount_at")]):
        # "低保 住院个人自付三千" while the offer of a group's stay through every fund waits (after 医疗救助's
        # rule): the sum said is what the funds before left the asker — the figure 救助 is computed on,
        # never a new stay's bill whose hospital is asked (told with no word of a stay too, "报完还剩自付三千")
        kind = None
        open_.update(calc="assistance", asked=None)
    if open_ and kind == "serious_illness" and ex.get("after_serious") and new.get("amount") is not None \
            and ex.get("reimbursed") is None and (open_["calc"] == "assistance" or open_["calc"] == "chain"
                                                   and (open_["slots"].get("category") or "一般") != "一般"):
        # "住院基本医保大病都报完了 还剩自付的合规费用3000" while 医疗救助's form waits, or the offer of a group's
        # stay through every fund (basic, 大病, then 救助): what 大病保险 left is the figure 救助 is computed
        # on — the chain's last fund — not 大病保险's own second layer asked
        kind = None
        if open_["calc"] == "chain":
            open_.update(calc="assistance", asked=None)
    if open_ and open_["calc"] == "assistance" and open_.get("asked") == "amount" and kind == "chronic" \
            and new.get("amount") is not None and "care" not in new and ex.get("reimbursed") is None \
            and calc_kind_mod.LEFTOVER.search(body):
        # "门诊慢性病报了以后剩的呢 一年还剩1000" while 医疗救助's form (its rule answered) waits for what is left:
        # what the 门诊慢性病 benefit left, the figure 门诊救助 is computed on — not a new 慢病 bill whose
        # disease is asked
        kind = None
        new["care"] = "门诊慢性病"
        new.pop("months", None)
        facts = {k for k in new if not k.startswith("_")}
    if open_ and facts == {"gap_years"} and open_["calc"] not in GAP_CALCS and not fixed:
        # a gap in cover told alone to a form whose calculation it does not change ("那我去年断了一年没交呢"
        # after the 住院 rule): a question of its own, the waiting period's; where the region has no rule
        # for it to compute, the search's, and the form still waits (an offer lapses)
        where = hit.region or open_["slots"].get("region") or region
        if where and policy_for(where).waiting_period is not None:
            # ... which the region's policy computes for that gap
            slots = {"gap_years": new["gap_years"], "region": where}
            return _advance(form, {"calc": "waiting_period", "slots": slots, "asked": None, "updated": now}, now)
        if offered:
            form.pop("open", None)
        return None

    payer = PAYER_ASKED.match(body)
    account_share = bool(last and last["slots"].get("account") and "base" in last["slots"])
    if payer and not active and last and last["calc"] == "contribution" \
            and (last["slots"].get("insurance") == "职工" or (account_share and last["slots"].get("insurance") is None)) \
            and not last["slots"].get("flexible") and (not last["slots"].get("account") or account_share):
        # "单位呢" after a 职工's monthly contribution was computed: the same base, led by that party's
        # share (the calculation gives both; only its first line changes) — after the account's share of a
        # base too ("…个人账户进好多" then "单位要交好多": the fee on that base, no share of the account; only a
        # 职工 has an account and a base, so that share is a 职工's where no scheme was said)
        held = {k: v for k, v in last["slots"].items() if k not in ("account", "months")}
        held["insurance"] = "职工"
        slots = {**held, "payer": "个人" if payer.group(1) in _OWN_PAYER else "单位"}
        return _advance(form, {"calc": "contribution", "slots": slots, "asked": None, "updated": now}, now)

    # (the spouse's scheme named with it, "居民医保 产前检查呢" — the message's story told "居民医保那边已经报了"
    # — is the couple's other side again, no scheme of the asker's changed)
    of_the_couple = {"insurance"} if last and new.get("insurance") == last["slots"].get("spouse_insurance") else set()
    if _PRENATAL_PART.search(body) and not active and last and last["calc"] == "maternity" \
            and last["slots"].get("spouse_insurance") not in (None, last["slots"].get("insurance")) \
            and not last["slots"].get("prenatal_only") and last["slots"].get("kind") != "终止妊娠" \
            and (acts.is_follow_up(body) or not facts and ASK_AMOUNT.search(body)) \
            and not facts - {"prenatal_only", "top_up"} - of_the_couple \
            and not calc_kind_mod.PROCEDURE.search(body):
        # "产检那块呢" (or "产检给补多少") after a couple's 补差 was computed: that one part of the case, the 职工 side's 补差 of
        # it (800 − 500), not the page of one scheme's allowance (after one scheme's own birth the page
        # states the case's figure: `Engine._with_last_context`)
        slots = {**last["slots"], "prenatal_only": True}
        turn = _advance(form, {"calc": "maternity", "slots": slots, "asked": None, "updated": now}, now)
        # (the part asked once: a follow-up after it, "那剖腹产呢", is the whole case again)
        ((form.get("last") or {}).get("slots") or {}).pop("prenatal_only", None)
        return turn

    mother = active or last
    if "补差" in body and not _TOP_UP_DENIED.search(body) and mother and mother["calc"] == "maternity" and mother["slots"].get("insurance") in ("职工", "居民") \
            and not mother["slots"].get("spouse_insurance") and "spouse_insurance" not in new \
            and new.get("insurance") in (None, mother["slots"]["insurance"]) \
            and not facts - {"kind", "prenatal_only", "babies", "cesarean", "region", "insurance"}:
        # "那剖腹产跟产检各补好多差价" after one scheme's birth benefits (or while their form waits): 补差 is only the
        # 职工 side's top-up of a birth paid by 居民医保 (巴中 第二章 九问), so the case's other side is the
        # other scheme — computed so (the answer says the case); never one scheme's own sums for a 补差 asked
        slots = {**mother["slots"], **new, "top_up": True,
                 "spouse_insurance": "居民" if mother["slots"]["insurance"] == "职工" else "职工"}
        if "prenatal_only" not in new:
            slots.pop("prenatal_only", None)
        # (the answer states the couple's case it computed: no assumption of its own to add)
        return _advance(form, {"calc": "maternity", "slots": slots, "asked": None, "updated": now}, now)

    spouse = SPOUSE_STAFF.search(body)
    if spouse and not active and last and last["calc"] == "maternity" and last["slots"].get("insurance") == "居民" \
            and not last["slots"].get("spouse_insurance") \
            and (TOP_UP_ASKED.search(body) or (new.get("spouse_insurance") == "职工" and "insurance" not in new)) \
            and not facts - {"insurance", "region", "spouse_insurance", "spouse_husband", "top_up", "kind"}:
        # (or the husband's 职工 told in a birth's question, "我老公单位交的职工 职工那边剖腹产好多": the
        # slots read it as the spouse's — the same top-up, of the delivery said, if one is)
        # "我老公是职工医保 还能补不" after a birth in 居民医保 was computed: the 职工 side's top-up (配偶
        # 生育补差) on that birth — the scheme said is the spouse's, not the asker's
        slots = {**last["slots"], "spouse_insurance": "职工", "top_up": True,
                 **({"spouse_husband": True} if spouse.group(1) in ("老公", "丈夫", "男人") else {}),
                 **({"kind": new["kind"]} if new.get("kind") else {})}
        return _advance(form, {"calc": "maternity", "slots": slots, "asked": None, "updated": now}, now)

    if active and hit.region and not hit.unsupported and active["slots"].get("region") not in (None, hit.region) \
            and new.get("amount") is None and asked not in facts and QUESTION.search(body) and not fixed:
        # "我爸在巴中老家 也是糖尿病 没并发症 合疗咋报" while 克拉玛依's 慢病 form waits for the bill: a question
        # of another covered region's, with no figure — not the waiting form's answer (nor its case moved there)
        return None

    # a correction or a follow-up: one fact of the open form or of the last calculation changes
    # ("不对，是1万2", "那二级医院呢", "低保户呢"); "那如果花了30万呢，加上大病一起" widens the last one
    target = active or (last and {"calc": last["calc"], "slots": dict(last["slots"]), "asked": None})
    if target and target["calc"] == "contribution" and kind == "serious_illness" and new.get("large_medical") \
            and new.get("amount") is None and (fixed or acts.is_follow_up(body) or acts.CONTINUES.search(body)):
        # "加上大额医疗补助呢" after a 职工 fee was computed: the fee with 大额补助's add-on, which the fee
        # calculator adds — not the 大额 fund's payment on a bill
        kind = None
    moved_from = _MOVED_FROM.search(body)
    if target and target["calc"] in STAY_CALCS and fixed and _HOSPITAL_DENIED.search(text) and new.get("transfer") \
            and "prior_tier" not in new:
        # "搞错了 不是县医院 是后来转到市里三级医院住的": the hospital said before is denied — the stay computed
        # was at the one named now, corrected, not a transfer from a stay the asker says was not theirs
        new.pop("transfer")
        facts.discard("transfer")
    if target and target["calc"] in STAY_CALCS and new.get("transfer") and "prior_tier" not in new and new.get("tier") \
            and target["slots"].get("tier") not in (None, new["tier"]) and moved_from and not tiers_in(moved_from.group(1)) \
            and (fixed or acts.is_follow_up(body)):
        # "要是从县医院转回乡镇卫生院呢" after the stay at the county hospital (二级) was computed: the hospital
        # left, named by its name, is that stay's — its level, not asked again
        new["prior_tier"] = target["slots"]["tier"]
        for k in ("level", "hospital"):
            new.pop(k, None)
        facts = (facts - {"level", "hospital"}) | {"prior_tier"}
    if target and kind in OUTPATIENT_FORMS and target["calc"] in OUTPATIENT_FORMS and kind != target["calc"] \
            and new.get("diseases") and set(new["diseases"]) <= set(target["slots"].get("diseases") or ()) \
            and (fixed or acts.is_follow_up(body) or acts.ADDS.search(body)) \
            and not (_BENEFIT_NAMED.get(kind) and _BENEFIT_NAMED[kind].search(body)):
        # (not where the other benefit is named: "两病里那个高血压800又是咋回事" after a 门诊慢病 sum asks of 两病)
        # "我哥是职工 也是透析 花了一样多呢" after 透析's 门诊特病 sum: the case's own disease said again,
        # which alone reads as a 慢病's — the same benefit as computed, not another one
        kind = target["calc"]
    # ("要是急诊送进去的呢 也没备案": the emergency read as the filing it counts as, said of the stay; not
    # "…急诊抢救 要单独备案不", a rule asked of such a case; but "要是是急诊去的 没转诊 一样不": whether that
    # stay, an emergency instead, comes to the same — the case computed again, which answers it)
    if target and target["calc"] in ("inpatient", "chain") and EMERGENCY.search(body) and new.get("emergency") is not False \
            and (new.get("filing") is None or new.get("filing") == "急诊"
                 and (not QUESTION.search(body) or acts.SAME_ASKED.search(body) and acts.is_follow_up(body))) \
            and (fixed or acts.is_follow_up(body) or not QUESTION.search(body)) \
            and (target["slots"].get("elsewhere") or target["slots"].get("filing") not in (None, "市内")):
        # "如果是急诊呢" after a stay elsewhere: that stay as an emergency, not an outpatient visit ("不是急病"
        # denies one: no fact of an emergency) (and
        # so told plainly, "哦对了 是急诊送进去的": a fact of that stay, as any fact told plainly is)
        if target["slots"].get("filing") not in (None, "急诊"):
            # (the filing told before, "没备案", kept: an emergency supposed away later brings it back)
            new["_filing_before_emergency"] = target["slots"]["filing"]
        new["filing"], kind = "急诊", None
        facts.add("filing")
    if target and target["calc"] in ("inpatient", "chain") and new.get("emergency") is False \
            and "filing" not in new and target["slots"].get("filing") == "急诊":
        # "那要不是急诊呢", "其实不是急诊 自己去住的": the emergency the stay was computed as, denied — the
        # filing it stood for goes with it: the one told before it stands again ("没备案": the not-filed row),
        # or, none told, the form asks it (never the emergency's rate kept for a stay said not to be one)
        before = target["slots"].pop("_filing_before_emergency", None)
        target["slots"].pop("filing", None)
        if before:
            new["filing"] = before
            facts.add("filing")
    if target and target["calc"] in ("inpatient", "chain") and "filing" not in new \
            and slots_mod.REFERRAL_PAPER.search(body) and slots_mod.filing_in(body) != "未备案" \
            and (target["slots"].get("elsewhere") or target["slots"].get("filing") not in (None, "市内")):
        # "县医院开了转院单过去的" of a stay elsewhere the form holds: the referral's paper is the referral
        # (异地转诊, a filing), not a move between two of the region's hospitals
        new["filing"] = "转诊"
        new.pop("transfer", None)
        facts.add("filing")
    if target and target["calc"] in ("inpatient", "chain") and "filing" not in new and new.get("transfer") \
            and "prior_tier" not in new and (fixed or acts.is_follow_up(body)) \
            and (target["slots"].get("elsewhere") or target["slots"].get("filing") not in (None, "市内")):
        # "要是办了转诊呢" after a stay elsewhere: that stay referred (异地转诊, a filing), not a
        # transfer between two stays of the region's hospitals
        new["filing"] = "转诊"
        new.pop("transfer")
        facts.add("filing")
    if target and target["calc"] in STAY_CALCS and target["slots"].get("transfer") and target["slots"].get("prior_tier") \
            and target["slots"].get("filing") in (None, "市内") and (new.get("filing") == "未备案" or new.get("transfer")) \
            and _TRANSFER_DENIED.search(body) and not new.get("elsewhere") and not hit.region \
            and not _CARE_AWAY_SAID.search(body) and (fixed or acts.is_follow_up(body) or _SUPPOSED.search(body)):
        # "要是他没转诊 直接去的三级医院 一万报好多" after a transfer between the city's hospitals was computed:
        # the transfer supposed away — one stay at the hospital named, not care elsewhere left unfiled
        # (没转诊's 异地 sense, 非急诊且未转诊), nor a second stay after the first ("没转院", read as the
        # transfer's word, is its denial)
        for k in ("filing", "care_at", "transfer"):
            new.pop(k, None)
            facts.discard(k)
        for k in ("transfer", "prior_tier", "prior_amount", "admission"):
            target["slots"].pop(k, None)
        facts.add("tier")
        new["transfer"] = False         # (merged over the case's own, which said it was one)
    earlier = target["slots"] if target else {}
    if target and target["calc"] in STAY_CALCS and earlier.get("prior_tier") and earlier.get("tier") and after_a_stay(earlier) \
            and "tier" in new and "prior_tier" not in new and not fixed \
            and int(new.get("admission") or 0) > int(earlier.get("admission") or 2):
        # "同一年又在三级住了第三次" after a second stay was computed: both stays computed are before this
        # one, the year's deductible paid up to the higher of their levels
        where = earlier.get("region") or region
        higher = highest_paid_tier(policy_for(where), earlier.get("insurance"), [earlier["prior_tier"], earlier["tier"]],
                                   earlier.get("filing") or "市内") if where else None
        if higher is not None:
            new["prior_tier"] = higher
            facts.add("prior_tier")
    if target and target["calc"] in STAY_CALCS and target["slots"].get("prior_tier") and "tier" in new \
            and "prior_tier" not in new and not fixed and acts.is_follow_up(body) and _STAY_AGAIN_AT.search(body) \
            and not _FIRST_STAY.search(body):
        # "要是下半年又在三级医院住呢" after a second stay of the year was computed: this stay at another
        # level, said as the stay again ("还是", "也在"), the earlier one told still before it
        new["prior_tier"] = target["slots"]["prior_tier"]
        facts.add("prior_tier")
    if target and target["calc"] in ("inpatient", "chain") and target["slots"].get("prior_tier") \
            and "tier" in new and "prior_tier" not in new and new.get("admission") in (None, 1) and (fixed or acts.is_follow_up(body)) \
            and _FIRST_STAY.search(body):
        # "不对 第一次住的是二级医院" after a second stay was computed: the earlier stay's level corrected
        # (the first of the two), not this stay made the year's first
        new["prior_tier"] = new.pop("tier")
        new.pop("admission", None)
        new.pop("grade", None)
        facts = (facts - {"tier", "admission", "grade"}) | {"prior_tier"}
    # "克拉玛依校区的" alone right after a calculation: where the case is, computed again for that place
    placed = bool(last and not active and hit.region and not hit.unsupported and not facts and not kind
                  and not _PLACE_REPLY_FILLER.sub("", regions_mod.without_places(body)))
    kept_up = bool(last and not active and last["calc"] == "serious_cap" and new.get("_cap_bound")
                   and kind in (None, "serious_cap") and _RUN_KEPT_UP.search(body))
    if kept_up and target:
        # (the bound asked is the one fact told: the run kept up from here on has no last year, so the
        # case's own run and gap no longer bound it — the rule's bound is the answer)
        facts.add("_cap_bound")
        for k in ("continuous_years", "gap_years", "gap_year", "gap_said", "cap_years", "run_start_unsaid", "run_start"):
            target["slots"].pop(k, None)
    follows = fixed or acts.is_follow_up(body) or acts.ADDS.search(body) or placed \
        or (last and not active and not QUESTION.search(body) and facts
            # (nor what to bring or where to go, asked the spoken way: "给娃儿登记参保要带啥子" after a
            # newborn's wait — a question of its own, not the facts it names, 参保, changing the wait; nor
            # the deadline of a claim, "没直接报 回来要在好久之前去报": the rule's date, not the stay's facts)
            and not calc_kind_mod.PROCEDURE.search(body) and not calc_kind_mod.DEADLINE.search(body)) \
        or (last and not active and not kind and new.get("amount") is not None and ASK_AMOUNT.search(body)) \
        or (last and not active and facts and "amount" not in new and kind in (None, last["calc"])
            and RUNNING_SUM.search(body)) \
        or (last and not active and facts and "amount" not in new and kind in (None, last["calc"])
            and COMPUTE_AGAIN.search(body) is not None) \
        or (last and not active and last["calc"] in STAY_CALCS and new.get("prior_tier") and "amount" not in new
            and kind in (None, last["calc"]) and LATER_STAY.search(body) is not None) \
        or (last and not active and last["calc"] in STAY_CALCS and kind in (None, "inpatient", last["calc"])
            and after_a_stay(new) and not calc_kind_mod.PROCEDURE.search(body)) \
        or kept_up or repair_of_last
    # (the last: "我今年早些时候在二级医院住过一次了 那这次三级的起付线咋算 还能报多少" after a stay was
    # computed — an earlier stay of the year told, of this stay: the case computed again with it, a question
    # of the deductible owed as much as of the sum)
    # (... and a later stay of the year told after a stay was computed, asked or not: "又在同一家住了一次
    # 花了2000 这次还扣起付线吗", "他今年之前在一级医院住过一次了 这次还扣吗" — the case goes on, one stay
    # after the other, not a new case whose hospital is asked again)
    wider = target and _wider(target["calc"], body, new)
    key = acts.facts_of(body)
    if follows and target and not fixed and not wider and not placed and key and QUESTION.search(body) \
            and calc_kind_mod.LIMIT_WORDS.search(body) \
            and "amount" not in new and not facts - key - {"months"} \
            and all(target["slots"].get(k) == new.get(k) for k in key):
        # "那职工医保一年最多报得到好多" after a 职工's stay was computed: the case's own facts said
        # again, changing none, with a rule's figure asked (a cap, a deductible) — that question, not the
        # sum again ("自己自付又是好多" asks the sum's other side: still the sum)
        follows = False
    if follows and target and not fixed and not wider and not placed and facts == {"months"} \
            and "amount" not in new and target["calc"] != "chronic" and calc_kind_mod.CAP_ASKED.search(body):
        # "那一年最多能报好多" after a sum was computed: its 一年 is the cap's year, not a fact of the case
        # (months are a fact only of a monthly limit, 慢病's) — the cap's page, not the sum again
        follows = False
    if follows and target and not fixed and not wider and not placed and "amount" not in new \
            and (_RULE_THERE_ASKED.search(body) or _limit_asserted(body)):
        # "职工门诊有起伏线不" after a 居民's 门诊 sum: whether the rule has such a figure, asked of the case
        # it names — the rule's page, never the sum again nor a fact of it asked back
        # (... or a figure of such a limit asserted, "二级医院是不是每回最多只报三十": whether the rule holds it
        # at the level named is the rule's question, which the sum again with that level does not answer)
        follows = False
    if follows and target and not fixed and target["calc"] == "chronic" and "amount" not in new \
            and new.get("chronic_group") and _of_another_group(target["slots"], new["chronic_group"], region):
        # "那一类慢病报多少比例" after 冠心病 (二类) was computed: the rule of a group the case's disease is not
        # of — that group's page, never the case recomputed with its disease unchanged
        follows = False
    if follows and active and target is active and not fixed and not wider and not placed and "amount" not in new \
            and (active.get("asked") not in facts) and PROCEDURE_OR_TIME_ASKED.search(body) \
            and not ASK_AMOUNT.search(body) and not COMPUTE.search(body):
        # "那长期备案多久可以变更" while a form waits for the hospital's level: a question of its own (when,
        # how, where), answered — its fact is no answer to the form, which is not asked again word for word
        follows = False
    if follows and target and not active and not fixed and not wider and not placed and "amount" not in new \
            and WHERE_OR_PAPERS_ASKED.search(body) and not ASK_AMOUNT.search(body) and not COMPUTE.search(body):
        # "那我在外地看的急诊 票据交给谁" after a visit was computed: where the claim is handed in, or with what,
        # asked of another case — a rule of its own (its page), never the sum again with one fact changed
        follows = False
    if follows and active and target is active and not fixed and active.get("ruled") \
            and (WHAT_IF.search(body) or (active.get("whether") and _OTHER_CASE_OF_RULE.match(body))) \
            and active.get("asked") not in new and "amount" not in new:
        # "万一是急诊 没办备案呢" while a form whose rule was answered waits for the level, care elsewhere
        # told: another case supposed, its rule asked (as _is_answer reads it) — not the waiting form's fact
        follows = False
    if follows and target and not fixed and not wider and not placed and "amount" not in new \
            and CONSEQUENCE_ASKED.search(body):
        # "要是我错过了集中缴费期才交呢 会咋样" after a fee was computed: what follows from the case told (a
        # wait, a dearer fee) is a rule of its own, asked — not the sum again with that fact beside it
        follows = False
    if follows and target and not active and not fixed and not wider and not placed and "amount" not in new \
            and facts == {"in_window"} and target["calc"] not in GAP_CALCS and THEN_WHAT.search(body):
        # "万一错过了怎么办" after a household's fee (and the window's last day): what follows from missing the
        # window is a rule of its own (the wait), asked — the fee computed again with it changes nothing
        follows = False
    if follows and target and not active and not fixed and not wider and not placed and "amount" not in new \
            and facts <= {"in_window"} and calc_kind_mod.DEADLINE.search(body):
        # "那集中缴费到底截止到哪天" after a wait was computed: the window's last day asked, a rule's date — its
        # words name the window, no fact of the case changed (the wait again would answer nothing asked)
        follows = False
    if wider == "chain" and target["calc"] == "inpatient" and ex.get("amount_at") is not None \
            and calc_kind_mod.LEFT_BEFORE.search(body[:ex.get("amount_at")]):
        # "要是俺是特困 大病保险自付合规一万五咋算" after a stay: a sum of its own, what is left after
        # basic insurance — a calculation of that fund, not the stay carried on with a new bill
        wider = None
    # "俺是低保户 大病咋算" right after a stay was computed, no new bill: the stay goes on through the next
    # funds (the chain), whatever the question word
    follows = follows or bool(last and not active and wider == "chain" and "amount" not in new
                              and kind in ("serious_illness", "assistance", "chain"))
    # "余下的医疗救助再给多少" right after 大病保险 was computed, no new bill: the next fund on what 大病 left,
    # of the same case (its group told) — never a new 救助 case whose group is asked again
    follows = follows or bool(last and not active and wider == "assistance" and "amount" not in new
                              and kind in (None, "assistance") and _NEXT_FUND.search(body))
    if last and not active and not fixed and not facts and not hit.region and not wider and kind in (None, last["calc"]) \
            and last["calc"] in SHARE_CALCS and acts.OWN_SHARE_ASKED.match(body.strip()):
        # "那自己还要出好多" right after a bill was computed: the asker's share of that same case, which the
        # calculation states beside the fund's — that case again, not a page on the benefit's rate
        return _advance(form, {"calc": last["calc"], "slots": dict(last["slots"]), "asked": None, "updated": now}, now)
    if target and follows and (facts or hit.region or wider in ("assistance", "chain")) and (wider or kind in (None, target["calc"])):
        if wider == "assistance":
            target["slots"]["via_serious"] = True     # 救助 on what the 大病保险 just computed leaves
        if wider:
            target["calc"] = wider
        if wider == "chain" and _ASSISTANCE_ASKED.search(body) \
                and new.get("category") is None and target["slots"].get("category") in (None, "一般"):
            # "余下的部分救助管不管" after a stay computed for one whose group is untold: 救助 is for the groups the
            # handbook lists, at each group's rate — which the asker is of is asked, never 普通人员 assumed
            target["slots"].pop("category", None)
            target["slots"]["_vague_group"] = "chain"
        if hit.region:
            target["slots"]["region"] = hit.region
        if "nth" in new:
            new["visit" if target["calc"] == "outpatient" else "admission"] = new.pop("nth")
        old = target["slots"]
        if target is not active and last and last.get("own") and _of_someone_else(body):
            # "那我妈在二级医院住院花了5000呢" after the asker's own stay was computed: another person's case,
            # whose scheme and standing (retired, a group, the year's stays and claims) are hers — asked
            # afresh when she is not said to hold them, never the asker's taken for hers; the place is kept
            for k in _PERSONAL_SLOTS:
                old.pop(k, None)
        if new.get("continuous_years") is not None and "gap_years" not in new and not acts.ADDS.search(body):
            # "那连续交满5年呢" after a gap's cap: the case asked now is years insured in a row, which
            # no gap breaks (the handbook restarts the count after one) — that case, not both at once
            for k in ("gap_years", "gap_said", "gap_year", "gap_range"):
                old.pop(k, None)
        if new.get("gap_years") and new.get("continuous_years") is None and old.get("continuous_years") \
                and not acts.ADDS.search(body):
            # "要是中间断一年呢 比如2025年没交2026年才交" after a run of years insured in a row: the run
            # said is broken, and the handbook counts years in a row again from after the gap — the gap's
            # case, not the old run with a gap beside it
            for k in ("continuous_years", "cap_years"):
                old.pop(k, None)
        _hospital_again(old, new)
        if target is not active and target["calc"] in STAY_CALCS and "prior_tier" not in new and after_a_stay(new) \
                and not old.get("prior_tier") and not after_a_stay(old) and old.get("tier"):
            # "同一年又在一级医院住了一次 花了1000 这次呢" after a stay was computed: the earlier stay of the
            # year is the one just computed, whose hospital is known — never asked again
            new["prior_tier"] = old["tier"]
        if target is not active and target["calc"] == "special" and new.get("amount") is not None \
                and "deductible_paid" not in new and ANOTHER_BILL.search(body) and not acts.adds_amount(body) \
                and not acts.TOTAL_AMOUNT.search(body) and _special_deductible_met(old):
            # "下半年又花了五千 这五千能报好多" after a 门诊特病 bill was computed: another bill of the same
            # year, whose deductible (charged once a year) the bill before already met
            new["deductible_paid"] = True
        care = {"outpatient": "门诊", "two_diseases": "两病"}.get(target["calc"])
        if target is not active and care and last and last.get("fund_paid") and new.get("amount") is not None \
                and "used_this_year" not in new and old.get("used_for") in (None, care) and ANOTHER_BILL.search(body) \
                and not (last.get("own") and _of_someone_else(body)) \
                and not SAME_DAY_VISITS.search(body) and not acts.adds_amount(body) \
                and not (acts.TOTAL_AMOUNT.search(body) and not _TOTAL_OF_THE_NEW.search(body)):
            # "过几天又去拿药花了100" after a visit (or a 两病 purchase) was computed: another bill of the same
            # year, paid within what the year's limit has left after the one before (so is the total of the
            # later ones, "后来又去了三次 一共又花了300": not the year's whole)
            new["used_this_year"] = str(D(old.get("used_this_year") or 0) + D(last["fund_paid"]))
            new["used_for"] = care
        # (... not one said of another person after the asker's own: "过几天我妈又去看了" is her limit, not the
        # asker's left)
        if target is not active and target["calc"] in STAY_CALCS and "tier" in new and "prior_tier" not in new \
                and old.get("tier") and old.get("transfer") and new.get("transfer") and _MOVED_ON.search(body) \
                and "amount" not in new:
            # "然后又转回乡镇卫生院 还要交起付线吗" after the stay a transfer led to was computed: one more move in
            # the course, from the hospital just computed — its stay the one before, and its bill not this one's
            new["prior_tier"] = old["tier"]
            for k in ("amount", *_TOGETHER["amount"]):
                old.pop(k, None)
        elif "tier" in new and "prior_tier" not in new and old.get("prior_tier") and LATER_STAY.search(body) \
                and after_a_stay(old):
            # "要是第二次是在三级医院呢": this stay's hospital changes; the earlier stay stays as it was
            new["prior_tier"] = old["prior_tier"]
        if target is not active and target["calc"] == "outpatient" and new.get("amount") is not None \
                and old.get("amount") is not None and SAME_DAY_VISITS.search(body) and "住" not in body \
                and new.get("tier") in (None, old.get("tier")) and not acts.TOTAL_AMOUNT.search(body):
            # "当天又在同一家拿了20块的药呢" after a visit was computed: one more bill of that day at that
            # hospital — the day's bills together, as the region's rule takes them (一天内同一级按一次计算)
            parts = [*(old.get("amount_parts") if old.get("same_day") else [old["amount"]]), new["amount"]]
            new["amount_parts"] = [str(x) for x in parts]
            new["amount"] = str(sum((D(x) for x in parts), D(0)))
            new["same_day"] = True
        diabetes_told.drop_for_another(target["slots"], new, body, of_other=bool(target.get("other")))
        _merge(target["slots"], new, None, replace=True, add=bool(acts.ADDS.search(body)), add_amount=acts.adds_amount(body),
               add_two=acts.adds_disease(body),
               total=bool(acts.TOTAL_AMOUNT.search(body)))
        target["updated"] = now
        return _advance(form, target, now, ack=_ack(new, asked, target["calc"]) if target is active else "")

    # a calculation asked for: a new one — or the open one told again, which goes on with the new facts
    if open_ and kind == "outpatient" and open_["calc"] in OUTPATIENT_FORMS and not GENERAL_OUTPATIENT.search(body):
        # "一年门诊花了1200" while the 慢病 form waits, or after its rule was answered and computing
        # offered: that disease's outpatient bill, not 门诊统筹's
        kind = open_["calc"]
    asked_before = (state.get("last_question") or {}).get("text") or ""
    if open_ and kind == "two_diseases" and open_["calc"] == "chronic" \
            and new.get("two") in two_disease_names(open_["slots"].get("region") or region) \
            and not _TWO_CASE_SAID.search(body) and not _TWO_CASE_SAID.search(asked_before) \
            and any(new["two"] in d for d in open_["slots"].get("diseases") or []) \
            and (not two_diseases_case(open_["slots"]) or _CHRONIC_BENEFIT.search(asked_before)):
        # "全年买降压药用了七百二" while the 门诊慢病 form of 高血压2级 waits, or after its limit was answered and
        # computing offered: the 慢病 patient's drugs for it — that 慢病's bill, never the 两病's rates put in
        # its place by the drug's name (said as 两病 or below the 慢病 standard, it is theirs)
        kind = "chronic"
    # a bill with no kind of care ("在医院花了三千能报多少"): inpatient and outpatient rules differ, and
    # which of the two is the one question to ask (the list of every calculation is for a bare request)
    topup = _topup(form, open_, body, new, region, now)
    if topup is not None:
        return topup
    if open_ and open_.get("own") and not kind and new.get("amount") is not None and _of_someone_else(body):
        # "她花了3000" after "我在二级医院住院…": another person's bill — a case of its own, of the same
        # calculation, whose scheme and hospital are asked afresh, never the asker's taken for it (a bill said
        # of 她 after a relative's case, "我妈住院…", or a case told of no one, is that case's: `_is_answer`)
        slots = {**new, "region": hit.region or open_["slots"].get("region") or region}
        return _advance(form, {"calc": open_["calc"], "slots": slots, "asked": None, "updated": now, "own": False}, now)
    # (not to an offer to compute that asked for this very figure: "我是居民 一年药费600 能报好多" after a
    # 慢病's rule is that disease's bill, the offer's kind of care — taken below; nor to one whose fact
    # asked is told with the bill: "是三级医院 花了21000 能报多少" after the offer of a stay's rule that
    # asked the hospital — that stay's bill)
    taken = offered and not kind and not fixed and new.get("amount") is not None and asked is not None \
        and asked != "amount" and asked in facts and bool(calc_kind_mod.ASK_AMOUNT.search(body))
    if not kind and not active and not fixed and "amount" in ex and calc_kind_mod.ASK_AMOUNT.search(body) \
            and CARE_UNSAID.search(body) and "which" not in form and not taken \
            and not (offered and asked == "amount" and new.get("amount") is not None):
        care_said = _care_of_last_question(state, now, ttl) or ("门诊" if _CLINIC_ONLY.search(body) else None)
        if care_said:
            # "在二级医院看病花了300 报好多" right after "居民医保看门诊咋报": the bill of the care the
            # question before asked about (only one named there), as the answer to the care asked would say
            return _handle(body.rstrip("？?。!！ ") + "，" + care_said, state, region=region, now=now,
                           question=question, ttl=ttl)
        form["care"] = {"text": body, "at": now}
        return FormTurn(kind="clarify", text=CARE_QUESTION, region=hit.region or region, missing_slots=["care"],
                        suggestions=list(CARE_CHOICES))

    where = hit.region or region
    if kind == "two_diseases" and not open_ and not (last and last.get("calc") == "two_diseases") and where \
            and new.get("amount") is not None and ASK_AMOUNT.search(body) and _benefit_unsaid(body, new, where):
        # "我有高血压 门诊拿药花了2000 能报多少": the disease is both a 两病 and on the region's 门诊慢病
        # list, whose rates and limits differ — which benefit is asked, never the 两病 taken for it
        said = [q.get("text") or "" for q in (state.get("last_question"), *(state.get("earlier_questions") or ()))
                if q and now - q.get("at", 0) <= (ttl or FORM_TTL)]
        if any(_CHRONIC_BENEFIT.search(t) for t in said) and not any("两病" in t for t in said):
            # ... unless the conversation is about that disease's 门诊慢病 ("我想给她办慢病 认定在哪里办", then
            # "高血压2级 药费400 能报好多"): the benefit it named, as the answer "门诊慢病" would say
            return _handle(body.rstrip("？?。!！ ") + "，门诊慢病", state, region=region, now=now, question=question, ttl=ttl)
        staged = _benefit_of_stage(body, body, where)
        if staged:
            # "高血压一期 药费1000 能报多少": the stage told with the bill settles which benefit it is
            return _handle(body.rstrip("？?。!！ ") + "，" + staged, state, region=region, now=now, question=question, ttl=ttl)
        form["care"] = {"text": body, "at": now, "benefit": True}
        return FormTurn(kind="clarify", text=BENEFIT_QUESTION.format(new["two"]), region=where,
                        missing_slots=["care"], suggestions=list(BENEFIT_CHOICES))
    if taken or offered and asked == "amount" and new.get("amount") is not None and not kind and ASK_AMOUNT.search(body):
        # the figure the offer asked for, with the question of what it brings ("基本医保报完自己还负担
        # 6万 能报多少" after 大病保险's rule): the offer taken up, as a bare figure takes it
        open_.pop("offered", None)
        diabetes_told.drop_for_another(open_["slots"], new, body, of_other=bool(open_.get("other")))
        _merge(open_["slots"], new, None)
        open_["updated"] = now
        diabetes_told.apply_held(open_["slots"], state.get("slots") or {}, body, of_other=bool(open_.get("other")))
        return _advance(form, open_, now)
    which = form.pop("which", None)
    if which and now - which.get("at", 0) > (ttl or FORM_TTL):
        which = None
    wants = _bare_request(body, ex) or (
        new.get("amount") is not None and ASK_AMOUNT.search(body) and not last and not question)
    if not active and not kind and wants:
        # "帮我算一下报销", "在医院花了三千能报多少": a calculation wanted, but which one is not said —
        # ask, keeping what was told
        form["which"] = {"slots": {k: v for k, v in new.items() if not k.startswith("_")},
                         "region": hit.region, "at": now}
        spec = domain().which
        return FormTurn(kind="clarify", text=spec.ask, region=hit.region or region, missing_slots=["calc"],
                        suggestions=list(spec.choices))
    if kind and which and not active:
        new = {**which["slots"], **new}            # the answer to "您想算哪一项？" starts that form
        hit = hit if hit.region else detect_region(which.get("region") or "")
    if kind and (which and not active or is_request(body, ex, kind)):
        if hit.unsupported and not hit.region:
            return FormTurn(kind="invalid", text=f"我只有{regions.labels_line()}的医保手册，没有{hit.unsupported}的政策，"
                                                 f"没法替您计算。请咨询{hit.unsupported}当地医保经办机构。")
        if active and (kind == active["calc"] or kind == "inpatient" and active["calc"] == "chain"):
            # (a stay's bill, "住院合规的6300", while the chain of a stay waits for it: that stay's, whose
            # funds the chain goes through — never a new stay with the hospital asked again)
            diabetes_told.drop_for_another(active["slots"], new, body, of_other=bool(active.get("other")))
            _merge(active["slots"], new, asked, replace=True)
            if hit.region:
                active["slots"]["region"] = hit.region
            if kind in STAY_CALCS:
                _filed_kind_held(active["slots"], state.get("slots") or {}, body)
            active["updated"] = now
            diabetes_told.apply_held(active["slots"], state.get("slots") or {}, body, of_other=bool(active.get("other")))
            return _advance(form, active, now)
        slots = dict(open_["slots"]) if offered and open_["calc"] == kind else {}
        if slots:
            diabetes_told.drop_for_another(slots, new, body, of_other=bool(open_.get("other")))
        if kind == "inpatient" and open_ and open_["calc"] in GROUP_CALCS and "category" not in new \
                and open_["slots"].get("category") not in (None, "一般") \
                and (not hit.region or hit.region == open_["slots"].get("region")):
            # "在乡卫生院住院花了3100 自己最后出好多" while the form of "我是低保户 医疗救助能救好多" waits: the
            # group's stay goes on through the funds that group's rules change (大病保险, 救助) — the
            # chain, as a stay followed by "俺家是低保户" is (`_wider`)
            kind = "chain"
        if not slots and open_ and kind in GROUP_CALCS and open_["calc"] in GROUP_CALCS \
                and open_["slots"].get("category") and "category" not in new \
                and (not hit.region or hit.region == open_["slots"].get("region")):
            # "基本医保和大病报了以后还剩合规的八千 救助好多" while the form of "低保户住院 医疗救助能报好多"
            # waits: the group said of that case holds for the fund's calculation that takes its place
            slots["category"] = open_["slots"]["category"]
        _merge(slots, new, None)
        slots["region"] = hit.region or slots.get("region") or region
        told = state.get("slots") or {}
        # (the diabetes type told in an earlier turn, "二型的" answered by a page: this case's, not asked again)
        diabetes_told.apply_held(slots, told, body)
        if kind in GROUP_CALCS and "category" not in slots and told.get("category") \
                and not people.someone_else(body) and not (hit.region and hit.region != slots.get("region")):
            # the group the asker told of themselves earlier ("我是低保户 合疗交好多", then "…自己还要出五千 医疗
            # 救助能报好多"): theirs still, whose rows the fund's sum takes — not asked again
            slots["category"] = told["category"]
        couple = (last or {}).get("slots") or {} if (last or {}).get("calc") == "maternity" else {}
        if kind == "maternity" and couple.get("top_up") and couple.get("spouse_insurance") \
                and not {"insurance", "spouse_insurance", "spouse_husband"} & set(new) and not hit.region \
                and not people.other_named(body) and now - (last or {}).get("at", 0) <= (ttl or FORM_TTL):
            # a birth's bill told after a couple's 补差 was computed ("剖宫产合规花了七千 生育医疗费补好多"): that
            # couple's birth still — the 职工 side's top-up, never the asker's own 职工 benefit
            for k in ("insurance", "spouse_insurance", "spouse_husband", "top_up"):
                if k in couple:
                    slots.setdefault(k, couple[k])
        stay_told = False
        if kind in STAY_CALCS and not hit.region and not set(new) & set(_WHERE_FACTS) and not _of_someone_else(body):
            # a stay's bill that says nothing of where, right after a question telling a stay elsewhere ("在外地
            # 旅游急诊住院了 没备案 能报不", then "二级医院 花了九千"): that stay's place, filing and emergency
            told_before = _stay_elsewhere_told_before(state, now, ttl)
            for k, v in told_before.items():
                slots.setdefault(k, v)
            stay_told = bool(told_before)
        if kind in STAY_CALCS:
            _filed_kind_held(slots, told, body)
        held = people.held_scheme(told, body)
        if slots.get("insurance") is not None and slots.get("insurance") == told.get("insurance") \
                and (held is None if "insurance" not in new
                     else told.get("insurance_of_other") and people.own_case_apart(body, care=True)):
            # a relative's scheme is not the asker's own case, nor the asker's a relative's: said in the same
            # message ("我妈是职工 我在二级医院住院花了5000") or kept by the offer of a calculation asked before
            # ("我是职工 住院起付线多少", then "我妈在二级医院住院花了5000"): asked, not taken
            slots.pop("insurance", None)
            held = None
        # (nor the asker's scheme for a relative's case, nor a relative's for the asker's: `people.held_scheme`)
        if "insurance" not in slots and held in acts.SCHEME_NAMES \
                and "insurance" in {x.slot for x in domain().forms[kind].slots}:
            # the scheme the asker said before in the conversation ("俺…新农合咋报", then "在河北二级医院看门诊
            # 花了200 能报多少"): theirs still, not asked again
            slots["insurance"] = held
        if "retired" not in slots and held == "职工" == slots.get("insurance") and told.get("retired") is not None \
                and told.get("retired_told"):
            # so is working or retired, said with that scheme ("在职的职工医保 门诊统筹门槛多少", then "我在三级
            # 医院看门诊花了1000"): the asker's status still, whose rows the form takes — not asked again (one
            # only asked of, "退休的呢", is no status told)
            slots["retired"] = told["retired"]
        if ASK_AMOUNT.search(body) or COMPUTE.search(body):
            slots["_sum_asked"] = True      # (the sum asked, not only facts told: _each_class_at_level)
        if kind == "chronic" and "amount" not in slots and ASK_AMOUNT.search(body) and not COMPUTE.search(body):
            # "慢病门诊每月报几多" with no bill: what the benefit yields is asked (its rule), whatever fact
            # the form asks first (the disease) — `rule_asked_open`
            slots["_rule_asked"] = True
        if kind == "inpatient" and not calc_kind_mod.STAY.search(body) and not slots.get("prior_tier") \
                and not stay_told:
            # (a hospital's bill with no word of a stay or a visit: taken as a stay's, and said)
            slots.setdefault("_assume", {})["care"] = "您没说是门诊，按住院费用计算"
        turn = _advance(form, {"calc": kind, "slots": slots, "asked": None, "updated": now}, now)
        turn.case_known = turn.case_known and not COMPUTE.search(body)
        return turn

    # an answer to the question the form asked
    if active and _is_answer(body, ex, active, question):
        slots = active["slots"]
        if hit.region:
            slots["region"] = hit.region
        diabetes_told.drop_for_another(slots, new, body, of_other=bool(active.get("other")))
        _merge(slots, new, asked, yes=ex.get("yes"))
        active["updated"] = now
        diabetes_told.apply_held(slots, state.get("slots") or {}, body, of_other=bool(active.get("other")))
        if ex.get("count_range") and asked and not _filled(slots, asked):
            return _ask_exact(form, active, asked, ex.get("count_range"))
        return _advance(form, active, now, ack=_ack(new, asked, active["calc"]) if asked and asked not in new else "",
                        scheme_told="insurance" in new and not acts.is_follow_up(body))

    # a rule was answered and computing offered: the next message gives the figure (or another fact)
    if offered and ex.get("count_range") and asked and not facts and not QUESTION.search(body):
        open_.pop("offered", None)
        return _ask_exact(form, open_, asked, ex.get("count_range"))
    if offered and facts and not QUESTION.search(body) and not _SPOKEN_ASK.search(body) \
            and not (WHAT_IF.search(body) and asked not in facts) \
            and not (_OTHER_CASE_OF_RULE.match(body) and asked not in facts
                     and (open_.get("whether") or _another_case(open_["slots"], new))):
        # ("要是没转诊又不是急诊自己跑去住的呢" after the 临时备案 rule and its offer: the rule of that other
        # case asked, which the search answers — not the offer's tier asked again; nor a place named in a
        # question asked the spoken way, "镇上卫生院好久开门": another question, the offer lapses)
        open_.pop("offered", None)
        diabetes_told.drop_for_another(open_["slots"], new, body, of_other=bool(open_.get("other")))
        _merge(open_["slots"], new, None)
        open_["updated"] = now
        diabetes_told.apply_held(open_["slots"], state.get("slots") or {}, body, of_other=bool(open_.get("other")))
        return _advance(form, open_, now)
    if offered:
        form.pop("open", None)          # an offer not taken up lapses quietly
    return None


# a fact of the case told, then only how it is computed ("俺爹是低保户 咋算", "是二级医院 这样咋个算"):
# right after a calculation, that calculation with the fact changed
COMPUTE_AGAIN = re.compile(r"(?:^|[\s，,。])(?:那|这样子?|那样|的话|这个)?(?:又|该|要|得)?(?:咋个?|怎么|怎样|如何|啷个)"
                           r"(?:算|计算)(?:呢|嘛|喃|哦)?[？?。!！~\s]*$|"
                           # ... or how much, asked in a clause opened by 那 ("他家是低保 那能报多少"), of this
                           # time ("已经报过200了 那这回还能报多少")
                           r"(?:^|[\s，,。])那(?:这回|这次|这一次|这一回|这下|现在)?(?:还|又)?(?:能|可以|该|会)?(?:报|赔|给)"
                           r"(?:多少|好多|几多|几成)(?:钱)?"
                           r"(?:呢|嘛|喃|哦)?[？?。!！~\s]*$")


# a case supposed and asked of ("要是没转诊…的呢", "如果没备案呢"): a question, though it names no 多少 or 吗
# a transfer between hospitals said not to have happened ("没转诊", "没有转院", "不转诊直接去的")
_TRANSFER_DENIED = re.compile(r"(?:没|没有|不|未|莫|没得)(?:走|办|经过|通过|做)?(?:转诊|转院)")
# care said to be away ("自己跑到外地住的", "在省外"): 没转诊 there is the unfiled stay's
_CARE_AWAY_SAID = re.compile(r"市外|外地|异地|省外|外省|外市|老家|外面|在外")
# a case supposed ("要是…", "如果…", "假如…")
_SUPPOSED = re.compile(r"要是|如果|假如|假设|万一")
WHAT_IF = re.compile(r"(?:要是|如果|假如|假设|万一)[^，,。；;？?]*呢[？?。!！\s]*$")
# another case of the rule just answered, named alone ("异地转诊的呢", "那长期居住的呢") while computing is offered:
# the rule asked again of it — not the offer taken up, whose question would only be asked once more
_OTHER_CASE_OF_RULE = re.compile(r"^(?:那|那么)?[^，,。；;？?\d]{1,8}?的?呢[？?。!！\s]*$")


# the tier asked of a later stay of the year, by its order
_LATER_STAY_TIER_ASK = "第{n}次住院在哪一级医院？"
_ORDINAL = {2: "二", 3: "三", 4: "四", 5: "五"}


def _two_stays(body: str, new: dict, held: dict) -> bool:
    """Two bills told each after its own hospital, of a stay's case ("卫生院那头花了两千 县医院花了八千" after a
    transfer asked, or with 住 said): the earlier stay and this one, each its own bill (`slots.stays_each_billed`)
    — the region's rule on a later stay (a transfer's, or the year's second) decides this one's deductible,
    never one bill of their sum at the first hospital. Changes `new`; whether it did."""
    told = None if "prior_tier" in new or "prior_amount" in new else slots_mod.stays_each_billed(body)
    if told is None:
        return False
    prior, first, later_tier, later = told
    new["prior_tier"], new["prior_amount"], new["amount"] = prior, str(first), str(later)
    new.pop("amount_parts", None)
    if later_tier:
        new["tier"] = later_tier
    elif new.get("tier") == prior:
        new.pop("tier")                 # (the later hospital named by its level: 县医院, the policy's tier)
    new["_notes"] = [n for n in new.get("_notes", []) if not n.startswith("conflict:tier")]
    if not new["_notes"]:
        new.pop("_notes")
    if not (new.get("transfer") or held.get("transfer") or int(new.get("admission") or 1) > 1):
        new["admission"] = 2            # (no transfer said: the year's second stay)
    return True


def _another_case(held: dict, new: dict) -> bool:
    """Whether the facts named replace one the offer's case holds (临时备案 → 转诊): another case of the rule,
    not one more fact of the same case ("那急诊呢" after a 三级 outpatient rule adds to it)."""
    if new.get("transfer") and held.get("filing") not in (None, "市内"):
        return True                     # (转诊 said after a filing: the 转诊 filing, not a move between stays)
    return any(k in held and held[k] != v for k, v in new.items() if not k.startswith("_"))


# who pays a 职工's contribution, asked alone after it was computed ("单位呢", "那公司每个月交好多", "个人呢")
_OWN_PAYER = ("个人", "自己", "我自己", "职工个人")
# a couple's birth case (职工 and spouse in 居民医保): the scheme said of the other one ("她合疗那边报了
# 2000"), not the asker's own ("我是合疗"); the asker's side named ("我这边还能补好多")
# (or named as the other side by 那边 alone, "居民医保那边已经报了2000 我这边还能补差好多")
_OF_THE_OTHER = re.compile(rf"(?:她|他|{people.SPOUSE})(?:是|参加的?是?|那边|那头)?(?:城乡居民|居民医保|居民|城乡医保|合疗|新农合)|"
                           r"(?:城乡居民|居民|城乡|合疗|新农合)(?:医保)?(?:那边|那头)")
# (the asker's own scheme said, "我是合疗", is `_OWN_SCHEME`, further down)
# whether a rule has a figure at all, asked yes or no ("有起付线不", "有没有封顶", "有限额吗")
_RULE_THERE_ASKED = re.compile(r"有(?:没有|没得|莫得)?[^，。？?\d]{0,6}?(?:起付|起伏|封顶|限额|门槛|上限)[^，。？?\d]{0,2}?"
                               r"(?:不|吗|么|没|嘛|没有|没得|莫得)[？?。\s]*$|有没有[^，。？?\d]{0,6}?(?:起付|起伏|封顶|限额|门槛|上限)")
# one part of a birth's sum asked after it ("产前检查费呢", "那产检呢")
_PRENATAL_PART = re.compile(r"产检|产前检查")
# the words that make an asserted figure a limit of the rule ("是不是一次只能报X", "不是最多X吗"), not the sum
_LIMIT_ASSERTED = re.compile(r"只能|只报|最多|最高|封顶|限额|上限|起付|起伏|门槛")


def _limit_asserted(body: str) -> bool:
    """A figure asserted as a yes/no of a limit of the rule (a per-visit cap, a ceiling, a deductible)."""
    return any(_LIMIT_ASSERTED.search(a.context) for a in premise.asserted(body) if a.unit == "money")

_MY_SIDE = re.compile(r"我(?:这边|这头|这里|单位|的职工|职工)")
PAYER_ASKED = re.compile(r"^\s*(?:那|那么|那要是)?(单位|公司|用人单位|老板|厂里|个人|自己|我自己|职工个人)"
                         r"(?:的|那边|这边|那头|那部分|部分)?(?:呢|(?:每个?月|一个月|每月)?(?:要|得|该)?"
                         r"(?:交|扣|缴|出)(?:的)?(?:多少|好多|几多)(?:钱)?(?:呢)?)[？?。!！\s]*$")


# a bill said with no kind of care, the question for it, and its answer
CARE_UNSAID = re.compile(r"医院|诊所|卫生院|看病|治病|就医|医药费|医疗费|药费")
CARE_QUESTION = "这笔费用是住院还是门诊的？住院和门诊的报销规定不同。"
# care at a village's clinic or a private one ("在村卫生所看病", "村医那儿拿药", "诊所"): outpatient care, which
# is all those places give (no beds) — not asked, unless a stay is said with it; nor where a hospital or a
# 卫生院 (which keep patients) is named beside it ("村医让我去县医院"), or the clinic is denied ("没去诊所"):
# then the bill may be a stay's
_CLINIC_ONLY = re.compile(r"^(?!.*(?:住院|住了|住的院|住过院|病房|医院|卫生院))"
                          r"(?!.*(?:没|莫|不|没有|不是)(?:去|在|到|上)?(?:村里|村上|村头)?的?"
                          r"(?:村卫生室|卫生室|村卫生所|卫生所|村诊所|诊所|村医))"
                          r".*(?:村卫生室|卫生室|村卫生所|(?<![校学])卫生所|村诊所|(?<![校学])诊所|村医)")
# 补差 said not wanted ("不算补差", "不要补差", "没有补差"): no couple's case asked (an A-not-A, "要不要补差",
# asks it)
_TOP_UP_DENIED = re.compile(r"(?<![要用算有能需])(?:不|没|莫|别|甭)(?:用|要|需要|想)?(?:算|要|管|考虑|有)?(?:啥|什么|那个)?补差")
# the kinds of care a question names (CARE_CHOICES), for a bill told right after it
_CARE_NAMED = {"住院": re.compile(r"住院|住了院|住的院|住过院"), "门诊": re.compile(r"门诊")}


def _care_of_last_question(state: dict, now: float, ttl: float | None) -> str | None:
    """The one kind of care (住院 or 门诊) the question just before named, within a form's life; None
    where it named none or both."""
    last = state.get("last_question") or {}
    if not last.get("text") or now - last.get("at", 0) > (ttl or FORM_TTL):
        return None
    # (a stay said not to be, "不住院 看门诊能报不", names no 住院)
    named = [care for care, rx in _CARE_NAMED.items() if rx.search(without_no_stay(last["text"]))]
    return named[0] if len(named) == 1 else None


# the facts that say where a stay was (a place elsewhere, its filing, an emergency, the hospital)
_WHERE_FACTS = ("care_province", "elsewhere", "filing", "emergency", "care_at", "hospital", "level", "referral")


def _filed_kind_held(slots: dict, told: dict, body: str) -> None:
    """A stay elsewhere whose bill says nothing of a filing, after the asker told theirs done and its kind
    ("跟儿子在广州住好几年", then "备了案"; "办了长期备案的"): that filing's row, not asked again."""
    if "filing" not in slots and told.get(FILED_KIND) and (slots.get("elsewhere") or slots.get("care_province")) \
            and not _of_someone_else(body):
        slots["filing"] = told[FILED_KIND]


def _stay_elsewhere_told_before(state: dict, now: float, ttl: float | None) -> dict:
    """The where-facts of a stay elsewhere the question just before told (within a form's life, and with no
    calculation since): {} where it told no stay, or one at home."""
    last = state.get("last_question") or {}
    if not last.get("text") or now - last.get("at", 0) > (ttl or FORM_TTL) \
            or ((state.get("form") or {}).get("last") or {}).get("at", 0) >= last["at"]:
        return {}
    said = extract(last["text"])
    if not calc_kind_mod.STAY.search(last["text"]) or people.someone_else(last["text"]) \
            or not (said.get("care_province") or said.get("elsewhere")):
        return {}
    return {k: said.get(k) for k in _WHERE_FACTS if said.get(k) is not None}


CARE_CHOICES = ("住院", "门诊")
# ... with facts of the stay or visit after it ("住了院 二级乙等的县医院"), asking nothing new
CARE_ANSWER = re.compile(r"^\s*(?:是|就是)?(住院|住了院|住的院|门诊|看的门诊)(?:的|费用|花的)?(?:费用)?"
                         r"(?:[。！!]?\s*$|[\s，,]+([^？?]*?)\s*$)")


# a 两病 disease's drugs bill, the benefit unsaid (neither 两病 nor 慢病 named), the question for it, its answer
BENEFIT_QUESTION = ("您的{}是纳入了“两病”门诊用药保障，还是办了门诊慢病（慢特病）认定？"
                    "两者的报销比例和年度限额不同。")
BENEFIT_CHOICES = ("两病", "门诊慢病")
BENEFIT_ANSWER = re.compile(r"^\s*(?:是|就是|我是|办了|办的|认定了|纳入了?)?\s*(两病|门诊慢特?病|门慢|慢特?病|慢性病)"
                            r"(?:的|认定|待遇|保障)?(?:[。！!]?\s*$|[\s，,]+([^？?]*?)\s*$)")


# the hospital a transfer left ("从县医院转回…", "从那家医院转到…"), by what is said before the verb
_MOVED_FROM = re.compile(r"从([^，,。？?\s]{1,8}?)(?:转回|转到|转去|转往|转)")
# the 门诊慢病 benefit named in a question before (办慢病, 慢病认定, 门慢)
_CHRONIC_BENEFIT = re.compile(r"慢病|慢特病|门慢|门诊慢性病")
# the 两病 said as the case (named, or the disease below the 慢病 standard, not recognised as one)
_TWO_CASE_SAID = re.compile(r"两病|轻症|(?:没|莫|不)(?:有|得)?(?:到|够|达到|办|认定)?[^，。？?\s]{0,4}?(?:慢病|门慢|标准)")


def _benefit_of_stage(text: str, case: str, region: str | None) -> str | None:
    """The benefit ("两病" / "门诊慢病") a 两病 disease's stage told in `text` settles, for the disease of `case`
    in `region`: below the least stage the region's 门诊慢病 list takes it from, 两病; at or above it, 门诊慢病.
    None when no stage is told, the list bounds no stage, or bounds it on the other scale (a grade 级 told
    where the list counts stages 期, or the reverse: unknown, asked as before)."""
    stage = disease_stage.stage_said(text)
    where = detect_region(case).region or region
    two = extract(case).get("two")
    if stage is None or not where or two not in two_disease_names(where):
        return None
    try:
        least = least_stage(policy_for(where), two)
    except KeyError:
        return None
    if least is None or least[1] != stage[1]:
        return None
    return "两病" if stage[0] < least[0] else "门诊慢病"


_CALC_OF_BENEFIT = {"两病": "two_diseases", "门诊慢病": "chronic"}


def _restaged(text: str, last: dict | None, now: float, ttl: float | None) -> dict | None:
    """A 两病 disease's bill just computed under one benefit, and a stage told now that puts it under the
    other: that bill (or the amount told now) as a case of the other benefit — {"calc", "slots"} — None otherwise."""
    if not last or last.get("calc") not in _CALC_OF_BENEFIT.values() or now - last.get("at", 0) > (ttl or FORM_TTL):
        return None
    s = last.get("slots") or {}
    names = two_disease_names(s.get("region"))
    disease = s.get("two") if s.get("two") in names else next(
        (d for d in s.get("diseases") or () if d in names), None)
    if disease is None:
        return None
    staged = _benefit_of_stage(text, disease, s["region"])
    if staged is None or _CALC_OF_BENEFIT[staged] == last["calc"]:
        return None
    told = slots_from(extract(text))
    amount, said = (told["amount"], told.get("amount_said")) if told.get("amount") is not None \
        else (s.get("amount"), s.get("amount_said"))
    if amount is None:
        return None
    slots = {"region": s["region"], "diseases": [disease], "two": disease, "amount": amount, "_sum_asked": True}
    if said:
        slots["amount_said"] = said
    if s.get("insurance") and "insurance" not in (s.get("_assume") or {}):
        slots["insurance"] = s["insurance"]     # (a scheme told; one assumed is assumed afresh by the form)
    return {"calc": _CALC_OF_BENEFIT[staged], "slots": slots}


def _benefit_unsaid(body: str, new: dict, region: str) -> bool:
    """Whether a 两病 disease's bill ("高血压 门诊拿药花了2000") leaves open which benefit pays it: no
    word of 两病 or 慢病, nor a drug class (两病's own rates), and the region's 门诊慢病 list names the
    disease too."""
    two = new.get("two")
    if two not in two_disease_names(region) or new.get("drug_class") or new.get("class_costs") \
            or re.search(r"两病|慢病|慢特病|慢性病|门慢|特病|门特|降压药|降糖药", body):
        return False
    p = policy_for(region)
    return bool(p.chronic and p.two_diseases and find_disease(p.chronic.diseases, two))


# the calculations of a stay's funds that turn on the asker's group (低保, 特困 …)
GROUP_CALCS = frozenset({"chain", "serious_illness", "assistance"})


# forms whose bill is an outpatient one: a plain "门诊花了…" answers them rather than starting 门诊统筹
OUTPATIENT_FORMS = ("chronic", "special", "two_diseases")
GENERAL_OUTPATIENT = re.compile(r"普通门诊|门诊统筹|感冒|发烧|急诊")


# 医疗救助 named ("救助给不给", "民政救助")
_ASSISTANCE_ASKED = re.compile(r"救助")
# what is left after the fund computed, or more of it, asked ("剩下的", "还能给多少", "再救助好多")
_NEXT_FUND = re.compile(r"剩下|剩的|余下|还(?:能|可以|可|会|有|要)|再(?:能|给|报|救|补)")


def _wider(calc: str, text: str, new: dict) -> str | None:
    """The calculation a follow-up widens the last one to: a stay "加上大病一起" → the whole chain;
    a stay followed by "俺家是低保户" too, since the identity changes only 大病保险 and 医疗救助."""
    text = SECOND_CLAIM.sub("大病保险", text)      # "那二次报销还有没得": 大病保险 by its spoken name
    if calc == "inpatient" and (re.search(r"大病|救助", text) or new.get("category") not in (None, "一般")):
        return "chain"
    if calc == "serious_illness" and re.search(r"救助", text) and not re.search(r"大病|大额", text):
        return "assistance"     # "那医疗救助还能给好多" after 大病保险: the next fund, on what 大病 leaves
    if calc == "chain" and re.search(r"救助", text):
        return "chain"          # the chain already goes through 救助: the same case, its 救助 line
    if calc == "serious_cap" and new.get("amount") is not None:
        # "他自己还出合规的3万" after 大病保险's cap for a gap: the bill that cap bounds, paid by 大病保险
        # (the gap still lowers the cap the payout is computed under)
        return "serious_illness"
    return None


def offer(text: str, state: dict, *, region: str | None, now: float) -> FormTurn | None:
    """A question for a rule ("三级医院住院报销比例多少") that a calculation could follow: keep a
    form open, quietly, and return what it would ask first — the engine offers it under the rule."""
    form = state.setdefault("form", {})
    if form.get("open") and not form["open"].get("offered"):
        return None
    ex = extract(text)
    kind = calc_kind(text, ex)
    if not kind or kind in ("serious_cap", "contribution") or calc_kind_mod.asks_how_or_which(text, ex) \
            or calc_kind_mod.THIRD_PARTY.search(text) or calc_kind_mod.ABROAD.search(text):
        # "慢病认定要带啥资料", "去哪个医院认定": how or where, which no calculation answers; a bill a
        # third party should bear (被车撞了 对方全责), or care abroad (境外就医), the fund does not pay, so
        # nothing to compute
        return None
    if kind not in GAP_FORMS and kind != "arrears" and calc_kind_mod.FEE_UNPAID.search(text) and ex.get("amount") is None:
        return None         # "单位几个月没交医保了 看病还能报不": whether care is paid while unpaid, no bill to compute
    if kind == "maternity" and calc_kind_mod.WAITING.search(text):
        return None         # "生育待遇要等好久": when the benefit starts, which no birth's sum answers
    if kind in CASE_FORMS and NOT_THE_CASE.search(text) \
            and not calc_kind_mod.MATERNITY.search(NOT_THE_CASE.sub("", text)):
        return None         # "产检费补好多": one sum whatever the delivery, no calculation of a birth's bill
    slots = slots_from(ex)
    if kind == "waiting_period":
        slots.setdefault("gap_said", True)     # the offer asks for the asker's own gap first
    slots["region"] = placing(detect_region(text), region).region or region
    if not slots["region"]:
        return None
    open_ = {"calc": kind, "slots": slots, "asked": None, "updated": now, "offered": True}
    turn = _advance(form, open_, now)
    if turn.kind != "clarify":
        form.pop("open", None)
        return None
    form["open"]["offered"] = True
    if _WHETHER_PAID.search(text) and ex.get("amount") is None:
        # (the rule asked was whether it is paid at all: "那X呢" after it asks the same of case X — see
        # `_OTHER_CASE_OF_RULE` in `handle` — not X as one more fact for the sum offered)
        form["open"]["whether"] = True
    _whose(form["open"], text)
    return turn


def offer_case(state: dict, calc: str, slots: dict, *, now: float) -> FormTurn | None:
    """Keep `calc`'s form open, quietly, for a case whose facts the engine gathered across turns (a
    patient's several 慢病): what it would ask next, offered under the page answered — or None when
    nothing is missing (a page is no place for a sum nobody asked)."""
    form = state.setdefault("form", {})
    open_ = {"calc": calc, "slots": dict(slots), "asked": None, "updated": now, "offered": True}
    turn = _advance(form, open_, now)
    if turn.kind != "clarify":
        form.pop("open", None)
        return None
    form["open"]["offered"] = True
    return turn


def other_case_of_whether(text: str, state: dict) -> bool:
    """Is `text` another case named alone ("那急诊呢", "那是住院呢") while an offer to compute waits after
    a question of whether a bill is paid at all? Then it asks that whether of the case named."""
    open_ = (state.get("form") or {}).get("open") or {}
    return bool(open_.get("whether") and (open_.get("offered") or open_.get("ruled"))
                and _OTHER_CASE_OF_RULE.match(text.strip()) and "amount" not in extract(text).values)


# whether a bill is paid at all asked, no sum ("回来能报吗", "这种能不能报销", "报得了不")
_WHETHER_PAID = re.compile(r"(?:能|可以|可)(?:不能|不可以)?(?:报|赔|补)(?:销)?(?:吗|么|嘛|不|没|得了|得到)?[？?。！!\s]*$|"
                           r"(?:能不能|可不可以|能否)(?:给|帮)?(?:报|赔|补)|报得(?:了|到)(?:不|吗|没)?[？?。！!\s]*$")


# the asker's own sum asked for ("住院了，能报好多"), not the table's rule ("报销比例多少")
OWN_SUM = re.compile(r"(?:能|可以|可)(?:给[我你他她]?)?(?:报|赔)(?:销)?(?:多少|好多|几多)|住(?:院了|了院|过院)")


# the forms whose amount is what the funds before left the asker to pay, not a bill
LEFT_AMOUNT_FORMS = ("serious_illness", "assistance")
# the forms whose sum is the bill's, with no yearly limit that answers "能报多少" on its own
BILL_FORMS = ("inpatient", "chain", "serious_illness")
# a form whose sum turns on a fact of the case that the handbook's rule lists every value of (生育:
# 顺产 / 剖宫产 / 终止妊娠, and the weeks of a termination): asked of the asker's own case
CASE_FORMS = ("maternity",)
CASE_SLOTS = {"kind", "pregnancy"}
# ... told as the asker's own, one that happened ("闺女生娃了", "终止妊娠了", "流产了") or of someone of
# theirs ("俺老婆生娃", "我媳妇要生了"); not a question for the prenatal allowance, which is one sum
# whatever the delivery ("我老婆刚怀上，产检费补好多"), nor a question about the benefit in general
# ("巴中职工生孩子能报多少": the handbook's table answers it)
OWN_CASE = re.compile(r"(?:生|产|流|引|终止妊娠|做)[^，。？?\s]{0,3}了|没保住|(?:(?:俺|我|咱)(?:家|的)?(?:老婆|媳妇|爱人|妻子|女儿|姑娘|"
                      r"儿媳妇?|妹妹?|姐姐?)|闺女|儿媳)[^，。？?\s]{0,3}(?:生|怀|流产|引产|终止妊娠|坐月子)")
NOT_THE_CASE = re.compile(r"产检|产前检查")
# ... a birth still to come ("要生了", "快生了", "下个月生娃", "怀起了"): how it will end is not known yet
# (生 the verb, not the first character of a benefit's name: "还要生育津贴", "要生育保险报销" want the
# allowance, of a birth that may have happened)
BIRTH_TO_COME = re.compile(r"(?:要|快|快要|将要|准备|马上|就要)生(?!育(?:津贴|保险|医疗费|费用|待遇|补助|补贴))|下个?月[^，。？?\s]{0,3}生|预产期|还没生|怀(?:起|上|孕)了")
# the forms whose figure turns on the years without cover, and a gap told as the asker's own ("我断保了",
# "俺家老汉断了几年"), not the rule's case ("断保了限额怎么降")
GAP_FORMS = ("serious_cap", "waiting_period")
GAP_FIGURE_ASKED = re.compile(r"多少|好多|几多|多久|好久|几个月|多长")
OWN_GAP = re.compile(r"(?:我|俺|咱|我家|俺家|家里)[^，。？?\s]{0,4}?(?:断保|断缴|断交|断过|断了|没交|没参保)")


def open_calc(state: dict) -> str | None:
    """The calculation of the form open now, if any."""
    return ((state.get("form") or {}).get("open") or {}).get("calc")


# the calculations a gap in cover changes (the waiting period, 大病保险's cap); to any other it is
# a topic of its own ("那我去年断了一年没交呢" after the 住院 rule asks the waiting period)
GAP_CALCS = frozenset({"waiting_period", "serious_cap", "serious_illness"})
# a count of years said alone, maybe as a gap ("5年", "是三年", "断了两年呢")
_BARE_YEARS = re.compile(r"^(?:是|就是|应该是|其实是)?(?:断了|断|没交|停了)?\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年"
                         r"(?:没交|没缴)?[呢吧啊哦嘛]?[？?。!！]*$")
# the calculations a stay's course changes (where the stay before was, a transfer)
STAY_CALCS = frozenset({"inpatient", "chain"})
# the conversation's slot holding the kind of filing the asker told done (Engine: "办了长期备案", or a kind told
# then "备了案"): a stay elsewhere computed later with no filing said is of that filing
FILED_KIND = "filed_kind"
# the calculations whose answer states the asker's own share beside what the fund pays
SHARE_CALCS = frozenset({"inpatient", "chain", "outpatient", "two_diseases", "chronic", "special"})
# one more part put onto the sum just computed ("再加上长护险一共多少", "连长护险一起一共交好多")
RUNNING_SUM = re.compile(r"(?:再|还)?(?:加上|算上|连上|连同|加进去|带上)[^，,。？?]{0,12}?(?:一共|总共|合计|一起|总计|共)")
# another bill of the same case told after one was computed ("下半年又花了五千", "后来又看了一次 花了三千")
# a total of the later bills alone ("一共又花了", "又一共花了"), not the year's with the one before
_TOTAL_OF_THE_NEW = re.compile(r"(?:加起来|合起来|合计|总共|一共|总计|统共|共计)(?:又|再)|又(?:一共|总共|合计|共)")
ANOTHER_BILL = re.compile(r"又(?!是|要是|如果)|再(?:花|看|去|用|开|拿)|下半年|后来|后面|第[二两三四2-4](?:次|回|笔)|另外一笔|另一笔")


def year_stay_tier(state: dict, *, now: float, ttl: float | None = None) -> str | None:
    """The hospital tier up to which the year's stays computed so far paid the deductible: the last
    stay calculation's tier, or — where it was itself a later stay — the higher of its tier and the
    earlier one's (the higher deductible, by the region's own table). None when no stay was computed
    within the form's lifetime."""
    last = (state.get("form") or {}).get("last")
    if not last or last.get("calc") not in STAY_CALCS or now - last.get("at", 0) > (ttl or FORM_TTL):
        return None
    s = last.get("slots") or {}
    tier, prior = s.get("tier"), s.get("prior_tier") if after_a_stay(s) else None
    if not tier or not prior or prior == tier:
        return tier
    try:
        from calculators.inpatient import plan_for
        plan = plan_for(policy_for(s["region"]), s.get("insurance") or "居民")
        table = plan.tables[plan.filings["市内"].table].tiers
        return prior if table[prior].deductible > table[tier].deductible else tier
    except (BadInput, NotListed, KeyError):
        return None


def _special_deductible_met(s: dict) -> bool:
    """Whether the 门诊特病 bill last computed (`s`, its slots) met the year's deductible, by the region's file."""
    if not (s.get("region") and s.get("insurance") and s.get("amount") is not None) or s.get("deductible_paid_stay"):
        return False
    if s.get("deductible_paid"):
        return True
    deductible = special_deductible(policy_for(s["region"]), s["insurance"])
    return deductible is not None and D(s["amount"]) >= deductible


def course_facts(state: dict) -> frozenset[str]:
    """The facts of a case's course (besides acts.FACT_SLOTS) that the open form's calculation reads:
    a follow-up telling one of them asks the form's rule again for the changed case."""
    calc = open_calc(state)
    return frozenset({"prior_tier", "transfer"} if calc in STAY_CALCS else set()) \
        | frozenset({"gap_years"} if calc in GAP_CALCS else set())


# facts that only pick one of a class's rows (长治 二类: 县级 or 省、市级): with no sum told, every row
# of the class is the rule, side by side
SIDE_BY_SIDE = frozenset({"level"})


def side_by_side(state: dict) -> bool:
    """Does the open form ask a fact that only picks one of the rows its rule lists — which of a class's
    rows (县级 or 省、市级) the hospital is, with no sum told; how many years a gap said ("断了几年")
    lasted? Then the rule is each row, said side by side (own_rule), and the fact is asked."""
    open_ = (state.get("form") or {}).get("open")
    if not open_:
        return False
    if open_.get("calc") == "waiting_period":
        return open_.get("asked") == "gap_years" and own_rule(state) is not None
    return open_.get("calc") == "inpatient" and open_.get("asked") in SIDE_BY_SIDE \
        and "amount" not in open_["slots"] and own_rule(state) is not None


def _case_rows(state: dict) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]] | None:
    """(the case's rows, the table's other rows) of the open inpatient form, each as (起付线, 比例):
    None unless the case names its rows (own_rule) and the scheme is known."""
    open_ = (state.get("form") or {}).get("open")
    if not open_ or open_.get("calc") != "inpatient" or own_rule(state) is None:
        return None
    s = open_["slots"]
    p = policy_for(s["region"])
    plan = p.inpatient.get(s.get("insurance") or "")
    if plan is None or plan.missing or (s.get("filing") or "市内") not in plan.filings:
        return None
    rule_f = plan.filings[s.get("filing") or "市内"]
    table = plan.tables[rule_f.table]
    r = row_for(p, tier=s.get("tier"), grade=s.get("grade"), level=s.get("level"))
    choices = domain().slots[r.ask].choices if r.row is None and r.ask in SIDE_BY_SIDE else []
    rows = [r.row] if r.row else [row_for(p, tier=s.get("tier"), grade=s.get("grade"), **{r.ask: c}).row
                                  for c in (choices if isinstance(choices, list) else [])]
    mine = [(table.tiers[x].deductible, table.tiers[x].ratio - rule_f.ratio_cut) for x in rows if x in table.tiers]
    others = [(t.deductible, t.ratio - rule_f.ratio_cut) for name, t in table.tiers.items() if name not in rows]
    return (mine, others) if mine else None


def _states_row(answer: str, row: tuple[Decimal, Decimal]) -> bool:
    from calculators.money import num, pct
    deductible, ratio = row
    return _row_said(answer, num(deductible), pct(ratio))


# what ends the stretch between a row's 起付线 and its rate said together
_ROW_BREAKS = frozenset("。；;\n")


def _row_said(answer: str, deductible: str, ratio: str) -> bool:
    """Is the row's 起付线 said with its rate ("1000元，报销比例75%"): the figure with no digit or point
    before it, 元 after any spaces, then within 24 characters that end no sentence (。；; or a new line)
    the rate, no digit or point before it either? Read with str.find, not a pattern made of the row's
    figures: each such pattern was compiled on its first use inside an answer (0.2-0.5 ms each, several
    for one table's rows), a cost every new row paid again."""
    at = answer.find(deductible)
    while at != -1:
        if not (at and (answer[at - 1].isdecimal() or answer[at - 1] == ".")):
            j = at + len(deductible)
            while j < len(answer) and answer[j].isspace():
                j += 1
            if answer.startswith("元", j):
                k = j + 1
                while k <= j + 25:
                    if answer.startswith(ratio, k) and not (answer[k - 1].isdecimal() or answer[k - 1] == "."):
                        return True
                    if k >= len(answer) or answer[k] in _ROW_BREAKS:
                        break
                    k += 1
        at = answer.find(deductible, at + 1)
    return False


def other_row(state: dict, answer: str) -> bool:
    """Does a handbook answer state another row of the case's inpatient table and none of the case's own
    ("二级乙等的县医院住院起付线多少" answered by the 二甲、三乙 entry)? Then the case's row, from the
    policy file, is the answer (own_rule)."""
    rows = _case_rows(state)
    if rows is None:
        return False
    mine, others = rows
    return not any(_states_row(answer, r) for r in mine) and any(_states_row(answer, r) for r in others)


def own_rule(state: dict) -> tuple[str, list[EntrySource]] | None:
    """The row of the region's inpatient table that the open form's case follows ("巴中城乡居民医保在
    二级医疗机构住院的起付线400元，报销比例70%"), with its source: for a request that lacks only the
    amount, said before the amount is asked. None when the case does not name one row."""
    from calculators.figures import figures, money
    open_ = (state.get("form") or {}).get("open")
    if open_ and open_.get("calc") == "serious_illness":
        return _serious_rule(open_["slots"])
    if open_ and open_.get("calc") == "chronic":
        return _several_chronic_rule(open_["slots"])
    if open_ and open_.get("calc") == "waiting_period":
        return _gap_rule(open_["slots"])
    if open_ and open_.get("calc") == "assistance":
        return _assistance_rule(open_["slots"])
    if open_ and open_.get("calc") == "contribution":
        return _staff_fee_rule(open_["slots"])
    if not open_ or open_.get("calc") != "inpatient":
        return None
    s = open_["slots"]
    if s.get("region") and s.get("insurance") and s.get("tier") and s.get("prior_tier"):
        # a stay after an earlier one ("今年住过一次二级 这次三级"): the deductible it owes, by the
        # region's rule on second stays and transfers, and its rate
        from calculators.inpatient import deductible_after_stay
        found = deductible_after_stay(policy_for(s["region"]), insurance=s["insurance"], tier=s["tier"],
                                      prior_tier=s["prior_tier"], transfer=bool(s.get("transfer")),
                                      admission=int(s.get("admission") or 1), filing=s.get("filing") or "市内")
        if found is None:
            return None
        said, cited = found
        return said, [EntrySource(handbook=c.handbook, section=c.section) for c in dict.fromkeys(cited)]
    if not s.get("region") or s.get("prior_tier") or int(s.get("admission") or 1) > 1:
        return None
    p = policy_for(s["region"])
    r = row_for(p, tier=s.get("tier"), grade=s.get("grade"), level=s.get("level"))
    if r.assume:
        return None         # a row taken for a hospital not named (长治's 省外) is no rule of the case's own
    rows = [r.row]
    if r.row is None and r.ask in SIDE_BY_SIDE and "amount" not in s:
        # "二甲医院住院报多少" in 长治, the hospital's level not said and no sum told: its class is known,
        # and the rows of each level are the rule, side by side; the level is asked with the sum
        choices = domain().slots[r.ask].choices
        rows = [row_for(p, tier=s.get("tier"), grade=s.get("grade"), **{r.ask: choice}).row
                for choice in (choices if isinstance(choices, list) else [])]
    if not rows or None in rows or len(set(rows)) != len(rows):
        return None
    # the scheme not said ("恩阳的，在乡镇卫生院住院报好多"): each scheme's row side by side, the
    # scheme asked with the amount, when the answer depends on it
    schemes = [s["insurance"]] if s.get("insurance") else list(p.inpatient)
    if all(plan.missing for name, plan in p.inpatient.items() if name in schemes):
        return None         # every table asked for lost: no row to give
    said, cited = [], []
    for insurance in schemes:
        plan = p.inpatient.get(insurance)
        if plan is not None and plan.missing and not s.get("insurance") and len(schemes) > 1:
            # the scheme not said, and one scheme's table lost (长治 职工: an image): that one said lost,
            # the other's row given, each labelled
            said.append(plan.missing.note + "。")
            cited.append(plan.missing.source)
            continue
        for row in rows:
            want = {"insurance": insurance, "tier": row, "filing": s.get("filing") or "市内"}
            found = next((f for f in figures(s["region"])
                          if f.area == "inpatient" and f.topic == "deductible" and f.facts == want), None)
            if found is None:
                return None
            said.append(f"{found.text}{money(found.value)}，{found.row}。")
            cited += [found.source, *([plan.annual_cap.source] if plan is not None and plan.annual_cap else [])]
    sources = dict.fromkeys((x.handbook, x.section) for x in cited)
    return ("\n".join(said) + "起付线以上的合规费用按此比例报销。",
            [EntrySource(handbook=h, section=sec) for h, sec in sources])


def special_rule_of(text: str, region: str | None) -> tuple[str, list[EntrySource]] | None:
    """The 门诊特病 rule with its figures for the one scheme `text` names (`_special_rule`); None when it
    names none, or both."""
    scheme = extract(text).get("insurance")
    return _special_rule({"region": region, "insurance": scheme}) if region and scheme in ("职工", "居民") else None


def _special_rule(s: dict) -> tuple[str, list[EntrySource]] | None:
    """The 门诊特病 rule of the case's scheme with its figures from the policy file ("城乡居民医保门诊特病：一个
    自然年度内只扣一次二级医院住院起付线400元，之后报60%"): the once-a-year deductible the handbook names by
    its tier (巴中 第四章 五问) given as that tier's sum (第三章 十一问); None unless the scheme is known and
    both figures are the policy's."""
    from calculators.chronic import special_deductible
    from calculators.money import num
    if not s.get("region") or not s.get("insurance"):
        return None
    p = policy_for(s["region"])
    sp = p.special
    if sp is None or s["insurance"] not in sp.ratio:
        return None
    ded = special_deductible(p, s["insurance"])
    plan = p.inpatient.get(s["insurance"])
    if ded is None or plan is None:
        return None
    scheme = "职工医保" if s["insurance"] == "职工" else "城乡居民医保"
    table = plan.tables["市内"].source
    text = (f"{p.region}{scheme}门诊特病：一个自然年度内只扣减一次{p.tier_name(sp.deductible_tier)}住院起付标准"
            f" {num(ded)} 元（{table.section}），符合医保基金支付范围的部分报销 {round(sp.ratio[s['insurance']] * 100)}%。")
    sources = dict.fromkeys((c.handbook, c.section) for c in (sp.source, table))
    return text, [EntrySource(handbook=h, section=sec) for h, sec in sources]


def rough_amount(state: dict) -> bool:
    """The open form asks for the amount because the one said was only about that much (万把块) or a
    range (三四千): every other fact of the case is known."""
    open_ = (state.get("form") or {}).get("open")
    return bool(open_) and open_.get("asked") == "amount" and open_["slots"].get("amount_approx") in ("rough", "range")


def several_chronic(state: dict) -> bool:
    """Does the open form's case name several 门诊慢病 of a region that settles them under the highest
    limit (巴中 第四章 三问)?"""
    open_ = (state.get("form") or {}).get("open")
    return bool(open_ and open_.get("calc") == "chronic" and _several_chronic_rule(open_["slots"]))


# whether several diseases are each paid to their own limit, asked yes or no ("两种病是分开算限额吗",
# "限额能加起来不", "是分开算吗"): the region's rule for several, not a sum
_EACH_OWN_LIMIT = re.compile(r"各(?:报|算|管|用|是)各|分开(?:报|算)|单独(?:报|算)|分别(?:报|算)(?![^，。？?]{0,4}(?:多少|好多|几多))|"
                             r"(?:加|合|叠加|算)(?:起来|在一起|到一起|一起)|叠加|一起(?:报|算)")


# ... or the most paid in a year asked of them together with no bill told ("两种病合起来一年最多给多少", "封顶
# 是好多"): the same rule's figure — the highest of their limits — not a sum
_YEAR_MOST = re.compile(r"(?:一年|每年|全年|年度)[^，,。？?]{0,6}?(?:报|赔|给)|最多|最高|封顶|限额")


def several_chronic_added(text: str, state: dict) -> tuple[str, list[EntrySource]] | None:
    """"我还有痛风 两种慢病的限额能加起来不" right after a 门诊慢病 case: one more disease of the same patient,
    and whether each is paid to its own limit asked — the region's rule for several diseases, on the case's
    diseases and the one added (its limits side by side, the highest taken); the case kept with both, so a
    sum asked next is computed under that rule. None otherwise."""
    last = (state.get("form") or {}).get("last")
    year_most = _YEAR_MOST.search(text) is not None
    if not last or last.get("calc") != "chronic" or not (_EACH_OWN_LIMIT.search(text) or year_most) \
            or (calc_kind_mod.ASK_AMOUNT.search(_EACH_OWN_LIMIT.sub(" ", text)) and not year_most):
        return None
    ex = extract(text)
    said = ex.get("diseases") or []
    held = last["slots"].get("diseases") or []
    if not said or not held or set(said) <= set(held) or ex.get("amount") is not None or not acts.adds_disease(text):
        return None
    both = {**last["slots"], "diseases": list(dict.fromkeys([*held, *said]))}
    rule = _several_chronic_rule(both)
    if rule is not None:
        last["slots"] = both
    return rule


def _several_chronic_rule(s: dict) -> tuple[str, list[EntrySource]] | None:
    """Several diseases named ("高血压2级和冠心病两个慢病，一年最多报多少"): the one with the highest limit
    is the year's limit, as the region's rule says; None unless every limit is the policy's."""
    from calculators.money import num
    if not s.get("region") or not s.get("insurance") or len(s.get("diseases") or []) < 2:
        return None
    ch = policy_for(s["region"]).chronic
    if ch is None or not ch.highest_limit_rule or s["insurance"] not in ch.ratio:
        return None
    found = []
    for name in s["diseases"]:
        d = find_disease(ch.diseases, name)
        if d is None or d.limits.get(s["insurance"]) is None:
            return None
        if d not in found:
            found.append(d)
    if len(found) < 2:
        return None
    best = max(found, key=lambda d: d.limits[s["insurance"]])
    src = ch.sources.get(s["insurance"], ch.source)
    scheme = "职工医保" if s["insurance"] == "职工" else "城乡居民医保"
    text = (f"患两种及以上门诊慢病，只按其中限额标准最高的一种结算（{scheme}）："
            + "、".join(f"{d.name} {num(d.limits[s['insurance']])} 元" for d in found)
            + ("，限额相同，按这一" if len({d.limits[s['insurance']] for d in found}) == 1 else f"，按{best.name}的")
            + f"年度支付限额 {num(best.limits[s['insurance']])} 元，一年最多报 "
            + f"{num(best.limits[s['insurance']])} 元（报销比例{round(ch.ratio[s['insurance']] * 100)}%）。")
    return text, [EntrySource(handbook=src.handbook, section=src.section)]


def chronic_rule(state: dict) -> tuple[str, list[EntrySource]] | None:
    """The 门诊慢病 rule the open form's case follows, from the region's policy file: its rate and the
    limit (克拉玛依: one for every disease; elsewhere the one disease named, each scheme's when the scheme
    is not said). For "门诊慢病能报多少" with no sum, whatever entry the search finds. None when the
    case names no one limit (no disease where each has its own, several diseases, a limit not listed)."""
    from calculators.figures import SCHEME, money
    from calculators.money import pct
    open_ = (state.get("form") or {}).get("open")
    if not open_ or open_.get("calc") != "chronic":
        return None
    s = open_["slots"]
    if not s.get("region"):
        return None
    ch = policy_for(s["region"]).chronic
    if ch is None:
        return None
    schemes = [s["insurance"]] if s.get("insurance") else list(ch.ratio)
    if any(k not in ch.ratio for k in schemes):
        return None
    region = s["region"]
    if ch.overall_limit is not None:
        k = schemes[0] if len(schemes) == 1 else None
        if k is None:
            return None
        text = (f"{region}{SCHEME[k]}门诊慢病（{'、'.join(d.name for d in ch.diseases)}，共{len(ch.diseases)}种）："
                f"报销比例{pct(ch.ratio[k])}，各病种共用年度限额{money(ch.overall_limit)}。")
        src = ch.sources.get(k, ch.source)
        return text, [EntrySource(handbook=src.handbook, section=src.section)]
    names = s.get("diseases") or []
    found = [find_disease(ch.diseases, n) for n in names]
    if len(found) != 1 or found[0] is None or ch.limit_of != "fund":
        return None
    d = found[0]
    per = "年度" if ch.period == "year" else "每月"
    parts, cited = [], []
    for k in schemes:
        limit = d.limits.get(k)
        if limit is None:
            return None
        ratio = ch.group_ratio.get(d.group, {}).get(k, ch.ratio[k])
        parts.append(f"{SCHEME[k]}报销比例{pct(ratio)}，{per}支付限额{money(limit)}")
        src = ch.sources.get(k, ch.source)
        if (src.handbook, src.section) not in [(c.handbook, c.section) for c in cited]:
            cited.append(EntrySource(handbook=src.handbook, section=src.section))
    text = f"{region}门诊慢病{d.name}：" + "；".join(parts) + "。"
    return text, cited


def _staff_fee_rule(s: dict) -> tuple[str, list[EntrySource]] | None:
    """A 职工's own monthly fee asked with no base told ("上班的 每个月个人扣好多"): the shares of the base
    from the region's policy file, the asker's and the employer's, said before the base is asked — the
    sum turns on a wage only the asker knows, the rule does not. None for 灵活就业 (another rate on a
    minimum base), another scheme, or where the handbook lists no 职工 rates — nor for one retired ("我退休了
    每月扣好多"): the in-service shares are no rule of theirs (巴中 第二章 十八问: retirees with the years paid
    pay no more), stated to them they would be a wrong rule said plainly."""
    if not s.get("region") or s.get("insurance") != "职工" or s.get("base") or s.get("flexible") \
            or s.get("account") or s.get("maternity_fee") or s.get("civil_servant") or s.get("retired"):
        return None
    try:
        c = open_section(policy_for(s["region"]), "contributions", "缴费标准")
    except NotListed:
        return None
    rates = c.staff if c is not None else None
    if rates is None:
        return None
    text = (f"{s['region']}职工医保：职工个人按本人上年度月平均工资（月缴费基数）的 {pct(rates.employee)} 缴纳，"
            f"由单位每月代扣代缴；用人单位另按缴费基数的 {pct(rates.employer)} 缴纳。"
            f"每月扣多少 = 月缴费基数 × {pct(rates.employee)}。")
    return text, [EntrySource(handbook=rates.source.handbook, section=rates.source.section)]


def _gap_rule(s: dict) -> tuple[str, list[EntrySource]] | None:
    """A gap said without its length ("断了几年没交 要等多久"): the waiting period for each length, from
    the region's rule (computed by the calculator for one to five years), and how a repair shortens it."""
    from calculators.waiting_period import waiting_period
    if not s.get("region") or s.get("gap_years") is not None or s.get("insurance") == "职工" \
            or s.get("switched") or s.get("newborn_days") is not None:
        return None
    p = policy_for(s["region"])
    wp = p.waiting_period
    if wp is None or not wp.fixed_months:
        return None
    months = [(n, waiting_period(p, gap_years=n).result["months"]) for n in range(1, 6)]
    text = (f"{p.region}城乡居民医保断保后再参保，等待期看断了几年：固定待遇等待期 {wp.fixed_months} 个月；"
            f"未连续参保的，每多断 1 年，另加变动待遇等待期 {wp.per_gap_year} 个月——"
            + "，".join(f"断 {n} 年等 {m} 个月" for n, m in months) + "，以此类推。")
    if wp.repair_per_year:
        text += f"可以缴费修复变动待遇等待期，每多缴 1 年减少 {wp.repair_per_year} 个月"
        if wp.floor_gap_years and wp.floor_months:
            text += f"；连续断缴 {wp.floor_gap_years} 年及以上的，修复后固定与变动等待期之和不少于 {wp.floor_months} 个月"
        text += "。"
    text += "等待期一般自缴费之日起算，断保期间的医保待遇不追溯。"
    return text, [EntrySource(handbook=wp.source.handbook, section=wp.source.section)]


def repaired_wait(state: dict) -> str | None:
    """After a waiting period computed for a gap not paid back ("2025 2026 2027三年都莫交 2028年交了 要等
    好久"): the same case with every year of the gap paid back, as the region's calculator computes it
    ("等待期 3 个月，补缴 3 年约需 1,200 元"); None when the last calculation was no such case, or paying
    back changes nothing."""
    last = (state.get("form") or {}).get("last") or {}
    s = last.get("slots") or {}
    if last.get("calc") != "waiting_period" or not s.get("region") or not s.get("gap_years") \
            or s.get("repair_all") or s.get("repair_years") or s.get("switched") or s.get("insurance") == "职工":
        return None
    run = RUNNERS["waiting_period"]
    try:
        p = policy_for(s["region"])
        repaired, taken = run(p, {**s, "repair_all": True}), run(p, s)
    except (KeyError, NotListed, BadInput):
        return None
    # (only where paying back shortens the wait: a year's gap waits the fixed months either way)
    if not repaired.result.get("months", 0) < taken.result.get("months", 0):
        return None
    return repaired.headline.rstrip("。")


def _serious_rule(s: dict) -> tuple[str, list[EntrySource]] | None:
    """大病保险's row for the asker's group: its deductible and segments, on what basic insurance left."""
    from calculators.figures import figures, money
    from calculators.money import pct
    from calculators.serious_illness import group_for
    p = policy_for(s["region"]) if s.get("region") else None
    if p is None or p.serious_illness is None or p.serious_illness.missing or s.get("insurance") == "职工":
        return None
    name, _, _ = group_for(p.serious_illness, s.get("category") or "一般")
    for f in figures(s["region"]):
        if f.area == "serious" and f.topic == "deductible" and f.facts.get("group") == name:
            cited = dict.fromkeys((x.handbook, x.section) for x in (f.source, p.serious_illness.source))
            layer = p.serious_illness.second_layer
            more = f"；大病保险报销后个人合规自付超过{money(layer.above)}的部分再报{pct(layer.ratio)}" \
                if layer and name in layer.groups else ""
            return (f"{f.text}{money(f.value)}，{f.row}{more}；按本年度经基本医保报销后个人负担的合规费用计算。",
                    [EntrySource(handbook=h, section=sec) for h, sec in cited])
    return None


def _assistance_rule(s: dict) -> tuple[str, list[EntrySource]] | None:
    """医疗救助's 常规救助 row for the asker's group ("俺是低保户 … 剩下的医疗救助咋个救"): its 起付标准, ratio and yearly
    limit, on what basic insurance and 大病保险 left; None for no group or the ordinary one (no row)."""
    from calculators.assistance import row_for
    from calculators.figures import money
    from calculators.money import pct
    p = policy_for(s["region"]) if s.get("region") else None
    group = s.get("category")
    if p is None or p.assistance is None or group in (None, "一般", VAGUE_GROUP):
        return None
    row = row_for(p.assistance, str(group))
    if row is None:
        return None
    start = f"{money(row.deductible)}（{row.deductible_note}）" if row.deductible_note else money(row.deductible)
    cap = f"，年度限额{money(row.cap)}" if row.cap is not None else "，不设年度限额"
    return (f"常规救助（{group}）：起付标准{start}，救助比例{pct(row.ratio)}{cap}；按经基本医保、大病保险报销后"
            f"个人自付的合规费用计算。", [EntrySource(handbook=p.assistance.source.handbook,
                                               section=p.assistance.source.section)])


# the asker's own scheme said in a question of its own ("…住院一年最多报好多 我是职工"): theirs, the waiting
# form's too
# (said as the same as another's, "我也是合疗", "俺也参加的职工"; or with no verb, "我城乡居民医保": the earlier
# definition's phrasings, kept when the two were made one)
_OWN_SCHEME = re.compile(r"(?:我|俺|本人)(?:自己|本人)?(?:也|都)?(?:是|就是|参加的是?|参的是?|交的是?|买的是?|属于)"
                         r"[^，,。；;？?!！\s]{0,6}?(?:职工|居民|合疗|新农合|城乡医保|单位上)|"
                         r"(?:我|俺)(?:城乡居民|居民医保|城乡医保|合疗|新农合)")


def keep_own_scheme(state: dict, text: str) -> None:
    """A question answered while a form waits that says the asker's own scheme ("等哈 先问下 住院一年最多
    报好多 我是职工"): the form, which has none yet and takes one, keeps it — it is not asked again."""
    open_ = state.get("form", {}).get("open")
    if not open_ or open_.get("offered") or "insurance" in open_["slots"] or not _OWN_SCHEME.search(text or ""):
        return
    scheme = extract(text).get("insurance")
    if scheme in acts.SCHEME_NAMES and "insurance" in {s.slot for s in domain().forms[open_["calc"]].slots}:
        open_["slots"]["insurance"] = scheme


# the asker's own place said at the head of a message, before a question of its own ("长治的 新农合 对了先问下
# 去太原住院还用备案不", "我是巴中的 先问下…"): where they are insured, the waiting form's region too
_OWN_PLACE_HEAD = re.compile(r"^(?:我|俺|我们|俺们|咱|咱们)?(?:是|在|就是|就在)?([^\s，,。；;？?!！的]{2,6}?)(?:的|人|这边的|那边的)"
                             r"(?=[\s，,。]|(?:合疗|新农合|居民|职工))")


def keep_own_region(state: dict, text: str) -> None:
    """A question answered while a form waits for the region, the message opening with the asker's own
    covered place ("长治的 新农合 对了先问下…"): the form keeps that region (and the scheme said with it),
    and is not asked again. A place named only inside the question (去太原住院) is no one's own."""
    open_ = state.get("form", {}).get("open")
    if not open_ or open_.get("offered") or open_["slots"].get("region"):
        return
    # (after the words that put the calculation aside, "先别算 俺是长治的 …": the place still opens what is said)
    text = SIDE_QUESTION.sub("", (text or "").strip(), count=1).strip(" ，,。!！")
    m = _OWN_PLACE_HEAD.match(text)
    hit = detect_region(m.group(1)) if m else None
    if hit is None or not hit.region or hit.unsupported:
        return
    open_["slots"]["region"] = hit.region
    scheme = extract(text[:m.end() + 4]).get("insurance") if "insurance" not in open_["slots"] else None
    if scheme in acts.SCHEME_NAMES and "insurance" in {s.slot for s in domain().forms[open_["calc"]].slots}:
        open_["slots"]["insurance"] = scheme
    if open_.get("asked") in ("region", "insurance"):
        # (what it waited for is told: the form's next question is its own, asked when it is taken up)
        open_["asked"] = None


def reminder(state: dict, now: float, ttl: float | None = None) -> str | None:
    """After another question was answered while a form waits: its question again, once."""
    open_ = state.get("form", {}).get("open")
    if not open_ or open_.get("offered") or open_.get("reminded") or now - open_.get("updated", 0) > (ttl or FORM_TTL):
        return None
    open_["reminded"] = True
    name = open_.get("asked")
    if not name:
        return None
    region = open_["slots"].get("region")
    p = policy_for(region) if region else None
    text, _ = _question(name, open_["calc"], p, open_["slots"], 0)
    line = f"（刚才的{TITLES.get(open_['calc'], '测算')}还差一项：{text}如不需要了，回复“不用了”即可。）"
    open_.setdefault("said", []).append(line)
    return line


# what follows from a case asked ("会咋样", "有啥影响", "后果是啥"), not a figure of it
# a question of when, how or where ("备案了多久可以变更", "得带哪些", "在哪儿办", "咋个办"): a rule of its own
# asked, whatever fact of the case it names — never a fact for the waiting form nor a figure of the sum
PROCEDURE_OR_TIME_ASKED = re.compile(r"多久|多长时间|(?<!了)好久(?![了没])|什么时候|啥时候|啥子时候|几时|哪天|"
                                     r"怎么办|咋办|咋个办|怎么弄|咋个弄|咋弄|怎么申请|咋个申请|在哪|去哪|哪里|哪儿|"
                                     r"带(?:啥|什么|哪些)|(?:啥|什么|哪些)(?:子)?(?:材料|资料|手续)|能不能改|能改|可以改|改不")
# where a claim is handed in, or with what papers ("材料交哪儿", "单据交给谁", "在哪儿报", "要带啥资料"): no figure
WHERE_OR_PAPERS_ASKED = re.compile(r"(?:材料|资料|单据|票据|发票|手续)[^，,。？?]{0,4}?(?:交|给|送|递|拿)(?:到|去|给)?(?:哪|谁)|"
                                   r"(?:啥|什么|哪些)(?:子)?(?:材料|资料|手续)|"
                                   r"(?:在|去|到)哪(?:儿|里)?(?:办|交|报销|申请|申报|弄)|找谁|交给谁")
# what then, asked at the end of a case supposed ("万一错过了怎么办", "没赶上咋整", "过了期怎么弄")
THEN_WHAT = re.compile(r"(?:咋|怎么|怎|咋个|啷个|如何)(?:办|整|弄|搞)(?:呢|嘛|哦|啊)?[？?。!！\s]*$")
CONSEQUENCE_ASKED = re.compile(r"会(?:咋|怎|怎么|咋个|啷个|如何)样?[？?。!！\s]*$|(?:有|会有)(?:啥|什么|啥子|哪些)(?:影响|后果)|"
                               r"(?:影响|后果)(?:是)?(?:啥|什么|啥子)|(?:要紧|影响)不")


# a stay said to be again at a level ("还是在二级医院", "也在乡镇卫生院", "又去县医院"): the later stay
_STAY_AGAIN_AT = re.compile(r"(?:还是|也是|又是|也在|又在|还在|也去|又去|还去)(?:在|去|到)?[^，,。？?]{0,6}?(?:级|卫生院|社区|医院)")
# the earlier of two stays named by its order ("第一次住的", "头一回是在", "前一次")
_FIRST_STAY = re.compile(r"(?:第一次|第1次|头一次|头一回|头次|前一次|第一回)")


# a benefit of the outpatient forms named by its own word ("两病", "门慢"): that benefit asked, whatever the
# disease said with it reads as
_BENEFIT_NAMED = {"two_diseases": re.compile(r"两病"), "chronic": re.compile(r"慢病|慢性病|门慢|慢特病"),
                  "special": re.compile(r"特病|门特")}


def follows_up(text: str, state: dict, *, now: float, ttl: float | None = None) -> bool:
    """Does the message go on with the open form or the last calculation — a fact of the case,
    corrected, asked as a follow-up or told plainly ("不对，是1万2", "那二级医院呢", "花了8000")?
    (A group message not addressed to the bot is taken when it does.)"""
    form = state.get("form") or {}
    ttl = ttl or FORM_TTL
    if not any(f and now - f.get("updated", f.get("at", 0)) <= ttl for f in (form.get("open"), form.get("last"))):
        return False
    fixed = acts.correction(text)
    body = (fixed or text).strip()
    facts = [k for k in slots_from(extract(body)) if not k.startswith("_")]
    return bool(facts) and bool(fixed or acts.is_follow_up(body) or acts.ADDS.search(body) or not QUESTION.search(body))


# the words of a request to compute that says nothing of what ("能帮我算个账吗", "我想算一下报销")
# (as people call the one they ask: smalltalk's names of the one thanked)
_ADDRESSED = re.compile(smalltalk.THANKED)
_BARE_REQUEST = frozenset("我你您俺想要能可以帮忙给替计测估算一下个笔账报销费用钱吗呢吧啊哈不家里人的看请问麻烦这那多少好")


def _bare_request(text: str, ex: Slots | None = None) -> bool:
    """A request to compute and nothing more, but maybe the money spent ("帮我算一下，花了5000"):
    asked which, whatever entry the search may find for its words (账 is no 个人账户)."""
    if not COMPUTE.search(text):
        return False
    if ex is not None and "amount" in ex:
        text = ex.blanked(text)
    text = calc_kind_mod.SPENT.sub(" ", text)
    # the one asked, called by name ("学长帮我算个报销", "师傅 帮我算一下"): asks nothing more
    text = _ADDRESSED.sub(" ", text)
    return all(c in _BARE_REQUEST for c in re.findall(r"[\u4e00-\u9fff]", text))


def tells_facts(text: str | Slots) -> bool:
    """Does the message (or what was extracted from it) carry any fact a calculation form takes
    (an amount, a hospital, a scheme …)?"""
    ex = text if isinstance(text, Slots) else extract(text)
    return any(not k.startswith("_") for k in slots_from(ex))


def states_a_fact(text: str) -> bool:
    """Does the message carry a fact of the asker's own, so that a calculation is wanted?"""
    return calc_kind_mod.states_a_fact(extract(text))


def rule_asked_open(state: dict) -> bool:
    """Whether the open 慢病 form was opened by a question of what the benefit yields with no bill of the
    asker's ("合疗的慢病门诊每月报几多"): the disease answered next completes a rule question."""
    open_ = state.get("form", {}).get("open")
    return bool(open_ and not open_.get("offered") and open_.get("calc") == "chronic"
                and open_["slots"].get("_rule_asked") and open_["slots"].get("amount") is None)


def open_text(state: dict) -> str:
    """The message the open form was opened by ("" when not known)."""
    return ((state.get("form") or {}).get("open") or {}).get("text") or ""


def mark_ruled(state: dict, question: str) -> None:
    """The open form's case was answered by the handbook's rule; it waits for the asker's own figure."""
    open_ = state.get("form", {}).get("open")
    if open_:
        open_["ruled"] = question


def ruled_question(state: dict) -> str | None:
    """The question whose rule an open form's case was answered with ("巴中生娃儿合疗能报好多钱")."""
    open_ = state.get("form", {}).get("open")
    return open_.get("ruled") or None if open_ and not open_.get("offered") else None


def waits_after_rule(state: dict) -> str | None:
    """The slot an open form asks when its case's rule was answered (or computing offered after a
    handbook answer), whatever it is; else None."""
    open_ = state.get("form", {}).get("open")
    if not open_ or not (open_.get("ruled") or open_.get("offered")):
        return None
    return open_.get("asked")


def waits_for_figure(state: dict) -> str | None:
    """The slot an open form waits for when its case's rule was answered (or computing offered after
    a handbook answer) and only the asker's own figure is missing; else None."""
    open_ = state.get("form", {}).get("open")
    if not open_ or not (open_.get("ruled") or open_.get("offered")):
        return None
    asked = open_.get("asked")
    spec = domain().slots.get(asked) if asked else None
    return asked if spec is not None and spec.own else None


def ruled(state: dict, facts: set[str]) -> bool:
    """Whether a follow-up saying `facts` ("职工呢") changes the case of an open form whose rule was
    answered, rather than answering what the form asks: that rule is asked again for the new case."""
    open_ = state.get("form", {}).get("open")
    return bool(open_ and open_.get("ruled") and facts and open_.get("asked") not in facts)


# a message that answers the waiting form's question in its first clause, then turns to another question
# ("一级医院 另外问一下 …", "三级的 另外问一下 …"): the answer, then the question, each taken as said
_THEN_ASKS = re.compile(r"^(?P<fact>[^？?。!！，,\s][^？?。!！]{0,23}?)[\s，,。!！]+"
                        r"(?P<rest>(?:(?:哦|噢|诶)?对了|顺便|另外|还有个?(?:事|问题)|再(?:问|请教))[^\n]*)$")


def answer_then_question(text: str, state: dict) -> tuple[str, str] | None:
    """The clause answering the waiting form's question and the question after it, when a message
    says both in that order (the form asked the hospital: "三级的 另外问一下 社保卡掉了去哪里换"); None
    when the first clause asks something, or tells nothing of what the form asked."""
    open_ = state.get("form", {}).get("open")
    if not open_ or open_.get("offered") or not open_.get("asked"):
        return None
    m = _THEN_ASKS.match(text.strip())
    if m is None or QUESTION.search(m["fact"]) or _SPOKEN_ASK.search(m["fact"]) or not QUESTION.search(m["rest"]):
        return None
    fact = picked(m["fact"], _asked_choices(open_)) or m["fact"]
    if open_["asked"] not in slots_from(extract(fact, expecting=open_["asked"])):
        return None
    return m["fact"], m["rest"]


def is_open(state: dict) -> bool:
    """Is a form waiting for an answer?"""
    open_ = state.get("form", {}).get("open")
    return bool(open_) and not open_.get("offered")


def open_choices(state: dict, *, now: float, ttl: float | None = None) -> list[str]:
    """The choices of the question a waiting form asked (its region's tiers …): a bare number
    answers it, unless the form has lapsed (older than `ttl`)."""
    open_ = state.get("form", {}).get("open")
    if not open_ or now - open_.get("updated", 0) > (ttl or FORM_TTL):
        return []
    return _asked_choices(open_)


def _asked_choices(open_: dict | None) -> list[str]:
    if not open_ or open_.get("offered") or not open_.get("asked") or open_["asked"] not in domain().slots:
        return []
    region = open_["slots"].get("region")
    return _choices(open_["asked"], policy_for(region) if region else None, open_["slots"])


def _expire(form: dict, now: float, ttl: float | None = None) -> None:
    ttl = ttl or FORM_TTL
    if form.get("dropped") and now - form["dropped"].get("updated", 0) > ttl:
        form.pop("dropped")
    if form.get("open") and now - form["open"].get("updated", 0) > ttl:
        form.pop("open")
    if form.get("last") and now - form["last"].get("at", 0) > ttl:
        form.pop("last")


def _not_listed(form: dict, open_: dict, s: dict, kind: str, now: float, region: str, e: NotListed) -> FormTurn:
    """The handbook gives no figure for the case: said so, with the office to ask."""
    form.pop("open", None)
    # the case stays the last one: "那居民呢" after 长治's lost 职工 table asks it for 居民
    form["last"] = {"calc": kind, "slots": s, "at": now, **({"text": open_["text"]} if open_.get("text") else {})}
    where = regions.office(region)
    text = e.reason + (f"具体请咨询：{where}。" if where else "具体请咨询当地医保经办机构。")
    srcs = [EntrySource(handbook=e.source.handbook, section=e.source.section)] if e.source else []
    return FormTurn(kind="not_listed", text=text, region=region, sources=srcs, ruled=e.ruled)


def _choice(text: str, open_: dict | None) -> str:
    """"2" in reply to a question with choices is the second choice."""
    return picked(text, _asked_choices(open_)) or text


# ---- slots in and out ---------------------------------------------------------------

_KEEP = ("age", "wait_over", "_wait_may_run", "refiling", "large_medical", "held", "account", "base", "bases", "used_this_year", "used_for", "insurance", "spouse_insurance", "spouse_husband", "top_up", "reimbursed", "emergency", "_pediatric", "retired", "flexible", "civil_servant", "tier", "grade", "level",
         "prior_tier", "transfer", "admission", "visit", "filing", "referral", "filed", "elsewhere", "care_at", "care_region", "category", "gap_years", "gap_more", "gap_also", "gap_year",
         "continuous_years", "run_start_unsaid", "run_start", "repair_years", "zero_claim", "zero_claim_year", "cap_years_asked", "in_window", "_start_day_asked", "paid_month", "paid_day", "paid_year", "paid_after", "paid_late", "paid_own_year_end", "paid_just", "cover_year_month", "cover_year", "outpatient_bill", "gap_said", "newborn_days", "newborn_days_least", "born_month", "born_day", "born_year", "gap_range",
         "newborn_over", "kind", "cesarean", "babies", "pregnancy_months", "pregnancy_weeks", "pregnancy_under",
         "drug_class", "type1", "study_years", "months", "diseases", "two", "amount", "amount_approx", "amount_said", "amount_unread",
         "amount_monthly", "_amount_asked", "amount_parts", "class_costs", "min_base_said", "above_deductible", "prior_amount", "self_funded", "arrears_months", "arrears_vague", "switched", "moved_in", "gap_months", "gap_part", "gap_under", "after_regular", "after_serious", "care_bill",
         "care", "with_ltc", "ltc_people", "account_for", "_visit_unknown", "diabetes_type", "people", "_household_unsized", "one_member", "chronic_group", "for_this_year", "nth", "repair_all",
         "care_province", "care_in_province", "household", "deductible_paid", "deductible_paid_stay", "deductible_paid_amount", "amount_in_catalogue",
         "maternity_fee", "hospital", "_cap_bound", "cap_years", "cap_years_each", "cap_run_from", "cap_reach", "zero_claim_set_aside", "group", "state_share", "prenatal_only",
         "spent_before", "spent_before_for", "year_written", "disease_costs", "fee_yearly", "fee_sum", "same_day",
         "groups_contrasted", "_stent", "amount_spent", "visits", "visits_first", "amount_due", "visits_care_unsaid",
         "reimbursed_past_year", "visit_bills", "visit_tiers", "visit_first_at", "stays", "group_unsure", "_wife_birth", "_repair_cost_asked", "_care_month", "_care_day", "_care_year")
# facts that go together: a new value for the first clears the others
_TOGETHER = {"newborn_days": ("newborn_days_least",), "tier": ("grade", "level", "prior_tier", "prior_amount", "hospital", "visit_tiers"), "amount": ("amount_approx", "amount_said", "amount_monthly", "stays",
             "_amount_asked", "_at_least_settled", "_rough_low", "amount_unread", "amount_parts", "class_costs", "disease_costs", "amount_in_catalogue", "above_deductible", "amount_spent", "visits", "visits_first", "amount_due", "visits_care_unsaid", "visit_bills", "visit_tiers", "visit_first_at"), "amount_unread": ("amount",),
             "insurance": ("retired", "spouse_insurance", "spouse_husband", "top_up"),
             "filing": ("elsewhere", "care_province", "referral"), "elsewhere": ("filing", "referral"),
             "kind": ("pregnancy_months", "pregnancy_weeks", "pregnancy_under", "cesarean"),
             # (the day paid stays: "那要是2025年交了的呢" after "2025年没交 2026年1月2号交的" is the same
             # payment with another year before it)
             "gap_years": ("paid_after", "gap_year"),
             "zero_claim": ("zero_claim_year", "cap_years_asked"),
             # (a payment said again as made in the collection window, no day named: another payment, whose
             # day is not the one told before — "那要是在缴费期里交的呢" after "3号交的")
             "in_window": ("paid_month", "paid_day", "paid_year", "paid_after", "paid_late", "cover_year_month"),
             # (a gap said again in months, "中间断了两个月", is whole: the part month read from dates goes)
             "gap_months": ("gap_part", "gap_under"),
             # (a sum paid said again, "不对 是今年报的", is of the year it now names)
             "reimbursed": ("reimbursed_past_year",),
             "admission": ("prior_tier", "prior_amount", "transfer", "stays"),
             # the deductible the asker says was paid belongs to the stay before
             "prior_tier": ("deductible_paid_amount",),
             "spent_before": ("spent_before_for",),
             # (a base said again is one worker's, unless listed again: the bases listed before go)
             "base": ("bases",)}


def _holiday_at_home(ex: Slots, region: str | None) -> Slots:
    """The reading `ex`, a student's holiday at home said in it ("放假回家住院") read as care elsewhere
    where the region insures its students where they study (regions.yaml away_on_holiday: the campus),
    and where no region is known yet; in a region that insures students at home it says nothing of
    where the care was. (A copy where it changes: extract's readings are cached and shared.)"""
    if not ex.get("holiday_home") or ex.get("filing"):
        return ex
    r = regions.get(region) if region else None
    if r is not None and not r.away_on_holiday:
        return ex
    ex = ex.copy()
    if ex.get("emergency"):
        ex.set("filing", "急诊")
    else:
        ex.set("elsewhere", True)
    return ex


def _refiling_why(region: str) -> str:
    """Why the filing is asked of a stay told unfiled whose filing is asked to be made late."""
    return (f"您问到补办备案：{region}的手册写的是出院结算前应申报备案，出院后能不能补办、补办后按哪种备案结算，"
            "手册没有写，请向参保地医保经办机构确认；按不同备案情况结算，报销结果不同。")


def slots_from(ex: Slots) -> dict:
    """The facts a reading holds that a form keeps (`_KEEP`), as a form's slots store them (figures as
    strings), with the conflicts and pairs it noted under "_notes". Public: the engine asks what a
    message tells a form with it too."""
    out = {}
    for k in _KEEP:
        if k in ex.values:
            v = ex.values[k]
            out[k] = str(v) if isinstance(v, Decimal) else ([str(x) for x in v] if k in ("amount_parts", "bases") else v)
    if list(out) == ["_stent"]:
        # ("放了支架的呢" alone, after a 冠心病 rule or sum: the question before asked of the stent's row,
        # which the handbook's page states — no figure of a case told for a form to compute)
        out = {}
    notes = [n for n in ex.notes if n.startswith(("conflict:", "pair:", "split:"))]
    if notes:
        out["_notes"] = notes
    return out


def _merge(slots: dict, new: dict, asked: str | None, *, replace: bool = False, yes: object = None,
           add: bool = False, add_amount: bool | None = None, total: bool = False,
           add_two: bool | None = None) -> None:
    """Fill the slots with what a message said; `replace` (a correction or follow-up) lets each new
    fact clear the facts that went with the old one; `add` ("也有…一起算") adds to the last case —
    its amount to the last one's (`add_amount`, when not the same figure said again: "也是一万"),
    unless said to be the `total` ("两样加起来1200"); its disease to the last one's (`add_two`, when
    the 也是 says another fact the same: "也是甲类")."""
    if asked == "amount" and new.get("amount_approx") == "at_least" and "_amount_asked" not in new:
        # "一万多" in reply to the form's question for the bill: what it yields is what the form computes
        new = {**new, "_amount_asked": "how_much"}
    if (add if add_amount is None else add_amount) and slots.get("amount") is not None and new.get("amount") is not None and not total:
        new = {**new, "amount": str(D(slots["amount"]) + D(new["amount"]))}
    if (add if add_two is None else add_two) and slots.get("two") and new.get("two") and slots["two"] != new["two"]:
        new = {**new, "two": "两病"}
    if (add if add_two is None else add_two) and slots.get("diseases") and new.get("diseases") \
            and not set(new["diseases"]) <= set(slots["diseases"]):
        # "我还有痛风" after a 门诊慢病 case: the same patient has one more — both, under the region's
        # rule for several (巴中 第四章 三问: the highest limit), never the first swapped for the second
        new = {**new, "diseases": list(dict.fromkeys([*slots["diseases"], *new["diseases"]]))}
    if new.get("_stent"):
        # "要是放了支架的呢" after a 冠心病 case: the stent's row of that disease (冠心病（血管支架植入）);
        # of another disease, the stent tells nothing the form reads
        new = {k: v for k, v in new.items() if k != "_stent"}
        if slots.get("diseases") == ["冠心病"] and "diseases" not in new:
            new["diseases"] = [HEART_STENT_ALIAS]
    if "gap_also" in new:
        # "2028年也没交" after a gap that ended in 2027: that gap a year longer, from its first year (巴中 第三章
        # 十问: each further year without cover adds to the variable wait); a year apart from it is a gap of its own
        new = {k: v for k, v in new.items() if k != "gap_also"}
        held_from, held_years = slots.get("gap_year"), slots.get("gap_years")
        if held_from and held_years and new.get("gap_year") == int(held_from) + int(held_years) \
                and new.get("gap_years") == 1:
            new["gap_years"], new["gap_year"] = int(held_years) + 1, held_from
    if "gap_more" in new:
        # "今年也不交" after a gap computed: that gap a year longer; with no gap held it tells nothing
        new = {k: v for k, v in new.items() if k != "gap_more"}
        if slots.get("gap_years") is not None and "gap_years" not in new:
            new["gap_years"] = int(slots["gap_years"]) + 1
    for k in new:
        if k == "tier" and slots.get("tier") == new["tier"]:
            # the same hospital level said again ("那三级那边花了一万" after a transfer to 三级): the same
            # stay, whose course (the level before it) still holds
            continue
        if k == "kind" and slots.get("kind") == new["kind"]:
            # the same kind said again ("要是做了剖宫术呢" after a termination at five months): the same
            # case, whose length of pregnancy still holds
            continue
        if k in _TOGETHER and (replace or k in ("tier", "amount", "amount_unread")):
            for dep in _TOGETHER[k]:
                if dep == "level" and k == asked == "tier" and not replace and not slots.get("tier"):
                    continue    # "二级甲等" asked of the "县医院" told: the hospital's level still holds
                if dep == "level" and k == "tier" and replace and not slots.get("hospital") and "hospital" not in new:
                    # "说错了 是二级甲等医院", "那三甲呢" after "市里三级乙等医院": the level was said of where
                    # the hospital is (市里, 县里), not of one hospital named; a grade said again keeps it
                    continue
                if dep in ("prior_tier", "prior_amount") and k == asked == "tier" and not replace and not slots.get("tier"):
                    continue    # the later stay's tier, asked, answered: the earlier stay told with it stands
                if dep in ("prior_tier", "prior_amount") and k == "tier" and slots.get("transfer") \
                        and slots.get("prior_tier") and "admission" not in new:
                    # "不对 转的是市中心医院 三级的" after a transfer from a 卫生院: the level corrected is the
                    # later stay's, where the transfer went; the stay it came from stands
                    continue
                if dep not in new:
                    slots.pop(dep, None)
    if replace and new.get("level") == "省外" and "care_province" not in new:
        # "要是在外省呢" after a city of the province (named, or "省内别的市"): the place before is left
        slots.pop("care_province", None)
    if new.get("filed") and slots.get("filing") == "未备案" and "filing" not in new:
        # "备了案的" with the bill, after a rule asked of an unfiled stay ("没备案的话比例降多少"), or said
        # again of an unfiled stay computed: the stay is filed, its kind unsaid — still elsewhere, never 市内
        slots.pop("filing", None)
        slots.get("_assume", {}).pop("filing", None)
        slots.setdefault("elsewhere", True)
    if new.get("filing") == "未备案" and slots.get("filed"):
        slots.pop("filed", None)        # "那要是没办备案呢" after a filed stay: the filing said done goes
    if replace and "category" in new and "insurance" not in new and slots.get("_default_insurance"):
        slots.pop("insurance", None)
    if asked == "in_window" and yes is not None and "in_window" not in new:
        new = {**new, "in_window": yes}
    if asked == "wait_over" and yes is not None and "wait_over" not in new:
        new = {**new, "wait_over": yes}
    # a fact the asker now says is theirs, no longer one the form settled by trying every choice
    # ("…合疗的" after a 卫生院 sum both schemes paid alike): `_advance` must not settle it again
    if slots.get("_probed"):
        slots["_probed"] = [name for name in slots["_probed"] if name not in new]
    for k in new:
        slots.get("_assume", {}).pop(k, None)
    slots.pop("_notes", None)
    slots.update(new)


def _hospital_again(old: dict, new: dict) -> None:
    """A follow-up naming a hospital without its tier ("还是在市中心医院"): the tier it was said to have
    earlier in the conversation; a hospital other than the last one's, never said with a tier, leaves
    the tier unknown (asked), never the last hospital's."""
    named = dict(old.get("_named") or {})
    if old.get("hospital") and old.get("tier"):
        named[old["hospital"]] = [old["tier"], old.get("grade")]
    if named:
        old["_named"] = named
    if new.get("level") == "省外" and old.get("level") not in (None, "省外") and old.get("tier") \
            and "tier" not in new and not new.get("hospital"):
        # "那要是去省外住院呢" after a stay at a 县级 二级乙等 hospital: a hospital out of the province is
        # another one, which the class of the one at home does not name — its class unsaid, as if told first
        for k in ("tier", "grade"):
            old.pop(k, None)
    if not new.get("hospital") or "tier" in new:
        return
    seen = named.get(new["hospital"])
    if seen:
        new["tier"] = seen[0]
        if seen[1]:
            new["grade"] = seen[1]
    elif old.get("tier") and old.get("hospital") != new["hospital"] and (old.get("hospital") or len(named)):
        for k in ("tier", "grade"):
            old.pop(k, None)


def _one_hospital(p: Policy, calc: str, s: dict) -> None:
    """"乡镇卫生院这种一级医疗机构": one hospital named twice. Where the region's table gives the two
    the same figures (or lists only one of them), it is that row; otherwise it stays a question."""
    notes = s.get("_notes") or []
    for note in [n for n in notes if n.startswith("pair:tier:")]:
        tier = one_tier(p, calc, note.split(":")[2].split("/"), grade=s.get("grade"), level=s.get("level"))
        if tier:
            notes.remove(note)
            s["tier"] = tier
        else:
            # (with why the two cannot be one hospital, where the region's classes say it: validate asks)
            why = class_mismatch(p, note.split(":")[2].split("/"), grade=s.get("grade"), level=s.get("level"))
            notes[notes.index(note)] = "conflict" + note[len("pair"):] + (":" + why if why else "")


def _one_rule_for_both(p: Policy, calc: str, s: dict) -> None:
    """"门诊在定点药店和二级医院 合规的加起来800": two places of one outpatient bill. Where the asker's
    scheme pays both on the very same row figures (巴中 职工: 二级及以下 and 定点药店 alike), the sum is
    computed on that row, and said; otherwise the conflict stays, and the tier is asked."""
    notes = s.get("_notes") or []
    if calc != "outpatient" or not s.get("insurance"):
        return
    keys = ["居民"] if s["insurance"] == "居民" else \
        (["职工退休"] if s.get("retired") else ["职工在职"] if s.get("retired") is False else ["职工在职", "职工退休"])
    plans = [p.outpatient[k] for k in keys if k in p.outpatient]
    for note in [n for n in notes if n.startswith("conflict:tier:") and n.count(":") == 2]:
        tiers = note.split(":")[2].split("/")
        rows = [{t: (x.deductible, x.deductible_per, x.visit_cap, x.ratio) for t, x in plan.tiers.items()} for plan in plans]
        if plans and all(not plan.missing and "*" not in plan.tiers for plan in plans) \
                and all(all(t in r for t in tiers) and len({r[t] for t in tiers}) == 1 for r in rows):
            notes.remove(note)
            s["tier"] = tiers[0]
            s.setdefault("_assume", {})["tier"] = f"{'和'.join(tiers)}的门诊费用报销规定相同，合在一起计算"


def _is_answer(text: str, ex: Slots, open_: dict, question: bool) -> bool:
    """Does this message answer the open form (rather than ask something else)?"""
    new = slots_from(ex)
    new.pop("_notes", None)
    useful = new or detect_region(text).region or ex.get("yes") is not None or ex.get("count_range") \
        or (open_.get("asked") == "grade" and re.search(r"甲|乙", text))
    if not useful:
        return False
    if SIDE_QUESTION.search(text) and (QUESTION.search(text) or _SPOKEN_ASK.search(text) or "好久" in text):
        # (好久: when, as 四川 asks it — "最迟好久交")
        return False                    # "先问下 去太原住院要备案不": another question first
    if open_.get("ruled") and (WHAT_IF.search(text) or (open_.get("whether") and _OTHER_CASE_OF_RULE.match(text))) \
            and open_.get("asked") not in new and new.get("amount") is None:
        # "要是急诊抢救 没来得及备案呢" while a form whose case's rule was answered waits for the level: another
        # case supposed, whose rule is asked (the search's) — not a fact of the case waiting for its level
        return False
    if not QUESTION.search(text) and not _SPOKEN_ASK.search(text):
        return True                     # a statement: "居民医保，二级医院", "花了300"
    other = calc_kind(text, ex)
    if other and other != open_["calc"] and not is_request(text, ex, other):
        return False                    # "对了，城乡居民一年交多少": another topic, asked about
    if open_.get("asked") and open_["asked"] in new and calc_kind_mod.ASK_AMOUNT.search(text):
        # the figure asked, told in a story with what it yields asked ("今年已经报了280了 这回又花了100
        # 还能报多少"): the answer, however many words of the case come with it
        return True
    residual = ex.blanked(text)
    for r in (*regions.covered(), "甲等", "乙等", "县级", "省市级", "职工", "居民"):
        residual = residual.replace(r, "")
    residual = FILLER.sub("", residual)
    if open_.get("asked") == "amount" and new.get("amount") is not None:
        # the sum asked for, told with the words that say whose and what it is ("她一年药费1000 能报多少"):
        # the answer, not another question
        residual = _BILL_WORDS.sub("", residual)
    # nothing but the facts and the question asked again ("巴中的，能报多少"): an answer, whatever
    # the search makes of those words
    return not residual.strip() or (len(residual) <= 4 and not question)


# ---- running a form -------------------------------------------------------------------

# a hardship said in words that name no one group ("贫困户", "困难家庭"), and the forms whose sum turns on
# the group (each group's 大病 row, 救助 ratio)
VAGUE_GROUP = "困难"
GROUP_FORMS = ("serious_illness", "assistance", "chain", "contribution")


def _lists_group(p: Policy | None, calc: str, category: str) -> bool:
    """Does the region's rule for this form list the category as a group of its own (克拉玛依's 大病
    保险 names 困难人员)?"""
    if p is None:
        return False
    if calc == "assistance":
        return any(category in r.categories for r in (p.assistance.rows if p.assistance else []))
    if calc == "contribution":
        # (the 城乡居民 fee's subsidised groups: 特困, 孤儿, 低保 …)
        resident = p.contributions.resident if p.contributions else None
        return resident is None or category in resident.subsidies
    si = p.serious_illness
    return si is not None and any(category in g.categories for g in si.groups.values())


def _advance(form: dict, open_: dict, now: float, ack: str = "", scheme_told: bool = False) -> FormTurn:
    """The form's next turn: a fact asked, a case computed, or why it cannot be. `scheme_told`: this message
    answered the form's question with the asker's scheme ("职工的"), not a follow-up asking of it ("职工呢")."""
    s = open_["slots"]
    for name in s.pop("_probed", []):
        # a fact settled only because every choice gave the same result ("职工医保和城乡居民医保按此计算
        # 结果相同" at a 卫生院) is settled again for the case as it now stands: after "那二级医院呢" the
        # schemes differ — asked, never the choice the first answer happened to take
        s.pop(name, None)
        s.get("_assume", {}).pop(name, None)
    region = s.get("region")
    if s.get("category") == VAGUE_GROUP and open_["calc"] in GROUP_FORMS and region \
            and not _lists_group(policy_for(region), open_["calc"], VAGUE_GROUP):
        # "俺家是贫困户 大病保险自付三万": hardship said in words of no one group (特困? 低保? 返贫致贫?),
        # whose rows differ: which group is asked, never the ordinary row taken for it
        del s["category"]
        s["_vague_group"] = open_["calc"]          # (whose groups are offered: the fee's subsidised ones)
    if s.get("groups_contrasted") and not s.get("category") and open_["calc"] == "serious_illness" and region:
        # "大病保险 困难的和一般的不一样吧 我负担了五万": the groups asked about as different, the asker's own
        # not said — asked, never the ordinary row taken for it
        s["_vague_group"] = open_["calc"]
    if s.get("group_unsure") and not s.get("category") and open_["calc"] in GROUP_FORMS and region:
        # "低保还是低保边缘户 不晓得": the asker is in one of two groups and does not know which — asked
        # (the groups' rows differ), never the first named nor the ordinary row taken for it
        s["_vague_group"] = open_["calc"]
    if region:
        _one_hospital(policy_for(region), open_["calc"], s)
        _one_rule_for_both(policy_for(region), open_["calc"], s)
    held_notes = s.get("_notes")
    if len(s.get("stays") or ()) >= 3 and held_notes and not (region and policy_for(region).hospital_classes is not None):
        # three or more stays told each with its tier and bill: the tiers are the stays', no conflict — where the
        # region's rows are tiers (one paying by 收费 class asks which hospital as before; no region yet, kept for it)
        s["_notes"] = [n for n in held_notes if not n.startswith(("conflict:tier", "conflict:admission"))]
    problem = validate.check(s, open_["calc"])
    if held_notes is not None and not region:
        s["_notes"] = held_notes
    if problem:
        slot, reason = problem
        return _fail(form, open_, reason, slot, region)
    if not region:
        return _ask(form, open_, "region", None, ack)
    p = policy_for(region)
    if s.pop("care_in_province", None) and regions.get(region) is not None:
        # "省内别的市" is a city of the region's own province, unnamed: read as one named would be
        s["care_province"] = regions.get(region).code[:2] + "0000"
    _other_region_cared(s, region)
    outside = _where_cared(s, region)
    if s.get("filing") == "未备案" and s.get("care_at") in ("本地", region) and not s.get("elsewhere") \
            and not s.get("care_province"):
        # a filing or referral said not made for a stay at home ("在巴中市中心医院住院 没备案"): the region's
        # own hospitals need none — the home rows, never the not-filed row for care elsewhere; the
        # handbook's rule on 救助 for care not referred as required is said beside it
        s["filing"] = "市内"
        if p.assistance is not None and p.assistance.unreferred_note \
                and (open_["calc"] == "assistance" or s.get("category") not in (None, "一般")):
            _assume(s, f"按在本地定点医疗机构就医计算（本地就医不需异地备案）；如属未按规定转诊（手册：{p.assistance.unreferred_note}），"
                    "请向参保地医保经办机构确认", "care_at")
    kind = open_["calc"] = _chronic_or_special(p, open_["calc"], s)
    plan = p.inpatient.get(s.get("insurance") or "")
    if kind == "outpatient" and s.get("emergency") and plan is not None and plan.emergency_as_inpatient:
        # 巴中 职工: 急诊、抢救的门（急）诊费用纳入住院医疗费用报销
        kind = open_["calc"] = "inpatient"
        _assume(s, "急诊、抢救发生的门（急）诊费用纳入住院医疗费用报销（"
                + plan.emergency_as_inpatient.section + "）", "emergency")
    s.pop("_filing_unsure", None)
    if kind in ("inpatient", "chain") and s.get("filing") == "未备案" and s.pop("refiling", None):
        # "没办备案 … 出院了能补办备案吗 … 能报多少": the stay is settled under the filing it ends up with,
        # which the asker is asking about — the handbook asks for it before discharge and says nothing of
        # one made after: the filing is asked, with why, never the not-filed row computed as settled
        s.pop("filing")
        s["elsewhere"] = True
        s["_filing_unsure"] = _refiling_why(p.region) + domain().slots["filing"].ask
    if kind in ("inpatient", "chain") and outside is False and s.get("elsewhere") and not s.get("filing"):
        # 长治: 省内异地住院免备案 — nothing to ask (a stay said to be unfiled keeps the cut: the slides
        # advise filing even so, "不备案比例降低10%"; the 省外 column is _where_cared's)
        stay = p.inpatient.get(s.get("insurance") or "") or next(iter(p.inpatient.values()), None)
        unfiled = stay.filings.get("未备案") if stay is not None else None
        if stay is not None and "省内" in stay.filings and unfiled is not None and unfiled.ratio_cut \
                and not s.get("filed"):
            # ... but the same page cuts an unfiled stay's ratio, and 免备案 is what people hear: whether
            # this stay was filed is asked, never the filed rate taken for it (a stay in 太原 at 60 % or 50 %)
            s["_filing_unsure"] = (f"省内异地住院可以免备案直接结算，但不备案报销比例降低{pct(unfiled.ratio_cut)}，结果不同。"
                                   + domain().slots["filing"].ask)
        elif stay is not None and "省内" in stay.filings:
            s["filing"] = "省内"
    if kind in ("inpatient", "chain") and s.get("tier") and s["tier"] != "药店":
        r = row_for(p, tier=s.get("tier"), grade=s.get("grade"), level=s.get("level"))
        if r.row is None and r.ask is None:
            return _fail(form, open_, r.note + "。", "tier", region)   # 长治: no figures for such a hospital
    if kind == "maternity" and s.get("insurance") in MATERNITY_SCHEMES \
            and not (s.get("_wife_birth") and s.get("spouse_insurance") != "职工"):
        # (a 职工's wife giving birth: her scheme decides — asked first where unsaid; a 居民 wife's is listed)
        # the scheme's birth benefits the handbook lists none of (长治's 职工): said at once — no kind
        # of birth asked could give a figure
        try:
            open_section(p, "maternity", f"{MATERNITY_SCHEMES[s['insurance']]}生育医疗待遇的金额", s["insurance"])
        except NotListed as e:
            return _not_listed(form, open_, s, kind, now, region, e)
    if kind == "inpatient" and s.get("insurance") and p.inpatient and not open_.get("offered") \
            and (not open_.get("asked") or scheme_told) and not _filled(s, "amount") \
            and getattr(p.inpatient.get(s["insurance"]), "missing", None) is not None:
        # the scheme's stay table the handbook lost (长治's 职工: an image) said at once — no level or bill
        # asked could give a figure ("长治的" told after "职工医保 住院能报多少" was asked its bill) — a case
        # asked to be computed, not one only offered beside a rule the pages answer ("住院一年最多报多少")
        # nor a form asking a fact ("职工呢" while a 居民 stay waits for its level: the pages answer it).
        # No case is left to follow up: "居民呢" after it asks the pages again. (A bill told goes on to the
        # calculator, which says the same and keeps the case: "那居民呢" after it computes that bill.)
        # (the scheme told as the answer to what the form asked, "职工的" while it waits for the level, is
        # the case's own: said at once too — its level or bill asked next could give no figure)
        before = form.get("last")
        try:
            plan_for(p, s["insurance"])
        except NotListed as e:
            turn = _not_listed(form, open_, s, kind, now, region, e)
            if before is None:
                form.pop("last", None)
            else:
                form["last"] = before
            return turn
    if kind == "outpatient" and s.get("insurance") == "职工" and p.outpatient:
        # the 职工 outpatient table the handbook lost (长治: 在职 and 退休 alike) said at once — no bill
        # asked could give a figure ("职工医保门诊统筹报多少" was asked its cost, then told nothing)
        keys = ["职工退休"] if s.get("retired") else ["职工在职"] if s.get("retired") is False else ["职工在职", "职工退休"]
        plans = [p.outpatient.get(k) for k in keys]
        if all(plan is not None and plan.missing for plan in plans):
            try:
                open_section(p, "outpatient", "职工门诊统筹待遇", keys[0])
            except NotListed as e:
                return _not_listed(form, open_, s, kind, now, region, e)
    spec = domain().forms[kind]
    if spec.run == "serious_illness" and s.get("amount_spent") and not s.get("_spent_asked") \
            and _filled(s, "amount") and not s.get("after_serious") and not s.get("above_deductible"):
        # "大病保险 我自己花了十万 能报多少": a sum said as spent, whose part basic insurance paid is not said —
        # 大病保险 is on what the asker bears after it (合规自付), so that sum is asked, never the whole bill
        # taken for it
        s["_spent_asked"] = True
        said = s.get("amount_said") or ""
        for k in ("amount", "amount_spent", "amount_said"):
            s.pop(k, None)
        return _ask(form, open_, "amount", p, ack,
                    why=f"大病保险按本年度经基本医保报销后个人负担的合规医疗费用计算，您说的花了{said}里，"
                    "基本医保报销后您自己负担的合规部分是多少？")
    deferred: list[FormSlot] = []
    probed: list[FormSlot] = []
    defaulted: list[FormSlot] = []
    missing: list[str] = []
    for item in spec.slots:
        name = item.slot
        filled = _filled(s, name)
        # a slot with a default is asked only when its condition says so
        need = CONDITIONS[item.when](p, s) if item.when else item.default is None
        if need is None or (need is True and filled):
            continue                    # a condition may name a fact to ask even so (长治's 甲等 / 乙等)
        if not need:
            if item.default is not None and not filled:
                s[name] = item.default
                _assume(s, item.assume, name)
                defaulted.append(item)
            continue
        if item.defer:
            deferred.append(item)
            continue
        if item.probe and need is True and _filled(s, "amount") and not s.get("_filing_unsure"):
            probed.append(item)
            continue
        missing.append(need if isinstance(need, str) else name)
    if s.get("amount_approx") == "rough" and spec.run == "serious_illness":
        # "自己还掏了万把块 大病能报不": whether it reaches the 大病 deductible, computed with the figure
        # said as its lower end (and said so), as 一万多 is
        s["amount_approx"] = "at_least"
        s["_rough_low"] = True
    if missing and missing[0] == "gap_years" and s.get("gap_range") and spec.run == "waiting_period":
        # "断了五六年": computed at both ends — the same wait is the answer (said so); two waits are both
        # said, and the years asked, never one end picked
        both = _gap_range_waits(p, spec.run, s)
        if both is None or both[0] != both[1]:
            lo, hi = s["gap_range"]
            least = f"（补缴修复后都最少等待 {both[2]} 个月）" if both and both[2] is not None else ""
            why = (f"您说的断了{lo}～{hi}年是一个范围：断 {lo} 年等待 {both[0]} 个月，断 {hi} 年等待 {both[1]} 个月{least}，"
                   "结果不同，请告诉我具体断了几年。") if both else ""
            return _ask(form, open_, "gap_years", p, ack, why=why)
        missing.pop(0)
    if not missing and s.get("amount_approx") in ("range", "rough"):
        if s["amount_approx"] == "range" and not deferred and _range_settles(p, spec.run, s):
            pass                        # 五六百 with a 100 元 limit: both ends pay the same
        elif s["amount_approx"] == "range" and deferred and _range_settles_deferred(p, kind, spec.run, s, deferred):
            deferred = []               # ... and the scheme, deferred, gives the same at both ends too
        else:
            s.pop("amount", None)
            what = "一个范围" if s["amount_approx"] == "range" else "个约数，可能多也可能少"
            return _ask(form, open_, "amount", p, ack, why=f"您说的“{s.get('amount_said')}”是{what}，请告诉我具体花了多少钱。")
    if missing == ["tier"] and kind == "inpatient" and _filled(s, "amount") and s.get("insurance") \
            and not s.get("amount_approx") and s.get("_sum_asked"):
        # "县医院住院 合规费用3000 报多少" in 长治: the hospital's level said, not its tier, and the table's
        # classes at that level pay differently — the sum asked is computed for each, side by side, and
        # the tier asked, never one class taken for it (as a gap said as a range is computed at both
        # ends); facts told with nothing asked yet ("住院花了1万5 在县医院"), or a sum only about that
        # much, get the question alone
        each = _each_class_at_level(p, spec.run, s)
        if each:
            turn = _ask(form, open_, "tier", p, ack)
            lines = [f"{s['level']}医院在{region}的住院报销表里分属不同的收费标准，结果不同："]
            for row, calc in each:
                lines.append(f"· {p.tier_name(row)}：{calc.headline}\n  计算：" + "\n  ".join(calc.steps))
            assumptions = list(s.get("_assume", {}).values()) + [a for a in each[0][1].assumptions
                                                                 if all(a in c.assumptions for _, c in each)]
            if assumptions:
                lines.append("按：" + "；".join(assumptions) + "。")
            lines.append("告诉我医院的等级（如二级甲等、二级乙等），我按那一档算。" + turn.text)
            sources = list({tuple(sorted(src.items())): src for _, c in each for src in c.sources}.values())
            first = each[0][1]
            calc = first.model_copy(update={
                "steps": [f"{p.tier_name(row)}：{step}" for row, c in each for step in c.steps],
                "result": {f"{row}_{k}": v for row, c in each for k, v in c.result.items()},
                "headline": lines[0], "sources": sources})
            return FormTurn(kind="calculation", text="\n".join(lines), region=region, calculation=calc,
                            missing_slots=["tier"], suggestions=turn.suggestions,
                            sources=[EntrySource(**src) for src in sources])
    if missing == ["level"] and kind in ("inpatient", "chain") and _filled(s, "amount") and s.get("insurance") \
            and not s.get("amount_approx") and s.get("_sum_asked"):
        # "居民 在三级乙等医院住院花了一万 能报多少" in 长治: the tier's class has a 县级 and a 省、市级 column
        # that pay differently — the sum asked is computed on each, side by side, and the level asked, never
        # one column taken for it (as a level said with no tier is computed for each class)
        each = _each_level_of_class(p, spec.run, s)
        if each:
            turn = _ask(form, open_, "level", p, ack)
            lines = [f"{s['tier']}{(s.get('grade') or '') and s['grade'] + '等'}医院在{region}的住院报销表里，"
                     "县级和省、市级医院分两栏，结果不同："]
            for level, row, calc in each:
                said = "省、市级" if level == "省市级" else level
                lines.append(f"· {said}医院（{p.tier_name(row)}）：{calc.headline}\n  计算：" + "\n  ".join(calc.steps))
            assumptions = list(s.get("_assume", {}).values()) + [a for a in each[0][2].assumptions
                                                                 if all(a in c.assumptions for _, _, c in each)]
            if assumptions:
                lines.append("按：" + "；".join(assumptions) + "。")
            lines.append(turn.text)
            sources = list({tuple(sorted(src.items())): src for _, _, c in each for src in c.sources}.values())
            first = each[0][2]
            calc = first.model_copy(update={
                "steps": [f"{level}：{step}" for level, _, c in each for step in c.steps],
                "result": {f"{row}_{k}": v for _, row, c in each for k, v in c.result.items()},
                "headline": lines[0], "sources": sources})
            return FormTurn(kind="calculation", text="\n".join(lines), region=region, calculation=calc,
                            missing_slots=["level"], suggestions=turn.suggestions,
                            sources=[EntrySource(**src) for src in sources])
    if missing:
        # (an inpatient stay's scheme, deferred, is no unknown here: own_rule gives each scheme's row)
        known = all(domain().slots[m].own or m in spec.listed for m in missing) and \
            all(_settle(p, s, kind, item, probe=False) or (kind == "inpatient" and item.slot == "insurance")
                for item in deferred)
        # (a hospital out of the province, where the handbook lists few: what it does list, then the question)
        gap = unlisted_at(p, s.get("level")) if missing[0] == "tier" and kind in ("inpatient", "chain") else ""
        why = gap + domain().slots["tier"].ask if gap else s.pop("_filing_unsure", "") if missing[0] == "filing" else ""
        if not why and missing[0] == "tier" and kind in ("inpatient", "chain") and not s.get("transfer") \
                and int(s.get("admission") or 1) > 1:
            # (a later stay of the year, the earlier one told: the tier asked is this stay's — said which, so
            # the earlier stay's hospital is not given again)
            why = _LATER_STAY_TIER_ASK.format(n=_ORDINAL.get(int(s["admission"]), s["admission"]))
        turn = _ask(form, open_, missing[0], p, ack, why=why)
        turn.case_known = known
        return turn
    if kind in ("inpatient", "chain") and s.get("filing") == "未备案" and s.get("emergency") is None \
            and _filled(s, "amount"):
        # "去外省住院 没备案 花了一万": computed by the not-filed row (非急诊且未转诊), as the asker's
        # words say; an emergency (急诊抢救) elsewhere is taken as filed, at another rate — its result is
        # said beside, never left out silently
        other = _emergency_result(p, s, kind)
        if other:
            _assume(s, f"按非急诊计算；如属异地急诊抢救（视同已备案）：{other}", "filing")
    if kind in ("inpatient", "chain") and s.get("tier") and not s.get("level") and p.hospital_classes is not None \
            and _filled(s, "amount"):
        # a class of hospital with a 县级 and a 省、市级 column (长治's 三类), no level said: the rules take the
        # 县级 one — said, with the 省、市级 column's result beside, never the column taken silently
        city = row_for(p, tier=s.get("tier"), grade=s.get("grade"), level="省市级").row
        if city and city != row_for(p, tier=s.get("tier"), grade=s.get("grade"), level=None).row:
            other = _other_result(p, s, spec.run, "level", "省市级")
            if other:
                _assume(s, f"未说明是县级还是省、市级医院，按县级医院计算；若为省、市级医院：{other}", "level")
    if spec.run == "serious_illness" and not s.get("category") and _filled(s, "amount"):
        # no group said: the ordinary group's rows are taken (the answer says 普通人员) — and the region's one
        # other group's result said beside, never left out (克拉玛依's 困难人员: a lower deductible, higher rates)
        other = _other_group(p)
        said = _other_result(p, s, spec.run, "category", other[0]) if other else ""
        if said:
            _assume(s, f"未说明人员类别，按普通人员计算；如属{other[1]}：{said}", "category")
    if kind in ("inpatient", "chain") and s.get("outpatient_bill") is not None:
        # an outpatient visit told before the stay ("看了门诊花了300 后来又住了一次院"): its bill is the visit's, set
        # apart and said so — never taken for an earlier stay, nor added to this one
        _assume(s, f"住院前看门诊花的 {Decimal(str(s['outpatient_bill'])):f} 元是门诊费用，不算在这次住院里，也不算一次住院；"
                   "门诊费用按门诊的规定另外报销", "outpatient_bill")
    for item in defaulted:
        if item.beside is not None and item.apart:
            other = _other_result(p, s, spec.run, item.slot, item.beside)
            if other:
                _assume(s, item.apart.format(other), item.slot)
    for item in probed:                 # before the scheme, which is asked last
        if not _probe(p, s, kind, item):
            return _ask(form, open_, item.slot, p, ack)
    for item in deferred:
        if not _settle(p, s, kind, item):
            return _ask(form, open_, item.slot, p, ack)
    try:
        calc = RUNNERS[spec.run](p, s)
    except NotListed as e:
        return _not_listed(form, open_, s, kind, now, region, e)
    except BadInput as e:
        if e.slot in domain().slots and e.slot != "amount" and not _filled(s, e.slot):
            return _ask(form, open_, e.slot, p, ack, why=e.reason)
        return _fail(form, open_, e.reason, e.slot, region)
    if s.get("amount_approx") == "at_least" and s.get("amount") is not None:
        # "一万多": where the figure asked, or the yes/no, is the same at the top of what the words allow
        # as at their lower end, that is the answer; otherwise the lower end's result is shown and the
        # exact sum asked. (An estimate asked, "大概能报多少", or no figure asked of the sum — the rule
        # asked beside it, the case told — is answered at the lower end, said.)
        high = _at_the_top(p, spec.run, s)
        s["_at_least_settled"] = high is not None and _paid(calc) == _paid(high)
        asks = s.get("_amount_asked")
        settled = s["_at_least_settled"] or (asks == "whether" and high is not None and _pays_any(calc) == _pays_any(high))
        # (a lower end the fund pays nothing at, where more would be paid — "自己掏的还超过五万", the
        # threshold itself — is no answer however the sum is asked: "不再报销" would be a wrong one)
        # (a rough sum, 万把块, read at its lower end for whether it reaches the deductible, stays so answered)
        nothing_yet = high is not None and not s.get("_rough_low") and not any(_pays_any(calc).values()) \
            and any(_pays_any(high).values())
        if (asks in ("how_much", "whether") or nothing_yet) and not settled:
            return _lower_end_then_ask(form, open_, p, s, calc, ack)
    form.pop("open", None)
    form["last"] = {"calc": kind, "slots": s, "at": now, **({"text": open_["text"]} if open_.get("text") else {}),
                    **({"own": open_["own"]} if "own" in open_ else {})}
    if calc.result.get("fund_pays") is not None:
        # (what the fund paid on this bill: another bill of the year after it is paid within what is left)
        form["last"]["fund_paid"] = str(calc.result["fund_pays"])
    # (the case computed, its figures kept: a figure doubted next is checked against this case, not the
    # policy's general row — intents.case_doubt)
    form["last"]["case"] = {"name": calc.name, "inputs": calc.inputs, "result": calc.result, "sources": calc.sources}
    if "emergency" in s.get("_assume", {}) and plan is not None and plan.emergency_as_inpatient:
        src = plan.emergency_as_inpatient.model_dump()
        if src not in calc.sources:
            calc.sources.insert(0, src)
    if s.get("amount_monthly"):
        each, n = s["amount_monthly"]
        _assume(s, f"按每月 {each} 元 × {n} 个月 = {Decimal(str(s['amount'])):f} 元计算", "amount_monthly")
    if s.get("gap_years") and kind not in GAP_CALCS and p.waiting_period:
        _assume(s, "您提到断保：断保后再参保设有待遇等待期，等待期内发生的费用不能报销，这里按已过等待期计算", "gap")
    if paid_just_asked(p, kind, s, calc):
        # "住了院花了八千 … 合疗是才交的": a payment made after the window (or after a gap) waits, and care in
        # the wait is not paid at all — the rule said and the facts that decide it asked, the sum given only
        # as what is paid once no wait runs, never stated as the answer
        window = p.payment_window
        text = texts_paid_just(window.after) + "\n" + render(calc, s)
        sources = [*calc.sources, *([window.source.model_dump()] if window.source.model_dump() not in calc.sources else [])]
        return FormTurn(kind="clarify", text=text, region=region, calculation=calc, missing_slots=["gap_years"],
                        sources=[EntrySource(**src) for src in sources])
    return FormTurn(kind="calculation", text=render(calc, s), region=region, calculation=calc,
                    sources=[EntrySource(**src) for src in calc.sources])


def _class_of_row(row: str) -> str:
    """The 收费 class a row of a table by class is of (长治's "三类省市级" is 三类's column at that level)."""
    return re.sub(r"(?:县级|省市级|省外)$", "", row)


def paid_just_asked(p: Policy, kind: str, s: dict, calc: Calculation) -> bool:
    """A bill computed where the cover was said to be just paid for and nothing of the year before nor of
    the month paid ("医保是这两天才交的"): where the region's handbook says what paying after its window means,
    whether a wait runs decides whether the bill is paid."""
    return bool(s.get("paid_just")) and kind not in GAP_CALCS and p.payment_window is not None \
        and calc.result.get("fund_pays") is not None and s.get("gap_years") is None \
        and s.get("paid_month") is None and not s.get("in_window") and s.get("wait_over") is None


def texts_paid_just(after: str) -> str:
    """The question back for a bill whose cover was just paid for, with the handbook's words on paying late."""
    return (f"您说医保是刚交的：要先看有没有待遇等待期，等待期内发生的费用不能报销。手册：{after}。\n"
            "请问您上一年度有没有参保、这次是哪个月交的？\n如果不在等待期内，按下面计算：")


def _each_class_at_level(p: Policy, run: str, s: dict) -> list[tuple[str, Calculation]]:
    """The stay computed on each row of the region's table that a hospital of the level said may be
    in (长治's 县级: 三类 for 二级乙等及以下, 二类县级 for 二级甲等 and 三级乙等), the tier not said:
    [] where the region's table is not by class, or the level leaves one row."""
    if p.hospital_classes is None or s.get("tier") or not s.get("level"):
        return []
    tiers: dict[str, list[tuple[str, str | None]]] = {}
    assumed: dict[str, list[tuple[str, str | None]]] = {}
    for tier in named_tiers(p):
        for grade in (None, "甲", "乙"):
            r = row_for(p, tier=tier, grade=grade, level=s["level"])
            if r.row and r.ask is None:
                # (a row read with an assumption — 长治's 三类 at 省、市级 — is compared, never shown for the class)
                (assumed if r.assume else tiers).setdefault(_class_of_row(r.row), []).append((tier, grade))
    if len(tiers) < 2:
        return []
    each = []
    for row, hospitals in tiers.items():
        try:
            calcs = [RUNNERS[run](p, {**s, "tier": tier, **({"grade": grade} if grade else {})})
                     for tier, grade in hospitals + assumed.get(row, [])]
        except (NotListed, BadInput):
            return []
        if len({tuple(sorted((k, str(v)) for k, v in c.result.items())) for c in calcs}) > 1:
            # (a class whose hospitals at this level may be paid on different columns: no one figure stands for
            # the class, so the hospital's grade is asked alone)
            return []
        each.append((row_for(p, tier=hospitals[0][0], grade=hospitals[0][1], level=s["level"]).row, calcs[0]))
    return each


def _each_level_of_class(p: Policy, run: str, s: dict) -> list[tuple[str, str, Calculation]]:
    """The stay computed on each column of the class the hospital said is in (长治's 二类: 县级 and 省、市级),
    its level not said: (level, row, calculation) each; [] where the levels leave one row, or a
    column's figures are not listed."""
    if p.hospital_classes is None or not s.get("tier") or s.get("level"):
        return []
    choices = domain().slots["level"].choices
    rows = {}
    for level in choices if isinstance(choices, list) else []:
        r = row_for(p, tier=s.get("tier"), grade=s.get("grade"), level=level)
        if not r.row or r.ask is not None or r.assume:
            return []
        rows.setdefault(r.row, level)
    if len(rows) < 2:
        return []
    each = []
    for row, level in rows.items():
        try:
            each.append((level, row, RUNNERS[run](p, {**s, "level": level})))
        except (NotListed, BadInput):
            return []
    return each


# what a transfer owes of the deductible, asked with no bill ("那要补好多", "转过去还要补多少")
TOPUP_ASKED = re.compile(r"补(?:交|计|缴|差额?)?(?:的)?(?:是|有|要)?(?:多少|好多|几多)")


def _topup(form: dict, open_: dict | None, body: str, new: dict, region: str | None, now: float) -> FormTurn | None:
    """A transfer's stay whose rule was just answered (the offer waits for the bill), asked what the
    transfer owes of the deductible: the difference, computed from the policy's table (no bill
    needed); the offer still waits for the bill. None when the message is no such question."""
    if not open_ or not open_.get("offered") or open_["calc"] not in STAY_CALCS or not TOPUP_ASKED.search(body):
        return None
    s = open_["slots"]
    if not (s.get("transfer") and s.get("prior_tier") and s.get("tier") and s.get("insurance")):
        return None
    # (the earlier stay told again, "卫生院已经交了100的起付", is that stay's, not this one's hospital)
    # (... nor is a fact of the case told again as it is: "…转到三级医院 … 起付线又要全部交一遍吗（要补好多）", the
    # question before read with this one)
    told = {k: v for k, v in new.items() if not k.startswith("_") and not (k == "tier" and v == s["prior_tier"])
            and s.get(k) != v}
    if set(told) - {"deductible_paid", "deductible_paid_amount", "insurance", "region"} \
            or (told.get("insurance") not in (None, s["insurance"])):
        return None
    where = s.get("region") or region
    if not where:
        return None
    from calculators.inpatient import deductible_topup
    try:
        calc = deductible_topup(policy_for(where), insurance=s["insurance"], tier=s["tier"], prior_tier=s["prior_tier"],
                                filing=s.get("filing") or "市内", prior_paid=told.get("deductible_paid_amount"))
    except (NotListed, BadInput):
        return None         # (the rule said as it is, by the search)
    open_["updated"] = now
    return FormTurn(kind="calculation", text=render(calc), region=where, calculation=calc,
                    sources=[EntrySource(**src) for src in calc.sources])


# the sum of the deductible asked ("起付线还要补交好多", "起付线还要交多少"), or how it is reckoned ("起付线怎么算"),
# or a sum said to be owed in full again checked ("起付线又要交600吗": the sum owed is the answer) — not whether
# one is owed at all
TOPUP_SUM_ASKED = re.compile(r"(?:起付|门槛)[^。？?！!]{0,12}?(?:多少|好多|几多|咋个?算|怎么算|怎样算|如何算|咋计算|怎么计算"
                             r"|(?:重新|再|又|还)(?:要|得)?(?:交|缴|付|扣|算)(?:一次|一遍)?\s*\d)")


def topup_owed(body: str, state: dict, region: str | None):
    """A stay after an earlier one, the levels of both said and no bill, asked what it owes of the
    deductible: the figure computed (the difference, or none) when the case fixes it — a transfer, or
    a region whose rule holds for all the year's stays (克拉玛依). None otherwise: a later stay in 巴中
    not said to be a transfer owes the difference only if it is one, and the rule says both."""
    open_ = (state.get("form") or {}).get("open")
    if not open_ or open_.get("calc") not in STAY_CALCS or not TOPUP_SUM_ASKED.search(body):
        return None
    s = open_["slots"]
    where = s.get("region") or region
    if not (where and s.get("tier") and s.get("prior_tier")) or "amount" in s:
        return None
    p = policy_for(where)
    # (the scheme not said: each scheme's rule where its handbook states one, computed only where they
    # give one figure — deductible_topup says which schemes' rule it is)
    plans = [p.inpatient.get(s["insurance"])] if s.get("insurance") else \
        [plan for plan in (p.inpatient or {}).values() if not plan.missing and plan.transfer]
    if not plans or any(plan is None or plan.missing or not plan.transfer for plan in plans):
        return None
    if not (s.get("transfer") or all(plan.transfer.scope == "year" for plan in plans)):
        return None
    from calculators.inpatient import deductible_topup
    try:
        return deductible_topup(p, insurance=s.get("insurance"), tier=s["tier"], prior_tier=s["prior_tier"],
                                filing=s.get("filing") or "市内")
    except (NotListed, BadInput):
        return None


def _of_another_group(s: dict, group: str, region: str | None) -> bool:
    """Are the case's diseases all of a 门诊慢病 group other than `group` (长治's 一类 / 二类)?"""
    where = s.get("region") or region
    ch = policy_for(where).chronic if where else None
    found = [find_disease(ch.diseases, n) for n in s.get("diseases") or ()] if ch else []
    return bool(found) and all(d is not None and d.group and d.group != group for d in found)


def _other_region_cared(s: dict, region: str) -> None:
    """A stay in another covered region than the one of cover (巴中's 合疗 in a 长治 hospital): the place of
    cover decides the rules, and for it the stay is 异地就医 — never the home rows the region's own name
    gave (市内), an emergency there its emergency row; its province is the place of care's."""
    care = s.get("care_region")
    if not care or care == region or s.get("care_province"):
        return
    s["care_province"] = regions.get(care).code[:2] + "0000"
    if s.get("filing") == "市内":
        del s["filing"]
    if s.get("filing"):
        return
    if s.get("emergency"):
        s["filing"] = "急诊"
    else:
        s["elsewhere"] = True


def _where_cared(s: dict, region: str) -> bool | None:
    """A place of care named (在北京住院): out of the region's province, the hospital is 省外 (长治's
    table has a column for it); in it, it is not, whatever was said before. Returns whether it is
    out of the province (None: no place of care named)."""
    if not s.get("care_province"):
        return None
    outside = regions_mod.outside_province(s["care_province"], region)
    if outside:
        s["level"] = "省外"
    elif outside is False and s.get("level") == "省外":
        s.pop("level")
    return outside


def _range_settles(p: Policy, run: str, s: dict) -> bool:
    """An amount said as a range (五六百, 三四千) computed at both ends: when the fund pays the same
    (a limit reached at the lower end), that is the answer, computed from the lower end and said so;
    otherwise the asker gives the figure."""
    from intents.numbers import find_numbers
    said = [n for n in find_numbers(str(s.get("amount_said") or "")) if n.is_range]
    if not said or s.get("amount") is None:
        return False
    try:
        low = RUNNERS[run](p, s)
        high = RUNNERS[run](p, {**s, "amount": said[0].value})
    except (NotListed, BadInput, KeyError):
        return False
    pays = low.result.get("fund_pays")
    if pays is None:
        # a calculation with no fund_pays (生育's 定额 and 限额): settled when every figure it gives is the
        # same at both ends ("七八百" over a 500 元 limit)
        if not low.result or low.result != high.result:
            return False
        _assume(s, f"您说的“{s.get('amount_said')}”是一个范围：按 {Decimal(s['amount']):f} 元和 {said[0].value:f} 元算，"
                   "结果都一样", "amount")
        return True
    if pays != high.result.get("fund_pays"):
        return False
    _assume(s, f"您说的“{s.get('amount_said')}”是一个范围：按 {Decimal(s['amount']):f} 元和 {said[0].value:f} 元算，"
               f"医保支付都是 {pays:g} 元；个人自付按下限 {Decimal(s['amount']):f} 元计算，实际多花的部分由个人负担", "amount")
    return True


def _range_settles_deferred(p: Policy, kind: str, run: str, s: dict, deferred: list) -> bool:
    """_range_settles for a case whose deferred slots (the scheme, asked last) are still open: each
    settled without asking (one listed, or every choice the same at the lower end), then both ends
    computed; `s` takes the settled slots only when the range settles too ("两病 降压药一年七八百":
    the scheme and the range both give the year's limit)."""
    import copy
    trial = copy.deepcopy(s)
    if not all(_settle(p, trial, kind, item) for item in deferred) or not _range_settles(p, run, trial):
        return False
    s.clear()
    s.update(trial)
    return True


def _place(x: Decimal) -> Decimal:
    """The place of a figure's last nonzero digit: 一万多 is 10000 to 20000, 一万二千多 12000 to 13000,
    600多 600 to 700, 二十多万 200000 to 300000."""
    n, unit = int(x), 1
    while n and n % (unit * 10) == 0:
        unit *= 10
    return Decimal(unit)


def _paid(calc: Calculation) -> dict:
    """What a calculation says the funds pay (not what is left to the asker)."""
    return {k: v for k, v in calc.result.items()
            if (k.endswith("_pays") and k != "self_pays") or k in ("total", "top_up", "prenatal_top_up", "cap_reached")}


def _pays_any(calc: Calculation) -> dict:
    """Whether each fund of a calculation pays anything at all."""
    return {k: v > 0 for k, v in _paid(calc).items() if isinstance(v, (int, float))}


def _at_the_top(p: Policy, run: str, s: dict) -> Calculation | None:
    """The calculation at the top of what a sum said as at least a figure allows (一万多: 19999)."""
    amount = Decimal(str(s["amount"]))
    try:
        return RUNNERS[run](p, {**s, "amount": str(amount + _place(amount) - 1)})
    except (NotListed, BadInput, KeyError):
        return None


def _lower_end_then_ask(form: dict, open_: dict, p: Policy, s: dict, calc: Calculation, ack: str) -> FormTurn:
    """"二级医院住院花了一万多 报好多": what the lower end gives, shown with its working, and the exact
    sum asked — the form waits for it (a sum only at least that much is no figure to answer with)."""
    said, low = s.get("amount_said"), Decimal(str(s["amount"]))
    shown = render(calc, {**s, "amount_approx": None}).split("\n")
    why = "\n".join([f"您说的“{said}”不是准确金额，先按下限 {low:f} 元算：", *shown,
                     f"实际金额高于 {low:f} 元，结果可能不同，以准确金额为准。"
                     f"请告诉我准确金额（例如 {low + _place(low) * 3 / 10:f}），我按实际金额算。"])
    turn = _ask(form, open_, "amount", p, ack, why=why)
    if turn.kind == "clarify":
        turn.calculation, turn.sources = calc, [EntrySource(**src) for src in calc.sources]
    return turn


def _gap_range_waits(p: Policy, run: str, s: dict) -> tuple[int, int, int | None] | None:
    """The waits for a gap said as a range of years (五六年) at its two ends, and the least wait after
    repair where both ends share it; when the waits are the same, the gap is taken at the lower end
    and the answer says both ends were counted."""
    lo, hi = s["gap_range"]
    try:
        low = RUNNERS[run](p, {**s, "gap_years": lo})
        high = RUNNERS[run](p, {**s, "gap_years": hi})
    except (NotListed, BadInput, KeyError):
        return None
    a, b = low.result.get("months"), high.result.get("months")
    if a is None or b is None:
        return None
    if a == b:
        s["gap_years"] = lo
        more = ""
        if low.result.get("repair_fee") is not None and low.result.get("repair_fee") != high.result.get("repair_fee"):
            more = f"；补缴费用按断 {hi} 年全部补缴约 {high.result['repair_fee']:g} 元"
        _assume(s, f"您说断了{lo}～{hi}年：按断 {lo} 年和断 {hi} 年算，等待期都是 {a:g} 个月，以下按 {lo} 年列出{more}",
                "gap_years")
    la, lb = low.result.get("least_months"), high.result.get("least_months")
    return int(a), int(b), (int(la) if la is not None and la == lb else None)


def _filled(s: dict, name: str) -> bool:
    if name == "disease":
        return bool(s.get("diseases"))
    if name == "pregnancy":
        return any(s.get(k) is not None for k in ("pregnancy_months", "pregnancy_weeks"))
    if name == "tier":
        return s.get("tier") is not None
    return s.get(name) not in (None, [], "")


def _assume(s: dict, text: str, slot: str = "") -> None:
    """An assumption the answer states, kept with the slot it filled (dropped when the asker gives it)."""
    if text:
        s.setdefault("_assume", {})[slot or text] = text


def _probed(s: dict, name: str) -> None:
    """A slot filled only because every choice gave the same result: each step of the form settles it
    again for the case as it stands (`_advance`), never keeps the choice taken."""
    if name not in s.setdefault("_probed", []):
        s["_probed"].append(name)


def _settle(p: Policy, s: dict, kind: str, item: FormSlot, probe: bool = True) -> bool:
    """A deferred slot: filled without asking when the handbook lists one choice only, or (`probe`)
    when every choice gives the same result; False when the asker must choose."""
    name = item.slot
    if _filled(s, name):
        return True
    listed = schemes_listed(p, kind, s) if name == "insurance" else []
    if len(listed) == 1:
        s[name] = listed[0]
        _assume(s, f"手册只列出{'城乡居民医保' if listed[0] == '居民' else '职工医保'}的这项待遇", name)
        return True
    given = schemes_with_figures(p, kind, listed) if _filled(s, "amount") else listed
    if len(listed) > 1 and len(given) == 1:
        # 长治's 职工 门诊统筹 was an image and is lost, a bill told: the one scheme whose figures the handbook gives is
        # computed, and the answer says the other's are not listed (asking would only lead to "not listed")
        s[name] = given[0]
        lost = "职工医保" if given[0] == "居民" else "城乡居民医保"
        _assume(s, f"手册只列出{'城乡居民医保' if given[0] == '居民' else '职工医保'}的这项待遇，按此计算"
                   f"（{lost}的这项待遇手册中缺失；如您参加的是{lost}，以上结果不适用）", name)
        return True
    if not probe:
        return False
    options = listed or _choices(name, p, s)
    results = []
    for choice in options:
        try:
            calc = RUNNERS[domain().forms[kind].run](p, {**s, name: choice})
        except (NotListed, BadInput, KeyError):
            return False
        results.append({k: v for k, v in calc.result.items()})
    if len(results) > 1 and all(r == results[0] for r in results):
        s[name] = options[0]
        _probed(s, name)
        _assume(s, "未说明参保类型：职工医保和城乡居民医保按此计算结果相同" if name == "insurance" else item.assume, name)
        return True
    return False


def _emergency_result(p: Policy, s: dict, kind: str) -> str:
    """The headline of an unfiled stay elsewhere computed as an emergency (the region's 急诊 row),
    where it differs; "" where the handbook gives no 急诊 figures or the result is the same."""
    run = RUNNERS[domain().forms[kind].run]
    try:
        urgent = run(p, {**s, "filing": "急诊"})
        if urgent.result == run(p, s).result:
            return ""
    except (NotListed, BadInput, KeyError):
        return ""
    return urgent.headline.rstrip("。")


_FIGURES = re.compile(r"\d[\d,.]*")


def _other_group(p: Policy) -> tuple[str, str] | None:
    """(a category of it, its members named) of the one 大病 group beside the ordinary one in the region's
    policy file; None where there are more, or none."""
    from calculators.serious_illness import GROUP_WORDS
    si = p.serious_illness
    others = [g for name, g in si.groups.items() if name != "一般"] if si is not None else []
    if len(others) != 1 or not others[0].categories:
        return None
    cats = others[0].categories
    return cats[0], "、".join(GROUP_WORDS.get(c, c) for c in cats)


def _other_result(p: Policy, s: dict, run_name: str, slot: str, value) -> str:
    """The headline computed with `slot` at `value` instead of the default taken, where it differs;
    "" where it is the same, or cannot be computed."""
    run = RUNNERS[run_name]
    try:
        other, taken = run(p, {**s, slot: value}), run(p, s)
        # (the same figures said in other words, "等待期 3 个月，自缴费之日起算，6月15日后…": the same answer)
        if other.result == taken.result or _FIGURES.findall(other.headline) == _FIGURES.findall(taken.headline):
            return ""
    except (NotListed, BadInput, KeyError):
        return ""
    return other.headline.rstrip("。")


def _probe(p: Policy, s: dict, kind: str, item: FormSlot) -> bool:
    """A slot that may not change the answer (which 异地就医备案): the calculator is run with each
    choice. One result: filled with the first, and said. Two, where only the last choice (没备案)
    differs: computed for the others, the last's result said beside. Otherwise False: asked."""
    name = item.slot
    values = [v for v in (extract(c, expecting=name).get(name) for c in _choices(name, p, s)) if v]
    filed = name == "filing" and s.get("filed")
    if filed:
        # a filing said done ("已经备案了"), its kind not: only the kinds of filing are tried — neither 没备案
        # nor an emergency (视同已备案, no filing of the asker's own)
        values = [v for v in values if v not in ("未备案", "急诊")]
    if len(values) < 2:
        return False
    run = RUNNERS[domain().forms[kind].run]
    results: list[tuple] = []
    calcs: list[Calculation | None] = []
    base = dict(s)
    listed = schemes_listed(p, kind, s) if not s.get("insurance") else []
    if len(listed) == 1:
        base["insurance"] = listed[0]       # the scheme, settled after, where the handbook lists one only
    elif len(listed) > 1 and not item.apart and not item.compare:
        # the scheme still open (asked last): the slot settles when, under each scheme listed, every
        # choice gives the same result — the scheme's own question is not this slot's
        def results(case: dict) -> list:
            try:
                return [run(p, {**case, name: v}).result for v in values]
            except BadInput as e:
                # a fact the scheme asks of its own (在职 or 退休): each of its choices tried
                if not e.slot or e.slot in case:
                    raise
                more = [x for x in (extract(c, expecting=e.slot).get(e.slot) for c in _choices(e.slot, p, s)) if x is not None]
                if not more:
                    raise
                return [r for x in more for r in results({**case, e.slot: x})]
        try:
            each = [results({**base, "insurance": i}) for i in listed]
        except (NotListed, BadInput, KeyError, RecursionError):
            return False
        if all(r == rs[0] for rs in each for r in rs):
            s[name] = values[0]
            _assume(s, item.assume, name)
            _probed(s, name)
            return True
        return False
    for v in values:
        try:
            calc = run(p, {**base, name: v})
        except NotListed as e:
            results.append(("not_listed", e.reason))
            calcs.append(None)
            continue
        except (BadInput, KeyError):
            return False
        results.append(tuple(sorted((k, str(x)) for k, x in calc.result.items()
                                    if not item.compare or k in item.compare)))
        calcs.append(calc)
    if item.compare:
        given = [(v, r) for v, r, c in zip(values, results, calcs) if c is not None]
        if len(given) >= 2 and len({r for _, r in given}) == 1:
            s[name] = given[0][0]
            _assume(s, item.assume, name)
            _probed(s, name)
            return True
        if not item.apart:
            return False
        # (the figures compared differ: with `apart`, the last choice's result said beside, below)
    if len(set(results)) == 1:
        s[name] = values[0]
        _assume(s, "已备案（您没说是哪种备案：各类备案按此计算结果相同）" if filed else item.assume, name)
        _probed(s, name)
        return True
    if filed:
        return False            # (the kinds differ: which one is asked)
    last = calcs[-1]
    # a choice the handbook gives no figures for (长治: 急诊) does not make the others differ
    listed = [(v, r) for v, r, c in zip(values[:-1], results[:-1], calcs[:-1]) if c is not None]
    if item.apart and last is not None and listed and len({r for _, r in listed}) == 1:
        s[name] = listed[0][0]
        _assume(s, item.apart.format(last.headline.rstrip("。")), name)
        return True
    return False


def _chronic_or_special(p: Policy, kind: str, s: dict) -> str:
    """巴中 lists 恶性肿瘤、透析 … as 门诊特病, 长治 and 克拉玛依 as 门诊慢病: follow the region's list."""
    if kind not in ("chronic", "special") or not s.get("diseases"):
        return kind
    in_chronic = any(p.chronic and find_disease(p.chronic.diseases, n) for n in s["diseases"])
    in_special = any(p.special and find_disease(p.special.diseases, n) for n in s["diseases"])
    if kind == "chronic" and in_special and not in_chronic:
        return "special"
    if kind == "special" and in_chronic and not in_special:
        return "chronic"
    return kind


def render(calc: Calculation, s: dict | None = None) -> str:
    lines = [calc.headline]
    if calc.steps:
        lines.append("计算：" + "\n".join(calc.steps))
    assumptions = list((s or {}).get("_assume", {}).values()) + list(calc.assumptions)
    if s and s.get("amount_parts") and not s.get("visit_bills") and not (s.get("same_day") and calc.name == "outpatient") \
            and not (s.get("bases") and calc.inputs.get("bases")):
        # (several bases: the calculation's own step adds them)
        # (one day's visits: the calculation's own step adds them, under the region's rule)
        parts = [Decimal(x) for x in s["amount_parts"]]
        assumptions.insert(0, "费用按您说的各项相加：" + " + ".join(f"{x:f}" for x in parts) + f" = {sum(parts):f} 元")
    if s and s.get("amount_approx") == "at_least" and s.get("amount") is not None:
        more = "已到年度支付限额，实际多花的部分不会再多报" if calc.result.get("cap_reached") == "yes" \
            else "按下限算已到支付的上限，实际多花的部分也不会多报" if s.get("_at_least_settled") \
            else "实际多花的部分会多报一些；告诉我准确金额可以重算"
        assumptions.insert(0, f"您说的“{s.get('amount_said')}”按下限 {Decimal(s['amount']):f} 元计算，{more}")
    if s and s.get("amount_approx") == "about" and s.get("amount") is not None:
        # "大概三百六", "五千左右": computed with the figure said, and said to be approximate
        assumptions.insert(0, f"您说的是约数（{s.get('amount_said')}），按 {Decimal(s['amount']):f} 元计算，结果也是大概；"
                              "告诉我准确金额可以重算")
    if assumptions:
        lines.append("按：" + "；".join(assumptions) + "。")
    return "\n".join(lines)


def _fail(form: dict, open_: dict, reason: str, slot: str | None, region: str | None) -> FormTurn:
    """Bad input: say why, keep the form open so the next reply can fix the slot."""
    s = open_["slots"]
    if slot:
        for k in (slot, *_TOGETHER.get(slot, ())):
            s.pop(k, None)
        open_["asked"] = slot if slot in domain().slots else None
        open_.setdefault("said", []).append(reason)
        form["open"] = open_
    else:
        form.pop("open", None)
    return FormTurn(kind="invalid", text=reason, region=region, missing_slots=[slot] if slot else [])
