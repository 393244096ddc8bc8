"""The shape of a region's policy file (calculators/policies/*.yaml), validated on load.

Every table carries `source: {handbook, section}`; a table a handbook lost is declared
with `missing:` so a calculator can say so instead of computing."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

import regions
from corpus.yamlfile import read_yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

POLICY_DIR = Path(__file__).parent / "policies"

Money = Annotated[Decimal, Field(ge=0)]
Ratio = Annotated[Decimal, Field(ge=0, le=1)]
InsuranceType = Literal["职工", "居民"]


def _known_handbook(key: str) -> str:
    if key not in regions.handbooks():
        raise ValueError(f"unknown handbook {key!r}; one of {sorted(regions.handbooks())}")
    return key


def _covered_region(name: str) -> str:
    if regions.get(name) is None:
        raise ValueError(f"unknown region {name!r}; one of {list(regions.covered())}")
    return name


HandbookKey = Annotated[str, AfterValidator(_known_handbook)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    handbook: HandbookKey
    section: str = Field(min_length=1)


class Missing(Strict):
    """A table the handbook lost (an image in the slides)."""
    note: str
    source: Source


class Cap(Strict):
    amount: Money
    source: Source


# ---- inpatient ---------------------------------------------------------------

class TierRule(Strict):
    deductible: Money
    ratio: Ratio


class TierTable(Strict):
    source: Source
    tiers: dict[str, TierRule]
    label: str = ""                       # how the handbook names the row, e.g. 临时备案人员在备案地住院


class Filing(Strict):
    table: str                            # which table applies
    ratio_cut: Ratio = Decimal(0)         # points off the table's ratio (长治/克拉玛依 state it that way)
    source: Source | None = None


FilingKind = Literal["长期备案", "临时备案", "转诊", "急诊"]


class FilingKinds(Strict):
    """Which kind of filing a referral or an emergency elsewhere counts as, where the handbook lists
    them under one (巴中 第一章 二十九: 异地转诊就医人员 and 异地急诊抢救人员 are 临时异地就医备案's)."""
    counts_as: dict[FilingKind, FilingKind]
    source: Source


class Transfer(Strict):
    """Second admission / transfer: same or lower tier pays no new deductible,
    a higher tier pays only the difference."""
    scope: Literal["course", "year"]      # one course of treatment (巴中) or the calendar year (克拉玛依)
    source: Source


class HospitalRule(Strict):
    """One line of a region's hospital classes: the hospital as named (tier, grade, level, out of
    the province) → the table's row. An empty list matches anything; `row: null` means the
    handbook gives no figures for such a hospital (`note` says so)."""
    tier: list[str] = Field(default_factory=list)
    grade: list[str] = Field(default_factory=list)
    level: list[str] = Field(default_factory=list)
    out_of_province: bool | None = None
    # fits only a hospital whose tier is not said (长治's 省外: the one column the handbook lists there)
    tier_unsaid: bool = False
    # fits only a hospital whose level is said (长治's 三类 省、市级 column: a 三类 hospital with no level said
    # stays on the 县级 column, as before, never asked)
    level_said: bool = False
    row: str | None
    note: str = ""
    assume: str = ""        # what the answer says it assumed, when this rule gave the row


class HospitalClasses(Strict):
    """长治 sorts hospitals by 收费标准 class, not by tier: the first rule that fits the named
    hospital gives the row; a rule that needs a fact not yet said asks for it."""
    source: Source
    rules: list[HospitalRule]


class CivilServant(Strict):
    """公务员医疗补助 after the basic fund: a share of what is left, within a yearly limit."""
    ratio: Ratio
    cap: Money
    source: Source


class Segment(Strict):
    upto: Money | None                         # None = no upper bound
    ratio: Ratio


class LargeMedicalRow(Strict):
    """One row of 职工大额医疗费用补助's table: its deductible on what basic insurance leaves, and
    the ratio by segment of the (cumulative) amount above it."""
    deductible: Money
    segments: list[Segment]


class LargeMedical(Strict):
    """职工大额医疗费用补助 after the basic fund (and 公务员医疗补助): the rest less a deductible,
    paid by segment, within a yearly limit. `rows`: 在职 / 退休 / the age row (`age_from` and over)."""
    rows: dict[Literal["在职", "退休", "高龄"], LargeMedicalRow]
    age_from: int
    retired_like: str = ""                     # who else takes the 退休 row, as the handbook lists them
    retired_like_diseases: list[str] = []      # ... their diseases, as names a case's disease is matched with
    cap: Cap
    source: Source


class Supplement(Strict):
    """What pays above the basic fund's yearly cap where the handbook gives only its name and limit
    (长治 职工: "超出部分转入大额补充医疗保险，按比例支付，年度最高限额50万元"), no table to compute with."""
    name: str
    cap: Money
    source: Source


class UnfiledCut(Strict):
    """The points an unfiled stay elsewhere loses, where the handbook states them though the scheme's
    table is lost (长治 职工: "统筹区外就医…不备案比例降低15%"): a figure to check and cite, none to compute with."""
    ratio_cut: Ratio
    source: Source


class InpatientPlan(Strict):
    missing: Missing | None = None
    unfiled: UnfiledCut | None = None
    tables: dict[str, TierTable] = Field(default_factory=dict)
    filings: dict[str, Filing] = Field(default_factory=dict)
    transfer: Transfer | None = None
    annual_cap: Cap | None = None
    civil_servant: CivilServant | None = None
    large_medical: LargeMedical | None = None
    supplement: Supplement | None = None
    # 门（急）诊 fees for 急诊、抢救 paid as inpatient costs (巴中 职工): where the handbook says so
    emergency_as_inpatient: Source | None = None

    @model_validator(mode="after")
    def consistent(self) -> "InpatientPlan":
        if self.missing:
            return self
        if "市内" not in self.tables or "市内" not in self.filings:
            raise ValueError("an inpatient plan needs a 市内 table and filing")
        tiers = set(self.tables["市内"].tiers)
        for name, t in self.tables.items():
            if name != "市内" and not set(t.tiers) <= tiers:
                raise ValueError(f"table {name} has tiers the 市内 table lacks")
        for name, f in self.filings.items():
            if f.table not in self.tables:
                raise ValueError(f"filing {name} points to unknown table {f.table}")
        return self


# ---- outpatient --------------------------------------------------------------

class OutpatientTier(Strict):
    deductible: Money = Decimal(0)
    deductible_per: Literal["visit", "year", "unstated"] = "year"
    visit_cap: Money | None = None
    ratio: Ratio
    note: str = ""
    # the only kinds of visit the row pays ("三级医疗机构限急诊、儿科门诊"); empty: every visit
    only_for: list[Literal["急诊", "儿科"]] = []


class ElsewhereCut(Strict):
    """Care outside the province without a long-term filing: the ratio lowered by `cut` points."""
    cut: Ratio
    source: Source


class OutpatientPlan(Strict):
    missing: Missing | None = None
    source: Source | None = None
    tiers: dict[str, OutpatientTier] = Field(default_factory=dict)   # "*" = any tier
    annual_cap: Money | None = None
    halve_deductible_after_first: bool = False
    same_day_one_visit: bool = False           # 一天内在同一级医疗机构的门诊按一次门诊计算
    class_b_first: Ratio | None = None         # 乙类药品先行自付 share, before the ratio
    out_of_province: ElsewhereCut | None = None   # 跨省临时外出门诊: the ratio lowered
    # whether the handbook says how a visit outside the region is paid (长治 居民: 省内其他统筹区 and 长期备案 as at
    # home, 跨省 cut; 克拉玛依: the campus's 克外就诊 claims); where not (巴中), such a visit is not computed
    away_said: bool = False
    note: str = ""


# ---- 两病 ---------------------------------------------------------------------

class TwoDiseases(Strict):
    source: Source
    ratio: dict[str, Ratio]                    # "*" or 甲类/乙类
    limits: dict[str, Money]                   # 高血压, 糖尿病, 两病, 1型糖尿病 …
    insurance_types: list[InsuranceType]


# ---- 单行支付药品 ---------------------------------------------------------------

class SingleDrugs(Strict):
    """单行支付药品: no deductible, a flat share by scheme, the rest outside 大病保险 and the supplements."""
    ratio: dict[InsuranceType, Ratio]
    source: Source


class HighValueDrugs(Strict):
    """高值药品: a share the person pays first; the rest goes into basic insurance's usual rules."""
    first_pay: Ratio                           # 个人先行自付 share
    source: Source


# ---- 门诊慢病 / 特病 ------------------------------------------------------------

class ChronicDisease(Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    group: str = ""                            # 长治: 一类 / 二类 / 三类
    limits: dict[str, Money | None] = Field(default_factory=dict)   # per insurance type; None = not covered


class Chronic(Strict):
    source: Source
    sources: dict[str, Source] = Field(default_factory=dict)   # per insurance type when they differ
    period: Literal["year", "month"]
    ratio: dict[str, Ratio]                    # per insurance type
    group_ratio: dict[str, dict[str, Ratio]] = Field(default_factory=dict)
    overall_limit: Money | None = None         # 克拉玛依: one limit for all 15 diseases
    highest_limit_rule: bool = False           # 巴中: several diseases settle under the highest limit
    # what a disease's limit bounds: the fund's payment, or (unstated) the handbook does not say whether
    # it bounds the payment or the costs the rate is applied to (长治's "限额标准（月/人）" column)
    limit_of: Literal["fund", "unstated"] = "fund"
    diseases: list[ChronicDisease]
    note: str = ""


class Special(Strict):
    source: Source
    deductible_tier: str                       # the inpatient tier whose deductible applies once a year
    ratio: dict[str, Ratio]
    diseases: list[ChronicDisease]


class ContinuousRaise(Strict):
    """克拉玛依: the 报销比例 raised for years paid in a row (参保缴费案例: 连续缴费3年以上，第4年每多交1年
    提高一个百分点，最高封顶5个百分点) — for the kinds of care the handbook shows it raising."""
    after_years: int                           # no raise up to this many years in a row
    step: Ratio                                # added per further year
    max: Ratio                                 # the raise's bound
    care: list[Literal["住院", "门诊慢病"]]
    insurance: list[str]
    source: Source
    note: str = ""


# ---- 大病保险 -------------------------------------------------------------------

class SeriousGroup(Strict):
    categories: list[str]
    deductible: Money
    segments: list[Segment]
    cap: Money | None                          # None = no cap
    note: str = ""

    @model_validator(mode="after")
    def ascending(self) -> "SeriousGroup":
        bounds = [s.upto for s in self.segments]
        if not bounds or bounds[-1] is not None:
            raise ValueError("the last segment must be open-ended (upto: null)")
        finite = bounds[:-1]
        if any(b is None for b in finite) or finite != sorted(finite) or len(set(finite)) != len(finite):
            raise ValueError("segments must ascend")
        return self


class CapAdjust(Strict):
    """巴中: +4000 per further continuous year after 4, +4000 after a zero-claim year,
    −4000 per year of gap; each side bounded at 20% of the original cap."""
    step: Money
    continuous_after_years: int
    bound_ratio: Ratio
    source: Source
    penalty_source: Source
    # the first year a gap lowers the cap ("从2025年起，断保人员再参保的…"); an earlier gap the rule
    # does not say
    penalty_from: int | None = None
    # the first year a run of continuous enrolment counts ("从2025年起，对连续参加居民医保满4年的…", 例一
    # counts 2025 as the first): a bare count longer than the years since may hold years the rule does not count
    counted_from: int | None = None


class SecondLayer(Strict):
    """长治: after 大病, personal 合规自付 above `above` paid again at `ratio`."""
    above: Money
    ratio: Ratio
    groups: list[str]


class SeriousIllness(Strict):
    missing: Missing | None = None
    source: Source | None = None
    insurance_types: list[InsuranceType] = Field(default_factory=lambda: ["居民"])
    segment_base: Literal["above_deductible", "absolute"] = "above_deductible"
    groups: dict[str, SeriousGroup] = Field(default_factory=dict)
    group_sources: dict[str, Source] = Field(default_factory=dict)
    cap_adjust: CapAdjust | None = None
    second_layer: SecondLayer | None = None
    unreferred_cut: Ratio | None = None
    # the year the handbook states the deductibles for, where it is another than the file's own (巴中:
    # 上一年度人均可支配收入的50%, "2025 年度为 14448 元" in a handbook of 2026's figures): a calculation
    # says it used that year's figure
    deductible_year: int | None = None
    # the years the handbook states the segments' ratios for (巴中: "以上比例为 2024—2026 年度的赔付比例"),
    # first and last: another year's ratios are not known — a figure checked for it is not confirmed
    ratio_years: tuple[int, int] | None = None
    # how the handbook sets the 起付线 each year (巴中: 上一年度城乡居民人均可支配收入的50%), said where
    # a year's figure is not given
    deductible_basis: str | None = None

    @model_validator(mode="after")
    def has_general(self) -> "SeriousIllness":
        if self.ratio_years is not None and self.ratio_years[0] > self.ratio_years[1]:
            raise ValueError("ratio_years: first year after last")
        if not self.missing and "一般" not in self.groups:
            raise ValueError("大病保险 needs a 一般 group")
        return self


# ---- waiting period ---------------------------------------------------------

class SchemeSwitch(Strict):
    """Moving between 职工 and 居民 after continuous cover: no wait within a short gap, else a wait."""
    min_years: int                             # continuous cover of at least this many years …
    max_gap_months: int                        # … and a gap of at most this many months: no wait
    wait_months: int                           # otherwise this wait from the day of joining
    source: Source


class StaffTransfer(Strict):
    """A 职工 moving in from another 统筹地区, its 医保 transferred: no wait within a short gap, else a wait."""
    max_gap_months: int                        # a gap of at most this many months: covered from the month paid
    wait_months: int                           # otherwise this wait
    source: Source


class ArrearsRule(Strict):
    upto_months: int | None                    # months in arrears up to (None = any longer)
    wait_months: int
    note: str


class StaffArrears(Strict):
    """职工 fees in arrears: what paying them back means for cover."""
    rules: list[ArrearsRule]
    source: Source
    # the month of arrears from which cover stops ("从欠费第4个月起暂停其基本医疗保险待遇"), where said
    suspend_from_month: int | None = None


class WaitingPeriod(Strict):
    source: Source
    fixed_months: int
    per_gap_year: int
    repair_per_year: int
    floor_gap_years: int                       # gap of this many years or more …
    floor_months: int                          # … keeps at least this many months after repair
    newborn_days: int
    newborn_source: Source
    window: str                                # 集中缴费期, as the handbook says it (its dates: payment_window)
    window_months: list[Annotated[int, Field(ge=1, le=12)]]   # its calendar months, in order (10 … 2)
    window_source: Source
    # 补缴费用参照当年参保地个人缴费标准: where printed (the fee per year is contributions.resident.standard)
    repair_fee_source: Source | None = None
    # ... and the sentence itself, said where a past year is asked to be paid back ("补交2024年的")
    repair_fee_rule: str | None = None
    # a year's fee paid in that year's own last months (after its window, the wait running into the next
    # year): what the handbook says the next year then needs (巴中 第三章 十问 例三), where it says it
    next_year_note: str | None = None
    staff_first_months: int | None = None      # 职工 first enrolment
    staff_source: Source | None = None
    switch: SchemeSwitch | None = None
    transfer_in: StaffTransfer | None = None
    arrears: StaffArrears | None = None


# ---- contributions ----------------------------------------------------------

class ContributionExtra(Strict):
    """A voluntary add-on paid with the contribution (克拉玛依's 居民长护险)."""
    name: str
    amount: Money
    paid_for: list[str] = Field(default_factory=list)   # categories whose share the government pays
    source: Source


class YearFunding(Strict):
    """One year's 筹资 per person: the total, and the asker's and the state's parts of it."""
    total: Money
    personal: Money
    subsidy: Money
    # False where the handbook gives the total and says it is the two parts, but not the subsidy's own
    # figure (克拉玛依: "包括政府补助及个人缴费两部分"): the subsidy is total − personal, shown so
    subsidy_stated: bool = True

    @model_validator(mode="after")
    def parts_add_up(self):
        if self.personal + self.subsidy != self.total:
            raise ValueError(f"个人 {self.personal} + 财政 {self.subsidy} != 筹资总额 {self.total}")
        return self


class ResidentContribution(Strict):
    source: Source
    standard: Money
    subsidies: dict[str, Money]                # category -> amount the fund pays
    late_standard: Money | None = None
    late_from_month: Annotated[int, Field(ge=1, le=12)] | None = None   # paying for the current year from this month
    late_note: str = ""
    # the one year whose fee `late_standard` is for, where the handbook dates it (克拉玛依: "2025年6月30日以后
    # 缴纳当年…": 2025's fee); another year's fee paid late is not priced from it
    late_year: int | None = None
    extras: list[ContributionExtra] = Field(default_factory=list)
    extras_missing: Missing | None = None      # an add-on the handbook names without a figure (巴中 长护险, from 2028)
    funding: dict[int, YearFunding] = Field(default_factory=dict)   # 筹资 by year, as the handbook gives it
    funding_source: Source | None = None
    # 大学生新生按学制一次性趸缴 (巴中): the rule as the handbook says it, and where; with it, a lump sum
    # for the years of study is the year's standard times the years
    lump_by_study: str = ""
    lump_by_study_source: Source | None = None


class RetirementYears(Strict):
    """The least years of 职工 contributions for the retired's cover, for the year of retiring the
    handbook states them fully (巴中 2025: 累计20年、本市10年); later years are not computed."""
    year: int
    total: int
    local: int
    source: Source
    later: str = ""                            # what the handbook says of later years, said as it is
    # the years lacking paid at once: this share of the year's minimum monthly base, for each month of them
    lump_rate: Ratio | None = None
    lump_source: Source | None = None
    # the rest of the lump's rule as the handbook says it (its base, what it does not count for): said
    # beside the rate wherever the rate is (a doubted rate of the lump is corrected with it)
    lump_note: str = ""


class StaffRates(Strict):
    source: Source
    employer: Ratio
    employee: Ratio
    flexible: Ratio
    maternity: Ratio
    maternity_source: Source
    large_medical: Ratio                       # 大额医疗费用补助, of the minimum base
    large_medical_source: Source
    civil_servant: Ratio
    civil_servant_source: Source
    account: Ratio | None = None               # 在职 个人账户 划拨, of the person's own base, monthly
    account_source: Source | None = None
    # 退休 个人账户 划拨: a share of a base the handbook names but gives no figure of (巴中: 2022年
    # 基本养老金平均水平), so the rule is said, never a sum
    account_retired: Ratio | None = None
    account_retired_base: str | None = None
    account_retired_source: Source | None = None
    # 退休 and the years met: no fee at all (巴中 十八问) — a retiree's monthly fee is that rule, never a base asked
    retired_fee: str | None = None
    retired_fee_source: Source | None = None
    # the base is the wage, within [minimum base, base_cap × minimum base] (高于300%的按300%)
    base_cap: Decimal | None = None
    base_cap_source: Source | None = None
    retirement_years: RetirementYears | None = None


class Contributions(Strict):
    resident: ResidentContribution | None = None
    staff: StaffRates | None = None
    missing: Missing | None = None


# ---- maternity ---------------------------------------------------------------

class Termination(Strict):
    """终止妊娠: one limit at or past the line (怀孕满4个月 / 孕16周), another below it."""
    line_months: int
    line_weeks: int
    at_or_past: Money
    below: Money
    prenatal_at_or_past: Money | None = None   # 职工: 产前检查费 for a termination
    prenatal_below: Money | None = None
    cesarean_add: Money | None = None          # 施行剖宫术的增加


class Maternity(Strict):
    source: Source
    prenatal: Money | None = None              # 产前检查费 for a birth
    prenatal_termination_months: int | None = None   # 居民: also for a termination from this month on
    delivery: dict[str, Money]                 # 顺产 / 难产 / 剖宫产
    cesarean_as: str | None = None             # 巴中: 难产（含剖宫产） — a 剖宫产 is paid as this
    extra_baby: Money | None = None            # 多胞胎: each further baby
    termination: Termination | None = None
    spouse_source: Source | None = None        # 职工: a spouse in 居民医保 gets the difference (补差)
    fixed: bool = False                        # 长治: 定额 (a flat amount), not a limit
    note: str = ""


class BirthAllowance(Strict):
    """巴中 第二章 十五、十六问: the 生育津贴 of those who join 生育保险 on their own (两类人员: 灵活就业人员,
    领取失业保险金的人员) — paid only with 生育保险 in a row this long at the birth; a birth of a
    `wait_years` year short of it is paid once the months are reached, where 职工医保 was paid in a row
    `staff_months_in_a_row` at the birth; a later year's is not paid."""
    source: Source
    who: str                                   # whom the rule is for, as the handbook names them
    joined_from: int                           # the year they could first join 生育保险 (2025年1月起)
    months_in_a_row: int                       # 生育保险 months in a row in the province, at the birth
    wait_years: list[int] = Field(default_factory=list)
    staff_months_in_a_row: int | None = None   # 职工医保 months in a row at the birth, for the wait


# ---- 医疗救助 ------------------------------------------------------------------

class AssistRow(Strict):
    categories: list[str]
    deductible: Money
    deductible_note: str = ""
    ratio: Ratio
    cap: Money | None
    floor_ratio: Ratio | None = None     # 省内住院单次 综合支付比例 topped up to this share
    floor_note: str = ""


class Assistance(Strict):
    source: Source
    rows: list[AssistRow]
    tilt_threshold: Money | None = None
    tilt_ratio: dict[str, Ratio] = Field(default_factory=dict)
    tilt_cap: Money | None = None
    tilt_source: Source | None = None
    tilt_note: str = ""
    outpatient: dict[str, dict[str, Ratio]] = Field(default_factory=dict)   # category -> care -> ratio
    outpatient_source: Source | None = None
    # the kinds of care 常规救助's rows are for, where the handbook names 门诊 care among them (巴中 第六章
    # 五问: 因住院、治疗门诊慢特病发生的…费用): such 门诊 care with no `outpatient` ratio takes the rows
    rows_cover: list[Literal["住院", "门诊慢性病", "门诊特殊疾病", "门诊特药"]] = Field(default_factory=list)
    note: str = ""
    # what the handbook says of a case not referred as the rules ask (巴中: 原则上不纳入医疗救助范围); empty:
    # the handbook says nothing, and such a case is computed as any other
    unreferred_note: str = ""
    # the fund's share the local treasuries put in, per person insured a year, by scheme (巴中 第一章 十六:
    # 市、县（区）财政按参加职工和城乡居民医保总人数分别配套3元/年.人和17元/年.人), and who puts it in
    matching: dict[Literal["职工", "居民"], Money] = Field(default_factory=dict)
    matching_by: str = ""
    matching_source: Source | None = None


# ---- the whole file ---------------------------------------------------------

class PaymentWindow(Strict):
    """The 集中缴费期 of the handbook's year, as dates, and what the handbook says of paying after it."""
    start: date
    end: date
    after: str                 # paying after the window, in the handbook's words
    source: Source
    # what the handbook says of care before a late payment, where it says it though it lists no months of
    # waiting (克拉玛依: 等待期内及之前发生的医疗费基金不予支付): such care is answered, the wait's length not
    unpaid_before: str | None = None
    # who the window binds not, in the handbook's words (克拉玛依: 医疗救助对象…不设待遇等待期)
    exempt: str | None = None


class Policy(Strict):
    region: Annotated[str, AfterValidator(_covered_region)]
    year: int
    handbook: HandbookKey
    tier_names: dict[str, str] = Field(default_factory=dict)   # tier key -> how to say it
    hospital_classes: HospitalClasses | None = None            # named hospital -> table row (长治)
    inpatient: dict[str, InpatientPlan]
    outpatient: dict[str, OutpatientPlan] = Field(default_factory=dict)
    two_diseases: TwoDiseases | None = None
    single_drugs: SingleDrugs | None = None
    high_value_drugs: HighValueDrugs | None = None
    chronic: Chronic | None = None
    special: Special | None = None
    serious_illness: SeriousIllness | None = None
    waiting_period: WaitingPeriod | None = None
    waiting_missing: Missing | None = None
    payment_window: PaymentWindow | None = None
    contributions: Contributions | None = None
    maternity: dict[str, Maternity] = Field(default_factory=dict)
    birth_allowance: BirthAllowance | None = None
    assistance: Assistance | None = None
    filing_kinds: FilingKinds | None = None
    continuous_raise: ContinuousRaise | None = None

    @model_validator(mode="after")
    def sources_match(self) -> "Policy":
        if regions.get(self.region).handbook.key != self.handbook:
            raise ValueError(f"{self.region}: its handbook is {regions.get(self.region).handbook.key}, not {self.handbook}")
        def walk(obj: object) -> None:
            if isinstance(obj, Source):
                if obj.handbook != self.handbook:
                    raise ValueError(f"{self.region}: source from another handbook: {obj}")
            elif isinstance(obj, BaseModel):
                for name in type(obj).model_fields:
                    walk(getattr(obj, name))
            elif isinstance(obj, dict):
                for v in obj.values():
                    walk(v)
            elif isinstance(obj, list):
                for v in obj:
                    walk(v)
        walk(self)     # a figure is never borrowed from another region's handbook
        return self

    @model_validator(mode="after")
    def window_agrees(self) -> Policy:
        # the 集中缴费期 is said twice, as calendar months (waiting_period) and as the year's dates
        # (payment_window): the dates must open and close in the months' first and last
        wp, w = self.waiting_period, self.payment_window
        if wp is not None and w is not None and (w.start.month, w.end.month) != (wp.window_months[0], wp.window_months[-1]):
            raise ValueError(f"{self.region}: payment_window {w.start}–{w.end} is not waiting_period.window_months "
                             f"{wp.window_months}")
        return self

    def tier_name(self, tier: str) -> str:
        return self.tier_names.get(tier, tier)


def load_file(path: Path) -> Policy:
    return Policy.model_validate(read_yaml(path))


@lru_cache(maxsize=1)
def load_policies(directory: Path = POLICY_DIR) -> dict[str, Policy]:
    """The newest year per region."""
    out: dict[str, Policy] = {}
    for path in sorted(directory.glob("*.yaml")):
        p = load_file(path)
        if p.region not in out or p.year > out[p.region].year:
            out[p.region] = p
    return out


def policy_for(region: str) -> Policy:
    policies = load_policies()
    if region not in policies:
        raise KeyError(f"no policy file for region {region!r}")
    return policies[region]
