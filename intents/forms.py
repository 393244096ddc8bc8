"""Multi-turn calculation forms: collect the slots a calculator needs, one question at a time.

    handle(text, state, region=..., now=...) -> FormTurn | None

State lives in state["form"] (plain JSON):
    open: {"calc", "slots", "asked", "updated"}   a form still collecting slots
    last: {"calc", "slots", "at"}                 the last completed calculation, for “那如果是三级医院呢”

Transitions:
    new request ──missing slot──▶ clarify (open) ──answer──▶ … ──all slots──▶ calculation (last)
    open ──“算了/取消”──▶ cancelled;  open ──unrelated question──▶ None (the form waits)
    open/last ──older than FORM_TTL──▶ dropped
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Literal

from pydantic import BaseModel, Field

from calculators import assistance as assistance_mod
from calculators import chain as chain_mod
from calculators.chronic import chronic, find_disease, special
from calculators.common import BadInput, NotListed, check_amount
from calculators.contribution import resident_contribution, staff_contribution
from calculators.inpatient import inpatient
from calculators.maternity import maternity
from calculators.money import D
from calculators.outpatient import outpatient, two_diseases
from calculators.policy import Policy, policy_for
from calculators.result import Calculation
from calculators.serious_illness import serious_cap, serious_illness
from calculators.waiting_period import waiting_period
from corpus.entries import EntrySource
from intents import calc_kind as calc_kind_mod
from intents.calc_kind import calc_kind, is_follow_up, is_request
import regions
from intents.regions import detect_region
from intents.slots import Slots, extract

FORM_TTL = 600.0          # seconds a half-filled form or a finished one stays usable
CANCEL = re.compile(r"^(?:算了|取消|不算了|不用了|不问了|不用算了|退出|结束|算啦)[。！!，, ]*$|^算了")
QUESTION = re.compile(r"吗|什么|怎么|怎样|哪|多少|[？?]|咋|如何|电话|为啥|为什么|能不能|可不可以|是否")
FILLER = re.compile(r"[的了呢吧啊呀嘛哦噢嗯是在我们你那就和跟与及也还都医院住院参保医保元块钱年个月人员，。,.!！？?\s、：:；;]|"
                    r"如果|要是|假如|换成|改成|城乡|医疗机构|看看|算|一下|请问|帮我|那么")


class FormTurn(BaseModel):
    # invalid: the asker's input can't be used (says why); not_listed: the handbook lacks the figure
    kind: Literal["calculation", "clarify", "cancelled", "invalid", "not_listed"]
    text: str
    region: str | None = None
    calculation: Calculation | None = None
    missing_slots: list[str] = Field(default_factory=list)
    sources: list[EntrySource] = Field(default_factory=list)


# ---- the forms: required slots in asking order, and how to run ------------------

def _need_insurance(p: Policy, s: dict, kind: str) -> bool:
    if s.get("insurance"):
        return False
    only = {"inpatient": list(p.inpatient), "chain": list(p.inpatient),
            "outpatient": ["居民" if k == "居民" else "职工" for k in p.outpatient],
            "chronic": list(p.chronic.ratio) if p.chronic else [],
            "special": list(p.special.ratio) if p.special else [],
            "two_diseases": list(p.two_diseases.insurance_types) if p.two_diseases else [],
            "serious_illness": list(p.serious_illness.insurance_types) if p.serious_illness else [],
            "maternity": list(p.maternity)}.get(kind)
    if only is not None and len(set(only)) == 1:
        s["insurance"] = only[0]
        s["_default_insurance"] = True
        return False
    return True


def _resolve_tier(p: Policy, s: dict) -> tuple[str | None, str | None, str | None]:
    """(tier key, slot to ask, error) for the region's inpatient table."""
    tier, grade, level = s.get("tier"), s.get("grade"), s.get("level")
    if p.tier_scheme == "level":
        return (tier, None, None) if tier else (None, "tier", None)
    # 长治 sorts hospitals by 收费标准 class: 三甲 → 一类; 三乙/二甲 → 二类 (县级 or 省市级); lower → 三类
    if tier is None:
        return None, "tier", None
    if tier in ("一级", "乡镇卫生院") or (tier == "二级" and grade == "乙"):
        return "三类", None, None
    if grade is None:
        return None, "grade", None
    if tier == "三级" and grade == "甲":
        return ("一类省外" if level == "省外" else "一类"), None, None
    if level == "省外":
        return None, None, "长治的手册只列出省外三级甲等（一类收费标准）医院的起付线和比例，没有省外其他等级医院的。"
    if level is None:
        return None, "level", None
    return ("二类县级" if level == "县级" else "二类省市级"), None, None


def _inpatient_missing(p: Policy, s: dict, kind: str) -> list[str]:
    miss = []
    if _need_insurance(p, s, kind):
        miss.append("insurance")
    plan = p.inpatient.get(s.get("insurance") or "")
    if plan is not None and plan.missing:
        return miss                 # the calculator explains what the handbook lost
    if s.get("tier") == "药店":
        s.pop("tier")
    tier, ask, err = _resolve_tier(p, s)
    if ask:
        miss.append(ask)
    if s.get("elsewhere") and not s.get("filing"):
        miss.append("filing")
    if "amount" not in s:
        miss.append("amount")
    if plan and plan.transfer and (s.get("transfer") or (s.get("admission", 1) > 1 and plan.transfer.scope == "year")) \
            and not s.get("prior_tier"):
        miss.append("prior_tier")
    if kind == "chain" and not s.get("category"):
        miss.append("category")
    return miss


def _run_inpatient(p: Policy, s: dict) -> Calculation:
    tier, _, err = _resolve_tier(p, s)
    if err:
        raise BadInput(err, "tier")
    prior = s.get("prior_tier")
    if prior and p.tier_scheme == "changzhi":
        prior = None
    return inpatient(p, insurance=s["insurance"], tier=tier or "", cost=D(s["amount"]), filing=s.get("filing") or "市内",
                     self_funded=D(s.get("self_funded", 0)), prior_tier=prior, transfer=bool(s.get("transfer")),
                     admission=int(s.get("admission", 1)))


def _run_chain(p: Policy, s: dict) -> Calculation:
    tier, _, err = _resolve_tier(p, s)
    if err:
        raise BadInput(err, "tier")
    return chain_mod.chain(p, insurance=s["insurance"], tier=tier or "", cost=D(s["amount"]),
                           category=s.get("category") or "一般", filing=s.get("filing") or "市内",
                           self_funded=D(s.get("self_funded", 0)), referred=s.get("filing") == "转诊")


def _simple(required: list[str], insurance: bool = True) -> Callable[[Policy, dict, str], list[str]]:
    def missing(p: Policy, s: dict, kind: str) -> list[str]:
        out = ["insurance"] if insurance and _need_insurance(p, s, kind) else []
        return out + [r for r in required if s.get(r) in (None, [], "")]
    return missing


def _outpatient_missing(p: Policy, s: dict, kind: str) -> list[str]:
    miss = ["insurance"] if _need_insurance(p, s, kind) else []
    key = "居民" if s.get("insurance") == "居民" else ("职工退休" if s.get("retired") else "职工在职")
    plan = p.outpatient.get(key)
    if plan and not plan.missing and "*" not in plan.tiers and not s.get("tier"):
        miss.append("tier")
    return miss + ([] if "amount" in s else ["amount"])


def _two_missing(p: Policy, s: dict, kind: str) -> list[str]:
    miss = ["insurance"] if _need_insurance(p, s, kind) else []
    if not s.get("two"):
        miss.append("two")
    td = p.two_diseases
    if td and "*" not in td.ratio and not s.get("drug_class"):
        miss.append("drug_class")
    return miss + ([] if "amount" in s else ["amount"])


def _chronic_missing(p: Policy, s: dict, kind: str) -> list[str]:
    miss = ["insurance"] if _need_insurance(p, s, kind) else []
    if not s.get("diseases"):
        miss.append("disease")
    if "amount" not in s:
        miss.append("amount")
    ch = p.chronic
    if ch and ch.period == "month" and not s.get("months") and s.get("diseases"):
        d = find_disease(ch.diseases, s["diseases"][0])
        if d is None or d.group != "一类":
            miss.append("months")
    return miss


def _waiting_missing(p: Policy, s: dict, kind: str) -> list[str]:
    if s.get("insurance") == "职工" or s.get("newborn_within"):
        return []
    if p.waiting_period is None:
        return []
    miss = []
    if s.get("gap_years") is None:
        miss.append("gap_years")
    elif s.get("gap_years") == 0 and s.get("in_window") is None:
        miss.append("in_window")
    return miss


def _contribution_missing(p: Policy, s: dict, kind: str) -> list[str]:
    if s.get("insurance") == "职工" and "amount" not in s and not (p.contributions and p.contributions.missing):
        return ["base"]
    return []


def _two_kind(s: dict) -> str:
    two = s.get("two")
    if two == "糖尿病" and s.get("type1"):
        return "1型糖尿病"
    return two


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


def _chronic_names(p: Policy, s: dict) -> list[str]:
    """Keep the disease words the region's chronic list knows (高血压 may be 两病 elsewhere)."""
    names = s.get("diseases") or []
    ch = p.chronic
    known = [n for n in names if ch and find_disease(ch.diseases, n)]
    return known or names


SPECS: dict[str, tuple[Callable, Callable[[Policy, dict], Calculation]]] = {
    "inpatient": (_inpatient_missing, _run_inpatient),
    "chain": (_inpatient_missing, _run_chain),
    "serious_illness": (_simple(["amount"]), lambda p, s: serious_illness(
        p, amount=D(s["amount"]), category=s.get("category") or "一般", insurance=s.get("insurance") or "居民",
        continuous_years=s.get("continuous_years"), zero_claim_last_year=bool(s.get("zero_claim")),
        gap_years=int(s.get("gap_years") or 0), referred=s.get("filing") != "未备案")),
    "serious_cap": (_simple([], insurance=False), lambda p, s: serious_cap(
        p, continuous_years=s.get("continuous_years"), zero_claim_last_year=bool(s.get("zero_claim")),
        gap_years=int(s.get("gap_years") or 0))),
    "chronic": (_chronic_missing, lambda p, s: chronic(
        p, insurance=s["insurance"], diseases=_chronic_names(p, s), cost=D(s["amount"]), months=s.get("months"))),
    "special": (_simple(["amount"]), lambda p, s: special(
        p, insurance=s["insurance"], disease=(s.get("diseases") or [None])[0], cost=D(s["amount"]))),
    "two_diseases": (_two_missing, lambda p, s: two_diseases(
        p, disease=_two_kind(s), cost=D(s["amount"]), insurance=s["insurance"], drug_class=s.get("drug_class"))),
    "outpatient": (_outpatient_missing, lambda p, s: outpatient(
        p, insurance=s["insurance"], cost=D(s["amount"]), tier=s.get("tier"), retired=bool(s.get("retired")),
        visit=int(s.get("admission", 1)))),
    "waiting_period": (_waiting_missing, lambda p, s: waiting_period(
        p, gap_years=int(s.get("gap_years") or 0), in_window=s.get("in_window"),
        repair_years=int(s.get("repair_years") or 0), newborn_within_days=s.get("newborn_within"),
        insurance=s.get("insurance") or "居民")),
    "contribution": (_contribution_missing, lambda p, s: (
        staff_contribution(p, base=D(s.get("base") or s["amount"]), flexible=bool(s.get("flexible")))
        if s.get("insurance") == "职工" else
        resident_contribution(p, category=s.get("category") or "一般", late=bool(s.get("late"))))),
    "maternity": (_simple(["kind"]), lambda p, s: maternity(
        p, insurance=s["insurance"], kind=s["kind"], babies=int(s.get("babies") or 1),
        cost=D(s["amount"]) if "amount" in s else None)),
    "assistance": (_simple(["category", "amount"], insurance=False), lambda p, s: assistance_mod.assistance(
        p, category=s["category"], amount=D(s["amount"]), referred=s.get("filing") == "转诊")),
}

AMOUNT_QUESTION = {
    "inpatient": "住院总共花了多少钱（医保目录内的费用）？",
    "chain": "住院总共花了多少钱（医保目录内的费用）？",
    "serious_illness": "本年度经基本医保报销后，个人负担的合规医疗费用一共多少钱？",
    "chronic": "这种慢病的门诊费用花了多少钱？",
    "special": "门诊特病的费用花了多少钱？",
    "two_diseases": "降压/降糖药一年花了多少钱？",
    "outpatient": "这次门诊花了多少钱？",
    "maternity": "生育的医疗费用花了多少钱？",
    "assistance": "经基本医保、大病保险报销后，个人自付的合规费用还有多少钱？",
}


def _question(slot: str, kind: str, p: Policy | None, s: dict) -> str:
    if slot == "region":
        return "您在哪个地区参保？" + " / ".join(regions.covered())
    if slot == "insurance":
        return "您参加的是职工医保还是城乡居民医保？职工 / 居民"
    if slot == "tier":
        if p is not None and p.tier_scheme == "changzhi" and kind in ("inpatient", "chain"):
            return "在哪一级医院住院？三级甲等 / 三级乙等 / 二级甲等 / 二级乙等及以下"
        if p is not None and kind in ("inpatient", "chain"):
            table = p.inpatient[s.get("insurance") or next(iter(p.inpatient))].tables.get("市内")
            names = list(table.tiers) if table else ["一级", "二级", "三级"]
            return "在哪一级医院？" + " / ".join("乡镇卫生院" if n == "乡镇卫生院" else n for n in names)
        return "在哪一级医疗机构看的门诊？乡镇卫生院 / 一级 / 二级 / 三级"
    if slot == "grade":
        return f"是{s.get('tier', '三级')}甲等还是{s.get('tier', '三级')}乙等？甲等 / 乙等"
    if slot == "level":
        return "这家医院是县级还是省、市级？县级 / 省市级"
    if slot == "filing":
        return "在外地住院办了哪种异地就医备案？长期备案 / 转诊 / 临时备案 / 急诊 / 没备案"
    if slot == "amount":
        return AMOUNT_QUESTION.get(kind, "花了多少钱？")
    if slot == "amount_confirm":
        a = s.get("amount")
        if s.get("amount_low"):
            return f"您说的是 {s['amount_low']}–{a} 元之间，请告诉我具体金额（例如 {int((D(s['amount_low']) + D(a)) / 2)}）。"
        return f"您说的大约 {a} 元，按 {a} 元计算可以吗？可以 / 或直接告诉我准确金额"
    if slot == "prior_tier":
        return "上一次住院是在哪一级医院？" + (" / ".join(p.inpatient["居民"].tables["市内"].tiers) if p and "居民" in p.inpatient and not p.inpatient["居民"].missing else "")
    if slot == "category":
        if kind == "chain":
            return "属于哪类人员？一般 / 特困 / 孤儿 / 低保 / 监测对象 / 低保边缘 / 因病致贫"
        return "属于哪类救助对象？特困 / 孤儿 / 低保 / 监测对象 / 低保边缘 / 因病致贫"
    if slot == "gap_years":
        return "断保（没参保）几年了？例如：1年 / 2年 / 没断过"
    if slot == "in_window":
        return "是在集中缴费期内（上一年10月至当年2月底）缴费的吗？是 / 否"
    if slot == "disease":
        return "是哪种慢病？例如：高血压、糖尿病并发症、冠心病、抑郁症"
    if slot == "months":
        return "慢病限额按月计算，这是几个月的费用？一个月 / 一年"
    if slot == "kind":
        return "是顺产还是剖宫产（难产）？顺产 / 剖宫产"
    if slot == "drug_class":
        return "买的是甲类还是乙类药品？甲类 / 乙类"
    if slot == "two":
        return "是高血压还是糖尿病？高血压 / 糖尿病"
    if slot == "base":
        return "您的月缴费基数（上年度月平均工资）是多少？"
    return "请再补充一下信息。"


# ---- the entry point ------------------------------------------------------------

def handle(text: str, state: dict, *, region: str | None, now: float) -> FormTurn | None:
    form = state.setdefault("form", {})
    _expire(form, now)
    open_ = form.get("open")
    text = (text or "").strip()
    if not text:
        return None

    if CANCEL.search(text):
        if open_ or form.get("last"):
            form.pop("open", None)
            return FormTurn(kind="cancelled", text="好的，这次计算已取消。", region=(open_ or {}).get("slots", {}).get("region") or region)
        return None

    asked = open_.get("asked") if open_ else None
    ex = extract(text, expecting=asked)
    hit = detect_region(text)
    named_region = hit.region
    kind = calc_kind(text, ex)

    if kind and is_request(text, ex, kind) and not (open_ and _is_answer(text, ex, open_) and kind == open_["calc"]
                                                    and not ex.get("amount") and asked != "amount"):
        if hit.unsupported and not named_region:
            return _invalid(f"我只有{regions.labels_line()}的医保手册，没有{hit.unsupported}的政策，没法替您计算。"
                            f"请咨询{hit.unsupported}当地医保经办机构。", None, [])
        slots = _slots_from(ex)
        slots["region"] = named_region or region
        open_ = {"calc": kind, "slots": slots, "asked": None, "updated": now}
        return _advance(form, open_, ex, now)

    if open_ and _is_answer(text, ex, open_):
        slots = open_["slots"]
        if named_region:
            slots["region"] = named_region
        _merge(slots, ex, asked)
        open_["updated"] = now
        return _advance(form, open_, ex, now)

    last = form.get("last")
    if last and not open_ and is_follow_up(text) and (_slots_from(ex) or named_region):
        slots = dict(last["slots"])
        if named_region:
            slots["region"] = named_region
        _merge(slots, ex, None, follow_up=True)
        open_ = {"calc": last["calc"], "slots": slots, "asked": None, "updated": now}
        return _advance(form, open_, ex, now)
    return None


def states_a_fact(text: str) -> bool:
    """Does the message carry a fact of the asker's own, so that a calculation is wanted?"""
    return calc_kind_mod.states_a_fact(extract(text))


def is_open(state: dict) -> bool:
    """Is a form waiting for an answer?"""
    return bool(state.get("form", {}).get("open"))


def _expire(form: dict, now: float) -> None:
    if form.get("open") and now - form["open"].get("updated", 0) > FORM_TTL:
        form.pop("open")
    if form.get("last") and now - form["last"].get("at", 0) > FORM_TTL:
        form.pop("last")


_KEEP = ("insurance", "retired", "flexible", "tier", "grade", "level", "prior_tier", "transfer", "admission",
         "filing", "elsewhere", "category", "gap_years", "continuous_years", "repair_years", "zero_claim",
         "in_window", "newborn_within", "kind", "babies", "drug_class", "type1", "months", "diseases", "two",
         "amount", "amount_approx", "amount_low", "self_funded")


def _slots_from(ex: Slots) -> dict:
    out = {}
    for k in _KEEP:
        if k in ex.values:
            v = ex.values[k]
            out[k] = str(v) if isinstance(v, Decimal) else v
    if any(n.startswith("conflict:") or n == "negative" for n in ex.notes):
        out["_notes"] = [n for n in ex.notes if n.startswith("conflict:") or n == "negative"]
    return out


def _merge(slots: dict, ex: Slots, asked: str | None, follow_up: bool = False) -> None:
    new = _slots_from(ex)
    if "tier" in new:                  # a new tier brings its own grade / level
        for k in ("grade", "level"):
            if k not in new:
                slots.pop(k, None)
    if "amount" in new and "amount_approx" not in new:
        slots.pop("amount_approx", None)
        slots.pop("amount_low", None)
    if asked == "amount_confirm" and ex.get("yes") is True and "amount" not in new:
        slots.pop("amount_approx", None)
        slots.pop("amount_low", None)
    if follow_up and "filing" in new:
        slots.pop("elsewhere", None)
    if follow_up and "insurance" in new and new["insurance"] == "居民":
        slots.pop("retired", None)
    slots.pop("_notes", None)
    slots.update(new)


def _is_answer(text: str, ex: Slots, open_: dict) -> bool:
    """Does this message answer the open form (rather than ask something else)?"""
    useful = _slots_from(ex) or detect_region(text).region or ex.get("yes") is not None \
        or (open_.get("asked") == "grade" and re.search(r"甲|乙", text))
    if not useful:
        return False
    residual = text
    for a, b in sorted(ex.spans, reverse=True):
        residual = residual[:a] + residual[b:]
    for r in (*regions.covered(), "甲等", "乙等", "县级", "省市级", "职工", "居民"):
        residual = residual.replace(r, "")
    residual = FILLER.sub("", residual)
    if len(residual) <= 6:
        return True
    return not QUESTION.search(text)


def _advance(form: dict, open_: dict, ex: Slots, now: float) -> FormTurn:
    s = open_["slots"]
    kind = open_["calc"]
    notes = s.pop("_notes", [])
    region = s.get("region")
    if "negative" in notes:
        return _fail(form, open_, "金额不能是负数，请告诉我实际花了多少钱。", "amount", region)
    for n in notes:
        _, key, *vals = n.split(":")
        if key == "insurance":
            s.pop("insurance", None)
            return _fail(form, open_, "您同时提到了职工医保和城乡居民医保，一个人只能参加其中一种。请告诉我是哪一种：职工 / 居民",
                         "insurance", region)
        if key == "tier" and kind in ("inpatient", "chain", "outpatient") and not s.get("prior_tier"):
            s.pop("tier", None)
            return _fail(form, open_, f"您同时提到了{vals[0].replace('/', '和')}，请告诉我这次是在哪一级医院。", "tier", region)

    if s.get("amount") is not None:
        try:
            check_amount(D(s["amount"]), "金额")
        except BadInput as e:
            return _fail(form, open_, e.reason, "amount", region)
    if not region:
        return _ask(form, open_, "region", None)
    p = policy_for(region)
    kind = open_["calc"] = _chronic_or_special(p, kind, s)
    missing_fn, run = SPECS[kind]
    miss = missing_fn(p, s, kind)
    if miss:
        return _ask(form, open_, miss[0], p)
    if s.get("amount_approx"):
        return _ask(form, open_, "amount_confirm", p)
    if s.get("gap_years") and s.get("continuous_years") and kind in ("serious_cap", "serious_illness"):
        return _fail(form, open_, "断保和连续参保不能同时成立：断保之后连续参保年数要重新计算。请说明是断保几年，还是连续参保几年。",
                     "gap_years", region)
    try:
        calc = run(p, s)
    except NotListed as e:
        form.pop("open", None)
        where = regions.office(region)
        text = e.reason + (f"具体请咨询：{where}。" if where else "具体请咨询当地医保经办机构。")
        srcs = [EntrySource(handbook=e.source.handbook, section=e.source.section)] if e.source else []
        return FormTurn(kind="not_listed", text=text, region=region, sources=srcs)
    except BadInput as e:
        return _fail(form, open_, e.reason, e.slot, region)
    form.pop("open", None)
    form["last"] = {"calc": kind, "slots": s, "at": now}
    return FormTurn(kind="calculation", text=render(calc, s), region=region, calculation=calc,
                    sources=[EntrySource(**src) for src in calc.sources])


def render(calc: Calculation, s: dict | None = None) -> str:
    lines = [calc.headline]
    if calc.steps:
        lines.append("计算：" + "\n".join(calc.steps))
    assumptions = list(calc.assumptions)
    if s and s.get("_default_insurance"):
        assumptions.insert(0, "手册只列出城乡居民医保的这项待遇")
    if assumptions:
        lines.append("按：" + "；".join(assumptions) + "。")
    return "\n".join(lines)


def _ask(form: dict, open_: dict, slot: str, p: Policy | None) -> FormTurn:
    open_["asked"] = slot
    form["open"] = open_
    s = open_["slots"]
    return FormTurn(kind="clarify", text=_question(slot, open_["calc"], p, s), region=s.get("region"),
                    missing_slots=[slot])


def _fail(form: dict, open_: dict, reason: str, slot: str | None, region: str | None) -> FormTurn:
    """Bad input: say why, keep the form open so the next reply can fix the slot."""
    s = open_["slots"]
    if slot:
        s.pop(slot, None)
        if slot == "amount":
            s.pop("amount_approx", None)
        open_["asked"] = slot
        form["open"] = open_
    else:
        form.pop("open", None)
    return FormTurn(kind="invalid", text=reason, region=region, missing_slots=[slot] if slot else [])


def _invalid(reason: str, region: str | None, missing: list[str]) -> FormTurn:
    return FormTurn(kind="invalid", text=reason, region=region, missing_slots=missing)
