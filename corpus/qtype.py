"""What a question asks for (时间 / 金额 / 比例 / 材料 / 地点 / 能否 / 流程 / 定义), from its
wording; the same cues on an entry's phrasings say what the entry answers. The ranker compares
the two: "住院押金要交多少" asks an amount, not a list of services."""
from __future__ import annotations

import re
from functools import lru_cache

import regions

# what a thing is, asked ("两病是啥", "大病保险是什么意思", "什么叫家庭共济"): the 定义 type's core, read
# alone where every 哪些 / 区别 of the type would be too wide (bot.engine: the thing a later question asks of)
WHAT_IS = r"什么是|是什么|是啥|什么意思|啥意思|什么叫|啥叫|指什么|指的是"
WHAT_IS_ASKED = re.compile(WHAT_IS)

QTYPES: dict[str, re.Pattern] = {name: re.compile(pattern) for name, pattern in {
    "时间": r"什么时候|啥时候|何时|几时|哪天|多久|多长时间|几个月|几天|截止|期限|时限|时间|日期|等待期|之前|以内|"
            # (when a thing starts counting asked as a choice of days: "是从认定那天算还是从查出病那天算",
            # "从办下来那天就能报还是要等下个月")
            r"从[^，,。？?！!]{0,8}?(?:那天|那日|之日|当天|那个月|当月)[^，,。？?！!]{0,16}?还是",
    "金额": r"多少钱|几块|多少元|交多少|缴多少|报多少|给多少|补多少|救助多少|限额|起付线|封顶|标准是多少|花多少|费用多少|金额|"
            # (the sum paid recalled: "2024年交的是多少来着")
            r"[交缴](?:的是|的|了)(?:多少|好多)(?![年个月天次])|"
            r"多少[哦呢啊嘛呀哈吧噻撒]*$|多少[?？]",
    "比例": r"比例|百分之|几成|几个点|多少%|报多少|报百分|提高多少|降低多少",
    # (what to upload, "要传什么", "上传些啥", "上传哪些": the papers a filing takes, said with the verb alone)
    # (what to take along said with 拿 / 准备 and 东西: "要拿啥子东西去办", "得准备些什么东西")
    "材料": r"材料|资料|证件|证明|带什么|带啥|要带|需要什么|需要啥|要什么|手续|发票|单据|清单|传(?:些|点)?(?:什么|啥)|上传哪些|"
            r"(?:拿|准备)(?:些|点)?(?:什么|啥子?|哪些)(?:东西|证件|证)|拿(?:些|点)?(?:什么|啥子?)(?:东西)?(?:去|来)(?:办|登记|申请|报)",
    "地点": r"哪里|哪儿|在哪|哪个地方|什么地方|地址|哪家|哪些医院|哪个医院|窗口|电话|联系|找谁|去哪",
    "能否": r"能不能|可不可以|能否|可以吗|能吗|行不行|行吗|是否|有没有|会不会|要不要|算不算|能报吗|给报吗|[能可会算]\w{0,6}不[?？]?$|吗[?？]?$",
    "流程": r"怎么|如何|流程|步骤|程序|办理|申请|咋|怎样|操作|方式|途径",
    "定义": WHAT_IS + r"|定义|区别|哪些|包括|范围|有什么用|作用|功能",
}.items()}


# A sum of money asked ("多少钱") and a sum of money stated ("400元", "14万"): an entry whose answer
# states none cannot answer the question, whatever else it shares with it (the rule for 最低缴费基数
# is no figure for it).
# (a fee's sum given, a subsidy's sum: "产前检查费给好多", "补助多少": money, not a rate)
# (what goes into the 医保卡 each month, "每个月进好多钱", is the 个人账户's 划拨, a share of a base: a
# rate answers it)
# (nor is a sum said spent as "a lot", "花了好多钱": told, never asked — intents.message)
_ASKS_MONEY = re.compile(r"(?<![进划打返存])(?<!进来)(?<!进去)(?<![花用掏垫出]了)(?<!花费了)(?<!自费了)(?:多少钱|好多钱|几多钱|几块钱|多少元|好多元|多少块)|"
                         r"(?:费用?|补助|补贴)(?:能|可以)?(?:给|补|发)?(?:多少|好多)(?!比例|%|个点|成|次|天|个月|年)")
# (so does a scheme not in place yet, "巴中市将在2028年实施长期护理保险制度": there is no sum to pay)
# (and so does a sum of nothing said in words, "个人不缴费，由医疗救助资金全额资助": 0 is the sum asked)
_STATES_MONEY = re.compile(r"\d[\d,，.]*\s*(?:元|万|块)|(?:将|拟)在[^。；，]{0,8}?实施|"
                           r"个人不(?:缴费|缴纳|交费|用缴|用交)|免(?:缴|交)(?:个人)?(?:保费|医保费|费用)?|全额资助")


def asks_money(text: str) -> bool:
    return bool(_ASKS_MONEY.search(text))


def states_money(text: str) -> bool:
    return bool(_STATES_MONEY.search(text))


def qtypes(text: str) -> frozenset[str]:
    """The kinds of answer `text` asks for (rewritten text: 啥子 is already 什么)."""
    return frozenset(name for name, pattern in QTYPES.items() if pattern.search(text))


# Other kinds of answer a question asks for that an entry either states or does not, as data: (kind,
# what asks for it, what makes the question another kind (a yes/no on a rate is no rate asked),
# what an answer that gives it says). An entry whose answer says none of it does not answer the
# question, however much else they share: "职工医保单位交百分之几" and a rule with no rate in it,
# "…打哪个电话" and a paragraph with no number, "…要先办啥" and the steps at the counter afterwards.
_PEOPLE = r"配偶|父母|子女|亲属|家属|家人|职工|居民|学生|儿童|老人|人员|对象|患者|孤儿|新生儿|残疾人"
ANSWER_KINDS: tuple[tuple[str, re.Pattern, re.Pattern | None, re.Pattern], ...] = tuple(
    (kind, re.compile(asks), re.compile(unless) if unless else None, re.compile(states))
    for kind, asks, unless, states in (
        ("比例", r"比例|百分之几|百分之多少|几成|几个点|多少个点|多少%",
         r"吗|一样|相同|不同|区别|差别|是否|有没有|能不能|会不会|变|高还是低|哪个高",
         # (a benefit paid as a fixed sum or up to a limit, not a share, answers a rate asked: 生育 定额)
         r"\d\s*[%％]|百分之|百分点|个点|[一二三四五六七八九十\d]成|全额|全部|不予|不报|不能|不纳入|减半|免|除外|"
         r"定额|限额|据实|"
         # (or a rate given as another's: "报销比例与参保地相同", "与市内同等级医疗机构相同")
         r"比例[^。；]{0,12}?(?:相同|一样)"),
        ("电话", r"电话(?:号码|号)?(?:是)?(?:多少|几)|(?:什么|哪个|啥子?|打)电话|号码|热线|联系方式", None,
         r"\d{3,4}-\d{7,8}|\d{5,}"),
        # which department of a hospital asked ("转诊单去哪个科室开", "医院什么科室盖章"): a page on who is
        # responsible (the 定点医疗机构) names no department — the handbooks name none, so staff answer
        # (a government 部门 asked, "哪个部门认定", is the pages' 民政, 农业农村: not this kind)
        ("科室", r"(?:哪个|哪一个|哪|什么|啥子?)科室", None,
         r"科室|医保办|医保科|医务科|医务处|[内外儿妇]科(?!学)"),
        # whether the rate changes ("备案后报销比例会降吗", "比例跟在参保地一样不"): a yes/no on a rate, which
        # the 比例 kind leaves to any answer, is still answered only by one saying the rate or how it
        # compares (a list of papers to upload says neither)
        # (raised asked, "比例能提高好多": by how much, which a page on a group's limit — 不设赔付限额 — never says)
        ("比例变化", r"(?:比例|几成)[^。，,？?]{0,6}?(?:降|减|变|涨|一样|相同|不同|会少|少了|会低|低了|高了|打折|提高|增加|多报|上调)", None,
         r"\d\s*[%％]|百分|[一二三四五六七八九十\d]成|相同|一样|不变|同等|降低|提高|减少|增加|下降|调减|不受|全额|减半|不予|不报"),
        # the most one visit pays ("看门诊每次最多报多少", "单次限额是好多"): a per-visit limit — a page of the
        # year's limit (年度限额900元) answers another question
        ("单次限额", r"(?:单次|每次|[一1]次(?!性)|每回|[一1]回)[^，,。？?]{0,6}?(?:最多|最高|限额|封顶|上限)|(?:最多|最高)[^，,。？?]{0,3}?(?:单次|每次)",
         r"吗|一年|每年|年度|全年", r"单次(?:支付)?(?:最高)?限额|每次(?:最多|最高|限额)|单次最高|元/次|手册未"),
        # how many diseases a list holds ("二类慢病有几种病", "特病一共多少种"): a count (36种); a page on one
        # disease of the list (its monthly limit) names the list, not how many are on it
        # (the count asked as had, "有几种病", "一共多少种": not "那几个病", some diseases told)
        ("病种数", r"(?:有|一共|总共|共计?|包括|包含|分)\s*(?:几|多少|好多)\s*(?:种|个)\s*(?:病|疾病|病种|慢病|慢性病|特病)|(?:病|病种|慢病|慢性病|特病)[^，,。？?]{0,4}?(?:几|多少|好多)\s*种(?=$|[？?吗呢啊嘛哦，,。\s])",
         None, r"\d+\s*种|[一二三四五六七八九十两]+种|[：:；;]\s*\d{1,2}\s*[.．、]"),
        # what is paid back ("门诊能报好多", "一年能报多少"): a rate, a sum or a limit, or that nothing is
        # (a rule that says only what is free of charge, 免缴挂号费, or where to go gives none of it)
        ("报销额", r"报(?:销)?(?:得到|得)?(?:多少|好多|几多)(?!年|个月|月|天|次|回|种|个|项|家)",
         r"吗|一样|相同|不同|区别|差别|是否|有没有|能不能|会不会|比例|百分|几成|几个点|变|降|涨",
         r"\d\s*[%％]|\d[\d,，.]*\s*(?:元|万|块)|百分之|百分点|[一二三四五六七八九十\d]成|全额|全部|不予|不报|不能|"
         r"不纳入|不属于|不在|自费|减半|定额|限额|据实|比例[^。；]{0,12}?(?:相同|一样)|相同|同等|降低|提高"),
        # the most paid back in a year ("一年最多报多少", "封顶多少"): a limit, or that there is none, or the rate
        # of a case a follow-up tells with it ("那外地住院不备案的话": 降低15%) — a page stating only what one
        # pays in (个人缴费标准400元) gives a sum, but none of these
        ("限额", r"(?:一年|1年|每年|年度|最多|最高)[^，,。？?]{0,4}?(?:报|赔|支付|付)(?:销)?(?:得到|得)?(?:多少|好多|几多)(?!年|个月|月|天|次)|"
                 r"封顶(?:线)?(?:是|有)?(?:多少|好多|几多)",
         r"吗|一样|相同|不同|区别|差别|比例|百分|几成|几个点|变|降|涨",
         r"限额|封顶|最高|最多|上限|不超过|累计|不设|不限|据实|全额|不予|不报|不能|定额|手册未|"
         r"\d\s*[%％]|百分|比例|[一二三四五六七八九十\d]成|降低|提高"),
        # whether anything is paid back at all ("吃降压药有没有报销", 四川 "有没得啥子报销"): a page that says
        # what a thing is (the definition of 两病, which the story told word for word) and nothing of paying
        # answers another question
        ("有无报销", r"有没(?:有|得)(?:什么|啥子?)?(?:报销|补助|补贴|待遇)(?!比例|标准|材料|资料|流程|手续|时间|窗口|电话)", None,
         r"报销|报|支付|补助|补贴|待遇|享受|赔|不予|纳入|\d\s*[%％]|限额|手册未"),
        # what one pays ("个人交多少"): a sum, or that one pays nothing
        # (or a share of the wage: 职工 pay a rate)
        # (or that the scheme is not in place yet: "将在2028年实施", nothing to pay)
        ("缴费额", r"[交缴](?:的是|的|了)?(?:多少|好多|几多)(?!年|个月|月|天|次)", r"吗|一样|相同|不同|区别|比例|百分|几个点|几成",
         r"\d[\d,，.]*\s*(?:元|万|块|%|％)|免|不用[交缴]|不[交缴]|全额资助|全额补助|(?:将|拟)在[^。；，]{0,8}?实施"),
        # how many years one must pay ("要缴够多少年才能退休后不交", "医保交满几年", "缴费年限要够几年"): a count of years
        # (a rule that says only "达到规定缴费年限" gives none)
        # (not several years paid at once, "一次交几年", "一次性缴几年", "一起交了几年": whether years may be paid
        # ahead, or what was done — 几 is "a few", no count asked)
        ("年限", r"(?<!次)(?<!次性)(?<!一起)[交缴](?:费)?(?:满|够|足|了)?(?:多少|好多|几)年(?![龄级度])|缴费年限(?:要|是|得|需要|要求)?(?:够|满|达到)?(?:多少|好多|几)",
         r"吗|一样|相同|不同|区别", r"\d+\s*年(?!度)|[一二三四五六七八九十两]+年(?!度)"),
        # who: a list of people (a rule on 近亲属 in general names no one to give to)
        ("哪些人", r"哪些人|什么人|啥人|哪类人|给谁|转给谁|哪些亲属|哪些家人|哪些亲戚|哪些亲人|谁可以|谁能", r"吗",
         # (nor does "为亲属及近亲属代缴": relatives joined to relatives name no one)
         rf"(?:{_PEOPLE})[^。；]{{0,12}}?(?<!亲属)[、及和与或]|(?<!亲属)[、及和与或][^。；]{{0,12}}?(?:{_PEOPLE})"),
        # which office does it ("返贫致贫人口是哪个部门认定的", "谁负责终止"): an answer naming no office,
        # department or place of business (a row of thresholds for those people) answers another question
        # (not who bears a cost, "医药费谁负责", "这个钱谁负责报": who pays, which a page on 第三人 or 工伤
        # answers naming no office)
        ("部门", r"(?:哪个|哪一个|哪些|什么|啥子?|哪)(?:部门|单位|机构)|谁(?:来)?(?:认定|负责|审核|审批|管|发|办|批)",
         r"(?:费|钱)[^，,。？?]{0,4}?谁|谁(?:来)?(?:负责|管)[了着]?(?:出|报|付|赔|掏|给)", r"部门|局|中心|政府|民政|乡镇|街道|村委|社区|学校|校区|单位|窗口|经办|税务|办公室|平台|办事处"),
        # (a yes/no of it, "要先交起付线不", "要先自己垫钱没": whether, which a yes or a no answers — 吗 or the
        # dialect's closing 不 / 没 alike — not which step comes first; "要先办啥子手续不" still asks which)
        ("先办", r"先办|要先|先要|事先|提前办|之前要办|先得",
         r"吗|^(?![^。？?]*(?:啥|什么|哪|怎么|咋|如何))[^。？?]*(?:不|没|没有|没得|莫得)[？?。!！\s]*$", r"先|前|提前|事先|备案|认定"),
        # every tier of a table ("各级医院分别是好多", "每一级报几成"): an answer naming one tier gives one row
        # (or two tiers named and each asked: "一级医院和二级医院 起付线分别多少")
        ("各级", r"各级|各个级别|各等级|每一级|每个级别|每级|不同级别(?:的医院)?分别|"
                 r"(?:一级|二级|三级|乡镇|卫生院)[^，。？?]{0,6}?(?:和|跟|与|及|、)[^，。？?]{0,4}?(?:一级|二级|三级)"
                 r"[^。？?]{0,16}?(?:分别|各是|各自|各报|各多少)", r"吗|一样|相同|区别|差别|哪个|哪级",
         r"(乡镇|卫生院|一级|二级|三级|一类|二类|三类)[^。]{0,80}?(?!\1)(?:乡镇|卫生院|一级|二级|三级|一类|二类|三类)"),
        # whether one must file ("去乌鲁木齐住院要不要先备案", "用不用提前备案"): an answer that says neither
        # that one must nor that one need not, nor what not filing costs (which option to pick on the
        # filing page) answers how, not whether
        ("要否备案", r"(?<![没莫不])(?:要不要|用不用|需不需要|需要|必须|一定要)(?:提前|先|事先|单独|另外)?(?:办理?|去)?备案", None,
         r"需要|无需|不需|不用|不必|应|须|要备案|免备案|视同|直接结算|即时结算|先备案|办理备案|申报备案|降低|不备案|"
         r"未备案|没备案|备案后|备案的|可以备案|可备案|可选|均可|双向|办理对象"),
        # which kind of 备案 ("要办哪种备案", "备案选哪个类型"): an answer naming no kind (how to settle
        # once filed) answers another question
        ("备案类型", r"(?:哪种|哪一种|哪类|哪一类|什么类型|啥类型|哪个类型)的?备案|备案(?:要|该|应该)?(?:选|办|是)?(?:哪种|哪一种|哪类|哪一类|哪个|什么类型|啥类型)",
         None, r"类型|长期[^。；]{0,4}备案|临时[^。；]{0,6}备案|长期居住|异地长期|转诊人员|临时就医|临时外出"),
        # which papers to bring ("备案要带啥材料", "需要准备哪些资料"): an answer that names none (a list
        # of services whose items say 资料初审) answers another question
        ("材料", r"带(?:些|点)?(?:哪些|什么|啥子?)|(?:准备|提交|递交|交|需要|要|拿)(?:些|哪些|什么|啥子?|些啥|点啥)(?:材料|资料|证件|证明|东西)|"
                 r"(?:什么|啥子?|哪些)(?:材料|资料|证件)|(?:材料|资料)(?:有哪些|是什么|是啥|要哪些)|"
                 # (the papers named first, then asked which: "报销材料要啥", "资料需要些什么")
                 r"(?:材料|资料)(?:都|得|要|需要)(?:些|点)?(?:啥子?|什么|哪些)|"
                 # (what to take along to claim: "回来拿啥子去报")
                 r"(?:拿|带)(?:些|点)?(?:什么|啥子?|哪些)(?:东西)?(?:去|来)?(?:报|报销|申报|办|登记)|"
                 # (what to upload, the verb alone: "转诊要传啥", "上传些啥")
                 r"传(?:些|点)?(?:哪些|什么|啥子?)",
         r"吗|来不及|交不上|不齐|没有|丢|补|不够|少了|交到哪|交哪|去哪|在哪",
         r"身份证|证件|证明|发票|清单|户口|复印件|原件|病历|诊断|单据|申请表|医保卡|社保卡|照片|"
         r"材料[：:]|资料[：:]|持|携带|提供|上传|提交|出具|开具|居住证|合同|银行|转诊单|转院单|出院|结算单|手册未列|没有列出"),
        # one scheme taken without another ("只买长护险不买医保可以吗", "能不能不交医保单独交长护险"):
        # whether they may be taken apart, which an answer says only by how they are tied (不得单独,
        # 随医保同步缴费); the other's fee or "自愿选择" answers whether to take the one at all
        ("单独", r"只(?:想|要|是)?(?:买|交|缴|参加|参保|上)[^，,。？?]{0,10}?(?:不|没)(?:买|交|缴|参加|参保|上)|"
                 r"单独(?:买|交|缴|参加|参保|上)[^，,。？?]{0,6}?(?:不|没)(?:买|交|缴|参加|参保|上)|"
                 r"(?:不|没)(?:买|交|缴|参加|参保|上)[^，,。？?]{0,8}?单独(?:买|交|缴|参加|参保|上)", None,
         r"单独|同步|一并|一起|随同|捆绑|只能|不得|不能|必须"),
        # when a claim's money arrives ("申报了好久到账", "交了材料多久能到账"): a time counted from the
        # filing (60个工作日, 次月); an account credited in the month one pays (参保缴费当月计入个人账户)
        # answers when an account is filled, not when a claim is paid
        # (a refund applied for likewise, "退费申请了 好久能到账": when the money comes back, which a rule
        # on whether it may be refunded does not say)
        # (or how long the claim itself takes, "报销要多久", "报账一般要几天": the same time — never "好久才能报销",
        # from when a claim may be made at all, the 起始 kind)
        ("到账", r"(?:申报|报销|申领|报账|申请|退费|退款|退钱|材料|资料|递交|提交|交上去|报上去|递上去)[^。？?！!]{0,10}?(?:多久|好久|多长时间|几天|多少天|几个月|啥时候|什么时候|哪天)"
                 r"[^。？?！!，,]{0,4}?(?:到账|到卡|打钱|打款|到手|下来|拨付|发放)|"
                 r"(?:报销|报账|申报)(?:大概|一般|大约)?(?:要|需要|得)?(?:多久|多长时间|几天|多少天|几个月)(?=$|[？?。!！，,\s啊呀哦嘛呢])",
         r"吗|是不是|没到|还没",
         # (money paid back on the spot, "重新结算，当场结算", is a time of arriving too, as 即时 is)
         r"工作日|[\d一二三四五六七八九十两]+\s*个?(?:日|天|月|周)(?:内|左右|以内)|次月|即时|实时|当场|当即|报销时间"),
        # what a scheme gives ("交了长护险能享受啥待遇", "待遇有哪些"): a benefit paid (a rate, a sum paid
        # out, a service); a page with only its fee (每人每年53元) says what one pays, not what one gets
        ("待遇", r"(?:享受|享有|有|给)(?:些|点)?(?:啥子?|什么|哪些)(?:样的?)?待遇|待遇(?:是|有)(?:啥子?|什么|哪些)", r"吗|一样|相同|不同|区别|差别|变",
         r"报销|支付|赔付|补助|补贴|给付|待遇|享受|比例|\d\s*[%％]|限额|免费|服务|手册未"),
        # where one pays ("在哪儿交", "去哪里缴费"): a channel or place (新疆税务社保缴费, 微信, 村上, 学校);
        # a fee's amount answers how much, not where (papers handed in are the 材料 kind's: "材料交到哪")
        # (so does a scheme one pays nothing for or not apart, "个人不缴费", "随居民医保同步缴费", or that is
        # not in place yet, "将在2028年实施": there is nowhere to pay it)
        ("在哪交", r"(?:在|去|到)?(?:哪儿|哪里|哪个地方|啥地方|什么地方|哪)(?:儿|里)?(?:去|可以|能)?(?:交|缴)(?:钱|费)?(?![^，,。？?]{0,4}?(?:材料|资料|单据|发票|表))",
         r"吗|材料|资料|单据|发票",
         r"税务|微信|支付宝|小程序|(?i:app)|银行|窗口|柜台|大厅|村|社区|(?:学校|校区|单位)(?:统一|组织|代)|"
         r"(?:户籍|学籍|居住|就读|参保|工作|认定|所在)地|在[^。；，]{0,6}?(?:参保|参加|缴纳)|代收|线上|线下|"
         r"缴费渠道|缴费方式|缴费途径|扫码|二维码|网上|手机|点击|登录|登陆|搜索|"
         r"个人不缴费|不[交缴]费|无需[交缴]|不用[交缴]|同步缴费|(?:将|拟)在[^。；，]{0,8}?实施"),
        # from when a benefit runs ("特病批下来 哪天起能报", "交了费什么时候开始能用"): a start (之日起,
        # 次月, a waiting period); a list of the hospitals that certify, which shares the story's words
        # (the hospital, 认定), says none
        ("起始", r"(?:什么时候|啥时候|啥子时候|哪天|哪一天|几时|何时|好久)(?:开始|起)(?:才|就)?(?:可以|能|会)?"
                 r"(?:报|享受|算|生效|用|有待遇)", None,
         r"日起|月起|年起|之日|起享受|起算|起计|次日|次月|当月|当日|当天|等待期|生效|即时|"
         r"[\d一二三四五六七八九十两]+\s*个?(?:日|天|月|号)"),
        # how long a waiting period lasts ("等待期多久", "要等好几个月吗" is a yes/no): a span (3个月, 90天);
        # a page saying only that one is set (按照自治区有关规定执行) gives no length — dates (6月30日) are no span
        ("等多久", r"等待期[^，,。？?]{0,6}?(?:多久|好久|多长|几个月|多少天|几天)|(?:多久|好久|多长时间|几个月)[^，,。？?]{0,3}?等待期",
         r"吗|是不是",
         r"[\d一二三四五六七八九十两半]+\s*(?:个月|个多月|天|周)"),
        # ("ddl前要去实习", "截止前交了": a time the story is told by, not a deadline asked; the last
        # moment may be an event or the year itself, 出院结算前, 仅能当年报销: "异地就医备案最晚啥时候办")
        # (a period's 限制, "受不受缴费期限制", is whether it binds, not its last day: 期 ends one word, 限制 begins the next)
        ("截止", r"(?:截止|最迟|最晚|期限(?!制)|时限|时间限制|(?i:ddl))(?!\s*(?:之前|以前|前))", r"吗",
         r"[\d一二三四五六七八九十两]+\s*个?(?:月|日|号|天|工作日)|月底|年底|当日|当天|以内|之内|期限|之日|次月|当月|"
         r"出院(?:结算)?(?:之前|以前|前)|(?:仅|只)能当年|当年(?:内|底|及时)"),
        # the threshold of a stay said to be one of several ("一年住了三次院 起付线每次都扣吗", "第二次住院还交
        # 起付不"): what a later stay pays of it, which only a page on stays after the first says (再次住院, a
        # transfer within one treatment: 补计起付标准差额 — not a page naming 转诊 as a case of its rates); one tier's threshold is one stay's, and says nothing of the second
        ("再次起付", r"(?:住了?(?:院)?(?:两|二|三|几|多|好几|[2-9])次院?|(?:两|二|三|几|多|每|再|[2-9])次住院|第(?:二|2)次住院|又住了?院)"
                     r"[^？?]{0,20}?起付", None,
         r"再次住院|每次住院|多次住院|住院次数|治疗过程|另计起付|补计起付|起付标准差额|起付[^。；]{0,10}?次"),
    ))


def missing_answer(question: str, answer: str) -> str | None:
    """The kind of answer `question` asks for (ANSWER_KINDS) that `answer` does not give, if any.
    `question` as the asker wrote it: a typo repair may have made words it did not ask (几个点划 →
    电话)."""
    # (one question is checked against each entry found, and an entry's answer against every question
    # that finds it: what the question asks and what an answer states are each read once, not per pair)
    for at in _kinds_asked(question):
        if not _states_kind(at, answer):
            return ANSWER_KINDS[at][0]
    return None


def kinds_asked(question: str) -> frozenset[str]:
    """The kinds of answer (ANSWER_KINDS' names) `question` asks for."""
    return frozenset(ANSWER_KINDS[at][0] for at in _kinds_asked(question))


# how many questions' kinds asked are kept (a message's readings and parts: not earlier messages'), and
# how many (kind, answer) readings (the corpus's answers: about 700 entries, a few kinds asked of each)
QUESTIONS_KEPT = 128
ANSWERS_KEPT = 4096


@lru_cache(maxsize=QUESTIONS_KEPT)
def _kinds_asked(question: str) -> tuple[int, ...]:
    """Where in ANSWER_KINDS each kind `question` asks for is, in their order."""
    out = []
    for at, (_, asks, unless, _) in enumerate(ANSWER_KINDS):
        ask = asks.search(question)
        if ask and _told(_clause_of(question, ask)):
            # (the words only in a clause telling what someone said or did: the next one that asks)
            ask = next((m for m in asks.finditer(question, ask.end()) if not _told(_clause_of(question, m))), None)
        if ask and not (unless and unless.search(_clause_of(question, ask))):
            out.append(at)
    return tuple(out)


@lru_cache(maxsize=ANSWERS_KEPT)
def _states_kind(at: int, answer: str) -> bool:
    """Whether `answer` gives the kind of answer ANSWER_KINDS[at] is."""
    return bool(ANSWER_KINDS[at][3].search(answer))


# A clause that tells what someone said or did, and asks nothing ("社区医生打电话说我妈可以享受两病待遇",
# "学长说在学校办医保要先注册再登记"): the words of a kind in it (打电话, 要先) are the story, not what
# the asker wants given.
_SAID = re.compile(r"说(?!明|法|不定)|讲(?!座|解|究|课|理)")
_ASKING = re.compile(r"吗|呢|嘛|么|[?？]|啥|什么|多少|好多|几|哪|谁|怎|咋|如何|是不是|是否|能不能|可不可以|要不要|"
                     r"有没有|会不会|用不用|[能可会要算行对]不$|没有?$")


def _told(clause: str) -> bool:
    return bool(_SAID.search(clause)) and not _ASKING.search(clause)


_CLAUSE_END = re.compile(r"[，,。；;！!？?\s]")


def _clause_of(question: str, match: re.Match) -> str:
    """The clause of `question` that `match` lies in: what makes a question another kind is said
    with what asks it ("材料没有咋办"), not in a story told before ("没有直接报 回来拿啥子去报")."""
    start = max((m.end() for m in _CLAUSE_END.finditer(question, 0, match.start())), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(question, match.end())), len(question))
    return question[start:end]


# Two groups compared ("在职跟退休的有啥不一样", "居民和职工各报几成"): the two words either side of
# the 跟/和; an answer about one of them does not say how they differ. A 还是 followed by the
# comparison word itself is "still" ("第二次起付线还是一样吗": is it still the same), no second group.
_COMPARED = re.compile(r"([\u4e00-\u9fff]{2})的?(?:跟|和|与|同|还是)(?:压根儿?|根本|完全)?(?!一样|不一样|相同|不同|没变|不变)([\u4e00-\u9fff]{2})")
_COMPARE_ASK = re.compile(r"不一样|一样[吗不嘛没]|区别|差别|不同|分别|各[是报交有付降扣减要自]|哪个[高多少低好]|差多少|差好多")
# the two named apart by spaces ("大骨节病 跟 克山病 各是多少"): the same pair
_SPACED_PAIR = re.compile(r"\s*(跟|和|与|同)\s*")
# a person on the other side ("两病待遇跟我妈合疗的一样不", "跟我老汉职工的比"): the group compared is
# what that person is insured as, said after them; a relative is never a group an entry names
_PERSON_COMPARED = re.compile(r"(跟|和|与|同)(?:我|俺|他|她)?家?(?:妈妈|爸爸|老妈|老爸|妈|爸|母亲|父亲|老婆|老公|媳妇|"
                              r"爱人|老汉|老伴|老太婆|老头子?|娃儿|儿子|女儿|孩子|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹)(?:他们|她们)?的?")


# a tier said with its hospital ("一级医院和二级医院"): the tier is the group, not the 医院 both share
_TIER_HOSPITAL = re.compile(r"([一二三]级)(?:的)?(?:医院|医疗机构|定点医院|定点医疗机构)")


def compared(question: str) -> tuple[str, ...]:
    """The two groups a question asks to compare, or none."""
    question = _PERSON_COMPARED.sub(r"\1", _SPACED_PAIR.sub(r"\1", _TIER_HOSPITAL.sub(r"\1", question)))
    ask = _COMPARE_ASK.search(question)
    if not ask:
        return ()
    # the pair nearest before what asks the comparison: an earlier 跟 says who with whom ("我妈跟我在
    # 广州住 …报销跟在巴中一样不": the asker's mother lives with the asker; care compared with home)
    pairs = [m for m in _COMPARED.finditer(question) if m.start() < ask.start()] or list(_COMPARED.finditer(question))
    m = pairs[-1] if pairs else None
    # (the same as "在克拉玛依" / "在参保地", or "跟克拉玛依一样吗" with no 在: where care happens compared
    # with home, not two groups; an answer in the handbooks' words, "与参保地相同", answers it)
    if m is None or m.group(2).startswith("在") or question[m.start(2):].startswith(_home_places()):
        return ()
    if question[m.start(2):].startswith(_ORDINARY) or m.group(2)[0] in _DENIAL \
            and not question[m.start(2):].lstrip(_DENIAL + "有").startswith(tuple(_ABSENCES_OF_THEIR_OWN)):
        # ("低保户起付线跟一般人一样不": a group set against everyone else — its own page, which states the
        # group's figure as the change from the ordinary one, answers it; no second group to name — nor when the
        # other side is the case denied, `_DENIAL`)
        return ()
    absent = _absence_named(question[m.start(2):])
    if absent is not None:
        # ("临时备案跟不备案 报销比例各降好多"): the case against its absence, each a row of its own — the
        # groups are the whole words, as the pages name them (the kind of filing said, and 没备案), not the
        # two characters either side (备案 / 不备, which no page names)
        return _case_before(question[:m.end(1)], absent), _ABSENCES_OF_THEIR_OWN[absent]
    return tuple(_RURAL_AS_RESIDENT.get(g, g) if {m.group(1), m.group(2)} & _WORKER
                 or (g in _RURAL_AS_RESIDENT and _RURAL_SCHEME.match(question, m.end(i + 1)))
                 else _OTHERS.get(g, g)
                 for i, g in enumerate(m.groups()))


def _absence_named(rest: str) -> str | None:
    """The case (备案, 转诊, 定点) `rest` opens by denying ("不备案", "没有转诊"), or None."""
    if not rest or rest[0] not in _DENIAL:
        return None
    return next((a for a in _ABSENCES_OF_THEIR_OWN if rest.lstrip(_DENIAL + "有").startswith(a)), None)


def _case_before(before: str, absent: str) -> str:
    """The case set against the absence of `absent`, as said before 跟/和: its kind with it where the
    words name one ("办了临时备案" → 临时备案, "开了转诊单" → 转诊), else its last two characters."""
    kind = re.search(r"((?:临时|长期|异地)?" + absent + r")[^\s，,。、]{0,2}$", before)     # (办了转诊单, 备案了的)
    return kind.group(1) if kind else before[-2:]


# the other side said as the denial of the case ("装了起搏器的跟没装的一样不", "做了手术和不做的"): the case set
# against its own absence, the ordinary case — the page of the case, which gives both figures, answers it
_DENIAL = "不没"     # (not 未 / 无: 未成年, 无业 name groups of their own)
# ... except an absence the handbooks give rows of its own (未备案, 未转诊, 非定点): "备案了跟没备案" sets two
# rows against each other, each with its own page
# (each named as its pages name its absence: 没备案, 未转诊, 非定点)
_ABSENCES_OF_THEIR_OWN = {"备案": "没备案", "转诊": "未转诊", "定点": "非定点"}
# ... and every way a page writes that absence (巴中's row for a stay elsewhere not filed is "非急诊且未转诊的其他
# 临时外出住院"; its pages ask it as 没备案 too): a page naming one names the absent case
ABSENCE_SAID = {"没备案": re.compile(r"没备案|未备案|不备案|没有备案|未转诊|没转诊|非急诊"),
                "未转诊": re.compile(r"未转诊|没转诊|没有转诊|非急诊且未转诊"),
                "非定点": re.compile(r"非定点|不是定点|未定点|非医保定点")}
# everyone not of the group asked about ("一般人", "普通人", "别人"): the ordinary case, no group of its own
_ORDINARY = ("一般人", "一般的人", "普通人", "普通的人", "正常人", "别人", "其他人", "其他的人", "大家", "普通群众", "普通居民", "一般居民")


# the rest of a kind, said as people say it ("一型糖尿病跟别的糖尿病"): the handbooks' 其他 ("1型和其他类型")
_OTHERS = {"别的": "其他", "别个": "其他", "其它": "其他", "其余": "其他"}


# Set against 职工, the countryside is the resident scheme ("两病职工跟农村的一样不": 农村 people are
# insured as 城乡居民), which is how the handbooks name that side.
_WORKER = {"职工", "上班", "单位"}
_RURAL_AS_RESIDENT = {"农村": "居民", "农民": "居民", "村里": "居民", "村上": "居民"}
# ... and so it is whatever it is set against when the scheme's own word follows it ("跟农村合疗的一样不",
# "和农村医保比": the 职工 side is in the story told before, "我是职工医保"), not the countryside as a group
_RURAL_SCHEME = re.compile(r"的?(?:合疗|新农合|农合|合作医疗|医保|居民|城乡|医疗保险)")


@lru_cache(maxsize=1)
def _home_places() -> tuple[str, ...]:
    """How a question names where the asker is insured, as the other side of a comparison (a student's
    school said as a place, "和学校那头一样不": the campus guide's 参保地, where students are insured)."""
    names = {*regions.names(), *(a for r in regions.registry().values() for a in r.aliases)}
    return tuple(sorted(names | {"参保地", "本地", "当地", "老家", "学校这边", "学校那边", "学校这里"}, key=len, reverse=True))


# A procedure asked — how or where to do it ("咋个办异地备案", "克拉玛依医保咋备案", "去哪里登记") — and
# an entry whose own question asks only whether ("…能报吗") or who may ("哪些人可以办理…"): the story
# told with the question (放假回家看病, 老人去外地带孙子) is what that entry shares with the message, not
# what is asked. A bare "咋办"/"咋整" after a story ("来不及备案咋办") asks what to do, which an entry on
# whether one must file answers; so the verb must be the procedure's own (备案, 登记 …) or take one.
_ASKS_HOW = re.compile(r"(?:怎么|咋|如何|怎样|啷个)(?:个|样)?(?:备案|申请|登记|激活|开通|绑定|暂停|停保|办理|"
                       r"办(?![啊呀嘛呢吧哦哈噻？?！!，,。\s]|$))|(?:在哪|去哪|哪里|哪儿)里?(?:办|备案|申请|登记)|"
                       # (the procedure named as the object before a bare verb, "备案咋个弄", "登记怎么搞": its how —
                       # not 咋办, nor the procedure not done, "来不及备案咋整": what to do then)
                       r"(?<!来不及)(?<!没)(?<!没有)(?<!未)(?<!忘了)(?:备案|申请|登记|激活|开通|绑定|暂停|停保)(?:要|得|该|应该)?"
                       r"(?:怎么|咋|如何|怎样|啷个)(?:个|样)?(?:弄|整|搞|操作)|"
                       # (a claim asked how after the care, "回来咋报", "回去怎么报销": the route, which a page on
                       # whether that care is paid at all does not give)
                       r"(?:回来|回去|回学校|回校|事后|出院后|回头)(?:了|再|要)?(?:怎么|咋|如何|怎样|啷个)(?:个|样)?(?:报销?|报账|申报)(?=$|[？?。！!，,\s呢嘛啊哦])")
_ASKS_WHETHER = re.compile(r"能报吗|能报不|能不能|可不可以|能否|可以吗|能吗|行不行|行吗|是否|有没有|会不会|要不要|算不算|"
                           r"[能可会算要][\u4e00-\u9fff]{0,6}不[?？]?$|吗[?？]?$")
_ASKS_WHO = re.compile(r"哪些人|什么人|啥人|哪类人|谁可以|谁能|对象")


# how a stay or a visit is paid back ("在备案地住院咋报", "报多少"): the rule or the rates, which a page on who
# may do something ("哪些人可以办理长期异地就医备案") never gives, however much of the story it shares
# (跟子女住, 退休: who may file is what the asker told of themselves, not what they ask)
_ASKS_PAID = re.compile(r"(?:怎么|咋|如何|怎样|啷个)(?:个|样)?(?:报|赔)|报(?:销)?(?:多少|好多|几成|比例)")
# ... an entry asking who may, as its question: not a group's own page named by its 对象 ("低保对象医疗救助比例…")
_ASKS_WHO_MAY = re.compile(r"哪些人|什么人|啥人|哪类人|谁可以|谁能|对象(?:有|为|是)?(?:哪些|谁)")


def asks_another_kind(question: str, entry_question: str) -> bool:
    """Whether `question` (normalised) asks how or where to do something, and not whether nor who,
    while `entry_question` asks only whether or who: the entry answers another kind of question.
    So too how a stay is paid back, and an entry asking only who may."""
    if _ASKS_PAID.search(question) and not _ASKS_WHO.search(question) \
            and _ASKS_WHO_MAY.search(entry_question) and not _ASKS_PAID.search(entry_question):
        return True
    if not _ASKS_HOW.search(question) or _ASKS_WHETHER.search(question) or _ASKS_WHO.search(question):
        return False
    return not _ASKS_HOW.search(entry_question) and bool(
        _ASKS_WHETHER.search(entry_question) or _ASKS_WHO.search(entry_question))
