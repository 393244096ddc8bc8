"""Which calculation a message asks for, and whether it is a request at all
(“住院花了5000能报多少” is; “住院报销比例是多少” and “住院了去哪里报” are handbook questions)."""
from __future__ import annotations

import re

import regions
from calculators.money import D
from corpus.normalize import without_no_stay
from intents import premise
from intents.numbers import find_numbers
from intents.slots import DEDUCTIBLE_PAID, EXCLUDED, IN_CATALOGUE_BEFORE, LOST_PREGNANCY, PREMIUM_PAID, SAVED_BY, Slots, group_of_another

ASK_AMOUNT = re.compile(r"能报多少|报多少|报销多少|报销好多|报了多少|赔多少|能赔|给报多少|能报销多少|能退多少|报好多|报得到好多|"
                        r"能报好多|赔好多|给好多|给多少|能给|救助多少|救助好多|(?:能|可以|还能)救(?:多少|好多|几多)|补差(?:是|有|能有|能补|能给|给)?(?:多少|好多|几多)|补多少|补好多|"
                        r"自己(?:要)?(?:出|掏|付)(?:多少|好多)|个人(?:要)?(?:出|掏|付)(?:多少|好多)|"
                        r"最后(?:自己)?(?:要)?(?:出|掏|付|花)(?:多少|好多)|能报销?吗.*(?:多少|好多)|报销后|报完|各报|"
                        # a benefit received, said as taking it ("生了娃能拿好多", "一共能领多少"); not medicine
                        # fetched ("能拿多少药")
                        r"(?:能|可以)(?:拿|领)(?:到|回)?(?:多少|好多|几多)(?!\s*(?:药|盒|粒|瓶|片|天|次))")
# the year's cap asked ("一年最多能赔好多", "封顶好多"), not a share of a bill ("花了十几万 最多能报好多"
# may ask how much of it at most)
CAP_ASKED = re.compile(r"(?:一年|每年|年度|全年)[^，。？?\s]{0,4}?(?:最多|最高)|封顶|限额|上限")
LIMIT_WORDS = re.compile(r"最多|最高|限额|封顶|比例|起付|起伏|标准|百分之|门槛|几成")
# ... or for how much less a case pays ("不备案会少报多少", "没转诊降好多"): the rule's reduced rate
# ("居民和职工各报好多": each scheme's rule side by side, like 分别)
# ("门诊特病居民医保报好多 职工呢": one scheme's rule asked, then the other's with 呢 — both, side by side)
# ("分别40和30": the bills of the case said one by one, not a question for each part)
# ("报好多个点": the rate said in points, as 几成 is in tenths)
RATIO_QUESTION = re.compile(r"几成|比例|百分之几|(?:好多|多少|几)个点|分段|怎么报|咋报|咋个报|分别(?!\s*(?:是|为|花了?|花费|交了?)?\s*\d)|各是|各(?:能)?(?:报|赔)(?:销)?(?:多少|好多|几成)|"
                            r"(?:居民|合疗|城乡)[^。]{0,20}?职工(?:医保)?(?:的话?)?(?:又)?呢|"
                            r"职工[^。]{0,20}?(?:城乡居民|居民|合疗)(?:医保)?(?:的话?)?(?:又)?呢|"
                            r"(?:少报|少给|少|降低?|减少?)(?:了)?(?:多少|好多|几成|几个点)")
# whether all of it is paid ("中不中全给报", "能不能全部报销", "是不是全报"): the rule's rate asked, yes or no
# — with no sum spent, the handbook's rate (100% for some groups) answers it
# (or its other side, whether anything is left to pay: "报完自己还要掏钱吗" — a yes/no, no sum asked)
ALL_PAID = re.compile(r"全(?:部|都)?(?:给|能|可以)?(?:报|救助|赔|免)|"
                      r"(?:(?:自己|个人)(?:还)?|还(?:要|得)?(?:自己|个人))(?:要|得|需要)?(?:掏|出|付|花|拿)(?:一分)?钱(?:吗|不|么|嘛|没)")
# who bears a cost ("这个钱哪个出", "该谁承担", "由谁负责"): the handbook's rule on who is liable (the
# employer who did not pay, 第二章 二十四问), not a sum to compute, whatever was spent
WHO_PAYS = re.compile(r"(?:谁|哪个|哪家|哪一方)(?:来|去)?(?:出|掏|付|负担|承担|负责|赔|买单|兜底)")
# "一年能报多少" with no amount asks for the yearly limit: the handbook's rule
# (with an adverb between: "门诊统筹一年又能报多少", "一年总共能报好多")
YEARLY = re.compile(r"(?:一年|每年|年度|每个?月|一个月)(?:又|还|总共|一共|都)?(?:最多)?(?:能|可以)?(?:报|赔)(?:销)?(?:多少|好多)")
HOW_LONG = re.compile(r"多久|好久|几个月|多长|多少天|什么时候|啥时候|哪天")
# an amount that bounds a table's segment ("10万以上的部分"), not money spent
THRESHOLD = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*万?(?:元|块)?\s*(?:以上|以下|以内|之内|的?(?:单次|单日|每次|每天|每日)?(?:限额|封顶)|的?起付|"
                       # ("50元一天的限额", "50元/次/天的限额", "50元的单次限额": a limit per visit or day)
                       r"(?:[每一1/](?:天|次|日|人|月)){1,2}的?(?:限额|封顶|上限)|"
                       # ("5万到10万段", "10万到20万那段", "5万至10万之间": the segment named by its bounds)
                       r"(?:的|那|这)?一?段(?!时间|日子)|之间|区间)")
# a limit per visit or day named before its figure ("以前门诊一天只能报50块 现在还限不限"): the rule asked
# after, no sum spent
PER_VISIT_LIMIT = re.compile(r"(?:[每一](?:天|日|次))(?:只能|只|最多|最高|顶多)(?:报销?|限|给)?\s*"
                             r"(?:\d+|[一二两三四五六七八九十百]+)\s*(?:元|块)")
# the part of a sum above a bound ("超过5万那块", "5万以上的部分"): a band of the rule's table
BAND_ABOVE = re.compile(r"(?:(?:超过|超出|高于)\s*[\d一二两三四五六七八九十]+(?:\.\d+)?\s*万?(?:元|块)?\s*(?:以上)?|"
                        r"[\d一二两三四五六七八九十]+(?:\.\d+)?\s*万?(?:元|块)?\s*以上)的?(?:那块|那部分|部分|那截|那段)")
# a bound asked, its figure the unknown ("自己出多少钱以上才给救", "个人出到多少才算", "多少以上才能报"): the rule's
# threshold, one figure the handbook states — no bill of the asker's to compute, nor a group to ask for first
THRESHOLD_ASKED = re.compile(r"(?:超过|超出|高于|达到|满|过)?(?:多少|好多|几多)(?:钱|块|元)?(?:以上|往上|开外)?(?:的部分)?(?:才|就)(?:有|给|能|可以|算|享受|救|补|报)"
                             r"|(?:超过|超出|高于|达到)(?:多少|好多|几多)(?:钱|块|元)?(?:以上)?(?:的部分)?")


SPENT = re.compile(r"花了|花费|用了|自付了|自费了|总共|一共|费用是|费用为|花掉|自己还要出|还要出|"
                   # "个人合规自付3万": the sum the asker is left with, said with its figure
                   r"(?:自付|自负)(?:的)?(?:合规)?(?:医疗)?(?:费用)?(?:是|有|共)?\s*(?=[\d一二两三四五六七八九十])|"
                   # ("俺今年自己掏的合规费用有三万", "自己掏了两万": paid out of pocket, said the spoken way)
                   r"(?:自己|自个儿?|个人)(?:腰包)?掏(?:了|的|出)?(?:腰包)?(?:的)?(?:合规)?(?:医疗)?(?:费用?|钱)?(?:是|有|共)?\s*(?=[\d一二两三四五六七八九十])|"
                   # ("自个出的合规费用两万八", "个人付的合规费用两万": paid, said with 出 / 付 and the part it is)
                   r"(?:自己|自个儿?|个人)(?:还)?[出付](?:了|的)(?:合规|政策范围内|目录内)(?:的)?(?:部分|那部分|费用?|钱)?(?:是|有|共)?\s*(?=[\d一二两三四五六七八九十])|"
                   # ("还有一次50块的限额": a count of visits, no sum left)
                   # ("还有50元一天的限额不": a limit asked after, no sum left)
                   r"还有\s*(?=[\d一二两三四五六七八九十])(?![\d一二两三四五六七八九十]+(?:次|个|种|项|回|条|张|家))"
                   r"(?![\d一二两三四五六七八九十]+\s*(?:元|块)?\s*(?:[每一1/](?:天|次|日|人|月)){0,2}的?(?:单次|单日|每次|每天|每日)?(?:限额|封顶|上限))|还剩|剩下?\s*(?=[\d一二两三四五六七八九十])")
ABROAD = re.compile(r"国外|境外|海外|出国|国(?:\(|（)境(?:\)|）)外|" + "|".join(map(re.escape, regions.abroad())))
# care another party is liable for (被别个的车撞了, 对方全责, 肇事那边, 被人打伤): the handbook's 不予支付 rule
# for what 第三人 should bear (第一章 六), not a reimbursement computed (a 车祸 of one's own is not said here)
THIRD_PARTY = re.compile(r"(?:被|遭|让|叫)[^，。？?！!\s]{0,6}?撞|对方(?:全责|负全责|主责|负责|有责)|肇事|第三人|第三方(?:的)?(?:责任|负|承担|赔|全责|主责)|"
                         r"(?:被|遭)[^，。？?！!\s]{0,4}?(?:打伤|打了|砍伤|咬伤|推倒|推伤|踢伤)|打架")
# the liable party said gone, unknown or unable to pay (撞人的跑了, 肇事逃逸, 找不到打人的, 赔不起): the
# handbook's 第三人 rule speaks of a party who bears the cost; where none can, the handbook is silent
LIABLE_GONE = re.compile(r"(?:跑|逃|溜|走)(?:掉)?了|逃逸|逃跑|跑路|(?:找|抓|查)不(?:到|着)|没(?:有)?(?:找|抓|查)(?:到|着)|"
                         r"联系不上|不知道(?:是谁|是哪个|对方)|赔不起|没(?:钱|能力)赔|不(?:肯|愿意?)赔|不给赔|拒(?:绝)?赔")
# the fee said unpaid — by an employer or the asker ("公司三个月没给我们交医保了", "单位欠费", "断缴了"):
# whether care is paid at all while it is, which no bill's sum answers
FEE_UNPAID = re.compile(r"(?:没|未|没有|不|停|停了|拖着没)(?:(?:给|帮|替)[^，,。？?！!\s]{0,4}?)?(?:交|缴|缴纳|交纳)(?:医保|社保|保险|保费|费)|"
                        r"欠(?:费|缴|交|了?[\d一二两三四五六七八九十几]+个?月)|断缴|断交|停交|停缴|拖欠")
# a question about the procedure (where, how, what to bring), not about how much
# (啷个: 四川's 怎么, "产检的钱啷个领")
PROCEDURE = re.compile(r"去哪|在哪|哪里|哪儿|找谁|怎么办|怎么弄|咋办|咋整|咋弄|(?:咋个|啷个)(?:弄|办|整|搞)|流程|材料|资料|手续|需要带|要带|要准备|"
                       r"怎么申请|如何申请|(?:怎么|咋个?|啷个|如何|怎样|去哪|在哪)(?:儿|里)?(?:申领|领取?|申报|申请)")
# whether a filing (or a referral) must be made at all ("要不要备案", "需不需要转诊", "用备案不"): a rule asked
FILING_WHETHER = re.compile(r"(?:需不需要|要不要|用不用|需要|必须|得|要)(?:先|去|提前)?(?:办|做)?(?:个|一下)?(?:异地)?(?:就医)?"
                            r"(?:备案|报备|转诊)(?:手续)?(?:吗|不|嘛|没|么|啊|呢)?[？?。!！\s]*$|"
                            r"(?:需不需要|要不要|用不用)(?:先|去|提前)?(?:办|做)?(?:个|一下)?(?:异地)?(?:就医)?(?:备案|报备|转诊)")
# a question for a deadline ("最迟啥时候交资料", "几号之前报"): the handbook's rule
# (and whether it is still met, "现在拿去报还来得及不": the same deadline, asked of today)
DEADLINE = re.compile(r"最迟|最晚|截止|期限|来得及|来不来得及|赶得上|赶不赶得上|(?:什么|啥子?)时候(?:之前|以前)?(?:交|报|去|办|申请|提交)|[几哪]号(?:之前|以前|前)|多久(?:能|可以)?到账|"
                      # (好久 / 几时 is 四川's 什么时候: "回来要在好久之前去报")
                      r"(?:好久|几时|哪天|多久)(?:之前|以前)(?:要|得)?(?:去)?(?:交|报|办|申请|提交)")
# the 生育津贴 (paid by the month's average wage over the leave), and the birth's costs beside it
_ALLOWANCE = re.compile(r"(?:生育)?津贴")
_BIRTH_COSTS = re.compile(r"医疗费|医药费|产前检查|产检|住院")


def _allowance_alone(text: str, s: Slots) -> bool:
    """生育津贴 asked with no birth told nor its costs ("生育津贴能领好多"): no delivery decides it."""
    if not _ALLOWANCE.search(text):
        return False
    rest = _ALLOWANCE.sub(lambda m: " " * len(m.group(0)), text)
    return not (MATERNITY.search(rest) or BIRTH_TOLD.search(rest) or DELIVERY.search(rest) or _BIRTH_COSTS.search(rest)
                or s.get("kind") or s.get("prenatal_only"))
# a question for a list ("门诊慢病有哪些，报多少"): the handbook's table
LISTING = re.compile(r"有哪些|哪些病|什么病|有几种|多少种|几种")
DELIVERY = re.compile(r"顺产|剖腹产|剖宫产|难产")
# how a figure is worked out, in general: the handbook's rule ("断了几年，等待期咋算的")
HOW_COMPUTED = re.compile(r"咋算|怎么算|如何算|怎么计算|咋个算|怎样算|算法")
# money spent said without its figure ("我花了点钱", "自己掏了不少钱"): the asker's own bill all the same
ROUGH_SPENT = re.compile(r"(?:花了|花掉了?|用了|自费了|自己出了|掏了)(?:一?点|一?些|不少|好多|很多|一笔)?钱")
# (想算报销, 算个报销: the asker wants a sum worked out, whatever the words after)
# (四川's 一哈 for 一下: "帮我老汉算哈大病", "算一哈")
COMPUTE = re.compile(r"算一下|(?<![打就总])算一?哈(?!子)|算算|帮我算|[我俺咱]要算|给我算|计算一下|帮忙算|测算|估算|算下|想算|想计算|算一算|算个|(?<!开始)算(?:报销|报账)")
# a question for the rule itself, not for the asker's own figure: a cap ("一年最多总共能报多少") or a
# yes/no ("卡里的钱能给我弟看病用不", "还扣起付线不"); the handbook's rule answers it, whatever the case
RULE_ASKED = re.compile(r"最多|最高|封顶|上限|限额|能不能|可不可以|可以吗|能否|是否|"
                        # whether a charge is right ("收了挂号费 合不合理", "该不该收"): the rule, whatever the sum
                        r"合不合理|合理吗|合理不|该不该|应不应该|"
                        # "一年吃药报好多" with no sum: the year's limit, the rule's
                        r"一年[^，,。？?\d]{0,6}报(?:销)?(?:得到|得了)?(?:多少|好多|几多)|"
                        r"[能可会扣交算用行要][^，,。？?]{0,10}(?:不|吗|没有)[？?。!！]*$")
WAITING = re.compile(r"等待期|等多久|等多长|等好久|要等|得等|需要等|还要等|等(?:上)?(?:\d+|[一两二三四五六七八九十]+)个月|等半年|多久才能|多久能|多久可以|(?:多久|好久)(?:以后|之后)(?:才)?(?:能|可以)|好久才能|好久能|好久可以|什么时候能|什么时候可以|"
                     r"什么时候开始|哪天开始|(?:几|好多|多少)个月(?:才|后|能|可以)?|多长时间|好久才|多久才|"
                     # ("哪天起能报", "啥时候能开始报销": the day asked with 起 / 开始 on either side of 能)
                     # (the month asked the same way: "哪个月开始能用")
                     r"(?:多久|好久|啥时候|啥子时候|几时|哪一?天|什么时候|哪个月)(?:开始|起)(?:看病|就医|住院|拿药)?(?:才)?(?:能|可以)?(?:报|享受|用)|"
                     r"(?:啥时候|啥子时候|几时|哪一?天|哪个月)(?:才)?(?:能|可以)(?:开始)?(?:报|享受|用)|"
                     # "从哪天起住院能报", "几号之后看病可以报": the day from which the care had is paid,
                     # the care named between the day and the paying
                     r"(?:哪一?天|几号|什么时候|啥时候|啥子时候|几时|哪个月)(?:以后|之后|过后|后|起)(?:去)?(?:看病|就医|住院|"
                     r"看门诊|拿药|买药|生病|去医院)?(?:才)?(?:能|可以)(?:报|享受|用)|"
                     # "哪天发生的费用才能报": the day from which the costs had are paid, said of the costs
                     r"(?:哪一?天|什么时候|啥时候|啥子时候|几时|哪个月)(?:以后|之后|后|起)?(?:发生|花|产生)的(?:医药费|医疗费|费用|钱)?(?:才)?(?:能|可以)(?:报|享受)|"
                     # "补缴后从哪天享受": the day the cover holds again, said with 从
                     r"从(?:哪一?天|什么时候|啥时候|几时|哪个月)(?:起|开始)?(?:才)?(?:能|可以)?(?:享受|报|恢复)|"
                     # "交了是不是马上能报", "一交就能用吗": whether the cover holds from the payment on
                     r"(?:马上|立马|立刻|立即|当天|当月|一交)(?:就)?(?:能|可以)(?:报|用|享受)|"
                     r"(?:能|可以)(?:马上|立马|立刻|立即|当月)(?:就)?(?:报|用|享受)|"
                     # "是不是明年一月就能用", "下个月起能报了吧": a day the cover holds from, said to be checked
                     # (or a holiday that names it, "元旦就能用了吧", "过了年就可以报吗")
                     r"(?:明年|今年|后年|下个?月|下半年|年初|年底|元旦|新年|开年|年后|过完年|过了年|过年|春节|正月|[\d一二三四五六七八九十]+月)(?:份|初|底|中旬|下旬|上旬|后|以后|过后)?"
                     r"(?:[\d一二三四五六七八九十]+[号日])?(?:起|开始|以后|之后)?(?:去)?(?:看病|就医|住院|看门诊|拿药)?"
                     r"(?:就|才)?(?:能|可以)(?:报|用|享受)")
WAITING_CONTEXT = re.compile(r"生的|生下来|断保|断缴|断交|断了|断过|停保|停了|停交|没给(?:我)?交|补上|补齐|续交|续缴|续上|没交|没参保|未参保|等待期|新生儿|出生|补缴|补交|参保|交了|缴费|缴了|欠|换成|进厂|"
                             # (cover bought, as 四川 says it: "两年都没买合疗 2027年集中期买了")
                             r"没买|买了|才买|"
                             # (never paid for a child, "从来没给她交过合疗")
                             r"没给[他她]?(?:交|缴|上|买)过?|"
                             # (paid only late: "娃儿都两岁了才去交", "三岁了才上合疗")
                             r"才(?:去|来)?(?:交|缴|参保|上合疗|上医保|上)|"
                             r"初次|第一次参加|第一次[^，。]{0,8}?(?:交|缴|参保|参加|买)|刚进单位|交的|才交|刚[^，。,]{0,8}?入职|刚[^，。,]{0,4}?进(?:公司|厂)")
# a late-enrolled newborn's costs before the payment, asked about ("之前住院的钱能报吗", "出生时花的报得到不"):
# the newborn rule's question (from which day the cover holds)
NEWBORN_BEFORE = re.compile(r"(?:之前|前面|以前|出生时|出生那|生的时候|那段时间|那几个月)[^，。？?]{0,10}?(?:能|可以|报得到|报不报|给报)")
# fees owed on a 职工 account (by the employer or the asker): its own rule, by months owed
STAFF_ARREARS = re.compile(r"欠费|欠缴|欠了|拖欠|欠到|拖着(?:没|不)?(?:交|缴)|欠[^，。,]{0,6}(?:医保|费)"
                           # a 职工's fees stopped for months not counted ("断了几个月莫交", "停了好几个月"):
                           # months unpaid are arrears too (巴中 第二章 二十三问), not a first enrolment
                           r"|(?:断|停)(?:了|缴了?|交了?)?(?:有|快)?(?:几个|好几个|几|好些|一些)月")
# paying back years of a gap, and what it costs (the waiting period it repairs is worked out beside)
# whether the wait can be repaired by paying more ("能不能多交点钱修复", "可以补缴修复不")
REPAIR_ASKED = re.compile(r"(?:能不能|能否|可不可以|可以|能)[^，。？?\s]{0,8}(?:修复|补回来)|(?:修复|补回来)[^，。？?\s]{0,3}(?:得不得|行不行|可以吗|能行吗|吗|不|没)"
                          # (the repair said the spoken way: paying more to make the wait shorter, "多交钱把等的
                          # 时间缩短", "补一年能少等多久" — what a year paid takes off, the handbook's rule)
                          r"|(?:多交|多缴|交钱|缴钱|花钱|补缴|补交|补钱)[^，。？?\s]{0,10}(?:缩短|减少|少等|减掉|短点|短些)"
                          r"|补(?:缴|交)?(?:\d+|[一两二三四五六七八九十几])年[^，。？?\s]{0,4}(?:少等|减少|缩短|能少|可以少|少几)")
REPAIR_COST = re.compile(r"(?:补缴|补交|补齐|补上)[^，。？?]{0,10}(?:多少钱|好多钱|多少|好多|几多|费用)")
# ("第一年交 …住院…能报多少": the year the cover began, background — not 一年交多少)
# what a late payment costs over the standard, asked ("比正常贵多少", "要多花好多")
# (or set against paying on time, "比按时交多多少", "跟正常交比多好多")
def late_payment_said(s) -> bool:
    """Whether the asker tells a fee of the year paid late: after the time set, or in the year it is for
    after a day or in a month said (whether that month is past the region's line is the policy's)."""
    return bool(s.get("paid_late") or (s.get("for_this_year") or s.get("cover_year_month"))
                and (s.get("paid_after") or s.get("paid_month") is not None))


def late_cost_asked(text: str) -> bool:
    """What paying late costs over paying on time, asked ("比按时交多多少", "要多花好多")."""
    return bool(_LATE_COSTS_MORE.search(text))


_LATE_COSTS_MORE = re.compile(r"(?:贵|多交|多缴|多花|多出)(?:了)?(?:多少|好多|几多)|"
                              r"(?:比|跟|和)(?:按时|准时|正常|按期|缴费期内|集中缴费期)[^，。？?]{0,6}?(?:多|贵)(?:了)?(?:多少|好多|几多)")
CONTRIBUTION = re.compile(r"交多少|缴多少|要交多少|要缴多少|交多少钱|缴费多少|保费多少|(?<![第头])一年交|每月交|每个月交|每月缴|每个月缴|"
                          r"个人(?:要)?(?:交|缴)多少|自己交多少|交几百|交好多|缴好多|要交好多|一共多少|一共要交|"
                          # (what paying late costs over the standard, "比正常的多交多少")
                          r"多(?:交|缴)(?:了)?(?:多少|好多|几多)|"
                          r"(?:交|缴)(?:职工|居民|城乡居民)?(?:医保|保费|医保费|合疗)(?:费)?(?:要)?(?:多少|好多|几多)|"
                          r"(?:医保|工资里|个人|每个?月|一个月)[^，,。？?]{0,4}扣(?:我|了|掉|我们)?(?:多少|好多|几)|"
                          # a year's fee paid late, its sum asked ("补交2025年的要多少钱")
                          # (not how long after it, "补交了400 要多少天到账")
                          r"补(?:交|缴)[^，,。？?！!]{0,8}?(?:要|得|需要)(?:交|缴)?(?:多少|好多|几多)(?![天日年月久次个]|时间|工作日)")
# a sum asked with no word of paying in ("一共多少", after a claim asked)
_CLAIMS_SUM = re.compile(r"一共多少")
# the contribution paid in part by 医疗救助 or another fund ("资助参保", "参保资助", "代缴")
SUBSIDISED_COVER = re.compile(r"资助(?:参保|参加|缴费|个人缴费)|(?:参保|缴费)资助|代缴|资助[^，。？?]{0,4}(?:保费|医保费)")
# the deductible by its names (起伏线: as it is often typed)
_DEDUCTIBLE_NAMES = r"起付线|起付标准|起伏线"
# the deductible paid at a hospital ("起付线还要交多少", "门槛费要交好多"): no contribution for cover
DEDUCTIBLE_DUE = re.compile(rf"(?:{_DEDUCTIBLE_NAMES}|门槛费?|起付)[^，。？?]{{0,4}}(?:交|缴)")
# what the asker pays for cover ("医保一共自己掏多少", "合疗要出好多"): said of a household, a contribution
FEE_PAID = re.compile(r"(?:医保|保费|医保费|合疗|居民医保)[^，。？?]{0,8}(?:掏|出|付|交|缴)(?:多少|好多|几多)")
# one sum asked for, however the paying is said ("总共要转多少钱给班长")
_TOTAL_ASKED = re.compile(r"(?:一共|总共|合计|加起来|总的)[^，。？?]{0,6}?(?:多少|好多|几多)")
# what paying in costs, asked with the year or the scheme between ("一家子交今年的新农合得多少钱")
_FEE_SUM_ASKED = re.compile(r"(?:交|缴)[^，。？?]{0,12}?(?:要|得)?(?:多少|好多|几多)(?:钱)?")
# one head's fee asked, the household's size told beside it ("一人交多少 我家四口人"): each head's and all of them
_PER_HEAD_ASKED = re.compile(r"(?:每个?人|一个人|每人|人均)(?:要|得)?(?:交|缴)?(?:多少|好多|几多)(?:钱)?")
# a household's cover asked as one sum ("5个人都交合疗 一共好多钱")
HOUSEHOLD_TOTAL = re.compile(r"(?:交|缴|参保|买)[^。？?]{0,30}(?:一共|总共|合计|加起来)[^，。？?]{0,3}(?:多少|好多|几多)")
MATERNITY = re.compile(r"生孩子|生小孩|生娃|生了(?:个|一个|两个|俩|对)?(?:娃|孩子|小孩|宝宝|儿子|女儿|闺女|双胞胎)|生育|顺产|剖腹产|剖宫产|难产|分娩|双胞胎(?!弟弟|哥哥|姐姐|妹妹|兄弟|姐妹|兄妹|姐弟)|三胞胎|多胞胎|产检|流产|引产|人流|药流(?!程)|终止妊娠|小产|胎停|" + LOST_PREGNANCY)
# a birth told by who was born or who gave birth, before 生了 ("俺家娃生了", "我老婆刚生了") — a birth's case
# unless the child's own cover is what is asked ("儿媳妇刚生了 … 娃儿的医保要在好多天以内交": the newborn's)
# (not an illness had, "孩子生了病", "老婆生了场大病": 生了 of a disease — a ward is none, "生完在病房住了五天")
# (when, said between: "我闺女昨天生了", "儿媳妇上礼拜刚生了"; she, the wife or daughter named before: "她上个月生了")
# (... or about to: "媳妇儿要生了", "老婆快生了" — the birth's costs asked before it, the same rule)
BIRTH_TOLD = re.compile(r"(?:娃娃?|娃儿|孩子|小孩|宝宝|老婆|媳妇儿?|爱人|妻子|闺女|女儿|儿媳妇?儿?|她)"
                        r"(?:昨天|前天|今天|上周|上礼拜|上星期|上个?月|前几天|前两天|这两天|下个?月|月底)?"
                        r"(?:刚刚?|已经|才|快要?|就要|马上就?要?|要)?生(?:了|完了?)"
                        r"(?![^，。？?\s]{0,4}?(?:病(?![房床区历])|癌|瘤|疮))")
_CHILD_COVER = re.compile(r"新生儿|(?:娃娃?|娃儿|孩子|小孩|宝宝|孙孙|孙子|孙女|外孙)[^，。？?\s]{0,2}(?:医保|合疗|保险)|"
                          r"(?:交|缴|参保|上|办)[^，。？?]{0,6}?(?:医保|合疗)|(?:医保|合疗)[^，。？?]{0,8}?(?:交|缴|参保|办理)")
SERIOUS_CAP = re.compile(r"连续|零报销|没报过|没有报过|没用过|(?:一分钱?|一次|一回)(?:医保)?(?:都|也)?没(?:有)?(?:用|报)|(?:没|没有|未)(?:用|拿)?医保报|断保|断缴|断过|没参保|没交|没断|每年都交|年年都交|一直交|一直在交|"
                        # ("如果我一直坚持每年交"): a run of years kept up, said as a resolve
                        r"(?:一直|每年)?坚持(?:每年)?(?:都)?(?:交|缴|参保|参加)")
# the amount is what is left after the funds paid: 救助 only, not the whole chain
# the whole chain asked for: the funds named together, or everything paid ("各种报完自己还出多少")
LAYERS_NAMED = re.compile(r"大病[^，。？?]{0,8}救助|基本[^，。？?]{0,6}大病|医保[、和及与,，]\s*大病")
ALL_FUNDS_DONE = re.compile(r"各种|都报完|全部报完|走完|报完|三重|最后|最终|自己还(?:要)?(?:出|掏|付)|一共还|总共还")
# every fund, for anyone: basic insurance and 大病保险 (and 救助 for those it covers)
EVERY_FUND = re.compile(r"各种|各项|所有|全部报完|都报完|(?:医保|保险)都走完|三重")
# the amount is the bill for the stay, not what is left after the funds
STAY_BILL = re.compile(r"住院[^，。]{0,4}(?:花了|花费|用了|总共|一共|\d|[一二两三四五六七八九十]+万)|(?:花了|花费|用了)[^，。]{0,3}\d")
LEFTOVER = re.compile(r"自付|剩|还有\s*[\d一二两三四五六七八九十]|经过基本医保|"
                      # "目录内自己出的部分", "自己掏的那部分": what the funds left, not the stay's bill
                      r"自己(?:出|掏|付|负担)的(?:那)?部分|个人(?:出|负担)的(?:那)?部分|"
                      # "目录内个人出的那些钱 医疗救助给多少": the in-catalogue part the asker paid, told as money
                      r"目录内(?:自己|个人)(?:出|掏|付|负担)的(?:那)?(?:钱|费用)?")
AFTER_FUNDS = re.compile(r"报了之后|报完|报后|报销后|之后[^，。]{0,4}(?:自己|个人)|经过基本医保|三重|剩|还要出|自付的合规|自付合规|"
                         r"个人自付|自己还要")


# a count of going to a place of care ("第二次去一级医院", "第三回到卫生院")
# a bill of a thousand or more told with a count of going and no care named may well be a stay's: which
# of the two is asked, never a visit assumed (a 3万 bill computed as a visit paid 100 yuan)
STAY_SIZED_FROM = 1000


def _stay_sized(amount) -> bool:
    return amount is not None and D(amount) >= STAY_SIZED_FROM


_NTH_GONE_TO = re.compile(r"第[\d一二两三四五六七八九十]{1,2}(?:次|回|趟)(?:去|到|上)[^，。,；;？?\d]{0,10}?(?:医院|卫生院|社区|诊所|医疗机构)")


# the words of 门诊慢病 as people say them
CHRONIC_WORDS = r"(?:慢病|慢性病|门慢|慢特病)"
# 慢病 said of what the asker does not have ("没到慢病那个标准", "还不够慢病", "没办慢病"; 四川's 莫 / 没得 for
# 没: "又莫到门慢那个标准"): a 两病 case
# for someone on 两病 drugs (calc_kind)
NOT_CHRONIC = re.compile(r"(?:没|不|未|没有|还没|没得|(?<!约)莫得?)(?:到|够|达到|达|满足|办|评上|认定|评|申请|够得上|算)[^，,。？?]{0,4}"
                         + CHRONIC_WORDS + r"|(?:够|达|算|评)不(?:上|到|了)[^，,。？?]{0,4}" + CHRONIC_WORDS + "|"
                         # (said after: 慢病没办, 慢病还没批下来, 慢病标准够不上 — not 慢病办下来不到三个月 or
                         # 慢病的药不算贵, where the asker has it)
                         + CHRONIC_WORDS + r"(?:标准)?(?:还|也|都)?(?:没有?|未)(?:办|批|认定|评|申请|达到|到)|"
                         + CHRONIC_WORDS + r"(?:标准)?(?:还)?(?:不够|够不上|达不到|算不上)")
# on the drugs but "没达到慢病标准": the handbook's definition of 两病 (轻症高血压、糖尿病), not a 门诊慢病 —
# said of anyone, with no disease named (calc_kind), and in a story (intents.message). Narrower than
# NOT_CHRONIC on purpose: it decides 两病 alone — a standard not reached ("够不上办慢病的标准", "够不上慢病"
# of someone on 降压药), not a 慢病 not yet applied for ("还没办慢病").
NOT_CHRONIC_YET = r"(?:(?:没有?|没得|莫得?)达到|达不到|不够|(?:没得?|莫得?)到|够不上|够不到|算不上|评不上)办?(?:门诊)?慢病(?:的?认定)?的?标准"


# a stay told with words inside it (住的院, 住了两天院, 住进县医院, 住了一个多礼拜的院, 住完院): one reading for the
# calculation's stay (calc_kind) and the story's 住院 (intents.message), which had each their own
STAY_SPLIT = r"住(?:了|过|的|完了?|进了?)[^，。,？?住]{0,8}?院"


# said before an amount, it is what is left after basic insurance ("报了以后自己负担的合规费用一共…",
# "自己还出了5万", "合规自付3万"; 北方's 自个儿: "自个儿出的合规费用有4万"), not the bill of the stay
# ("自己合规的掏了2万": the sum's kind said between who paid and the paying — still what the asker paid)
LEFT_BEFORE = re.compile(r"自付|自负|负担|剩|(?:自己|自个儿?)(?:还)?(?:要)?(?:合规的?)?(?:出|掏|付|花)|个人(?:还)?(?:要)?(?:出|掏|付)|"
                         r"报了?(?:以|之)?后|报完|报销(?:了)?(?:以|之)?后|经过基本医保|基本医保[^，。]{0,4}报了|还有")


# the way a bill is paid, said with the asker's own bill: the deductible taken off first ("起付线扣了以后",
# "扣除起付线后"), the rest at the rate ("按比例") — the method, not a question for the rule's figures
BY_THE_RULE = re.compile(rf"(?:{_DEDUCTIBLE_NAMES}|门槛费?)(?:扣了|扣掉|扣除|扣完|减了|减掉|减去)(?:以后|之后|后)?|"
                         rf"(?:扣除|扣掉|扣了|扣完|减去|除去|减掉)(?:{_DEDUCTIBLE_NAMES})(?:以后|之后|后)?|"
                         r"按(?:照)?(?:规定的?)?(?:报销)?比例(?=[^，。？?\s]{0,3}(?:报|赔|算))|"
                         # ("按起付线和比例算能报多少", "按照起付标准跟报销比例来算": both named as the method)
                         rf"按(?:照)?(?:{_DEDUCTIBLE_NAMES})(?:和|跟|加|与|及|、)(?:报销)?比例(?=[^，。？?\s]{{0,3}}(?:报|赔|算))")


# calc_kind's words, compiled once (it reads every question part, several times a message)
# (an operation at a hospital, "在二级医院做了手术", is a stay's bill: 巴中 pays even a 职工's 日间手术
# as one — never asked as an outpatient visit)
_STAY = re.compile(r"住院|住了院|出院|(?:做|动)了?(?:个|一个|一台|一次)?(?:大)?[^，。\s门\d]{0,4}?手术|开了?(?:一)?刀|住[了过的].{0,4}院|住了\d|住了[一二两三四五六七八九十半几]|又住[^，。]{0,6}院|"
                   r"住进[^，。]{0,8}院|(?<![居记])住(?:进|在)?[^，。住\s门\d]{0,6}(?:医院|卫生院|卫生服务中心)|"
                   # 住三甲: the hospital by its grade alone
                   r"(?<![居记])住(?:进|在|了|的)?[^，。住\s门\d]{0,4}?(?:三甲|三乙|二甲|二乙|[一二三]级)|"
                   # 医院住的, and 在…医院(二类收费)住的: the hospital with a word in brackets after it
                   + STAY_SPLIT + r"|(?:医院|卫生院|医疗机构)(?:[(（][^()（）]{0,12}[)）])?[^，。\d]{0,2}住(?![院])|"
                   r"转(?:诊|院)?(?:备案|手续)?(?:到|去|回|往)[^，。]{0,8}(?:医院|卫生院|医疗机构|[一二三]级|[二三]甲|华西|协和|湘雅|附院)")
_OUTPATIENT_OR_CHRONIC = re.compile(r"门诊|慢病|慢特病|特病|门特|两病")
_WHICH_DAY = re.compile(r"哪一?天(?:开始|起)")
# the last day to pay asked ("最晚哪天前交", "几号之前要交", "啥时候之前去交合疗", "交费截止到哪天"): with a
# birthday told, the newborn rule's last day (its days counted from the birth)
_PAY_BY = re.compile(r"(?:最晚|最迟|截止|截至|期限)[^，。？?]{0,8}?(?:交|缴|参保|上|办)|(?:交|缴|参保)[^，。？?]{0,6}?(?:最晚|最迟|截止|截至|期限)|"
                     r"(?:哪一?天|几号|几月几号?|什么时候|啥时候|啥子时候)(?:之前|以前|前)(?:要|得|必须)?(?:去)?(?:交|缴|参保|上|办)")
_COST_ASKED = re.compile(r"(?:交|缴|花|要)(?:多少|好多)|多少钱|好多钱")
_CAP_ASKED = re.compile(r"限额|封顶|最高|最多")
_BASE_ASKED = re.compile(r"基数[^，。？?\d]{0,4}(?:多少|好多|几多)")
# (said as one month's too: "基数7000 一个月好多"; not 一月, which is January: "一月份交多少")
_MONTHLY_ASKED = re.compile(r"(?:每个?|一个)月[^，。？?]{0,6}(?:多少|好多|几多)")
# a party's share of the 职工 fee asked ("单位那部分好多", "个人的一个月几多", "每个月好多")
# (not a sum of care paid to one's self, "自己门诊能报好多": no word of care or paying back between)
_SHARE_ASKED = re.compile(r"(?:单位|公司|个人|自己)(?:那|这)?(?:部分|份|块|头)?的?[^，。？?\d报赔看住诊院药]{0,6}(?:多少|好多|几多)|"
                          r"(?:每个?|一个)月[^，。？?]{0,6}(?:多少|好多|几多)")
# the reward or the cut of 大病保险's cap, named (its bound asked: "连续参保奖励最多能加到好多")
_CAP_REWARD = re.compile(r"奖励|激励|断")
_MATERNITY_FEE = re.compile(r"生育保险费|生育保险.*比例")
_SINGLE_DRUGS = re.compile(r"单行支付|国谈药|谈判药")
# 高值药品 (巴中 第五章 二问): its bill told ("高值药品 一万五 个人要先自付好多") — the share paid first
_HIGH_VALUE_DRUGS = re.compile(r"高值药")
_DEDUCTIBLE = re.compile(_DEDUCTIBLE_NAMES)
_NOT_A_STAY = re.compile(r"门诊|看病|拿药|买药|开药|药店|挂号|急诊|慢病|特病|两病")
_ASSISTANCE_OR_TOTAL = re.compile(r"救助|总共|一共|合计|最后|最终|全部|一路")
_ASSISTANCE_OR_SUM = re.compile(r"救助|总共|一共|合计|最后|最终|加|一起")
_SERIOUS = re.compile(r"大病|大额")
# the year's self-paid sum of stays and 门诊慢特病 together ("住院加门诊慢特病的合规自付一共三万"): what
# 大病保险 is paid on (长治: "年度内累计个人合规自付费用…（含住院、门诊慢特病）"), no one visit's bill
_STAYS_AND_CHRONIC_PAID = re.compile(r"住院(?:费用?)?(?:加上?|和|跟|与|及|以及|连同|还有|、)门诊慢特病[^，,。？?]{0,6}?"
                                     r"(?:合规)?(?:个人)?自付|(?:合规)?(?:个人)?自付[^，,。？?]{0,4}?(?:含|包括)住院[和、及]门诊慢特病")
_OUTPATIENT_SERIOUS = re.compile(r"门诊大病")
# what is paid first, asked ("要先自己掏多少", "先行自付几成")
_PAID_FIRST_ASKED = re.compile(r"先(?:行)?(?:要)?(?:自己|个人)?(?:自付|掏|付|出|垫)[^，,。？?\d]{0,2}(?:多少|好多|几多|几成|百分之几|比例)")
_SPECIAL = re.compile(r"特病|门特|特殊疾病|门诊特殊")
_TWO_DISEASES = re.compile(r"(?<!不是)两病|" + NOT_CHRONIC_YET)
_DRUGS = re.compile(r"降压药|降糖药|药")
_CHRONIC_SAID = re.compile(CHRONIC_WORDS)


def chronic_named(text: str) -> bool:
    """Whether `text` names 门诊慢病 as the asker's own benefit ("糖尿病 在慢病门诊花了…"), not said to fall
    short of it ("没办慢病"): a 高血压 or 糖尿病 case told so is 门诊慢病's, not the 两病's."""
    return bool(_CHRONIC_SAID.search(text or "")) and not NOT_CHRONIC.search(text or "")
_CHRONIC_OR_OUTPATIENT_CHRONIC = re.compile(CHRONIC_WORDS + r"|门诊慢")
_VISIT = re.compile(r"门诊|看病|拿药|吃药|买药|开药|药费|用药|"
                    # a bill by the month ("一个月药费180", "每月花420元"): a 慢病's, paid by its monthly limit — no stay
                    r"(?:每个?月|一个月|月均)[^，。？?]{0,6}?(?:\d|[一二两三四五六七八九十百千]+(?:块|元))|"
                    # ("月290": the month's bill said by its figure right after 月)
                    r"(?<![\d一二两三四五六七八九十正腊个])月\s*\d|"
                    # an outpatient treatment of a 门诊慢特病 disease, named ("尿毒症透析 一万 统筹报多少")
                    r"透析|放疗|化疗")
_OUTPATIENT = re.compile(r"门诊|拿药|买药|开药|挂号|(?<!不是)(?<!非)(?<!不算)(?<!没有)急诊|看儿科|"
                         # a minor ailment seen ("看感冒花了150", "去看了个发烧"): a visit, no stay (a stay says 住院)
                         r"看(?:了|下|一下|个|了个|的)?(?:感冒|发烧|发热|咳嗽|拉肚子|嗓子|喉咙|头疼|头痛)")
# (read by the forms: a stay said in words, or only taken as one)
STAY = _STAY


# a sum told as the whole spent ("我总共花了15万", "一共用了二十万"): the bill before any fund paid
_TOTAL_SPENT = re.compile(r"(?:总共|一共|总计|合计|统共|前后)[^，。,\d]{0,2}(?:花了|花费|用了|花掉)|(?:花了|花费|用了|花掉)(?:总共|一共)")


def stay_bill(text: str, s: Slots, inpatient: bool) -> bool:
    """Is the amount the bill of a stay — 合规费用 at a hospital ("三级医院住院合规10万") — and not
    what the asker still paid after basic insurance? Basic insurance comes first on a bill. (A sum told
    as the whole spent, "一共用了十二万 大病保险报好多", is a bill, hospital said or not: 大病保险 pays
    on what basic insurance left, never on it.)"""
    at = s.get("amount_at")
    if at is None or s.get("insurance") == "职工" or s.get("reimbursed") is not None:
        return False                # "花了10万，医保报了6万": what is left is said (intents.form_rules)
    total = _TOTAL_SPENT.search(text[max(0, at - 10):at]) is not None
    return bool(inpatient or s.get("tier") or total) and not LEFT_BEFORE.search(text[:at]) \
        and not _OUTPATIENT_OR_CHRONIC.search(text)



# the handbook's own text or example asked about ("手册上说张三…", "手册里那个例子")
# the 职工 personal account's money asked to pay someone's care ("个账的钱能给我妈看病不", "账户里的钱可以帮孙子买药吗")
ACCOUNT_USED_FOR = re.compile(r"(?:个人账户|个账|账户)[^，。？?]{0,8}?(?:给|帮|替)[^，。？?\s]{0,6}?"
                              r"(?:看病|看门诊|拿药|买药|开药|抓药|住院|用)")
HANDBOOK_SAYS = re.compile(r"(?:手册|宣传册|小册子)(?:上|里|中)?(?:面)?(?:说|讲|写|举|有个|那个|的)[^，。？?]{0,4}?(?:张三|李四|王五|例子|举例|案例)|"
                           r"(?:手册|宣传册)(?:上|里)?(?:说|讲|写)的?张三")


OWN_CASE_TOO = re.compile(r"(?:那|而|但)?(?:我|俺)(?:也|的|这|报|自己|家)|我们(?:也|的|这)")


# the rule as the asker heard it ("听说低保起付线要低些 比例也高些"), up to the question asked
HEARSAY_RULE = re.compile(r"(?:听说|据说|听人说|听别人说|听别个说|听人家说|说是)[^。？?！!]*?(?=(?:那|那我|我)?(?:能|可以|还能|该)?"
                          r"(?:报|赔|给|补)(?:销)?(?:多少|好多|几多)|[。？?！!]|$)")


# 大病保险 by its spoken name (the lexicon's 二次报销 / 二次报账), for the case's own figures
SECOND_CLAIM = re.compile(r"二次报[销账]")


def _switch_gap_read(s: Slots) -> bool:
    """A switch of scheme, or a 职工's move from elsewhere, with the months without cover read (slots):
    the case of the switch rule's wait is told whatever words said it."""
    return s.get("gap_months") is not None and bool(s.get("switched") or s.get("moved_in"))


# what an account pays asked ("要扣好多", "划走多少", "得花多少"): the fees it pays for
_ACCOUNT_SUM_ASKED = re.compile(r"(?:扣|划|花|用|出|付|交|缴)(?:掉|走|出去)?(?:了)?(?:多少|好多|几多|几百)")


def calc_kind(text: str, s: Slots) -> str | None:
    text = EXCLUDED.sub(lambda m: " " * len(m.group(0)), text)      # (same length: amount_at holds)
    text = without_no_stay(text)        # "不住院 看门诊花了…": no stay's bill (same length)
    text = SAVED_BY.sub("救助", text)
    # "合疗报完自己还垫了8万 二次报销能给好多": 二次报销 is what people call 大病保险 (same length)
    text = SECOND_CLAIM.sub("大病保险", text)
    # "门诊大病" (克拉玛依's name for the diseases whose outpatient care is paid like a stay's) is a
    # disease's outpatient bill, paid by the 门诊慢病 rules first — not 大病保险, which a question
    # names in words of its own ("门诊大病的费用大病保险还报吗"); same length, so amount_at holds
    text = _OUTPATIENT_SERIOUS.sub("门诊慢病", text)
    if s.get("drug_class") and "amount" not in s and _PAID_FIRST_ASKED.search(text):
        # "拿的乙类药 要先自己掏多少": the share a drug class pays first, asked with no bill — the rule's
        # figure (乙类 先行自付 5%), never a visit's bill asked for
        return None
    if (WAITING.search(text) or (s.get("newborn_days") is not None and (_WHICH_DAY.search(text)
                                                                         or NEWBORN_BEFORE.search(text)))
            or (s.get("born_day") and _PAY_BY.search(text))
            # (care in a month asked whether paid after a gap or a payment told, "…12月20号交的 元月份住院能报不":
            # whether that month falls in the wait — no bill told, none to compute)
            or (s.get("_care_month") and "amount" not in s)
            # (... or with a bill, the care before the month paid: whether any of it is paid is the wait's question)
            or (s.get("_care_month") and s.get("paid_month") and s.get("_care_month") < s.get("paid_month")
                and not s.get("_care_year"))) \
            and (WAITING_CONTEXT.search(text) or _switch_gap_read(s)) and not MATERNITY.search(text) \
            and not (s.get("wait_over") and "amount" in s):
        # (not the wait said over with a bill, "等待期早满了 住院花了…报多少": the bill's question, the wait settled)
        # ("2月1号生的 6月10号才交 从哪天起能报": a newborn's days, its rule's question; a switch whose gap the
        # slots read, however the new job was said — "4月15号入职", "进了厂", "去单位上班了")
        if s.get("insurance") == "职工" and s.get("arrears_months") is None and STAFF_ARREARS.search(text) \
                and not s.get("arrears_vague"):
            return None     # "公司欠了好几个月医保费": the handbook's arrears rule, never a first enrolment's wait
        return "waiting_period"
    if s.get("gap_years") and s.get("insurance") != "职工" and (REPAIR_COST.search(text) or (
            (s.get("repair_years") or s.get("repair_all")) and _COST_ASKED.search(text))):
        return "waiting_period"         # "断了2年，补缴1年要多少钱": the repair and what it costs
    if s.get("cap_reach") is not None and "amount" not in s:
        # "要到哪一年大病限额才能到35万": the year a run of years insured takes to raise the cap — the figure
        # is the cap's, never a bill for 大病保险 to pay
        return "serious_cap"
    if "大病" in text and (_CAP_ASKED.search(text) or s.get("_cap_bound")) \
            and (SERIOUS_CAP.search(text) or _CAP_REWARD.search(text) or s.get("gap_years")
                 or s.get("continuous_years") is not None) and "amount" not in s \
            and (s.get("continuous_years") is not None or s.get("zero_claim")
                 or (s.get("gap_years") or 0) > 0 or s.get("gap_said") or s.get("_cap_bound")):
        # (a year of the asker's own told — years insured, a year without claims, a gap said in any
        # words, "断了一年" — or how far the reward or the cut can move the cap ("连续参保奖励最多能加到
        # 好多": the 20% bound, worked out from the policy's figures); not the reward's name alone)
        return "serious_cap"
    # (a birth told by its kind in words MATERNITY leaves, "她是剖的 住院花了4800": the kind the slots read)
    if (MATERNITY.search(text) or s.get("prenatal_only") or (BIRTH_TOLD.search(text) and not _CHILD_COVER.search(text))
            or (s.get("kind") in ("剖宫产", "顺产", "难产") and not _CHILD_COVER.search(text))) \
            and not _MATERNITY_FEE.search(text) and not s.get("maternity_fee") \
            and not _allowance_alone(text, s):
        # (the 产前检查费 of a birth said: "生了孩子 产前检查费补差是好多")
        # (生育津贴 alone, "生育津贴能领好多", no birth told: the month's wage and the leave's days, which no
        # calculator has — the handbook's rule, never the delivery's kind asked)
        return "maternity"
    # a stay, however said: 住三级医院, 住了半个月, 在卫生院住，后来…, 转诊到三级医院 (the handbook's transfers are stays)
    inpatient = _STAY.search(text)
    category = s.get("category")
    if not inpatient and SUBSIDISED_COVER.search(text) and CONTRIBUTION.search(text) and not DEDUCTIBLE_DUE.search(text):
        # "低保 医疗救助资助参保 自己要交好多": 救助 here pays part of the contribution, and what is left
        # to pay for cover is asked — no bill for 医疗救助 to pay
        return "contribution"
    if not inpatient and s.get("state_share") and s.get("insurance") != "职工" and not _OUTPATIENT.search(text) \
            and (len([n for n in find_numbers(text) if n.value and not n.year]) >= 2 or int(s.get("people") or 0) > 1):
        # "每人每年1200 我们学生交400 政府补多少": the state's part of the 居民 筹资 (筹资 − 个人缴费) asked
        # alone, with the figures it is worked from (one fee alone, "我们交的400 政府另外补多少", is the
        # handbook's 财政补助 page where it states one); or for a household counted ("家里5口人 政府一共补好多"):
        # the subsidy per person times them
        return "contribution"
    if not inpatient and s.get("account_for") and (CONTRIBUTION.search(text) or _ACCOUNT_SUM_ASKED.search(text)):
        # "用个账给爸妈交合疗 扣好多": the 居民 fee of those the account pays for, not the account's rule alone
        return "contribution"
    if not inpatient and late_payment_said(s) and _LATE_COSTS_MORE.search(text):
        # "过了6月30号再补交当年的 比正常贵多少": what paying the year's fee late costs over the standard
        return "contribution"
    if _SINGLE_DRUGS.search(text):
        return "single_drugs"
    if _HIGH_VALUE_DRUGS.search(text) and "amount" in s and not inpatient:
        return "high_value_drugs"
    if s.get("account") and not s.get("retired") \
            and (("base" in s and s.get("insurance") in ("职工", None)) or (s.get("insurance") == "职工" and "amount" in s)):
        # "基数5000，个人账户每月划多少": the 在职 share of the asker's own base (a base told with no scheme
        # is a 职工's: only 职工 pay on one, "我缴费基数一个月5000 每个月划好多")
        return "contribution"
    if not inpatient and s.get("min_base_said") and "amount" in s and _BASE_ASKED.search(text):
        # "上年月均3万 如果最低缴费基数是4000 那我的缴费基数按多少算": the wage within the minimum's bounds
        return "contribution"
    if not inpatient and "base" in s and (s.get("large_medical") or s.get("civil_servant")) \
            and (CONTRIBUTION.search(text) or _MONTHLY_ASKED.search(text)):
        # "灵活就业 基数4000 大额补助每月交好多", "公务员医疗补助按基数2%缴 基数6500 每月多少": the fund's
        # fee on the base told, not a bill for the fund to pay
        return "contribution"
    if not inpatient and "base" in s and s.get("insurance") in ("职工", None) and not s.get("account") \
            and _SHARE_ASKED.search(text):
        # "我基数6000 单位那部分一个月好多": the 职工 fee on the asker's own base, one party's share or a
        # month's asked however said (好多, 几多) — the rate's page alone leaves the sum to the asker
        return "contribution"
    at = s.get("amount_at")
    if not inpatient and s.get("tier") and s.get("tier") != "药店" and _DEDUCTIBLE.search(text) \
            and "amount_at" in s and not _NOT_A_STAY.search(text):
        # "二级医院起付线好像是500？合规一万报好多": a hospital's 起付线 with a bill and no outpatient word
        # is a stay's (门诊统筹's 起付线 is the year's, not a hospital's)
        inpatient = _DEDUCTIBLE.search(text)
    if not inpatient and s.get("tier") and s.get("tier") != "药店" and at is not None \
            and IN_CATALOGUE_BEFORE.search(text[max(0, at - 10):at]) and not _NOT_A_STAY.search(text) \
            and not _OUTPATIENT.search(text) and not SERIOUS_CAP.search(text):
        # "二级医院 政策范围内的钱是8千3 能报好多": a hospital's tier and its 合规 bill, no word of a visit —
        # a stay's bill (the form says it took it as one)
        inpatient = IN_CATALOGUE_BEFORE.search(text[max(0, at - 10):at])
    if not inpatient and s.get("tier") and s.get("tier") != "药店" and at is not None and s.get("elsewhere") \
            and (s.get("filed") or s.get("filing") in ("长期备案", "转诊", "临时备案")) \
            and not _NOT_A_STAY.search(text) and not _OUTPATIENT.search(text) and not SERIOUS_CAP.search(text):
        # "在上海的三级医院 已经备案了 花了8万": a hospital's tier elsewhere, its 异地就医 filing done and a bill,
        # no word of a visit — the filing's stay (the form says it took it as one)
        inpatient = True
    if "大额" in text and s.get("insurance") == "职工" and "amount" not in s and not s.get("tier") \
            and not s.get("care") and (s.get("retired") or s.get("age")) and ASK_AMOUNT.search(text):
        # "退休了 大额补助能报好多", no sum and no hospital told, and the group its rates turn on told
        # (退休, 80岁以上): that group's rates are the answer — asking a hospital's level first would lead to
        # a sum the asker never had (with the group unsaid, the form asks as before)
        return None
    if "大额" in text and inpatient and s.get("insurance") != "居民" and s.get("reimbursed") is None \
            and not (at is not None and LEFT_BEFORE.search(text[:at])) \
            and not (RATIO_QUESTION.search(text) and not ASK_AMOUNT.search(text)):
        # "职工住院合规5万，基本医保报了以后大额补助还能报多少": the stay's bill through the 职工 funds
        # (the chain, whose 职工 case is basic insurance and 职工大额医疗费用补助)
        return "chain"
    if inpatient and STAY_BILL.search(text) and not LEFTOVER.search(text) and not s.get("care") and (
            LAYERS_NAMED.search(text) or EVERY_FUND.search(text)
            or (category not in (None, "一般") and ALL_FUNDS_DONE.search(text))):
        return "chain"
    if stay_bill(text, s, bool(inpatient)) and not s.get("care") and (
            "大病" in text or ("救助" in text and category not in (None, "一般"))):
        # "三级医院住院合规10万，基本医保报了后大病保险还能报多少": basic first, then 大病 (and 救助)
        # on what the asker still pays
        return "chain"
    if "救助" in text and (AFTER_FUNDS.search(text) or s.get("after_regular") or s.get("care")):
        return "assistance"
    # "住院加门诊慢病…合规自付一共3万，大病保险…": the amount is what is left, not a stay's bill
    bill = inpatient and not LEFTOVER.search(text) and s.get("reimbursed") is None \
        and not (at is not None and LEFT_BEFORE.search(text[:at]))        # "自己掏了3万": what is left
    if bill and _ASSISTANCE_OR_TOTAL.search(text) and category not in (None, "一般"):
        return "chain"
    if bill and "大病" in text and _ASSISTANCE_OR_SUM.search(text):
        return "chain"
    if "救助" in text:
        return "assistance"
    if "大额" in text and s.get("insurance") == "职工" and RATIO_QUESTION.search(text) \
            and not ASK_AMOUNT.search(text):
        return None         # "大额补助报销比例是多少": the handbook's rates, whatever the bill told
    if s.get("civil_servant") and s.get("insurance") == "职工" and not bill and not _SERIOUS.search(text) \
            and (LEFTOVER.search(text) or AFTER_FUNDS.search(text) or s.get("reimbursed") is not None) \
            and "amount" in s:
        # "职工基本医保报完剩了5000，公务员补助报多少": 公务员医疗补助 on what basic insurance left — the
        # form for a fund after basic insurance (intents.form_rules reads it as 公务员医疗补助's)
        return "serious_illness"
    if _SERIOUS.search(text) or _STAYS_AND_CHRONIC_PAID.search(text):
        return "serious_illness"
    if _SPECIAL.search(text):
        return "special"
    # 两病: named (not "不是两病"), or 高血压/糖尿病 said to fall short of 慢病 ("没办慢病"), or on the
    # drugs with no 慢病 said at all
    if _TWO_DISEASES.search(text) or (s.get("two") and not inpatient and (
            NOT_CHRONIC.search(text) or (_DRUGS.search(text) and not _CHRONIC_SAID.search(text)))):
        return "two_diseases"
    if _CHRONIC_OR_OUTPATIENT_CHRONIC.search(text):
        return "chronic"            # intents.forms moves it to 特病 where the region lists the disease there
    if not inpatient and "diseases" in s and _VISIT.search(text):
        return "chronic"
    # (an emergency said not to be one, "也不是急诊" of a stay elsewhere, is no outpatient visit)
    if not inpatient and s.get("nth") and "amount" in s and _NTH_GONE_TO.search(text) and "住" not in text \
            and not _stay_sized(s.get("amount")):
        # "这是今年第三回去卫生院，又用了60": going to a hospital counted, no stay said — a visit (stays are
        # counted as stays: 第二次住院)
        return "outpatient"
    if not inpatient and s.get("visits") and not _stay_sized(s.get("amount")):
        # "在卫生院看了4回 回回花60": visits counted, each with its bill, no stay said — outpatient
        # visits (a stay is said as one: 住院, 住了)
        return "outpatient"
    if not inpatient and (_OUTPATIENT.search(text) or s.get("same_day")):
        # (one day's visits, "上午下午各看了一次 一个30一个50", are outpatient visits however said)
        return "outpatient"
    if not inpatient and "看病" in text and "amount" not in s:
        # ("看病花了3000": a bill that may be a stay's as well as a visit's — which of the two is asked)
        return "outpatient"
    if inpatient or "amount" in s:
        # "一年交四百那个居民医保 住院5200报好多": the cover named by its price, with a bill told — a
        # fact about the scheme, not a question for the contribution (a 交多少 said beside still is)
        text = PREMIUM_PAID.sub(lambda m: " " * len(m.group(0)), text)
    if inpatient and "amount" in s and ASK_AMOUNT.search(text) and not FEE_PAID.search(text):
        # "住院2000 又住院8000 各报多少 一共多少": the total asked beside a stay's claim is the claims'
        # sum, not a contribution's (same length: amount_at holds)
        text = _CLAIMS_SUM.sub(lambda m: " " * len(m.group(0)), text)
    if (CONTRIBUTION.search(text) and not DEDUCTIBLE_DUE.search(text)) or (s.get("maternity_fee") and not inpatient) \
            or (s.get("household") and not inpatient and FEE_PAID.search(text)) \
            or (s.get("people") and not inpatient and HOUSEHOLD_TOTAL.search(text)) \
            or (s.get("household") and not inpatient and "amount" not in s and _TOTAL_ASKED.search(text)) \
            or (int(s.get("people") or 0) > 1 and s.get("insurance") == "居民" and not inpatient and "amount" not in s
                and _TOTAL_ASKED.search(text)) \
            or (s.get("with_ltc") and s.get("fee_sum") and not inpatient) \
            or (s.get("_household_unsized") and not inpatient and "amount" not in s
                and (HOUSEHOLD_TOTAL.search(text) or _TOTAL_ASKED.search(text) or _FEE_SUM_ASKED.search(text))) \
            or (int(s.get("people") or 0) > 1 and s.get("insurance") == "居民" and not inpatient and "amount" not in s
                and _PER_HEAD_ASKED.search(text)):
        # ("医保再加长护险一起交 总共多少钱": the fee with 长护险 added, its sum asked however the paying is said)
        # ("合疗 一家五口 一人四百 总共好多": a household's 居民 cover counted, its sum asked, no bill told)
        # ("家里交医保总共多少": the household's sum asked, its size unsaid — the form asks how many)
        # ("一个低保 三个普通 四个人都加长护险 总共要转多少钱": a household counted by category, its sum asked)
        # (a household counted by category — "爷爷特困，另外三个普通" — asking what its 医保 costs it,
        # however the paying is said: 自己掏多少, 一共出好多)
        return "contribution"
    # (a hardship said in words of no one group, "他家里困难", widens nothing: the stay is computed, the group
    # that would change the later funds never asked in its place)
    if inpatient and category not in (None, "一般", "困难") and s.get("insurance") != "职工" and ASK_AMOUNT.search(text) \
            and s.get("reimbursed") is None and not LEFTOVER.search(text) and not RATIO_QUESTION.search(text) \
            and not (at is not None and LEFT_BEFORE.search(text[:at])) and not group_of_another(text):
        # (the group said of one person and the stay of another, "我妈是低保 我自己住院", is no subsidised stay)
        # "我是特困人员 在一级医院住院 报好多": what a subsidised group's stay yields goes on past basic
        # insurance (its 大病保险 rule and 医疗救助 are the group's) — the chain, as a stay followed by
        # "俺家是低保户" is (intents.forms._wider); never basic insurance's share alone
        return "chain"
    if inpatient:
        return "inpatient"
    return None


# the claim itself asked, yes or no ("能报不", "报得到不", "能不能报销", "可以报吗")
PLAIN_CLAIM = re.compile(r"(?:能|可以|可)(?:不能|不可以)?报(?:销|账)?(?:不|吗|么|没|嘛)|报(?:销)?得(?:到|了)(?:不|吗|没)|"
                         r"(?:能不能|可不可以)报(?:销|账)?(?![\u4e00-\u9fff])")


# a clause checking a rule in words, with no figure ("起付线减半是吧", "第二次起付线减半对吧")
_RULE_CHECKED = re.compile(r"(?:^|(?<=[\s，。,；;]))[^\s，。,；;！!？?\d]{2,14}(?:是吧|对吧|是不是|对不对|是吗|对吗)(?=[\s，。,；;？?]|$)")


# several diseases said by their count ("两种慢病", "几个慢性病"), and a yes / no asked
_SEVERAL_DISEASES = re.compile(r"(?:两|几|多|三|二)(?:种|个|样)(?:以上|及以上)?的?(?:慢病|慢性病|慢特病|门慢|病)")
_YES_NO = re.compile(r"能不能|可不可以|可以吗|能吗|能否|是否|行不行|行吗")
_DEDUCTIBLE_YES_NO = re.compile(r"起付(?:线|标准)?(?:还|又|再)?(?:要)?(?:扣|算|交|收)(?:不(?:扣|算|交|收)|吗|么|没)")
# ... or how it is taken, asked with the sum ("合规一万零六百 起付线咋个算 报好多"): the calculation shows it
_DEDUCTIBLE_HOW = re.compile(r"起付(?:线|标准)?(?:又|还|要)?(?:咋个?|怎么|怎样|如何|啷个)(?:算|扣|交|收)")


# a bill told as the sum within the catalogue ("合规5000", "目录内的9000", "政策范围内一万")
# ... or as money, the sum said with its unit ("县医院 七千元 怎么报"): the stay's bill, as said after 花了
_MONEY_SAID = re.compile(r"[\d一二两三四五六七八九十百千万](?:块钱?|元)(?![/每])")
_CATALOGUE_SUM = re.compile(r"(?:合规|目录内|政策范围内|医保范围内)(?:的)?(?:费用|医疗费用?)?(?:是|有|共|一共)?\s*[\d一二两三四五六七八九十]")


_EACH_ASKED = re.compile(r"分别(?:能|可以)?(?:报|赔|给|补)(?:销)?(?:多少|好多|几多)?|各(?:能|可以)?(?:报|赔|给|补)(?:销)?(?:多少|好多|几多)")


def is_request(text: str, s: Slots, kind: str) -> bool:
    """Is this a request to compute (or to be asked for the facts to compute), rather than a
    handbook question? "住院花了5000能报多少", "冠心病慢病能报多少" and "帮我算算等待期" are;
    "住院报几成", "缴费标准是多少", "一次50块的限额还有吗", "10万以上的部分报多少" (a segment of a
    table, not money spent) and "住院了去哪里报" (the procedure) are handbook questions."""
    # a deductible said to be paid ("已经扣过100起付线") is the story's fact, not the rule asked about
    text = DEDUCTIBLE_PAID.sub(lambda m: " " * len(m.group(0)), text)
    if "amount" in s:
        # "300块 起付线减半是吧 报多少": a rule checked in words (no figure) in a clause of its own, the
        # bill's sum asked after it — the rule is the story's premise, the bill still computed
        # ("合规的3500 还扣起付线不 能报好多": whether the deductible is taken, or how, asked with the sum — the
        # calculation says it)
        for c in [*_RULE_CHECKED.finditer(text), *_DEDUCTIBLE_YES_NO.finditer(text), *_DEDUCTIBLE_HOW.finditer(text)]:
            if ASK_AMOUNT.search(text[c.end():]):
                text = text[:c.start()] + " " * (c.end() - c.start()) + text[c.end():]
    said = text          # a sum bounding a table's segment ("10万以内报50%对吧") is read as said
    if "amount" in s:
        # "住院合规一万 起付线是500吧 报好多": a figure of the rule asserted beside the asker's own bill
        # is checked (intents.premise), and the bill is still computed — the rule's words do not make it
        # a question for the rule
        for a in premise.asserted(text):
            # (its own clause only: the context may reach back over spaces into the bill's clause)
            own = re.split(r"[\s，。,；;！!？?]", a.context)[-1]
            at = max(0, a.start - len(own))
            text = text[:at] + " " * (a.end - at) + text[a.end:]
        # "合规3千1 起付线扣了按比例能报好多": how the asker's bill is paid (the deductible off, the
        # rest at the rate), said with it — no question for the rate or the deductible
        text = BY_THE_RULE.sub(lambda m: " " * len(m.group(0)), text)
        # "自己还出了1.5万 听说困难的人起付线要低些 比例也高些 能报好多": the rule as heard is the story's
        # background; the asker's own sum is still asked for (up to the question's own words)
        text = HEARSAY_RULE.sub(lambda m: " " * len(m.group(0)), text)
    if COMPUTE.search(text):
        return True
    if "amount" not in s and "amount_unread" not in s and THRESHOLD_ASKED.search(text):
        return False
    if HANDBOOK_SAYS.search(text) and not OWN_CASE_TOO.search(text):
        # "手册上说张三…花了4500 报了好多": the handbook's own worked example, its entry ("我也差不多 …那我
        # 报好多" is the asker's own case, told beside it)
        return False
    named = set(s.get("diseases") or [])
    several = kind == "chronic" and len({d for d in named if not any(d != o and d in o for o in named)}) > 1
    if HOW_COMPUTED.search(text) and (ROUGH_SPENT.search(text) or "amount_unread" in s) and "amount" not in s:
        # "门诊报销怎么算 我花了点钱": how the asker's own bill is paid, its sum not said yet — computed,
        # the sum asked for, not the rule alone
        return True
    if HOW_COMPUTED.search(text) and not any(k in s for k in ("amount", "gap_years", "category")) \
            and not (several and LIMIT_WORDS.search(text)):
        # ("高血压和冠心病两个慢病 限额咋算": the region's rule for several diseases, applied to them)
        return False
    if ACCOUNT_USED_FOR.search(text) and "amount" not in s:
        # ("个人账户的钱能给孙女买药不"): what the 职工 account may pay for, and for whom — the handbook's
        # rule (近亲属), no bill of the relative's to compute; the relative's own scheme said with it is theirs
        return False
    if kind != "contribution" and WHO_PAYS.search(text) and not ASK_AMOUNT.search(text):
        # ("老板没交医保 住院花了一万二 这个钱哪个出": who is liable, the rule's page; a sum asked beside it,
        # "报好多 剩下的谁出", is still computed; the fee's state share, "剩下的谁出", is intents.premise's)
        return False
    if ABROAD.search(text) or THIRD_PARTY.search(text):
        # the calculators assume a 定点医疗机构 at home and no one else liable; care abroad, and what a
        # third party should bear, are the handbook's 不予支付 rule
        return False
    if FILING_WHETHER.search(text) and not ASK_AMOUNT.search(text):
        # ("住院花了一万多 …在本县住院需不需要备案"): whether a filing is needed is the handbook's rule, whatever
        # the bill told with it — no sum is asked
        return False
    if asks_how_or_which(text, s):
        return False
    if kind == "maternity" and len({"顺产" if w == "顺产" else "剖宫产" for w in DELIVERY.findall(text)}) > 1:
        # "顺产报多少，剖腹产呢": a comparison the handbook's table answers, not one case
        # (剖宫产 and 难产 are one kind, as intents.acts groups them: "难产剖宫产花了六千" is one birth)
        return False
    if kind == "maternity" and int(s.get("babies") or 1) > 1 and s.get("kind"):
        # "剖宫产生了三胞胎最多报多少": the handbook's limit with its 多胞胎 step, added up for this birth
        return True
    if kind == "maternity" and s.get("kind") == "终止妊娠" and s.get("cesarean") \
            and (s.get("pregnancy_months") is not None or s.get("pregnancy_weeks") is not None):
        # "怀孕五个月终止妊娠 做的剖宫术 限额好多": the limit with its 剖宫术 step, added up for this case
        return True
    years = any(k in s for k in ("gap_years", "continuous_years", "newborn_days", "born_day", "zero_claim", "paid_month",
                                 "arrears_months", "arrears_vague", "switched", "moved_in")) \
        or (kind == "serious_cap" and ("_cap_bound" in s or "cap_reach" in s))
    if kind == "waiting_period" and s.get("gap_years") is None and "gap_range" not in s and REPAIR_ASKED.search(text):
        # "断了几年保 变动等待期能不能多交点钱修复": whether the wait can be repaired, the gap's length not
        # said — the handbook's rule (第三章 十问: 每多缴 1 年减少 1 个月), with the offer to compute
        return False
    if kind in ("waiting_period", "serious_cap"):
        # the asker's own situation makes it a calculation; "参保后等待期多久" is the handbook's rule
        # (a first enrolment with words between: "我第一次在巴中单位参加职工医保")
        # ("今年交了合疗 哪天开始能用": the asker's own payment, when the cover starts turning on what is not
        # said — whether the last year was covered, and the day paid — asked, not one case's page)
        return years or bool(re.search(r"断保|断缴|断交|断过|断了|没交|没参保|初次|第一次参加|第一次[^，。]{0,8}?(?:交|缴|参保|参加|买)|"
                                       r"(?:今年|刚刚?|已经|我|俺)(?:才)?(?:交|缴)了(?=[^，。？?\s]{0,6}(?:\s|，|$))(?![^，。？?]{0,8}?(?:多少|好多|几多))|"
                                       r"刚进单位|刚[^，。,]{0,8}?入职|刚[^，。,]{0,4}?进(?:公司|厂)|新生儿|出生|错过|才交|才缴|"
                                       r"过了集中|过了缴费", text))
    if kind in ("chronic", "special") and not s.get("diseases") and "amount" not in s and _SEVERAL_DISEASES.search(text) \
            and _YES_NO.search(text):
        # "我有两种慢病 能不能两种都按限额报": the rule for several diseases, yes or no (the handbook's
        # 两种及以上 rule), no disease's limit to ask for
        return False
    if kind in ("chronic", "special") and (YEARLY.search(text) or CAP_ASKED.search(text)) and not RATIO_QUESTION.search(text) \
            and not s.get("diseases") and not s.get("chronic_group") and "amount" not in s:
        # "门诊慢病一年能报好多": each disease has its own limit — which one is asked first (and so when
        # the limit is asked by its name, "门慢一年限额好多", "慢病封顶多少": no page states one for all)
        return True
    named = set(s.get("diseases") or [])
    if kind == "chronic" and len({d for d in named if not any(d != o and d in o for o in named)}) > 1 \
            and "amount" not in s and "amount_unread" not in s \
            and (LIMIT_WORDS.search(text) or YEARLY.search(text) or ASK_AMOUNT.search(text)):
        # "高血压和冠心病两个慢病，一年最多报多少": several diseases' limit is the region's rule applied to
        # the ones named (intents.forms.own_rule), not one disease's entry
        return True
    # "住院合规8000 咋报 能报多少", "合规10万 基本医保、大病保险分别能报好多": the asker's own bill,
    # each sum asked for — not the table's ratios
    # (a birth's or termination's own bill likewise: "医疗费900 产前检查费和医疗费分别给多少")
    if BAND_ABOVE.search(said) and RULE_ASKED.search(said) and not ASK_AMOUNT.search(said) \
            and not COMPUTE.search(text):
        # "花了二十来万 大病保险超过5万那块还能再报吗": whether a band of the table is paid further —
        # the rule answers it (the band's rate), whatever the bill told with it
        return False
    if kind == "contribution" and s.get("study_years") and re.search(r"多少|好多|几多", text):
        # "3年制专科 按学制一次性交 按2026年标准要交好多": the years of study paid at once, its sum asked
        # (the year's 标准 named is what each year costs, not the table asked for)
        return True
    own_bill = kind in ("inpatient", "chain", "maternity") and "amount_at" in s and ASK_AMOUNT.search(text) \
        and not re.search(r"几成|比例|百分之|分段|起付", text)
    # ("高血压两病 一年药费800 咋报": a 门诊 bill of the asker's own, how it is paid asked — its working says how; the
    # table's rate is asked in words of its own, 几成 / 比例)
    # (so are drugs paid on their own, "单行支付药品 每个月两千 咋报": that bill's share, no table to read)
    own_bill = own_bill or (kind in ("two_diseases", "chronic", "special", "outpatient", "single_drugs") and "amount_at" in s
                            and not s.get("amount_approx") and re.search(r"怎么报|咋报|咋个报", text)
                            and not re.search(r"几成|比例|百分之|分段|起付", text))
    # ("住院 目录内6000 咋个报": a stay's bill told as the catalogue's sum, or as money, "七千元", 合规 / 目录内 / 政策范围内, how it is paid
    # asked — the asker's own bill, as "花了6000 咋报" is; the working says how)
    own_bill = own_bill or (kind in ("inpatient", "chain") and "amount_at" in s and not s.get("amount_approx")
                            and re.search(r"怎么报|咋报|咋个报", text)
                            and (_CATALOGUE_SUM.search(text) or _MONEY_SAID.search(text))
                            and not re.search(r"几成|比例|百分之|分段|起付", text))
    # ("大病保险咋个算 合规自付3万 能赔好多", "…分段算能报多少": the fund's own base told with its figure and the sum
    # asked — its working shows the bands and how; a rate or a threshold asked in words of its own is the table's)
    own_bill = own_bill or (kind == "serious_illness" and "amount_at" in s and not s.get("amount_approx")
                            and ASK_AMOUNT.search(text) and not re.search(r"几成|比例|百分之|起付|标准", text)
                            and not THRESHOLD.search(said) and not BAND_ABOVE.search(said))
    # ("高血压药800 糖尿病药1200 各报多少": a sum told for each disease or drug class — each sum's payment
    # is what 各 / 分别 asks, not each rule's ratio; so for each visit's bill, "头回80 二回60 分别报多少")
    ratio_text = _EACH_ASKED.sub(lambda m: " " * len(m.group(0)), text) \
        if len(s.get("disease_costs") or {}) > 1 or len(s.get("class_costs") or {}) > 1 \
        or len(s.get("visit_bills") or []) > 1 else text
    if not SPENT.search(text) and not own_bill and (THRESHOLD.search(said) or PER_VISIT_LIMIT.search(said) or RATIO_QUESTION.search(ratio_text)
                                   or ALL_PAID.search(text)
                                   or ("amount" not in s and (LIMIT_WORDS.search(text) or YEARLY.search(text)))):
        return False
    if kind == "contribution" and s.get("maternity_fee") and not any(k in s for k in ("base", "amount")):
        return False        # "生育保险交好多": the handbook's rate (a share of the base), with no base to apply it to
    if kind == "contribution":
        # "居民医保交多少" is the handbook's table; a category, a household, a wage, the month or a
        # 职工 (flexible) status makes it the asker's case — one case: "低保户交多少，特困呢" is the table
        if "categories" in s and not s.get("household"):
            return False
        # (a month's fee asked with no scheme: the scheme is asked, as only 职工 pay by the month)
        # (a household's sum asked, its size unsaid — "家里交医保总共多少": the size is asked)
        # (paid late with no day said, "过了缴费时间才交": the late standard is the asker's case too)
        # (two groups named, the asker unsure which is theirs, "低保还是特困 记不清了": the case, its group asked)
        return any(k in s for k in ("category", "group_unsure", "amount", "base", "people", "with_ltc", "paid_month", "flexible", "household",
                                    "study_years", "_household_unsized", "paid_late")) \
            or bool(s.get("paid_after") and s.get("for_this_year") and _LATE_COSTS_MORE.search(text)) \
            or (s.get("insurance") in ("职工", None) and bool(re.search(r"每个?月|一个月", text)))
    if ("amount_unread" in s and "amount" not in s or s.get("amount_approx") in ("range", "rough")) and CAP_ASKED.search(text):
        # "花了几十万 大病保险一年最多能赔好多": a sum said only roughly, and the cap asked — the rule (the
        # year's limit) answers it; no exact sum would change that answer (nor for a range or a rough
        # sum, "前后花了八九万 一年最多能报好多": the cap is what is asked, the sum the worry)
        return False
    if kind in ("chronic", "special") and s.get("chronic_group") and not s.get("diseases") and "amount" not in s \
            and "amount_unread" not in s and ASK_AMOUNT.search(text) \
            and not (SPENT.search(text) or YEARLY.search(text) or CAP_ASKED.search(text) or COMPUTE.search(text)):
        # "一类门诊慢性病报多少": how much of a group's chronic care is paid, no disease nor bill told — the
        # group's rate the handbook states (its page), with the offer to compute
        return False
    if ASK_AMOUNT.search(text):
        return True
    # a sum said only roughly ("花了好几千", "卡里有几千块") is a bill to ask the exact sum of where the
    # claim itself is asked ("能报不"); with a question for a rule ("能不能按住院报", "跨省能转不", "有没得
    # 救助") it is the story, and the rule answers
    return "amount" in s or ("amount_unread" in s and PLAIN_CLAIM.search(text) is not None)


# "咋整", "怎么办" said as a clause of its own after a figure asked ("住院报销比例多少 咋整"): how it
# goes, a tag on the question for the rate, not a question for the procedure (nor a word to search:
# 整 cut alone is no entry's word)
_HOW_TAG = re.compile(r"[\s，,。]+(?:那|这)?(?:咋整|咋办|怎么办|怎么整|咋弄|怎么弄|咋个办|啷个办)(?:啊|呀|呢|嘞|哇)?[？?。!！~\s]*$")
# (好多 asks a figure only at a clause's end or before what is paid, "起付线好多", "报好多钱"; in Sichuan
# speech it is as often "many", "断保好多年了 咋办", and then the how is the question)
_FIGURE_ASKED = re.compile(r"多少|几成|百分之几|好多(?:[钱块元]|比例|个点|报|[\s，,。？?]|$)")


# "给俺讲讲咋算出来的", "麻烦讲下怎么算的" said as a clause of its own after a figure asked: the working of that
# figure, which a calculation shows with it — no question of its own
_WORKING_TAG = re.compile(r"[\s，,。]+(?:麻烦|请)?(?:恁|你|您|你们)?(?:给|帮)?(?:俺|我|我们|俺们)?(?:说说|说一下|说下|讲讲|讲一下|讲下|"
                          r"说说看|算算|算一下|写写|列一下|列下)?(?:是)?(?:咋|怎么|怎样|如何|咋个|啷个)(?:算|计算|算出来)(?:的)?"
                          r"(?:啊|呀|呢|嘞|哇|哈|吧)?[？?。!！~\s]*$")


def without_how_tag(text: str) -> str:
    """`text` without a how-tag after a clause asking a rate or a figure ("住院报销比例多少 咋整" →
    "住院报销比例多少", "…分别救助多少 给我说说咋算的" → "…分别救助多少"); as it is otherwise."""
    m = _HOW_TAG.search(text) or _WORKING_TAG.search(text)
    if not m or not (RATIO_QUESTION.search(text[:m.start()]) or _FIGURE_ASKED.search(text[:m.start()])):
        return text
    return text[:m.start()]


def asks_how_or_which(text: str, s: Slots) -> bool:
    """A question for the procedure (where, how, what to bring, by when) or for a list ("有哪些病"),
    not for a figure: the handbook's entry answers it, and no calculation follows from it ("自己垫了
    四万多，回来报销最晚什么时候交？" asks the deadline, whatever was spent)."""
    # (a birthday told with the last day to pay asked: the newborn rule's day, counted — calc_kind)
    procedure = PROCEDURE.search(text) or (DEADLINE.search(text) and not WAITING.search(text)
                                           and not (s.get("born_day") and _PAY_BY.search(text)))
    return bool(procedure and not ASK_AMOUNT.search(text)) or bool(LISTING.search(text) and "amount" not in s)


def states_a_fact(s: Slots) -> bool:
    """Did the asker give a fact of their own (money spent, years without insurance)?"""
    # (a year without claims told, "2026年一分没报", is the asker's own too: 大病's cap reward)
    return any(k in s for k in ("amount", "gap_years", "continuous_years", "zero_claim", "newborn_days", "self_funded",
                                "amount_unread", "paid_month", "arrears_months", "gap_months", "born_day"))

