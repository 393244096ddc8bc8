"""The headline figures of a region's policy file, one row each, with what they depend on:
the 起付线 and 报销比例 of every inpatient and outpatient row, the yearly limits, the 两病 limits,
the 大病 deductibles, segments and caps, the contribution standards and rates, the waiting
months, the maternity amounts and the 救助 rows. A figure a person asserts ("起付线是不是500") is
checked against these (intents.premise); nothing here parses text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from calculators.inpatient import FILING_WORDS
from calculators.money import num, pct, wan
from calculators.policy import Policy, Source, policy_for

SCHEME = {"职工": "职工医保", "居民": "城乡居民医保"}
OUTPATIENT_KEY = {"居民": ("居民", None), "职工在职": ("职工", False), "职工退休": ("职工", True)}


@dataclass(frozen=True)
class Figure:
    area: str                 # inpatient, outpatient, two_diseases, chronic, special, serious, contribution, waiting, maternity, assistance, tilt
    topic: str                # deductible, ratio, cut, cap, visit_cap, standard, funding, subsidy, rate, wait, days, limit, step, prenatal …
    value: Decimal
    unit: str                 # money, ratio, months, days
    label: str | tuple        # what it is, for a person: 巴中城乡居民医保在三级医疗机构住院的起付线 — as parts
    source: Source            #   (who, where, what) when rows differ only in some of them
    facts: dict = field(default_factory=dict)   # what it depends on: insurance, tier, filing, disease …
    row: str = ""             # the rest of its row, said alongside (报销比例60%，年度限额11万元)
    years: tuple[int, int] | None = None   # the years the handbook states it for, first and last, where
                                           # it names them for this figure (大病: 2024—2026's ratios)
    basis: str = ""           # how the handbook sets it each year (上一年度人均可支配收入的50%), where it says

    @property
    def parts(self) -> tuple[str, ...]:
        return self.label if isinstance(self.label, tuple) else (self.label,)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def money(v: Decimal) -> str:
    v = Decimal(v)
    if v >= 10000 and v % 1000 == 0:
        return f"{num(v)}元（{wan(v)}万元）"
    return f"{num(v)}元"


def say(value: Decimal, unit: str) -> str:
    return {"money": money, "ratio": pct, "months": lambda v: f"{num(v)}个月", "days": lambda v: f"{num(v)}天"}[unit](value)


def _inpatient(p: Policy) -> list[Figure]:
    out = []
    for ins, plan in p.inpatient.items():
        if plan.annual_cap:
            out.append(Figure("inpatient", "cap", plan.annual_cap.amount, "money",
                              (p.region, SCHEME[ins], "住院统筹基金年度最高支付限额"), plan.annual_cap.source, {"insurance": ins}))
        if plan.large_medical is not None:
            lm = plan.large_medical
            out.append(Figure("large_medical", "cap", lm.cap.amount, "money",
                              (p.region, "职工大额医疗费用补助", "年度最高支付限额"), lm.cap.source, {"insurance": ins}))
        if plan.supplement is not None:
            out.append(Figure("large_medical", "cap", plan.supplement.cap, "money",
                              (p.region, SCHEME[ins], plan.supplement.name, "年度最高限额"), plan.supplement.source,
                              {"insurance": ins}))
        if plan.missing:
            if plan.unfiled:
                # (the cut stated beside a lost table: checked and cited like a table's own filing)
                out.append(Figure("inpatient", "cut", plan.unfiled.ratio_cut, "ratio",
                                  (p.region, SCHEME[ins], FILING_WORDS.get("未备案", "未备案"), "，报销比例比参保地降低"),
                                  plan.unfiled.source, {"insurance": ins, "filing": "未备案"}))
            continue
        cap = f"，年度最高支付{money(plan.annual_cap.amount)}" if plan.annual_cap else ""
        for filing, rule in plan.filings.items():
            table = plan.tables[rule.table]
            where = "" if filing == "市内" else f"（{FILING_WORDS.get(filing, filing) if rule.ratio_cut else table.label or filing}）"
            src = rule.source or table.source
            if rule.ratio_cut:
                out.append(Figure("inpatient", "cut", rule.ratio_cut, "ratio",
                                  (p.region, SCHEME[ins], FILING_WORDS.get(filing, filing), "，报销比例比参保地降低"), src,
                                  {"insurance": ins, "filing": filing}))
            for tier, row in table.tiers.items():
                facts = {"insurance": ins, "tier": tier, "filing": filing}
                ratio = row.ratio - rule.ratio_cut
                out.append(Figure("inpatient", "deductible", row.deductible, "money",
                                  (p.region, SCHEME[ins], f"在{p.tier_name(tier)}", "住院", where, "的起付线"), src, facts,
                                  f"报销比例{pct(ratio)}{cap}"))
                out.append(Figure("inpatient", "ratio", ratio, "ratio",
                                  (p.region, SCHEME[ins], f"在{p.tier_name(tier)}", "住院", where, "的报销比例"), src, facts,
                                  f"起付线{money(row.deductible)}{cap}"))
        if plan.civil_servant:
            cs = plan.civil_servant
            out.append(Figure("inpatient", "ratio", cs.ratio, "ratio", (p.region, "公务员医疗补助（基本医保支付后）的报销比例"),
                              cs.source, {"insurance": ins, "civil_servant": True}))
    return out


def _outpatient(p: Policy) -> list[Figure]:
    out = []
    for key, plan in p.outpatient.items():
        if plan.missing:
            continue
        ins, retired = OUTPATIENT_KEY[key]
        who = {"居民": "城乡居民", "职工在职": "在职职工", "职工退休": "退休职工"}[key]
        cap = f"年度最高支付{money(plan.annual_cap)}" if plan.annual_cap is not None else ""
        for tier, t in plan.tiers.items():
            facts = {"insurance": ins, "retired": retired}
            if tier != "*":
                facts["tier"] = tier
            at = "" if tier == "*" else f"在{p.tier_name(tier)}"
            per = {"visit": "（每次）", "year": "（每年）"}.get(t.deductible_per, "")
            ded = f"起付线{money(t.deductible)}{per}" if t.deductible else "不设起付线"
            rest = "，".join(x for x in (ded, f"报销比例{pct(t.ratio)}", cap) if x)
            out.append(Figure("outpatient", "deductible", t.deductible, "money", (p.region, who, at, "普通门诊的起付线"),
                              plan.source, facts, rest))
            out.append(Figure("outpatient", "ratio", t.ratio, "ratio", (p.region, who, at, "普通门诊的报销比例"),
                              plan.source, facts, rest))
            if t.visit_cap is not None:
                out.append(Figure("outpatient", "visit_cap", t.visit_cap, "money", (p.region, who, at, "普通门诊的单次支付限额"),
                                  plan.source, facts, rest))
        if plan.annual_cap is not None:
            out.append(Figure("outpatient", "cap", plan.annual_cap, "money", (p.region, who, "", "门诊统筹年度最高支付限额"),
                              plan.source, {"insurance": ins, "retired": retired},
                              # (each tier's row said with its tier: rows alike in figures are not alike in place)
                              "；".join(("" if tier == "*" else p.tier_name(tier))
                                       + ("不设起付线" if t.deductible == 0 else f"起付线{money(t.deductible)}")
                                       + f"、报销{pct(t.ratio)}" for tier, t in plan.tiers.items())))
    return out


def _two(p: Policy) -> list[Figure]:
    td = p.two_diseases
    if td is None:
        return []
    same = "（职工医保、城乡居民医保相同）" if len(td.insurance_types) > 1 else ""
    ratio = "、".join(f"{'' if k == '*' else k + '药品'}{pct(v)}" for k, v in td.ratio.items())
    def kin(k: str) -> str:
        # a kind of the disease with its own limit (糖尿病: 1型糖尿病 480元), said beside it
        return "".join(f"；{k2}{money(v2)}" for k2, v2 in td.limits.items() if k2 != k and k in k2)
    out = [Figure("two_diseases", "limit", v, "money", f"{p.region}“两病”{k}门诊用药年度最高支付限额", td.source,
                  {"two": "两病" if k == "两病" else k}, f"报销比例{ratio}{same}{kin(k)}") for k, v in td.limits.items()]
    out += [Figure("two_diseases", "ratio", v, "ratio", f"{p.region}“两病”门诊用药{'' if k == '*' else k + '药品'}报销比例",
                   td.source, {} if k == "*" else {"drug_class": k}) for k, v in td.ratio.items()]
    return out


def _chronic(p: Policy) -> list[Figure]:
    ch = p.chronic
    if ch is None:
        return []
    out = []
    for ins, r in ch.ratio.items():
        # a group of diseases with a rate of its own (长治职工's 一类 85%, the others 75%) is a row of its
        # own: the group asked of is checked against its rate, and the others' rate says which they are
        own = {g: rates[ins] for g, rates in ch.group_ratio.items() if ins in rates and rates[ins] != r}
        rest = "、".join(dict.fromkeys(d.group for d in ch.diseases if d.group and d.group not in own))
        out.append(Figure("chronic", "ratio", r, "ratio",
                          (p.region, SCHEME[ins], f"门诊慢病{f'（{rest}病种）' if own and rest else ''}的报销比例"),
                          ch.sources.get(ins, ch.source), {"insurance": ins, **({"chronic_group": ""} if own else {})},
                          "、".join(f"{g}病种{pct(v)}" for g, v in own.items())))
        out += [Figure("chronic", "ratio", v, "ratio", (p.region, SCHEME[ins], f"门诊慢病{g}病种的报销比例"),
                       ch.sources.get(ins, ch.source), {"insurance": ins, "chronic_group": g}) for g, v in own.items()]
    per = "每月" if ch.period == "month" else "年度"
    for d in ch.diseases:
        for ins, v in d.limits.items():
            if v is not None:
                out.append(Figure("chronic", "limit", v, "money", (p.region, SCHEME[ins], f"门诊慢病{d.name}{per}支付限额"),
                                  ch.sources.get(ins, ch.source), {"insurance": ins, "disease": d.name}))
    if ch.overall_limit is not None:
        out.append(Figure("chronic", "limit", ch.overall_limit, "money", f"{p.region}门诊慢病年度限额（各病种共用）", ch.source))
    return out


def _special(p: Policy) -> list[Figure]:
    sp = p.special
    if sp is None:
        return []
    out = []
    for ins, r in sp.ratio.items():
        plan = p.inpatient.get(ins)
        row = plan.tables["市内"].tiers.get(sp.deductible_tier) if plan is not None and not plan.missing else None
        said = f"一个自然年度内只扣减一次{p.tier_name(sp.deductible_tier)}住院起付标准" + (f"（{money(row.deductible)}）" if row else "")
        out.append(Figure("special", "ratio", r, "ratio", (p.region, SCHEME[ins], "门诊特病的报销比例"), sp.source,
                          {"insurance": ins}, said))
        if row is not None:
            # the deductible it takes is that tier's inpatient one, from the scheme's table (cited)
            out.append(Figure("special", "deductible", row.deductible, "money",
                              (p.region, SCHEME[ins], f"门诊特病一个自然年度内只扣减一次的起付线（即{p.tier_name(sp.deductible_tier)}住院起付标准）"),
                              plan.tables["市内"].source, {"insurance": ins}, f"报销比例{pct(r)}"))
    return out


def _serious(p: Policy) -> list[Figure]:
    si = p.serious_illness
    if si is None or si.missing:
        return []
    out = []
    for name, g in si.groups.items():
        who = "普通人员" if name == "一般" else "、".join(g.categories)
        src = si.group_sources.get(name, si.source)
        facts = {"group": name, "categories": tuple(g.categories)}
        segs, ratios = [], []
        lower = Decimal(0)
        absolute = si.segment_base == "absolute"
        for i, seg in enumerate(g.segments):
            if seg.upto is None:
                span = f"{money(lower)}以上" if lower else "起付线以上"
            else:
                span = f"{money(lower)}至{money(seg.upto)}"
            # said in the row as the handbook counts it: from the deductible (克拉玛依), or over it (巴中)
            said = f"{money(max(lower, g.deductible))}至{money(seg.upto)}" if absolute and seg.upto is not None \
                else f"超过起付线的部分{span}" if not absolute and i == 0 and seg.upto is not None else span
            segs.append(f"{said}{pct(seg.ratio)}")
            ratios.append(((p.region, f"大病保险{who}", f"{span}部分的报销比例"), seg.ratio,
                           {**facts, "segment": i, "lower": lower, "upto": seg.upto}))
            lower = seg.upto or lower
        row = "分段报销：" + "，".join(segs) + ("，不设年度限额" if g.cap is None else f"，年度限额{money(g.cap)}")
        # a segment's ratio is said with the whole table (起付线 and the other segments)
        out += [Figure("serious", "ratio", r, "ratio", label, si.source if name == "一般" else src, f,
                       f"起付线{money(g.deductible)}，{row}", si.ratio_years) for label, r, f in ratios]
        out.append(Figure("serious", "deductible", g.deductible, "money", (p.region, f"城乡居民大病保险{who}", "的起付线"),
                          src, facts, row, (si.deductible_year,) * 2 if si.deductible_year else None,
                          si.deductible_basis or ""))
        if g.cap is not None:
            out.append(Figure("serious", "cap", g.cap, "money", (p.region, f"城乡居民大病保险{who}", "的年度最高支付限额"),
                              si.group_sources.get("cap", si.source), facts))
    adj = si.cap_adjust
    if adj:
        out.append(Figure("serious", "step", adj.step, "money", f"{p.region}每断保1年大病保险最高支付限额降低的金额",
                          adj.penalty_source, {"gap": True}, f"累计不超过原封顶线的{pct(adj.bound_ratio)}"))
        out.append(Figure("serious", "step", adj.step, "money", f"{p.region}连续参保满{adj.continuous_after_years}年后每年"
                          "（或上年零报销）大病保险最高支付限额提高的金额", adj.source, {"gap": False},
                          f"累计不超过原封顶线的{pct(adj.bound_ratio)}"))
    if si.second_layer:
        out.append(Figure("serious", "ratio", si.second_layer.ratio, "ratio",
                          f"{p.region}大病保险报销后个人合规自付超过{money(si.second_layer.above)}部分的再报销比例", si.source,
                          {"group": "一般", "segment": "second"}))
    return out


def _contribution(p: Policy) -> list[Figure]:
    c = p.contributions
    out = []
    if c and c.resident:
        r = c.resident
        out.append(Figure("contribution", "standard", r.standard, "money", (f"{p.region}{p.year}年度城乡居民医保", "", "个人缴费标准"),
                          r.source, {"insurance": "居民", "category": "一般"}))
        for cat, sub in r.subsidies.items():
            out.append(Figure("contribution", "standard", r.standard - sub, "money",
                              (f"{p.region}{p.year}年度城乡居民医保", f"{cat}人员", f"个人缴费（资助{money(sub)}）"), r.source,
                              {"insurance": "居民", "category": cat}))
        for e in r.extras:
            out.append(Figure("contribution", "extra", e.amount, "money", f"{p.region}{e.name}每人每年缴费", e.source,
                              {"extra": True}))
        f = r.funding.get(p.year) if r.funding else None
        if f is not None:
            # the year's 筹资 (individual + the state's part): a figure people say of "the scheme a
            # year" ("听说医保一人一年是1200"), true of that quantity though not of what one pays
            split = f"其中个人缴费{money(f.personal)}，政府补助{money(f.subsidy)}"
            fsrc = r.funding_source or r.source
            out.append(Figure("contribution", "funding", f.total, "money", f"{p.region}{p.year}年度城乡居民医保每人筹资标准",
                              fsrc, {"insurance": "居民"}, split))
            how = "" if f.subsidy_stated else f"（筹资{money(f.total)}减个人缴费{money(f.personal)}）"
            out.append(Figure("contribution", "subsidy", f.subsidy, "money", f"{p.region}{p.year}年度城乡居民医保每人政府补助",
                              fsrc, {"insurance": "居民"}, how.strip("（）")))
        if r.late_standard is not None:
            # (named by its condition: "2025年6月30日以后缴纳当年居民医保费用的个人缴费标准")
            condition = re.split(r"[，,]", r.late_note)[0]
            out.append(Figure("contribution", "late", r.late_standard, "money", f"{condition}个人缴费标准", r.source,
                              {"late": True}))
    if c and c.staff:
        s = c.staff
        for topic, v, what, src in (("employer", s.employer, "用人单位缴费费率", s.source),
                                    ("employee", s.employee, "职工个人缴费费率", s.source),
                                    ("flexible", s.flexible, "灵活就业人员缴费费率（按最低缴费基数）", s.source),
                                    ("maternity", s.maternity, "生育保险缴费比例", s.maternity_source)):
            out.append(Figure("contribution", "rate", v, "ratio", f"{p.region}职工医保{what}", src,
                              {"insurance": "职工", "payer": topic}))
        # what goes into the 个人账户 each month (划入), 在职 and 退休 apart: a rate people mix up with what is
        # paid in ("退休了个人账户按3%划")
        if s.account is not None:
            out.append(Figure("contribution", "rate", s.account, "ratio", f"{p.region}职工医保在职人员个人账户划入比例（本人缴费基数的）",
                              s.account_source or s.source, {"insurance": "职工", "payer": "account", "retired": False}))
        if s.account_retired is not None:
            base = f"（以{s.account_retired_base}为基数）" if s.account_retired_base else ""
            out.append(Figure("contribution", "rate", s.account_retired, "ratio", f"{p.region}职工医保退休人员个人账户划入比例{base}",
                              s.account_retired_source or s.source, {"insurance": "职工", "payer": "account", "retired": True}))
        # the years lacking at retirement paid at once (一次性补缴): a payment with its own rate, a row only the
        # lump is checked against — and the lump against it alone (its 7% is not the employer's, the 灵活就业's 9% not its)
        ry = s.retirement_years
        if ry is not None and ry.lump_rate is not None:
            out.append(Figure("contribution", "rate", ry.lump_rate, "ratio",
                              f"{p.region}职工医保达到退休年龄时一次性补缴不足年限的费率", ry.lump_source or ry.source,
                              {"insurance": "职工", "lump": "retirement"}, ry.lump_note))
    return out


def _waiting(p: Policy) -> list[Figure]:
    wp = p.waiting_period
    if wp is None:
        return []
    out = [Figure("waiting", "wait", Decimal(wp.fixed_months), "months",
                  f"{p.region}城乡居民未在集中缴费期参保或断保1年再参保的固定待遇等待期", wp.source, {"insurance": "居民"},
                  f"每多断1年加{wp.per_gap_year}个月变动等待期"),
           Figure("waiting", "days", Decimal(wp.newborn_days), "days",
                  f"{p.region}新生儿出生后参保缴费、自出生之日起享受待遇的期限", wp.newborn_source, {"newborn": True}),
           # the steps of the wait per year (每多断1年加1个月; 每补缴1年减1个月): a step, not the wait
           Figure("waiting", "per_gap", Decimal(wp.per_gap_year), "months",
                  f"{p.region}城乡居民未连续参保的，每多断1年增加的变动待遇等待期", wp.source, {"insurance": "居民"},
                  f"固定待遇等待期{wp.fixed_months}个月"),
           Figure("waiting", "repair", Decimal(wp.repair_per_year), "months",
                  f"{p.region}城乡居民缴费修复变动待遇等待期，每多缴1年减少的等待期", wp.source, {"insurance": "居民"},
                  f"连续断缴{wp.floor_gap_years}年及以上的，修复后固定与变动等待期之和不少于{wp.floor_months}个月")]
    if wp.staff_first_months is not None:
        out.append(Figure("waiting", "wait", Decimal(wp.staff_first_months), "months",
                          f"{p.region}初次参加职工医保，自参保缴费之日起享受待遇前的等待期", wp.staff_source,
                          # (a first joining: not the wait after a gap, "断保了是不是要等6个月")
                          {"insurance": "职工", "gap": False}))
    if wp.arrears is not None:
        # 职工's wait after a long gap in paying (连续欠费12个月以上): the 职工 side of "断保了要等多久"
        longest = max((r.upto_months for r in wp.arrears.rules if r.upto_months), default=None)
        for rule in wp.arrears.rules:
            if rule.upto_months is None and rule.wait_months and longest:
                out.append(Figure("waiting", "wait", Decimal(rule.wait_months), "months",
                                  f"{p.region}职工医保连续欠费{longest}个月以上、缴清欠费后的待遇享受等待期", wp.arrears.source,
                                  {"insurance": "职工", "gap": True}))
    return out


def _maternity(p: Policy) -> list[Figure]:
    out = []
    for ins, m in p.maternity.items():
        how = "定额报销" if m.fixed else "限额"
        for kind, v in m.delivery.items():
            said = f"{kind}（含剖宫产）" if m.cesarean_as == kind else kind
            facts = {"insurance": ins, "kind": kind}
            out.append(Figure("maternity", "limit", v, "money", (p.region, SCHEME[ins], f"{said}生育医疗费用{how}"), m.source, facts,
                              f"产前检查费{money(m.prenatal)}" if m.prenatal else ""))
            if m.cesarean_as == kind:
                out.append(Figure("maternity", "limit", v, "money", (p.region, SCHEME[ins], f"剖宫产（按{kind}）生育医疗费用{how}"),
                                  m.source, {"insurance": ins, "kind": "剖宫产"}))
        if m.prenatal:
            out.append(Figure("maternity", "prenatal", m.prenatal, "money", (p.region, SCHEME[ins], "产前检查费定额补助"), m.source,
                              {"insurance": ins}))
        if m.extra_baby:
            out.append(Figure("maternity", "extra", m.extra_baby, "money", f"{p.region}{SCHEME[ins]}生育多胞胎每多一个婴儿增加",
                              m.source, {"insurance": ins}))
    return out


def _assistance(p: Policy) -> list[Figure]:
    a = p.assistance
    if a is None:
        return []
    out = []
    for r in a.rows:
        for cat in r.categories:
            cap = "不设年度限额" if r.cap is None else f"年度限额{money(r.cap)}"
            row = f"起付标准{money(r.deductible)}，救助比例{pct(r.ratio)}，{cap}"
            out.append(Figure("assistance", "ratio", r.ratio, "ratio", (p.region, cat, "常规医疗救助比例"), a.source,
                              {"category": cat}, row))
            if r.cap is not None:
                out.append(Figure("assistance", "cap", r.cap, "money", (p.region, cat, "医疗救助年度限额"), a.source,
                                  {"category": cat}, row))
    return out


def _tilt(p: Policy) -> list[Figure]:
    """倾斜救助: its own 起付标准 and yearly limit (巴中 第六章 五问（二）: 防止返贫监测线 8500元, 10000元;
    长治: 15460元, 3万元), apart from the 常规救助 rows — "倾斜救助是不是自付超过一万才给救" is checked
    against these, never the ordinary rows."""
    a = p.assistance
    if a is None or a.tilt_threshold is None:
        return []
    source = a.tilt_source or a.source
    out = [Figure("tilt", "deductible", a.tilt_threshold, "money", (p.region, "倾斜救助", "的起付标准"), source,
                  {}, a.tilt_note)]
    if a.tilt_cap is not None:
        out.append(Figure("tilt", "cap", a.tilt_cap, "money", (p.region, "倾斜救助", "的年度限额"), source,
                          {}, a.tilt_note))
    return out


@lru_cache(maxsize=8)
def figures(region: str) -> tuple[Figure, ...]:
    p = policy_for(region)
    return tuple(f for part in (_inpatient, _outpatient, _two, _chronic, _special, _serious, _contribution, _waiting, _maternity,
                                _assistance, _tilt) for f in part(p))
