"""The bot's own sentences, in one place so wording stays consistent across channels."""
from __future__ import annotations

import regions

REGIONS_LINE = regions.labels_line()

HELP = (
    "您好！我是医保问答机器人，根据" + REGIONS_LINE + "的医保政策手册回答问题，并注明出处。\n"
    "可以这样问：\n"
    "· 巴中居民医保什么时候交费？\n"
    "· 克拉玛依学生医保交多少钱？\n"
    "· 住院花了5000在三级医院能报多少？\n"
    "· 断保两年再交，等待期多久？\n"
    "发送“/region 巴中”可设定默认地区；手册里没有的问题会转给工作人员。"
)
GREETING = "您好！请直接说您的医保问题，例如“居民医保什么时候交费？”。发送 /help 查看更多示例。"
THANKS = "不客气！还有其他医保问题随时问我。"
BYE = "再见，祝您健康！"
NOT_CHINESE = "请用中文描述您的医保问题，例如“住院报销比例是多少？”。"
TRUNCATED = "（您的消息较长，我只看了前 {n} 个字。）"
# a year-stamped fee (个人缴费标准, 筹资, 长护险) asked of a year the handbook does not give it for: a later year
# is still to be published, an earlier one is past and not listed — either way not the given year's figure
LATER_YEAR_FEE = ("{region}的医保手册只给出了{given}年度的{what}，没有{year}年度的；{year}年度的标准以医保部门届时公布的为准，"
                  "我不能拿{given}年度的数字替您回答。")
PAST_YEAR_FEE = ("{region}的医保手册只给出了{given}年度的{what}，没有{year}年度的；往年的标准手册没有列出，"
                 "{year}年度的请向医保经办机构咨询（联系方式见下），我不能拿{given}年度的数字替您回答。")
# ... asked with no region known, of a year before every handbook's: no region's handbook has it
PAST_YEAR_FEE_ANYWHERE = ("我手里的医保手册只给出了{given}的缴费标准，都没有{year}年度的；往年的标准手册没有列出，"
                          "请向参保地医保经办机构咨询，我不能拿别的年度的数字替您回答。")
# ... or of a year after every handbook's: still to be published everywhere
LATER_YEAR_FEE_ANYWHERE = ("我手里的医保手册只给出了{given}的缴费标准，都没有{year}年度的；{year}年度的标准以医保部门届时公布的为准，"
                           "请向参保地医保经办机构咨询，我不能拿别的年度的数字替您回答。")
# a figure checked for a year still to come, in material that dates none of its figures (长治): the page follows
UNDATED_YEAR_TO_COME = ("{region}的材料没有写{year}年的标准，也没有注明它的数字适用哪一年，所以不能确认{year}年是不是这样；"
                        "{year}年的以医保部门届时公布的为准。下面是材料写的现行标准：")
# a time asked before the date a rule the page states is in force from ("2024年以前" of "2024年1月1日起…"): the
# rule before it the handbook does not state; today's is shown as today's, never as that time's answer
BEFORE_RULE_START = ("{region}的手册写的是{since}的规定，没有写{asked}是怎么规定的，我不能拿现在的规定替您回答；"
                     "{asked}的情况请向医保经办机构咨询。下面是手册写的现行规定，供参考：")
# a fact asked of a year the page does not give it for (2027's window of a page of 2026's, 2020's list of a rule in
# force from 2021, a past year's rate of material stating today's): not that year's answer — the page shown as its
# own years', for reference only
YEAR_NOT_GIVEN = ("{region}的手册写的是{given}的规定，没有写{year}年的，我不能拿它当{year}年的答案；{year}年的情况请以医保部门"
                  "公布的为准，或向医保经办机构咨询。下面是手册写的{given}的内容，仅供参考：")
# ... a past year asked of a page that dates nothing: the handbook states the rules of its day, not a past year's
PAST_YEAR_NOT_GIVEN = ("{region}的手册给出的是{given}，没有写{year}年的，往年的规定手册没有列出，我不能拿它当{year}年的"
                       "答案；{year}年的情况请向医保经办机构咨询。下面是手册写的规定，仅供参考：")
# ... and what the handbook does give, named as its own year's
GIVEN_YEAR_FEE = "供参考：手册写的{given}年度{what}是{fee}（这是{given}年度的，不是{year}年度的）。"
# ... with the other years the handbook gives it for after the first (巴中: 2025年度's is stated with the 筹资)
GIVEN_YEARS_FEE = "供参考：手册写的{given}年度{what}是{fee}，{others}（这是{years}年度的，不是{year}年度的）。"
# ... and what it says of the year asked besides (克拉玛依: that year's fee paid late)
YEAR_FEE_NOTED = "手册另写有：{note}。"
NOT_FOUND = "抱歉，我的政策手册里没有找到这个问题的答案，已转给工作人员，答复后会告诉您。"
# whether the asker's illness, not named, can be had as a 慢病/特病 (which one decides)
WHICH_DISEASE = ("能不能办要看是什么病：各类门诊慢特病、“两病”都有规定的病种和认定标准。请告诉我病名，"
                 "例如“高血压能不能办门诊慢病”“糖尿病怎么认定慢病”，我按手册帮您查。")
OUT_OF_SCOPE = "这个问题（{topic}）不在我的医保政策手册范围内，我没法准确回答。"
UNCOVERED_PLACE = ("我只有" + REGIONS_LINE + "的医保手册，没有{place}的政策，不能拿别的地方的规定来回答。"
                   "请咨询{place}当地医保经办机构，或拨打全国医保服务热线 {hotline}。")
# (内地（大陆）, not 国内: the places asked of include 香港、澳门、台湾, 境外 to 医保 but no foreign country)
UNCOVERED_ABROAD = ("我只有" + REGIONS_LINE + "的医保手册，讲的是内地（大陆）的基本医保，没有{place}的医疗保险制度，"
                    "不能拿内地（大陆）的规定来回答。{place}的医疗保险请向当地或学校、单位咨询；内地（大陆）参保人在境外就医能否报销，"
                    "可以问我“在国外看病医保能报销吗”。")
# a province named alone (四川): which part the bot covers, (that part's own rule, headed as its only,)
# then asked
PROVINCE_INTRO = "在{province}，我只有{regions}的医保手册，{province}其他地方的政策我没有。"
PROVINCE_RULE = "如果您在{which}参保，手册里的规定如下（只适用于在{which}参保的人）："
PROVINCE_TAIL = ("您是在{asked}参保吗？是的话请回复地区名；"
                 "在{province}其他地方参保的，请咨询当地医保经办机构，或拨打全国医保服务热线 {hotline}。")
PROVINCE_ASK = PROVINCE_INTRO + PROVINCE_TAIL
# one question of several, naming the province, that no rule shown answers: it waits for the region too
PROVINCE_PART_WAITS = "（这一问等您回复参保地区后，我按当地的规定回答。）"
ASK_REGION = "这个问题各地规定不同，我不能拿一个地方的规定替您回答。请问您在哪个地区参保？"
# a figure of the scheme at home asked where the handbook is the campus's ("老家的医保交多少钱"): home's own
HOME_SCHEME_WHERE = ("老家的医保交多少、怎么报，按老家当地的规定；{region}的手册只讲在{region}参保的规定，不能拿来替老家回答。"
                     "请问老家在哪里？我手册里有{covered}的规定；其他地方请咨询当地医保经办机构，或拨打全国医保服务热线 {hotline}。")
REGION_NOTED = "好的，之后按{region}的政策回答您。请问您想了解什么？"
SIDE_BY_SIDE = "这个问题各地规定不同，以下是我手册里各地区的规定："
# no region known and each region's answer short: each labelled, then the region asked
SIDE_BY_SIDE_ASK = "这个问题各地规定不同，我不能拿一个地方的规定替您回答。下面是我手册里各地区的规定，请看您参保地区的："
SIDE_BY_SIDE_TAIL = "请问您在哪个地区参保？告诉我后按您所在地区的规定回答。"
# ... where only some regions' handbooks answer it surely: those, each only for its own insured
# (the others left out, never another region's figure in their place)
SIDE_BY_SIDE_SOME = ("这个问题各地规定不同，我不能拿一个地方的规定替您回答。下面只是我手册里{regions}的规定，"
                     "只适用于在当地参保的人，请看是不是您参保的地区：")
# a long answer (a table, a list) shown by its title alone before the region is known
SIDE_BY_SIDE_LONG = "（内容较长，您在{region}参保的话，回复“{region}”我给出全文。）"
EACH_PAGE = "{regions}的手册都写到了这一点，各自的说法如下（请看您参保地区的）："
# no scheme said, and the handbook gives this matter a page for each: both, labelled, never one picked
EACH_SCHEME = "职工医保和城乡居民医保的规定不同，您没说参加的是哪一种，两种分别如下（请看您参加的那种）："
# one status's page of 职工 found, and the asker said neither: both, labelled, and which is asked
# (a calculation whose scheme the asker says they cannot tell: each computed, labelled — never asked back for
# what they have just said they do not know)
# (a bill asked of with a figure heard checked, the scheme not said: each scheme's sum, on the policy's figures)
EACH_SCHEME_COMPUTED = "您没说参加的是职工医保还是城乡居民医保，两种的结果不同，按手册的标准分别算给您（请看您参加的那种）：\n\n"
EACH_SCHEME_UNSURE = "您说不清参加的是职工医保还是城乡居民医保，两种的结果不同，分别算给您（请看您参加的那种）：\n\n"
EACH_STATUS = "在职职工和退休人员的规定不同，您没说是哪一种，两种分别如下（请看您的那种）："
WHICH_STATUS = "请问您是在职，还是已经退休？"
# a hospital named without its tier beside one with it, each asked: the tier it is, to compute both
WHICH_TIER_OF = "您说的{hospital}是几级医院（一级、二级还是三级）？各级医院的起付线和报销比例不同，告诉我它的级别，两家分别算给您。"
# two groups compared ("在职的和退休的一样不"), each with its own page: both, labelled
EACH_GROUP = "{a}和{b}的规定分别如下："
# a figure quoted and asked what it is, which the handbook states in several places, each meaning another thing
FIGURE_MEANINGS = "手册里写到{figure}的有{count}处，各说的是什么如下，请对照您看到的那一处："
# two hospital tiers asked of, no kind of care named
WHICH_CARE_EACH_TIER = "各级医院的报销规定，住院和门诊（含门诊慢病）各不相同。您问的是住院还是门诊？"
# a rule for care at home found, the care put where the region's handbook says nothing of that rule
ELSEWHERE_UNSAID = ("{region}的手册没有写在{where}看病这一项怎么报（比例降不降、能不能报），我不能拿本地的规定替您回答，"
                    "已转给工作人员。手册写的是在本地的规定，仅供参考：")
ALSO_IN = "另一份手册，{handbook}，是这样写的："
# a page stating a filing's rule only in words ("与市内同等级医疗机构相同"), with the rows it means read
# from the policy file (`filing_rows` in corpus/faq): each scheme's line under its name
FILING_ROWS = "按手册的报销表（{filing}）："
# ... and 门诊 outside the province, the region's own table with the page's cut applied
OUT_OF_PROVINCE_ROWS = "按手册的门诊统筹表，跨省临时外出就医降低后的比例："
# a relative insured in a place the bot has no handbook of, beside a question on the asker's own account
RELATIVES_PLACE = "（您家人在{place}那边怎么用、怎么报，按{place}的规定；我没有{place}的手册，请向{place}当地医保经办机构确认。）"
NATIONAL_FROM_OTHER = "（这是全国统一的政策，各地都适用。）"
# a place the handbooks do not cover, asked about national policy
NATIONAL_ELSEWHERE = "我没有{place}的医保手册，但这是全国统一的政策，{place}也适用：\n"
# after the national part of a question whose details differ by region
COMMON_PART = "各地另有本地的规定或渠道；告诉我您在哪个地区参保，我可以再给出当地的。"
ASK_OFFICE = "如需咨询，可联系：{office}"
# an office's phone or address that the region's handbook does not give
CONTACT_NOT_LISTED = "{region}的医保手册里没有{place}医保部门的电话和地址，我不能编一个给您。"
HOTLINE_TOO = "也可拨打全国医保服务热线 {hotline}。"
# a named hospital's grade asked: the handbooks give figures by tier but list no hospital's tier
HOSPITAL_GRADE_NOT_LISTED = ("手册里没有写{hospital}是几级医院：手册按医院等级（一级、二级、三级）给起付线和报销比例，"
                             "但没有列出各家医院的等级，我不能替您猜。可以看医院挂的等级牌子，或问医院、医保窗口。")
# ... with a figure asked at it
HOSPITAL_GRADE_THEN = "知道等级后告诉我（比如“三级医院住院起付线多少”），我按那一级回答。"
ASK_OFFICES = "如需咨询，可联系您参保地的医保经办机构：{offices}；或拨打全国医保服务热线 {hotline}。"
SUGGEST = "你是不是想问："
MORE_HINT = "（内容较长，回复“更多”查看其余部分。）"
NO_MORE = "没有更多内容了。请问您还想了解什么？"

# -- channels (Telegram, the WeChat bridge) -------------------------------------------------
INTERNAL_ERROR = "抱歉，我这边出了点问题，请稍后再问一次。"
BAD_LINE = "无法解析的输入行。"
GROUP_HOW = "在群里提问：发送“/ask 您的问题”、@我，或直接回复我的消息。"
ASK_WHAT = "请问您想问什么？请直接回复这条消息。"
REGION_SET = "默认地区已设为：{region}。"
REGION_SET_GROUP = "本群的默认地区已设为：{region}。"
REGION_SHOW = "当前默认地区：{region}。可选：{choices}，例如“/region 巴中”。"
REGION_NONE = "未设置"
REGION_ADMINS_ONLY = "只有群管理员可以设置本群的默认地区。"
COOLDOWN = "（您发得有点快：每条消息我都会按顺序回答，下次请隔 {seconds} 秒左右再发。）"
FEEDBACK_THANKS = "谢谢您的反馈！"
FEEDBACK_DOWN = "谢谢反馈，已转给工作人员改进。"
FEEDBACK_ONLY_ASKER = "只有提问的人可以评价这条回答。"
FEEDBACK_ALREADY = "这条回答已经评价过了。"
FEEDBACK_HINT = "（有用请回复 1，没用请回复 2）"
STAFF_OUT_OF_SCOPE = "抱歉，这个问题不在医保政策问答的范围内，我这里没法解答。"
ANSWERED_NOTICE = "您之前问的“{question}”，工作人员已答复：\n{answer}"
OFFER_CALCULATION = "如需帮您测算：{question}"
YOUR_CASE = "按您说的情况："
# after a waiting period computed for a gap, the repair asked about: the case with the gap paid back
REPAIRED_CASE = "按您刚才说的情况，把断保的年份都补缴修复的话：{said}。"
CANCELLED = "好的。有其他医保问题随时问我。"
ABOUT_WHAT = "好的，关于{topic}，您想问哪一方面？比如："
# where 医保 business is done, asked of no business: which business (each has its own place and channels)
WHICH_BUSINESS = ("您要办的是哪项医保业务？比如参保登记、缴费、报销、异地就医备案、门诊慢特病认定，"
                  "不同业务的办理地方和渠道不一样，告诉我具体业务我再查手册。")
WHICH_BUSINESS_WHERE = "也请告诉我您在哪个地区参保。"
# a story with nothing asked yet: what about it, asked back gently (with the likeliest questions)
STORY_WHAT = "您说的情况我记下了。您具体想问哪一方面呢？比如："
STORY_WHAT_BARE = "您说的情况我记下了。您具体想问什么呢？比如能报多少、怎么办理、要带什么材料，说具体些我好查手册。"
VAGUE = "您的问题比较笼统，请说得具体一些。你是不是想问："

# -- commands and choices (terminal, Telegram, the WeChat bridge) ------------------------------
CANCEL_AND_MORE = "算到一半想放弃：发送“取消”（或 /cancel）。回答较长时：发送“更多”（或 /more）看其余部分。"
CHOICE_HINT = "（回复数字即可选择，例如 1）"
CHOICE_HINT_BUTTONS = "（点下面的按钮，或回复数字选择）"
CHOICE_PICKED = "您选择了：{choice}"
CHOICE_OTHERS_ONLY = "这些选项是给提问的人的，您可以直接问我。"
CHOICE_GONE = "这些选项已过期，请重新提问。"
UNKNOWN_COMMAND = "没有这个命令。可用命令：/help 使用说明，/ask 提问，/region 设置地区，/cancel 取消计算，/more 更多内容。"
TERMINAL_COMMANDS = (
    "命令：\n"
    "  /帮助 或 /help      这份命令列表和提问示例\n"
    "  /region 巴中        设定默认地区（" + " / ".join(regions.covered()) + "）\n"
    "  /cancel 或 取消     放弃正在进行的计算\n"
    "  更多 或 /more       看上一条回答的其余部分\n"
    "  数字 1、2、3        在机器人给出的选项里选一个\n"
    "  /quit 或 /退出      退出（也可按 Ctrl-D）\n"
    "上下方向键翻看刚才的问题，左右方向键修改。"
)
TERMINAL_UNKNOWN = "没有这个命令。输入 /帮助 查看可用命令。"
TERMINAL_WELCOME = "（输入 /帮助 查看命令，/quit 退出）"
UNSURE = "我不太确定，您是想问："
# a filing said done without its kind, whose rates differ by kind (巴中 第三章十一问)
# {kinds}: what the region's policy file counts as 临时备案 (filing_kinds), "（转诊、急诊等）" in 巴中
# a stay elsewhere whose figure is asked with no filing said: which case it is
FILED_OR_NOT = "在外地住院，起付线和报销比例要看办没办异地就医备案、办的是哪一种（长期备案、临时备案，还是没备案），规定不同。您是哪种情况？"
# a rate of care elsewhere asked, the kind of filing unsaid, and the region's pages each one kind's
EACH_KIND_RATE = "在外地看病报销多少，要看办的是哪一种异地就医备案：各类备案的报销比例不同（没备案又另有规定）。您办的（或打算办的）是哪一种？"
WHICH_FILING = "异地就医备案分长期备案和临时备案{kinds}，两种在备案地住院的起付线和报销比例不同。您办的是哪一种？"
# a stated answer whose match is not sure: which question it answers, and what else may have been meant
UNDERSTOOD = "按我的理解，您问的是“{question}”："
# a "can it be done" asked, and a sentence of the page saying so (corpus.yesno): the yes first, then the page
YES_FIRST = "可以。"
IF_NOT = "如果不是这个意思，您可能想问："
MULTI_PART = "【{n}】{question}"
MULTI_PART_ALL = "【{questions}】"
MULTI_PART_JOIN = " / "     # questions one answer answers, in its heading
# several stays' bills asked together: each one's fund pay added up, after them
STAYS_TOTAL = "合计：医保统筹基金一共支付约 {sum} = {total} 元。"
TOO_MANY = "您一次问了{n}个问题，我先回答了前{shown}个。下面的请分开问，我再逐个回答：\n{questions}"
