"""Slot extraction: the facts a calculation needs, pulled out of one message.

Extractors record raw facts only — the month a fee was paid, the days since a birth, the months of
a pregnancy, the hospital as named (tier, grade, level) — and add what they find; comparing a fact
with a region's policy (the payment window, the newborn days, the 16-week line, 长治's hospital
classes) is the calculators' job, and deciding what to do with the slots is intents.forms'."""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache, wraps
from typing import Callable

from calculators.common import MAX_GROUP, MAX_HOUSEHOLD
from corpus.lexicon import OWN_BUSINESS
from intents import people, premise
from intents.numbers import Number, count_range, find_numbers, to_int
from intents.regions import covered_care_place, covered_home_at, elsewhere_is_city, elsewhere_place

# words that make a number something other than money
NOT_MONEY_AFTER = ("级", "年", "个月", "月", "次", "天", "岁", "%", "％", "胎", "型", "期", "类", "周", "号", "日",
                   "个", "人", "倍", "种", "项", "小时", "分", "点", "成", "折", "口", "w以上", "家")
# (the part said not to qualify, "不合规的掏了2万", "非合规的": the other side of 合规, 自费 by another name)
SELF_FUNDED_BEFORE = ("自费", "目录外", "不能报", "不在目录", "医保外", "乙类自付", "不合规", "非合规", "不符合报销", "不符合规定")
# ("符合报销6300" is the part that qualifies, the 合规 bill: IN_CATALOGUE_BEFORE)
REIMBURSED_BEFORE = re.compile(r"(?<!符合)(?:报了|报销了|已报|已经报了|给报了|报销)\s*$")
# the fund's share of a bill said as worked out by its rate ("照比例应报4000", "按规定应该报3000", "算下来该报
# 2000"): what the fund owes before its yearly limit, not the bill
DUE_BEFORE = re.compile(r"(?:按比例|按规定|按政策|按标准|算下来|算出来|本来)(?:算)?(?:该|应该|应当|应|能|可以)?(?:报|赔|给|支付)(?:销)?(?:的是|是)?\s*$|"
                        r"(?:应该|应当|本该|应)(?:报|赔|支付)(?:销)?(?:的是|是)?\s*$")
# "其中500是自费的": the amount said first, what it is after
SELF_FUNDED_AFTER = re.compile(r"^(?:元|块钱?)?(?:是|为|属于|都是|都属于)(?:医保|报销)?(?:自费|(?:医保)?目录外|医保外|医保范围外|政策范围外|不在目录|不能报|范围外|不合规|非合规)"
                               # (asked "是自费不？" — 不 closing the clause — never told "是目录外的不能报",
                               # "是自费的 报不了": a 不 inside the clause says it again)
                               r"(?![^，。,]{0,3}(?:吗|么|不(?=\s*(?:$|[，,。？?\s]))|？|\?))")
# said just before a sum, it is the in-catalogue (合规) part of the bill, not the whole bill
# (not its other side, "不合规的花了2万": the 自费 part — SELF_FUNDED_BEFORE)
IN_CATALOGUE_BEFORE = re.compile(r"(?:目录内|目录范围内|(?<![不非])合规|政策内|政策范围内|医保范围内|报销范围内|能报的|可以报的|符合报销的?)"
                                 # ("合规的掏了3万", "合规的自己出了3万": the compliant part paid out of pocket)
                                 r"(?:的)?(?:费用|部分|医疗费用?|钱)?(?:刚好|正好|恰好|就)?(?:自己|个人)?"
                                 r"(?:是|有|为|花了|一共|总共|共|掏了|出了|付了|自付了?)?\s*$")
# two stays told apart, each with its bill ("住院两回 第一回…第二回…", "第一次住院…第二次住院…")
TWO_STAYS = re.compile(r"第一(?:回|次|趟)[^。？?]{0,16}?第二(?:回|次|趟)|(?:住院|住了|住过)(?:两|2)(?:回|次|趟)|(?:两|2)(?:回|次|趟)(?:住院|院)")
# 那六百, 这笔三百, 那个1500: a figure pointed back at
BACK_REFERENCE = re.compile(r"(?:那|这)(?:个|笔|些)?\s*$")
TOTAL_AFTER = re.compile(r"一共|总共|合计|加起来|加一起|一起算|两个一起|都算上|算不算|算进去|算进|加进去")
# the kind of care a sum was paid for, said in its clause before it ("住院自己掏了8000", "门诊慢病自付6000")
_CARE_PART = re.compile(r"(住院|门诊慢特病|门诊慢病|门慢|慢特病|慢病|门特|特病)[^，。,；;？?！!\d]{0,10}$")
# 大病保险 asked ("大病", its spoken 二次报销): the year's own-paid sums of every kind of care are its base
_SERIOUS_ASKED = re.compile(r"大病|二次报[销账]")
# said just before a sum, it names the sum as the bill ("花了三千二", "合规的费用一共1850", "医保范围内8000")
BILL_BEFORE = re.compile(r"(?:花|用|花费|费用|医药费|医疗费|住院费|药费|总费用|目录内|目录范围内|(?<![不非])合规|政策内|政策范围内|医保范围内|"
                         r"报销范围内|能报的|可以报的|符合报销)(?:的)?(?:了|掉|去)?(?:费用|部分|钱)?(?:是|有|为|一共|总共|共|大概|差不多)?"
                         r"(?:了)?\s*$")


@dataclass
class Slots:
    values: dict[str, object] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)     # where slots were found
    not_money: list[tuple[int, int]] = field(default_factory=list)  # figures that are facts, not costs
    notes: list[str] = field(default_factory=list)                 # contradictions, unreadable amounts …

    def set(self, key: str, value: object, span: tuple[int, int] | None = None) -> None:
        old = self.values.get(key)
        if old is not None and old != value:
            self.notes.append(f"conflict:{key}:{old}:{value}")
        self.values.setdefault(key, value)
        if span:
            self.spans.append(span)

    def get(self, key: str, default: object = None) -> object:
        return self.values.get(key, default)

    def copy(self) -> Slots:
        """A reading of its own: what a caller adds to or drops from it reaches no other reading."""
        return Slots(dict(self.values), list(self.spans), list(self.not_money), list(self.notes))

    def __contains__(self, key: str) -> bool:
        return key in self.values

    def blanked(self, text: str) -> str:
        """`text` (as read) with every slot's span blanked: what the message says besides its facts.
        Blanked, not cut, as spans may overlap (二级 in 二级医院, 市里). One reading for whether a reply
        answers a form (intents.forms), names a region with facts (bot.region_policy) or asks only
        to compute."""
        for a, b in self.spans:
            text = text[:a] + " " * (b - a) + text[b:]
        return text


# the slot tables' patterns, compiled once: re's own cache holds 512 and the project reads more, so
# a table's patterns were compiled again, a third of a millisecond each, whenever others pushed them out;
# and the patterns of branches the first answer does not reach, compiled on their first use, not at
# import (start-up compiles what it did), then kept (keys: the module's own patterns, a bounded few)
_compiled = lru_cache(maxsize=None)(re.compile)


def _find(text: str, table: list[tuple[str, object]], out: Slots, key: str) -> None:
    for pattern, value in table:
        m = _compiled(pattern).search(text)
        if m:
            out.set(key, value, m.span())
            return


_N = r"(\d+|[一二两三四五六七八九十]+)"

# working said ("在职", "刚入职", "单位给我交"); not a job said not begun ("还没入职", "没上班") nor before it
# ("入职前交的合疗")
# (an office's hours — "窗口上班时间", "几点上班" — are no job of the asker's)
_WORKING = re.compile(r"在职|(?<!几点)(?<!啥时候)(?<!什么时候)上班(?!时间|的时间|[吗不]|几点)|(?:进|进了|进入)单位|入职|参加工作|(?:新|刚|才)进厂"
                      r"|单位(?:才|刚|刚刚)?(?:给我|帮我|替我)(?:交|缴|买|上)"
                      # (contributions taken from one's wages: a retiree draws a pension, not a wage)
                      r"|工资(?:里头|里面|里边|里|上|中)?(?:每个?月)?(?:都|要)?(?:扣|代扣|被扣)")
_NOT_YET = re.compile(r"(?:没|未|不|莫)(?:有|得)?(?:在|去)?$")
_BEFORE_IT = re.compile(r"(?:以|之)?前")


_NOT_WORKING = re.compile(r"(?:没|未|不|莫)(?:有|得)?(?:在|去)?(?:入职|上班|参加工作|(?:进|进入)单位)")


def _working_said(text: str) -> bool:
    return any(not _NOT_YET.search(text, 0, m.start()) and not _BEFORE_IT.match(text, m.end())
               for m in _WORKING.finditer(text))


_PAIR_COUNT = {"俩": "2", "仨": "3", None: ""}


def _n(s: str) -> int:
    return to_int(s) or 0


# ---- insurance type --------------------------------------------------------

_RESIDENT = r"城乡居民|城乡医保|城乡医疗保险|居民医保|居民|合疗|新农合|农合|农村医保|农村合作医疗|新型农村合作医疗|合作医疗|学生|大学生|中学生|小学生|新生儿|宝宝|娃|小孩|孩子|儿童|城居"
_STAFF = (r"职工|在职|上班族|"
          # the asker told as one who works, in a clause of its own ("我是上班的", "俺是上班的，…"): an employee
          r"(?:^|(?<=[\s，,。；;]))(?:我|俺)?(?:是)?上班的(?=[\s，,。；;]|$)|"
          r"单位交|单位缴|单位上班|在单位上|单位上的|月工资|从工资|工资里|扣工资|工资条|退休|灵活就业|个体户|个体工商户|企业员工|公务员|"
          # the scheme named by who pays into it ("单位医保", "单位上的医保", "单位那个医保"): 职工's everyday name
          r"单位(?:上|里|头)?(?:的|那个|那种)?医保|"
          # the base 职工 pay on, in the handbook's words ("上年度月平均工资"): 居民 pay a fixed sum
          r"月平均工资|月均工资|上年度?平均工资|"
          # an employer that pays (or owes) the asker's fees: 公司给我交医保, 单位欠了几个月医保费, 刚入职
          # ("单位一直拖着没交医保费": the employer's fees owed, however the delay is said)
          # ("单位上给买的医保", "公司里帮交的": where it is said, and 给 / 帮 with no one named, the asker's all the same)
          r"(?:公司|单位|厂里|厂头|老板)(?:上|里|头)?(?:开始|已经|一直|都)?(?:拖着|拖起|拖了[^，。]{0,4}?)?(?:没|不)?(?:给我|帮我|替我|给员工|给|帮)?(?:交|缴|买|欠|拖欠)|入职|"
          # ... with why it owes them told between ("老板资金周转不过来 欠了五个月的医保费")
          r"(?:公司|单位|厂里|厂头|老板)[^。？?！!]{0,12}?欠[了着下]?[^，。？?！!\s]{0,6}?(?:医保|保险)费?|"
          # a job one is transferred to ("从重庆调到巴中上班", "转回巴中上班", "工作调动"): an employee's move,
          # whose 医保 goes with it (第二章 职工医保关系转移)
          r"(?:调|转)(?:回|到|来|去)[^，。？?！!\s]{0,6}?(?:上班|工作)|工作调动|调动工作")
_RESIDENT_RE = re.compile(_RESIDENT)
_STAFF_RE = re.compile(_STAFF)
# (男人 / 婆娘 / 堂客: how many places say husband / wife — "男人是职工 我合疗")
_SPOUSE = people.SPOUSE
# the 职工 side's top-up for a birth in 居民医保 (配偶生育补差), asked by its name
_TOP_UP = re.compile(r"补差")
# the spouse said to be in 职工医保 ("我老公是巴中职工医保"), and the top-up asked by its verb ("还能补不")
SPOUSE_STAFF = re.compile(rf"({_SPOUSE})[^，。,；;？?]{{0,8}}?职工")
# ... the husband's, in a birth's question (the asker the one giving birth), and the asker's own 职工 said beside it
_HUSBANDS_STAFF = re.compile(r"(?:老公|丈夫|男人)[^，。,；;？?]{0,8}?(职工)")
_BIRTH_ASKED = re.compile(r"生娃|生孩子|生小孩|生宝宝|生育|顺产|剖腹产|剖宫产|难产|分娩|坐月子|产检|产前检查")
_OWN_STAFF = re.compile(r"我(?:也|自己|本人)(?:是|交的?是?|参加的?是?)?[^，。,；;]{0,4}?职工|(?:^|[，。,；;\s])(?:我|俺)(?:是|交的?是?|参加的?是?)[^，。,；;他]{0,4}?职工")
TOP_UP_ASKED = re.compile(r"补差|(?:还|能|可以|可)(?:能|以)?补(?!缴|交|办|录|卡|登)|补(?:不|吗|么|嘛|多少|好多|几多|得到)")
# one member of a household, named by who they are: `people.MEMBER`
_MEMBER = people.MEMBER
# ... or by a one-character kin word said with its owner ("我哥", "俺姐"): a member all the same
_MEMBER_OWNED = r"(?:" + _MEMBER[3:-1] + r"|(?:我|俺)(?:" + people.KIN_SHORT + r"))"


# a job left, then 居民医保 ("交的职工医保，去年辞职了，打算在老家交城乡居民医保"): a switch to 居民
# (not the spouse's: "我老婆没上班 参加的城乡居民", "我老婆现在没上班", "老婆一直没上班" — a spouse word a
# few words before, within the clause — is the spouse's scheme, told for 配偶生育补差)
# (居民医保 by its spoken names too: "辞职了回去买合疗")
_LEFT_JOB_RE = re.compile(r"(?:辞职|离职|辞工|不干了|下岗|失业|没上班了?|不上班了?)[^。]{0,30}?(城乡居民|居民|城乡医保|合疗|新农合)(?:医保)?")
# (the asker said between is the asker's own: "老婆叫我辞职了")
_SPOUSE_BEFORE = re.compile(rf"(?:{_SPOUSE})[^，。,；;？?！!\s我]{{0,6}}$")


_LEFT_JOB_WORD = re.compile(r"辞职|离职|辞工|不干了|下岗|失业|没上班|不上班")


def _left_job(text: str) -> re.Match | None:
    """The first job left by the asker, then 居民 (a spouse's left job, "我老婆现在没上班", passed over)."""
    for m in _LEFT_JOB_WORD.finditer(text):
        left = None if _SPOUSE_BEFORE.search(text, 0, m.start()) else _LEFT_JOB_RE.match(text, m.start())
        if left:
            return left
    return None
# the other way: 居民 before, then a job and its 职工医保 ("之前一直交的合疗…今年进了厂 厂里给我交职工医保")
# ("交了好几年居民医保 … 今年进了单位交职工医保", "以前交居民医保 … 现在单位给我交职工医保了": years of 居民
# said as past, or an employer now paying, are the same switch)
# ("交了3年居民医保 … 中间断了5个月才交上职工医保": the years counted, the 职工 cover taken up after)
_JOINED_JOB_RE = re.compile(r"(?:(?:之前|以前|原来|原先|一直|(?:交|缴|参保|买)了?(?:[^。，,\d]{0,4}?|\d{1,2})年)[^。]{0,12}?"
                            r"(?:合疗|新农合|城乡居民|城乡医保|居民)|"
                            # (the scheme named first, then its years: "居民医保交了3年，后来进单位…")
                            # ("居民医保连续交了六年": how it was paid said between)
                            r"(?:合疗|新农合|城乡居民|城乡医保|居民)(?:医保)?(?:连续|一直|已经|都)?(?:交|缴|参保|买)了?(?:[^。，,\d]{0,4}?|\d{1,2})年|"
                            # (or the month it was paid up to: "居民医保缴到2024年10月 2025年3月进厂…")
                            r"(?:合疗|新农合|城乡居民|城乡医保|居民)(?:医保)?(?:交|缴|买)(?:费)?(?:到|至))[^。]{0,30}?"
                            r"(?:进了?厂|入职|上班|参加工作|找了?(?:个)?工作|进了?(?:公司|单位)|(?:去|到)了?(?:厂|单位|公司)(?:里|上)?|"
                            r"(?:才|后来|然后|现在)(?:交上|缴上|交了|参加了?|买了?)(?=职工)|"
                            r"(?:单位|公司|厂里|老板)(?:现在|开始|就)?(?:给我|帮我|替我)(?:交|缴|买))[^。]{0,32}?(职工)")


# a fund said to be left out ("不算大额和公务员补助", "除了大病保险") is not the one asked about
_FUND = r"(?:职工)?(?:大额[^，。)）、和及与跟]{0,6}|大病保险|大病|公务员[^，。)）、和及与跟]{0,6})"
# ... before it as after ("大额那些先不算", "大病保险的先不管")
_FUND_BEFORE = r"(?:职工)?(?:大额(?:补助|医疗费用补助|医疗补助)?|大病保险|大病|公务员(?:医疗)?补助)"
EXCLUDED = re.compile(r"(?:不算|不含|不包括|不计|除了|除开|除去|先不管)上?" + _FUND + r"(?:[和、及与跟]" + _FUND + r")*|"
                      + _FUND_BEFORE + r"(?:[和、及与跟]" + _FUND_BEFORE + r")*(?:那些|那个|这些|这个|那部分|的|那块)?"
                      r"(?:先|暂时|都|就)?(?:不算|不管|不用算|不要算|不考虑|不计|除外)")


# both schemes said to be alike ("职工居民都一样吧", "不管职工还是居民"): no scheme of the asker's (the
# form asks only where the answer differs); a question ("职工居民一样吗") is not this
_SCHEME = r"(?:职工|城乡居民|居民)(?:医保)?"
EITHER_SCHEME = re.compile(r"(?:不管|不论|无论)(?:是)?" + _SCHEME + r"(?:还是|或者?|和|跟)" + _SCHEME + r"|"
                           + _SCHEME + r"(?:和|跟|与|、|还是|或者?)?" + _SCHEME
                           + r"(?:都|应该|反正|估计)*(?:是)?(?:一样|相同|差不多|一个样)(?![吗嘛么不？?]|的吗)")

# the asker's own scheme said not known ("记不清参的是居民还是职工", "职工还是居民我也不晓得"): no scheme told,
# never the two read as a conflict (the form asks only where the answer differs; intents.acts.each_scheme
# reads the question once for each)
_ANY_SCHEME = r"(?:城乡居民|居民|合疗|新农合|农合|职工)(?:医保|医疗保险)?"
_NOT_KNOWN = r"(?:搞不清|弄不清|闹不清|整不清|分不清|说不清|记不清|不清楚|不太清楚|不知道|不晓得|晓不得|不记得|记不得|忘了|不确定)楚?"
# (whose scheme may be said between, "搞不清我爸是职工还是居民", and the two named back to back before
# the not knowing, "职工居民我分不清"; never a difference not known, "职工居民的区别搞不清", which asks the rule)
_WHOSE = r"(?:[^，。,；;？?\s]{0,3}?|" + people.MEMBER + r"|(?:屋头|屋里|家里|家头|我家|俺家)(?:的)?(?:老人|" + people.MEMBER[3:-1] + r"))"
UNSURE_SCHEME = re.compile(_NOT_KNOWN + _WHOSE + r"(?:是|参加的?是?|交的是?|买的是?|参的是?)?" + _ANY_SCHEME
                           + r"(?:还是|或者?是?|或)" + _ANY_SCHEME + "|" + _ANY_SCHEME + r"(?:还是|或者?是?|或|和|跟|、)?" + _ANY_SCHEME
                           + r"(?:的|医保)?(?:(?!区别|差别|不同|差异|咋|怎么|哪个好)[^，。,；;？?]){0,4}?" + _NOT_KNOWN)

# both schemes said not joined ("职工居民都没参", "职工和居民医保都没交"): a year without cover, never
# the asker's scheme (which a later "2026年交了居民医保" names)
NEITHER_SCHEME = re.compile(_SCHEME + r"(?:和|跟|与|、|还是|或者?)?" + _SCHEME
                            + r"(?:我|都|也|一个都|哪个都|两个都)*(?:没有?|未|莫得?)(?:参加|参保|参|交|缴|买|上)")


# the other scheme named only as what the asker's is likened to ("退休职工 … 也跟居民一样就降10%",
# "我是居民医保 是不是和职工一样报"): the asker's is the scheme said outside the likeness
_LIKE_SCHEME = re.compile(r"(?:跟|和|像|同|与|照)(?:着)?(?:城乡居民|居民|合疗|新农合|职工)(?:医保)?(?:的|那样|那种)?"
                          r"(?:一样|那样|那么|似的|相同|差不多|一个样)")


def _scheme(word: str) -> str:
    """The scheme a word names among 职工 / 居民 / 城乡居民 / 合疗 / 新农合 — or a sign of 职工 (在单位上班,
    月工资 …: "我在单位上班 职工医保 老婆没工作 参加的城乡居民", the first of them read as 职工)."""
    return "职工" if word == "职工" or _STAFF_RE.fullmatch(word) else "居民"


# the note of a message naming both schemes as no one pair's (not a switch, not a spouse's), which
# `insurance_of` leaves instead of a scheme
BOTH_SCHEMES_NOTE = "conflict:insurance:职工:居民"
# the note of two stays at two levels told by one sum (intents.validate asks each stay's bill)
TWO_STAYS_ONE_SUM_NOTE = "split:two_stays_one_sum"


# (生的娃, 生的孩子: the birth told as done, "在市中心医院生的娃")
_BIRTH_OF_CHILD = re.compile(r"(?:生|怀)(?:了个|了|个|个小|的)?(?:娃娃|娃儿?|孩子|小孩|宝宝|儿子|女儿)")
_NOT_RETIRED = re.compile(r"(?:还|都|也)?(?:没有?|未|莫得?|不是|没到)(?:办)?退休")
# (platform gig work, "跑滴滴", "送外卖", "开网约车": the handbook's 其他灵活就业人员, no employer's)
# (... and one's own small shop or trade, "开了个小面馆", "做点小生意": the 无雇工的个体工商户, as the search reads it)
_FLEXIBLE_EMPLOYMENT = re.compile(r"灵活就业|个体户|个体工商户|自由职业|打零工|"
                                  r"(?:跑|开)(?:滴滴|网约车|外卖|顺风车)|送外卖|外卖骑手|网约车司机|滴滴司机|" + OWN_BUSINESS.pattern)
_LARGE_MEDICAL = re.compile(r"大额")
_CIVIL_SERVANT = re.compile(r"(?<!不是)(?<!不属于)(?<!非)公务员")
_SWITCHED_TO_SCHEME = re.compile(r"(?:换成|转成|转为|换到|改成|改参|改交|改缴|改买|换买|转交|换交|切换到?|转到|转入|转(?=职工|居民|城乡|合疗|新农合))"
                             r"[^，。,]{0,4}?(职工|居民|城乡居民|城乡医保|合疗|新农合)")
_RETIRED = re.compile(r"退休")
_IN_SERVICE = r"在职"
# 在职 and 退休 weighed against each other ("在职和退休的有啥区别") or 在职 denied ("我不是在职的"): no status
# of the asker's told — either would state one group's rows to the other
_STATUS_WEIGHED = re.compile(r"在职的?(?:和|跟|与|同|还是|或者?|、)的?退休|退休的?(?:和|跟|与|同|还是|或者?|、)的?在职"
                             r"|(?:不是|没有?在?|不在)在职")
_FLEXIBLE_PAYING = re.compile(r"(?:灵活就业|个体户|自由职业)[^，。,；;]{0,4}(?:交|缴|参保|买)")
_SCHEME_AT_END = r"(?:职工|居民|医保|合疗|农合)\s*$"


# a couple told of others, each with a scheme: the woman giving birth ("她是合疗", "嫂子交的居民") and her
# husband ("我弟是职工", "她老公单位交的职工")
_HER = r"(?<![其])她|嫂子|弟媳妇?|儿媳妇?|侄媳妇?|女儿|闺女|妹妹|姐姐|(?:我|俺)(?:妹|姐)"
_HIM = r"(?<![其])他|(?:我|俺)(?:哥|弟)|哥哥|弟弟|儿子|女婿|侄儿|(?:她|嫂子|弟媳妇?|儿媳妇?|女儿|闺女|妹妹|姐姐)(?:的)?(?:老公|丈夫|男人|爱人)"
_SCHEME_SAID = r"(?:是|的|参加的?是?|交的是?|买的是?|单位交的是?)?[^，。,；;我俺他她]{0,4}?"
_HER_SCHEME = re.compile(rf"(?:{_HER}){_SCHEME_SAID}(城乡居民|居民|城乡医保|合疗|新农合)")
_HIS_SCHEME = re.compile(rf"(?:{_HIM}){_SCHEME_SAID}(职工)")


# the asker's own 居民 said ("我是合疗"), not a relative's ("我女儿是合疗")
_OWN_RESIDENT = re.compile(rf"(?:我|俺)(?!{_SPOUSE}|家|们|屋|{people.KIN_LONG}|{people.KIN_SHORT}|{people.KIN_FAR})"
                           r"(?:是|参加的?是?|交的是?|自己是?)?[^，。,；;]{0,3}?(?:居民|合疗|新农合)")


def _couple_of_others(text: str) -> tuple[re.Match, re.Match] | None:
    """His 职工 and her 居民 said of a couple of the asker's kin in a birth's question whose top-up is asked
    ("帮我女儿问一下 她是新农合 女婿是职工 她顺产 … 女婿那边还能补多少"); None when the asker tells their own scheme."""
    if not _BIRTH_ASKED.search(text) or not TOP_UP_ASKED.search(text) or _OWN_STAFF.search(text) \
            or _OWN_RESIDENT.search(text):
        return None
    he, she = _HIS_SCHEME.search(text), _HER_SCHEME.search(text)
    return (he, she) if he and she else None


# a child the asker minds for a relative ("给女儿带孩子", "在广州帮儿子带孙娃儿", "照看外孙"): why the asker is
# where they are, no child's own (居民) scheme — unless the child is taken for care ("带孩子去看病": the patient)
_MINDING_CHILD = re.compile(r"(?:带|看|照顾|照看|帮忙带|帮着带|帮[他她]带)(?:一下|下|着)?(?:孙子|孙女|外孙女?|孙娃儿?|孙孙|娃娃|娃儿?|孩子|"
                            r"小孩儿?|宝宝|细娃儿?)(?![^，。,；;？?\s]{0,4}(?:看病|看医生|住院|就医|就诊|打针|输液|检查|去医院|到医院|"
                            r"看门诊|治疗|拿药|开药|生病|病了|发烧))")


def insurance_of(text: str, out: Slots) -> None:
    # 生娃 / 生孩子 is a birth, not a child's own (居民) insurance
    said = _BIRTH_OF_CHILD.sub(lambda m: "　" * len(m.group(0)), text)
    said = _MINDING_CHILD.sub(lambda m: "　" * len(m.group(0)), said)
    said = EITHER_SCHEME.sub(lambda m: "　" * len(m.group(0)), said)
    said = NEITHER_SCHEME.sub(lambda m: "　" * len(m.group(0)), said)
    said = UNSURE_SCHEME.sub(lambda m: "　" * len(m.group(0)), said)
    # (a job said not begun, "还没入职", names no 职工 of the asker's)
    said = _NOT_WORKING.sub(lambda m: "　" * len(m.group(0)), said)
    # (nor does the household listed, "家头只剩老人和孩子": its child is no patient whose scheme is the case's)
    said = people.HOUSEHOLD_TOLD.sub(lambda m: "　" * len(m.group(0)), said)
    res, staff = _RESIDENT_RE.search(said), _STAFF_RE.search(said)
    switch = _SWITCHED_TO_SCHEME.search(text) \
        or _left_job(text) or _JOINED_JOB_RE.search(text)
    # (not two schemes weighed together: "职工和居民一样吗" names no scheme of the asker's)
    liked = _LIKE_SCHEME.sub(lambda m: m.group(0) if _compiled(_SCHEME_AT_END).search(said[:m.start()])
                             else "　" * len(m.group(0)), said) if res and staff and not switch else said
    if liked != said:
        res, staff = _RESIDENT_RE.search(liked), _STAFF_RE.search(liked)
    couple = _couple_of_others(text) if res and staff and not switch else None
    if res and staff and switch:
        # 从职工医保换成居民医保 (转成交合疗): the scheme switched to is the asker's now
        out.set("insurance", _scheme(switch.group(1)), switch.span(1))
    elif couple is not None:
        # "她是新农合 女婿是职工 她顺产 … 女婿那边还能补多少": a couple of the asker's kin, she in 居民医保 giving birth, he
        # in 职工医保 — his side's top-up for her birth (配偶生育补差), as "我是职工 老婆合疗" asks it of the asker
        he, she = couple
        out.set("insurance", "职工", he.span(1))
        out.set("spouse_insurance", "居民", she.span(1))
        out.set("top_up", True)
    elif res and staff:
        # 我老婆是居民医保，我是职工医保: the asker's scheme and the spouse's (配偶生育补差)
        # ("我老婆没上班 参加的城乡居民": a few words of why between)
        spouse = re.search(rf"(?:{_SPOUSE})[^，。,；;]{{0,8}}?(职工|居民|城乡居民|城乡医保|合疗|新农合)", text)
        # (or where the asker works said first, "我在单位上班交的职工医保")
        mine = re.search(rf"我(?!{_SPOUSE}|家|们|屋)(?:是|参加的?是?|交的是?|自己是?)?(?:[^，。,；;老]{{0,4}}?|在[^，。,；;老\s]{{3,9}}?)"
                         rf"(职工|居民|城乡居民|城乡医保|合疗|新农合)", text)
        top_up = _TOP_UP.search(text)
        if spouse and not mine and top_up:
            # "男的职工医保 老婆居民医保 配偶补差好多": the spouse's scheme named, the other one is the
            # household's other side — 补差 asked is of a couple, not two schemes of one person
            mine = re.search(f"({_RESIDENT})" if _scheme(spouse.group(1)) == "职工" else f"({_STAFF})",
                             said[:spouse.start()] + "　" * (spouse.end() - spouse.start()) + said[spouse.end():])
        if spouse and mine and _scheme(spouse.group(1)) != _scheme(mine.group(1)):
            out.set("insurance", _scheme(mine.group(1)), mine.span(1))
            out.set("spouse_insurance", _scheme(spouse.group(1)), spouse.span(1))
            if re.match(r"老公|丈夫|男人", spouse.group(0)):
                out.set("spouse_husband", True)     # the asker is the one giving birth
            if top_up:
                # (补差 is paid for the birth in 居民医保 by the 职工 side: whoever is 居民 gave birth,
                # though 爱人 / 对象 names no side)
                out.set("top_up", True)
        elif re.search(r"职工医保|职工", text) and re.search(r"城乡居民|居民医保|居民|合疗|新农合", text):
            out.notes.append(BOTH_SCHEMES_NOTE)
        elif re.search(r"职工|在职|退休|灵活就业", text):
            out.set("insurance", "职工", staff.span())
        else:
            out.set("insurance", "居民", res.span())
    elif res:
        out.set("insurance", "居民", res.span())
    elif staff and (husband := _HUSBANDS_STAFF.search(said)) and _BIRTH_ASKED.search(text) \
            and not _OWN_STAFF.search(said):
        # "我老公单位交的职工医保 我是他配偶 剖腹产报好多": in a birth's question the husband's 职工 is the
        # spouse's scheme, not the one giving birth — her own is hers to say (职工 配偶: 补差 only, 巴中
        # 第二章 九问), never the 职工's own allowance taken for hers
        out.set("spouse_insurance", "职工", husband.span(1))
        out.set("spouse_husband", True)
    elif staff:
        out.set("insurance", "职工", staff.span())
    if _STATUS_WEIGHED.search(text):
        pass
    elif _NOT_RETIRED.search(text):
        out.set("retired", False)        # "还没退休", "未退休": working — never the 退休 rows
    elif _RETIRED.search(text) and not _compiled(_IN_SERVICE).search(text):
        out.set("retired", True)
    elif _working_said(text) \
            or _FLEXIBLE_PAYING.search(text):
        # (a job just begun, or an employer paying the asker's share now, is working: "我新进厂 单位才给我交")
        # (灵活就业 paying its own contributions is working: a retiree pays none)
        out.set("retired", False)
    if _FLEXIBLE_EMPLOYMENT.search(text):
        out.set("flexible", True)
    if _LARGE_MEDICAL.search(EXCLUDED.sub("", text)):
        # 职工大额医疗费用补助 asked about: a 职工 benefit
        out.set("large_medical", True)
        if out.get("insurance") is None and BOTH_SCHEMES_NOTE not in out.notes:
            out.set("insurance", "职工")
    if _CIVIL_SERVANT.search(EXCLUDED.sub("", text)):
        out.set("civil_servant", True)


# ---- hospital as named ----------------------------------------------------------

_TIER = [
    (r"三甲|三级甲等|3甲", ("三级", "甲")),
    (r"三乙|三级乙等|3乙", ("三级", "乙")),
    (r"二甲|二级甲等|2甲", ("二级", "甲")),
    (r"二乙|二级乙等|2乙", ("二级", "乙")),
    (r"(?<!高血压)(?<!高血压病)(?:三级|3级)(?!甲|乙)", ("三级", None)),
    (r"(?<!高血压)(?<!高血压病)(?:二级|2级)(?!甲|乙)", ("二级", None)),
    # (the handbooks' 一级及未定级: a hospital said to have no grade is in the 一级 row)
    (r"(?:未|没有?|尚未|还没有?|无|不)(?:定级|评级|评定等级|定等级)", ("一级", None)),
    # (同一级别 / 同一级的医院 is the same tier as the one before, not 一级: intents.slots.SAME_TIER)
    (r"(?<!高血压)(?<!同)(?:一级|1级)", ("一级", None)),
    # (a 村卫生室 is below a 乡镇卫生院, in the lowest row the tables list: 长治's "一级（三类收费及以下）")
    (r"乡镇卫生院|乡卫生院|镇卫生院|卫生院|社区卫生服务中心|社区卫生服务站|社区医院|乡镇医院|镇医院|乡医院|卫生服务中心|"
     # (a village's 卫生所 is its 卫生室; a school's, "校卫生所", is the campus clinic: out of scope)
     r"村卫生室|卫生室|村卫生所|(?<![校学])卫生所|村医(?:那里|那儿|那|处)?(?=看|拿|开|买)|村诊所|"
     # ("在社区住院", "社区住了五天": a 社区 that keeps patients is its 社区卫生服务中心)
     r"(?<=在)社区(?=住院|住了|住的院)|社区(?=住院)", ("乡镇卫生院", None)),
    # "从二级转回乡镇", "从乡镇转到二级": 乡镇 alone, where a stay's course says it is a hospital
    # — or where a bill or a stay is told of it ("乡镇花了三千", "乡镇住了十天")
    (r"(?:(?:(?<=转回|转到|转去|转往|转入|回到)|(?<=从))乡镇(?!卫生院|医院)|"
     r"乡镇(?=(?:那边|那头|那里|那儿|这边)?(?:花|用|住了|住院|住的|报)))", ("乡镇卫生院", None)),
    (r"药店|药房", ("药店", None)),
]
_LEVEL = [
    (r"省外|外省|跨省", "省外"),
    (r"省市级|省、市级|省级|省医院|省人民医院|省立|省城|省里", "省市级"),
    (r"市级|市医院|市人民医院|市中心医院|市中医院|市里", "省市级"),
    # a hospital said to be the city's or the county's ("在长治市的三级乙等医院", "平顺县的二级医院"):
    # its level, the words between naming its tier or grade only (not a scheme, nor another place)
    (r"(?<![外壁城都])市的(?:(?!医保|县|区)[^，。,；;？?！!\s]){0,6}?医院", "省市级"),
    (r"县级|县医院|县人民医院|县中医院|县城|县里|区医院|区人民医院|县的(?:(?!医保|市)[^，。,；;？?！!\s]){0,6}?医院", "县级"),
]


_CLASS_AND_BELOW = re.compile(r"([一二三])级([甲乙])等及以下")


@lru_cache(maxsize=1)
def _fee_classes() -> list[tuple[str, tuple[str, None]]]:
    """A hospital named by its 收费标准 class ("三类收费的医院", "收费标准是一类的"), as the policy files
    name the classes (长治's table is by class): the class is the tier said, which the region's policy
    maps to its row (calculators.hospital); a region without classes asks the tier."""
    from calculators.hospital import classes_named
    from calculators.policy import load_policies
    names = sorted({c for p in load_policies().values() for c in classes_named(p)})
    out = []
    for c in names:
        bound = _CLASS_AND_BELOW.fullmatch(c)
        if bound:
            # a class by its bound ("二级乙等及以下", "二乙以下的", "2级乙等和以下"): the bound and what is
            # below it, one class — never the 二级 hospital alone
            n, g = bound.group(1), bound.group(2)
            tier = f"(?:{n}|{_CLASS_DIGIT[n]})"
            out.append((rf"{tier}\s*级\s*{g}\s*等\s*(?:及|和|或|以及)?\s*以下|{tier}{g}\s*(?:及|和|或|以及)?\s*以下", (c, None)))
            continue
        # (the class's numeral as a digit too, and spaces between: "3类收费", "三 类 收费")
        said = "[" + c[0] + _CLASS_DIGIT[c[0]] + r"]\s*类"
        out.append((said + r"\s*收费|收费标准(?:是|为|属于|算)?" + said, (c, None)))
    return out


_CLASS_DIGIT = {"一": "1", "二": "2", "三": "3"}


def _tier_mentions(text: str) -> list[tuple[int, int, str, str | None]]:
    found: list[tuple[int, int, str, str | None]] = []
    for pattern, (tier, grade) in _fee_classes() + _TIER:
        for m in _compiled(pattern).finditer(text):
            if any(a < m.end() and m.start() < b for a, b, _, _ in found):
                continue
            found.append((m.start(), m.end(), tier, grade))
    return sorted(found)


def tier_mentions(text: str) -> list[tuple[int, int, str, str | None]]:
    """All tier mentions in order, with where each is said: (start, end, tier, grade)."""
    return _tier_mentions(text)


def tiers_in(text: str) -> list[tuple[int, str, str | None]]:
    """All tier mentions in order: (position, tier, grade)."""
    return [(a, t, g) for a, _, t, g in _tier_mentions(text)]


# "一级的社区医院", "乡镇卫生院这种一级医疗机构": one hospital named twice, not two stays
# — the hospital's noun may come between: "二级甲等医院(二类收费)"
# (said with a pause between: "一级的 社区医院")
_ONE_PLACE = re.compile(r"(?:医院|医疗机构)?(?:的|这种|这类|这样的|那种|这个|也就是|即|属于|算|，?是|\s*[(（]\s*)?(?:(?<=的)\s)?")


# the same tier as the stay before ("这次又住同一级别的医院", "还是同级医院", "一样等级的"): the tier said once
# — or the same hospital as before ("同一个二级医院", "还是上次那家医院"), whose tier is the same too
SAME_TIER = re.compile(r"同一(?:个)?(?:级别|等级|级)|同(?:级别|等级|级)|同样(?:的)?(?:级别|等级)|一样(?:的)?(?:级别|等级)|"
                       r"(?:级别|等级)(?:也)?(?:一样|相同)|"
                       r"同一(?:个|家|所)?[^，。,；;病从]{0,4}?(?:医院|卫生院)|(?:还是|又是|又去|又在)(?:上次|上回|之前|原来)?那(?:个|家|所)|"
                       # the earlier stay's hospital named with the verb between ("还是住之前那家", "又去的上回那个")
r"(?:还是|又是|还|又)(?:住|去|在)(?:的|在|到)?(?:上次|上回|之前|原来|以前)(?:住过?的|去过?的)?那(?:个|家|所)")


# "第二次在三级医院住院": the count is of stays at that hospital's tier ("第二次住院在三级医院" counts stays)
_NTH_AT = re.compile(r"第[二两三四五2-5](?:次|回)(?:在|去|住|进|到)(?:了)?(?:同一[家个所]|这[家个所]|那[家个所])?$")


# the words that move a patient to the hospital named next (转到三级医院, 后来又去了县医院)
# ("一级医院转二级医院": the hospital moved to said right after 转, with no 到)
_MOVED_TO = re.compile(r"转(?:院|诊)?(?:到|去|入|往|回)(?:了)?(?:到)?|(?:又|再)(?:到|去|住)(?:了)?(?:进)?|"
                       r"(?<=[院心])转(?=三甲|三乙|二甲|二乙|[一二三]级|乡镇|镇卫|县医院|市医院|省医院)")


# the stay said as the earlier one, by when ("上个月在三级住过一次") or by its verb ("三级医院住过"): the
# prior stay, wherever it is named — "这次" is the other
_EARLIER_STAY = re.compile(r"(?:上个?月|上次|上回|上一次|之前|以前|前段时间|年初|前几个月|前两个月|先)(?:是|在|去|住在|住的)?\s*$")
# ("二级那次" names either stay, the earlier or this one: no sign)
# (not one stayed at again, "县医院又住了一次": the later stay, 又 / 再 said before its 住)
_STAYED_AFTER = re.compile(r"[^，。,；;这又再]{0,8}?(?:住过|住了一次|住过一次)")


_PRIOR_STAY_WORD = re.compile(r"(?:从|上次|上一次|之前|(?<![优首事原预率抢])先前|前面|(?<![优首事原预率抢])先在|第一次)(?:是|在|住在|住的)?|"
                        # ("先二级住院后三级住院": 先 said right before the earlier stay's hospital — not 优先 / 首先,
                        # nor one of two tiers weighed, "先去二级还是直接去三级")
                        r"(?<![优首事原预率抢])先(?:是|去)?(?=三甲|三乙|二甲|二乙|[一二三]级|乡镇|镇卫|县医院|市医院|社区)"
                        r"(?![^，。？?]*还是)")
# (… or said again at another, "这回又在市医院住院": 又在 / 再在 / 又进)
_SECOND_STAY_WORD = r"转到|转去|转入|转回|转院|转往|又到|再到|再去|又去|然后|后来|又住|住过|又在|再在|又进"
_EARLIER_AT_TIER = r"(?:上次|上一次|之前)[^，。,]{0,6}(?:三甲|三级|二级|一级|卫生院|乡镇)"
# a hospital stayed at before ("在二级医院住过一回了"), not one said never stayed at ("没在二级医院住过",
# "二级医院还没住过"): the denial before the hospital or between it and 住过
_STAYED_AT_BEFORE = re.compile(r"(?<![没未])(?<!没有)(?<!从没)(?<!不曾)(?<!没在)(?<!未在)(?<!没有在)(?<!从没在)(?<!从来没在)"
                               r"(?:三甲|三级|二级|一级|卫生院|乡镇)[^，。,没未]{0,6}住过")
_MOVED_FROM_TIER = r"从[^，。,]{0,4}(?:三甲|三级|二级|一级|卫生院|乡镇)[^，。,]{0,6}转"


# the asker's own doubt about which hospital it was ("忘了是卫生院还是县医院", "二级还是三级忘了")
_UNSURE = re.compile(r"记不清|记不得|不记得|搞不清|弄不清|闹不清|整不清|不知道|不晓得|忘了|忘记了|不确定|说不准|拿不准")
_EITHER = re.compile(r"[^，。,；;？?！!]{0,4}?(?:还是|或者是?|或是)(?:在|去|住的?)?")


def _unsure_which(text: str, mentions: list[tuple[int, int, str, str | None]]) -> bool:
    """Two hospitals said as an either-or the asker cannot tell apart: no hospital of the stay is known."""
    named = sorted([(a, b) for a, b, _, _ in mentions]
                   + [m.span() for pattern, _ in _LEVEL for m in _compiled(pattern).finditer(text)])
    for (a1, b1), (a2, b2) in zip(named, named[1:]):
        if a2 < b1 or not _EITHER.fullmatch(text[b1:a2]):
            continue
        start = max((text.rfind(c, 0, a1) for c in "，。,；;？?！!"), default=-1) + 1
        ends = [i for i in (text.find(c, b2) for c in "，。,；;？?！!") if i >= 0]
        if _UNSURE.search(text[start:min(ends, default=len(text))]):
            return True
    return False


# a stay told after an outpatient visit ("先在卫生院看了门诊 花了300 后来又住了一次院 …"): the visit is no stay,
# its hospital no earlier stay's, its bill no part of the stay's (门诊 is paid by its own rules)
# (told after the visit, by the words of what came next: a "住院" that is only the bill's label is no stay told)
_STAY_TOLD = re.compile(r"(?:(?:后来|然后|接着|过后|之后|后头|后面|结果|第二天|隔天|没几天)[^，。,；;？?\d]{0,3}?(?:又|再|就)?|又|再)"
                        r"(?:住了?(?:一次|一回|一趟|个|几天)?院|住进了?(?:医院)?|入了?院|办了?住院)")
# (门诊 by its name, or the drugs fetched: "看病" alone may be the stay's own care)
_VISIT_TOLD = re.compile(r"门诊|开(?:了|过)?(?:点|些)?药|拿(?:了|过)?(?:点|些)?药")
# (an emergency visit before a stay is the handbook's own case — 急诊、抢救的门诊费用纳入当次住院 — not set apart here)
_NOT_A_PLAIN_VISIT = re.compile(r"住|急诊|抢救")
# a filler keeping the places of the text's other words, matched by no pattern of this module
_MASK = "□"


def outpatient_before_stay_of(text: str, out: Slots) -> None:
    """An outpatient visit told before a stay ("看了门诊 … 后来又住了一次院"): `_visit_before_stay`, the visit's
    part of the text (its hospital and bill read as the visit's, not the stay's), and `outpatient_bill` its bill."""
    stay = _STAY_TOLD.search(text)
    if stay is None or stay.start() == 0:
        return
    before = text[:stay.start()]
    if not _VISIT_TOLD.search(before) or _NOT_A_PLAIN_VISIT.search(before):
        return
    out.values["_visit_before_stay"] = (0, stay.start())
    said = [n for n in find_numbers(before) if n.value is not None and not n.year and not n.age and not n.approx
            and (n.explicit or n.value >= 10)]
    if said:
        out.set("outpatient_bill", said[-1].value)


def _without_visit(text: str, out: Slots) -> str:
    """`text` with an outpatient visit told before the stay masked (`outpatient_before_stay_of`), places kept."""
    span = out.get("_visit_before_stay")
    if not span:
        return text
    a, b = span
    return text[:a] + _MASK * (b - a) + text[b:]


def tier_of(text: str, out: Slots) -> None:
    # (the hospital of a visit told before the stay is the visit's: read without it)
    text = _without_visit(text, out)
    mentions = _tier_mentions(text)
    out.spans += [(a, b) for a, b, _, _ in mentions]      # where the hospital is named
    if _unsure_which(text, mentions):
        # "忘了是卫生院还是县医院": neither is this stay's hospital as far as anyone knows — the
        # tier is asked, never the first one named taken for it (the two pay very differently)
        out.notes.append("unsure:tier")
        return
    if len(mentions) == 2 and mentions[0][2] != mentions[1][2] \
            and (_ONE_PLACE.fullmatch(text[mentions[0][1]:mentions[1][0]])
                 # ("乡镇卫生院 二级乙等以下那种": the second said of the first, apart only by a space)
                 or (not text[mentions[0][1]:mentions[1][0]].strip(" ，,")
                     and re.match(r"(?:的)?(?:那种|这种|那类|这类|那样的|这样的)", text[mentions[1][1]:]))):
        (_, _, first, grade), (_, _, second, _) = mentions
        out.set("tier", first)
        if grade:
            out.set("grade", grade)
        # which of the two the region's table means is the policy's to say (intents.form_rules.one_tier)
        out.notes.append(f"pair:tier:{first}/{second}")
        _level_of(text, out)
        return
    found = [(a, t, g) for a, _, t, g in mentions]       # (tiers_in, from the mentions read above)
    prior_m = _PRIOR_STAY_WORD.search(text)
    if len(found) >= 2 and len({t for _, t, _ in found}) == 1 and _compiled(_MOVED_FROM_TIER).search(text) \
            and not _MOVED_TO.search(text):
        # "从卫生院转上去的 卫生院那边已经扣过起付线了": one hospital, named again, that the patient came
        # from — the earlier stay's; this stay's hospital is not said here (it is the one told before)
        found = found[:1]
    if len(found) >= 2 and (_compiled(_SECOND_STAY_WORD).search(text)
                            or _MOVED_TO.search(text) or prior_m
                            # "住了两次院 一次在三级医院花了1万 一次二级花了5000": two stays, each at its own
                            # hospital, said in turn — the one said first is the earlier stay
                            or (TWO_STAYS.search(text) and len({t for _, t, _ in found}) > 1)):
        # 从二级转到三级 / 上次在二级: the earlier one is the prior stay — or the one said to be
        # where the patient came from ("三级医院住院…是从乡镇卫生院转过来的")
        came = re.search(r"从[^，。,]{0,4}?(?=三甲|三级|二级|一级|卫生院|乡镇|镇卫|乡卫|社区)", text)
        prior = next((f for f in found if came and f[0] >= came.end() and f[0] - came.end() <= 4), None) \
            or next((f for f in found if _EARLIER_STAY.search(text[max(0, f[0] - 8):f[0]])
                     or _STAYED_AFTER.match(text[f[0]:f[0] + 14])), None) or found[0]
        out.set("prior_tier", prior[1])
        # the hospital moved to ("后来转到三级医院") is this stay's, wherever the earlier one is named
        # again after it ("…二级那次的起付线扣过了"); without a move word, the last one named
        moved_to = [m.end() for m in _MOVED_TO.finditer(text)]
        _, tier, grade = next((f for f in found if f is not prior and any(0 <= f[0] - e <= 4 for e in moved_to)),
                              None) or next(f for f in reversed(found) if f is not prior)
        out.set("tier", tier)
        if grade:
            out.set("grade", grade)
        # (a transfer denied, "不是转院", "没转诊": two stays of their own, each its own deductible)
        out.set("transfer", True) if re.search(r"转", _TRANSFER_WORD_DENIED.sub("", text)) else out.set("admission", 2)
    elif len(found) == 1 and _compiled(_EARLIER_AT_TIER).search(text):
        out.set("prior_tier", found[0][1])
    elif len(found) == 1 and (m := _STAYED_AT_BEFORE.search(text)) \
            and re.search(r"这次|这回|这一次|这一回", text[m.end():]):
        # "今年上半年在二级医院住过一回了 这次的起付线咋算": the hospital stayed at before this stay
        out.set("prior_tier", found[0][1])
        out.set("admission", 2)
    elif len(found) == 1 and _compiled(_MOVED_FROM_TIER).search(text):
        out.set("prior_tier", found[0][1])        # "从二级医院转过来的": the hospital before the transfer
        out.set("transfer", True)
    elif found:
        tiers = {(t, g) for _, t, g in found}
        if len({t for t, _ in tiers}) > 1:
            out.notes.append("conflict:tier:" + "/".join(sorted({t for t, _ in tiers})))
        _, tier, grade = found[0]
        out.set("tier", tier)
        if grade:
            out.set("grade", grade)
        if _compiled(r"两次都|都是在|每次都").search(text) or (len(found) == 1 and (
                SAME_TIER.search(text) or _NTH_AT.search(text[max(0, found[0][0] - 8):found[0][0]]))):
            # 两次都是三级医院, 上次三级医院…这次又住同一级别的, 第二次在三级医院住院 (the second stay at
            # such a hospital): the earlier stay was the same tier
            out.set("prior_tier", tier)
    if len(found) == 1 and "tier" not in out.values and out.get("prior_tier") and SAME_TIER.search(text):
        out.set("tier", found[0][1])        # "还是上次那家二级医院": this stay's hospital is the earlier one
    if out.get("_visit_before_stay"):
        # (the earlier care told is the outpatient visit — "还是那个二级医院" names its hospital, no stay's)
        out.values.pop("prior_tier", None)
    _level_of(text, out)


def _level_of(text: str, out: Slots) -> None:
    for pattern, level in _LEVEL:
        m = _compiled(pattern).search(text)
        if m:
            out.set("level", level, m.span())
            if "医院" in m.group(0):
                out.set("hospital", m.group(0))     # the hospital as named ("市中心医院"), for a later "还是在…"
            break


# ---- filing (异地就医) --------------------------------------------------------

# A filing or referral said not to be done, whichever kind and wherever the negation stands ("没有办
# 临时备案", "临时备案还没弄", "异地备案没办", "不备案", "没去转诊", "没办转院"): the not-filed rule, never
# the filed one. One regex: the filing table below once had its own 未备案 row, which this holds now
# (没得 / 莫得 / 莫 / 冇: how 四川 and elsewhere say 没有: "没得转诊", "莫转诊" is no referral, never a referral)
# (the verb split by its complement, "没备过案", "还没备好案", is denied too: _FILED_UNNAMED reads 备过案 as done)
# (not a filing asked whether done, "有没有备案我也不晓得", "备没备案", "办没办备案": no denial, the filing unknown)
# (nor a referral asked as a choice, "办不办转诊", "办没办转诊", "转没转诊", "有没有转诊": the denial's word after the
# verb it repeats is the question's, the referral unknown — intents.acts.each_filing computes both, or it is asked)
_NOT_CHOICE = r"(?<![有办走开做弄转])"
# a filing or referral asked as that choice ("办不办转诊", "备没备案", "有没有异地备案", "开没开转诊单"): neither side
# told — no filing read from it (the form asks, or each side is computed: intents.acts.each_filing)
FILING_CHOICE = re.compile(r"(办|走|开|做|弄|备|转|有)(?:不|没|没有)\1(?:了)?(?:异地(?:就医)?)?(?:长期|临时)?"
                           r"(转诊|转院|备案|诊|案)")
_FILING_DENIED = re.compile(r"(?<![有备办弄])(?:没|未|还没|没有|没去|莫得|没得|不晓得要?|不知道要?)[^，。,；;？?]{0,6}备(?:[过好上了成])?案|"
                            r"备案[^，。,；;？?]{0,4}(?:没|未|还没|莫得)(?:有|办|弄|做|来得及|去)|"
                            # ("不转诊直接去": the care gone to with no referral — not "转不转诊", "转诊不转诊")
                            + _NOT_CHOICE + r"(?:没|未|没有|莫得|没得|冇|(?<![转诊])不)(?:办|走|开|经过)?(?:转诊|转院手续)|"
                            # (the rules said between, "没按规定转诊", "未按规定办转诊": no referral either)
                            + _NOT_CHOICE + r"(?:没|未|没有|莫得|没得|冇)(?:按|照|按照|依|依照|走|经过)(?:规定|规范|程序|流程)(?:的)?(?:办|走|开)?(?:转诊|转院)|"
                            r"不备案|" + _NOT_CHOICE + r"(?:没|未|没有|没得|莫得|(?<!约)莫|冇|冇得|没去|没办|没走)转诊|(?<!约)莫(?:办|去|做)?备案|"
                            + _NOT_CHOICE + r"(?:没办转院|没有办转院|没办理转院|(?:没得|莫得|冇)办?转院)|"
                            # (the referral's paper not taken, "没开转院单", "没拿到转诊证明": no referral)
                            + _NOT_CHOICE + r"(?:没|未|没有|莫得|没得|冇)(?:开|拿|办|要|打)(?:到|上)?(?:个|张)?(?:转院|转诊)(?:单|证明|手续|介绍信)|"
                            # (no formality at all, "没办任何手续", "啥手续都没办": no filing, no referral)
                            r"(?:没|没有|未|莫|没得|莫得)(?:办|办理|走|跑)?(?:任何|啥子?|什么)?(?:手续)(?!费)|"
                            r"(?:任何|啥子?|什么)手续(?:都|也)?(?:没|没有|未|莫|冇)(?:办|办理|走|弄|做)?")


# care for an emergency, however said: the 急诊 rows of the filing table, and a follow-up "如果是急诊呢"
# (intents.forms)
# a sudden illness that took the asker in ("出差突发急病住院", "在外头突然晕倒送医院"): the handbook's
# 急诊抢救 case in people's words (intents.message reads it as 急诊 in a story too)
_SUDDEN_ILLNESS_WORDS = r"急病|急症|突发(?:疾病|重病|心梗|脑梗|脑出血|脑溢血|心脏病)|突然(?:发病|犯病|病倒|晕倒|昏倒)"
_EMERGENCY_WORDS = r"急诊|抢救|急救|" + _SUDDEN_ILLNESS_WORDS
EMERGENCY = re.compile(_EMERGENCY_WORDS)
# care said not to be an emergency ("不是急诊", "非急诊", "急诊也不是")
# a children's visit: 儿科 named (not denied), or the patient a child ("娃娃发烧看门诊") — for a row that
# pays only emergency and children's visits, such a visit is one it pays
_PEDIATRIC = re.compile(r"(?<!不是)(?<!没看)(?<!非)儿科|儿童医院|(?:娃娃|娃儿|小孩|孩子|小娃|儿童|宝宝)(?![^，。,；;？?]{0,6}(?:生|出生|怀))")
# (every word EMERGENCY reads, denied: "不是急病", "不是突然发病" say a planned stay, never the 急诊 row)
# (with the verb of falling ill between, "不是得了急病", "没得急病" — 四川's 没得 is 没有 — denied all the same)
_DENIED_BY = ("不是", "不属于", "并非", "非", "没", "没有", "不算", "莫得")
_FELL_ILL = ("", "得", "得了", "患", "患了", "发了")
_NOT_EMERGENCY = re.compile(r"(?:不是|不属于|并非|非|没|没有|不算|莫得)(?:得了?|患了?|发了)?(?:" + _EMERGENCY_WORDS + r")|"
                            r"(?:急诊|抢救)[^，。,；;？?]{0,2}(?:不是|也不是|都不是|没有)")
# a sudden illness told, not denied ("不是急病", "不是得了急病"): the 急诊 of the story's care (intents.message)
SUDDEN_ILLNESS = re.compile("".join(f"(?<!{no}{ill})" for no in _DENIED_BY for ill in _FELL_ILL)
                            + r"(?:" + _SUDDEN_ILLNESS_WORDS + r")")

# every way a question says how its care elsewhere was filed, or that it was not ("不是急诊也没转诊",
# "做临时备案的话", "异地长期居住"): what a follow-up naming another filing replaces (intents.acts.with_fact)
FILING_SAID = re.compile(r"(?:也|又|且|并且)?(?:" + _FILING_DENIED.pattern + r"|(?:不是|不属于|并非|非|没|没有)急诊(?:抢救)?|"
                         r"(?:做|办|办了|办理|走|开)?(?:了)?(?:长期备案|异地长期居住|异地居住备案|居住备案|异地长期|长期居住|异地安置|常驻异地|长期异地|"
                         r"转诊备案|异地转诊|规范转诊|转诊|临时备案|临时外出|异地临时就医|急诊抢救|急诊|抢救)(?:人员)?(?:的话)?)")

# a filing's kind said not to be the asker's ("不是转诊", "并非长期备案", "也不算异地转诊"): no kind of theirs —
# the kind told beside it ("临时备案了 不是转诊") is the one; a filing not made is _FILING_DENIED's
# a move between hospitals said not to have happened ("不是转院", "没有转诊", "也不是转过去的")
_TRANSFER_WORD_DENIED = re.compile(r"(?:不是|不属于|并非|不算|没|没有|未|并没有?)(?:办的?|走的?|经过|因为)?(?:转诊|转院|转过去|转过来|转上去)的?")
_FILING_KIND_DENIED = re.compile(r"(?:不是|不属于|并非|不算|也不是|又不是)(?:办的|走的|属于)?(?:异地)?"
                                 r"(?:转诊|转院|长期|临时)(?:备案|人员|居住|的)?")

# a filing said done with no kind ("备过案", "已经备案了", "办了异地备案"), not asked ("备案了吗",
# "备案了没有"); (its denials are _FILING_DENIED's, read first)
_FILED_UNNAMED = re.compile(r"(?:备[了过好]案|已(?:经)?(?:办理?了?)?(?:异地(?:就医)?)?备案|(?:办|做|弄)[了过好](?:异地(?:就医)?)?备案|"
                            r"(?<![要需该没未])备案[了过](?:的)?)(?![吗么嘛没不]|了吗|没有)")

# a filing asked to be made after the stay ("出院了还能补办备案吗", "事后补备案行不行")
REFILING_ASKED = re.compile(r"补(?:办|做|上)?(?:个|一下)?(?:异地)?(?:就医)?备案|"
                             r"(?:现在|出院后|出院以后|出院了|事后)(?:再|才)?(?:去)?(?:办|补)?(?:异地)?备案[^，。,；;？?]{0,3}?"
                             r"(?:来得及|行不行|可以吗|能不能|可不可以|还行吗|有用吗)")

_CARE_NEAR = re.compile(r"^[^，。,；;？?\s]{0,6}?(?:住院|看病|就医|就诊|医院|门诊|急诊|治疗|手术|卫生院)")


# a place word said of the cover ("老家医保断过", "老家的合疗", "在老家交的")
_COVER_AFTER_PLACE = re.compile(r"(?:那边|那里)?的?(?:医保|合疗|新农合|社保|参保|参的保|交|缴|买)")
# a place word said of work, not of care ("在外头打工", "在外地上班")
_WORK_AFTER = re.compile(r"(?:头|面|边|地)?(?:打工|务工|上班|工作|挣钱|干活|读书|上学|念书|上大学)")
# work away said over ("打工刚回来", "上班回家了")
_BACK_FROM_WORK = re.compile(r"[^，。,；;？?\s]{0,4}?(?:回来|回家|回到家|回老家|回乡)")
# work said in the place word's clause ("在外省打工", "在外头上班": 在外 read first, the rest of the place before it)
_WORK_NEAR = re.compile(r"[^，。,；;？?\s]{0,4}?(?:打工|务工|上班|工作|挣钱|干活)")
# care said at the asker's home town ("老家住院", "回老家看的病", "在家乡医院"), after work away was told
_HOME_CARE_AFTER_WORK = re.compile(r"(?:回|在|到)?(?:老家|家乡)(?:的|那边的?|这边的?)?[^，。,；;？?\s]{0,6}?"
                                   r"(?:住院|住的院|住了院|看病|看的病|看了病|就医|就诊|医院|门诊|卫生院|手术)")
# care said at the town or village near home ("在镇上卫生院住", "村头卫生室", "送到乡上医院")
HOME_CARE_AFTER_WORK = _HOME_CARE_AFTER_WORK
_NEAR_HOME_CARE = re.compile(r"(?:镇上|乡上|村上|村里|村头|乡里|镇里)[^，。,；;？?]{0,4}?(?:卫生院|卫生室|医院|住院|住了)")


_WORKERS = r"(?:娃儿?些?|孩子们?|子女|儿女|儿子|女儿|儿媳|女婿|年轻人)"


def _OTHERS_WORK(text: str, at: int) -> bool:
    """The clause of a place word names the workers ("娃儿都在外面打工"), and another member of the
    family is named elsewhere in the message (the patient: 我妈, 老汉儿)."""
    start = max(text.rfind(c, 0, at) for c in " ，,。；;　") + 1
    workers = re.search(_WORKERS, text[start:at])
    if not workers:
        return False
    rest = text[:start] + text[at:]
    return any(m.group() not in workers.group() for m in re.finditer(_MEMBER, rest)) \
        or re.search(r"我(?:自己)?(?:在|去|到|住)", rest) is not None     # ("我在县医院住院": the asker)


# the asker said before a place word of work ("我在外头打工", "俺常年在外省上班"), nothing else in its clause before it
_ASKER_BEFORE = re.compile(r"(?:我|俺)(?:们|自己)?(?:一直|常年|长期|这些年|多年|这几年)?")
# the care said at the work's place ("在那边住院", "当地医院"), or the asker's own stay ("我在县医院住院")
_THERE_CARE = re.compile(r"那边|那里|那儿|那头|当地|这边")
_ASKER_CARED = re.compile(r"(?:我|俺)(?:自己)?(?:在|去|到|住)[^，。,；;？?\s]{0,8}?(?:住院|医院|卫生院|看病|门诊)")


def _ASKER_WORKS_AWAY(text: str, at: int) -> bool:
    """The clause of a place word of work tells where the asker works ("我常年在外地打工"), and the rest of the
    message names another member of the family (the patient at home: 老汉, 我妈) and no care of the asker's own
    nor care "there": a story of the asker's life, not where the care asked about was."""
    start = max(text.rfind(c, 0, at) for c in " ，,。；;　") + 1
    if not _ASKER_BEFORE.fullmatch(text[start:at]):
        return False
    ends = [i for i in (text.find(c, at) for c in " ，,。；;　") if i >= 0]
    rest = text[:start] + text[min(ends, default=len(text)):]
    return re.search(_MEMBER, rest) is not None and not _THERE_CARE.search(rest) \
        and not _OUT_OF_CITY.search(rest) and not _ASKER_CARED.search(rest)


# a trip away from home: 旅游, 出差 (not one told as not taken: "没出去旅游")
_TRIP = re.compile(r"(?<![没不未])(?:(?:出去|出门|外出)?(?:旅游|旅行|出差|游玩)|"
                   # (visiting relatives away, as 四川 and the north say it: "去走人户", "走亲戚", "探亲")
                   r"(?:出去|出门|外出|去|到)?(?:走人户|走亲戚|串亲戚|探亲)|"
                   # (a stay with a relative who lives away, "去我儿子那边玩", "到闺女家住一阵": a trip too — the
                   # 那边/家 is theirs, not home)
                   r"(?:去|到)(?:我|俺)?(?:女儿|闺女|儿子|儿媳妇?|女婿|孙子|孙女|亲戚|姐姐|妹妹|哥哥|弟弟|姐|妹|哥|弟)"
                   r"(?:那边|那里|那儿|那头|家)(?:玩|耍|住|带孩子|带娃|帮忙|过年|过节|探亲)"
                   r")(?![^，。,；;？?]{0,3}(?:回来|回家)以?后)")


# a student's holiday at home ("放假回家住院", "寒假回老家看病"): the home is away from where the school insures
# (not before leaving, "寒假回家前…住院": care still at school)
# (克拉玛依 第7部分: 学生因休学、放假等原因返乡 … 转诊或异地就医备案)
_HOLIDAY_HOME = re.compile(r"(?:放假|寒假|暑假|假期|放寒假|放暑假|休学)[^，。,；;？?]{0,3}?(?:回家|回老家|回去|返乡|回乡)(?![之以]?前)")


def holiday_home_said(text: str) -> bool:
    """Whether the text tells a student's holiday at home ("暑假回家了", "放寒假回老家"), wherever the care is said."""
    return _HOLIDAY_HOME.search(text) is not None


_IN_CITY = re.compile(r"市内|本地|本市|当地|市里")
# the home city said (not 当地, which is as often the place a trip went to: "出去旅游 在当地住院")
_HOME_CITY = re.compile(r"市内|本地|本市|市里")
# a township or village clinic, the care nearest home: nobody travels away to one
_LOCAL_CLINIC = re.compile(r"乡镇卫生院|乡卫生院|镇卫生院|村卫生室|社区卫生服务")
_OUT_OF_CITY = re.compile(r"市外|外地|异地|省外|外省|外市|老家|家乡|外面|在外")
# another city of the region's own province, said without its name ("省内其他地市", "本省别的城市"): care
# elsewhere in the province, as a city of it named would be (the form puts it in the region's province).
# Not "省内异地": the handbooks' own term (省内异地住院免备案) keeps its reading as 异地, as the filing pages
# and a form waiting beside a side question on it expect
_IN_PROVINCE_AWAY = re.compile(r"(?:省内|本省|省内的|本省的)(?:别的|其他|其它|另外的?|外|异地的?)"
                               r"(?:市|地市|城市|地方|统筹区|州|县)|省内(?:外地|外市)")


# a place word denied ("不是在外地", "又没去外地", "没在外省住"): the care was not there — at home
_PLACE_DENIED_BEFORE = re.compile(r"(?:不是|不在|并非|没有?|莫得?)(?:在|去|到|跑)?$")


# a referral's paper given or taken ("开了转院单", "县医院开的转诊证明", "拿了张转院单")
REFERRAL_PAPER = re.compile(r"(?<!没有)(?<![没未莫冇])(?:开|拿|办|给|打)(?:了|的|过|好)?(?:个|张|一张)?(?:转院|转诊)(?:单|证明|手续|介绍信)")


def filing_of(text: str, out: Slots) -> None:
    # (a place word said of cover, not care — "之前老家医保断过", "在老家交的合疗" — is where the asker
    # was insured before: passed over; so is one denied, "不是在外地": no care there)
    denied = [w.span() for w in _OUT_OF_CITY.finditer(text)
              if _PLACE_DENIED_BEFORE.search(text[max(0, w.start() - 4):w.start()])]
    words = next((w for w in _OUT_OF_CITY.finditer(text)
                  if not _COVER_AFTER_PLACE.match(text, w.end()) and w.span() not in denied), None)
    # any place outside the covered regions named as where care happened (在绵阳住院), from the gazetteer;
    # its province is kept (whether that is outside the region's province is the form's to compare)
    named = elsewhere_place(text)
    covered = covered_care_place(text)
    if covered:
        # 老家是河北的，在长治住院: the stay is in the region, wherever the asker is from
        named = None
        # (which region: the form compares it with the region of cover, which may be another one)
        out.set("care_region", covered)
        # ... and "我在外地打工" is where the asker is: only a place word said of the care (外地住院,
        # 在外地看病) makes the stay elsewhere
        words = words if words and words.group() not in ("老家", "家乡") \
            and _CARE_NEAR.match(text[words.end():]) else None
    if words and words.group() in ("老家", "家乡") and covered_home_at(text, words.end()):
        # "我妈在老家巴中 … 在三级医院住院": the home named is a covered region, where the care is — no
        # 异地 (the region read from the name)
        words = None
    if words and _WORK_AFTER.match(text, words.end()) and _OTHERS_WORK(text, words.start()):
        # "我妈脑溢血住院 … 屋头娃儿都在外面打工": where the family's others work, told of a patient who is
        # someone else — not where the care was
        words = None
    if words and _WORK_AFTER.match(text, words.end()) and _ASKER_WORKS_AWAY(text, words.start()):
        # "我常年在外地打工 … 我爸有门慢 …": where the asker works, told before the case of someone at
        # home — the asker's story, not where that care was
        words = None
    if words and _WORK_AFTER.match(text, words.end()) and _NEAR_HOME_CARE.search(text):
        # "娃儿些都在外头打工 … 在镇上卫生院住了一个礼拜": where the family works, while the care is said
        # at the town or village near home
        words = None
    if words and words.group() not in ("老家", "家乡") and _WORK_NEAR.match(text, words.end()) \
            and _HOME_CARE_AFTER_WORK.search(text, words.end()):
        # "我在外省打工 老家住院花了…": where the asker works is away, so the 老家 the care is told at is home —
        # the region of cover, no 异地 (care "在那边", at the work's place, still is: the words after it decide)
        words = next((w for w in _OUT_OF_CITY.finditer(text, words.end())
                      if w.group() not in ("老家", "家乡") and not _COVER_AFTER_PLACE.match(text, w.end())
                      and not _WORK_AFTER.match(text, w.end())), None)
    if words and _WORK_AFTER.match(text, words.end()) \
            and _BACK_FROM_WORK.match(text, _WORK_AFTER.match(text, words.end()).end()):
        # "在外头打工刚回来 在乡镇卫生院住院": the work away said over — the care is at home (unless a
        # place word after it says otherwise)
        words = next((w for w in _OUT_OF_CITY.finditer(text, words.end())
                      if not _COVER_AFTER_PLACE.match(text, w.end()) and not _WORK_AFTER.match(text, w.end())), None)
    if not words and not named and not covered:
        # "出去旅游 突然犯病 急诊 就在当地二级医院住了院": a trip said, with no place named, puts the care
        # away from home (its 当地 is the trip's place, never the insured region's)
        words = _TRIP.search(text)
        if not words and _HOLIDAY_HOME.search(text):
            # a student's holiday at home: care elsewhere only where the region insures students where
            # they study (regions.yaml away_on_holiday) — the form, knowing the region, reads it
            out.set("holiday_home", True, _HOLIDAY_HOME.search(text).span())
    if named:
        out.set("care_province", named[2])
        if "level" not in out and elsewhere_is_city(text):
            # "去太原二甲医院住院": a hospital of a city named, no county — 省、市级 (长治's 二类 columns);
            # the form drops it for a city out of the province (省外 is its own column)
            out.set("level", "省市级")
    place = None if words or not named else named[:2]
    in_province = None if named or covered else _IN_PROVINCE_AWAY.search(text)
    if in_province and words:
        # ("省内外地": the 外地 is the province's — no other place word said besides)
        if in_province.start() <= words.start() < in_province.end():
            words = None
        else:
            in_province = None
    if in_province:
        # (which province is the form's to say: the region's, which this reader does not know)
        out.set("care_in_province", True, in_province.span())
        place = in_province.span()
    elsewhere = words.span() if words else place
    table = [
        # (the handbook's 长期 cases: 常驻异地工作人员, 异地长期居住, 随子女生活 — "常驻深圳工作备案了")
        # ("长期住那边", "长住成都": living there — never 长期住院, a long stay)
        # ("异地居住备案", "办了居住备案": the 异地长期居住人员's filing said without 长期 — no 临时 filing is
        # made for living somewhere)
        # (the filing's verb with its kind as object, "备了长期的", "备的是长期": that kind, said short)
        (r"长期备案|异地长期|长期居住|异地安置|常驻异地|长期异地|备(?:了|过|的|的是|好了)长期|常驻[^，。,；;？?]{0,8}?(?:工作|上班|生活|居住)|"
         # ("备了异地居住退休的案": 第一章 二十八's (三) 异地居住退休人员, a 长期 filing, said by its name)
         r"(?<!临时)异地居住(?=备案|人员|退休)|(?<!临时)居住(?:地)?备案|"
         r"长期(?:住|待|呆|生活)(?![院])|长住(?![院])|"
         r"随子女[^，。,；;？?]{0,8}(?:生活|居住)|"
         # (a student's filing where they intern or study a term away, on the school's letter: 克拉玛依 第8部分（二）
         # lists it under 异地长期居住人员)
         # (said as done: "实习地要不要备案" asks the rule)
         r"(?:(?:实习|交流)(?:地|期间|的地方)?|学校[^，。,；;？?]{0,4}?证明)[^，。,；;？?]{0,10}?"
         r"(?:备[了过好]案|(?:办|做)[了过好](?:异地)?备案|备案[了过])(?![吗么嘛没不]|了吗|没有)", "长期备案"),
        # (转诊 said apart, as speech splits the verb from its object: "转了诊去外地住院", "转过诊")
        (r"转诊备案|异地转诊|转[了过]?诊|规范转诊", "转诊"),
        (r"临时备案|临时外出|异地临时就医|备(?:了|过|的|的是|好了)临时|临时[^，。,；;？?没未不]{0,10}备案|"   # 临时异地就医备案
         # (the handbook's 异地临时就医人员 in people's words: "去外地临时看病", "临时去外省住院")
         r"(?:外地|异地|外省)临时(?:看病|看|就医|就诊|住院)|临时(?:去|到|在)(?:外地|异地|外省)(?:看病|看|就医|就诊|住院)|"
         # (... or away on a trip: "外出旅行时临时住院", "出门在外临时就医")
         r"(?:出去|出门|外出|旅游|旅行)[^，。,；;？?\s]{0,6}?临时(?:看病|看|就医|就诊|住院)",
         "临时备案"),
    ]
    m = _FILING_DENIED.search(text)
    if m and "备" not in m.group() and not words and not named and not _TRIP.search(text) \
            and (_DIRECT_TO.match(text, m.end()) or len({t for _, _, t, _ in _tier_mentions(text)}) >= 2):
        # "要是没转诊 直接去的三级医院": the move from a first hospital denied — the stay a first one at the
        # hospital named (admission_of), no filing: a referral is care elsewhere's, and no place elsewhere is said
        # (so for two hospitals' stays told with it, "没转院 头回住的二级 后来又住的三级": two stays of the region's,
        # each its own — never the row of care away unfiled, which is 外出's only)
        return
    if m:
        out.set("filing", "未备案", m.span())
        if REFILING_ASKED.search(text):
            # (whether it may still be made asked with it, "出院了还能补办备案吗": the filing the stay is
            # settled under is what the asker does not know yet — intents.forms asks it, never computes
            # the not-filed row as settled)
            out.set("refiling", True)
        if not words and not named and not _TRIP.search(text) \
                and (covered or _HOME_CITY.search(text) or _NEAR_HOME_CARE.search(text) or _LOCAL_CLINIC.search(text)
                     or denied):
            # "在巴中市中心医院住院 没备案", "在镇上卫生院住的 没转诊": a stay said at home, which needs no
            # filing — where it is (a covered region's name, or 本地) the form compares with the region
            out.set("care_at", covered or "本地")
        if _NOT_EMERGENCY.search(text):
            out.set("emergency", False)     # "不是急诊也没备案": the not-filed rule, no question left
        elif EMERGENCY.search(text):
            # "没办备案 急诊进去的": an emergency elsewhere is taken as filed (its own row)
            out.set("emergency", True)
            out.values["filing"] = "急诊"
        return
    # (a kind said not to be the one, "不是转诊", "也不算长期备案": blanked, so the kind told beside it is read)
    kinds_said = _FILING_KIND_DENIED.sub(lambda d: "　" * len(d.group()), text)
    kinds_said = FILING_CHOICE.sub(lambda d: "　" * len(d.group()), kinds_said)
    for p, v in table:
        m = _compiled(p).search(kinds_said)
        if m:
            if v == "转诊" and not elsewhere and re.fullmatch(r"(?:规范)?转[了过]?诊", m.group()) and not re.search(r"备案", text):
                # "从镇卫生院转诊到三级医院": a transfer between the region's hospitals, no 异地 filing
                out.set("transfer", True)
                break
            out.set("filing", v, m.span())
            return
    paper = REFERRAL_PAPER.search(text)
    if paper and elsewhere:
        # "县医院开的转院单转过去的 华西是三级" of a stay elsewhere: the referral's paper taken there is the
        # referral (异地转诊), the filing it counts as — not a move between two of the region's hospitals
        out.set("filing", "转诊", paper.span())
        return
    if _FILED_UNNAMED.search(text):
        # "备过案", "已经备案了": a filing done, its kind not said — never the 没备案 case
        out.set("filed", True)
    if _NOT_EMERGENCY.search(text):
        out.set("emergency", False)             # "不是急诊": said not to be one
        if elsewhere:
            out.set("elsewhere", True, elsewhere)
        return
    if EMERGENCY.search(text):
        out.set("emergency", True)
    if elsewhere and EMERGENCY.search(text):
        out.set("filing", "急诊")
        return
    if elsewhere:
        out.set("elsewhere", True, elsewhere)
    elif covered or _IN_CITY.search(text):
        out.set("filing", "市内")             # 在恩阳区住院: care in the covered region named


# ---- person category --------------------------------------------------------

_CATEGORY = [
    (r"低保边缘", "低保边缘"),
    (r"特困|五保", "特困"),
    (r"孤儿|事实无人抚养", "孤儿"),
    # (地保户: 低保户 as voice typing writes it — the old 地保 was a village headman, never a household)
    (r"低保|地保户", "低保"),
    (r"易返贫", "易返贫致贫"),
    (r"返贫致贫|脱贫户", "返贫致贫"),
    (r"监测对象|监测户|防返贫|防止返贫", "监测对象"),
    (r"因病致贫", "因病致贫"),
    (r"突发严重困难", "突发严重困难"),
    (r"重度残疾|重残", "重度残疾"),
    (r"困难人员|困难户|困难群众|贫困户|困难学生|贫困学生|贫困生|困难家庭|贫困家庭|家庭(?:经济)?困难|"
     # (hardship said of the household or as a status, naming no one group: "家里困难", "有困难身份")
     # ("我家困难", "俺家挺困难": the household named by whose it is)
     r"(?:家里|屋头|屋里|家头|(?:我|俺|咱|我们|俺们)家|家中)(?:很|比较|挺|蛮|经济|条件|也)?困难|困难(?:身份|对象)", "困难"),
    (r"一般人员|普通人员|普通(?:城乡)?居民|一般(?:城乡)?居民|普通人|一般人|普通学生", "一般"),
]


# the hardship groups and the ordinary set side by side, as a question of how they differ ("困难的和一般的不一样吧",
# "普通人跟困难户报的一样吗"): which group the asker is in is not said
_HARD = r"(?:困难|贫困|特困|低保)(?:人员|户|群众|对象|的|人)?"
_PLAIN = r"(?:一般|普通)(?:人员|居民|人|的)?"
_GROUPS_CONTRASTED = re.compile(rf"{_HARD}(?:和|跟|与|同|及|还是|或)[^，。？?]{{0,2}}{_PLAIN}|{_PLAIN}(?:和|跟|与|同|及|还是|或)[^，。？?]{{0,2}}{_HARD}")


# the asker unsure whether they are in a group ("不知道算不算困难人员", "我是不是低保户"): no group is theirs
# yet — asked where the groups' rows differ, never one taken (nor the ordinary row, as if denied)
_GROUP_UNSURE = re.compile(r"(?:算不算|是不是|属不属于|属于不属于|能不能算|够不够)(?:是|得上|上)?(?:一个|个)?(?:"
                           + "|".join(p for p, v in _CATEGORY if v != "一般") + r")")


# two groups named as either of which the asker is, not remembering which ("不晓得算低保还是低保边缘户", "是特困还是
# 低保来着 记不清了"): neither is theirs yet — asked where the groups' rows differ, never the first taken
_GROUP_NAMES = "|".join(p for p, v in _CATEGORY if v != "一般")
# (or as two likelihoods, "可能是低保也可能是特困")
_GROUPS_EITHER = re.compile(rf"(?:{_GROUP_NAMES})(?:户|人员|对象|家庭)?[\s，,]?(?:还是|或者是?|或是|也可能是|也可能|要么是?)"
                            rf"(?:算|是|属于)?(?:{_GROUP_NAMES})(?:户|人员|对象|家庭)?")
# (the unsure said as a likelihood or as "one of them", "反正是其中一个"; or the choice asked of oneself,
# "我是低保还是特困": which of the two is the asker's is the question)
_EITHER_UNSURE = re.compile(_NOT_KNOWN + r"|来着|拿不准|说不准|可能是|其中一个|其中之一|(?:我|俺|我们家|我家|家里)(?:到底)?(?:是|算)$")


def groups_either_unsure(text: str) -> list[tuple[int, int]]:
    """The spans of two groups named as alternatives the asker is unsure between (an unsure word near)."""
    return [m.span() for m in _GROUPS_EITHER.finditer(text)
            if _EITHER_UNSURE.search(text[max(0, m.start() - 12):m.end() + 12])
            or _EITHER_UNSURE.search(text[max(0, m.start() - 6):m.start()])]


def without_groups_contrasted(text: str) -> tuple[str, bool]:
    """The text with the groups set side by side, or named as ones the asker is unsure of, blanked out
    (their words name no one's group), and whether any were: every reader of the asker's group reads it
    so (the slots, the story's words)."""
    spans = [m.span() for m in _GROUPS_CONTRASTED.finditer(text)] + [m.span() for m in _GROUP_UNSURE.finditer(text)] \
        + groups_either_unsure(text)
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text, bool(spans)

# one person holding several identities at once ("又是特困人员又是低保户", "既是低保也是监测对象")
_HELD_GROUP = r"特困|五保|孤儿|低保(?!边缘)|监测对象|重度残疾|重残"
_AT_ONCE = re.compile(r"(?:又|既)是[^，。？?]{1,10}(?:又|也)是|同时(?:是|属于|具备|有)|(?:两|几)(?:个|种|样)(?:身份|都是|都占)|都占|"
                      # (two groups listed after one person's 是, nothing but a space or 、 / 和 between: "他是特困
                      # 孤儿", "她是低保、重度残疾")
                      r"(?:我|俺|他|她|本人)(?:也)?是(?:" + _HELD_GROUP + r")(?:人员|户|对象)?(?:\s|、|和|跟|/|以及)+(?:也是)?(?:"
                      + _HELD_GROUP + r")")


# a group said not to be the asker's ("不是低保", "也不是特困", "没评上低保"): blanked before the groups are read
_NOT_GROUP = re.compile(r"(?<!是)(?:不是|并非|不属于|不算|没(?:有)?(?:评上|评为|评到|办|认定为?|被认定为?)|未(?:被)?认定为?|非|"
                        # (said in English in a Chinese message: "一般人员 not 困难人员")
                        r"(?<![A-Za-z])not\s*)"
                        r"(?:什么|啥子?)?(?=(?:" + "|".join(p for p, v in _CATEGORY if v != "一般") + r"))")

_NOT_GROUP_MORE = re.compile(r"(?:户|人员|对象|家庭)?(?:[、/和及跟与或]|或者|也不是|也非)?(?:"
                             + "|".join(p for p, v in _CATEGORY if v != "一般") + r")")


def _denied_spans(text: str) -> list[tuple[int, int]]:
    """Where the text says groups are not the asker's: the negation, the group after it, and the
    groups listed with it ("不是低保特困", "不是低保户、特困人员": none of them is the asker's)."""
    spans: list[tuple[int, int]] = []
    end = 0
    for m in _NOT_GROUP.finditer(text):
        if m.start() < end:
            continue                            # (a negation already inside the list before it)
        end = m.end() + next(re.match(p, text[m.end():]) for p, v in _CATEGORY if v != "一般"
                             and re.match(p, text[m.end():])).end()
        while (more := _NOT_GROUP_MORE.match(text, end)):
            end = more.end()
        spans.append((m.start(), end))
    return spans


def without_denied_groups(text: str) -> str:
    """The text without the groups it says are not the asker's ("不是困难人员", "not 低保"): for the
    search, where the group's word would pull toward that group's page, the one page the asker said
    is not theirs."""
    for start, end in reversed(_denied_spans(text)):
        text = text[:start] + text[end:]
    return text


# a claim afterwards said as what the asker wants no more of, in a clause of its own ("不想再报销了", "不想
#垫钱了", "不想再跑回来报账"): they ask how to be paid at the counter (direct settlement, the filing), and
# the claim's word would pull the search toward the claim pages, the way they do not want to go
_UNWANTED_CLAIM_RE = re.compile(r"(?:^|(?<=[\s，,。；;！!]))(?:我|俺|就|也|真|实在|再也)*(?:不想|不愿意?|不要|懒得|不用)再?"
                                r"(?:去|跑|回来|回去|跑回来|跑回去|自己)*(?:手工)?(?:报销|报账|垫钱|垫付|先垫钱?|垫)"
                                r"(?:了|啦|咯|嘞)?(?=$|[\s，,。；;！!])")


_DOUBLE_COMMA = re.compile(r"[，,]\s*[，,]")
_HAN_CHARACTER = r"[\u4e00-\u9fff]"


def without_unwanted_claim(text: str) -> str:
    """The text without a clause saying the asker wants no claim afterwards ("不想再报销了"): for the
    search, where 报销 would find the claim pages, the way the asker said they do not want to go.
    A message that says nothing else is left as it is."""
    kept = _DOUBLE_COMMA.sub("，", _UNWANTED_CLAIM_RE.sub("", text)).strip(" ，,。；;")
    # (what is left must still ask something of its own: "不想垫钱 怎么办" is the claim asked about)
    return kept if len(_compiled(_HAN_CHARACTER).findall(kept)) >= 6 else text


_LOW_INCOME_BORDERLINE = "低保边缘"


def category_of(text: str, out: Slots) -> None:
    # (the groups set side by side, "普通人跟困难户报的一样吗", or one the asker is unsure of, "不知道算不算
    # 困难人员": neither is said to be the asker's — blanked before a denial is read, 算不算 holding 不算)
    unsure = bool(groups_either_unsure(text))
    text, contrasted = without_groups_contrasted(text)
    spans = _denied_spans(text)
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    _find(text, _CATEGORY, out, "category")
    if spans and "category" not in out.values:
        out.set("category", "一般")              # 不是低保: an ordinary insured person
    if contrasted and "category" not in out.values:
        out.set("groups_contrasted", True)      # 困难的和一般的不一样吧: the groups compared, the asker's own unsaid
    if unsure and "category" not in out.values:
        out.set("group_unsure", True)           # 低保还是特困 记不清了: one of them, which not known
    named = {v for p, v in _CATEGORY if v != "一般" and _compiled(p).search(_compiled(_LOW_INCOME_BORDERLINE).sub("", text) if v == "低保" else text)}
    if len(named) > 1 and _AT_ONCE.search(text):
        out.set("held", sorted(named))           # 又是特困又是低保: one person, several identities
    elif len(named) > 1:
        out.set("categories", sorted(named))     # 低保户 … 特困的呢: more than one case asked about


# ---- years without cover, enrolment, the day a fee was paid -----------------

# how people in 四川 and elsewhere say 没 before a verb (去年莫得交合疗, 没得参保, 冇买, 两年都莫交): read as 没
# and a fee forgotten or missed is one not paid ("2025年忘了交", "漏缴了一年", "忘记续费")
_DIALECT_NOT_RE = re.compile(r"(?:莫得|没得|冇得|冇|木有|没有|莫|忘记了?|忘了|忘|漏)(?=[交缴买续]|参保|参加|断)|莫(?=用|报)")
# ("2031年没断过", "没有断缴": the break denied, no gap)
_NOT_PAID = r"(?:都)?(?:没交|没缴|没参保|未参保|没买|没有参保|没有交|没参加|未参加|没有参加|(?<![没未不])(?<!没有)(?:断保|断缴|断过)|没续|未缴|没有缴)"
# where the asker was in the years not paid, said between them and 没交 ("两年都在外头打工没交合疗",
# "2025年2026年两年都出去打工了没交"): the years are still the gap
_AWAY_WORKING = r"(?:(?:都|一直|全)?(?:在外[头面地边]?|出去|外出|出门)(?:打工|务工|上班|干活|挣钱|做工)?(?:去)?了?)"
# one year said with its gap ("2025年没交"); several such, each one more year without cover
# ("2025年断了没交": a year named as broken is that one year, where "交了3年断了" is no count of years)
# ("2025年在外头打工没买医保": a few words of why between the year and its gap, naming no other year
# nor a payment; "2025年的合疗没交": the year's scheme, said with 的)
_ONE_YEAR_NOT_PAID = re.compile(r"(?<![、\d])((?:19|20)\d\d)\s*(?:年度?的?)?"
                                r"(?:(?!(?:19|20)\d\d|[交缴]了|参保了|交过|缴过|买了|[交缴]的)[^，。,；;\s\d的]){0,6}?"
                                r"(?:都|也|就|一整年)?(?:" + _NOT_PAID + r"|断了|断交)")


# how far a cap can be moved, asked ("最多能加到好多", "最高能提到多少", "最低能降到好多", "最多少好多"):
# the rule's bound, not one year's cap
# ("最高到底能涨到好多": a word of insistence between)
CAP_BOUND = re.compile(r"(?:最多|最高|顶多|最大)(?:到底|究竟|一共|总共)?(?:又|还|再)?(?:能|会|可以|可)?(?:再)?(?P<most>加|提|涨|增|升)(?:高|加|长)?(?:到|至|好多|多少|几)|"
                       r"(?:最低|最少|最多)(?:到底|究竟|一共|总共)?(?:又|还|再)?(?:能|会|可以|可)?(?:再)?(?:降|减|扣|少)(?:低|少|掉)?(?:到|至|好多|多少|几)")


# a later year said to be insured on ("2030年也交"), and a figure asked of each year ("这两年…分别")
_LATER_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?\s*(?:也|又|还|再)?(?:继续|接着|又|再|也)?(?:参保|交|缴|续保|参加|买)")
_EACH_YEAR_ASKED = re.compile(r"分别|各(?:是|为|有)?(?:多少|好多|几多)|(?:这|那)?(?:两|几|[二三四五])年[^，。？?]{0,12}(?:各|分别|都是)")
# years named as insured ("2025 2026年都交了", "2029年也继续交", "2027年参保了")
_YEARS_INSURED = re.compile(r"((?:(?:19|20)\d\d\s*(?:年度?)?\s*[、,，和及跟与]?\s*)*(?:19|20)\d\d)\s*(?:年度?)?\s*"
                            # (a count of those years said with them: "2025 … 2029连续五年都交了")
                            r"(?:(?:连续|连着|连到|一连)(?:了)?(?:\d+|[一二两三四五六七八九十]+)年)?\s*(?:都|也|又|还|一直)*"
                            # ("2025、2026年连续交了2年": in a row said before the paying; "2030年也接着交")
                            r"(?:连续|连着)?(?:继续|接着)?(?:交了|交的|缴了|参保了|参了保|参加了|买了|续保|续上了|也交|也参保|继续交|继续参保|"
                            r"(?<=接着)(?:交|缴|参保|参加|买))")


# the rule as heard ("听说连续交满4年封顶要涨"): the policy's years, never the asker's own
_HEARSAY_BEFORE = re.compile(r"(?:听说|据说|说是|听人说|听别人说|听别个说|听人家说|规定|政策(?:上|说|是)?)(?:是|要|只要)?$")


# years insured without a break, said of a count of years ("交到第6年", "从2025年…到2031年")
_IN_A_ROW = re.compile(r"没断|每年都交|年年都交|一直交|一直在交|连续|(?:连着|连到)(?:交|缴|买|参保|续)|"
                       # ("一年不落地交", "一年都没落下", "年年不落"): no year missed, said the spoken way
                       r"一年(?:都|也)?(?:不|没)落|年年(?:都)?(?:不|没)落|不落(?:地|的)?(?:交|缴)|一年(?:都|也)?(?:不|没)断")


# years said by their last two digits, two or more in a row before a year word or a count of years
# ("25 26两年都没交", "25、26年都没交", "24和25年", "25年26年都没交"): years, never money or a count
_SHORT_YEARS = re.compile(r"(?<![\d.])([12]\d(?:\s*(?:年度?\s*[、,，和及跟与\s]?|[、,，和及跟与\s])\s*[12]\d)+)(?!\d)"
                          r"(?=\s*(?:年|[两二三四五六七八九十]\s*年|都|也|整年))")


# one two-digit year without cover, in a message that dates something else by year too ("25年没交
# 26年1月8号交的"): the year 2025, not 25 years
_SHORT_YEAR_NOT_PAID = re.compile(r"(?<![\d.])([12]\d)(?=\s*年度?(?:都|也|就)?(?:没|未|断))")
# (… or its fee, its cover, its 大病 cap: "把26年的交了", "26年大病封顶是好多", "27年再交", "27年集中期")
_ANOTHER_YEAR = re.compile(r"(?<![\d.])(?:(?:19|20)\d\d|[12]\d)\s*年(?:度|初|底|\d|[一二三四五六七八九十]+月|交|缴|参保|"
                           r"的(?:医保|合疗|保费|钱|费)?(?:交|缴|也|都|没)|"
                           # ("26年的现在补交", "26年的还没交"): the year's fee, with when or whether it is paid between
                           r"的[^，。,；;？?]{0,6}?(?:补交|补缴|交|缴)|大病|医保|合疗|居民|集中|再|才|又|补|续|重新|接着|开始)")


_TWO_DIGITS = r"\d\d"


def short_years(text: str) -> list[tuple[int, int]]:
    """Where two-digit years stand in a list of years ("25 26两年都没交": 25 and 26), or one stands
    without cover beside another year ("25年没交 26年1月交的": 25)."""
    out = [(m.start(1) + i.start(), m.start(1) + i.end())
           for m in _SHORT_YEARS.finditer(text) for i in _compiled(_TWO_DIGITS).finditer(m.group(1))]
    # (each of them: "25年没交 26年也没交 27年才交" is two years without cover, told one by one)
    for one in _SHORT_YEAR_NOT_PAID.finditer(text):
        if one.span(1) not in out and any(o.start() != one.start(1) for o in _ANOTHER_YEAR.finditer(text)):
            out = sorted([*out, one.span(1)])
    return out


# the year (or how many years) an unbroken run takes for the 大病 cap to reach a figure, asked ("要到哪一年限额
#才能到35万", "连续交多少年能涨到最高"): `cap_reach` the figure (a number, never a bill) or "most" (the rule's
# ceiling); the run's first year, said, is `run_start`
_WHEN_REACHED = r"(?:哪一年|哪一个年|哪年|哪个年份|什么时候|啥时候|啥子时候|几时|多少年|好多年|几多年|几年|第几年)"
_REACHED = r"(?:才|就)?(?:能|可以|会|能够)?(?:涨|加|提|提高|增加|升|达|达到|到|变成|变)(?:到|至|成)?"
CAP_REACHED_WHEN = re.compile(_WHEN_REACHED + r"[^，。？?]{0,16}?" + _REACHED
                              + r"(?:(?P<figure>\d+(?:\.\d+)?\s*万|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?万)(?:块|元)?"
                              r"|(?P<most>最高|最多|顶|封顶|头|上限|最大))")
_RUN_FIRST_YEAR = re.compile(r"(?:从|自)?((?:19|20)\d\d)\s*年(?:度)?(?:开始|起)")
# only the reward of years in a row counted, said by the asker ("只看连续参保那一项"): the zero-claim one set aside
_ONLY_CONTINUOUS = re.compile(r"只(?:算|看|按|计|考虑)连续")


def cap_reach_of(text: str, out: Slots) -> None:
    m = CAP_REACHED_WHEN.search(text)
    if not m or "大病" not in text:
        return
    if m.group("figure"):
        figure = find_numbers(m.group("figure"))
        if not figure or figure[0].value is None:
            return
        out.set("cap_reach", int(figure[0].value), m.span("figure"))
        out.not_money.append(m.span("figure"))
    else:
        out.set("cap_reach", "most", m.span("most"))
    first = _RUN_FIRST_YEAR.search(text)
    if first and "run_start" not in out:
        out.set("run_start", int(first.group(1)), first.span())
    if _ZERO_CLAIM_SET_ASIDE.search(text) or _ONLY_CONTINUOUS.search(text):
        out.set("zero_claim_set_aside", True)


# the cover said to be just paid for, nothing said of the year before ("医保是这两天才交的", "合疗才买了没几天",
# "刚参的保"): whether a wait runs decides whether a bill is paid at all — the form asks (forms.paid_just_asked)
# (not a first year of cover, "研一刚参保头一年", "才交两年": the years of cover counted, a student's first year paid
# with the school in the window)
_PAID_JUST = re.compile(r"(?:(?:刚|才)(?:刚|刚刚)?(?:交|缴|买)(?:的|了|上|好)?(?:医保|合疗|农合|保险|保费|[^，。,？?\s]{0,2}?(?:医保|合疗|保险))"
                        r"|(?:医保|合疗|农合|保险|保费)\s?[^，。,？?\s\d]{0,6}?(?:刚|才)(?:刚|刚刚)?(?:交|缴|买)(?:的|了|上|好)?)"
                        r"(?![^，。,？?\s]{0,3}(?:\d|[一两二三四五六七八九十]+(?:百|千|块|元|年)|第|头一?年))")


def _years_of_said_short(text: str, out: Slots) -> None:
    """years_of, with two-digit years in a list read as 20xx (the spans mapped back to `text`)."""
    short = short_years(text)
    if not short:
        years_of(text, out)
        return
    expanded, at, where = "", 0, []          # where[i]: the index in `text` of expanded[i]
    for a, b in short:
        expanded += text[at:a] + "20"
        where += list(range(at, a)) + [a, a]
        at = a
    expanded += text[at:]
    where += list(range(at, len(text) + 1))
    inner = Slots()
    years_of(expanded, inner)
    out.notes += inner.notes
    for k, v in inner.values.items():
        out.set(k, v)
    out.spans += [(where[a], where[b] if b < len(where) else len(text)) for a, b in inner.spans]


def _year_or_count(text: str, m: re.Match) -> bool:
    """"25年没交" told alone: the year 2025, or 25 years without cover? Two digits of this century's
    twenties or thirties said right before 年没交, with no word that counts before them (断了, 有, 快 …)
    nor another year beside them (short_years reads those), stay unread: the gap's length is asked."""
    said = m.group(1)
    return said.isdigit() and len(said) == 2 and 20 <= int(said) <= 39 and m.start(1) == m.start() \
        and not re.search(r"(?:断|停|空|隔|有|快|近|整整|将近|差不多|大概|至少|已经|了)\s*$", text[:m.start()])


# the fee of the year not paid, paid now ("现在补交2025年的", "想补交", "补缴"): that year paid late, no gap
_PAID_LATE = re.compile(r"补[交缴]")


def _paid_late(text: str, single: re.Match) -> bool:
    """Whether the one year said not paid ("2025年的医保没交") is the year whose fee is paid now, late
    ("现在补交2025年的要多少"): no year without cover, the late fee asked. Another year said after it
    ("交了2026年的", "26年1月2号补交的") leaves the gap."""
    after = text[single.end():]
    # (a year after it in two digits too: "26年1月2号补交的")
    if any(y[-2:] != single.group(1)[-2:] for y in re.findall(r"(?<!\d)((?:19|20)\d\d|\d\d)(?=\s*年)", after)):
        return False
    return _PAID_LATE.search(after) is not None


# a gap in cover said anywhere in the message: no run of years in a row is counted then
_GAP_SAID = re.compile(r"断保|断缴|断交|断了|断过|没交|没缴|没参保|未参保|停保|没买")


def _next_year_named(end: int, after: str) -> bool:
    """Whether the year after a run of years insured is named after it ("2025到2028连续交了 2029年大病限额"):
    asked of, insured to have a cap, it is one more in the row (第三章 九问 例一: 2029 is the 5th)."""
    return bool(re.search(rf"{end + 1}\s*年", after))


_FOUR_DIGIT_YEAR = r"(?:19|20)\d\d"
# years listed as insured after a run told ("…连续交了4年 后头2029 2030 2031也一直在交", "2029、2030年也接着交了")
_YEARS_KEPT_ON = re.compile(r"((?:(?:19|20)\d\d\s*(?:年度?)?\s*[、,，和及跟与]?\s*)*(?:19|20)\d\d)\s*(?:年度?)?\s*"
                            r"(?:都|也|又|还|一直|在|是)*(?:连续|连着)?(?:继续|接着)?(?:交|缴|参保|参加|买|续保)")


def _years_kept_on(end: int, after: str) -> int:
    """How many years right after a run that ended in `end` the text after it lists as insured too, one
    after another from `end + 1` ("2029 2030 2031也一直在交" after 2025到2028: 3); 0 where none is."""
    more = 0
    for m in _YEARS_KEPT_ON.finditer(after):
        for y in (int(y) for y in re.findall(_FOUR_DIGIT_YEAR, m.group(1))):
            if y != end + more + 1:
                return more
            more += 1
    return more


def _listed_run(text: str) -> tuple[int, tuple[int, int]] | None:
    """"2025 2026 2027 2028年都交了 2029 2030 2031年也继续交": every year named as insured, one run of
    years with none left out, is that many years in a row (its count and span); none where a gap is said."""
    if _GAP_SAID.search(text):
        return None
    said = [(m.span(), [int(y) for y in _compiled(_FOUR_DIGIT_YEAR).findall(m.group(1))]) for m in _YEARS_INSURED.finditer(text)]
    years = sorted({y for _, ys in said for y in ys})
    if len(years) >= 2 and years[-1] - years[0] + 1 == len(years):
        return len(years), (said[0][0][0], said[-1][0][1])
    return None


# (what lies between the years and 没交 names no other year and no payment: "2018到2025年都交了
# 2026年没交" is one year without cover, not eight)
_BETWEEN_YEARS = r"(?:(?!(?:19|20)\d\d|[交缴]了|参保了|交过|缴过)[^，。])"
# (years named, then 断了: those years broken — as _ONE_YEAR_NOT_PAID reads one; "交了3年断了" is no count)
_YEARS_NOT_PAID = r"(?:" + _NOT_PAID + r"|断了|断交|断掉)"
_YEARS_SPAN_NOT_PAID = re.compile(r"((?:19|20)\d\d)\s*(?:年度?)?\s*(?:到|至|-|—|~|～)\s*((?:19|20)\d\d)\s*年?"
                                  + _BETWEEN_YEARS + "{0,8}" + _YEARS_NOT_PAID)
# "2025、2026年都没交", "2025 2026 2027三年都没交", "2025年2026年都没参保", "2025 2026两年都断了": each year listed
# (… and why, told after where they were: "2024年2025年都在广东做工 想着不生病就没买")
_WHY_NOT_PAID = _BETWEEN_YEARS + "{0,8}?"
# (their number said again, "2025、2026、2027这三年屋里都没买": the count is the years', not words of why)
_YEARS_COUNT_SAID_AGAIN = r"(?:\s*[这那]\s*(?:\d|[一二两三四五六七八九十])\s*年)?"
_YEARS_LISTED_NOT_PAID = re.compile(r"((?:(?:19|20)\d\d\s*年?度?\s*[、,，和及跟与]?\s*)+(?:19|20)\d\d)\s*(?:年度?)?"
                                    + _YEARS_COUNT_SAID_AGAIN + _BETWEEN_YEARS + "{0,6}?" + _AWAY_WORKING + "?"
                                    + _WHY_NOT_PAID + _YEARS_NOT_PAID)
# "前年去年都没交", "前年和去年都莫交": years said relative to today, listed, each one without cover
_YEARS_RELATIVE_NOT_PAID = re.compile(r"((?:(?:大前年|前年|去年)\s*[、,，和及跟与]?\s*){2,})" + _BETWEEN_YEARS + "{0,6}?"
                                      + _AWAY_WORKING + "?" + _WHY_NOT_PAID + _YEARS_NOT_PAID)


# (连着 / 连到: 连续 said the spoken way, "2025到2029年连着交的")
_YEARS_SPAN_IN_A_ROW = re.compile(r"((?:19|20)\d\d)\s*年?度?\s*(?:到|至|-|—|~|～)\s*((?:19|20)\d\d)\s*年?度?[^，。；;]{0,12}?(?:连续|连着|连到|都|一直|每年)")
_YEAR_CONTINUED = re.compile(r"((?:19|20)\d\d)\s*年度?\s*(?:也|又|还|再)?(?:继续|接着|又|再|也)(?:参保|交|缴|续保|参加|买)")
_NTH_YEAR = re.compile(r"第" + _N + r"年")
_FROM_YEAR_TO_YEAR = re.compile(r"(?:从|自)?((?:19|20)\d\d)\s*年(?:度)?(?:开始|起)[^。]{0,30}?(?:到|至|到了)((?:19|20)\d\d)\s*年")
# (从 unsaid, the run said right after: "2025年开始连续交", "2025年起一直交")
_FROM_YEAR_ON = re.compile(r"(?:从|自)((?:19|20)\d\d)\s*年(?:度)?(?:开始|起)|"
                           r"(?<![\d到至])((?:19|20)\d\d)\s*年(?:度)?(?:开始|起)(?:就|都)?(?=连续|连着|一直|每年|年年|没断)")
_YEARS_SPAN_ALL_PAID = re.compile(r"((?:19|20)\d\d)\s*年?度?\s*(?:到|至|-|—|~|～)\s*((?:19|20)\d\d)\s*年?度?\s*"
                         r"(?:连续|连着|连到|一直|每年|年年|都|也)+(?:交|缴|参保|参加|买)")
# (the spoken way too, "补一年的话": 补 straight before the years, the paying left unsaid)
_YEARS_PAID_BACK = re.compile(r"(?:补缴|补交|修复|补了|补缴了|补交了|补)(?:了)?(?:断的|断保的|之前的)?" + _N + r"年")
_AFTER_WINDOW = re.compile(r"集中[缴交]费期?(?:之后|以后|后|过后)|过了集中[缴交]费|错过|缴费期后|缴费期过后|过了缴费期|中途|年中|过期|"
                           # (the window denied, "没在集中期交", "没赶上集中缴费": after it, never in it)
                           r"(?:没有?|未|不是?)(?:在|赶上|赶到|赶)?(?:集中[缴交]费|集中征缴期|集中期|缴费期内|缴费期间|按时[交缴])")
_GAP_THEN_YEARS = re.compile(r"(?:断保|断缴|断交|断了|断过|停保|停交|没交|没缴|没参保|未参保|没买|没有参保|没有交|中断)(?:了|过)?" + _N + r"年")
_YEARS_THEN_GAP = re.compile(r"(?<!\d)" + _N + r"年" + _AWAY_WORKING + "?" + _NOT_PAID)
_NO_GAP_SAID = re.compile(r"没断过|没有断过|不断(?:地|的)?(?:交|缴|参保)|一直交|一直在交|(?:一直|每年)?坚持(?:每年)?(?:都)?(?:交|缴|参保|参加)|从没断|连续参保(?!(?:满|够|到)?(?:\d|[一二两三四五六七八九十]))|每年都交|年年都交|上年交了|"
                          r"去年(?:也|都|是)?(?:交|缴)(?:了|过)|上年(?:也|都)?(?:交|缴)了|去年参保|上年参保|去年(?:也|都)?有(?:医保|保险|参保)|(?:19|20)\d\d\s*年度?(?:也|都|是|还是)?有(?:医保|保险|合疗)|参了保的|((?:19|20)\d\d)\s*年度?(?:参了保|参保了|交了|也交了|缴了)")
# paying on from now ("那今后每年都交", "以后一直交下去"): a run still to come, which tells no gap of the past away
_FUTURE_BEFORE = re.compile(r"以后|今后|往后|接下来|从现在起|从今年起|将来")
_ZERO_CLAIM = re.compile(r"零报销(?!奖励|激励|的奖励|的激励|政策)|(?:一分钱?|一次|一回)(?:医保)?(?:都|也)?没(?:有)?(?:用|报)|没报过|没有报过|没报销过|没用过医保|没有用过医保|没用过医保报销|都没用过|"
                          r"(?:没|没有|未)(?:用|在)?医保(?:报|报销)过|(?:没|没有|未)(?:用|拿)医保报(?:过)?(?:钱|销|账)")
# (not the standard compared with, "比按时交多多少": the asker did not pay on time)
_IN_WINDOW = re.compile(r"(?<![比跟和与])(?:集中[缴交]费|集中征缴期|集中期|缴费期内|缴费期间|按时交|按时缴)")
# (last year's cover not bought nor joined, "去年没买合疗", "上年没参加": as 没交 — one year without cover)
_GAP_OF_ONE_YEAR = re.compile(r"(?:断保|断缴|断交|停保|没交)(?:了)?一年|(?:去年|上一?年)(?:都|也)?(?:没有?|未)(?:交|缴|参保|参加|买)|去年断")
_GAP_PAID_BACK = re.compile(r"(?:补缴|补交|补齐|补上)(?:了)?(?:断的|断保的|断了的|断掉的|之前的|没交的|欠的)|"
                          r"把(?:断的|断保的|断了的|没交的|之前的)[^，。]{0,4}(?:补缴|补交|补齐|补上|补了)|全部补缴|都补缴|都补交|全补|"
                          # (not "补交了2026年的": a year's own fee paid, no gap paid back)
                          r"(?:补缴|补交|补齐|补上)(?:了|的话|上了)(?!\s*(?:19|20)\d\d)|"
                          # (said short, the wait asked right after it: "补了要等几个月", "补的话还要等多久")
                          r"(?<![弥填增])补(?:了|的话|了的话)[\s，,]*(?:还|也|就)?(?:要|得|需要)?等")
# the gap said not paid back ("不补缴的话", "不补的话", "没得补交", "不想修复", "不打算补"): no repair
# (补 alone only as the whole verb, "不补的话": not 补助, 补贴, 补办, 补传 …; nor the papers made up, "没补材料")
# (nor the choice asked, "补不补缴", "修不修复", "补没补交": both sides, no denial)
_NO_REPAIR = re.compile(r"(?<![补修])(?:不|没|没有|未|莫|不想|不打算|不准备|没打算|不愿意)(?:得)?(?:补缴|补交|补齐|补上|补(?=的话|了|呢|[\s，,。？?]|$)|修复)"
                        r"(?:修复)?(?:的话|了|呢)?(?![^，,。\s]{0,2}(?:材料|资料|办|证))")


def _last_repair_denied(text: str) -> re.Match | None:
    """The last "not paid back" said, unless a paying back is said after it ("之前没补交 现在补交了": repaired)."""
    denied = None
    for denied in _NO_REPAIR.finditer(text):
        pass
    if denied is None or _GAP_PAID_BACK.search(text, denied.end()):
        return None
    return denied


_ZERO_CLAIM_SET_ASIDE = re.compile(r"(?:不算|不计|不考虑|不管|除开|除了|不要算|不含|不包括)[^，。]{0,2}零报销|零报销[^，。]{0,4}(?:不算|不考虑|不管|除外|先不说)")
# the year a year without claims is said of, just before it in its clause ("2027年一分钱医保都没报过")
# the 大病 cap asked of two or more years in one message ("2027年大病封顶多少 2028年的呢", "2027和2029年限额分别多少"):
# each year asked, by the cap's words after it, a year joined to such a year, or a year said again with 呢
_CAP_WORD = r"(?:大病|二次报销|封顶|限额|最高|上限)"
_CAP_YEARS_JOINED = re.compile(r"((?:19|20)\d\d)\s*年?度?(?:的)?\s*(?:和|跟|与|及|、|还有|以及)\s*((?:19|20)\d\d)\s*年度?(?:的)?"
                               r"[^，。,；;？?\d]{0,8}?" + _CAP_WORD)
_CAP_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?(?:的)?([^，。,；;？?\d]{0,8}?)" + _CAP_WORD)
_CAP_YEAR_AGAIN = re.compile(r"((?:19|20)\d\d)\s*年度?(?:的)?\s*(?:呢|咧|嘞|又是?(?:多少|好多)|是?(?:多少|好多))")
# (a year told as a fact of the case, its cap words after: "2028年大病一分没报" is no year asked)
_YEAR_TOLD_NOT_ASKED = re.compile(r"没|零报销|断|停|交了|缴了|参保|开始|起")


def cap_years_each_of(text: str, out: Slots) -> None:
    """The years the 大病 cap is asked of, where two or more are (`cap_years_each`, in order)."""
    found: list[tuple[int, int]] = []
    for m in _CAP_YEARS_JOINED.finditer(text):
        found += [(m.start(1), int(m.group(1))), (m.start(2), int(m.group(2)))]
    for m in _CAP_YEAR.finditer(text):
        if not _YEAR_TOLD_NOT_ASKED.search(m.group(2)) and not _YEAR_TOLD_NOT_ASKED.search(text[m.end():m.end() + 6]):
            found.append((m.start(1), int(m.group(1))))
    for m in _CAP_YEAR_AGAIN.finditer(text):
        found.append((m.start(1), int(m.group(1))))
    years = list(dict.fromkeys(y for _, y in sorted(found)))
    if len(years) < 2:
        return
    out.set("cap_years_each", years)
    if out.get("continuous_years"):
        # the run's first year: the earliest other year said, before the years asked (each year's count is
        # counted from it)
        told = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*(?:年|到|至|-|—)", text)
                if int(y) not in years and int(y) != out.get("zero_claim_year") and int(y) <= min(years)]
        if told:
            out.set("cap_run_from", min(told))


_ZERO_CLAIM_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?[^\s，,。；;？?\d]{0,8}$")
_GAP_WORD = re.compile(r"断保|断缴|断交|断了|断过|停保|没交|没缴|没参保|未参保|中断")
# a clause of a message, and one the asker tells of themself ("我大病保险最高报好多", not "我妈…")
_A_CLAUSE = re.compile(r"[^\s，,。；;！!？?]+")
_ASKER_OPENS = re.compile(r"(?:我|俺)(?:自己|本人)?")


def _years_of_another(text: str, at: int) -> bool:
    """Whether the years said at `at` belong to someone else than the asker whose case the message
    asks ("我妈连续交了8年，我大病保险最高报好多"): their clause names another person (people.someone_else)
    and another clause is the asker's own. The years are whom the clause names: never the asker's."""
    clauses = list(_A_CLAUSE.finditer(text))
    own = next((c for c in clauses if c.start() <= at < c.end()), None)
    if own is None or not people.someone_else(own.group()):
        return False
    return any(c is not own and _ASKER_OPENS.match(c.group()) and not people.someone_else(c.group())
               for c in clauses)


# a run supposed, not told as the asker's ("满了4年连续参保呢", "要是连续交6年的话", "够6年")
_RUN_SUPPOSED = re.compile(r"如果|要是|假如|假设|的话|以后|之后|到时|满|够|再交|继续交|接着交")
# (the cover bought, said the spoken way: "连到买了五年", "连着续了三年")
_YEARS_IN_A_ROW = re.compile(r"(?:连续|连着|连到|一连)(?:参保|参加居民医保|参加医保|交|缴费|缴|交费|买|续保|续交|续)?(?:了)?(?:满|够|到)?" + _N
                          + r"年(?!" + _NOT_PAID + ")")
_REPAIR_SAID = re.compile(r"(?<![不没未])修复(?:了|的话|好了|完|以后|之后|后)"
                          # (a repair wished for; not one said unwished, "不想补缴修复", "没打算…修复")
                          r"|(?<![不没])(?:想|要|准备|打算|愿意)(?:缴费|交钱|补缴|补交)?修复(?:变动)?(?:待遇)?等待期"
                          # ("想把等待期补掉": the verb of paying left unsaid)
                          r"|(?<![不没])(?:想|要|准备|打算|愿意)把(?:变动)?(?:待遇)?等待期(?:全部|都)?(?:缴费|交钱|补缴|补交)?修复")


# one more year without cover said of a gap told before ("那我要是今年也不交 明年再交呢" after "去年没交"):
# the gap held, one year longer (forms._merge adds it; alone, with no gap held, it says nothing)
_ONE_YEAR_MORE_NOT_PAID = re.compile(r"(?:今年|这一?年|当年)(?:也|还|又)(?:不|没|没有)(?:打算|想|准备)?"
                                     r"(?:交|缴|参保|参加|买|续)")


# a year said "also" unpaid ("2028年也没交", "2029年还是没交"): of a gap told before
_ALSO = re.compile(r"年度?的?(?:也|还|又|还是|照样|依旧)")


def years_of(text: str, out: Slots) -> None:
    span = _YEARS_SPAN_NOT_PAID.search(text)
    listed = _YEARS_LISTED_NOT_PAID.search(text)
    single = _ONE_YEAR_NOT_PAID.search(text)
    relative = _YEARS_RELATIVE_NOT_PAID.search(text)
    m = _GAP_THEN_YEARS.search(text) \
        or _YEARS_THEN_GAP.search(text)
    if span:
        out.set("gap_years", int(span.group(2)) - int(span.group(1)) + 1, span.span())
    elif listed:
        out.set("gap_years", len(re.findall(r"(?:19|20)\d\d", listed.group(1))), listed.span())
    elif relative:
        out.set("gap_years", len(set(re.findall(r"大前年|前年|去年", relative.group(1)))), relative.span())
    elif m and to_int(m.group(1)) is not None and _n(m.group(1)) < 100 and not _year_or_count(text, m):
        out.set("gap_years", _n(m.group(1)), m.span())    # (断了五六年: a range, its length unknown)
    elif single and not _paid_late(text, single):
        # "2027年没交 2028年也没交": each year said apart is one more year without cover
        said = {y.group(1) for y in _ONE_YEAR_NOT_PAID.finditer(text)}
        out.set("gap_years", len(said), single.span())
        if len(said) == 1 and _ALSO.search(single.group()) and not people.someone_else(text[:single.end()]):
            # "那2028年也没交呢" after a gap told: one more year of that gap (forms._merge joins them where
            # it follows on), not a gap of its own in its place
            out.set("gap_also", True)
    more = _ONE_YEAR_MORE_NOT_PAID.search(text)
    # ("那我老婆今年也不交": another person's year, not one more of the asker's gap held)
    if more and "gap_years" not in out.values and not people.someone_else(text[:more.end()]):
        out.set("gap_more", 1, more.span())
    if out.get("gap_years") and out.spans:
        # the first year said with the gap ("2024年断了一年", "2025、2026年都没交"): the year the gap began
        a, b = out.spans[-1]
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", text[max(0, a - 8):b])]
        if years:
            out.set("gap_year", min(years))
    elif _NO_GAP_SAID.search(text) and not _FUTURE_BEFORE.search(
            text[max(0, _NO_GAP_SAID.search(text).start() - 6):_NO_GAP_SAID.search(text).start()]):
        out.set("gap_years", 0)
    elif _GAP_OF_ONE_YEAR.search(text):
        out.set("gap_years", 1)
    elif _GAP_WORD.search(text):
        out.set("gap_said", True)                 # a gap, of unknown length
        # (断了五六年, 两三年没交: a range of years, kept as its ends; the form computes both)
        r = re.search(r"(?:断保|断缴|断交|断了|断过|停保|停交|没交|没缴|没参保|中断)(?:了|过)?\s*"
                      r"([一二两三四五六七八九])([二三四五六七八九十])年", text) \
            or re.search(r"(?<![\d一二两三四五六七八九十])([一二两三四五六七八九])([二三四五六七八九十])年(?:都|也)?" + _NOT_PAID, text)
        if r:
            lo, hi = _n(r.group(1)), _n(r.group(2))
            if hi == lo + 1:
                out.set("gap_range", [lo, hi], r.span())
    span = _YEARS_SPAN_IN_A_ROW.search(text)
    later = _YEAR_CONTINUED.search(text)
    if span and later and int(span.group(1)) <= int(span.group(2)) == int(later.group(1)) - 1 and \
            not re.search(r"断保|断缴|断交|断了|没交|没参保|停保", text):
        # "2025到2028连续4年参保 2029年继续参保": the years in a row run on to the later year named
        out.set("continuous_years", int(later.group(1)) - int(span.group(1)) + 1, later.span())
        # "2029年继续交 2030年也交 这两年分别好多": each later year of the run named, its cap asked for each
        more, year = [], int(later.group(1))
        for m in _LATER_YEAR.finditer(text, later.end()):
            if int(m.group(1)) != year + 1:
                break
            year += 1
            more.append(year)
        if more and _EACH_YEAR_ASKED.search(text):
            first = int(span.group(1))
            out.set("cap_years", [[y, y - first + 1] for y in (int(later.group(1)), *more)])
    # ("连续五年都没交" counts years without cover, not in a row insured)
    # ("连续参保满4年以后": the years reached, said with 满 / 够)
    m = next((m for m in _YEARS_IN_A_ROW.finditer(text)
              if not _HEARSAY_BEFORE.search(text[max(0, m.start() - 6):m.start()])
              and not _years_of_another(text, m.start())
              # ("连续交到2030年": the year the run reached, read below from its start, never 2030 years)
              and not _compiled(_FOUR_DIGIT_YEAR).fullmatch(m.group(1))), None)
    if m and "continuous_years" not in out:
        # a count said of the first years named ("2025…2029连续五年都交了 2030年继续交") is the run so far,
        # the later year named as insured one more
        run = _listed_run(text)
        # (a range, "连到交了七八年", counts by its lower end: the rule holds only from its minimum of years,
        # as for the years before a switch below — never 0, a run read as none)
        said = _n(m.group(1)) or (count_range(m.group(1)) or (0, 0))[0]
        ends = re.search(r"((?:19|20)\d\d)\s*年?度?\s*(?:到|至|-|—|~|～)\s*((?:19|20)\d\d)", text)
        kept_on = _years_kept_on(int(ends.group(2)), text[ends.end():]) if ends else 0
        if run and run[0] > said:
            out.set("continuous_years", run[0], run[1])
        elif kept_on and int(ends.group(2)) - int(ends.group(1)) + 1 == said and not _GAP_SAID.search(text):
            # "2025到2028年连续交了4年 后头2029 2030 2031也一直在交": the years listed after the run, each
            # insured, run on from it (2025…2031 = 7)
            out.set("continuous_years", said + kept_on, m.span())
        elif ends and int(ends.group(2)) - int(ends.group(1)) + 1 == said \
                and _next_year_named(int(ends.group(2)), text[ends.end():]) \
                and not _GAP_SAID.search(text):
            # "2025年到2028年连续交了4年 2029年的大病限额": the next year asked of, insured to have a cap,
            # is one more in the row (第三章 九问 例一: 2029 is the 5th)
            out.set("continuous_years", said + 1, m.span())
        else:
            out.set("continuous_years", said, m.span())
            told = "了" in m.group() or text.startswith("了", m.end()) \
                or re.search(r"已经?[^，。？?]{0,4}$", text[max(0, m.start() - 6):m.start()])
            if told and not re.search(r"(?:19|20)\d\d", text) and not _RUN_SUPPOSED.search(text):
                # "合疗连续交了6年了": a run told as the asker's own, done, as a bare count, its first year
                # unsaid — a rule counting from a year of its own (巴中: from 2025) may not count all of it
                # (a case put, "居民连续参保6年，限额多少", is the rule's, computed as told)
                out.set("run_start_unsaid", True)
    m = _NTH_YEAR.search(text)
    if m and "continuous_years" not in out and _IN_A_ROW.search(text) and not _years_of_another(text, m.start()) \
            and not re.search(r"断保|断缴|断交|断了|没交|没参保|停保", text):
        out.set("continuous_years", _n(m.group(1)), m.span())     # "一直连续交，交到第6年": the 6th year in a row
    span = _FROM_YEAR_TO_YEAR.search(text)
    if span and "continuous_years" not in out and int(span.group(2)) >= int(span.group(1)) and \
            _IN_A_ROW.search(text):
        # "从2025年开始每年都交…到2031年": the years insured in a row, both ends counted (2025…2031 = 7);
        # each next year said insured after it ("一直交到2030年 2031年接着交") one more in the row
        end = int(span.group(2))
        for m in _LATER_YEAR.finditer(text, span.end()):
            if int(m.group(1)) != end + 1 or _GAP_SAID.search(text):
                break
            end += 1
        out.set("continuous_years", end - int(span.group(1)) + 1, span.span())
    start = _FROM_YEAR_ON.search(text)
    if start and "continuous_years" not in out and _IN_A_ROW.search(text) \
            and (out.get("gap_years") == 0 or not _GAP_SAID.search(text)):
        # "从2025年开始合疗一年没断过 … 2031年大病保险最高能报好多": the run from its start to the last
        # year named after it, both ends counted (2025…2031 = 7), the break denied
        first = int(start.group(1) or start.group(2))
        later_years = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", text[start.end():])]
        if later_years and max(later_years) > first:
            out.set("continuous_years", max(later_years) - first + 1, start.span())
    span = _YEARS_SPAN_ALL_PAID.search(text)
    if span and "continuous_years" not in out and int(span.group(2)) >= int(span.group(1)) and \
            not _GAP_SAID.search(text):
        # "2025到2031年年年都交了": the years insured in a row, both ends counted (2025…2031 = 7); the
        # next year asked of ("2025到2028连续交了 2029年大病限额"), insured to have a cap, is one more
        # (第三章 九问 例一: 2029 is the 5th)
        end = int(span.group(2))
        end += _next_year_named(end, text[span.end():])
        out.set("continuous_years", end - int(span.group(1)) + 1, span.span())
    if "continuous_years" not in out:
        run = _listed_run(text)
        if run:
            out.set("continuous_years", run[0], run[1])
    m = _YEARS_PAID_BACK.search(text)
    if m and _compiled(_FOUR_DIGIT_YEAR).fullmatch(m.group(1)):
        m = None         # ("补交了2026年的": the year's fee paid, a year, never 2026 years paid back)
    if m:
        out.set("repair_years", _n(m.group(1)), m.span())
    elif (denied := _last_repair_denied(text)) is not None:
        # "不补缴的话", "不想补交", "没打算修复": the gap left as it is — a case told paid back before is not
        out.set("repair_all", False, denied.span())
    elif _GAP_PAID_BACK.search(text) or (
            # the handbook's own word for it, said as done ("修复了呢", "交钱修复了的话", "补缴修复以后"); not a tooth's
            _REPAIR_SAID.search(text)
            and not re.search(r"牙|义齿|种植", text)):
        out.set("repair_all", True)              # every year of the gap paid back: as many as the gap
    bounds = {"most" if b.group("most") else "least" for b in CAP_BOUND.finditer(text)}
    if bounds:
        out.set("_cap_bound", bounds.pop() if len(bounds) == 1 else "both")
    # (零报销奖励 / 零报销激励 is the reward's name, not a year without claims: no fact of the asker's)
    # ("不算零报销那个", "零报销的不考虑": the reward set aside by the asker, not a year without claims)
    zero = None if _ZERO_CLAIM_SET_ASIDE.search(text) else _ZERO_CLAIM.search(text)
    if zero:
        out.set("zero_claim", True)
        # the year without claims named ("2027年一分钱没报过 2030年大病限额"): its raise is the next year's
        # alone (第三章 九问 例二): the years asked after it, kept to compare
        said = _ZERO_CLAIM_YEAR.search(text, 0, zero.start())
        asked = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", text[zero.end():])]
        if said and asked:
            out.set("zero_claim_year", int(said.group(1)))
            out.set("cap_years_asked", sorted(set(asked)))
    cap_years_each_of(text, out)
    # the asker's own statement about the payment window (the window itself is the policy's)
    # (集中交费 / 集中缴费 said without 期 is the window too: "二七年一开始集中交费的时候交了")
    if _AFTER_WINDOW.search(text):
        out.set("in_window", False)
    elif _IN_WINDOW.search(text):
        out.set("in_window", True)
    if _START_DAY_ASKED.search(text) and out.get("gap_years"):
        # (only beside a gap told: no fact of its own, never read as one in a message that tells none)
        out.set("_start_day_asked", True)
    paid_on(text, out)
    born_and_paid(text, out)
    care_month_asked(text, out)


# the month of the care whose payment is asked ("元月份住院能报不", "3月份看病报得到不"), said after a gap or a
# payment told: whether that care falls in the wait (no fact of its own elsewhere: `_care_month`)
_CARE_IN_MONTH = re.compile(r"(?<![\d年])(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月\s*(?:份|底|初|中旬|上旬|下旬)?\s*"
                            r"(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[号日])?(?:的时候|那会儿?|里|就)?\s*"
                            # (the hospital said between, "3月份在县医院住院": the care's month still)
                            r"(?:(?:去|在|到)[^，。,；;\d\s]{0,8}?)?(?:住院|住的院|住了院|住了|看病|看的病|看了病|看门诊|就医|就诊|拿药|开药|生病|病了|做手术|动手术)")
_CARE_PAID_WHETHER = re.compile(r"(?:能|可以|可)(?:报|报销|用)(?:不|吗|没|嘛)|能不能(?:报|用)|可不可以报|报得到(?:不|吗)|报不报|给不给报|"
                                r"(?:算不算|在不在)等待期")


def care_month_asked(text: str, out: Slots) -> None:
    """The month of care asked whether paid, after a gap or a payment told: `_care_month` (`_care_day`, `_care_year`)."""
    if out.get("gap_years") is None and out.get("paid_month") is None:
        return
    if not _CARE_PAID_WHETHER.search(text):
        return
    for m in _CARE_IN_MONTH.finditer(text):
        if any(a <= m.start(2) < b for a, b in out.spans):
            continue        # (the month paid, "12月交了…住院": no month of care)
        month = 1 if m.group(2) == "元" else _n(m.group(2))
        if month and 1 <= month <= 12 and _CARE_PAID_WHETHER.search(text, m.end()):
            out.set("_care_month", month)
            if m.group(3) and 1 <= _n(m.group(3)) <= 31:
                out.set("_care_day", _n(m.group(3)))
            if m.group(1):
                out.set("_care_year", int(m.group(1)))
            return


# the day cover starts asked ("啥时候开始能报", "哪天以后能用"), not only how long the wait is
_START_DAY_ASKED = re.compile(r"啥时候|什么时候|哪天|几号|哪个月|几月份?(?:开始|能|才)|几时")


_BORN_ON = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[号日]?\s*"
                      r"(?:出生|生的|生下来|生了|降生)")


# a birth said by its month alone ("娃儿3月份出生的"): the days to the payment are a range
_BORN_IN_MONTH = re.compile(r"(?<![\d年])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:份|底|初)?\s*(?:出生|生的|生下来|生了|降生)")


def _born_month_and_paid(text: str, out: Slots, month: int | None = None) -> None:
    """A birth month and the month paid, days unsaid ("娃儿3月份出生 4月份才交的"): the most days there can be
    between them (`newborn_days`) and the fewest (`newborn_days_least`) — whether that is within the
    newborn rule's days is the policy's to say, and where the range straddles them the day is asked.
    (Never the asker's birth read as no birth at all: a care month before the payment is then that
    newborn's, not a late payer's.)"""
    b = _BORN_IN_MONTH.search(text) if month is None else None
    if (month is None and not b) or out.get("paid_month") is None:
        return
    bm, pm = month or _n(b.group(1)), int(out.get("paid_month"))
    if not 1 <= bm <= 12:
        return
    months = (pm - bm) % 12
    first_born = datetime.date(2025, bm, 1)
    last_paid = datetime.date(2025 + (1 if pm < bm else 0), pm, calendar.monthrange(2025, pm)[1])
    last_born = datetime.date(2025, bm, calendar.monthrange(2025, bm)[1])
    first_paid = datetime.date(2025 + (1 if pm < bm else 0), pm, 1)
    out.set("newborn_days", (last_paid - first_born).days)
    out.set("newborn_days_least", max(0, (first_paid - last_born).days) if months else 0)


def born_and_paid(text: str, out: Slots) -> None:
    """A newborn's birthday and the day the fee was paid, both said ("娃儿2月1号生的 6月10号才交"): the
    days between them (the newborn rule's line is the policy's); a payment before the birthday's
    date is the next year's."""
    if "newborn_days" in out:
        return
    b = _BORN_ON.search(text)
    if not b:
        _born_month_and_paid(text, out)
        return
    if out.get("paid_month") is None:
        # the birthday alone ("娃儿3月5号生的 最迟啥时候交"): the newborn rule's last day is counted from it
        month, day = _n(b.group(1)), _n(b.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.set("born_month", month)
            out.set("born_day", day)
            year = re.search(r"((?:19|20)\d\d)\s*年\s*$", text[:b.start()])
            if year:
                out.set("born_year", int(year.group(1)))
        return
    if not out.get("paid_day"):
        # (the birthday said, the month paid without its day: a range still, "3月5号生的 4月份交的")
        _born_month_and_paid(text, out, _n(b.group(1)))
        return
    bm, bd, pm, pd = _n(b.group(1)), _n(b.group(2)), int(out.get("paid_month")), int(out.get("paid_day"))
    try:
        born = datetime.date(2025, bm, bd)
        paid = datetime.date(2025 if (pm, pd) >= (bm, bd) else 2026, pm, pd)
    except ValueError:
        return
    out.set("newborn_days", (paid - born).days)


_PAID_IN = re.compile(r"(?:(?:19|20)\d\d\s*年)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月\s*(?:份|底|初)?\s*"
                      # (a day said roughly, "三月十几号": the month is sure, the day is not read)
                      r"(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[号日]|(?:[一二]?十)?几\s*[号日])?"
                      r"[^，。,]{0,6}?(?:把[^，。,]{0,10}?)?(?:交|缴|参保|参加(?!工作)|买|续)")
# what someone else said, or a condition supposed, in the clause before a month: no payment made
_HEARD_OR_SUPPOSED = re.compile(r"(?<![我俺])说|只要|如果|要是|假如|规定")


def _clause_before(text: str, at: int) -> str:
    """The words of `text` before `at`, back to the start of its clause."""
    return re.split(r"[，。,；;？?！!\s]", text[:at].rstrip())[-1]


_MISSED_BY = re.compile(r"(?:没|未|没有)(?:赶上|赶在|来得及|能在|在)$|错过了?$")
_PAID_BEFORE_NEW_YEAR = re.compile(r"元旦(?:之前|以前|前)[^，。,]{0,6}?(?:交|缴|续|参保|买)")


def paid_on(text: str, out: Slots) -> None:
    """The month (and day) the fee was paid, as said: 2026年1月5号才交, 3月10号交的, 12月份交了,
    12月3号把2026年的交了."""
    # (a birthday is no payment: "8月10号出生的 啥时候交" tells when the child was born; nor is a birth month,
    # "1月出生 6月才交" — blanked, so the month paid after it is read, not swallowed with it)
    births = [m.span() for pat in (_BORN_ON, _BORN_IN_MONTH) for m in pat.finditer(text)]
    blanked = "".join(" " if any(a <= i < b for a, b in births) else c for i, c in enumerate(text)) if births else text
    found = list(_PAID_IN.finditer(blanked))
    # a month in a rule heard or supposed ("村上的人说…只要二月底前交了马上就能报销"): no payment of the
    # asker's, where the asker tells their own after it ("我是三月五号才去交的")
    # (nor the deadline missed, "没赶上3月底前交 5月份才交上": the day before which it was not paid)
    found = [m for m in found if not (_MISSED_BY.search(_clause_before(text, m.start())) and "前" in m.group(0))]
    own = [m for m in found if not _HEARD_OR_SUPPOSED.search(_clause_before(text, m.start()))]
    m = (own or found or [None])[0]
    if not m:
        # "元旦前续上了": paid in December, before the year the cover is for
        before = _PAID_BEFORE_NEW_YEAR.search(text)
        if before:
            out.set("paid_month", 12, before.span())
        return
    if m:
        month = 1 if m.group(1) == "元" else _n(m.group(1))       # 元月: January
        if 1 <= month <= 12:
            out.set("paid_month", month, m.span())
            if m.group(2):
                out.set("paid_day", _n(m.group(2)))
            year = re.match(r"\s*((?:19|20)\d\d)\s*年", m.group(0))
            if year:
                # (the year said with the day, "2026年9月1号开始交的": the day benefits start is dated in full)
                out.set("paid_year", int(year.group(1)))
            if re.search(r"过了|错过|超过", text[max(0, m.start() - 3):m.start() + 2]) or \
                    re.match(r"[^，。,]{0,8}?(?:之后|以后|后)(?:才)?(?:补|再)?(?:交|缴)", text[m.start(1):]):
                # (read from the month: a year said before it, "2025年6月30号以后才交", is no part of the day)
                out.set("paid_after", True)       # 过了2月28号才交: after that day


_CHILD = r"(?:娃娃|娃儿|娃|孩子|宝宝|宝贝|小孩儿?|孙子|孙女|孙孙|外孙女?|崽崽?|幺儿|儿子|女儿|闺女|小的)"


_CHILD_MONTHS_OLD = re.compile(_CHILD + r"(?:都|已经|快|有|才)?" + _N + r"(个多?月|天)(?:了|大)")
_CHILD_YEARS_OLD_ENROLLED = re.compile(_CHILD + r"(?:都|已经|快|有)?" + _N + r"岁(?:多|半)?(?:了)?[^，。,；;\d]{0,4}?(?:才|再)(?:想起来?|想到)?"
                           r"(?:去|来)?(?:交|缴|参保|上|买)")
# ... or its age in years said beside its never having been enrolled ("娃儿刚满三岁 一直没给他上过合疗"): the
# years since birth gone without cover, as "出生三年后才交" (a child a year or more old; an age under a
# year is months, read above)
_CHILD_YEARS_OLD = re.compile(_CHILD + r"(?:现在|今年)?(?:都|已经|快|有|刚满|刚|满|才)?(?:满)?" + _N + r"岁(?:了|多)?(?![以之]?[上下内前后]|左右)")
# (上 / 办 / 买 / 参加 only with the cover as object: "还没上学", "社保卡都没办", "还没办医保卡" tell no gap)
_NEVER_ENROLLED = re.compile(r"(?:一直|从来|始终|都|还|从)(?:都|就)?(?:没|未|莫|没有)(?:有)?(?:想起来?|想到|记得|顾得上)?(?:给[他她]|帮[他她]|给娃儿?|给孩子)?"
                             r"(?:(?:交|缴|参保)(?:过)?(?:医保|合疗|新农合|居民医保|保险)?|"
                             r"(?:参加|上|买|办)(?:过)?(?:医保|合疗|新农合|居民医保|保险)(?!卡))")
_BORN_IN_YEAR = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:出生|生的|生下来|降生)")
# (or a child's birth year said the spoken way, "孙子2024年生的")
_NEWBORN_SAID = re.compile(r"新生儿|刚出生|出生|生下来|宝宝|婴儿|生了\s*" + _N + r"个多?月|"
                           + _CHILD + r"[^，。,；;]{0,3}?" + _BORN_IN_YEAR.pattern)
# (a year paid in with no month: "拖到2027年才交", "2027年才给他交合疗", "到2027年才去上的医保")
_FIRST_PAID_IN_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)(?:度)?\s*"
                                 r"(?:才|再|又)(?:想起来?)?(?:去|来)?(?:给[他她]?)?(?:交|缴|补交|补缴|参保|上|买|办)")
_MONTHS_SINCE_BIRTH = r"(?:出生|生下来|生了)(?:了|后|以后)?(?:第|都|已经|快|有)?" + _N + r"(?:个多?月|天)"


def newborn_of(text: str, out: Slots) -> None:
    """Days between birth and enrolment, as said (compared with the policy's newborn days elsewhere)."""
    # (a child's age said as "生了四个月": born four months before, as 出生四个月)
    # (the child's age said with the child's word, "娃儿都4个月了还没交", "孙子三个多月了才上医保": born
    # that long before, as 出生四个月 — a child months old is a newborn)
    child = _CHILD_MONTHS_OLD.search(text)
    if child and not _compiled(_MONTHS_SINCE_BIRTH).search(text):
        n = _n(child.group(1))
        out.set("newborn_days", n if child.group(2) == "天" else n * 30 + (1 if "多" in child.group(2) else 0))
        return
    # (the child's age in years said with the child's word, enrolled only then: "娃儿都两岁了才去交" — the
    # years gone without cover, as "出生两年后才交" is)
    aged = _CHILD_YEARS_OLD_ENROLLED.search(text)
    if aged:
        out.set("newborn_days", 365 * _n(aged.group(1)))
        out.set("gap_years", _n(aged.group(1)))
        return
    aged = _CHILD_YEARS_OLD.search(text)
    if aged and _NEVER_ENROLLED.search(text) and 1 <= _n(aged.group(1)) <= 17:
        out.set("newborn_days", 365 * _n(aged.group(1)))
        out.set("gap_years", _n(aged.group(1)))
        return
    if not _NEWBORN_SAID.search(text):
        return
    # (the year of birth and the year first paid, "2025年出生 … 拖到2027年才交": the whole calendar years
    # between gone without cover, as "出生两年后才交" — a year apart, by month unsaid, may be within the days)
    born, paid = _BORN_IN_YEAR.search(text), None
    if born:
        paid = next((p for p in _FIRST_PAID_IN_YEAR.finditer(text, born.end())
                     if int(p.group(1)) - int(born.group(1)) >= 2), None)
    if paid:
        years = int(paid.group(1)) - int(born.group(1))
        out.set("newborn_days", 365 * years)
        out.set("gap_years", years)
        return
    # (the child's age in years, however said: "出生两年后", "生下来两年了才去上", "生了都快两年")
    m = re.search(r"(?:出生|生下来|生了)(?:了|后|以后)?(?:都|已经|快|有)?" + _N + r"年(?![级度])", text) \
        or (re.search(r"(?:没|未|莫)(?:有)?(?:给[他她]?)?(?:交|缴|参保|上|买)", text)
            # ("出生的时候没给他交医保 现在都两岁多了才去交": the child's age when enrolled at last, in
            # years, is the years gone without cover — as "出生两年后" is)
            and re.search(r"(?<![\d十])" + _N + r"岁(?:多|半)?(?:了)?[^，。,；;\d]{0,4}?(?:才|再)(?:想起来?|想到)?(?:去|来)?(?:交|缴|参保|上|买)", text))
    if m:
        out.set("newborn_days", 365 * _n(m.group(1)))
        out.set("gap_years", _n(m.group(1)))
        return
    m = re.search(r"(?:出生|生下来|生了)(?:了|后|以后)?(?:第|都|已经|快|有)?" + _N + r"(个多?月|天)(?:内|以内|之内)?", text) \
        or re.search(_N + r"(个月|天)(?:内|以内|之内)", text)
    if m:
        n = _n(m.group(1))
        # 三个多月: more than three months (past 90 days)
        out.set("newborn_days", n if m.group(2) == "天" else n * 30 + (1 if "多" in m.group(2) else 0))
        over = re.search(r"(?:超过|过了|满了|超出)\s*" + _N + r"(?:个月|天)", text)
        if over:
            out.set("newborn_over", True)
    elif re.search(r"(?:出生|生下来|生了)(?:了|后|以后)?(?:都|已经|快|有)?(?:半年|大半年)", text):
        out.set("newborn_days", 180)
    elif re.search(r"满月", text):
        out.set("newborn_days", 30)
    elif re.search(r"刚出生|(?:出生就|出生后马上|一出生|生下来就)[^，。,；;？?]{0,4}?(?:参保|参加|上了?(?:医保|合疗|保险)|"
                   r"交|缴|办|登记)", text):
        # (enrolled right at birth; "生下来就在医院住了十几天" tells the stay, not when the child was enrolled)
        out.set("newborn_days", 0)


# ---- a deductible already paid -------------------------------------------------------

# a deductible said to be paid already, in this year or this course of treatment ("已经扣过100起付线",
# "付过200的起付线", "交过起付线了", "起付线已经扣了"): a fact about an earlier stay — never the cost of
# that stay, nor a figure asserted about the rule ("起付线是不是200"), nor a question ("起付线扣了多少")
_PAID_VERB = r"(?:扣|付|交|缴|出|给|掏)(?:过|了|掉)了?"
# (a figure, not the hospital named next: "起付线交了 三级这次" is no 3 元)
# (nor a date after it: "起付线扣过了 11月又住院" is no 11 元)
_PAID_FIGURE = (r"(?:\d+(?:\.\d+)?(?![\d.])|[一二两三四五六七八九十百千]+(?![一二两三四五六七八九十百千]))"
                r"(?![级甲乙等次回月号日年天岁个])(?:元|块钱?)?的?")
DEDUCTIBLE_PAID = re.compile(
    r"(?:" + _PAID_VERB + r"\s*(?:" + _PAID_FIGURE + r"|(?:一|1)(?:次|回|遍))?(?:住院)?(?:的)?起付(?:线|标准|钱|费)?|"
    r"起付(?:线|标准|钱)?(?:今年|本年|年内|这一?年)?"
    # ("起付线前几个月已经扣过了": when, said between)
    r"(?:前几个月|前两个月|前几次|上个?月|上回|上次|之前|以前|前面|年初|前段时间|"
    # (any other when of a few words, before 已经 / 早: "上半年已经扣了", "三月份住院时已经扣过" — not
    # 去年's, which is no deductible of this year)
    r"(?![^，。,；;]{0,4}?(?:去年|上一?年|前年|往年))[^，。,；;\d多少好几没未不是否吗]{1,6}?(?=已经|已|早))?(?:就)?(?:已经|已|都|也|早就?)?" + _PAID_VERB + r"(?:\s*" + _PAID_FIGURE + r")?|"
    + _PAID_FIGURE + r"起付(?:线|标准)?(?:已经|已|都|也|早就?)?" + _PAID_VERB + r"|"
    # ("起付线200已经扣过了": the figure said after the name)
    r"起付(?:线|标准)\s*" + _PAID_FIGURE + r"\s*(?:已经|已|都|也|早就?)" + _PAID_VERB + r")"
    r"(?![^，。,；;]{0,3}(?:多少|好多|几|吗|么|嘛|没有?|不|？|\?))"
    # ("起付线扣了以后报多少", "起付线扣了按比例能报好多": how the bill is paid, the deductible taken off
    # it first — no earlier stay's)
    # (the name's end not left off to let it through: "扣了起付线以后")
    r"(?!(?:线|标准)?\s*(?:以后|之后|后|再|按))")


# a sum said to be what is left over the deductible ("扣除起付线后还有5万", "超过起付线的部分有3万"): the
# part the segments are paid on, not the whole 合规自付 (the deductible is not taken off it again)
# (起伏线: the name as it is often typed)
ABOVE_DEDUCTIBLE = re.compile(r"(?:扣除|扣掉|扣完|扣了|扣过|除去|减去|去掉|减掉|超过|超出|高出)(?:了)?(?:大病(?:保险)?的?)?(?:起付(?:线|标准)|起伏线)"
                              r"(?:以后|之后|后|以上)?(?:的?部分)?(?:还(?:有|剩|剩下)|剩下?|有|是|为|共|一共)?\s*$")


_DENIAL_BEFORE = r"(?:没|未|不曾|从没|从来没)有?(?:被)?$"


def deductible_paid_of(text: str, out: Slots) -> None:
    m = DEDUCTIBLE_PAID.search(text)
    if not m or _compiled(_DENIAL_BEFORE).search(text[max(0, m.start() - 6):m.start()]):
        return                        # "今年还没有扣过起付线": not paid — the year's first deductible is due
    out.set("deductible_paid", True, m.span())
    out.not_money.append(m.span())
    if "住院" in text[max(0, m.start() - 8):m.end()]:
        # "之前住院已经交过起付线了": a stay's — which the 门诊特病 rule (one 二级 inpatient deductible a
        # year) does not say it counts for
        out.set("deductible_paid_stay", True)
    said = [n for n in find_numbers(m.group(0)) if n.value is not None and not n.year
            and not re.match(r"[次回遍]", m.group(0)[n.end:n.end + 1])]        # 扣过一次起付线: once, no sum
    if said:
        out.set("deductible_paid_amount", said[0].value)


# ---- what was spent earlier this year ------------------------------------------------

# a bill of earlier care this year, told before the one asked ("今年门诊已经在二级医院花过300了 今天又…",
# "之前门诊看病用了150 这次又花了400"): a fact about the year (the yearly deductible taken from it),
# never the bill asked about — only with this one told after it (又 / 这次 / 今天 …)
_SPENT_BEFORE = re.compile(r"(?:今年|本年|年内|这一?年|之前|前面|上次|上回|前几次|前两次|已经)[^，。？?！!又再]{0,14}?"
                           r"(?<!报)(?:花|用|看|开药|拿药|买药)(?:过|掉|了)了?\s*"
                           r"(\d+(?:\.\d+)?(?![\d.])|[一二两三四五六七八九十百千]+(?![一二两三四五六七八九十百千]))"
                           r"(?![级次回月号日年天岁个%])(?:元|块钱?)?")
_THIS_BILL_AFTER = re.compile(r"(?:又|再|这次|这回|本次|今天|这一次|这趟)[^。？?！!]{0,16}?(?:\d|[一二两三四五六七八九十百千]+(?:元|块))")


# a year written out for the costs ("2024年 合疗 住院报完自付三万"): one year only, 20xx (年度) — the
# year whose figures a calculation needs; "今年" / "去年" are not written years (the default year's)
_YEAR_WRITTEN = re.compile(r"(?<![\d.])(20\d\d)\s*年(?!\s*(?:\d|[一二三四五六七八九十]+月|底|初))")


# a year said of something else than the bill: when the asker joined, retired, was born, paid …
# ("我2020年就参保了", "2018年退休的", "娃儿2024年出生的")
_YEAR_OF_A_DEED = re.compile(r"\s*(?:的时候|那年|度)?\s*(?:就|才|开始|起|以前|之前|以来)?(?:参保|参加|入职|退休|出生|生的|生了|交|缴|买|办|断|停|上班|工作|毕业|结婚)")
_YEAR_IN_WORDS = re.compile(r"今年|本年|去年|上一?年|前年")


def year_written_of(text: str, out: Slots) -> None:
    """The year written beside a bill told (a year said alone, "那2026年呢", is a question of its own)."""
    if "amount" not in out.values or _YEAR_IN_WORDS.search(text):
        return                      # ("我2020年参保的 今年大病自付了5万": the bill's year said in words)
    years = {int(m.group(1)) for m in _YEAR_WRITTEN.finditer(text) if not _YEAR_OF_A_DEED.match(text, m.end())}
    if len(years) == 1:
        out.set("year_written", years.pop())


def spent_before_of(text: str, out: Slots) -> None:
    m = _SPENT_BEFORE.search(text)
    if not m or not _THIS_BILL_AFTER.search(text, m.end()) or "deductible_paid" in out.values:
        return
    said = [n for n in find_numbers(m.group(1)) if n.value is not None and not n.year]
    # the care it was for, said before the figure ("今年门诊已经…花过300", "之前住院花了8000")
    care = re.findall(r"住院|门特|特病|门诊|看病|拿药|开药|买药", text[:m.start(1)])
    if not care and not re.search(r"看|开药|拿药|买药", text[m.start():m.start(1)]):
        # ("做手术已经花了3万了 还要再花2万 住院一共…": spent on what is not said — maybe the stay
        # asked itself; never set aside as earlier 门诊)
        return
    if not said or (care and care[-1] == "住院"):
        # (an earlier stay's bill is the stays' own story — 住院 then 又去三级医院住院, each bill
        # computed, the deductible's difference made up: money_of's two stays — never set aside)
        return
    out.set("spent_before", said[0].value, m.span(1))
    out.not_money.append(m.span(1))
    if care:
        out.set("spent_before_for", "特病" if care[-1] in ("门特", "特病") else "门诊")


# ---- the premium paid ----------------------------------------------------------------

# what the asker paid for the cover itself ("交了400块的居民医保", "合疗一年交380", "保费交了400"):
# a fact about the contribution, never the bill of a stay or a visit
_PREMIUM_FIGURE = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:元|块钱?)?"
_COVER = r"(?:城乡居民|居民|职工)?(?:医保费|医保|医疗保险费?|合疗|新农合|农合|保费)"
PREMIUM_PAID = re.compile(
    r"(?:交|缴|买)(?:了|过|的)?(?:个)?\s*" + _PREMIUM_FIGURE + r"(?:的)?" + _COVER + r"|"
    + _COVER + r"(?:\s*(?:我们|我|俺|咱|自己|家里))?\s*(?:每年|一年|今年|去年|每人|一个人|个人)?(?:都|也|已经|就|只)?"
    r"(?:交|缴)(?:了|过|的)?(?:个)?\s*"
    + _PREMIUM_FIGURE + r"(?![\d万千百wWkK])(?!\s*(?:年|个月|月|次))|"
    # "居民医保每年四百那个", "合疗一年380的": the cover named by its yearly price, no verb needed
    + _COVER + r"(?:\s*(?:都|也|就|是))?\s*(?:每年|一年|每人每年)(?:都|也|就|是)?\s*" + _PREMIUM_FIGURE
    + r"(?![\d万千百wWkK])(?!\s*(?:年|个月|月|次))|"
    # "一年缴400", "每年都交380": paid by the year, which only cover is
    r"(?:一年|每年|每人每年)(?:都|也|要|只|就)?(?:交|缴)(?:了|的)?\s*" + _PREMIUM_FIGURE
    + r"(?![\d万千百wWkK])(?!\s*(?:年|个月|月|次|的?(?:药费|医药费|住院费|门诊费|费用|医疗费)))")


# a household's members counted, then the fee of one of them ("一家4口 一个人400 总共好多", "屋头三个人 每人交
# 四百"): the year's fee per person quoted, the household's sum asked — never a bill of care
_HOUSEHOLD_COUNTED = re.compile(r"(?:一家|全家|家里|屋头|屋里|我们家|俺家)[^，。,；;？?]{0,4}?" + _N + r"\s*(?:口人?|个人)")
_FEE_EACH = re.compile(r"(?:一个人|每个人|每人|一人|每口人|一口人)(?:都|是|要|得)?(?:交|缴)?(?:了)?\s*" + _PREMIUM_FIGURE
                       + r"(?![\d万千百wWkK])(?!\s*(?:年|个月|月|次))")
_CARE_WORDS = re.compile(r"住院|门诊|看病|拿药|买药|药费|医药费|手术|检查")


def premium_of(text: str, out: Slots) -> None:
    for m in PREMIUM_PAID.finditer(text):
        out.not_money.append(m.span())
    counted = _HOUSEHOLD_COUNTED.search(text)
    if counted and re.search(_COVER, text) and not _CARE_WORDS.search(text):
        for m in _FEE_EACH.finditer(text, counted.end()):
            out.not_money.append(m.span())


# a figure quoted and asked what it is ("两病糖尿病那个1000块又是啥", "限额写的16万是什么意思"): a rule's
# figure the asker read, whose meaning is asked — never a bill of theirs to compute
_FIGURE_WHAT = re.compile(r"\d[\d,.]*\s*(?:万|千)?\s*(?:元|块钱?)?\s*(?:的?(?:那个|这个))?\s*(?:又|到底|究竟)?\s*"
                          r"(?:是|指|指的是|说的是)\s*(?:啥子?|什么|哪个|咋回事|怎么回事)(?:意思)?")


def figure_quoted(text: str) -> str | None:
    """The figure quoted and asked what it is ("通知上的800是啥意思": "800"; "16万是什么": "16万"), as
    written (digits, and 万 or 千 when said); None when no figure is so asked."""
    m = _FIGURE_WHAT.search(text)
    if m is None:
        return None
    said = re.match(r"\d[\d,.]*\s*(?:万|千)?", m.group())
    return re.sub(r"[\s,]", "", said.group()) if said else None


def figure_quoted_of(text: str, out: Slots) -> None:
    for m in _FIGURE_WHAT.finditer(text):
        out.not_money.append(m.span())


# a reading of the body asked about ("血压要高到好多才认定 是不是140", "血糖空腹多少算"): a figure said bare, with no
# unit of money, in a message that asks how high a blood pressure or sugar must be is a reading (a disease's
# criterion the asker half remembers), never a bill of care to compute
_READING_ASKED = re.compile(r"高到|多高|好高|几多高|血压值|血糖值|收缩压|舒张压|高压|低压|mmHg|mmhg|毫米汞柱|mmol|空腹")
_BARE_READING = re.compile(r"(?<![\d.])\d{2,3}(?:\.\d)?(?![\d.])(?!\s*(?:元|块|万|千|百|年|个月|月|天|次|回|%|号|岁|周|多块))")


# ... but a figure said as spent or paid ("门诊拿药花了280", "自付了350") is the bill the message asks about,
# a reading asked beside it or not
_PAID_SAID_BEFORE = re.compile(r"(?:花|用|费|付|交|缴|出|报|掏|开|药钱|一共|总共|合计)(?:了|掉|去|过)?\s*$")


def reading_of(text: str, out: Slots) -> None:
    if not _READING_ASKED.search(text) or not re.search(r"血压|血糖", text):
        return
    for m in _BARE_READING.finditer(text):
        if not _PAID_SAID_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            out.not_money.append(m.span())


# ---- admissions, visits, delivery, drugs ---------------------------------------------

# two bills told each after its own hospital ("卫生院那头花了两千 县医院花了八千", "二级医院住了花五千 三级医院又花了
# 一万"): two stays, the one named first the earlier — each bill its own stay's, never one bill of their sum;
# not two people's ("我爸在卫生院花了2000 我妈在县医院花了8000": a person named beside either bill)
_NOT_TWO_STAYS = re.compile(r"其中|里面|含|包括|自费|目录外|报了|报销了|自付|门诊|药店|药房")
# the second hospital's bill supposed or set against the first ("要是三级医院住院5000呢", "哪个报得多"): one stay
# at either, compared — not a later stay after the first
_ALTERNATIVE_STAY = re.compile(r"要是|如果|假如|假设|万一|换成|换到|或者|还是|哪个|哪家|哪一?种|比较|相比|对比|差多少")


# a figure that dates the stay ("十一月又住院", "3号住进去"), not its bill
_DATE_UNIT_AFTER = re.compile(r"\s*(?:月|号|日)")


def _stay_bills(text: str) -> list[Number]:
    """The figures of a message that may be stays' bills: not a year, an age, a month or day, nor the
    deductible's figure quoted ("这回起付线还扣不扣600")."""
    return [n for n in find_numbers(text) if not n.year and not n.age and n.value is not None
            and (n.explicit or n.value >= 10) and not _deductible_quoted_again(text, n)
            and not (not n.explicit and _DATE_UNIT_AFTER.match(text, n.end))]


def stays_each_billed(text: str) -> tuple[str, Decimal, str | None, Decimal] | None:
    """(the earlier stay's tier, its bill, the later stay's tier or None, its bill) where `text` tells two
    exact bills, the first after one hospital's tier and the second after another hospital (a tier, or a
    level: 县医院, whose tier the region's policy reads from it); else None."""
    # (a bare small numeral is no bill: 一共's 一)
    nums = _stay_bills(text)
    if len(nums) != 2 or any(n.approx or n.vague for n in nums) or _NOT_TWO_STAYS.search(text) \
            or _ALTERNATIVE_STAY.search(text[nums[0].end:]) \
            or people.OTHER_PERSON.search(text[nums[0].end:]) or people.THIRD.search(text[nums[0].end:]):
        return None
    first, second = text[:nums[0].start], text[nums[0].end:nums[1].start]
    before = [t for _, _, t, _ in _tier_mentions(first)]
    after = [t for _, _, t, _ in _tier_mentions(second)]
    level = any(_compiled(p).search(second) for p, _ in _LEVEL)
    if len(before) != 1 or len(after) > 1 or not (after or level) or after == before:
        return None
    return before[0], nums[0].value, (after or [None])[0], nums[1].value


# three or more stays of the year told each with its hospital and bill ("住了三回院 一级2000 二级5000 又二级3000",
# "第一次卫生院1500 第二次县里二级8000 第三次三级两万"): each stay its own calculation in turn, the region's rule on
# the deductible applied to each after the first (two stays are `stays_each_billed`'s and tier_of's) — never
# the later stays read as one, nor a stay dropped
# (the lexicon writes "住了三次院" as "住院三次": that form too)
_STAYS_COUNTED = re.compile(r"(?:住|进|住院)(?:了|过)?(?P<n1>" + _N + r")(?:次|回|趟)|(?P<n2>" + _N + r")(?:次|回|趟)(?:住院|院)")


# the stays told as following one another ("头一回…第二回…", "…后面又去二级医院住了"): without these or a count,
# bills at three tiers may be one sum asked of each tier ("一级花2000 二级花5000 三级花8000 分别报多少")
_STAYS_IN_TURN = re.compile(r"(?:第|头)[一二两三四五六1-6]?(?:次|回|趟)|又|再|后来|然后|接着|之后|过后|后头")


# (a stay "还是" at the tier before, "第三回还是二级", is no choice between two)
_STAYS_ALTERNATIVE = re.compile(_ALTERNATIVE_STAY.pattern.replace("还是", r"(?<![次回趟也又])还是"))


def stays_listed_of(text: str, out: Slots) -> None:
    """`stays`: [[tier, bill], ...] in the order told, where three or more stays are told each with one
    hospital's tier before its bill; `tier` and `amount` are then the last stay's."""
    if "住" not in text or _NOT_TWO_STAYS.search(text) or _STAYS_ALTERNATIVE.search(text) \
            or people.OTHER_PERSON.search(text) or people.THIRD.search(text) or "转" in text:
        return
    bills = [n for n in find_numbers(text) if not n.year and not n.age and n.value is not None
             and (n.explicit or n.value >= 10)]
    if len(bills) < 3 or any(n.approx or n.vague for n in bills):
        return
    counted = _STAYS_COUNTED.search(text)
    if counted and _n(counted.group("n1") or counted.group("n2")) != len(bills):
        return
    stays, at = [], 0
    for n in bills:
        told = [t for _, _, t, _ in _tier_mentions(text[at:n.start])]
        if len(told) != 1:
            return
        stays.append([told[0], str(n.value)])
        at = n.end
    if not counted and (len({t for t, _ in stays}) < 2 or not _STAYS_IN_TURN.search(text)):
        return              # (three sums at one hospital with no count of stays: maybe one bill's parts;
        # at three hospitals with neither a count nor one after another: maybe each tier's sum asked of it)
    out.values["stays"] = stays
    out.values["tier"], out.values["amount"], out.values["amount_at"] = stays[-1][0], n.value, n.start
    out.values["admission"] = len(stays)
    for key in ("prior_tier", "prior_amount", "transfer", "grade", "amount_parts", "amount_said"):
        out.values.pop(key, None)
    # (the notes of the tiers and counts told are kept: a region whose rows are no tiers asks the hospital as
    # before — intents.forms drops them where the stays are computed one by one)


# a second stay told after the first's bill ("3月住院花了4000 5月又住院6000", "上半年住院… 下半年又住进去…"):
# each stay its own bill, never one stay of their sum
_LATER_STAY = re.compile(r"(?:又|再)[^，。,；;？?！!\d]{0,6}?(?:住院|住了|住进|住的院|进医院|进了医院)")


def _later_stay_billed(text: str, bills: list[Number]) -> bool:
    """Whether two bills are two stays': the first said of a stay, the second after a later stay's word
    (and neither a part of the other, nor the visit's or a fund's)."""
    first, second = bills
    return "住" in text[:first.start] and bool(_LATER_STAY.search(text, first.end, second.start)) \
        and not _NOT_TWO_STAYS.search(text) and not _ALTERNATIVE_STAY.search(text[first.end:])


def after_a_stay(case) -> bool:
    """Whether the stay told of follows an earlier one of the year: a transfer, or a second (or
    later) admission. `case`: the slots read, or a form's slots (anything with .get)."""
    return bool(case.get("transfer")) or int(case.get("admission") or 1) > 1


_NTH_TIME = re.compile(r"(?<!不是)(?<!并非)(?<!非)第" + _N + r"(?:次|回|趟)")
_NOT_THE_FIRST = re.compile(r"(?:不是|并非|非)(?:今年)?(?:第一次|头一次|头回|首次)")
_STAY_AT_ANOTHER_HOSPITAL = re.compile(r"转院(?!单|证明|手续|表|申请)|转到|转去|转往|转回")
_ANOTHER_STAY = re.compile(r"再次|又住|二次住院|再住院|又进医院|又去|再去|住过[^，。]{0,3}次院|又(?:在|到|进)[^，。,]{0,10}?住|"
                             r"(?:之前|上次|以前|先前|前面)[^，。没未]{0,6}住过|住过一次")
_EARLIER_VISITS = re.compile(r"(?:已经|之前|以前|先前|前面|上次|今年)[^，。没未不]{0,4}(?:看过|去过|跑过)[^，。没未]{0,6}门诊|"
                             r"门诊[^，。没未]{0,4}(?:看过|去过)[^，。]{0,3}(?:好几|几|两|三|多)次|又看门诊|又去看门诊")
# "今年在一级医院住过一次院 合规3000 能报好多": the one stay of the year told, with its bill — not an earlier stay
# beside this one; that needs another stay said ("这次", "又", "之前…", "已经…", "起付线还…")
_ONCE_STAYED = re.compile(r"住过(?:一|1)次")
_A_STAY_BESIDE = re.compile(r"这次|这回|这一次|本次|现在|目前|如今|又|再|后来|然后|接着|之前|以前|上次|先前|前面|已经|先|还|转|"
                            r"第" + _N + r"(?:次|回|趟)|两次|二次|几次")


def _ONE_STAY_TOLD_ALONE(text: str) -> bool:
    others = [m for m in _ANOTHER_STAY.finditer(text) if not _ONCE_STAYED.match(m.group())]
    return bool(_ONCE_STAYED.search(text)) and not others and not _A_STAY_BESIDE.search(text)


_NO_STAY_BEFORE = re.compile(r"(?:没|没有|未|从没|从来没)(?:住过|住院过|住过院)|首次住院|头一次住院|头回住院|第一回住院")


# where the care began, told of the case as a whole ("一开始去的是二级医院", "最开始就在卫生院看的"): its first
# visit — with no later one said beside it (then it is a transfer's or a later visit's story)
_FIRST_OFF = r"(?:一开始|最开始|刚开始|起初|最初)(?:就|也)?(?:直接)?(?:是)?(?:去|在|到|看)"
# a stay gone to straight at a hospital ("直接去的三级医院", "没转院 直接住的县医院"): its first stay, no move from another
_DIRECT_TO = re.compile(r"[^，。,；;？?]{0,3}?直接(?:就)?(?:是)?(?:去|到|住|进|在)(?:了|的)?[^，。,；;？?\d]{0,8}?(?:医院|卫生院|三甲|三级|二级|一级)")
# (with no stay before it said: "后来直接去的三级医院" after a first stay is the later one)
_STAY_BEFORE_DIRECT = re.compile(r"后来|然后|接着|之后|过后|又|再|先|之前|上次|上回|以前|住过|转到|转去")
# a move denied ("没转院", "没有转到三级"): no transfer
_MOVE_DENIED = re.compile(r"(?:没|未|没有|莫得|没得|冇|不|不是|并非|不算|不属于)(?:办|走)?$")


def admission_of(text: str, out: Slots) -> None:
    if out.get("_visit_before_stay"):
        # (the 又 of "看了门诊 后来又住了一次院" follows the visit, no earlier stay: read without the visit and the
        # stay's own words)
        stay = _STAY_TOLD.search(text)
        text = _without_visit(text, out)
        text = text[:stay.start()] + "住院" + _MASK * (stay.end() - stay.start() - 2) + text[stay.end():]
    m = _NTH_TIME.search(text)
    n = _n(m.group(1)) if m else None
    if _NOT_THE_FIRST.search(text):
        n = 2                             # "不是第一次": a later one (the first's rule is not this one's)
    if n is None and _ANOTHER_STAY.search(text) and not _ONE_STAY_TOLD_ALONE(text):
        n = 2
    if n is None and _EARLIER_VISITS.search(text):
        n = 2                             # "今年已经看过好几次门诊了": this visit is not the year's first
    if n is None and _NO_STAY_BEFORE.search(text):
        n = 1                             # "之前没住过院": this stay is the year's first
    if n is None and re.search(r"(?<!不是)(?<!并非)(?:头一次|头一回|头回|头一趟|首次)(?!参|交|缴|办|申请)(?=[^，。,\s]{0,2}(?:看|去|住|门诊|就诊|就医|拿药|开药))", text):
        n = 1                             # "今年头一回看病就是去的二级医院": this visit is the year's first
    if n is None and re.search(r"(?:今年|本年|这一年|年内)(?:是|还是|才)?(?:头一次|头一回|头回|首次)(?!参|交|缴|办|申请)", text):
        n = 1                             # "今年头一回 花了200": the year's first, with no verb after it
    if n is None and _compiled(_FIRST_OFF).search(text) and not re.search(r"后来|然后|转|再|又", text):
        n = 1                             # "要是一开始去的就是二级医院呢": the case's first visit (or stay) put there
    if n is None and (d := _DIRECT_TO.search(text)) and not _STAY_BEFORE_DIRECT.search(text[:d.start()]):
        n = 1                             # "要是他没转诊 直接去的三级医院": the stay a first one there, no move
    if n is None and out.get("deductible_paid") and "transfer" not in out.values:
        n = 2                             # "今年已经交过起付线了": a stay before this one
    if n is None and re.search(r"第几(?:次|回|趟)[^，。？?]{0,4}?(?:不记得|记不得|记不清|不晓得|不知道|忘了|搞不清)|"
                               r"(?:不记得|记不得|记不清|不晓得|不知道|忘了|搞不清)[^，。？?]{0,6}?第几(?:次|回|趟)", text) \
            and re.search(r"门诊|看病|拿药|开药", text) and not re.search(r"住院", text):
        # "今年第几次不记得了": the visit's count said unknown — asked where it changes the answer, never
        # taken for the first
        out.set("_visit_unknown", True)
    if n and n >= 1:
        if re.search(r"门诊|看病|拿药|开药", text) and not re.search(r"住院", text):
            out.set("visit", n)
        elif re.search(r"住院|住", text):
            out.set("admission", n)
        elif re.search(r"第" + _N + r"(?:次|回|趟)|又去|再去|又来|又看|又跑|" + _FIRST_OFF, text) or (n == 1 and _DIRECT_TO.search(text)):
            # "这是今年第二次去了", "下个月又去了一次": a visit or a stay, as the calculation it follows
            out.set("nth", n)
    # (not the referral's paper, "开了转诊转院单", "转院证明": a filing's, no move between two stays)
    moved = next((m for m in _STAY_AT_ANOTHER_HOSPITAL.finditer(text)
                  if not _MOVE_DENIED.search(text[max(0, m.start() - 3):m.start()])), None)
    if moved and "transfer" not in out.values and not _referred_away(text, moved.end()):
        out.set("transfer", True)


# where a referral sends the patient: another place, not another ward of the same course of care
_AWAY = re.compile(r"^(?:了|去|到)?(?:市外|外地|省外|外省|外市|异地|省里|省城|省会)")


def _referred_away(text: str, at: int) -> bool:
    """"医院开了转诊单转到成都 在那住院": the move is a referral to care elsewhere (异地转诊, a filing),
    with no earlier stay of the asker's to count a deductible against; "转到三甲" is a transfer."""
    if _AWAY.match(text[at:]):
        return True
    named = elsewhere_place(text[at:])
    return named is not None and named[0] <= 1


# the 产前检查费 asked (its sum, or what is topped up of it), a birth said, no delivery's bill asked
_PRENATAL_ASKED = re.compile(r"(?:产检|产前检查)费?[^，。？?；;]{0,6}?(?:补差|补助|多少|好多|几多)|"
                             r"(?:补差|补)[^，。？?；;]{0,4}?(?:多少|好多|几多)[^，。？?；;]{0,2}(?:产检|产前检查)费?")
_BORN = re.compile(r"生了|生完|生娃|生孩子|生小孩|生宝宝|生育了|分娩|顺产|剖腹产|剖宫产|出生")
_DELIVERY_BILL = re.compile(r"医疗费|住院|生育费|分娩费|手术费|合规|花了|顺产[^，。]{0,4}(?:报|多少|好多)|剖[^，。]{0,5}(?:报|多少|好多)|"
                            # ("…报好多 加上产检一共好多": the delivery's sum with it)
                            r"加上?[^，。]{0,2}(?:产检|产前检查)|一共|总共|合计|一起|共计|"
                            # ("顺产和产检各补差好多": the delivery's sum asked beside the 产检's, each its own)
                            r"(?:顺产|剖腹产|剖宫产|难产)[^，。？?]{0,2}(?:和|跟|与|及|、|还有)[^，。？?]{0,2}(?:产检|产前检查)|"
                            r"(?:产检|产前检查)费?[^，。？?]{0,2}(?:和|跟|与|及|、|还有)[^，。？?]{0,2}(?:顺产|剖腹产|剖宫产|难产)")


# the 职工 spouse's 补差 of it: 补差 said, or both schemes told (one scheme's own fixed sum is its
# page's figure, and with no scheme said the page gives both schemes' sums at once)
_TOP_UP_CASE = re.compile(r"补差|职工[^。？?]*(?:居民|合疗|新农合)|(?:居民|合疗|新农合)[^。？?]*职工")


_NO_CESAREAN = re.compile(r"(?:没|没有|未|不|不是|并非|没得|不用|不需要)(?:做|施行|实施|动|用|做过|开)?(?:了)?(?:剖宫术|剖宫|剖腹)")


# a kind of delivery said not to be the case, by the words just before it ("不是剖的", "没有剖腹产", "不用剖宫产",
# "不是非要剖", "医生没说要剖", "没能顺产"): no kind read from it — asked, never the denied one taken. Not a
# question of it ("是不是剖腹产", "要不要剖") nor one done after all ("不得不剖了")
_DELIVERY_DENIED_BEFORE = re.compile(r"(?:(?<![要是用需能会得])不(?:是|用|需要?|必|想|打算|一定)?|并非|没有?|没得|未|莫得?)"
                                     r"(?:说|非|一定|能|做|施行|实施|动|开|做过)?(?:要|得)?(?:了)?$")
# ... or by the words just after it ("顺产不了 要剖", "顺产没成"), as intents.acts reads a kind denied
_DELIVERY_DENIED_AFTER = re.compile(r"不了|没成|失败")


def _delivery_kind(text: str, table: list[tuple[str, str]], out: Slots) -> None:
    """`_find` for the kind of delivery: the first kind said that is not said not to be the case."""
    for pattern, value in table:
        for m in _compiled(pattern).finditer(text):
            if not _DELIVERY_DENIED_BEFORE.search(text[max(0, m.start() - 8):m.start()]) \
                    and not _DELIVERY_DENIED_AFTER.match(text, m.end()):
                out.set("kind", value, m.span())
                return


# a pregnancy said lost in everyday words ("怀起3个月的时候没保住", "孩子没保住"): a termination, as the
# handbooks' 终止妊娠 counts it (not any 没保住: a job or a cover not kept is no pregnancy)
# (what was not kept said between — "娃儿…待遇没保住", "孩子的医保没保住" — is a cover or a benefit, no pregnancy)
LOST_PREGNANCY = (r"(?:怀|孕|胎|娃|孩子|宝宝)(?:(?!医保|保险|合疗|新农合|待遇|资格|参保|断缴|断交|断保|工作|名额)"
                  r"[^，。？?！!；;]){0,10}?没(?:有|能)?保住")
_TERMINATION = re.compile(r"流产|终止妊娠|引产|人流|药流(?!程)|打胎|堕胎|小产|胎停|" + LOST_PREGNANCY)
_MULTIPLE_BABIES = re.compile(r"(双|三|四|两|俩)(?:胞胎(?!弟弟|哥哥|姐姐|妹妹|兄弟|姐妹|兄妹|姐弟)|个宝宝|个孩子|个娃)")
# (said as nearly reached, "快5个月了", "将近20周": the months before it completed)
_NEARLY = r"快要|快|将近|接近|差不多|眼看"
_PREGNANT_FOR = re.compile(r"(?:怀孕|孕|怀(?:了|起|到|上)?(?:个)?(?:娃娃|娃儿|娃|孩子|小孩儿?|宝宝|细娃儿?|毛毛)?)(?:了)?\s*(?:不满|不到|满|超过|" + _NEARLY + r")?(?:到)?\s*" + _N + r"\s*(个多月|个月|周)")
_TERMINATED_AT = re.compile(r"(?:不满|不到|满|超过|" + _NEARLY + r")?\s*" + _N + r"\s*(个多月|个月|周)(?:大|的时候|时)?(?:就|又)?(?=流产|引产|人流|药流|打胎|终止妊娠|没保住)")
_BIRTH_WORD = r"胞胎|生了|生"


def delivery_of(text: str, out: Slots) -> None:
    """How the pregnancy ended, and how long it lasted, as said (the 16-week line is the policy's)."""
    # (药流: 药物流产, said short)
    if _TERMINATION.search(text):
        out.set("kind", "终止妊娠")
        # (said not done, "没剖宫", "没有做剖宫术", "不是剖的": no 剖宫术 added to the limit)
        if re.search(r"剖宫术|剖宫|剖腹", text) and not _NO_CESAREAN.search(text):
            out.set("cesarean", True)
    else:
        _delivery_kind(text, [(r"剖腹产|剖宫产|剖腹|剖宫|剖了|剖的|剖出|剖产|剖开|剖(?=呢|的话)", "剖宫产"), (r"难产", "难产"),
                              (r"顺产|自然分娩|顺生|自己生", "顺产")], out)
        if "kind" not in out.values:
            # 剖 said as the verb of what is to be done ("医生说可能要剖", "得剖"), no kind named besides: 剖宫产,
            # the case asked of — not "不用剖" / "不需要剖" / "不是非要剖"; a kind named ("可能要剖 顺产报好多")
            # is the one asked
            _delivery_kind(text, [(r"(?<![不没])(?<!不需)(?<!不一定)(?<!必)(?:要|得|需要|准备)剖", "剖宫产")], out)
    # (the child named after 怀: "怀娃儿五个月", "怀了个孩子四个月")
    m = _PREGNANT_FOR.search(text) \
        or _TERMINATED_AT.search(text)
    if m:
        n = _n(m.group(1))
        weeks = n if m.group(2) == "周" else None
        months = n if weeks is None else None
        qual = re.search(r"(不满|不到|满|超过|" + _NEARLY + r")(?:到)?\s*" + re.escape(m.group(1)), text)
        if qual and qual.group(1) in ("不满", "不到"):
            out.set("pregnancy_under", True)
        elif qual and re.fullmatch(_NEARLY, qual.group(1)) and n > 1:
            # nearly N: N − 1 completed, the count the policy's line is met by (its line, not here)
            weeks, months = (n - 1, None) if weeks is not None else (None, n - 1)
        if weeks is not None:
            out.set("pregnancy_weeks", weeks)
        else:
            out.set("pregnancy_months", months)
    if _PRENATAL_ASKED.search(text) and (_BORN.search(text) or "补差" in text) and not _DELIVERY_BILL.search(text) \
            and out.get("kind") != "终止妊娠" and _TOP_UP_CASE.search(text):
        # "生完娃儿了 产前检查费补助好多", "她生娃领了居民的产检费 我这边还能补好多产检费": only the
        # 产前检查费 of a birth asked — its figure (or its 补差), whatever the delivery
        # ("老公是职工 我是居民 产前检查费补差能补好多": the 补差 itself names the birth's case; the
        # calculation says it took a birth, not a termination)
        out.set("prenatal_only", True)
    # (not a sibling of a twin birth long past: "我和双胞胎弟弟都在校区")
    m = _MULTIPLE_BABIES.search(text)
    if m and _compiled(_BIRTH_WORD).search(text):
        out.set("babies", {"双": 2, "两": 2, "俩": 2, "三": 3, "四": 4}[m.group(1)])


# "没有乙类药", "不含乙类": that class said absent — the drugs are all of the other
# (and said by the prescribing: "没开乙类药", "没用过甲类的")
_NO_CLASS = re.compile(r"(?:没有?|没得|无|不含|不包括|不是)(?:开|用|拿|买|吃|配)?(?:过|了)?(?:什么|啥)?(甲类|乙类)")


_TYPE1_DIABETES = re.compile(r"[1一Ⅰ][型]糖尿病|I型糖尿病")
_TYPE_FOLLOW_UP = re.compile(r"(?:^|[\s，,])(?:那|那么)?(?:要是|如果是?|换成|假如)(?:是)?(?:([1一Ⅰ]|I)|[2二Ⅱ]|II)型的?(?:呢|嘞|咧)")
_CLASS_A_DRUGS = re.compile(r"甲类")
_CLASS_B_DRUGS = re.compile(r"乙类")


# the other types said as a clause of their own ("是二型的", "2型 …"), compiled once: every reading of a bill tries it
_TYPE2_OWN_CLAUSE = re.compile(r"(?:^|[\s，,。])(?:是)?(?:[2二Ⅱ]|II)型(?:的)?(?=[\s，,。]|$)")


def drugs_of(text: str, out: Slots) -> None:
    absent = {m.group(1) for m in _NO_CLASS.finditer(text)}
    if len(absent) == 1:
        out.set("drug_class", "甲类" if absent == {"乙类"} else "乙类")
    elif absent:
        pass                          # neither: not a drugs bill the classes matter for
    elif _CLASS_A_DRUGS.search(text):
        out.set("drug_class", "甲类")
    elif _CLASS_B_DRUGS.search(text):
        out.set("drug_class", "乙类")
    # (the type said of a diabetes the message names: "是二型的" alone corrects an answer, no case)
    if "糖尿病" in text and re.search(r"(?:不是|并非|非)(?:[1一Ⅰ]|I)型", text):
        out.set("diabetes_type", "其他")      # "不是1型的": of the other types
    elif _TYPE1_DIABETES.search(text):
        out.set("type1", True)
    elif "糖尿病" in text and re.search(r"糖尿病[^，。？?\d]{0,2}(?:[2二Ⅱ]|II)型|(?:[2二Ⅱ]|II)型(?:的|糖尿病|糖)", text):
        out.set("diabetes_type", "其他")      # "2型糖尿病": of the other types, as the limits name them
    elif _TYPE2_OWN_CLAUSE.search(text) and re.search(r"\d", text):
        # "二型 买药一年600": the type said as its own clause beside a bill — a case of the diabetes told
        # before, of the other types (a bare "是二型的", no bill, stays a correction of an answer)
        out.set("diabetes_type", "其他")
    elif "糖尿病" in text and re.search(r"糖尿病[^，。？?\d]{0,2}(?:[1一Ⅰ]|I)型的", text):
        out.set("type1", True)                # "糖尿病 一型的": the type said after the disease, apart
    else:
        # the other type asked as a follow-up of a case ("那要是一型的呢 药钱一样"): a fact of the diabetes case
        # before, changed — the disease unsaid, as every follow-up leaves it (a bare "是二型的", no 呢, stays a
        # correction of an answer)
        other = _TYPE_FOLLOW_UP.search(text)
        if other and other.group(1):
            out.set("type1", True)
        elif other:
            out.set("diabetes_type", "其他")
            out.set("type1", False)           # (the case's 1型 told before is replaced, not kept beside it)


_YEAR_WITHOUT_COVER = re.compile(r"(?:断|停|没交|没缴|没参保|未参保)[过了保缴交]{0,2}(?:一整年|一年)")
_ONE_BILL = re.compile(r"(?:这次|这一次|这回|本次|单次|今天|刚才|刚刚)[^，。,；;]{0,6}?(?:开药|拿药|买药|看病|复查|门诊|花|费用|药费)")
_MONTHS_OF_COSTS = re.compile(_N + r"个月(?:的费用|花了|花|共|一共)")
_WHOLE_YEAR = re.compile(r"(?:一年|全年|一整年|每年|年度|12个月|十二个月)")
_THIS_YEARS_COSTS = re.compile(r"今年[^，。,；;]{0,8}?(?:花|费用|药费|买药|开药|拿药)")
_ONE_MONTH = re.compile(r"(?:每个?月|一个月|1个月|这个月|这一?月|上个?月|当月|本月|月均)")
_MONTH_THEN_FIGURE = re.compile(r"(?<![\d一二两三四五六七八九十正腊个])月\s*\d+(?:\.\d+)?(?![\d.]*\s*(?:号|日))")


def months_of(text: str, out: Slots) -> None:
    """How many months of costs (for a monthly limit). 今年 counts only of costs ("今年门诊花了
    3000"): "今年断的", "今年才交" say when, not how long; "断过一年保" is a gap in cover, not costs."""
    text = _YEAR_WITHOUT_COVER.sub(lambda m: "　" * len(m.group(0)), text)
    m = _WHOLE_YEAR.search(text) \
        or _THIS_YEARS_COSTS.search(text)
    if m:
        out.set("months", 12)
        return
    # ("月290": a month's bill, its figure right after 月 — not a date's month, "5月15号")
    m = _ONE_MONTH.search(text) \
        or _MONTH_THEN_FIGURE.search(text)
    if m:
        out.set("months", 1)
        return
    # one bill ("这次开药花了600", "今天拿药"): the costs of one month at most
    m = _ONE_BILL.search(text)
    if m:
        out.set("months", 1)
        return
    m = _MONTHS_OF_COSTS.search(text)
    if m:
        out.set("months", _n(m.group(1)))


# what stands between bases listed one after another: a space, a list's comma, 和 / 跟 / 还有, a unit
_BASE_RUN_GAP = re.compile(r"\s*(?:元|块钱?)?\s*(?:[、，,/]|和|跟|与|及|加|还有|一个|另一个)?\s*(?:一个|另一个)?\s*")


# (the fund said as the giver, "已经给我报了九万", "已经给俺爹报了六万": the same sum paid this year)
_USED_THIS_YEAR = re.compile(r"(?:今年|本年|年内|这一?年|一年|全年|本年度)[^，。？?\d]{0,14}?(?:已经|已)(?:给(?:我|俺|他|她|咱|我们|俺们|老人|我爸|我妈|俺爹|俺娘)?)?"
                                r"(?:一共|总共|共|累计)?(?:报销?|用|支付|给报|统筹)(?:了|过|掉了?)")
_THIS_YEAR = re.compile(r"今年|本年|这一?年")
_ACCOUNT_ALLOCATION = re.compile(r"划拨|划入|划进|划到|划给|划了?(?:多少|好多|几多)")
_ARREARS_THEN_MONTHS = re.compile(r"欠(?:了|缴了?|费)?[^，。]{0,6}?" + _N + r"个月")
_MONTHS_THEN_ARREARS = re.compile(_N + r"个月[^，。]{0,4}欠")
_ARREARS_IN_YEARS = re.compile(r"欠(?:了|缴了?|费)?[^，。\d年]{0,6}?(?:(半)年|([一两二三四五\d])年(半|多)?)")
_PERSONAL_ACCOUNT = re.compile(r"个人账户|个账|个人帐户")
_PAID_INTO = r"划|拨|打|进|返|存|到账|入账"
_INSURANCE_CARD = re.compile(r"医保卡|社保卡|卡里|卡上")
_SWITCH_WORD = re.compile(r"换成|转成|转为|换到|改成|改参|改交|转交|换交|切换|换着(?:交|缴|参保|买)|来回(?:换|切换|转)|换来换去|"
                                 r"转(?:到|入)?(?:职工|居民|城乡|合疗|新农合)")
_STAFF_WORD = r"职工"


def staff_status_of(text: str, out: Slots) -> None:
    """职工 facts for waiting periods: months in arrears, a switch between schemes and its gap; and
    the asker's age when said (a table's row for those over an age: 巴中's 大额补助)."""
    ages = [a for a in find_numbers(text) if a.age and a.value is not None]
    if len(ages) == 1:
        out.set("age", int(ages[0].low or ages[0].value))
    said_numbers = find_numbers(text)
    for i, a in enumerate(said_numbers):
        # "缴费基数5000", "基数是四千五": the 职工 monthly base, said as such
        # (not the rate on it: "按缴费基数0.6%缴")
        # (a month said between, "我缴费基数一个月5000"; or the base named after the figure, "按4000的基数算")
        # (an adverb before the verb, "缴费基数就是五千", "基数才三千", "基数也是4000": the same base told)
        if a.value is not None and a.value > 0 and not a.year \
                and (_compiled(r"基数(?:是|为|按|有|就|都|只|才|也|差不多|大概|大约|(?:每|一)个?月|假如|假设|如果|要是|比如|就算|算|分别(?:是|为)?)*\s*$").search(text[max(0, a.start - 10):a.start])
                     or _compiled(r"\s*(?:元|块钱?)?(?:的|做|作为|当作?)?(?:缴费)?基数").match(text[a.end:])) \
                and not re.match(r"\s*(?:%|％|个?月)", text[a.end:]) and "%" not in a.raw:
            # several workers' bases listed ("缴费基数分别4000 5000 6000", "基数3000和5000"): the
            # employer pays on their sum — the base is the sum, each listed
            run = [a]
            for b in said_numbers[i + 1:]:
                if re.match(r"个|名|位", text[b.end:b.end + 1]):
                    continue            # ("一个基数4500 一个5500": the 一个 counts a worker, names no base)
                if b.value is None or b.value <= 0 or b.year or "%" in b.raw \
                        or not _BASE_RUN_GAP.fullmatch(text[run[-1].end:b.start]):
                    break
                run.append(b)
            if len(run) > 1 and not re.match(r"\s*(?:%|％|个?月)", text[run[-1].end:]):
                out.set("bases", [x.value for x in run])
                out.set("base", sum((x.value for x in run), Decimal(0)))
                break
            out.set("base", a.value)
            if "最低" in text[max(0, a.start - 10):a.start]:
                # "如果最低缴费基数是4000": the city's minimum, which bounds the asker's own wage-based base
                out.set("min_base_said", True)
            break
    # ("今年在克拉玛依看普通门诊医保已经一共报了850": where and what said between, and the sum's 一共)
    m = _USED_THIS_YEAR.search(text)
    said = m.group(0) if m else ""    # what the limit was used for, when said ("今年住院已经报了10万")
    earlier = False
    if not m and _THIS_YEAR.search(text):
        # "今年门诊起付线扣过了 前面只报了120": the year's earlier visits, what the fund paid on them
        # (the care may be said between, "今年之前门诊报过250了", "前头住院已经报了2万")
        m = re.search(r"(?:前面|前头|之前|前几次|前两次|前几回)(?:看?门诊|住院)?(?:已经|已|只|才|一共|总共|共)?"
                      r"(?:报销?|支付|给报|统筹)(?:了|过|掉了?)", text)
        if m:
            # their care is the one said nearest before, in the sentence ("今年住院前面报了2万 这次门诊花了300"
            # is 住院's, never off the 门诊 limit: the care of the visit asked, said after, is not theirs)
            cares = re.findall(r"住院|两病|" + HIGH_PRESSURE + "|" + HIGH_SUGAR + r"|门诊|慢病|特病",
                               re.split(r"[。？?！!]", text[:m.end()])[-1])
            said, earlier = (cares[-1] if cares else ""), True
    if m:
        # "今年普通门诊已经报了850了", "合疗门诊一年已经报过60": what the fund already paid this year
        # (off its yearly limit), never the cost of the visit asked about ("报过80了 这回花了150" costs 150)
        after = [a for a in find_numbers(text) if a.start >= m.end() and a.start - m.end() <= 2 and a.value]
        used_for = "住院" if "住院" in said else "两病" if re.search(r"两病|" + HIGH_PRESSURE + "|" + HIGH_SUGAR, said) \
            else "门诊" if re.search(r"门诊|慢病|特病", said) else None
        if after:
            if used_for or not earlier:
                # (earlier visits of no care said: off no limit the bot could name — left unread)
                out.set("used_this_year", after[0].value, (after[0].start, after[0].end))
            if used_for:
                out.set("used_for", used_for)
            if not REIMBURSED_BEFORE.search(text[max(0, after[0].start - 6):after[0].start]):
                out.not_money.append((after[0].start, after[0].end))
    if (_PERSONAL_ACCOUNT.search(text) and _compiled(_PAID_INTO).search(text)) \
            or _ACCOUNT_ALLOCATION.search(text) \
            or (_INSURANCE_CARD.search(text)
                and re.search(r"(?:每个?月|一个月|每月)[^，。？?]{0,6}?(?:进|打|划|返|到账|入账|存)(?:进)?(?:来|去)?(?:了)?"
                              r"(?:多少|好多|几多)", text)):
        # ("医保卡每个月进好多钱": the card holds the 个人账户, and what enters it monthly is its 划拨)
        # what goes into the 个人账户 each month ("每个月划进去好多": only the account is 划拨'd to)
        out.set("account", True)
    m = _ARREARS_THEN_MONTHS.search(text) or _MONTHS_THEN_ARREARS.search(text)
    if m:
        out.set("arrears_months", _n(m.group(1)))
    else:
        # in years ("欠费欠了一年半", "单位欠了两年多", "欠了半年"): 半 adds six months, 多 says over the years
        m = _ARREARS_IN_YEARS.search(text)
        if m:
            months = 6 if m.group(1) else 12 * (to_int(m.group(2)) or 0) + (6 if m.group(3) == "半" else 1 if m.group(3) else 0)
            if months:
                out.set("arrears_months", months)
    # ("职工医保跟居民医保换着交", "来回换"): switching back and forth is switching
    if (_SWITCH_WORD.search(text)
            and re.search(r"职工|居民|合疗|新农合", text)) \
            or (_left_job(text) and _compiled(_STAFF_WORD).search(text)) or _JOINED_JOB_RE.search(text):
        out.set("switched", True)
        _gap_months_of(text, out)
        # the years insured before the switch ("合疗交了七八年了", "居民医保才交了1年"): the rule holds
        # only from its minimum of years in a row; a range counts by its lower end
        m = re.search(r"(?:交|缴|参保|参加|买)(?:了)?(?:快|将近|有|差不多)?([一二两三四五六七八九十]{2}|" + _N[1:-1] + r")(?:多)?年", text)
        if m and "continuous_years" not in out:
            said = m.group(1)
            low = to_int(said) if to_int(said) is not None else to_int(said[0]) if len(said) == 2 else None
            if low is not None and 0 < low < 80:
                out.set("continuous_years", low)
    elif out.get("insurance") == "职工" and _MOVED_IN.search(text):
        # a 职工 moved here from another place, 医保 transferred with the job: a gap is the transfer's
        out.set("moved_in", True)
        _gap_months_of(text, out)
    if "arrears_months" not in out.values and out.get("insurance") == "职工" \
            and _compiled(r"(?:欠|断|停)(?:了|缴了?|交了?|费了?)?[^，。\d第到]{0,4}?(?<!第)(?<!到)(?:几个月|好几个月|几月|一段时间|一阵|一些|好久|很久)").search(text) \
            and re.search(r"补(?:缴|交|齐|上|了)|缴清|交清|还清|交上|重新(?:交|缴|参保|续)|续上|接上", text) \
            and "switched" not in out.values:
        # "我欠了几个月职工医保费 补交了能马上用不": arrears paid back whose months are not said — what
        # the payment restores differs by them (6 and 12 months), asked, never assumed; "断了几个月没交
        # 重新交上" the same — not a first enrolment's wait (what arrears do,
        # "第几个月开始就不能报", is the rule's, whatever the months)
        out.set("arrears_vague", True)
    if "switched" not in out.values and "arrears_months" not in out.values and out.get("insurance") == "职工" \
            and not _compiled(r"初次|第一次|刚(?:入职|参加工作|进)").search(text) and not _MOVED_IN.search(text):
        # "单位断了5个月没交，现在补缴": months of a 职工's fees not paid are arrears (第二章 二十三问),
        # never a first enrolment's wait
        m = _compiled(r"(?:断|停)(?:了|缴了?|交了?|保了?)?\s*(?:快|将近|差不多|大概|有)?\s*" + _N + r"个(多)?月").search(text) \
            or _compiled(_N + r"个(多)?月(?:都|也)?(?:没|未|莫得?)(?:交|缴|上)").search(text)
        if m and to_int(m.group(1)) is not None:
            out.set("arrears_months", _n(m.group(1)) + (1 if m.group(2) else 0))


# a job moved to from another place, its 医保 going with it ("从重庆调到巴中上班 医保关系转过来"): a gap in
# its fees then is the transfer's (第二章 二十一问: 3 months or less, none; more, 6 months), not arrears
_MOVED_IN = re.compile(r"(?:调|转)(?:回|到|来)[^，。？?！!\s]{0,6}?(?:上班|工作)|关系(?:要|也|就)?(?:转|迁)|转移接续|工作调动|调动工作|"
                       # (insured before in another place, "之前在别的市交了5年": no first enrolment's wait)
                       r"(?:之前|以前|原来|先前|前些年)(?:一直)?在(?:别的|其他|外地|外省|外市|老家|[^，。？?！!\s]{1,4}?[市省])"
                       r"[^，。？?！!\s]{0,4}?(?:交|缴|参保|参加)")


# a switch told with no break at all ("中间一天没断", "一个月都没断过", "无缝衔接"): no month without cover
# (not a break asked, "断没断", "有没有断过", nor 没空, no time to spare: only 空档 / 空过 is cover's gap)
_NO_BREAK_IN_SWITCH = re.compile(r"(?:一天|一个月|一下)?(?:都|也)?(?<![断停有])(?:没|没有|未|莫得?)(?:断|中断|断档|断缴|断交|停|空(?=档|过))(?:过|档|掉|缴|交)?"
                                 r"(?![\d一二两三四五六七八九十几半]|了?[\d一二两三四五六七八九十几半])|无缝|不断档|紧接着")


def _gap_months_of(text: str, out: Slots) -> None:
    """The months without cover said of a switch of scheme or a transfer ("中间断了两个月")."""
    # (快四个月, 将近四个月: the months said; the rule's line is 3 months, which they are not under)
    m = re.search(r"(?:断了|中断了?|停了|空了|隔了|断)\s*(?:快|将近|接近|差不多|大概|有)?\s*" + _N + r"个(多|来)?月", text)
    under = re.search(r"(?:断了|中断了?|停了|空了|隔了|断)\s*(?:还)?(?:不到|没到|不足|不满|没满)\s*" + _N + r"个月", text)
    if under and to_int(under.group(1)):
        # under N months ("断了不到两个月"): more than the month before it, part of the next — read as N−1
        # months and part of one (the working says "1 个多月"); under one month is no month whole
        # (gap_under: the N is only a bound — the break may be far shorter, which the rule's line may part)
        n = _n(under.group(1))
        out.set("gap_months", n - 1)
        if n > 1:
            out.set("gap_part", True)
            out.set("gap_under", True)
    elif m and to_int(m.group(1)) is not None:
        # 三个多月: over three, as the months counted from dates with part of one more (gap_part: the working
        # says "3 个多月", never a month more than the asker said); 一个来月: about one, read as one
        out.set("gap_months", _n(m.group(1)))
        if m.group(2) == "多":
            out.set("gap_part", True)
    elif re.search(r"(?:断了|中断了?|停了|空了|隔了|断)\s*(?:快|将近|接近|差不多|大概|有|才|就|只)?\s*(?:个把月|个来月|月把)", text):
        # about a month, said without its numeral ("断了个把月", "停了月把"): read as one, as 一个来月 is
        out.set("gap_months", 1)
    elif re.search(r"(?:断了|中断了?|停了|空了|隔了|断)\s*(?:大半年|半年多|半年)", text):
        out.set("gap_months", 6)          # half a year or more: at least 6 months
    elif re.search(r"(?:断了|中断了?|停了|空了|隔了|断)\s*(?:快|将近|接近|差不多|大概|有|才|就|只)?\s*(?:半个月|个把星期|几天|十几天|"
                   r"二十几天|[1-9]\d?天|[一二两三四五六七八九十]{1,3}天|一两周|[一二两三]个?(?:星期|礼拜|周))", text):
        out.set("gap_months", 0)          # under a month: no month whole (the calculation says 不到 1 个月)
    elif _NO_BREAK_IN_SWITCH.search(text):
        out.set("gap_months", 0)          # "中间没断过", "无缝衔接": no month without cover at all
    else:
        between = _months_between_said(text)
        if between is not None:
            out.set("gap_months", between[0])
            if between[1]:
                out.set("gap_part", True)


# the last month the old scheme was paid for ("交到2025年12月", "缴到2025年底", "2025年12月以后就没交了")
_PAID_UP_TO = re.compile(r"(?:交|缴|买|续|参保)(?:费)?(?:到|至)了?\s*((?:19|20)\d\d)\s*年\s*(?:(\d{1,2})\s*月\s*(?:份|底)?|(底|年底))|"
                         r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:份|底)?(?:以后|之后|后)(?:就)?(?:没|断|停|莫)")
# the day the new scheme began, said after it ("2026年6月20号进厂交了职工医保", "2026年3月入职")
# (the day in digits or numerals, "10号", "十号"; or by the part of the month, "中旬", "下旬", "月底": past its first)
_STARTED_ON = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:份|初)?\s*"
                         r"(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[号日]|(中旬|下旬|月?底|月?末))?")


def _months_between_said(text: str) -> tuple[int, bool] | None:
    """The whole months without cover between the last month paid and the new scheme's start, both said
    as dates, and whether part of one more went by ("交到2025年12月 2026年6月20号进厂交了职工医保":
    January to May whole, and part of June — 5 个多月, over the rule's 3). None unless both are said."""
    m = _PAID_UP_TO.search(text)
    if not m:
        return None
    if m.group(1):
        year, month = int(m.group(1)), 12 if m.group(3) else int(m.group(2))
    else:
        year, month = int(m.group(4)), int(m.group(5))
    s = _STARTED_ON.search(text, m.end())
    if not s or not 1 <= month <= 12 or not 1 <= int(s.group(2)) <= 12:
        return None
    whole = (int(s.group(1)) * 12 + int(s.group(2))) - (year * 12 + month) - 1
    if whole < 0:
        return None
    # a day past the month's first is a part month without cover (三个多月: over three), however said
    return whole, bool(s.group(4) or (s.group(3) and _n(s.group(3)) > 1))


# "低保户自付5000 能救多少": 医疗救助 said by its verb alone ("能救", "可以救", each group's "各救"), read as
# 救助 (calc_kind reads it so too, same length)
SAVED_BY = re.compile(r"[能可会还以各]救(?=多少|好多|几多|几成)")


# (and said done: "常规救助完了", "常规救助也走完了")
_AFTER_REGULAR_AID = re.compile(r"常规救助(?:后|之后|以后|报了|救助了)|常规救助(?:也|都)?(?:走完|报完|给完|享受完|用完|完)|三重(?:制度)?(?:综合)?(?:保障|报销)?(?:后|之后|以后)|"
                                    r"救助(?:后|之后|以后)|经过基本医保、大病和常规救助")
_AFTER_SERIOUS_ILLNESS = re.compile(r"大病(?:保险)?(?:也|都)?(?:报完|报了|报过|赔完|赔了|走完)(?:了)?(?:以后|之后|后)?")
# (门慢, 门诊慢特病: how the handbooks' readers shorten it — "冠心病居民门慢 … 门诊救助给多少")
_CHRONIC_CARE = re.compile(r"门诊慢性病|门诊慢病|门诊慢特病|慢特病|慢性病|慢病|门慢")
_TILTED_AID = re.compile(r"倾斜救助")
# everything said paid, no one fund named before it ("报完了还剩…", "都报完以后自付…"; not "大病报完了")
_ALL_PAID_LEFT = re.compile(r"(?<![病保筹疗额])(?:都|全部?)?(?:报完|报销完)(?:了|以后|之后|后)?[^，。？?]{0,4}?(?:还)?(?:剩|自付|自己)")
_THREE_SCHEMES_DONE = (r"三重(?:保障|报销|制度)?[^，。]{0,2}(?:走完|报完|报了|报过|报销了|保障了)|"
                          # the three counted in words ("三样都报完了", "三道都走完了")
                          r"(?:三样|三道|三个|三种|三项|三层)[^，。\s]{0,2}?(?:都|也|全)?(?:走完|报完|报了|报过|报销了|享受了)|"
                          # every kind said done ("各种报完以后", "该报的都报完了"): 常规救助 among them
                          # ("所有都报完了", "全部都报完了": 所有 said alone, every kind)
                          r"(?:各种|各项|样样|该报的|所有|全部)[^，。\s]{0,2}?(?:都|也|全)?(?:走完|报完|报过|报销完)|"
                          r"大病[^，。]{0,3}(?:医疗)?救助[^，。]{0,3}(?:走完|报完|报了|报过|赔完|给了|享受了)|"
                          # "所有报销救助走完", "该报的该救助的都走完了": 常规救助 among them
                          r"(?:所有|全部|都)[^，。]{0,6}?救助[^，。]{0,4}?(?:走完|报完|给完|享受完|用完)|"
                          r"救助(?:都|也)?(?:走完|报完|给完|享受完)")
_SPECIAL_DRUGS = re.compile(r"特药")
# a 慢病 bill told as spent ("花了200"), or both payers asked of it ("医保和救助各给多少"); unless what is
# left after the benefit is said ("自付", "报完还剩60")
# (or named by what it paid for, "这月药钱150", "医药费是300")
_CARE_BILL = re.compile(r"(?:花了|花费|用了|开了|药费|医药费|费用)(?:是|有|共|一共)?[^，。,；;]{0,3}\d")
# (told bare after the care or the time it covers: "每个月门诊150", "门诊一年2400块")
_CARE_BILL_BARE = re.compile(r"(?:门诊|月|一年|全年|今年)[^，。,；;\d\s]{0,2}\d")
_BOTH_PAYERS_ASKED = re.compile(r"(?:医保|报销)[^，。？?]{0,2}(?:和|跟|与|、|加)[^，。？?]{0,4}救助[^，。？?]{0,2}各|"
                                # the benefit asked, then 救助 ("报几多 再救助几多", "医保给好多 剩的救助给好多")
                                r"(?:报|报销|给|赔|支付)(?:多少|好多|几多|几成|多少钱)[^。？?]{0,12}救助|"
                                # the benefit's rest named, not told ("门慢报了以后剩的救助咋算")
                                r"(?:报完|报销完|报了|报销后)[^，。\d]{0,4}剩下?的?(?:医疗)?救助")
# a sum said as what is left ("自付60", "报完还剩80块"); what is left asked, "报完还剩多少", or named
# ("剩的部分救助给几多"), is no sum said left: the bill is still the one told
_CARE_LEFT = re.compile(r"(?:自付|剩下?|自己(?:出|掏|付|负担)|个人(?:出|负担))(?!多少|好多|几多|啥|多少钱|了?多少)"
                        r"[^，。,；;？?\d\s]{0,5}\d")


def assistance_stage_of(text: str, out: Slots) -> None:
    """What a 救助 amount is left after, and which kind of care it was."""
    if _AFTER_SERIOUS_ILLNESS.search(text) \
            and not re.search(r"救助", text):
        out.set("after_serious", True)       # "大病报完以后自己还掏了6万": what 大病保险 left, not its base
    if _AFTER_REGULAR_AID.search(text):
        out.set("after_regular", True)
    elif _TILTED_AID.search(text) and _compiled(_THREE_SCHEMES_DONE).search(text):
        # "三重保障走完…倾斜救助能给多少": only the 倾斜 part is asked; "…医疗救助能给多少" asks 常规救助
        out.set("after_regular", True)
    elif _TILTED_AID.search(text) and not re.search(r"常规|医疗救助", text) and _ALL_PAID_LEFT.search(text):
        # "报完了还剩合规自付两万五 倾斜救助给好多": 倾斜救助 alone asked of what is left once everything was paid,
        # no fund named — the handbook's 倾斜 base (after 基本医保, 大病保险 and 医疗救助), said so in the answer
        out.set("after_regular", True)
    aid = "救助" in text or SAVED_BY.search(text)
    if _CHRONIC_CARE.search(text) and aid:
        out.set("care", "门诊慢性病")
        if (_CARE_BILL.search(text) or _CARE_BILL_BARE.search(text) or _BOTH_PAYERS_ASKED.search(text)) \
                and not _CARE_LEFT.search(text):
            # "慢病一个月花了300，报完以后救助再给多少": the bill, not what the chronic benefit left
            out.set("care_bill", True)
    elif _SPECIAL_DRUGS.search(text) and aid:
        out.set("care", "门诊特药")


def _maternity_fee_of(text: str, out: Slots) -> None:
    if MATERNITY_FEE.search(text):
        # "生育保险每月按基数交多少": the 职工 maternity fee itself (城乡居民 pay none), not a birth's benefit
        out.set("maternity_fee", True)
        if out.get("insurance") is None and BOTH_SCHEMES_NOTE not in out.notes:
            out.set("insurance", "职工")


_FEE_OF_THIS_YEAR = re.compile(r"(?:当年|今年|本年度)(?:[(（]\d{4}年?(?:度)?[)）])?的|(?:当年|今年)(?:的)?(?:城乡居民|居民)?(?:医保|保费)")
_SOME_OF_CATEGORY = re.compile(r"(?:其中|里面|当中|有)[^，。\d一二两三四五六七八九十]{0,2}" + _N + r"?\s*(?:个|位|人|口)(?:人)?"
                          r"(?:是|属于|为)?[^，。]{0,3}(?:特困|孤儿|低保|监测|残疾)")
_LONG_TERM_CARE = re.compile(r"长护|长期护理")
# ... or the category said first, its count after ("低保的只有我爸一个", "特困就两个人", "残疾的其实就一个"):
# as many members of it — the form of a correction ("记错了 …只有一个") as much as of a first telling
_CATEGORY_THEN_COUNT = re.compile(r"(?:特困|孤儿|低保|监测|残疾)(?:户|对象|人员|家庭)?(?:的)?[^，。\d]{0,2}?"
                                  r"(?:只有|就只有|只是|就是|才|只|就|其实有|一共有|有)[^，。\d一二两三四五六七八九十]{0,3}?"
                                  + _N + r"\s*(?:个|位|口)(?:人)?(?![^，。]{0,3}?(?:月|年|天|交|缴|报|吗|嘛|么))")
_YEAR_AND_MONTH = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")
_LONG_TERM_CARE_LEFT_OUT = r"(?:不要|不含|不加|不交|不缴|不买|不算|不计|除开|除了|不包括|没要|没加|不参加)[^，。]{0,2}(?:长护|长期护理)"
_OWN_YEAR_PAID_LATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:1[0-2]|十[一二]?)\s*月份?[^，。,；;？?\d]{0,6}?(?:交|缴|把|买)[^，。,；;？?\d]{0,3}?"
                                 r"((?:19|20)\d\d)\s*年度?的")
_PAID_FOR_YEAR = re.compile(r"(?:交|缴|补交|补缴|买|续)(?:了|上)?\s*((?:19|20)\d\d)\s*年度?的")
# ("2026年的学生医保", "2026年度的城乡居民医保": whose cover said between)
_COVER_OF_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?的(?:学生|大学生|城乡居民|城乡|居民)?(?:医保|保费|居民医保|医保费|合疗)")
# a payment said delayed to a month ("拖到7月才交", "等到8月份才缴", "7月份才交")
# (the payment remembered late, "到7月才记得去补": the month it was paid in all the same)
_DELAYED_TO_MONTH = re.compile(r"(?:(?:拖|等|推)(?:了)?到|到了?)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?"
                               r"(?:\d{1,2}\s*[号日])?[^，。,；;？?\d]{0,3}?才(?:想起来?|记起来?|想到|反应过来|晓得|知道)?(?:要)?(?:去|来)?(?:交|缴|补交|补缴|参保|买)")
_PAID_BACK_SHORT_YEAR = re.compile(r"(?:补交|补缴)(?:了|上)?\s*((?<!\d)[23]\d)\s*年度?的")
# the words that count the rest of a household, besides those said before ("另外还有", "其他", "剩下的")
_BESIDES_COUNTED = re.compile(r"(?:另外|另|还有|其他|其余|其它|剩下)(?:的)?(?:还)?(?:有)?\s*$")
# who a group is said of ("我妈是低保", "我是特困") and whose stay is told ("我自己住院", "我妈在二级医院住的院"): kin
# words first (我妈 before 我), the asker, or a pronoun pointing back (他, 她: the one named before)
_PERSON = (rf"(?:(?:{people.OWNER})?(?:{people.KIN_LONG})|(?:我|俺)(?:{people.KIN_SHORT})|"
           r"我自己|我本人|俺自己|自己|本人|我|俺|他|她)")
_GROUP_HOLDER = re.compile("(" + _PERSON + r")(?:也|都|就)?(?:是|属于|算)(?:个)?[^，。,；;\s]{0,3}?(?:特困|孤儿|低保|监测|残疾)")
_STAY_TAKER = re.compile("(" + _PERSON + r")[^，。,；;？?\s我俺他她]{0,10}?(?:住院|住了院|住的院|住了一回院|住进)")
_ASKER_WORDS = frozenset({"我", "俺", "我自己", "我本人", "俺自己", "自己", "本人"})


def _person_key(word: str) -> str:
    """The asker for the asker's own words, else the kin word without its owner (我妈 → 妈, 俺家的老伴 → 老伴)."""
    return "asker" if word in _ASKER_WORDS else re.sub(rf"^(?:{people.OWNER})", "", word) or word


def group_of_another(text: str) -> bool:
    """Whether the group said (低保, 特困 …) is one person's and the stay told is another's ("我妈是低保 我自己住院
    花了1万", "我爸是特困 我妈在二级医院住院"): the group is no fact of the patient's. A pronoun (他, 她) points back at the
    one named; a stay with no one said is the one named's."""
    holder, taker = _GROUP_HOLDER.search(text), _STAY_TAKER.search(text)
    if holder is None or taker is None or taker.start() == holder.start() or {holder.group(1), taker.group(1)} & {"他", "她"}:
        return False
    return _person_key(holder.group(1)) != _person_key(taker.group(1))


_ASKER_OF_CATEGORY = re.compile(r"(?:我|俺)(?:自己|本人)?(?:是|属于|算)[^，。]{0,3}(?:特困|孤儿|低保|监测|残疾)")
# ... the others said of the same category as those before them ("我是低保 家里还有两个人也是低保"): all of it
_ALSO_OF_CATEGORY = re.compile(r"\s*(?:都|也|同样)(?:是|属于|为|算)[^，。]{0,3}?(特困|孤儿|低保|监测|残疾)")
# ... or counted with no 人 after the besides word ("其余的还有2个", "另外还有两个"), or member by member ("另外还有我
# 老婆和2个娃儿"): the others, however said, besides the members of a category told before them
_BESIDES_OPEN = r"(?:另外|还有|其他|其余|其它|剩下)(?:的)?(?:还)?(?:有)?"
_BESIDES_BARE = re.compile(_BESIDES_OPEN + r"\s*(?:" + _N + r"\s*(?:个|位)(?:人)?|(俩|仨)(?:人)?)"
                           r"(?=\s*(?:$|[，,。？?！!；;]|(?:都|也)?(?:要|得)|一共|总共|一起|全家|的话|(?:都|也)?(?:是|算)?(?:普通|一般)|(?:都|也)?(?:是|属于|为|算)[^，。]{0,3}?(?:特困|孤儿|低保|监测|残疾)|不是|合疗|新农合|农合|居民|医保|参保))")
_OTHER_ITEM = (r"(?:和|跟|与|、|加上?|还有)?(?:我|俺)?(?:的)?(?:(\d+|[一二两三四五六七八九十]+)\s*个|(俩))?"
               r"(?:" + _MEMBER[3:-1] + r"|(?:我|俺)(?:" + people.KIN_SHORT + r"))")
_BESIDES_LISTED = re.compile(_BESIDES_OPEN + r"((?:" + re.sub(r"\((?!\?)", "(?:", _OTHER_ITEM) + r")+)")


def _others_besides(text: str) -> tuple[int, int, int] | None:
    """(how many others, where they are said, where that ends) when the rest of a household is counted after a
    besides word with no 人 ("其余的还有2个") or listed member by member ("另外还有我老婆和2个娃儿"); None when
    neither."""
    listed = _BESIDES_LISTED.search(text)
    if listed:
        n = sum(_n(i.group(1)) if i.group(1) else 2 if i.group(2) else 1
                for i in re.finditer(_OTHER_ITEM, listed.group(1)))
        return (n, listed.start(), listed.end()) if n else None
    bare = _BESIDES_BARE.search(text)
    n = (_n(bare.group(1)) if bare.group(1) else _n(_PAIR_COUNT[bare.group(2)])) if bare else 0
    return (n, bare.start(), bare.end()) if n else None
_MEMBER_OF_CATEGORY = re.compile(_MEMBER_OWNED + r"(?:[^，。]{0,4}|[^，。\s]{0,10}?)(?:是|属于|为|算)[^，。]{0,3}(?:特困|孤儿|低保|监测|残疾)")
_PAID_ONLY_AFTER_MONTH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月[^，。,]{0,6}?(?:以后|之后|后)[^，。,]{0,2}?才(?:交|缴|补交|补缴|参保)|"
                                    # ("过了6月30号才交": the day passed, then paid — as late as 以后才交)
                                    r"(?:过了|错过了?|超过了?)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月[^，。,]{0,6}?才(?:交|缴|补交|补缴|参保)")
# paid after the time set, no day said ("过了时间交", "错过了缴费期才交", "缴费期过了才交"): late for the year
# running (the region's late standard, where it has one: 克拉玛依 1200), as a day passed said is
_PAID_LATE_UNDATED = re.compile(r"(?:过了|错过了?|超过了?)(?:规定的?|缴费的?|集中缴费的?)?(?:时间|期限|缴费期|集中期|日子)[^，。,？?]{0,3}?(?:才|再)?(?:交|缴|补交|补缴)|"
                                r"(?:缴费期|集中缴费期|缴费时间|截止(?:日期|时间)?)(?:都|已经)?(?:过了|结束了?)[^，。,？?]{0,3}?(?:才|再)?(?:交|缴|补交|补缴)|"
                                r"逾期(?:才)?(?:交|缴)")
# a late payment denied ("没有过了缴费时间才交"), told of a year past in its clause ("去年过了缴费期才交的"),
# or beside a payment on time the asker tells ("我儿子过了时间才交 我自己是按时交的"; not 比按时交的, the
# standard compared): no late fee of the asker's this year
_LATE_DENIED = re.compile(r"(?:没有?|没得|不是|并非|未)(?:是)?$")
_LATE_OF_PAST = re.compile(r"去年|前年|上一?年|往年|那年|那次|上次")
_PAID_ON_TIME = re.compile(r"(?<![比跟和与])(?:是)?(?:按时|准时|及时|按期|在缴费期内|在集中缴费期内)(?:交|缴|续)(?:了|的|过)")


_PAYING_FOR_YEAR = re.compile(r"(?:交|缴|补交|补缴|买|续|把)(?:了|上)?\s*((?:19|20)\d\d)\s*年度?的")
# a year's cover told as paid or not ("2025年的合疗交了的", "…没有交", "…断了"): that year's status, no fee asked of it
_YEAR_STATUS_TOLD = re.compile(r"[^，。,；;？?\d]{0,4}?(?:交了|缴了|交过|缴过|买了|没有?(?:交|缴|买)|断)")
# the year of a standard asked by ("按2026年度的标准算", "2026年的缴费标准"): the year whose fee is asked
_STANDARD_OF_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?的?(?:缴费|收费)?标准")


def cover_year_of(text: str, out: Slots) -> None:
    """The year the fee is for, where one is said ("2026年的医保", "交2026年度的", "补交25年的", "按2026年度的
    标准"; "当年的" with the day paid dated, "2025年7月才补交当年的": that year): `cover_year`. A late standard
    the handbook dates to one year prices that year's fee only (calculators.contribution)."""
    # (the year paid for, said with the paying: "把2026年的也交了" — before a year told of itself, "2025年的合疗交了的",
    # a fact of the year before)
    years = {int(m.group(1)) for m in _PAYING_FOR_YEAR.finditer(text)}
    years |= {2000 + int(m.group(1)) for m in _PAID_BACK_SHORT_YEAR.finditer(text)}
    if not years:
        years = {int(m.group(1)) for rx in (_COVER_OF_YEAR, _STANDARD_OF_YEAR) for m in rx.finditer(text)
                 if not _YEAR_STATUS_TOLD.match(text, m.end())}
    if not years and _FEE_OF_THIS_YEAR.search(text):
        # ("2025年6月30号以后才交当年的": the year of the day paid is the fee's)
        years = {int(m.group(1)) for m in _YEAR_AND_MONTH.finditer(text)}
    if len(years) == 1:
        out.set("cover_year", years.pop())


def _late_not_own(text: str, late: re.Match) -> bool:
    clause = re.split(r"[，。,；;？?！!\s]", text[late.start():])[0]
    before = _clause_before(text, late.start())
    return bool(_LATE_DENIED.search(before) or _LATE_OF_PAST.search(before + clause)
                or _PAID_ON_TIME.search(text[:late.start()] + " " * len(late.group()) + text[late.end():]))


# other members said to pay beside those counted by who they are ("我和老婆也要交", "加上我们两口子")
_OTHERS_PAY = re.compile(r"(?:我|俺)(?:和|跟|与)|(?:还有|加上|再加|以及|连)(?:我|俺)|两口子|老两口|"
                         r"(?:我|俺|大人)(?:们)?(?:自己)?(?:也|都)(?:要|得)?(?:交|缴|买)")
# (... or members counted by who they are, each said to pay: "屋头两个娃儿都要交", "三个孩子都要买合疗")
_PEOPLE_COUNTED = re.compile(_N + r"(?:个人|口人|口|(?=个(?:娃儿?|娃娃|孩子|小孩|儿子|女儿|闺女|老人)(?:都|也|还)?(?:要|得|需要)?"
                             r"(?:交|缴|买|参保|参加)))|(?<=我们)" + _N + r"(?=个)|(?<=俺们)" + _N + r"(?=个)|"
                           r"(?<=我们|俺们|咱们)(俩|仨)|"
                           # ("我跟同学两个", "俺和室友三个": the asker with companions, counted with no 人 after)
                           r"(?:我|俺)(?:跟|和|与|同|带着?)(?:我|俺)?(?:的)?(?:同学|室友|舍友|朋友|同事|老乡)们?" + _N
                           + r"(?:个)?(?=\s|[，,。？?！!]|$|一共|总共|一起|加起来|合起来|都|要|得|交|缴)")


# a 职工's 个人账户 paying others' 居民 fees ("拿个账给爸妈交合疗 要扣好多"): the fee of those it pays for
_ACCOUNT_PAYS_FOR = re.compile(r"(?:个人账户|个账|医保账户|统筹账户)(?:里|上|的钱|里的钱|余额)?[^，。？?]{0,4}?(?:给|帮|替|为)"
                               r"([^，。？?]{1,14}?)(?:代)?(?:交|缴|买|续)[^，。？?]{0,8}?(?:合疗|新农合|城乡居民|居民医保|居民的|医保)")
# (two members in one word: "爸妈", "老汉老妈", "公公婆婆")
_KIN_PAIR = re.compile(r"爸妈|爹妈|爹娘|父母|二老|两个老人|老汉老妈|老爸老妈|爸爸妈妈|公公婆婆|公婆|岳父岳母|岳父母|"
                       r"爷爷奶奶|外公外婆|姥姥姥爷|老公(?:和|跟)?娃|老婆(?:和|跟)?娃")
_KIN_ONE = re.compile(rf"(?:{people.KIN_LONG}|{people.KIN_SHORT}|{people.KIN_FAR}|儿子|女儿|孩子|小孩|闺女)")


def account_pays_for_of(text: str, out: Slots) -> None:
    """Whose 居民 fee the asker's 个人账户 pays (`account_for`: how many): the count said, else the
    members named between 给 and 交 — a pair word two, each other member one."""
    m = _account_paying_for(text)
    if not m:
        return
    _fee_of_the_paid_for(out)
    who = m.group(1)
    n = int(out.get("people") or 0)
    if n < 1:
        rest = _KIN_PAIR.sub(" ", who)
        n = 2 * len(_KIN_PAIR.findall(who)) + len(_KIN_ONE.findall(rest))
    if n >= 1:
        out.set("account_for", n)
        out.values.pop("account", None)
        if n > 1 and "people" not in out.values:
            out.set("people", n)


def _account_paying_for(text: str) -> re.Match | None:
    """The 个人账户 paying others' fee with its sum asked (whether it may, "能帮我爸交合疗吗", is the rule's
    question: None)."""
    m = _ACCOUNT_PAYS_FOR.search(text)
    return m if m and re.search(r"多少|好多|几多|几百", text[m.end():]) else None


def _fee_of_the_paid_for(out: Slots) -> None:
    # the fee paid is theirs, 居民; the account the asker's 职工: two schemes named, no conflict — however
    # many are paid for, or whether they are counted at all (a text's scheme read alone, `scheme_read`, counts
    # nobody, and must read the same scheme)
    out.values["insurance"] = "居民"
    while BOTH_SCHEMES_NOTE in out.notes:
        out.notes.remove(BOTH_SCHEMES_NOTE)


def extras_of(text: str, out: Slots) -> None:
    # ("不要长护", "不含长护险": set aside by the asker, never added)
    if _LONG_TERM_CARE.search(text) and not _compiled(_LONG_TERM_CARE_LEFT_OUT).search(text):
        out.set("with_ltc", True)
        # ... by some of the people counted only ("其中两个还要加长护"): that many add it
        # (or the count said right before it in its clause, "三个人里两个加长护", "只有1个人加长期护理")
        some = re.search(r"(?:其中|里面|当中|有)[^，。\d一二两三四五六七八九十]{0,2}" + _N + r"\s*(?:个|位|人)(?:人)?"
                         r"[^，。\d]{0,6}?(?:长护|长期护理)", text) \
            or re.search(_N + r"\s*(?:个|位|名)(?:人|同学|室友)?[^，。,；;\d\s一二两三四五六七八九十]{0,6}?(?:长护|长期护理)", text)
        if some:
            out.set("ltc_people", _n(some.group(1)))
    if STATE_SHARE.search(text):
        # "国家一共给我们补了好多" beside the fee: the state's part of the 筹资 (财政补助) asked too
        out.set("state_share", True)
    if FEE_YEARLY.search(text):
        # "个人一年要交好多": a year's fee asked (a 职工's is twelve months of the base)
        out.set("fee_yearly", True)
    if FEE_SUM.search(text) and (not FEE_ONE_PAYER_SUM.search(text) or BOTH_PAYERS.search(text)):
        # "单位7% 个人2% 再加生育保险 每个月合计交好多": the parts' sum asked, not one payer's
        out.set("fee_sum", True)
    _maternity_fee_of(text, out)
    # ("补缴当年居民医保": the current year's, said with its scheme)
    if _FEE_OF_THIS_YEAR.search(text):
        out.set("for_this_year", True)
    else:
        # "2025年8月才交2025年的医保": paid in the very year the cover is for (each year as said)
        cover = _PAID_FOR_YEAR.search(text) or \
            _COVER_OF_YEAR.search(text)
        paid = _YEAR_AND_MONTH.search(text)
        if cover and paid and cover.group(1) == paid.group(1) and cover.start(1) != paid.start(1):
            out.set("for_this_year", True)
        # ("补交25年的": a year said in two digits, read only with a late payment said in this year's month)
        if cover and not paid and "paid_month" in out and _DELAYED_TO_MONTH.search(text):
            # "2025年的医保我拖到7月才交": the month, said with no year of its own beside the year of cover
            # named, as delayed to — a month of that year, unless the window before the year holds it
            # (the policy's: intents.form_rules._paid_in_cover_year)
            out.set("cover_year_month", True)
        cover = cover or _PAID_BACK_SHORT_YEAR.search(text)
        if cover and not paid and _PAID_LATE.search(text) \
                and re.search(r"(?:现在|这会儿|目前|眼下|今天)[^，。,\d]{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月", text):
            # "2025年的一直没交 现在10月份想补交2025年的": that year's own fee paid late, in a month of
            # that year or after it — no earlier than the month said of that year
            out.set("for_this_year", True)
        elif _PAID_ONLY_AFTER_MONTH.search(text) \
                and not re.search(r"明年|下一?年|来年|(?:19|20)\d\d\s*年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)", text):
            # "6月30号以后才交", "2025年6月30号以后才交": paid late, for the year already running (no
            # other year named; the year of the day itself says when, not for which year)
            out.set("for_this_year", True)
    cover_year_of(text, out)
    own = _OWN_YEAR_PAID_LATE.search(text)
    if own and own.group(1) == own.group(2):
        # "2026年的合疗到2026年12月才交上": a year's fee paid in that year's own last months, both years said —
        # no part of the next year's window (the waiting period's reading; for_this_year reads more loosely)
        out.set("paid_own_year_end", True)
    late = _PAID_LATE_UNDATED.search(text)
    if "paid_month" not in out and late and not re.search(r"明年|下一?年|来年|(?:19|20)\d\d\s*年", text) \
            and not _late_not_own(text, late):
        out.set("paid_late", True)
    # how many members of the household the category is: "其中2个是低保", "其中有个是特困" (1)
    said = _SOME_OF_CATEGORY.search(text)
    members = (_n(said.group(1)) if said.group(1) else 1) if said else None
    if members is None and (said := _CATEGORY_THEN_COUNT.search(text)) and _n(said.group(1)):
        members = _n(said.group(1))
    # (or with where they are said between, "妹妹也在校区读书是低保对象")
    # (a member said by a one-character kin word with its owner, "我哥是特困", is one member too)
    if members is None and (_MEMBER_OF_CATEGORY.search(text)
                            or _HOUSE_PAIR_RE.search(text)
                            # ("我和同学 他是特困": the companion, by a pronoun — one member)
                            or (_COMPANION_NAMED.search(text) and _HOUSE_PRONOUN_RE.search(text))):
        members = 1                                # "我妈是低保户": one member, named by who they are
        # ... or several, each named ("我爸是低保 我妈也是低保", "我和老伴都是低保"): as many as named
        named = 2 * len(_HOUSE_PAIR_RE.findall(text)) + sum(
            1 for m in _HOUSE_MEMBER_RE.finditer(text) if not any(
                a <= m.start() < b for a, b in (p.span() for p in _HOUSE_PAIR_RE.finditer(text))))
        if named > 1:
            members = named
    # (the household's count, not "一个人交好多" — the rate per person — said before it)
    # ("我们两个一共交多少", "我们三个": the askers counted by 我们, with no 人 after)
    # (at most as many as the fee calculators take for one household, MAX_HOUSEHOLD; a class or a
    # dorm counted, "我们班30个人", is a group paying each its own fee, larger than a household: MAX_GROUP)
    # ("我们俩", "俺们仨": the askers counted by 俩 / 仨, the count's own word)
    counted = [x for x in _PEOPLE_COUNTED.finditer(text)
               if 1 < _n(x.group(1) or x.group(2) or x.group(3) or _PAIR_COUNT.get(x.group(4), "") or x.group(5)) <= (
                   MAX_GROUP if _GROUP_BEFORE.search(text[max(0, x.start() - 6):x.start()]) else MAX_HOUSEHOLD)]
    # (the couple said as 两口子 in a list of the household's members, its head count said after —
    # "爸妈 我们两口子 还有个娃 五个人": the count said is the household's, the couple only a member of the list)
    while len(counted) > 1 and text[counted[0].end():counted[0].end() + 1] == "子":
        counted.pop(0)
    m = counted[0] if counted else None
    beside = [_n(x.group(1)) for x in _MEMBERS_BY_WHO.finditer(text)] \
        if m and len(counted) == 1 and text[m.end():m.end() + 1] == "子" and members is None else []
    if beside and not _CATEGORY_WORD.search(text):
        # "我们两口子 加上三个娃": the couple is two of the household, the members counted by who they are beside
        # them the rest, no head count said — the household is those and the couple, never the couple's two
        # alone (with a member of a category said, `household_of` counts them by category)
        out.set("people", 2 + sum(beside))
        return
    if m and re.match(r"个(?:娃|孩子|小孩|儿子|女儿|闺女|老人)", text[m.end():]) \
            and _OTHERS_PAY.search(text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]):
        # "两个娃儿都要交 我和老婆也要交": members counted by who they are, others said to pay beside them —
        # the count is not the household's; its size is asked, never the children's fee given for it
        out.set("_household_unsized", True)
        return
    count = _n(m.group(1) or m.group(2) or m.group(3) or _PAIR_COUNT.get(m.group(4), "") or m.group(5)) if m else 0
    listed = None if m else _LISTED_HOUSE.search(text)
    if listed and TOTAL_SAID.search(text):
        # "我跟老伴加一个孤儿孙子 …一共要交好多": the household counted by its members, the category
        # only theirs it is said of (the others pay the ordinary rate)
        items = [(x.group(1), x.group(2)) for x in _LISTED_ITEM.finditer(listed.group(0))]
        count = 1 + sum(2 if n in ("两个", "俩") else 1 for n, _ in items)
        of_category = sum(2 if n in ("两个", "俩") else 1 for n, c in items if c)
        # (or said of members apart, "孙子是孤儿": as many as named there)
        of_category = of_category or (members if members is not None and members < count else 0)
        if count > 1:
            out.set("people", count)
            if of_category:
                out.set("one_member", True if of_category == 1 else of_category)
        return
    if m and members is None:
        # "5个人 两个低保": a bare count of a category, fewer than the household, is that many members of
        # it (not every member's category: the others pay the ordinary rate)
        bare = next((x for x in re.finditer(_N + r"\s*(?:个|位|口)(?:人)?(?:都)?(?:是|属于|为|算)?(?:的)?(?:特困|孤儿|低保|监测|残疾)",
                                             text[m.end():]) if 0 < _n(x.group(1)) < count), None)
        if bare:
            members = _n(bare.group(1))
    if m and _BESIDES_COUNTED.search(text[max(0, m.start() - 8):m.start()]) \
            and not re.match(r"\s*(?:都|也|全)?(?:是|属于|为|算)", text[m.end():]):
        # the rest of the household counted besides the members said of a category before ("我妈是特困 屋头另外
        # 还有3个人", "我是低保 家里还有两个人"): the count is the others, the household those and them
        of_category = members or (1 if _ASKER_OF_CATEGORY.search(text[:m.start()]) else None)
        if of_category:
            count += of_category
            members = of_category
    elif m and _BESIDES_COUNTED.search(text[max(0, m.start() - 8):m.start()]) \
            and (also := _ALSO_OF_CATEGORY.match(text, m.end())):
        # ... said to be of the same category as the one before them ("我是低保 家里还有两个人也是低保"): those and
        # them, every one of the category — never the others alone taken for the household
        before = text[:m.start()]
        first = _ASKER_OF_CATEGORY.search(before) or _MEMBER_OF_CATEGORY.search(before)
        if first and also.group(1) in first.group(0):
            count += 1
            members = count
    others = _others_besides(text) if m is None and not listed else None
    if others:
        # the others counted with no 人 ("我爸是特困 其余的还有2个") or listed ("我是特困 另外还有我老婆和2个娃儿"),
        # besides the members of a category told before: the household those and them — every one of that
        # category where the others are said to be too ("还有俩也是低保"); another category said of them is the
        # household's by category (`household_of`)
        before = text[:others[1]]
        first = _ASKER_OF_CATEGORY.search(before) or _MEMBER_OF_CATEGORY.search(before)
        also = _ALSO_OF_CATEGORY.match(text, others[2])
        if first and also and also.group(1) in first.group(0):
            out.set("people", 1 + others[0])
            out.set("one_member", 1 + others[0])
            return
        of_category = members or (1 if first else None)
        if of_category and not re.match(r"\s*(?:都|也|全)?(?:是|属于|为|算)[^，。]{0,3}?(?:特困|孤儿|低保|监测|残疾)",
                                        text[others[2]:]):
            out.set("people", of_category + others[0])
            out.set("one_member", True if of_category == 1 else of_category)
            return
    pair = None if m or listed or members is not None else _ASKER_AND_ONE.search(text)
    if pair and _FEE_PAID_WORD.search(text, pair.end()) and TOTAL_SAID.search(text, pair.end()):
        # "我跟我姐都要交今年的居民医保 一共交多少": the asker and one member named, both paying, a total asked —
        # two fees, never the one person's fee given for the pair
        out.set("people", 2)
        return
    if m:
        out.set("people", count)
        if _GROUP_BEFORE.search(text[max(0, m.start() - 6):m.start()]) or m.group(5):
            out.set("group", True)              # a class, a dorm, the asker with classmates: no household
        if members and members > 1:
            out.set("one_member", members)         # 5口人，其中2个是低保
        elif members == 1 or re.search(r"其中[^，。]{0,8}(?:特困|孤儿|低保|监测|残疾)|只有[^，。]{0,4}(?:特困|孤儿|低保|监测|残疾)", text) or (
                re.search(r"特困|孤儿|低保|监测|残疾", text)
                and re.search(r"(?:其他|其余|别的|另外)[^，。]{0,6}(?:普通|一般|不是)", text)):
            out.set("one_member", True)            # 4个人，其中我妈是低保户
    elif members:
        # "其中有个是低保", "里面两个是特困": members of the household named before
        out.set("one_member", True if members == 1 else members)


# the household asked of whole with no count ("一家人交合疗要好多钱", "全家交医保一共多少"): how many
# it is decides the sum, so the form asks it (never one person's fee given for the household's)
_WHOLE_HOUSE = re.compile(r"一家人|一家子|全家人?|一屋人|屋头(?:的)?人|家里(?:的)?人|一家老小")


# ... or the home named with a sum asked of it ("家里交医保总共多少", "屋里缴合疗合计多少"): the household's
# total, its size unsaid
# (the home as who pays, "屋头交…", "家里缴…" — not its status, "我家是低保", nor one person's fee asked of it)
_HOME = re.compile(r"(?:屋头|屋里|家里|家头|(?:我|俺|咱)(?:们)?家)(?:的人)?(?:都|一起|要|今年|明年)?(?:交|缴|买|参保|参加)")
_SUM_WORD = re.compile(r"一共|总共|合计|加起来|总的")


def _household_unsized_of(text: str, out: Slots) -> None:
    if {"people", "household", "one_member"} & set(out.values) \
            or not (_WHOLE_HOUSE.search(text) or (_HOME.search(text) and _SUM_WORD.search(text))):
        return
    # (not one head's fee asked of the household, "一家人每人交多少")
    if re.search(r"交|缴", text) and not re.search(r"每人|每个人?|一个人|一人|人均|单个人", text):
        out.set("_household_unsized", True)


# a household listed member by member after the asker ("我跟老伴加一个孤儿孙子", "我和老婆还有两个娃"),
# each perhaps with its category ("一个孤儿孙子")
_LISTED_ITEM_WORD = (r"(?:跟|和|与|加上?|还有|、)(一个|两个|俩)?((?:特困|孤儿|低保|监测|残疾)(?:的)?)?"
                     r"(?:老伴|" + _MEMBER[3:-1] + r"|娃儿|孙孙)")
_LISTED_HOUSE = re.compile(r"(?:我|俺)(?:" + _LISTED_ITEM_WORD + r")+")
_LISTED_ITEM = re.compile(_LISTED_ITEM_WORD)
TOTAL_SAID = re.compile(r"一共|总共|合计|加起来|全家|一家")

# members counted by who they are ("三个娃", "两个老人"), beside a couple counted by its own word
_MEMBERS_BY_WHO = re.compile(_N + r"个(?:娃|孩子|小孩|儿子|女儿|闺女|老人|孙子|孙女)")
_CATEGORY_WORD = re.compile(r"特困|孤儿|低保|监测|残疾|五保|脱贫")
_GROUP_BEFORE = re.compile(r"(?:班|班级|宿舍|寝室|年级|专业)(?:上|里|里面|的)?(?:一共|总共|共)?(?:有)?\s*$")

# what the maternity insurance itself costs ("生育保险每个月交好多", "生育保险费按多少交"), not what it pays
# — or at what rate it is paid ("生育保险又按好多交")
MATERNITY_FEE = re.compile(r"生育保险(?:费)?[^，。？?；;]{0,10}(?:(?:交|缴|扣)(?:多少|好多|几多|几)|费率|"
                           # ("生育保险也交的话还得添多少": what joining it adds to the month's fee)
                           r"(?:要|得|还|又|再)?(?:加|多交|多缴|多扣|多出)(?:多少|好多|几多)|"
                           # ("职工生育保险 基数5000 一个月交好多": the base told between, the fee on it asked)
                           r"(?:缴费)?基数[^，。？?；;]{0,12}?(?:交|缴|扣)(?:多少|好多|几多|几)|"
                           r"按(?:多少|好多|几多|啥子?|什么)(?:比例)?(?:来)?(?:交|缴|扣))|生育保险费(?:是)?(?:多少|好多)|"
                           # ("生育保险按0.6% 基数3800每个月交多少": its rate told, the fee on a base asked)
                           r"生育保险(?:费)?(?:按|是)(?:缴费基数的?|基数的?)?\d+(?:\.\d+)?\s*[%％][^。？?；;]{0,20}(?:交|缴|扣)(?:多少|好多|几多)|"
                           # ("职工生育保险 缴费基数8000 每月按0.6%交好多", "大额2% 我还选了生育0.6% 每个月分别好多"):
                           # its rate said with the base between or a month's fee asked after — the fee, no birth
                           r"生育(?:保险)?(?:费)?[^，。？?；;]{0,16}?\d+(?:\.\d+)?\s*[%％][^。？?；;]{0,20}?"
                           r"(?:(?:交|缴|扣)(?:多少|好多|几多)|每个?月[^。？?；;]{0,6}(?:多少|好多|几多))|"
                           # ("…每月交好多 再加生育保险一共好多": it put onto a fee, the parts' sum asked — no birth's 报)
                           r"(?:加|加上|再加上?|连同)生育(?:保险)?(?:费)?[^，。？?；;报赔医疗津贴检查]{0,4}?(?:一共|总共|合计|加起来)(?:要|得)?"
                           r"(?:交|缴|扣)?(?:多少|好多|几多)")


# a year's fee asked ("个人一年要交好多", "每年扣好多"), and the month's parts asked as one sum ("每个月合计
# 交好多"), unless the sum is one payer's ("个人一共交好多")
FEE_YEARLY = re.compile(r"(?:一年|每年|全年|一整年)(?:下来)?[^，。？?\d]{0,6}?(?:交|缴|扣)[^，。？?]{0,4}?(?:多少|好多|几多)")
FEE_SUM = re.compile(r"(?:合计|一共|总共|加起来|加一起|总的)[^，。？?]{0,4}?(?:交|缴|扣)[^，。？?]{0,2}?(?:多少|好多|几多)|"
                     r"(?:交|缴|扣)[^，。？?]{0,4}?(?:合计|一共|总共)[^，。？?]{0,2}?(?:多少|好多|几多)")
FEE_ONE_PAYER_SUM = re.compile(r"(?:个人|自己|单位|公司)[^，。？?\s]{0,6}?(?:合计|一共|总共|加起来|总的)")
BOTH_PAYERS = re.compile(r"(?:单位|公司)(?:和|跟|与|加|、)?(?:个人|自己)|(?:个人|自己)(?:和|跟|与|加|、)?(?:单位|公司)")


# the state's part asked ("国家一共给我们补了好多", "政府每个人补贴好多", "财政补助是多少"): 财政补助
# (the lexicon's reading of 国家补), not the 资助 a group's fee gets (资助 is no 补)
# (the payer and its gift may stand apart: "政府每年给我们家补贴几多")
STATE_SHARE = re.compile(r"(?:政府|财政|国家)[^，。？?；;]{0,10}?(?:补|贴)[^，。？?；;]{0,8}?(?:多少|好多|几多)")


# a household's members by category ("爷爷是特困 婆婆是低保 我们3个是普通的"): each named member, or a count
_HOUSE_CATEGORY = {"特困": "特困", "五保": "特困", "孤儿": "孤儿", "低保": "低保", "监测": "监测对象",
                   "普通": "一般", "一般": "一般"}
# ("两个是防返贫监测对象": the category by its full name, 防止返贫 before 监测)
_HOUSE_WORD = "(?:防止?返贫(?:致贫)?(?:动态)?)?(特困|五保|孤儿|低保(?!边缘)|监测|普通|一般)"
_WHO_OF_HOUSE = r"(?:我|俺|老伴|" + _MEMBER[3:-1] + r")"
_HOUSE_MEMBER_RE = re.compile(_WHO_OF_HOUSE + r"[^，。\d一二两三四五六七八九十]{0,3}(?:是|属于|为|算)[^，。]{0,2}?" + _HOUSE_WORD)
# (the count and its category may stand apart, "两个人 都是特困", when 都 or 是 joins them)
_HOUSE_COUNT_RE = re.compile(r"(?:" + _N + r"|(?<=有))\s*(?:个人|个|位|口人|口)"
                             r"(?:(?:都)?(?:是|属于|为|算)?|\s*都(?:是|属于|为|算)?|\s*(?:是|属于|为|算))(?:的)?" + _HOUSE_WORD)
# the rest of the household, said not to be of the category just counted ("还有一个不是", "另外两个人不是")
# (or counted after who they are: "儿子儿媳加孙娃儿三个不是")
_HOUSE_REST_RE = re.compile(r"(?:(?:还有|另外|另|剩下|其余|其他)(?:的)?" + _N + r"\s*(?:个人|个|位|口人|口)?|"
                            r"(?<![\d一二两三四五六七八九十])" + _N + r"\s*(?:个人|个|位|口人|口))"
                            # (who they are said after the count: "两个孩子不是")
                            r"(?:娃儿?|孩子|小孩|儿子|女儿|闺女|孙子|孙女|孙娃儿?|老人)?"
                            r"(?:都|也|就|却)?(?:不是|不属于|不算|没有|没评上|没得)")


# two members said of one category together ("我和老伴都是低保", "爷爷奶奶都是特困"), and a member said
# not of it ("儿子不是"): the asker, and 老伴, are members too
_HOUSE_PAIR_RE = re.compile(r"(?:" + _WHO_OF_HOUSE + r"(?:和|跟|与|、)?" + _WHO_OF_HOUSE
                            + r"(?:两个|两人|俩|两口子?)?(?:都|也)|"
                            # (joined by 和 the two are said together with no 都: "我跟老公是特困")
                            + _WHO_OF_HOUSE + r"(?:和|跟|与)" + _WHO_OF_HOUSE + r"(?:两个|两人|俩)?|"
                            # the couple named as one ("屋头老两口是低保", "两口子都是特困", "二老都是特困")
                            r"(?:老两口子?|两口子|老俩口|老两个|俩老|二老|两老|两个老人)(?:都|也)?)(?:是|属于|为|算)[^，。]{0,2}?"
                            + _HOUSE_WORD)
_HOUSE_NOT_RE = re.compile(_WHO_OF_HOUSE + r"(?:却|就|倒)?(?:不是|不属于|不算|没评上)")

# the asker and one companion named ("我和我对象", "俺跟室友"), then the companion said of a category by a
# pronoun, or by their family's ("他家是低保", "她是特困"): the companion is that member (他 has no one
# else to stand for); said of the asker too ("我是普通学生"), two members of two groups, each paying its own
# the asker and one other named, both said to ("我和我弟都在读书", "俺跟俺姐也要交"): two people
_ASKER_AND_ONE = re.compile(r"(?:我|俺)(?:和|跟|与|同)(?:我|俺)?(?:的)?(?:" + people.SPOUSE + "|" + people.KIN_LONG + "|"
                            + people.KIN_SHORT + "|" + people.KIN_FAR + r"|同学|舍友|室友)(?:两个|两人|俩)?(?:都|也)")
_FEE_PAID_WORD = re.compile(r"交|缴")
_COMPANION_NAMED = re.compile(r"(?:我|俺)(?:和|跟|与|同|、)(?:我|俺)?(?:的)?(?:" + people.SPOUSE + "|" + people.KIN_LONG
                              + "|" + people.NOT_KIN + r"|舍友|[男女]朋友|[男女]友)")
_HOUSE_PRONOUN_RE = re.compile(r"(?<![我俺你])(?:他|她|ta|TA)(?:们)?(?:家|屋头|屋里)?(?:里)?[^，。\d]{0,2}?(?:是|属于|为|算)[^，。]{0,2}?"
                               + _HOUSE_WORD)


# the rest of the household listed by who they are, beside a member said of a category ("婆婆是特困 屋头
# 还有我和我男人", "我和老公两个人 婆婆是特困"): the asker and one more, or a couple named as one —
# ordinary members (unless said of a category themselves: "我和老伴都是低保" is _HOUSE_PAIR_RE's)
_HOUSE_OTHERS_RE = re.compile(r"(?:我|俺)(?:和|跟|与|加|、)(?:我|俺)?(?:的)?(" + people.SPOUSE + "|" + people.KIN_LONG + r")|"
                              r"(?:我们|俺们)?(?:两口子|俩口子|夫妻俩|夫妻两个|两夫妻)")
# ... unless more members are said beside them ("还有两个娃", "两口子带一个娃"): the household is more than
# the couple: counted with them when their number is said, else the household's size is not read (never a
# total of the couple and the subsidised one alone)
_HOUSE_MORE_RE = re.compile(r"(?:还有|加上?|带(?:着|了)?|和|跟)\s*(?:" + _N + r"\s*(?:个|位|口)?)?\s*"
                            r"(?:娃|孩子|小孩|儿子|女儿|闺女|孙|老人|老汉|老爷子|爷爷|奶奶|外公|外婆)")
_HOUSE_OTHERS_SAID_OF = re.compile(r"\s*(?:两个人?|俩|两口子?)?\s*(?:都|也|就|却|倒)?\s*(?:是|属于|为|算|不是|不属于|不算|没)")


# a new student's years of study paid at once ("按学制一次性交", "3年制专科 一次性趸缴", "读四年 一起交了"):
# the years, said as 学制 / N年制 / 读N年 / 上N年学 beside a word of paying them at once (not 上一年, 上两年:
# the year or years before, "上一年欠费了 今年一起交")
_STUDY_YEARS = re.compile(r"(?:([1-8一二两三四五六七八])\s*年制|学制(?:是|为|有)?\s*([1-8一二两三四五六七八])\s*年|"
                          r"(?:读|念|(?<![马早晚])上(?=\s*[1-8一二两三四五六七八]\s*年(?:学|大学|大专|专科|本科|书)))"
                          r"(?:个)?\s*([1-8一二两三四五六七八])\s*年)")
_PAID_AT_ONCE = re.compile(r"按学制|趸缴|[一1]次性|[一1]次(?:把[^，。]{0,8})?(?:交|缴)|[一1]起(?:交|缴)|[一1]口气(?:交|缴)")


def study_years_of(text: str, out: Slots) -> None:
    m = _STUDY_YEARS.search(text)
    if m and _PAID_AT_ONCE.search(text):
        n = _n(m.group(1) or m.group(2) or m.group(3))
        if 0 < n <= 8:
            out.set("study_years", n)
            out.not_money.append(m.span())


# one of the people counted said to pay the medical insurance alone ("他只交医保", "我妈光交合疗"), beside
# another adding 长护险: only the rest add it (each pays their own choice, never both the same)
_BASE_ONLY = re.compile(r"(?:只|就只?|光|单)(?:交|缴|买|参|要|办)(?:了|个)?(?:基本|居民|城乡居民|学生)?(?:医保|合疗|医疗保险)"
                        r"(?![^，。\s]{0,2}(?:加|和|跟|带|连)[^，。\s]{0,2}(?:长护|长期护理))")


def _ltc_left_out_by_some(text: str, out: Slots) -> None:
    people = out.get("people")
    if not out.get("with_ltc") or out.get("ltc_people") or not isinstance(people, int) or people < 2:
        return
    base_only = len(_BASE_ONLY.findall(text))
    if 0 < base_only < people:
        out.set("ltc_people", people - base_only)


def household_of(text: str, out: Slots) -> None:
    """The members of a household by category, when the asker counts them by more than one category."""
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for m in _HOUSE_PAIR_RE.finditer(text):
        cat = _HOUSE_CATEGORY[m.group(1)]
        found[cat] = found.get(cat, 0) + 2
        taken.append(m.span())
    for m in _HOUSE_COUNT_RE.finditer(text):
        n = to_int(m.group(1)) if m.group(1) else 1          # ("家里有个特困人员": one)
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue                    # ("老两口是低保": the couple, counted once)
        if n and 0 < n <= 12:
            cat = _HOUSE_CATEGORY[m.group(2)]
            found[cat] = found.get(cat, 0) + n
            taken.append(m.span())
    for m in _HOUSE_MEMBER_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        cat = _HOUSE_CATEGORY[m.group(1)]
        found[cat] = found.get(cat, 0) + 1
    # (not the pronoun of a member already named, "老公 他是低保": counted once)
    counted = taken + [m.span() for m in _HOUSE_MEMBER_RE.finditer(text)]
    said_of_pronoun = [m for m in _HOUSE_PRONOUN_RE.finditer(text)
                       if not any(a < m.end() and m.start() < b for a, b in counted)]
    if len(said_of_pronoun) == 1 and _COMPANION_NAMED.search(text):
        cat = _HOUSE_CATEGORY[said_of_pronoun[0].group(1)]
        found[cat] = found.get(cat, 0) + 1
    if found and "一般" not in found:
        # (the rest counted with who they are, "两个孩子不是": counted once, not again by its 孩子不是)
        rest = [m.span() for m in _HOUSE_REST_RE.finditer(text)]
        for m in _HOUSE_NOT_RE.finditer(text):
            if not any(a <= m.start() < b for a, b in taken + rest):
                # ("我和我妈不是": the asker listed before the one said not of it — two)
                two = re.search(r"(?:我|俺)(?:和|跟|与|、)$", text[max(0, m.start() - 2):m.start()]) \
                    and not re.match(r"(?:我|俺)(?:却|就|倒)?(?:不是|不属于|不算|没评上)", m.group(0))
                found["一般"] = found.get("一般", 0) + (2 if two else 1)
        for m in _HOUSE_REST_RE.finditer(text):
            n = to_int(m.group(1) or m.group(2))
            if n and 0 < n <= 12:
                found["一般"] = found.get("一般", 0) + n
    more = [to_int(m.group(1)) if m.group(1) else None for m in _HOUSE_MORE_RE.finditer(text)]
    if found and "一般" not in found and all(n and 0 < n <= 10 for n in more):
        named = [m.group(0) for m in _HOUSE_MEMBER_RE.finditer(text)]
        for m in _HOUSE_OTHERS_RE.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken) or _HOUSE_OTHERS_SAID_OF.match(text, m.end()) \
                    or (m.group(1) and any(m.group(1) in said for said in named)):
                continue        # (said of a category themselves, or the member already counted)
            found["一般"] = 2 + sum(more)       # (and the members counted beside them: "还有两个娃")
            break
        else:
            # a couple said of a category together ("我跟老公是低保 还有三个孩子"): the members counted beside
            # them are the rest (unless said of a category themselves)
            pair = any(m.span() in taken for m in _HOUSE_PAIR_RE.finditer(text))
            more_of_category = any(_HOUSE_OTHERS_SAID_OF.match(text, m.end()) and _CATEGORY_WORD.match(
                text, _HOUSE_OTHERS_SAID_OF.match(text, m.end()).end()) for m in _HOUSE_MORE_RE.finditer(text))
            if pair and more and not more_of_category:
                found["一般"] = sum(more)
    total = _COUNT_THEN_SOME.search(text)
    if found and "一般" not in found and total and sum(found.values()) < to_int(total.group(1)) <= MAX_GROUP:
        # "全班40人 有3个低保 1个特困": the whole counted, then some of it by category — the rest are
        # ordinary (their fee the standard one), never left out of the sum
        found["一般"] = to_int(total.group(1)) - sum(found.values())
        if to_int(total.group(1)) > MAX_HOUSEHOLD or _GROUP_WORD.search(text):
            out.set("group", True)              # a class, a dorm: each pays, no household
    if len(found) > 1 and sum(found.values()) > 1:
        out.set("household", found)


# a count of people, then some of them ("全班40人 有3个低保", "宿舍6个同学 里面1个特困")
_COUNT_THEN_SOME = re.compile(_N + r"\s*(?:个人|口人|口|个同学|名同学|个学生|名学生|人)[，,\s]*(?:其中|里面|里头|当中|这里面)")
_GROUP_WORD = re.compile(r"全班|班上|班里|班级|宿舍|寝室|年级|专业")


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


@lru_cache(maxsize=1)
def _disease_rows_by_head() -> dict[str, tuple[tuple[int, tuple[str, str, str]], ...]]:
    """disease_vocabulary()'s rows by their word's first character, each with its place in it."""
    heads: dict[str, list[tuple[int, tuple[str, str, str]]]] = {}
    for n, row in enumerate(disease_vocabulary()):
        heads.setdefault(row[0][:1], []).append((n, row))
    return {c: tuple(rows) for c, rows in heads.items()}


# words of what an illness left between its cause and 后遗症 ("中风落下后遗症了", "脑梗留下点后遗症", and after a
# pause or 之后: "去年中风 落了后遗症", "中风之后留下后遗症"; the illness told done first, "中风了 留下后遗症")
_SEQUELA_GAP = re.compile(r"了?(?:[\s，,]|之后|以后|过后)?(?:落下|留下|落了|留了|落起|留起|遗留)了?的?(?:点|些|个|一点)?(?:的)?后遗症")


# a heart's stent said as fitted ("心脏放了支架", "装了个心脏支架", "冠心病 前年放了支架"): the 冠心病 row of
# the stent (长治: 冠心病（血管支架植入）), by the alias the policy gives it — as said, so that its span is
# the words' own; a stent named without the heart ("放了支架") tells no disease by itself
# (never denied: "没放支架", "还没有装支架", "不需要放支架" — the plain 冠心病 row, a stent not fitted)
_FITTED = (r"(?<![没未不莫冇别])(?<!没有)(?<!没去)(?<!不用)(?<!不要)(?<!没得)(?<!莫得)(?<!不需要)"
           r"(?:[放装安搭上做植置下打]了?|植入了?|置入了?)(?:个|一个|两个|俩|几个|[一两二三四\d]个)?")
_HEART_STENT = re.compile(rf"(?:心脏|冠脉|冠状动脉)(?:里头|里面|里|上)?{_FITTED}支架|{_FITTED}(?:心脏|冠脉)支架|"
                          rf"冠心病[^，。,；;？?！!]{{0,6}}?{_FITTED}支架(?!植入术后|植入后|术后)")
HEART_STENT_ALIAS = "冠心病支架"
# ... and a stent fitted said alone ("要是放了支架的呢"): of the heart only where the case's disease is
# 冠心病 already (intents.forms reads it against the case; a stent's aftercare, 支架术后, is its own row)
_STENT_FITTED = re.compile(rf"{_FITTED}支架(?!植入术后|植入后|术后)")


def diseases_said(text: str) -> list[tuple[str, str, str]]:
    """The rows of disease_vocabulary() whose word is in `text`, in the vocabulary's order (longest
    first). Asked of every question part several times: only the words starting with one of the
    text's characters are tried, a handful of the ~240, instead of a Python loop over all of them;
    and the rows of the last texts are kept (a fresh list each time, of tuples)."""
    return list(_diseases_said_kept(text))


@lru_cache(maxsize=256)
def _diseases_said_kept(text: str) -> tuple[tuple[str, str, str], ...]:
    heads = _disease_rows_by_head()
    text = _SEQUELA_GAP.sub("后遗症", text)        # ("中风落下后遗症": the 后遗症 row's own word)
    found = [hit for c in set(text) for hit in heads.get(c, ()) if hit[1][0] in text]
    if "支架" in text:
        found += [(-1, (m.group(0), HEART_STENT_ALIAS, "chronic")) for m in _HEART_STENT.finditer(text)]
    return tuple(row for _, row in sorted(found))


@lru_cache(maxsize=1)
def _sequela_rows() -> tuple[tuple[str, str, re.Pattern], ...]:
    """The 后遗症 rows of disease_vocabulary(), in its order: (name, the cause said before it, the
    pattern of the cause, words of leaving, 后遗症) — compiled once, not per message."""
    return tuple((name, word[:-3], re.compile(re.escape(word[:-3]) + _SEQUELA_GAP.pattern))
                 for word, name, _ in disease_vocabulary() if word.endswith("后遗症") and len(word) > 3)


# a disease said not to be the asker's ("是糖尿病 不是高血压", "没得高血压"): not a disease of the case
# (a growth said 良性 is not the vocabulary's 肿瘤, 恶性肿瘤's word: "良性肿瘤" names no listed disease)
_NOT_DISEASE = re.compile(r"(?<!是)(?:不是|并非|不属于|没有|没得|没患|没|非)(?:什么|啥子?)?$|良性的?$")


_CHRONIC_GROUP = re.compile(r"([一二三])类(?:门诊)?(?:慢性病|慢病|慢特病|病种)|([一二三])类(?:门慢|门特|慢特)")
_BOTH_HELD = re.compile(r"两病都有|两种病都有|两个病都有|两样都有|两个都有|两种都有|都有|两病都")


def diseases_of(text: str, out: Slots) -> None:
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for word, name, _ in diseases_said(text):
        # (each place the word stands, left to right, none overlapping: as re.finditer of the word
        # escaped, without a pattern per disease word crowding re's cache of 512)
        start = text.find(word)
        while start >= 0:
            span, start = (start, start + len(word)), text.find(word, start + len(word))
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            if not _NOT_DISEASE.search(text[max(0, span[0] - 4):span[0]]):
                found.append((span[0], name))
    # ("中风落下后遗症了": a 后遗症 row's cause said, then what it left — words of leaving between)
    # (only where 后遗症 is said, which each of these patterns ends with; most messages say none)
    for name, cause, pattern in _sequela_rows() if "后遗症" in text else ():
        if cause not in text or any(n == name for _, n in found):
            continue
        m = pattern.search(text)
        if m and not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append(m.span())
            found.append((m.start(), name))
    if found:
        names = [n for _, n in sorted(found)]
        out.set("diseases", names)
        out.spans += taken
    elif "支架" in text and _STENT_FITTED.search(text):
        out.set("_stent", True)
    # (said short as well: "一类门慢", "二类慢特")
    m = _CHRONIC_GROUP.search(text)
    if m:
        out.set("chronic_group", (m.group(1) or m.group(2)) + "类")
    # "降压降糖药" is the name of the drugs 两病 pays for (the handbook's 降血压/降血糖药品), not a
    # word on which of the two the asker has: "血压高 … 降压降糖药1200" is 高血压 alone
    named = without_both_drugs(text)
    pressure, sugar = _said_not_denied(HIGH_PRESSURE, named), _said_not_denied(HIGH_SUGAR, named)
    if pressure and sugar:
        out.set("two", "两病")
    elif pressure:
        out.set("two", "高血压")
    elif sugar:
        out.set("two", "糖尿病")
    elif _BOTH_HELD.search(text):
        # "两病" alone names the benefit, not the diseases: 高血压 and 糖尿病 have their own limits
        out.set("two", "两病")


def _said_not_denied(pattern: str, text: str) -> bool:
    return any(not _NOT_DISEASE.search(text[max(0, m.start() - 4):m.start()]) for m in _compiled(pattern).finditer(text))


# how people say the two diseases of 两病 (血压高, 吃降糖药)
# ("血糖也高": the second one said after the first; "降压的药": a drug said with 的, still its disease's)
HIGH_PRESSURE = r"高血压|血压(?:也|还)?(?:有点|有些|偏|比较|很)?高|降压(?:的)?药|降血压"
HIGH_SUGAR = r"糖尿病|血糖(?:也|还)?(?:有点|有些|偏|比较|很)?高|降糖(?:的)?药|降血糖"
# the two drugs named as one kind, as the handbook names them ("降压降糖药", "降血压/降血糖药品")
BOTH_DRUGS = re.compile(r"降血?压[、/]?降血?糖(?:药品?|的药)?")


def without_both_drugs(text: str) -> str:
    """`text` with the drugs' joint name blanked (same length), so that what is left names diseases."""
    return BOTH_DRUGS.sub(lambda m: "　" * len(m.group()), text)


_TWO_DISEASE_SAID = re.compile(HIGH_PRESSURE + "|" + HIGH_SUGAR)


def names_two_disease(text: str) -> bool:
    """The asker names one of 两病's diseases as people say them (血压高, 吃降糖药), not the drugs' kind."""
    return _TWO_DISEASE_SAID.search(without_both_drugs(text)) is not None


# ---- money ---------------------------------------------------------------------

# a band of a table, not the asker's cost: "5万到10万那段报多少", "超过1万的部分"
# ("5万到10万段": 段 right after a sum, never "一段时间")
# (not across a pause to a clause of its own: "合规1.5万 基本医保那部分报多少" names the fund's part)
# (not 分段 said of the computing: "还剩十五万分段算下来" is the sum, worked out by segments)
BAND_AFTER = re.compile(r"^(?:[^，,。？?；;\s]{0,8}?|\s*)(?:那段|这段|那一段|那部分|这部分|的部分|之间|区间|分段(?!(?:来|去|一)?(?:算|计算|核算))|"
                        r"(?:^|(?<=[万千元块\d]))段(?!时间|日子))")


# two figures joined as a band ("21000到50000这段", "2万至5万之间的部分"): the figure before the join, and
# the figure after it (read with BAND_AFTER)
_RANGE_BAND = re.compile(r"\s*(?:元|块)?\s*(?:到|至|~|～|-|—)\s*[\d一二两三四五六七八九十百千万.]+\s*(?:万|千)?(?:元|块)?"
                         r"(?:[^，,。？?；;\s]{0,2}?)(?:那段|这段|那一段|那部分|这部分|的部分|之间|区间|段(?!时间|日子))")
_RANGE_BAND_END = re.compile(r"[\d一二两三四五六七八九十百千万.]\s*(?:万|千)?(?:元|块)?\s*(?:到|至|~|～|-|—)\s*$")
# ... or two figures joined and asked of as they stand ("20万到30万呢", "5万至10万报几成", "2万到5万又是多少"),
# no bill word before them ("花了3万到5万" is a bill said roughly): a band of a table, as a follow-up to a band
# asked before; "呢" / a rate's or a sum's asking right after the second figure
_RANGE_ASKED_AFTER = r"\s*(?:元|块)?(?:的|那里|那儿)?\s*(?:呢|嘞|咧|报|赔|给|能报|又|是|的话|咋|怎么|啷个|[？?]|$)"
_RANGE_ASKED = re.compile(r"\s*(?:元|块)?\s*(?:到|至|~|～|-|—)\s*[\d一二两三四五六七八九十百千万.]+\s*(?:万|千)?" + _RANGE_ASKED_AFTER)
_RANGE_ASKED_END = re.compile(_RANGE_ASKED_AFTER)


# a cap said to have moved by a sum ("2026年大病限额加了四千", "封顶降了4000"): the rule's step, not a cost
CAP_MOVED_BY = re.compile(r"(?:限额|封顶线?|额度|上限)(?:每年|一年)?(?:都|就|会|能|可以|再|又|还|也)?"
                          r"(?:加|提高|增加|涨|多|降|降低|减|减少|少|扣)了?\s*$")

_CAP_STEP_AGAIN = re.compile(r"(?:还是|还|也|又|再|会|能)(?:加|提高|增加|涨|降|减|扣)了?\s*$")


# a cap said ("以前一次一天最多报50块", "封顶是8万"): the rule's figure, told or recalled, never the asker's cost
CAP_SAID_BEFORE = re.compile(r"(?:最多|最高|顶多|封顶线?|限额|上限)(?:只|就)?(?:能|可以|可)?(?:报|赔|给|支付|报销)?(?:是|为)?\s*$")


def money_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` says a sum of money (its figure and a 元 / 块 after it), in order: no year, age,
    label or class number ("高血压3级" names a grade, never a sum)."""
    out = []
    for a in find_numbers(text):
        if a.value is not None and _is_money(text, a, None, []):
            unit = re.match(r"(?:块钱|元钱|块|元)?", text[a.end:])
            out.append((a.start, a.end + unit.end()))
    return out


# the whole deductible said as the alternative asked ("起付线是重新交七百还是补差额", "又要扣一遍1000还是只补"): the
# rule's figure quoted, paid again or not — never a bill of the asker's
_DEDUCTIBLE_AGAIN_BEFORE = re.compile(r"(?:重新|再|又|还|全部|全额|整个|另外)(?:要|得)?(?:交|缴|扣|付|出|算|收|计)(?:一次|一遍|一回)?(?:个)?$")
_ALTERNATIVE_AFTER = re.compile(r"\s*(?:元|块)?(?:钱)?\s*(?:还是|呢|吗|嘛|不|哦)")


# the deductible's figure said as what is taken off ("还要扣600起付吗", "又要交700的起付线"): the rule's
# figure quoted, never the bill
_DEDUCTED_BEFORE = re.compile(r"(?:扣|交|缴|付|收|出)(?:掉)?(?:个)?$")
_DEDUCTIBLE_AFTER = re.compile(r"\s*(?:元|块)?(?:钱)?(?:的)?(?:起付|起伏|门槛)")


def _deductible_quoted_again(text: str, a: Number) -> bool:
    if _DEDUCTIBLE_AFTER.match(text, a.end) and _DEDUCTED_BEFORE.search(text[max(0, a.start - 4):a.start]):
        return True
    return ("起付" in text or "起伏" in text) and bool(_DEDUCTIBLE_AGAIN_BEFORE.search(text[max(0, a.start - 8):a.start])) \
        and bool(_ALTERNATIVE_AFTER.match(text[a.end:]))


_RANGE_FIRST = re.compile(r"[\d一二两三四五六七八九十百千万.]+\s*(?:万|千)?(?:元|块)?\s*(?:到|至|~|～|-|—)\s*$")


def _range_billed(text: str, a: Number) -> bool:
    """The second figure of a range whose first is said as a bill ("花了3万到5万"): the bill, said roughly."""
    first = _RANGE_FIRST.search(text[:a.start])
    return first is not None and bool(BILL_BEFORE.search(text[max(0, first.start() - 8):first.start()]))


def _is_money(text: str, a: Number, expecting: str | None, asserted: list[tuple[int, int]]) -> bool:
    if _deductible_quoted_again(text, a):
        # (even where a bill is awaited: the deductible's figure asked again, "起付线还要再交600吗", read once
        # more with a follow-up on that case, is still the rule's, never the bill)
        return False
    if a.year or a.age or a.label or any(s <= a.start < e for s, e in asserted) \
            or any(s <= a.start < e for s, e in short_years(text)):
        return False                 # 2020年 is a year, 七十多了 an age; "起付线是不是500" is a rule being checked
    if CAP_SAID_BEFORE.search(text[max(0, a.start - 8):a.start]) and expecting not in ("amount", "self_funded", "base"):
        return False
    if CAP_MOVED_BY.search(text[max(0, a.start - 10):a.start]) or (
            _CAP_STEP_AGAIN.search(text[max(0, a.start - 6):a.start])
            and any(CAP_MOVED_BY.search(text[max(0, b.start - 10):b.start]) for b in find_numbers(text[:a.start]))):
        return False                 # (and "…那2027年还是加四千不": the same step asked again)
    # (a figure read with the pause after it: the pause is kept, for BAND_AFTER reads none across one)
    if BAND_AFTER.match(text[a.end - 1:] if text[a.end - 1:a.end].isspace() else text[a.end:]) \
            and expecting not in ("amount", "self_funded", "base"):
        return False
    if _RANGE_BAND.match(text[a.end:]) or (_RANGE_BAND_END.search(text[:a.start]) and BAND_AFTER.match(text[a.end:])):
        # "21000到50000这段报多少": a band of the rule asked, its rate — never a sum of the asker's, even
        # where a sum was asked for (read as one, the band's floor was computed as the cost, 0 元)
        return False
    if not BILL_BEFORE.search(text[max(0, a.start - 8):a.start]) and not _range_billed(text, a) and (
            _RANGE_ASKED.match(text[a.end:])
            or (_RANGE_BAND_END.search(text[:a.start]) and _RANGE_ASKED_END.match(text[a.end:]))):
        # "…5万以下报几成 5万到10万呢": the next band of the rule asked, never its floor taken as a cost
        return False
    if text[max(0, a.start - 3):a.start] in ("百分之", "百分比"):
        return False                 # "听说有百分之九十": a rate, never the asker's cost
    if a.is_range and a.low == 0:
        return False                 # "0到10万报多少": a band of the rule from nothing, never a bill
    after = text[a.end:a.end + 3]
    spaced = text[a.end - 1:a.end].isspace()
    # (a count said about, "二十几天", "十来次", "三十多岁": the unit after its 几 / 来 / 多 / 余 is the count's)
    about = re.match(r"[几来多余]([天次岁个周年]|个月)", text[a.end:a.end + 4])
    if not a.explicit and about:
        return False
    if not a.explicit and any(after.startswith(w) for w in NOT_MONEY_AFTER) \
            and not (spaced and after.startswith("个人")) and not after.startswith("分别") \
            and not (spaced and after.startswith(("年内", "年度")) and a.value is not None and a.value >= 100):
        return False                 # (3个, 5人 …; but "工资6000 个人每月交多少": the next words' 个人, and
                                     # "目录内2100 年内第一次住": the next clause's 年内, the year, not 2100 years;
                                     # "药费400 分别能报多少": 分别 is no unit, 分 of a score or a minute)
    if a.explicit and _compiled(r"\s*(?:年|个月|次|天|岁|%|级)").match(after) and not _compiled(r"[元块万千wWkK¥￥]").search(a.raw):
        return False
    if not spaced and _compiled(r"名(?![称字单额])|口人|人(?![民均次家])").match(text[a.end:]) and not _compiled(r"[元块¥￥]").search(a.raw):
        return False                 # "参保10万人", "3千名": people counted, never a sum (1万人民币 is money)
    if a.vague or a.explicit:
        return True
    if a.value is not None and abs(a.value) < 10 and expecting not in ("amount", "self_funded", "base"):
        return False                 # 第一次, 一级, 3 … are not money unless money was asked for
    return not _compiled(r"-?[一二两三四五六七八九十]").fullmatch(a.raw.strip())


def _one_cost_each_disease(text: str, costs: list[Number], out: Slots) -> bool:
    """"降压药300 降糖药500": under 两病, one cost told after each disease's drugs — the two parts of
    the one yearly bill the combined limit is for."""
    if out.get("two") != "两病" or len(costs) != 2 or any(x.approx for x in costs):
        return False
    said = sorted([(m.start(), "p") for m in re.finditer(HIGH_PRESSURE, text)]
                  + [(m.start(), "s") for m in re.finditer(HIGH_SUGAR, text)])
    kinds = []
    for x in costs:
        before = [k for at, k in said if at < x.start]
        if not before:
            return False
        kinds.append(before[-1])
    between = text[costs[0].end:costs[1].start]
    each = set(kinds) == {"p", "s"} and bool(re.search(HIGH_PRESSURE if kinds[1] == "p" else HIGH_SUGAR, between))
    if each:
        # which part is which disease's: where the region gives each its own limit and none for both
        out.set("disease_costs", {("高血压" if k == "p" else "糖尿病"): x.value for k, x in zip(kinds, costs)})
    return each


# both drug classes said to share a bill evenly ("甲类乙类对半", "甲类和乙类一半一半", "乙类甲类各占一半")
_CLASSES_HALF = re.compile(r"(?:甲类|乙类)(?:药品?)?(?:和|跟|与|、|加)?(?:甲类|乙类)(?:药品?)?(?:的)?(?:大概|差不多)?"
                           r"(?:各(?:占|是)?一半|一半一半|对半(?:开|分)?)")


def _one_cost_each_class(text: str, costs: list[Number]) -> dict[str, Decimal] | None:
    """"甲类药100 乙类药200": a cost told right after each drug class, {"甲类": 100, "乙类": 200}."""
    if len(costs) != 2 or any(x.approx for x in costs):
        return None
    out = {}
    for x in costs:
        m = re.search(r"(甲类|乙类)[^，。,；;\d甲乙]{0,6}$", text[max(0, x.start - 10):x.start])
        if not m or m.group(1) in out:
            return None
        out[m.group(1)] = x.value
    return out


# a bill said as a month's ("每个月5000", "一个月药费三千", "月均2000")
# (not a stay a month long nor a month ago: "住了一个月院", "住院一个月", "一个月前")
_MONTHLY_BEFORE = re.compile(r"(?:每个?月|(?<![住了院])一个月(?![前后院以之了])|月均|平均每月|平均一个月)"
                             r"[^，。,；;？?\d一二三四五六七八九十两]{0,6}$")
# how many months of such bills: "一年12个月", "12个月", "吃了8个月"; or the year asked ("一年能报多少")
# (not a child's age nor a pregnancy's, "6个月大", "怀孕8个月", nor a time ago, "3个月前")
# (nor one month of them named, "第二个月报多少")
_MONTH_COUNT = re.compile(r"(?<![\d.])(?<!孕)(?<!怀了)(?<!怀)(?<!第)(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个月(?![大前后])")
_YEAR_ASKED = re.compile(r"(?:(?<![第头])一年|全年|一整年|每年)[^，。,；;]{0,4}(?:能|可以|可)?(?:报|赔|给)(?:销)?(?:多少|好多|几多|得到)")


def _months_of_monthly(text: str, a: Number) -> int | None:
    """How many months a bill said per month stands for: the count said ("一年12个月", "8个月"), or
    the year's twelve where a year's figure is asked ("每个月5000 一年能报多少"); None where the bill
    is not said as a month's, or no count nor year is said (a month's bill is computed as it is)."""
    if a.value is None or not _MONTHLY_BEFORE.search(text[max(0, a.start - 10):a.start]) \
            or not re.search(r"报|赔", text):
        return None         # (a month's fee or pay, "每个月扣200 一年12个月", is no bill)
    counts = {_n(m.group(1)) for m in _MONTH_COUNT.finditer(text) if not (m.start() <= a.start < m.end())}
    counts.discard(1)
    if len(counts) == 1:
        n = counts.pop()
        return n if 1 < n <= 12 else None
    if not counts and _YEAR_ASKED.search(text):
        return 12
    return None


def _said_as_bill(text: str, a: Number) -> bool:
    return bool(BILL_BEFORE.search(text[max(0, a.start - 12):a.start]))


def _pointed_back(text: str, a: Number, before: list[Number]) -> bool:
    """The sum said again, pointed back at: "那六百" / "这400" after the same sum, or "急诊的800" named by
    what named it the first time ("急诊花了800")."""
    same = [b for b in before if a.value is not None and b.value == a.value]
    if not same:
        return False
    if BACK_REFERENCE.search(text[max(0, a.start - 3):a.start]):
        return True
    m = re.search(r"([\u4e00-\u9fff]{2})的\s*$", text[max(0, a.start - 4):a.start])
    return bool(m) and any(m.group(1) in text[max(0, b.start - 8):b.start] for b in same)


# several visits said of one day ("同一天…看了两次门诊", "一天内看了两回")
# (or the day's two halves said: "今天上午下午各看了一次", "早上去了一趟 下午又去")
# (not two days' halves: "昨天上午…今天下午", "上午…第二天下午" — another day said between them)
_ANOTHER_DAY = r"今天|今日|明天|昨天|前天|后天|第二天|第二日|次日|隔天|隔日|过了?几天|隔了?几天|几天后|星期|礼拜|周[一二三四五六日天末]|\d+[号日]"
SAME_DAY_VISITS = re.compile(r"同一天|一天内|一天之内|一天里|当天|同一日|同日|"
                             # (one day named, then another visit of it with no other day between: "昨天…先看了眼科
                             # 又看了牙科" — a visit told after the day and before the 又: "昨天看了 今天又去拿药"
                             # names the later day before its 又, two days' visits, and "今天又去了" after a turn
                             # telling another day's visit is that other day's next)
                             r"(?:今天|今日|昨天|前天)(?:(?!" + _ANOTHER_DAY + r")[^。；;]){0,20}?(?:看|挂号|拿药|开药|门诊)"
                             r"(?:(?!" + _ANOTHER_DAY + r")[^。；;]){0,20}?(?:又|再|还)(?:看|挂|去|拿)|"
                             r"(?:上午|早上|早晨|早上头)(?:(?!" + _ANOTHER_DAY + r")[^，。；;]){0,20}?(?:下午|晚上|中午)")
_VISITED = re.compile(r"门诊|看病|看了|挂号|拿药|开药|看医生|各看")
# an exact figure put to compute after a rough one ("那刚好4000块", "就按10000", "假如是5000")
_PUT_EXACT = re.compile(r"(?:刚好|正好|恰好|按|假如|如果|要是|假设)(?:是|就是|花了|花)?\s*$")
# several visits said ("看了两次", "去了两趟", "各看了一次")
_SEVERAL_VISITS = re.compile(r"(?:看|去|跑)了?(?:两|二|三|几|好几)(?:次|回|趟)|各看|各去")


# a sum told as what the asker earns or pays on ("基数6000", "工资五千", "一个月挣四千五", "退休金3000"):
# the base of a fee, never a bill — what a stay or a visit cost is asked, not taken from it
_EARNED = (r"基数|工资|月薪|年薪|底薪|薪水|薪资|薪酬|收入|月入|挣|赚|退休金|养老金")
_EARNED_BEFORE = re.compile(rf"(?:{_EARNED})(?:是|为|有|大概|大约|差不多|才|只有|只|就|税前|税后|到手|(?:每|一)个?月|一年)*\s*$")
_EARNED_AFTER = re.compile(r"\s*(?:元|块钱?)?(?:的|做|作为|当作?)?(?:缴费)?(?:基数|工资|月薪|收入)")
# ... which is the sum asked about only where paying in is asked (the fee on it, the account's share)
_PAYING_IN_ASKED = re.compile(r"[交缴扣划]|个人账户|个账|费率")
# ... or the base itself asked ("缴费基数按多少算": the wage told is what it is bounded from)
_BASE_ASKED = re.compile(r"基数[^，,。？?\d]{0,4}(?:多少|好多|几多|怎么|咋|按)")
_EARNED_WORDS = re.compile(r"缴费基数|缴费工资|(?:交|缴)(?:费|的)?(?:基数|工资)")


def _earned(text: str, a: Number) -> bool:
    """Is `a` told as the asker's base, wage, income or pension (_EARNED)?"""
    return bool(_EARNED_BEFORE.search(text[max(0, a.start - 10):a.start]) or _EARNED_AFTER.match(text[a.end:]))


# a sum said only as spent ("花了十万", "我自己花了10万"), and the words that say it is what the funds left of
# a bill ("报完自己还花了", "自付", "合规的", "掏了"): only the first leaves open what the sum is of
_SPENT_ONLY = re.compile(r"(?:花了|花费了?|花掉了?|用了|花)\s*$")
_RATE_ASKED = re.compile(r"几成|比例|百分之几|几个点")
_LEFT_TO_PAY = re.compile(r"报完|报了|报销后|报后|报过|之后|以后|自付|自负|负担|掏|合规|目录|政策范围|医保范围|报销范围|剩|自费|承担|"
                          r"统筹|基本医保|医保给")


# a sum said as what the funds left of a bill told before it ("报完 自付还有4万", "报了以后还剩一万"), the bill
# said as spent, and a fund that pays after basic insurance asked of it
_LEFT_OF_THE_BILL = re.compile(r"(?:报完|报了以后|报了之后|报销后|报后)[^，。？?]{0,8}$|(?:自付|自负|还剩|剩下?|还有)[^，。？?\d]{0,3}$")
_BILL_SPENT_BEFORE = re.compile(r"(?:花了|花费了?|用了|总共|一共)\s*$")
_FUND_AFTER_BASIC = re.compile(r"大病|救助|二次报销")


# a year before the current one, said in the clause of a sum paid ("去年住院报了13万", "前年统筹报过")
_YEAR_BEFORE = re.compile(r"去年|前年|上一?年|往年|上个?年度")


def money_of(text: str, out: Slots, expecting: str | None = None) -> None:
    """The amounts that are money: 花了5000, 自费300, ¥5000, 1.2万, 一万多 …"""
    asserted = premise.spans(text) + out.not_money
    cost: list[Number] = []
    self_funded: list[Number] = []
    reimbursed: list[Number] = []
    earned: list[Number] = []
    # (paying in asked, "工资6000 个人每月交多少", "上年月平均工资15000 … 每月扣好多": the sum it is on)
    paying_in = bool(_PAYING_IN_ASKED.search(_EARNED_WORDS.sub("", text)) or _BASE_ASKED.search(text))
    visit = out.get("_visit_before_stay")
    for a in find_numbers(text):
        if not _is_money(text, a, expecting, asserted):
            continue
        if visit and a.start < visit[1] and expecting is None:
            continue                    # (the visit's bill, told before the stay: `outpatient_bill`, not the stay's)
        if expecting not in ("amount", "self_funded") and not paying_in and _earned(text, a):
            earned.append(a)            # "基数6000 门诊能报好多": no bill of 6000
            continue
        before = text[max(0, a.start - 6):a.start]
        if REIMBURSED_BEFORE.search(before):
            reimbursed.append(a)        # "居民那边报了2000": what a fund paid, not the bill
            continue
        own = any(w in before for w in SELF_FUNDED_BEFORE) or SELF_FUNDED_AFTER.match(text[a.end:])
        (self_funded if own else cost).append(a)
    if cost:
        # "急诊花了六百 … 急诊那六百能一起算不": a sum named again after 那/这 is the one already
        # said, pointed back at — never another part of the bill to add
        cost = [a for i, a in enumerate(cost) if not _pointed_back(text, a, cost[:i])]
        readable = [a for a in cost if a.value is not None]
        if len(readable) == 2 and not any(x.approx for x in readable) and out.get("tier") \
                and not out.get("prior_tier") and "住" in text and (TWO_STAYS.search(text) or _later_stay_billed(text, readable)):
            # "住院两回 第一回合规3100 第二回合规5100": two stays at the one hospital, each its own bill
            # (the region's rule for a second stay decides its deductible), never one bill of their sum
            out.set("prior_tier", out.get("tier"))
            out.values["admission"] = 2         # (第一回 read alone said the first)
        summed = len(readable) > 1 and not (out.get("prior_tier") and after_a_stay(out)) and all(not x.approx for x in readable) and \
            TOTAL_AFTER.search(text, readable[-1].end) and not re.search(r"其中|里面|含|转|再", text)
        parts = [_CARE_PART.search(text[max(0, x.start - 16):x.start]) for x in readable]
        if len(readable) > 1 and all(parts) and len({m.group(1)[:2] for m in parts}) == len(parts) \
                and all(not x.approx for x in readable) and _SERIOUS_ASKED.search(text):
            # "住院自己掏了8000，门诊慢病自己掏了6000，大病保险报多少": 大病保险 is on the year's own-paid
            # compliant sums of stays and 门诊慢特病 together (长治 居民大病保险: 含住院、门诊慢特病) —
            # each kind of care its own part, added, never the first taken for the whole
            summed = True
        # (not at two levels, "先在一级医院…又去三级医院": the rule is one level's, 同一级医疗机构)
        if len(readable) > 1 and all(not x.approx for x in readable) and SAME_DAY_VISITS.search(text) \
                and _VISITED.search(text) and "住" not in text \
                and not (out.get("prior_tier") and out.get("prior_tier") != out.get("tier")):
            # "同一天在同一家一级医院看了两次门诊 分别40和30": one day's visits, their bills together (the
            # region's rule says whether they are one visit); the hospital is no earlier stay's
            summed = True
            out.set("same_day", True)
            if out.get("prior_tier") == out.get("tier"):
                out.values.pop("prior_tier", None)
        elif len(readable) == 1 and not readable[0].approx and SAME_DAY_VISITS.search(text) \
                and _SEVERAL_VISITS.search(text) and TOTAL_AFTER.search(text[max(0, readable[0].start - 6):readable[0].start]) \
                and "住" not in text and not (out.get("prior_tier") and out.get("prior_tier") != out.get("tier")):
            # "同一天上午下午在同一家一级医院看了两次 一共花了60": one day's visits told by their sum only —
            # the same bill as told in parts (the region's rule says whether they are one visit)
            out.set("same_day", True)
            if out.get("prior_tier") == out.get("tier"):
                out.values.pop("prior_tier", None)
        if len(readable) == 1 and "住" in text and TWO_STAYS.search(text) and out.get("prior_tier") \
                and out.get("tier") and out.get("prior_tier") != out.get("tier") \
                and TOTAL_AFTER.search(text[max(0, readable[0].start - 8):readable[0].start]):
            # two stays at two levels told by one sum ("两回住院 一回一级一回三级 总共花了九千"): each level has its
            # own deductible and rate, so the split decides the figure — asked (intents.validate), never the
            # sum taken for the later stay's alone
            out.notes.append(TWO_STAYS_ONE_SUM_NOTE)
        each_disease = _one_cost_each_disease(text, readable, out)      # (read even where 一共 says the sum)
        summed = summed or each_disease
        by_class = _one_cost_each_class(text, readable)
        if not by_class and len(readable) == 1 and not readable[0].approx and _CLASSES_HALF.search(text):
            # "降压药用了七百二 甲类和乙类一半一半": one bill said split evenly between the classes — each half at its rate
            half = readable[0].value / 2
            out.set("class_costs", {"甲类": half, "乙类": half})
        if by_class:
            # "甲类药100块 乙类药100块": one bill in two parts paid at two rates (两病's 甲/乙)
            out.set("class_costs", by_class)
            summed = True
        if summed:                    # 降压药600、降糖药600，一共: the parts add up
            total = sum((x.value for x in readable), Decimal(0))
            out.set("amount", total, (readable[0].start, readable[-1].end))
            out.set("amount_parts", [x.value for x in readable])
        else:
            a = max(cost, key=lambda x: x.value or 0) if len(cost) > 1 and _compiled(r"其中|里面|含").search(text) else cost[0]
            if a is cost[0] and len(cost) > 1 and not a.explicit and not _said_as_bill(text, a):
                # "我爸73 住院合规的费用3000": a bare number (no 元, no 万) beside one said as the bill
                # is something else — an age, a count — never the bill itself
                billed = [x for x in cost[1:] if _said_as_bill(text, x)]
                if billed:
                    a = billed[0]
            inside = [x for x in readable if IN_CATALOGUE_BEFORE.search(text[max(0, x.start - 10):x.start])]
            if a is cost[0] and len(readable) == 2 and len(inside) == 1 and inside[0] is readable[1] \
                    and readable[1].value < readable[0].value and not out.get("prior_tier") \
                    and not TWO_STAYS.search(text):
                # "总共花了四千五 医保范围内四千二": the bill, then its in-catalogue part — the part the
                # funds pay on (the rest is 自费), never the whole bill
                a = readable[1]
                out.set("amount_in_catalogue", True)
                out.set("amount_total", readable[0].value)
            first, exact = cost[0], [x for x in cost if x.value is not None and not x.approx and not x.vague]
            if a is first and len(cost) == 2 and exact == [cost[1]] \
                    and IN_CATALOGUE_BEFORE.search(text[max(0, cost[1].start - 10):cost[1].start]) \
                    and not out.get("prior_tier") and not TWO_STAYS.search(text):
                # "总共花了一万七八 政策范围内是一万五", "花了万把块 医保范围内的是10000整": the bill said only
                # roughly, then its in-catalogue part exactly — the part the funds pay on is the amount
                a = cost[1]
                out.set("amount_in_catalogue", True)
            if a is first and len(cost) == 2 and first.approx and exact == [cost[1]] \
                    and _PUT_EXACT.search(text[max(0, cost[1].start - 8):cost[1].start]):
                # "每个月4000多 … 那刚好4000块能报多少", "花了一万多 就按10000算": a rough figure told, then
                # an exact one put to compute — the sum asked of is the exact one
                a = cost[1]
            left = [x for x in readable[1:] if _LEFT_OF_THE_BILL.search(text[max(0, x.start - 12):x.start])]
            if a is first and left and first.value is not None and _BILL_SPENT_BEFORE.search(text[max(0, first.start - 4):first.start]) \
                    and left[0].value < first.value and _FUND_AFTER_BASIC.search(text) \
                    and not out.get("prior_tier") and not TWO_STAYS.search(text):
                # "住院花了十来万 基本医保报完 合规自付还有四万一 大病保险能报多少": the bill, then what basic
                # insurance left of it — the sum the fund asked of pays on, never the whole bill
                a = left[0]
                out.set("amount_total", first.value)
            if len(cost) > 1 and out.get("prior_tier") and after_a_stay(out) \
                    and len(readable) >= 2:
                # 二级花了5000，转到三级花了1万 / 先在一级住院3000，后来又在三级住院一万: this stay is the later
                a = readable[-1]
                out.set("prior_amount", readable[0].value)
            if self_funded and IN_CATALOGUE_BEFORE.search(text[max(0, a.start - 10):a.start]):
                # "目录内8000，目录外3000": the sum is the in-catalogue part, the 自费 comes on top of it
                out.set("amount_in_catalogue", True)
            if a.vague or a.value is None:
                out.set("amount_unread", a.raw, (a.start, a.end))
            else:
                months = None if a.approx else _months_of_monthly(text, a)
                if months:
                    # "每个月5000 一年12个月 一年能报多少": a month's bill said, the year's asked — the
                    # months' bills together (the calculator applies the year's limit to them)
                    out.set("amount", a.value * months, (a.start, a.end))
                    out.set("amount_monthly", [str(a.value), months])
                else:
                    # (not the month's figure set after the months' sum: one bill, no conflict of two)
                    out.set("amount", a.low if a.low is not None else a.value, (a.start, a.end))
                out.set("amount_said", a.raw)
                if ABOVE_DEDUCTIBLE.search(text[max(0, a.start - 16):a.start]):
                    out.set("above_deductible", True)
                if DUE_BEFORE.search(text[max(0, a.start - 10):a.start]):
                    # "照比例应报4000": what the fund's rate gives this stay, worked out by the asker — not
                    # the bill; only the year's limit is left to apply to it
                    out.set("amount_due", True)
                if _SPENT_ONLY.search(text[max(0, a.start - 4):a.start]) and not _LEFT_TO_PAY.search(text) \
                        and not _RATE_ASKED.search(text):
                    # "花了十万": money spent, no word of what the funds left of it — a fund on what is left
                    # (大病保险) may not take it for its base (intents.forms); a rate asked of it ("超过10万的
                    # 部分报几成") is the rule's, whatever the base
                    out.set("amount_spent", True)
                out.values.setdefault("amount_at", a.start)     # what is said before it says what it is
                if a.approx:
                    # 一万多 is at least 一万 (computed with it, and said); 五千左右 is confirmed first;
                    # 三四千 needs the figure
                    # 万把块, 千把块: about that much, either side of it — the figure is asked for
                    rough = re.search(r"[千万]把", a.raw) is not None
                    out.set("amount_approx", "rough" if rough else "at_least" if a.at_least else ("range" if a.is_range else "about"))
                    asks = "estimate" if ESTIMATE_ASKED.search(text) else "how_much" if HOW_MUCH_ASKED.search(text) \
                        else "whether" if WHETHER_PAYS_ASKED.search(text) else None
                    if asks and a.at_least and not rough:
                        # what the message asks of a sum said as at least a figure (一万多): an estimate,
                        # which the lower end answers; or a figure, or a yes/no, that may turn on where
                        # in its span the sum lies — asked exactly unless both ends give the same
                        out.set("_amount_asked", asks)
    if reimbursed and reimbursed[0].value is not None:
        out.set("reimbursed", reimbursed[0].value, (reimbursed[0].start, reimbursed[0].end))
        if _YEAR_BEFORE.search(_clause_before(text, reimbursed[0].start)):
            # "去年住院已经报了13万": paid in a year before this one — off that year's limit, not this year's
            out.set("reimbursed_past_year", True)
    if self_funded and self_funded[0].value is not None:
        out.set("self_funded", self_funded[0].value, (self_funded[0].start, self_funded[0].end))


# the asker asks for an estimate ("大概能报多少", "估计报得到好多"): a sum said only roughly is enough
ESTIMATE_ASKED = re.compile(r"(?:大概|大约|大致|估计|估摸|粗略|约莫)(?:能|可以|可|会|要)?(?:报|赔|给|补|救助|返)")
# ... the figure it yields ("报好多", "能赔多少", "给得到好多")
HOW_MUCH_ASKED = re.compile(r"(?:报|赔|给|补|救助?|返|退)(?:销|账)?(?:得到|得了|得)?(?:多少|好多|几多)")
# ... or whether it pays at all ("能报不", "管不管得到", "还能再报不")
WHETHER_PAYS_ASKED = re.compile(r"(?:能|可以|可)(?:再)?(?:报|赔)(?:销)?(?:点|些)?(?:不|吗|嘛|么|没)|(?:能不能|可不可以|能否)(?:再)?(?:报|赔)"
                                r"|管不管|报不报|赔不赔|(?:报|赔)得到不")


def _read_once(read: Callable[[str, str | None], Slots]) -> Callable[..., Slots]:
    """`read`, its results kept by (text, expecting) however it is called: lru_cache alone keys
    extract(t), extract(t, None) and extract(t, expecting=None) apart, and the form (which passes
    `expecting=`) and the offer (which does not) read each message afresh."""
    kept = lru_cache(maxsize=256)(read)

    @wraps(read)
    def once(text: str, expecting: str | None = None) -> Slots:
        return kept(text, expecting)
    once.cache_info, once.cache_clear = kept.cache_info, kept.cache_clear
    return once


# a fact said not to be the one meant, beside the one meant ("不是九千 是一万九", "是三级医院 不是二级",
# "不是居民 是职工"): the denied value, up to the next pause or 是 (never "是不是三级", a question)
_REPLACED = re.compile(r"(?<!是)(?:而不是|不是|并非|并不是)(?!说|很|太|特别)([^，,。；;！!？?\s是也不]{1,12})")


_INSTEAD_AFTER = re.compile(r"[\s　，,、]*(?:而|我|俺|他|她|应该|其实|实际上?)?是(?!不)")
_INSTEAD_BEFORE = re.compile(r"(?<![不也])是[^，,。；;！!？?\s是]{1,14}?(?:的|哈|哦|噻|嘛)?[\s　，,、]*(?:而|并)?$")


# "If it weren't for …" ("要不是得了急病 我也不会在成都住院", "若不是突然晕倒"): what follows happened — a
# reason told, never a denial (the 不是 in it is no "不是急诊") — only where the next clause says what would not
# have been (也不会, 才不, 哪个愿意 …): "要不是低保 起付线多少" is a condition, "if not", and denies
_COUNTERFACTUAL = re.compile(r"(?:要不是|若不是)(?=[^，,。；;？?！!]{1,16}?[，,\s　]+[^，,。；;？?！!]{0,8}?"
                             r"(?:不会|不得|不至于|不用|才不|也不|就不|早就|哪个|哪会|谁会|谁愿意|怎么会|咋会))")


def as_counterfactual_told(text: str) -> str:
    """`text` with each counterfactual "要不是" read as the reason it tells (就因为: same length, spans hold)."""
    return _COUNTERFACTUAL.sub("就因为", text) if "不是" in text else text


def without_replaced(text: str) -> str:
    """The text with each fact it says is not the one meant blanked (same length, so the spans of
    what is read stay right) — only where the message says another fact of the same kind, which
    replaces it; "不是急诊" or "不是低保" alone are facts of their own and stay. A counterfactual's
    不是 ("要不是得了急病") denies nothing: read as the reason it tells."""
    text = as_counterfactual_told(text)
    if "是" not in text or not _REPLACED.search(text):
        return text
    out = text
    for m in _REPLACED.finditer(text):
        rest = out[:m.start()] + "　" * (m.end() - m.start()) + out[m.end():]
        # the fact meant said right beside it, "不是X 是Y" or "是Y 不是X" — not a 是 elsewhere in a
        # story ("不是急诊也没得转诊，办的是临时备案": the denial is a fact of its own)
        if not (_INSTEAD_AFTER.match(text, m.end()) or _INSTEAD_BEFORE.search(text[:m.start()])):
            continue            # ("不是低保也不是特困": every one denied, none said instead)
        denied = {k for k in _read(m.group(1)).values if not k.startswith("_")}
        kept = {k for k in _read(rest).values if not k.startswith("_")}
        if denied & kept & _REPLACEABLE:
            out = rest
    return out


# the facts a correction says one of instead of another
_REPLACEABLE = frozenset({"amount", "tier", "grade", "level", "insurance", "category", "kind", "gap_years",
                          "filing", "diseases", "retired", "pregnancy"})


# a complication said not to be there ("莫得并发症", "没有啥并发症", "无并发症"): a diabetes told so is the
# handbook's 轻症 one (巴中 第四章十九问: 两病), as search words
NO_COMPLICATION = re.compile(r"(?:没|没有|莫得|没得|无|不带|不伴)(?:啥|什么|啥子|任何)?(?:的)?并发症")
MILD_DIABETES = "轻症糖尿病"


@_read_once
def extract(text: str, expecting: str | None = None) -> Slots:
    """All slots in one message. `expecting` is the slot the bot just asked for, so a bare
    "3" can be read as that (三 years, 3 months …). One message is read by several parts (the
    form, the premise check, the offer): the result is cached, and callers only read it."""
    text = without_replaced(text.strip())
    return _read(text, expecting)


@lru_cache(maxsize=256)
def filing_in(text: str) -> str | None:
    """`extract(text).get("filing")`, reading the filing alone: `filing_of` is the one reader that
    sets it (without an `expecting`), and it reads nothing the readers before it found — so a
    caller that needs only the filing of a text read nowhere else (each reading `bot.engine` tries
    for a question) skips the other twenty readers. Kept in step by tests/test_filing_alone.py."""
    out = Slots()
    filing_of(_DIALECT_NOT_RE.sub("没", without_replaced(text.strip()).strip()), out)
    return out.get("filing")


@lru_cache(maxsize=256)
def category_in(text: str) -> str | None:
    """`extract(text).get("category")`, reading the group alone: `category_of` is the one reader that
    sets it (with no `expecting`), on the text every reader gets — so a caller that needs only the
    asker's group of a text (a page's hardship group weighed against the message's) skips the other
    twenty readers. Kept in step by tests/test_perf37_category_alone.py."""
    out = Slots()
    category_of(_DIALECT_NOT_RE.sub("没", without_replaced(text.strip()).strip()), out)
    return out.get("category")


def scheme_read(text: str) -> Slots:
    """What `extract(text)` finds of the scheme alone — its "insurance" slot and the conflict note of
    two schemes said (the other slots and notes it may hold besides are no caller's to read):
    `insurance_of`, the first reader, sets both, and only the maternity fee's rule of `extras_of`
    (where no scheme was said) and a 个人账户 paying others' 居民 fee (`account_pays_for_of`: theirs, no
    conflict) set the scheme after it. So a caller that needs only the scheme of a
    text read nowhere else (each clause of a message, each of its questions) skips the other twenty
    readers. Kept in step by tests/test_scheme_alone.py. The reading is kept (`_scheme_read`), and
    each caller gets a copy of its own: one that adds a note or a slot changes no later caller's."""
    return _scheme_read(text).copy()


@lru_cache(maxsize=256)
def _scheme_read(text: str) -> Slots:
    out = Slots()
    text = _DIALECT_NOT_RE.sub("没", without_replaced(text.strip()).strip())
    insurance_of(text, out)
    _maternity_fee_of(text, out)
    if _account_paying_for(text):
        _fee_of_the_paid_for(out)
    return out


def insurance_in(text: str) -> str | None:
    """`extract(text).get("insurance")`, read alone (`scheme_read`; the kept reading itself, only read)."""
    return _scheme_read(text).get("insurance")


# a birth said of the asker's wife ("老婆生孩子", "媳妇要剖腹产", "爱人生二胎"), the asker the one in 职工医保
# and no scheme said of her: her own scheme decides (职工 生育保险 is the insured woman's; a 居民 wife has
# the 居民 rule, and where the region has one, the 职工 spouse's 补差) — asked, never the asker's taken for hers
_WIFE = r"老婆|妻子|媳妇儿?|爱人|婆娘|堂客|屋头那个|屋里那个"
_WIFES_BIRTH = re.compile(rf"(?:{_WIFE})[^，。,；;？?我俺]{{0,6}}?(?:生娃|生孩子|生小孩|生宝宝|生了|生二胎|生三胎|要生|"
                          r"顺产|剖腹产|剖宫产|剖了|难产|分娩|坐月子|产检|怀孕|怀了|流产|引产)")
# ... her scheme said ("老婆是合疗", "媳妇也在单位上班", "爱人没交职工", "她交的居民"): not unknown
_WIFES_SCHEME = re.compile(rf"(?:(?:{_WIFE})|她)[^，。,；;？?我俺]{{0,8}}?(?:职工|居民|城乡|合疗|新农合|农合|单位|上班|"
                           r"灵活就业|生育(?:保险|险))")


# ... the 职工 said of the asker ("我是职工", "我在单位上班交的"), not a scheme said bare ("巴中职工医保，我老婆
# 生双胞胎": the case's scheme, hers)
_OWN_STAFF_SAID = re.compile(rf"(?:我|俺|本人)(?!{_WIFE}|家|们|屋)(?:自己)?[^，。,；;他她]{{0,8}}?(?:职工|单位|上班|厂里|公司)")


def wife_birth_of(text: str, out: Slots) -> None:
    if out.get("insurance") == "职工" and not out.get("spouse_insurance") and not out.get("spouse_husband") \
            and _OWN_STAFF_SAID.search(text) and _WIFES_BIRTH.search(text) and not _WIFES_SCHEME.search(text):
        out.set("_wife_birth", True)


def _read(text: str, expecting: str | None = None) -> Slots:
    out = Slots()
    text = _DIALECT_NOT_RE.sub("没", text.strip())
    insurance_of(text, out)
    wife_birth_of(text, out)
    outpatient_before_stay_of(text, out)
    tier_of(text, out)
    filing_of(text, out)
    if _PEDIATRIC.search(text) and (out.values.get("emergency") is False or "门诊" in text):
        # (a mark, not a fact that opens a form: only a visit's row limited to such visits reads it)
        out.set("_pediatric", True)
    category_of(text, out)
    _years_of_said_short(text, out)
    if _PAID_JUST.search(text) and out.get("gap_years") is None and not out.get("gap_said"):
        out.set("paid_just", True)
    cap_reach_of(text, out)
    newborn_of(text, out)
    deductible_paid_of(text, out)
    spent_before_of(text, out)
    premium_of(text, out)
    figure_quoted_of(text, out)
    reading_of(text, out)
    admission_of(text, out)
    delivery_of(text, out)
    drugs_of(text, out)
    months_of(text, out)
    staff_status_of(text, out)
    assistance_stage_of(text, out)
    extras_of(text, out)
    household_of(text, out)
    account_pays_for_of(text, out)
    _ltc_left_out_by_some(text, out)
    _household_unsized_of(text, out)
    study_years_of(text, out)
    diseases_of(text, out)
    money_of(text, out, expecting)
    visits_of(text, out)
    visit_bills_of(text, out, expecting)
    stays_listed_of(text, out)
    year_written_of(text, out)
    later_stay_tier_unsaid(text, out)
    cover_just_begun_of(text, out)
    _answer_to(text, out, expecting)
    return out


# one hospital's tier said of both stays ("两次都在…", "都是在…", "同一家"): the later stay's as well
_BOTH_STAYS_AT = re.compile(r"两(?:次|回|趟)都|都是在|都在|每(?:次|回)都|同一")
# the first of the stays marked before a hospital is named ("一回在卫生院…", "第一次…"): the hospital is that one's
_FIRST_OF_STAYS = re.compile(r"(?:一|第一|头一|上一|前一)(?:次|回|趟)")


def later_stay_tier_unsaid(text: str, out: Slots) -> None:
    """Two stays' bills told, a tier said only before the first ("一次在卫生院花了2000 一次花了5000"): the
    tier is the earlier stay's; the later stay's is not said — asked (its row decides its pay), never
    taken to be the first one's."""
    if out.get("prior_amount") is None or out.get("amount") is None or out.get("transfer") \
            or not out.get("tier") or out.get("tier") != out.get("prior_tier") or _BOTH_STAYS_AT.search(text) \
            or SAME_TIER.search(text):
        return
    mentions = _tier_mentions(text)
    bills = [n for n in find_numbers(text) if n.value is not None and not n.year and not n.age
             and n.value in (out.get("prior_amount"), out.get("amount"))]
    if len(mentions) != 1 or len(bills) < 2 or mentions[0][1] > bills[0].start \
            or any(_compiled(p).search(text, bills[0].end) for p, _ in _LEVEL):
        return
    if re.search(r"(?:两|2|几|二)(?:回|次|趟)", text[mentions[0][1]:bills[0].start]):
        return          # "在三级医院住了两回 第一回…": the tier said of the stays counted, both of them
    if not _FIRST_OF_STAYS.search(text[:mentions[0][1]]) and "住" in text[mentions[0][1]:bills[0].start]:
        return          # the hospital said ahead of both stays ("在县里的二级医院 三月住了院… 十月又住…"): both there
    out.values.pop("tier", None)
    out.values.pop("grade", None)


# several visits counted, each with the same bill ("门诊看了三回，回回200", "在卫生院看了4回 回回花60"):
# each a visit of its own (the region's rule for a later visit's deductible applies to each), their sum
# asked; not one day's visits (SAME_DAY_VISITS: the region's rule may make them one), nor stays
_VISITS_COUNTED = re.compile(r"(?:看|去|跑|就诊|复诊|拿药|开药)(?:了)?(?:[^，。,；;？?\d住]{0,8}?)" + _N + r"\s*(?:次|回|趟)"
                             r"(?!住|院)(?:门诊|病|医院|医生)?")
_EACH_BILL = re.compile(r"(?:每次|每回|每趟|一次)(?:都|大概|差不多|基本)?(?:是|花了?|花费|用了|要|付了?|交了?|自付)?\s*$")
# the visits said to be the year's first ones ("今年之前没去过", "今年去二级医院看过三回": the year's count)
_YEARS_FIRST_VISITS = re.compile(r"(?:之前|以前|此前|前面)(?:都)?(?:没|没有|未|从没)(?:去|看|用|报)过|"
                                 r"(?:今年|本年|这一年|年内)(?:一共|总共|就|只)?(?:在[^，。,；;？?\d]{0,8}?)?(?:看|去|跑)")


def visits_of(text: str, out: Slots) -> None:
    """Visits counted with one bill each ("门诊看了三回，回回200"): `visits` the count, `amount` each
    visit's bill; `visits_first` where they are said to be the year's first."""
    at = out.get("amount_at")
    # (the count said nearest before the bill: "今年已经看过一次门诊了 这回又看了两次 每次都花了100" counts
    # the two with the bill, not the earlier one told first)
    counts = list(_VISITS_COUNTED.finditer(text))
    before = [c for c in counts if at is not None and c.end() <= at]
    m = before[-1] if before else (counts[0] if counts else None)
    if not m or at is None or "住" in text or out.get("same_day") or SAME_DAY_VISITS.search(text) \
            or out.get("amount_parts") or out.get("amount_monthly"):
        return
    n = _n(m.group(1))
    each = _EACH_BILL.search(text[max(0, at - 8):at])
    if n < 2 or n > 12 or not each:
        return
    out.set("visits", n, m.span())
    if not re.search(r"门诊", text):
        out.set("visits_care_unsaid", True)     # ("看了3次病": visits read from the count, said so)
    if out.get("prior_tier") == out.get("tier"):
        out.values.pop("prior_tier", None)      # ("每次都": the visits' hospital, no earlier stay's)
    if _YEARS_FIRST_VISITS.search(text):
        out.set("visits_first", True)


# several outpatient visits told each with its own bill ("看了两回门诊 一回60一回90", "看了三次 分别120 220 70",
# "第一次门诊50 后来又去看了150", "先在药店刷了500 后来又在三级医院看门诊600", "门特春天花了5000 秋天又花了3000 一共
# 报多少"): a visit each — its own deductible by the region's rule (a yearly one taken once, a visit's one for each,
# halved after the year's first where the plan says so), the yearly limit on their sum — never one bill of their sum
# nor only the last. Not one day's visits (SAME_DAY_VISITS: the region's rule may make them one), nor stays.
_VISIT_WORD = re.compile(r"门诊|门特|特病|门慢|慢病|慢性病|看病|复诊|就诊|开药|拿药|药店|药房")
# the bill of one visit named as such ("一回60", "第二次120", "另一回90", "后来又…150")
_ONE_VISIT_BEFORE = re.compile(r"(?:第" + _N + r"|一|另一|头一|后一|这一|上一)(?:次|回|趟)[^，。,；;？?！!\d]{0,8}$")
# (a sum paid in that month, "3月交了400", is a fee, no bill of care)
_MONTH_BEFORE = re.compile(r"(?<!\d)(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?:里|的时候)?"
                           r"(?:又|再)?(?:花了?|用了?|看了?|开了?|拿了?|是)?[^，。,；;？?！!\d月交缴存扣]{0,4}$")
_ANOTHER_VISIT_BEFORE = re.compile(r"(?:又|再|后来|然后|接着)[^，。,；;？?！!\d]{0,14}$")
# (the care's own word before the count too: "门诊三次 分别…", "门特两回 各…")
_VISITS_TOLD = re.compile(r"(?:看|去|跑|就诊|复诊|门诊|门特|特病)(?:了|过)?[^，。,；;？?\d住]{0,10}?" + _N
                          + r"\s*(?:次|回|趟)(?!住|院)")
_SUM_ASKED = re.compile(r"一共|总共|合计|加起来|加一起|(?:两|三|几|[23])(?:次|回|趟)(?:一共|总共|合计|加起来)?(?:能|可以)?报")


def _bills_where_said(text: str, bills: list) -> list | None:
    """Each bill where it is said: the first figure of its value after the one before (None where one is not found)."""
    found, at = [], 0
    for bill in bills:
        a = next((a for a in find_numbers(text) if a.start >= at and a.value == bill), None)
        if a is None:
            return None
        found.append(a)
        at = a.end
    return found


def _visit_of_first_bill(text: str, out: Slots, bills: list) -> None:
    """`visit` (which visit of the year the case's is) read of the first bill: the later bills' own marks
    ("后来又去看了一次…120", "第二回90") say those are later visits, which the bills' order already says
    — read as the first bill's count they made the year's first visit a second (its deductible halved).
    An ordinal before a later bill counts back to the first; another mark is no count of it."""
    if int(out.get("visit") or 1) < 2:
        return
    found = _bills_where_said(text, bills)
    if found is None:
        return
    first = found[0].start
    cues = [m.start() for r in (_NTH_TIME, _NOT_THE_FIRST, _EARLIER_VISITS, _ANOTHER_STAY) for m in r.finditer(text)]
    if any(c < first for c in cues):
        return                        # "今年第二次去…花了30 后来又…": said of the first bill
    for i, a in enumerate(found[1:], 1):
        m = _NTH_TIME.search(text, found[i - 1].end, a.start)
        if m:
            out.values["visit"] = max(1, _n(m.group(1)) - i)
            return
    out.values.pop("visit", None)


# a later bill said to be the year's first visit ("三级普通门诊看了一回250 后来一级医院头回看门诊80"): the
# visits before it are none the year counts where the fund paid them nothing (calculators.outpatient decides)
_FIRST_VISIT_SAID = re.compile(r"(?:第一|头一|第1)(?:次|回|趟)")
_NEXT_VISIT_OPENS = re.compile(r"后来|然后|接着|之后|另外|又|再")


def _later_bill_said_first(text: str, out: Slots, bills: list) -> None:
    found = _bills_where_said(text, bills)
    if found is None:
        return
    if _FIRST_VISIT_SAID.search(text, 0, found[0].start) or _NTH_TIME.search(text, 0, found[0].start):
        return
    for i, a in enumerate(found[1:], 1):
        first = _FIRST_VISIT_SAID.search(text, found[i - 1].end, a.start)
        # (said of this bill's visit only where no other visit opens after it: "花了300 第一次看门诊 后来一级
        # 医院花了100" says the first bill's visit was the year's first, not the later one's)
        if first and not _NEXT_VISIT_OPENS.search(text, first.end(), a.start):
            out.values["visit_first_at"] = i
            return


_BILLS_IN_A_ROW = re.compile(r"(?:块钱?|元)?[\s，,、]*(?:和|跟|还有)?[\s，,、]*")


def _visit_tiers_told(text: str, bills: list) -> list[str] | None:
    """Each visit's hospital tier said before its bill ("春天在三级医院花了200 秋天在二级医院又花了700"), in
    the bills' order, where each bill has exactly one and they differ: each bill on its own tier's rate,
    never one tier asked back for both, nor the last one's taken for every visit; else None."""
    said = [a for a in find_numbers(text) if a.value is not None and not a.year and not a.age]
    found, at = [], 0
    for bill in bills:
        a = next((a for a in said if a.start >= at and a.value == bill), None)
        if a is None:
            return None
        found.append(a)
        at = a.end
    told = [[t for _, _, t, _ in _tier_mentions(text[found[i - 1].end if i else 0:a.start])] for i, a in enumerate(found)]
    if all(len(t) == 1 for t in told) and len({t[0] for t in told}) > 1:
        return [t[0] for t in told]
    return None


def visit_bills_of(text: str, out: Slots, expecting: str | None = None) -> None:
    """`visit_bills` (and `visit_tiers`, each visit's tier where two are named): the bills of several
    outpatient (or 门诊特病) visits told one by one, the year's first of them first. (The bills asked for by a
    form, `expecting` the amount, need no word of the visit: "1月花了3000 2月花了2800" answers the 门特 form's
    question, its care already told — each dated by its month.)"""
    answering = expecting == "amount" and not _VISIT_WORD.search(text)
    if "住" in text or not (_VISIT_WORD.search(text) or answering) or out.get("same_day") or SAME_DAY_VISITS.search(text) \
            or out.get("amount_monthly") or out.get("class_costs") or out.get("disease_costs") \
            or out.get("amount") is None:
        return
    tiers: list[str | None] | None = None
    if out.get("spent_before") is not None and _SUM_ASKED.search(text, int(out.get("amount_at") or 0)):
        # an earlier bill of the year, then this one, and the two asked together
        bills = [out.get("spent_before"), out.get("amount")]
        out.values.pop("spent_before", None)
        out.values.pop("spent_before_for", None)
    elif out.get("prior_amount") is not None and out.get("prior_tier"):
        # 先在药店…500 后来又在三级医院…600: read as two stays' bills, but no stay is said
        bills = [out.get("prior_amount"), out.get("amount")]
        tiers = [out.get("prior_tier"), out.get("tier")]
    else:
        asserted = premise.spans(text) + out.not_money
        found = [a for a in find_numbers(text) if _is_money(text, a, None, asserted)]
        # (what the year's care already got back, "今年门诊已经报了500", is no bill of a visit)
        for key in ("used_this_year", "reimbursed"):
            back = next((a for a in found if out.get(key) is not None and a.value == out.get(key)), None)
            if back is not None:
                found.remove(back)
        if len(found) < 2 or any(a.value is None or a.approx or a.vague for a in found):
            return
        told = _VISITS_TOLD.search(text)
        # (the first bill may be told with no mark of its own when each later one is told as another
        # visit: "上半年花了2000 下半年又花了1000")
        again = all(_ANOTHER_VISIT_BEFORE.search(text[found[i - 1].end:a.start]) for i, a in enumerate(found) if i)
        # (each bill said with its own month, "三月花了3000 四月花了2500": a bill of each month's care)
        monthly = all(_MONTH_BEFORE.search(text[found[i - 1].end if i else 0:a.start]) for i, a in enumerate(found))
        each = monthly or all(_ONE_VISIT_BEFORE.search(text[max(0, a.start - 12):a.start]) or (i or again)
                   and (i == 0 or _ANOTHER_VISIT_BEFORE.search(text[found[i - 1].end:a.start]))
                   for i, a in enumerate(found))
        # (or the bills said one after another right after the count, nothing between them but their unit
        # and a pause: "去了两趟门诊 80块 120块" — a list, one bill a visit)
        in_a_row = all(_BILLS_IN_A_ROW.fullmatch(text[found[i - 1].end:a.start]) for i, a in enumerate(found) if i)
        listed = told and _n(told.group(1)) == len(found) and (
            each or in_a_row or re.search(r"分别|各", text[told.end():found[0].start]))
        # (every bill named as a visit of its own, "一回是60 另一回是90": the visits told, however asked)
        named = all(_ONE_VISIT_BEFORE.search(text[max(0, a.start - 12):a.start]) for a in found)
        # (bills each dated by its month are each month's care, however asked: never the first month's alone)
        # (or each asked after them, "昨天看门诊花了80 今天又去拿药花了60 各报多少": each visit's own)
        each_asked = re.search(r"各|分别", text[found[-1].end:])
        if not (each and (told or _SUM_ASKED.search(text) or named or monthly or each_asked) or listed) \
                or answering and not monthly:
            return
        bills = [a.value for a in found]
    if tiers is None:
        tiers = _visit_tiers_told(text, bills)
    _visit_of_first_bill(text, out, bills)
    _later_bill_said_first(text, out, bills)
    for k in ("prior_amount", "prior_tier", "admission", "amount_parts", "visits"):
        out.values.pop(k, None)
    out.values["amount"] = sum(bills, Decimal(0))
    out.set("visit_bills", [str(x) for x in bills])
    if tiers and len(set(tiers)) > 1:
        out.set("visit_tiers", tiers)
        out.set("tier", tiers[-1])
    if _YEARS_FIRST_VISITS.search(text) or re.search(r"(?:今年|本年)(?:的)?第(?:一|1)(?:次|回)", text):
        out.set("visits_first", True)


_YES = re.compile(r"^(?:是|是的|对|对的|嗯|恩|好|好的|可以|行|没错|确认|yes|ok|OK|Y|y)[。！!，,]?$")
_NO = re.compile(r"^(?:不是|否|没有|不对|不|no|No|N|n)[。！!，,]?$")


# cover that may not have begun paying yet when the care was had: a first enrolment or a gap ("刚进单位",
# "断了一年保 今年补交了") — where the region's handbook sets a wait on them (巴中), whether it was over is asked
_COVER_JUST_BEGUN = re.compile(
    r"(?:刚|才)[^，。,；;？?\s]{0,4}?进(?:单位|公司|厂)|(?:刚|才)[^，。,；;？?\s]{0,8}?(?:入职|参加工作)|新入职|新参保|"
    r"(?:初次|首次|第一次)(?:参保|参加(?:医保|职工|居民|合疗))|"
    r"(?:刚刚?|才)(?:开始)?(?:参保|参加|办|上)(?:了|的|上)?"
    r"(?=[^，。,；;？?\s]{0,3}?(?:医保|合疗|社保|职工|居民|保险|农合)|的?\s|的?$)")
# ... or fees paid late, after the window or just now ("五月才交上的合疗", "没赶上缴费期 后来补的"): every
# handbook that has a window waits a late payer (克拉玛依's gives no length), so this is asked wherever one does
_COVER_PAID_LATE = re.compile(
    r"(?:刚刚?|才)(?:开始)?(?:给|帮)?(?:我|俺|咱)?(?:交|缴|买|补交|补缴|补|续上|接上)(?:了|的|上)?"
    r"(?=[^，。,；;？?\s]{0,3}?(?:医保|合疗|社保|职工|居民|保险|农合)|的?\s|的?$)|"
    r"过了(?:集中)?缴费期|(?:没赶上|错过了?|误了)(?:集中)?(?:缴费|交费|参保)期|"
    r"(?:缴费|交费|参保)期(?:都)?(?:过了|过后|以后|之后|结束了?后?)(?:才|再|又)?(?:交|缴|买|补|参保)")
# a gap in cover said with no year ("断了一年保"): its wait may still run — one dated to a past year ("前些年2019年断过")
# has run out long since
_GAP_UNDATED = re.compile(r"(?<![没未不有])断(?:了|过)?(?:[一二两三四五六七八九十几\d]+年)?(?:的)?(?:保|缴|交)")
# the waiting period said over ("等待期已经过了", "交了半年多了") — or asked of, nothing to ask back
# (not asked: "等待期过了没有", "是不是已经过了等待期", "过了等待期吗")
_WAIT_OVER_SAID = re.compile(r"(?<!是不是)(?<!是否)(?<!有没有)(?<!是不是已经)(?<!是否已经)(?<!是不是早)(?:等待期(?:已经|早就?)?(?:过了|满了|结束了?)|(?:已经|早就?)?过了等待期)"
                             r"(?![没吗么嘛不呢]|\s*(?:没有?|吗|么|嘛|不|呢)|了吗|了没)")
_WAIT_OVER_ANSWER = re.compile(r"^(?:已经|早就?|早)?(?:过了|满了|过啦|满啦|结束了|过|满)|^等待期(?:已经|早就?)?(?:过了|满了|结束了?)")
_WAIT_NOT_OVER_ANSWER = re.compile(r"^(?:还)?(?:没(?:有)?|未)(?:过|满|到)|^还在(?:等待期)?|^在等待期")


def cover_just_begun_of(text: str, out: Slots) -> None:
    """Marks a case whose cover may still be waiting (`_wait_may_run`: "late", fees paid after the window or just
    now; "new", a first enrolment or a gap), or a wait said over (`wait_over`)."""
    if _WAIT_OVER_SAID.search(text):
        out.set("wait_over", True)
    elif _COVER_PAID_LATE.search(text) or out.get("paid_just"):
        # (one question for the cover just paid, whoever reads it: forms.paid_just_asked gives way to it)
        out.set("_wait_may_run", "late")
    elif _COVER_JUST_BEGUN.search(text) or (_GAP_UNDATED.search(text) and not out.get("gap_year")
                                            and not re.search(r"(?:19|20)\d\d\s*年", text)):
        out.set("_wait_may_run", "new")


def _answer_to(text: str, out: Slots, expecting: str | None) -> None:
    """Short replies to the question just asked: 是 / 否, a bare number of years, 一个月 …"""
    t = text.strip()
    if expecting is None:
        return
    if expecting == "wait_over" and "wait_over" not in out.values:
        if _WAIT_NOT_OVER_ANSWER.search(t):
            out.set("wait_over", False)
        elif _WAIT_OVER_ANSWER.search(t):
            out.set("wait_over", True)
    if _YES.match(t):
        out.set("yes", True)
    elif _NO.match(t):
        out.set("yes", False)
    if expecting == "spouse_insurance" and "insurance" in out.values and "spouse_insurance" not in out.values:
        # "她是合疗" to "您爱人参加的是…": the scheme named is the wife's, the asker's own (职工) kept
        out.set("spouse_insurance", out.values.pop("insurance"))
    if expecting == "diabetes_type":
        if out.get("type1") or re.search(r"^\s*(?:[1一Ⅰ]|I)型", t):
            out.set("diabetes_type", "1型")
        elif re.search(r"其他|其它|[2二Ⅱ]型|不是", t):
            out.set("diabetes_type", "其他")
    if expecting == "filing" and "filing" not in out.values and out.get("transfer") \
            and re.fullmatch(r"(?:是|就是|办的是?|办了|属于)?(?:异地)?转诊(?:转院)?(?:备案)?(?:的|了|过)?(?:备案)?[。！!\s]*", t):
        # "转诊" to "在外地住院办了哪种异地就医备案？": the choice offered (a referral's filing), not a move
        # between two stays of the year
        out.values.pop("transfer")
        out.set("filing", "转诊")
    if expecting == "visit" and "visit" not in out.values and out.get("nth"):
        out.set("visit", out.values.pop("nth"))      # "第二次及以后": the visit's count, asked
    if expecting in ("gap_years", "gap_months", "months") and expecting not in out.values:
        r = re.search(r"(?<![\d一二两三四五六七八九十])([一二两三四五六七八九十]{2,4})\s*(?:个多月|个月|年|月)?", t)
        if r and count_range(r.group(1)):
            out.set("count_range", r.group(0).strip())  # 五六年: a range, asked again, never 56
    if expecting == "run_start" and "run_start" not in out.values:
        m = re.search(r"((?:19|20)\d\d)\s*年?", t)
        if m:
            out.set("run_start", int(m.group(1)))       # "从2025年开始算的": the run's first year
    if expecting == "gap_years" and "gap_years" not in out.values:
        m = re.fullmatch(r"\s*" + _N + r"\s*年?\s*", t) or re.search(_N + r"\s*年", t)
        if m and to_int(m.group(1)) is not None:      # 五六年 is no count to compute with
            out.set("gap_years", _n(m.group(1)))
        elif re.search(r"没断|没有断|没有|不断", t):
            out.set("gap_years", 0)
    if expecting == "arrears_months" and "arrears_months" not in out.values:
        m = re.search(_N + r"\s*个?(多)?月", t) or re.fullmatch(r"\s*" + _N + r"\s*()", t)
        if m and to_int(m.group(1)) is not None:
            out.set("arrears_months", _n(m.group(1)) + (1 if m.group(2) else 0))
        elif re.search(r"半年", t):
            out.set("arrears_months", 6)
        else:
            m = re.search(r"([一两二三四五\d])年(半|多)?", t)
            if m and to_int(m.group(1)):
                out.set("arrears_months", 12 * to_int(m.group(1)) + (6 if m.group(2) == "半" else 1 if m.group(2) else 0))
    if expecting == "gap_months" and "gap_months" not in out.values:
        m = re.search(_N + r"\s*个?(多)?月", t) or re.fullmatch(r"\s*" + _N + r"\s*()", t)
        if m and to_int(m.group(1)) is not None:
            out.set("gap_months", _n(m.group(1)))      # 三个多月: over three, said as such (gap_part)
            if m.group(2):
                out.set("gap_part", True)
        elif re.search(r"大半年|半年多|半年", t):
            out.set("gap_months", 6)          # "要是断了半年呢": half a year or more, at least 6 months
        elif (m := re.search(r"([一两二三四五\d])\s*年(半|多)?", t)) and to_int(m.group(1)):
            # "断了一年呢": the months of the years said (半 adds six, 多 says over them)
            out.set("gap_months", 12 * to_int(m.group(1)) + (6 if m.group(2) == "半" else 1 if m.group(2) else 0))
        elif re.search(r"没断|没有断|不断|无缝|接上", t):
            out.set("gap_months", 0)
    if expecting == "people" and "people" not in out.values:
        # "4个", "五口人", "就我们三个" to "家里一共几个人参保？"
        m = re.search(_N + r"\s*(?:个|口|位)?(?:人)?", t)
        if m and to_int(m.group(1)) and 0 < _n(m.group(1)) <= MAX_HOUSEHOLD:
            out.set("people", _n(m.group(1)))
    if expecting == "months" and "months" not in out.values:
        m = re.fullmatch(r"\s*" + _N + r"\s*个?月?\s*", t)
        if m:
            out.set("months", _n(m.group(1)))
    if expecting == "in_window" and "in_window" not in out.values and "yes" in out.values:
        out.set("in_window", out.get("yes"))
    if expecting == "referral" and "referral" not in out.values:
        # "办了" / "没办" to "办了转院（转诊）审批…手续没有？" (or a filing named: its kind is a referral or none)
        if "filing" in out.values:
            out.set("referral", out.get("filing") != "未备案")
        elif _NO.match(t) or re.fullmatch(r"\s*(?:都)?(?:没|没有|未|没去|没得|莫得|冇)(?:办|备案|办理|弄|搞|转)?(?:过|了)?[。！!，,]?\s*", t):
            out.set("referral", False)
        elif _YES.match(t) or re.fullmatch(r"\s*(?:都)?(?:办|办理|弄|搞|备案|转)(?:了|过|好了|过了)[。！!，,]?\s*", t):
            out.set("referral", True)
    if expecting == "filing" and "filing" not in out.values:
        # short answers to "办了哪种异地就医备案": the place was said before
        if _NOT_EMERGENCY.search(t):
            out.set("filing", "未备案")         # "不是急诊" to "是不是急诊抢救": the not-filed rule
        elif EMERGENCY.search(t):
            out.set("filing", "急诊")
        elif re.search(r"长期|常住|定居|安置", t):
            out.set("filing", "长期备案")
        elif re.search(r"转院|转过去|医院转", t):
            out.set("filing", "转诊")
        elif re.search(r"临时", t):
            out.set("filing", "临时备案")
        elif _NO.match(t) or re.fullmatch(r"\s*(?:都)?(?:没|没有|未|没去|没得|莫得|没来得及)(?:办|备案|办理|弄|搞)?(?:过|了)?[。！!，,]?\s*", t):
            out.set("filing", "未备案")
    if expecting == "category" and "category" not in out.values:
        # the answer to "属于哪类人员" said bare ("一般", "普通的", "困难"): the group it names
        m = re.fullmatch(r"\s*(?:我是|是|属于|算)?\s*(一般|普通|困难)(?:的|人员|人|居民)?[。！!，,]?\s*", t)
        if m:
            out.set("category", "一般" if m.group(1) in ("一般", "普通") else "困难")
    if expecting == "grade" and "grade" not in out.values:
        m = re.search(r"甲|乙", t)
        if m:
            out.set("grade", m.group(0))
    if expecting == "babies":
        m = re.fullmatch(r"\s*" + _N + r"\s*个?\s*", t)
        if m:
            out.set("babies", _n(m.group(1)))
    if expecting == "newborn_again" and "newborn_days" not in out.values \
            and not re.search(r"断|停|欠|漏交|没交", t):
        # (not a gap in cover, "那我自己断了3个月再交呢": months of no cover, never the child's age)
        # "要是拖到四个多月才交呢" after a newborn's wait was computed: the child's age when enrolled
        m = re.search(_N + r"\s*(个多?月|天)", t)
        if m:
            n = _n(m.group(1))
            out.set("newborn_days", n if m.group(2) == "天" else n * 30 + (1 if "多" in m.group(2) else 0))
    if expecting == "termination_again":
        # "五个月的呢 做了剖宫术" after a termination was computed: the months are the pregnancy's
        # length, and 剖宫术 (the operation, not 剖宫产's birth) is how that termination was done
        if out.get("kind") == "剖宫产" and not re.search(r"剖腹产|剖宫产|剖产|生", t):
            out.values["kind"] = "终止妊娠"
            out.set("cesarean", True)
        m = re.search(r"(?:不满|不到|满|超过)?\s*" + _N + r"\s*(个多月|个月|周)(?!了)", t)
        if m and not {"pregnancy_months", "pregnancy_weeks"} & set(out.values):
            out.set("pregnancy_weeks" if m.group(2) == "周" else "pregnancy_months", _n(m.group(1)))
            if re.match(r"不满|不到", m.group(0)):
                out.set("pregnancy_under", True)
    if expecting == "pregnancy" and not {"pregnancy_months", "pregnancy_weeks"} & set(out.values):
        m = re.fullmatch(r"\s*" + _N + r"\s*(个多月|个月|周)?\s*", t)
        if m:
            out.set("pregnancy_weeks" if m.group(2) == "周" else "pregnancy_months", _n(m.group(1)))
