"""Slot extraction: the facts a calculation needs, pulled out of one message.

Extractors only add what they find; deciding what to do with it is intents.forms'."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from intents.numbers import Amount, cn_to_int, find_numbers

# words that make a number something other than money
NOT_MONEY_AFTER = ("级", "年", "个月", "月", "次", "天", "岁", "%", "％", "胎", "型", "期", "类", "周", "号", "日",
                   "个", "人", "倍", "种", "项", "小时", "分", "点", "成", "折", "w以上")
SELF_FUNDED_BEFORE = ("自费", "目录外", "不能报", "不在目录", "医保外", "乙类自付")


@dataclass
class Slots:
    values: dict[str, object] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)     # where slots were found
    notes: list[str] = field(default_factory=list)                 # contradictions, approximations …

    def set(self, key: str, value: object, span: tuple[int, int] | None = None) -> None:
        old = self.values.get(key)
        if old is not None and old != value:
            self.notes.append(f"conflict:{key}:{old}:{value}")
        self.values.setdefault(key, value)
        if span:
            self.spans.append(span)

    def get(self, key: str, default: object = None) -> object:
        return self.values.get(key, default)

    def __contains__(self, key: str) -> bool:
        return key in self.values


def _find(text: str, table: list[tuple[str, object]], out: Slots, key: str) -> None:
    for pattern, value in table:
        m = re.search(pattern, text)
        if m:
            out.set(key, value, m.span())
            return


# ---- insurance type --------------------------------------------------------

_INSURANCE = [
    (r"城乡居民|居民医保|居民|合疗|新农合|农合|农村医保|学生|大学生|中学生|小学生|新生儿|宝宝|娃|小孩|孩子|儿童|城居", "居民"),
    (r"职工|在职|上班族|单位交|单位缴|退休|灵活就业|个体户|个体工商户|企业员工|公务员", "职工"),
]


def insurance_of(text: str, out: Slots) -> None:
    hits = {v for p, v in _INSURANCE if re.search(p, text)}
    # 职工医保个人账户给家人交居民医保: both words, no contradiction worth flagging for a calculation
    if len(hits) == 2:
        # prefer the explicit scheme names when both appear
        if re.search(r"职工医保|职工", text) and re.search(r"城乡居民|居民医保|居民|合疗|新农合", text):
            out.notes.append("conflict:insurance:职工:居民")
            return
        hits = {"职工"} if re.search(r"职工|在职|退休|灵活就业", text) else {"居民"}
    for p, v in _INSURANCE:
        if v in hits:
            m = re.search(p, text)
            out.set("insurance", v, m.span())
    if re.search(r"退休", text):
        out.set("retired", True)
    if re.search(r"灵活就业|个体户|个体工商户|自由职业", text):
        out.set("flexible", True)


# ---- hospital tier ----------------------------------------------------------

_TIER = [
    (r"三甲|三级甲等|3甲", ("三级", "甲")),
    (r"三乙|三级乙等|3乙", ("三级", "乙")),
    (r"二甲|二级甲等|2甲", ("二级", "甲")),
    (r"二乙|二级乙等|2乙", ("二级", "乙")),
    (r"(?<!高血压)(?<!高血压病)(?:三级|3级)(?!甲|乙)", ("三级", None)),
    (r"(?<!高血压)(?<!高血压病)(?:二级|2级)(?!甲|乙)", ("二级", None)),
    (r"未定级", ("一级", None)),
    (r"(?<!高血压)(?:一级|1级)", ("一级", None)),
    (r"乡镇卫生院|乡卫生院|镇卫生院|卫生院|社区卫生服务中心|社区卫生服务站|社区医院|乡镇医院|镇医院|乡医院|卫生服务中心", ("乡镇卫生院", None)),
    (r"药店|药房", ("药店", None)),
]
_LEVEL = [
    (r"省外|外省", "省外"),
    (r"省市级|省、市级|省级|省医院|省人民医院|省立|省城|省里", "省市级"),
    (r"市级|市医院|市人民医院|市中心医院|市中医院|市里", "省市级"),
    (r"县级|县医院|县人民医院|县中医院|县城|县里|区医院|区人民医院", "县级"),
]


def tiers_in(text: str) -> list[tuple[int, str, str | None]]:
    """All tier mentions in order: (position, tier, grade)."""
    found: list[tuple[int, str, str | None]] = []
    taken: list[tuple[int, int]] = []
    for pattern, (tier, grade) in _TIER:
        for m in re.finditer(pattern, text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            found.append((m.start(), tier, grade))
    return sorted(found)


def tier_of(text: str, out: Slots) -> None:
    found = tiers_in(text)
    # 从二级转到三级 / 上次在二级: the earlier one is the prior admission
    prior_m = re.search(r"(?:从|上次|上一次|之前|先前|前面|先在|第一次)(?:是|在|住在|住的)?", text)
    if len(found) >= 2 and (re.search(r"转到|转去|转入|转院|转往|又到|再到|再去|又去|然后|后来", text) or prior_m):
        out.set("prior_tier", found[0][1])
        _, tier, grade = found[-1]
        out.set("tier", tier)
        if grade:
            out.set("grade", grade)
        out.set("transfer", True) if re.search(r"转", text) else out.set("admission", 2)
    elif len(found) == 1 and re.search(r"(?:上次|上一次|之前|第一次)[^，。,]{0,6}(?:三甲|三级|二级|一级|卫生院|乡镇)", text):
        out.set("prior_tier", found[0][1])
    elif found:
        tiers = {(t, g) for _, t, g in found}
        if len({t for t, _ in tiers}) > 1:
            out.notes.append("conflict:tier:" + "/".join(sorted({t for t, _ in tiers})))
        _, tier, grade = found[0]
        out.set("tier", tier)
        if grade:
            out.set("grade", grade)
    for pattern, level in _LEVEL:
        m = re.search(pattern, text)
        if m:
            out.set("level", level, m.span())
            break


# ---- filing (异地就医) --------------------------------------------------------

def filing_of(text: str, out: Slots) -> None:
    elsewhere = re.search(r"市外|外地|异地|省外|外省|外市|老家|家乡|外面|在外|北京|上海|成都|重庆|西安|乌鲁木齐|太原", text)
    table = [
        (r"长期备案|异地长期|长期居住|异地安置|常驻异地|长期异地", "长期备案"),
        (r"未备案|没备案|没有备案|没办备案|没做备案|不备案|没转诊|未转诊|没有转诊", "未备案"),
        (r"转诊备案|异地转诊|转诊", "转诊"),
        (r"临时备案|临时外出", "临时备案"),
    ]
    for p, v in table:
        m = re.search(p, text)
        if m:
            out.set("filing", v, m.span())
            return
    if elsewhere and re.search(r"急诊|抢救", text):
        out.set("filing", "急诊")
        return
    if elsewhere:
        out.set("elsewhere", True, elsewhere.span())
    elif re.search(r"市内|本地|本市|当地|市里", text):
        out.set("filing", "市内")


# ---- person category --------------------------------------------------------

_CATEGORY = [
    (r"低保边缘", "低保边缘"),
    (r"特困|五保", "特困"),
    (r"孤儿|事实无人抚养", "孤儿"),
    (r"低保", "低保"),
    (r"易返贫", "易返贫致贫"),
    (r"返贫致贫|脱贫户", "返贫致贫"),
    (r"监测对象|监测户|防返贫|防止返贫", "监测对象"),
    (r"因病致贫", "因病致贫"),
    (r"突发严重困难", "突发严重困难"),
    (r"重度残疾|重残", "重度残疾"),
    (r"困难人员|困难户|困难群众|贫困户", "困难"),
    (r"一般人员|普通人员|普通居民|一般居民|普通人|一般人", "一般"),
]


def category_of(text: str, out: Slots) -> None:
    _find(text, _CATEGORY, out, "category")


# ---- year counts and the payment window -------------------------------------

_N = r"(\d+|[一二两三四五六七八九十]+)"


def _n(s: str) -> int:
    return int(s) if s.isdigit() else (cn_to_int(s) or 0)


def years_of(text: str, out: Slots) -> None:
    r = re.search(r"(20\d\d)\s*(?:年)?\s*(?:到|至|-|—|~)\s*(20\d\d)\s*年?[^，。]{0,8}(?:没|未|断)", text)
    m = re.search(r"(?:断保|断缴|断交|断了|停保|停交|没交|没缴|没参保|未参保|没买|没有参保|没有交|中断)(?:了)?" + _N + r"年", text) \
        or re.search(r"(?<!\d)" + _N + r"年(?:都)?(?:没交|没缴|没参保|未参保|没买|没有参保|没有交|断保|断缴|没续|未缴)", text)
    if r:
        out.set("gap_years", int(r.group(2)) - int(r.group(1)) + 1, r.span())
    elif m and _n(m.group(1)) < 100:
        out.set("gap_years", _n(m.group(1)), m.span())
    elif re.search(r"没断过|没有断过|一直交|一直在交|从没断|连续参保(?!\d|[一二两三四五六七八九十])|每年都交|年年都交|上年交了|去年交了|去年也交了", text):
        out.set("gap_years", 0)
    elif re.search(r"(?:断保|断缴|断交|停保|没交)(?:了)?一年|去年没交|去年没参保|上年没交|去年断", text):
        out.set("gap_years", 1)
    m = re.search(r"连续(?:参保|参加居民医保|参加医保|交|缴费|缴|交费)?(?:了)?" + _N + r"年", text)
    if m:
        out.set("continuous_years", _n(m.group(1)), m.span())
    m = re.search(r"(?:补缴|补交|修复|补了|补缴了|补交了)(?:了)?" + _N + r"年", text)
    if m:
        out.set("repair_years", _n(m.group(1)), m.span())
    if re.search(r"零报销|没报过|没有报过|没报销过|没用过医保|没有用过医保", text):
        out.set("zero_claim", True)
    if re.search(r"集中缴费期后|集中缴费期之后|过了集中缴费期|错过|缴费期后|缴费期过后|过了缴费期|3月份?|三月份?|中途|年中|过期", text):
        out.set("in_window", False)
    elif re.search(r"集中缴费期|集中征缴期|缴费期内|缴费期间|按时交|按时缴|年底前|12月|十二月|10月|十月|11月|十一月|1月|一月|2月|二月", text):
        out.set("in_window", True)


def newborn_of(text: str, out: Slots) -> None:
    if not re.search(r"新生儿|刚出生|出生|生下来|宝宝|婴儿", text):
        return
    m = re.search(r"出生(?:后)?" + _N + r"年", text)
    if m:
        out.set("newborn_within", False)
        out.set("gap_years", _n(m.group(1)))
        return
    if re.search(r"90天内|九十天内|三个月内|3个月内|满月|刚出生|出生就|出生后马上|一出生", text):
        out.set("newborn_within", True)
    elif re.search(r"超过90天|过了90天|超过九十天", text):
        out.set("newborn_within", False)


# ---- admissions, delivery, drugs ---------------------------------------------

def admission_of(text: str, out: Slots) -> None:
    m = re.search(r"第" + _N + r"次住院|第" + _N + r"次", text)
    if m and re.search(r"住院|住", text):
        n = _n(m.group(1) or m.group(2))
        if n >= 1:
            out.set("admission", n)
    elif re.search(r"再次住院|又住院|又住了|二次住院|再住院|又进医院", text):
        out.set("admission", 2)
    if re.search(r"转院|转到|转去|转往", text) and "transfer" not in out.values:
        out.set("transfer", True)


def delivery_of(text: str, out: Slots) -> None:
    table = [
        (r"剖腹产|剖宫产|剖腹|剖宫|剖了", "剖宫产"),
        (r"难产", "难产"),
        (r"顺产|自然分娩|顺生|自己生", "顺产"),
    ]
    _find(text, table, out, "kind")
    if re.search(r"流产|终止妊娠|引产", text):
        if re.search(r"不满4个月|不满四个月|不到4个月|不到四个月|不满16周", text):
            out.set("kind", "终止妊娠不满4个月")
        elif re.search(r"满4个月|满四个月|4个月以上|四个月以上|16周以上|[5-9]个月|[五六七八九]个月", text):
            out.set("kind", "终止妊娠满4个月")
        else:
            out.set("kind", "终止妊娠")
    m = re.search(r"(双|三|四)胞胎", text)
    if m:
        out.set("babies", {"双": 2, "三": 3, "四": 4}[m.group(1)])


def drugs_of(text: str, out: Slots) -> None:
    if re.search(r"甲类", text):
        out.set("drug_class", "甲类")
    elif re.search(r"乙类", text):
        out.set("drug_class", "乙类")
    if re.search(r"[1一Ⅰ][型]糖尿病|I型糖尿病", text):
        out.set("type1", True)


def months_of(text: str, out: Slots) -> None:
    m = re.search(r"(?:一年|全年|一整年|每年|年度|今年|12个月|十二个月)", text)
    if m:
        out.set("months", 12)
        return
    m = re.search(r"(?:每个?月|一个月|1个月|这个月|上个月|当月|月均)", text)
    if m:
        out.set("months", 1)
        return
    m = re.search(_N + r"个月(?:的费用|花了|花|共|一共)", text)
    if m:
        out.set("months", _n(m.group(1)))


# ---- diseases ----------------------------------------------------------------

@lru_cache(maxsize=1)
def disease_vocabulary() -> list[tuple[str, str, str]]:
    """(word, canonical disease name or alias as the policies spell it, kind), longest first."""
    from calculators.policy import load_policies
    rows: dict[str, str] = {}
    for p in load_policies().values():
        for kind, section in (("chronic", p.chronic), ("special", p.special)):
            if section is None:
                continue
            for d in section.diseases:
                for word in [d.name, *d.aliases]:
                    rows.setdefault(word, kind)
    return sorted(((w, w, k) for w, k in rows.items()), key=lambda r: -len(r[0]))


def diseases_of(text: str, out: Slots) -> None:
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for word, name, _ in disease_vocabulary():
        if word not in text:        # most of the ~200 words are absent: skip the regex work
            continue
        for m in re.finditer(re.escape(word), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            found.append((m.start(), name))
    if found:
        names = [n for _, n in sorted(found)]
        out.set("diseases", names)
        out.spans += taken
    if re.search(r"高血压", text) and re.search(r"糖尿病", text):
        out.set("two", "两病")
    elif re.search(r"高血压", text):
        out.set("two", "高血压")
    elif re.search(r"糖尿病", text):
        out.set("two", "糖尿病")
    elif re.search(r"两病", text):
        out.set("two", "两病")


# ---- money ---------------------------------------------------------------------

def money_of(text: str, out: Slots, expecting: str | None = None) -> None:
    """The amounts that are money: 花了5000, 自费300, ¥5000, 1.2万 …"""
    cost: list[Amount] = []
    self_funded: list[Amount] = []
    for a in find_numbers(text):
        after = text[a.end:a.end + 3]
        if not a.explicit and any(after.startswith(w) for w in NOT_MONEY_AFTER):
            continue
        if a.explicit and re.match(r"\s*(?:年|个月|次|天|岁|%|级)", after) and not re.search(r"[元块万千wWkK¥￥]", text[a.start:a.end]):
            continue
        raw = text[a.start:a.end]
        if re.fullmatch(r"\s*20\d\d\s*", raw) and after.startswith("年"):
            continue
        if not a.explicit:
            if a.value < 10 and expecting not in ("amount", "self_funded", "base"):
                continue        # 第一次, 一级, 3 … are not money unless money was asked for
            if re.fullmatch(r"[一二两三四五六七八九十]", raw.strip()):
                continue
        before = text[max(0, a.start - 6):a.start]
        if any(w in before for w in SELF_FUNDED_BEFORE):
            self_funded.append(a)
        else:
            cost.append(a)
    if cost:
        a = max(cost, key=lambda x: x.value) if len(cost) > 1 and re.search(r"其中|里面|含", text) else cost[0]
        out.set("amount", a.value, (a.start, a.end))
        if a.approx or a.is_range:
            out.set("amount_approx", True)
            if a.is_range:
                out.set("amount_low", a.low)
        if any(x.value < 0 for x in cost):
            out.notes.append("negative")
    if self_funded:
        out.set("self_funded", self_funded[0].value, (self_funded[0].start, self_funded[0].end))
    if re.search(r"(?:负|-|−)\s*\d", text) and cost:
        out.notes.append("negative")
    if re.search(r"亿", text):
        m = re.search(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*亿", text)
        if m:
            v = Decimal(m.group(1)) if m.group(1)[0].isdigit() else Decimal(cn_to_int(m.group(1)) or 1)
            out.values["amount"] = v * 100_000_000
            out.spans.append(m.span())


def extract(text: str, expecting: str | None = None) -> Slots:
    """All slots in one message. `expecting` is the slot the bot just asked for, so a bare
    "3" can be read as that (三 years, 3 months …)."""
    out = Slots()
    text = text.strip()
    insurance_of(text, out)
    tier_of(text, out)
    filing_of(text, out)
    category_of(text, out)
    years_of(text, out)
    newborn_of(text, out)
    admission_of(text, out)
    delivery_of(text, out)
    drugs_of(text, out)
    months_of(text, out)
    diseases_of(text, out)
    money_of(text, out, expecting)
    _answer_to(text, out, expecting)
    return out


_YES = re.compile(r"^(?:是|是的|对|对的|嗯|恩|好|好的|可以|行|没错|确认|yes|ok|OK|Y|y)[。！!，,]?$")
_NO = re.compile(r"^(?:不是|否|没有|不对|不|no|No|N|n)[。！!，,]?$")


def _answer_to(text: str, out: Slots, expecting: str | None) -> None:
    """Short replies to the question just asked: 是 / 否, a bare number of years, 一个月 …"""
    t = text.strip()
    if expecting is None:
        return
    if _YES.match(t):
        out.set("yes", True)
    elif _NO.match(t):
        out.set("yes", False)
    if expecting == "gap_years" and "gap_years" not in out.values:
        m = re.fullmatch(r"\s*" + _N + r"\s*年?\s*", t) or re.search(_N + r"\s*年", t)
        if m:
            out.set("gap_years", _n(m.group(1)))
        elif re.search(r"没断|没有断|没有|不断", t):
            out.set("gap_years", 0)
    if expecting == "months" and "months" not in out.values:
        m = re.fullmatch(r"\s*" + _N + r"\s*个?月?\s*", t)
        if m:
            out.set("months", _n(m.group(1)))
    if expecting == "in_window" and "in_window" not in out.values and "yes" in out.values:
        out.set("in_window", out.get("yes"))
    if expecting == "grade" and "grade" not in out.values:
        m = re.search(r"甲|乙", t)
        if m:
            out.set("grade", m.group(0))
    if expecting == "babies":
        m = re.fullmatch(r"\s*" + _N + r"\s*个?\s*", t)
        if m:
            out.set("babies", _n(m.group(1)))
