"""The structure of a message: clauses, the question clause(s), and the story kept as slots.

"我妈七十多了，前两天摔了，在县医院住了一个礼拜，她交的合疗，出院时没直接报，现在去哪里报？"
is one question ("现在去哪里报") told after a story; the story matters only for what it says
about the asker's case: who (老人), scheme (合疗), tier (县医院) …; those words go with the
question to the search. "起付线多少 报销比例多少" is two questions sharing one story.

Which clauses carry the question is not always visible ("被人撞了住院 医保给报不" needs its first
clause; "屋头老人生病了，到处问了一圈，巴中职工三甲医院住院 起付线和比例" does not), so one
question gets several readings: the whole message, and its last clauses with the earlier clauses'
slot words. The search keeps the reading it understands best (its confidence is calibrated)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Callable

from corpus.normalize import clean, cn_to_int
from corpus.qtype import qtypes
import regions
from corpus.normalize import without_no_stay
from intents import people, premise
from intents.people import HOUSEHOLD_TOLD
from intents.acts import SAME_ASKED
from intents.calc_kind import NOT_CHRONIC_YET, STAY_SPLIT
from intents.slots import BOTH_SCHEMES_NOTE, REFILING_ASKED, SUDDEN_ILLNESS, TOTAL_SAID, as_counterfactual_told, scheme_read, without_groups_contrasted
from intents.numbers import find_numbers
from intents.regions import detect_region, elsewhere_place, fold, outside_every_province, places_in
from intents.scope import asks_office, names_office
from intents.slots import HIGH_PRESSURE, HIGH_SUGAR, MILD_DIABETES, NO_COMPLICATION, disease_vocabulary, diseases_said, extract, without_both_drugs

MAX_QUESTIONS = 3
MAX_READINGS = 3          # the whole message and up to two shorter endings
MIN_STORY_CLAUSES = 3     # a message this long may open with a story
LONG_STORY = 30           # ... or a story this many characters long, typed as one clause
SPOKEN_STORY = 10         # ... or this many, said without a stop (voice typing runs a story's clauses together)
# clause boundaries: sentence marks, commas, and the spaces voice typing and quick typists use
# (not 、 in a list of years or figures, 2025、2026: one clause says them)
_CLAUSE_RE = re.compile(r"((?:[。！？!?；;\n，, ]|(?<!\d)、|、(?!\d))+)")
# 四川's 好久 for 多久, where it asks how long before something ("好久才能用") or by when it is done
# ("最迟好久交", "好久截止", "好久结束", "好久之内"), not "好久没去"; and
# 好久之前 / 好久以前 asked of what must or can be done by then ("好久之前要去报": by when), not "long
# ago" told of what was done ("好久之前就交了"); after 最迟 / 最晚 / 截止 it asks the last day ("最迟好久交")
_HOW_LONG_SAID = (r"(?:(?<=最迟)|(?<=最晚)|(?<=截止)|(?<=截止到)|(?<=最迟到)|(?<=最晚到))好久|"
                  r"好久(?=才|能|可以|以后|之后|到账|开始|截止|结束|到期|[交缴办]|(?:之前|以前)(?:要|得|必须|能|可以|去|交|报))|"
                  # (... or when money arrives, "账户里好久有钱", "好久进钱", "补贴好久下来")
                  r"好久(?=有钱|进钱|打钱|到位|下来|发)|"
                  # (... and within what time, "好久之内要去补", "好久以内交材料": the window asked, never a time told)
                  r"好久(?=之内|以内)|"
                  # (... and how often a thing recurs, "门慢好久复审一回", "各是好久要复查一次": the period asked)
                  r"好久(?=(?:要|得|需要|就要)?(?:复审|复查|年审|审核|审一|重新认定)|一次|一回)|"
                  # (... and what the day is, asked of another thing after it: "那个二次报销又是好久之前")
                  r"(?<=是)好久(?=(?:之前|以前)[啊呀哦嘛呢]?$)")
# any verb asked as "A不A" / "A没A", a clause of its own (涨没涨, 交不交, 报不报)
_A_NOT_A = r"([^\W不没\d])[不没]\1"
# ... and, in a message whose writer uses question marks, a verb asked as A不A closing an unmarked clause that names
# what it asks of ("…？还有，…门诊花的那些钱 合疗报不报", "门诊费用报不报销"): as asking as "…能报不" — else taken
# for a bare case named after "还有" ("白癜风呢"), it was read as the question before asked again of it (not 时不时 /
# 动不动, which say how often). (Unmarked messages keep such a clause in the one question the whole message asks.)
_A_NOT_A_ENDING_RE = re.compile(r"(?![时动])(?P<an>[^\W不没\d])[不没](?P=an)(?:销|助)?[哦啊呀嘛哈]?$")
# (有没得, 有莫得: 四川's 有没有)
# (几 is "several", not "how many", in a gap or a past said: 断过几年, 有几年没交, 几个月没缴)
# (nor after a number: 住了十几天, 20几岁 — a dozen and more, told)
# 好多年 is "many years" ("交了好多年"), but after what must be reached ("交满好多年", "要交够好多年")
# it asks how many
_HOW_MANY_YEARS = r"(?:满|够|足|要交|要缴|得交|得缴)好多年"
# ... and so is a wait still ahead counted in months or days ("要等好多个月才报得到", "还得等好多天"): how long
# it is asked, not "a long wait" told ("等了好多个月")
_HOW_LONG_WAITED = r"(?:要|得)等好多个?[月天年]"
# a count asked at a clause's end, as 四川 asks it ("门诊慢病有好多个病种", "门特又有好多个"): not "好多个人"
_COUNT_ASKED = r"有好多个(?:病种|种类?|项|样|病)?$"
# how high a reading must be ("尿酸要好高才够", "血压多高能办"): 好高 alone is "very high" (血压好高)
_HOW_HIGH = r"多高|[好多][高低]才(?:能|够|行|算|可以|得|达)"
# a choice of where something counts from ("是从认定那天算还是从查出病那天算", "从交钱那天就能用还是要等下个月"):
# asked without a question word
_CHOICE_FROM = r"(?<![没不莫])从[^，,。？?\s]{1,12}?还是"
# the words that ask, one list for every reader of whether a clause asks (`_QUESTION_RE`, `_ASKING_RE`,
# `_QUESTION_WORD`): what, how, which, who; whether (as A不A or 是否); how much, how many, how high, how long
# (甚 is 山西's 什么, "看甚指标", "要甚手续"; not 甚至 / 甚为 / 甚多 / 不甚, "very")
_WH_WORDS = r"什么|啥|怎么|怎样|咋|啷个|如何|哪|谁|(?<![不欠尤])甚(?![至为多少好嚣高大远微])"
_WHETHER_WORDS = r"能不能|可不可以|是否|有没有|有没得|有莫得|要不要|会不会"
# (好多个 is "many", 好多个人; but 好多个点 asks a rate in points, as 几个点 does)
_AMOUNT_WORDS = r"多少|百分之几|好多(?![人年家次回天个])|好多个点|" + _COUNT_ASKED + "|" + _HOW_MANY_YEARS + "|" + _HOW_LONG_WAITED
# ... what asks in any clause, with or without a particle (the verb asked as A不A of the clause alone:
# its group is the pattern's only one, \1)
_ASKED_CORE = (_CHOICE_FROM + "|" + _AMOUNT_WORDS + "|" + _WH_WORDS + "|" + _WHETHER_WORDS + "|"
               + _HOW_HIGH + "|" + _HOW_LONG_SAID + "|^" + _A_NOT_A + "$")
_QUESTION_RE = re.compile(
    _ASKED_CORE + r"|[?？]|吗|呢|嘛|么$|不$|没$|没得$|没有$|"
    r"(?<![前这那好头近了过十\d])几(?!个?[月年](?:没|未))[个成点月年天种次岁家号](?!月?前)|"
    # (用不用 / 需不需要 ask a need as 要不要 does, and stand alone once the clause after is cut off: "用不用备案")
    # (not "要是不是实习 …": 要是 ("if") before 不是, a case supposed, asks nothing)
    r"可以不|行不行|用不用|需不需要?|算不算|(?<!要)是不是|多久|多长|区别|要得不|得不得|"
    # (what was heard, asked whether it is so without a question word: "…要交一千二 真的假的")
    r"真的假的|是真是假")
_PARTICLE_RE = re.compile(r"(?:吗|呢|嘛|么|不|没有|没得)$")
# (a clause with a particle: the words that ask besides it)
_ASKING_RE = re.compile(_ASKED_CORE + r"|几成|多久|多长时间")
# the end of an unpunctuated question, before another question of at least four characters
# (what a word means, asked, is a question whole: "起付线是指啥|总费用到…吗", "门特什么意思|能报多少")
_UNMARKED_END_RE = re.compile(r"((?:是指|指的是)(?:什么|啥子?)(?![时地])|(?:什么|啥子?)意思|(?:多少|好多)钱?[啊呀哦哟嘛呢]|(?:吗|呢|嘛|多少|好多)(?![钱个年天次元块人种项家回岁月号啊呀哦哟嘛呢]|比例|百分|开始|以上|以后|之后|才|就)|"
                              # (how many times it counts, by what day, how long it takes: "算几次第二次…", "ddl几号
                              # 今年交多少", "要多久材料交哪"; not "多久才能用", "几次门诊", "几号开始交")
                              # (a share asked as points, "单位出几个点个人出几个点")
                              r"百分之几|几成|几个(?:百分)?点|算几次|几号(?![开截之以前后到才]|[\u4e00-\u9fff]?$)|(?<![过了])多久(?![才能可就以之到开会后没了的])|"
                              r"多长时间(?![才能可就以之到开会后没了的])|"
                              # a yes-or-no asked of a thing, then its negation asked of ("要不要备案不备案比例降多少")
                              r"(?:要不要|用不用|需不需要|能不能)(?P<obj>[\u4e00-\u9fff]{2,4}?)(?=不(?P=obj)[\u4e00-\u9fff]{2})|"
                              # ... or whether a rule exists, or which paper or filing is needed, then another question
                              # of another thing ("有没有起付线限额咋算", "要办啥子备案报销比例会降不")
                              r"(?:有没有|有没得|啥子?|什么|哪种)(?:起付线|起付标准|门槛费|封顶线|限额|上限|等待期|备案|材料|资料|手续)"
                              r"(?=(?![是的和跟或与及要才能去呢吗啊呀哦])[\u4e00-\u9fff]{2,10}?(?:咋|怎么|多少|好多|几|啥|什么|如何|不$|[吗嘛]$)))"
                              r"(?=[\u4e00-\u9fff\w]{1,}"
                              r"(?:多少|好多|几|什么|啥|怎么|咋|哪|吗|呢|嘛|不$)|"
                              # ... or before a yes-or-no asked as A不A ("报几成有没有起付线"), or of what is not done
                              # ("要不要备案 不备案是不是就报不了了")
                              r"(?:有没有|有没得|能不能|要不要|会不会|可不可以)[\u4e00-\u9fff]{2}|"
                              r"不[\u4e00-\u9fff]{2,4}?(?:是不是|会不会|能不能))")
# ... or at 什么/啥 when what follows starts a clause of its own ("医保钱包是什么主要有什么用", "身份选啥
# 提交完审核要多久"; "什么材料", "啥子标准" are one question), or between "…不" and "不…" ("还用备案不
# 不备案比例降多少")
_ASKS_LATER = r"[\u4e00-\u9fff\w]*?(?:多少|好多|几|什么|啥|怎么|咋|哪|吗|呢|嘛|多久|好久|不$)"
_UNMARKED_WHAT_RE = re.compile(r"(?<!为)(什么|啥子|啥)(?=(?:主要|提交|第一|我|俺|他|她|咱|还|又|那|这|怎么|咋|多久|好久|一年|每年|要(?!求)|"
                               # ("医保钱包是啥子能转钱给我妈不": what a thing is, then whether it can)
                               r"(?:(?<=是什么)|(?<=是啥子)|(?<=是啥))能)"
                               + _ASKS_LATER + ")|(不)(?=不[\u4e00-\u9fff]{2,}" + _ASKS_LATER + ")")
# words that start another question in the same message
# (not 另外的 / 另外那, "the rest": "另外的谁出" asks who pays the rest)
_NEXT_QUESTION_RE = re.compile(r"^(?:还有|另外(?![的那些])|再问一下|再问|还想问|顺便问一下|顺便问|以及|还有个问题|还有一个问题)[,，:：]?")
# an appeal to the chat for anyone who knows ("有没有人知道", "有无姐妹晓得", "谁清楚"): it asks the group, not
# the bot, and names nothing 医保; typed on after the question without a stop it is cut off as the filler it is
_CROWD_ASKED = (r"(?:(?:有没有|有无|有没得|有莫得|有木有|有冇)(?:人|uu|大佬|朋友|亲|姐妹|兄弟|宝子|家人|老师|大神|懂哥)们?"
                r"(?:知道|晓得|清楚|懂)|有人知道|有(?:知道|晓得|懂)的|谁知道|谁晓得|谁清楚)(?:的|不|吗|么|没)?")
# Chat filler: greetings, thanks, pleas and urgency around a question ("想问问，…？在线等", "…
# 求解答 急急急", "有没有uu知道…"). They ask nothing and name nothing 医保, yet the search would
# read 问问, 在线 (→ 线上), 解答, 蹲 as words no entry knows and refuse the question; a clause of
# filler alone is dropped, and filler opening or closing a clause is cut off.
_FILLER = (r"(?:请问一下|请问|想问问|想问一下|想问下|想问|"
           # (a question put first, before a form's answer or another: "先问下 电子医保码咋个激活")
           # (a word of address before it: "诶先问一句 …", "哎 问一句")
           r"(?:诶|欸|哎|唉)?(?:我|俺)?(?:先|再)(?:问一下|问一哈|问下|问问|问哈|问一句|问句)|问问|问一下|问下|问一句|请教一下|请教|打扰一下|打扰了|打扰|"
           r"我问一哈|问一哈|问哈|喂+|诶+|欸+|哎+|哈喽|嗨|你好|您好|大家好|各位大佬|各位老师|各位|大佬们|大佬|老师们|群友们|家人们|亲们|"
           r"学长们|学姐们|学长|学姐|师兄|师姐|姐妹们|兄弟们|同学们|宝子们|uu们|"
           + _CROWD_ASKED + r"|"
           # (the chat's "who gets it", said to open a story, "姐妹们谁懂啊 …": no one is asked anything)
           r"谁懂|"
           r"那个|嗯+|额+|呃+|就是|谢谢大家|谢谢各位|谢谢了|谢谢啦|谢谢|谢了|多谢|感谢|"
           r"麻烦大家了|麻烦大家|麻烦各位|麻烦了|麻烦|辛苦了|在线等|坐等|等回复|求回复|求解答|求解|求问|求助|跪求|"
           # (a plea for guidance: "…老家那个要怎么停？求学长学姐指路")
           r"求(?:学长学姐|学长|学姐|师兄师姐|大佬|大家|各位)?(?:指路|指点|指导|解惑|带带)|"
           r"急急急|急求|很急|着急|急+|蹲一个|蹲一下|蹲+|"
           # (thanks in English, and a plea to answer them all: "…今年交多少钱 一起回一下 thx")
           # (and please: "…要咋备案 plz")
           r"(?i:thx|thanks|thank you|3q|plz|pls|please)|(?:一起|一并|都)?(?:回复|回答|回)一下|"
           # (that several were asked at once: "…还有大病起付多少 一起问了")
           r"(?:一起|一并|顺便)问(?:了|下|一下)?|"
           # (asking the bot whether it can tell, after the question: "…电话多少 恁能告诉俺不", "你知道不")
           r"(?:你|您|恁|你们)?(?:能|可以|能不能|可不可以)?(?:告诉|告诉下|告诉一下|说下|说一下|讲下|讲一下)(?:我|俺|咱)(?:一下|一哈|下)?"
           r"(?:不|吗|么|没|不能|中不中|行不行)?|(?:你|您|恁|你们)(?:知道|晓得|清楚)(?:不|吗|么|没|不知道)?)")
# a bracketed aside of chat, said as an emoji is ("…不交医保啊（手动狗头）", "(doge)", "[捂脸]")
_ASIDE = r"[(\[【](?:手动)?(?:狗头(?:保命)?|doge|滑稽|捂脸|笑哭|哭|允悲|吃瓜|旺柴|裂开|苦涩|破涕为笑)[)\]】]"
# (emoji close a clause as particles do: "急急急🔥🔥", "好纠结🤔")
_PARTICLES = r"[啊呀哈吧哦呢啦嘛~!?\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]*"
_FILLER_CLAUSE_RE = re.compile(rf"^(?:{_FILLER}{_PARTICLES})+$")
# (and "by the way" put before a new question, glued to it: "对了我爸妈在长治老家 …")
_FILLER_OPEN_RE = re.compile(rf"^(?:(?:对了|请问一下|麻烦问一下|麻烦问下|想问问|想问一下|想问下|问一下|请教一下|打扰一下|"
                             # (the asker saying they ask, glued to the question: "俺问问新农合…", "我就问下…")
                             rf"(?:我|俺)(?:就|只)?(?:问问|问一下|问下|问一哈|问哈)|"
                             # (... or without the asker, after a form put aside: "先不算了 问问合疗…")
                             rf"问问|问下|问一哈|"
                             rf"{_CROWD_ASKED}|各位大佬|大佬们|学长们|学姐们|学长|学姐|师兄|师姐|"
                             rf"姐妹们|宝子们|uu们){_PARTICLES})+(?=.)")
_FILLER_CLOSE_RE = re.compile(rf"(?<=.)(?:[ ,，]*(?:在线等|坐等|等回复|求回复|求解答|求问|求助|急急急|{_CROWD_ASKED}|"
                              rf"求(?:学长学姐|学长|学姐|师兄师姐|大佬|大家|各位)?(?:指路|指点|指导|解惑|带带)|"
                              rf"谢谢大家|谢谢各位|谢谢了|谢谢|(?i:thx|thanks|plz|pls|please)|麻烦大家了|麻烦大家|麻烦了|蹲一个|蹲一下|"
                              # (a plea to answer them all, typed on: "…今年交多少钱一起回一下thx")
                              rf"(?:一起|一并)(?:回复|回答|回)一下|"
                              rf"{_ASIDE}){_PARTICLES})+$")
# ... and inside a clause typed without stops, where the story ends and the question starts ("…现在
# 腿脚不方便想问下我要是再去卫生院住院…"): a clause boundary, the filler dropped with it (四川's 想问哈
# whole: its 想 left behind was a clause of its own that took the place of the story's last clause)
_ASKED_TURN = r"(?:想问一下|想问下|想问问|想问一哈|想问哈|想请教一下|请问一下|麻烦问一下|请问|求问|问一下|问一哈|问下|问哈)"
_ASKING_TURN_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff])(?:我|俺)?|"
                             # (... or where voice typing was found to open a clause with the asker: "…还有医疗救助
                             # 我想问下住院了…")
                             r"(?<=[\u4e00-\u9fff] )(?:我|俺))" + _ASKED_TURN + r"(?=[\u4e00-\u9fff]{4})")
# a question clause this short ("咋办", "多少") borrows the clause before it
_SHORT_QUESTION = 4
# a yes-or-no tag said alone, checking what was said before it
_TAG_RE = re.compile(r"(?:是不是|是吗|是不|对不对|对吗|对吧|是真的吗|真的吗|是这样吗|是这样不)[啊呀哦嘛吧]?")
# a tag after a question asking it be answered, "OK?" (中不中 in 河南 and 山西, 行不行, 成不成)
_OK_TAG_RE = re.compile(r"(?:中不中|行不行|成不成|好不好|中不|行不|成不)[啊呀哦嘛吧哈嘞咧]*[？?]*")
# only whether something is so, asked alone ("是不是真的哦", "真的假的"), after a clause telling what
# was heard ("听别个说…", "别人说…")
_TRUTH_ASKED_RE = re.compile(r"(?:是不是真的|是真的吗|是真的不|真的吗|真的假的|真的不|是不是这样|是这样吗|对不对|是吗|对吗)"
                             r"[哦啊呀哈嘛呢吧]*")
# what something heard is about, asked alone ("咋回事", "怎么回事", "啥意思")
_WHAT_ABOUT_RE = re.compile(r"(?:这是)?(?:咋回事|怎么回事|啥子意思|啥意思|什么意思|咋个回事|怎么个说法|咋说)[哦啊呀哈嘛呢吧]*")
_HEARD_RE = re.compile(r"(?:我|俺)?(?:听说|听别人说|听别个说|听人说|听人家说|听他们说|听[^，,。]{1,4}说|别人说|别个说|人家说|"
                       r"有人说|他们说|据说|听讲)")
# a clause announced as another question ("还有白癜风") this short names only another case
_SHORT_CASE = 6
# another case asked bare, "糖尿病呢", "那居民的呢": the question before asked of it
_ANOTHER_CASE_RE = re.compile(r"[^，,。？?！!\s]{1,8}呢[？?]?")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# a short question for how much is paid back ("报多少", "赔几成", "报好多")
PAID_ASK = re.compile(r"[报赔](?:销)?(?:多少|好多|几成|百分之几)")
# ... or where to take it, or how long it takes ("要准备什么？交到哪？", "材料交哪，多久到账")
_OWN_ASKS = (PAID_ASK, re.compile(r"[交送递寄][到去给]?哪(?![些个种样几])|去哪|在哪"), re.compile(r"多久|好久|多长时间"),
             # ... or by when ("个人交多少啊 ddl啥时候")
             re.compile(r"什么时候|啥时候|几号|哪天|截止|ddl|deadline", re.IGNORECASE),
             # ... or what one pays ("ddl几号 今年交多少钱"), not how many years or months
             re.compile(r"[交缴](?:多少|好多|几多)(?!年|个月|月|天|次)"),
             # ... or how much goes into an account ("啥时候到账 一个月打几多", "每月打多少进来")
             re.compile(r"[划拨打存进](?:进|入)?(?:多少|好多|几多)(?!年|个月|月|天|次)"),
             # ... or how one pays ("一年交好多 咋交"): the channel, a page of its own, not how much
             re.compile(r"(?:咋|怎么|怎样|如何|咋个|啷个|咋样)(?:去|来)?[交缴]"),
             # ... or the papers to upload ("办好能管多久 要上传啥"): what a filing takes, not how long it holds
             # (not 宣传 or 流传 什么)
             re.compile(r"(?<![宣流])传(?:些|点)?(?:啥子?|什么|哪些)"),
             # ... or yes or no of a verb of its own ("2027年要交好多 涨没涨"), not 有没有 or 能不能 of the same thing
             re.compile(r"^(?!有没有|能不能|是不是|可不可|会不会)" + _A_NOT_A + "$"))
# What a story can tell about the asker's case, as the words it used (the search folds synonyms).
# a stay elsewhere told as one for good, in the asker's own words: lived there for years ("住了一年多了",
# "在那打工好几年了"), staying on ("以后也在那", "以后都在成都", "不回来了"), moved there ("搬去成都", "定居") —
# the handbooks' 长期 case (异地长期居住, 常驻异地工作), never a visit (临时外出). Not 住院: a stay in hospital.
STAY_FOR_GOOD = (r"(?:住|待|呆|生活|上班|工作|打工|务工)了?(?:有)?(?:一年多|好几年|好多年|几年|多年|\d+年多?|"
                 r"[一二两三四五六七八九十]+年多?)|以后(?:都|也|就|一直)(?:在|住|待|呆)|(?:不|莫)(?:打算|准备)?回(?:来|去)了|"
                 r"定居|(?:搬|迁)(?:家)?(?:去|到|过去)|常驻(?=那|外|在外|这)")
_STORY_SLOTS: dict[str, re.Pattern] = {name: re.compile(p) for name, p in {
    "scheme": r"城乡居民医保|城乡居民|居民医保|合疗|新农合|农合|职工医保|职工|灵活就业|没单位|打零工|退休|在职",
    # (台湾来的, 香港的表妹: where a 港澳台 person is from, said apart from who they are)
    # (刚生 ending its clause, "孙子刚生 …": the child just born, not 刚生了 / 刚生完 a mother's)
    "who": r"台湾学生|香港学生|澳门学生|港澳台|台湾|香港|澳门|台胞|新生儿|刚出生|刚生下来|生下来|刚生(?=$|[\s，,。])|学生|大学生|研究生|孩子|娃儿?|老人|老年人|孕妇|怀孕|残疾",
    # (医疗救助对象 and 建档立卡 are groups with rows of their own too: "我是医疗救助对象 …有等待期吗" is
    # their row, not everyone's, so the word is kept in every reading of the question)
    # (低保边缘 and 因病致贫 are groups of their own, with their own rows and where to apply — never 低保's)
    "category": r"低保边缘|因病致贫|低保|地保户|特困|五保|孤儿|脱贫|监测对象|重度残疾|困难人员|困难学生|家庭困难|家里困难|困难户"
                r"|医疗救助对象|救助对象|建档立卡|贫困户|贫困人口|贫困学生",
    # (a grade said whole, 二级乙等 / 三乙, is one tier: 长治 pays 二乙 as 三类 and 二甲 as 二类)
    "tier": r"三级甲等|三级乙等|二级甲等|二级乙等|三甲|三乙|二甲|二乙|三级|二级|一级|乡镇卫生院|卫生院|社区|县医院|县级医院|市医院|省医院",
    "year": r"20\d\d年",
    # the month the cover was paid for ("三月十几号才想起去交"): when its cover starts depends on it
    "month": r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?=[^，。？?\s]{0,8}(?:交|缴|参保))",
    # whether the cover was paid the year before ("去年交了医保", "2025年一直莫交"): with the month paid, it
    # decides when this year's cover starts (连续参保 or a 3 months' wait)
    "before": r"(?:去年|上一年|上年|头一年|前一年|20\d\d年)[^，,。？?\s]{0,4}?(?:没有?|莫|未)(?:交|缴|参保|买)|"
              r"(?:去年|上一年|上年)(?:都|也)?(?:交了|交过|缴了|参保了|参了保|买了)",
    # the year's fee paid after its window ("没赶上1号前交", "过了截止才交", "后来才补交"): whether care before or
    # soon after is paid hangs on it (等待期内及之前发生的医疗费不予支付), so no reading of the question drops it
    "late": r"没赶上[^，,。？?\s]{0,12}?(?:交|缴)|错过[^，,。？?\s]{0,6}?(?:缴费期|缴费时间|交费时间|集中缴费)|"
            r"过了[^，,。？?\s]{0,8}?(?:才|再)(?:交|缴|补交|补缴)|(?:才|后来|之后)(?:去)?(?:补交|补缴)|晚交|迟交",
    # signing someone up told ("想给娃儿上合疗", "第一回给屋头人买医保"): what a bare errand asked after it (what to
    # bring, where to go, by when) is for — read without it, "要拿啥子东西去办" found any page's papers
    "enrol": r"上合疗|上新农合|上居民医保|上医保|买医保|买合疗|办医保|入保|参保|参合|参加(?:城乡居民医保|居民医保|合疗|新农合)",
    # the asker's home, where a student or migrant worker is treated away from where they are insured
    "home": r"老家|户籍地|生源地|家乡",
    # a student gone home for the holidays ("寒假回湖南老家", "放暑假回家"): the handbook's 放假…返乡, whose
    # care there (急诊转住院, 备案) has a page of its own — the home alone found the page on the cover at home
    "holiday": r"(?:放寒假|放暑假|放假|寒假|暑假|休学)(?:了|的时候|期间|里)?[^，,。？?\s]{0,4}?(?:(?:回|返)[^，,。？?\s]{0,6}?[家乡]|回去)",
    # (a birth told by its kind, "顺产" / "剖腹产", is the 定额 asked: kept with the question it is told with)
    # (门诊统筹, the 职工's yearly outpatient benefit, is kept whole: a question of it, "能给家里人用不",
    # read with 门诊 alone finds the account's page instead)
    # (a 慢病 the story says is not reached, "没到门慢那个标准", is the handbook's 两病 — the denial kept whole,
    # which the lexicon reads as 两病, never 慢病 alone)
    "care": r"(?:还)?(?:没|没有|莫|未|不够|够不上|达不到|没达到|没有达到)(?:到)?(?:办)?(?:门慢|门诊慢病|慢病)|"
            # (the 国谈 drugs' kinds, told of a patient's medicine, "医生说要用那个谈判药 … 合疗能报好多": their
            # own rules, which the question asked alone never finds — the bare "报好多" found a stay's example)
            r"国家谈判药品?|谈判药品?|国谈药品?|单行支付药品?|高值药品?|"
            r"门诊慢特病|两病|慢特病|慢性病|慢病|特病|大病保险|大病|住院|出院|门诊统筹|门诊|急诊|生育|分娩|顺产|剖腹产|剖宫产|没直接报|没有直接结算|没直接结算|垫付|垫了|自己垫|自费(?![药项部])",
    # how the care was reached: away from home, referred, registered (备案) or not
    # (the handbooks' kinds of filing, whole: "办异地长期居住备案" is no plain 异地 … 备案)
    # (a move between hospitals said as where to, "转回县医院", "转到市医院", is a 转院)
    # (care out of the province said the other way round, "在省外医院", and a visit said to be a passing one,
    # "临时看个门诊", "临时去外地就医": the kind of care away that the pages of one kind name — neither dropped)
    "route": r"异地长期居住|长期居住|异地临时就医|异地|外地|外省|省外|长期备案|临时备案|备案|转诊|转院|"
             r"临时(?=[^，,。？?\s]{0,3}?(?:看|就医|就诊|外出|出去|去|住院|拿药|买药))|"
             r"转(?:回|到|去|往)(?=[^，,。？?\s]{0,8}?(?:医院|卫生院|医疗机构))",
    # living there, told in the asker's words ("长期住那边", "长住成都", "随子女生活": never 长期住院, a
    # long stay): the 长期 kind of filing, which only a question on 备案 is about (with_slots)
    # (working there for good, "长期在浙江厂里上班", "常年在外头打工": the handbook's 常驻异地工作人员)
    "living": r"长期(?:住|待|呆|生活)(?!院)|长住(?!院)|随子女[^，,。？?\s]{0,6}?(?:生活|居住)|" + STAY_FOR_GOOD + "|"
              # (gone to live with a child, "儿子喊我跟他去浙江住", "跟着女儿到成都生活": the handbook's 随子女)
              r"(?:儿子|女儿|子女|闺女|孩子|娃儿?)[^，,。？?\s]{0,5}?(?:去|到)[^，,。？?\s]{0,6}?(?:住|生活|居住|养老)(?!院)|"
              r"(?:长期|常年|一直|常驻)(?:在|到)?[^，,。？?\s]{0,8}?(?:上班|工作|打工|务工)|"
              # (living with a child there, "跟着儿子在深圳住", "跟到我在绵阳住" of a parent; away for good, "常年不回去")
              r"(?:跟到|跟着|跟|随|和)(?:我们?|儿子|女儿|子女|儿女|闺女|娃儿|孩子)(?:一起|一路|一块儿?)?(?:在|到|去)?"
              r"[^，,。？?\s]{0,6}?(?:住|生活|养老)(?![院了])|(?:长期|常年|一直)不回(?:来|去|老家)",
    # the 职工's own account, named or said as the card's money ("他卡里头的钱，能给我交合疗不"): a clause
    # of its own before the question, it is what the question asks of — a reading with the scheme alone
    # ("职工医保 能给我交合疗不") asks whether both schemes may be held, never what the account pays
    "account": r"个人账户|个账|个帐|医保余额|账户[里上]的?钱|卡[里上](?:面|头)?(?:的|那个|这个|那些|这些)?钱|卡[里上]有钱",
    # a stay before this one in the year, which decides the deductible ("今年住过一次院 这次又去三级")
    "course": r"住过一次|住了一次|第二次住院|再次住院|二次住院|又住院|又住了一次",
    # a complaint told before a bare "打哪个电话" ("那个人态度凶得很 我想反映一下 打哪个电话"): the number
    # asked is the one that takes complaints (12345), not an office's
    "complaint": r"投诉|反映|态度差|态度不好|态度凶|服务差|不满意|差评",
    # how long the asker has paid, in months ("交了半年就生了", "生育保险才缴了三个月"): whether a benefit is
    # paid at all may hang on it (生育津贴 after 12 months' 生育保险), so no reading of the question drops it
    "paid": r"(?:交|缴)(?:费)?(?:了|过)?(?:才|刚|只|还不到|不到|没满|不满)?(?:半年|(?:\d{1,2}|[一二两三四五六七八九十几]{1,2})个多?月)",
    # the asker's monthly base told in a clause of its own ("月缴费基数5000 个人账户划好多 生育保险按好多交"):
    # every fee asked after it is a share of that base (kept only for a question of paying in: with_slots)
    # ("缴费基数按3500": the base said with 按 as its figure)
    "base": r"(?:月|每月)?(?:缴费|参保)?基数(?:是|为|有|按)?\s*\d[\d.]*(?:千|万)?|"
            r"(?:月|每月)?(?:缴费|参保)?基数(?:是|为|有|按)?[一二两三四五六七八九十][一二三四五六七八九十千万百]*(?:块|元)?",
}.items()}


# a question for when the cover starts, or how long until it does: the month paid decides it
_FROM_WHEN_RE = re.compile(r"能用|享受|生效|等待期|要等|得等|等(?:多久|好久|一段)|多久|好久|什么时候|啥时候|哪天|几时|马上|"
                           # ("是不是一月一号就能报了": whether a day is when it starts)
                           r"[号日](?:就|才)?(?:能|可以)(?:报|用)|"
                           # (... or whether care in a month of the year is paid, "二月份看病可不可以报": whether the
                           # cover had started by then)
                           r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?[^，,。？?\s]{0,4}?(?:能不能|可不可以|能|可以)(?:报|用)")
_WHO_SLOTS = ("scheme", "who", "category", "region")
# story words added to a question even when it names another of their kind: "医院开了转诊，备案要传
# 什么材料" is the 转诊 case of 备案 (the route words qualify each other, they do not compete)
_ADDED_ANYWAY = {"route"}
# a question of paying in (a fee, a share to the account), which the base told in the story is for
# (or what is added to the fee, "生育保险也交的话还得添多少")
# (... or the share paid into the 职工's own account, however said: "个人账户每月进好多", "个账一个月打进去几多")
_PAYING_IN_RE = re.compile(r"[交缴扣划]|(?:加|多出)(?:多少|好多|几多)|"
                           r"(?:账户|帐户|个账)[^，,。？?]{0,6}?(?:进|打|入|存|返)")
_WORKER_SCHEME = re.compile(r"职工|在职|退休|灵活就业")
_RESIDENT_SCHEME = re.compile(r"居民|合疗|农合")
_ROUTE_DECIDING = ("急诊", "急诊抢救")
# the facts of the asker's case a calculation form reads from a question's text
_CASE_SLOTS = ("scheme", "category", "region")
# a household's head count ("我们屋头五个人", "一家4口人"): told once, it is what a later question asking
# the household's total ("一家人一共要交好多") counts — kept apart from the search readings (a count is no
# word of any entry)
_HEAD_COUNT = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})\s*(?:个人|口人|口)(?![袋子气])")
# a fund that pays after basic insurance, asked for its amount ("大病保险报多少", "救助能给好多")
# ... or the sum paid on the bill told before ("…住院合规8000，咋报，能报多少"), not a rule of the table
_LATER_FUND = re.compile(r"(?:大病|救助|大额)[^，。？?]{0,8}(?:多少|好多|几多)|"
                         r"^[^，。？?]{0,4}(?:能|可以)?(?:报|赔|给|补)(?:销)?(?:多少|好多|几多)")
# what is left of the bill asked last ("医保报几多 大病再报几多 自己还掏几多"): after every fund the message
# asked of before it — the same bill's end, read with those questions, never basic insurance's remainder alone
_LATER_LEFT = re.compile(r"^(?:那|那么)?(?:最后|最终|剩下)(?:的)?(?:自己|个人)?(?:还)?(?:要|得)?(?:出|掏|付|负担|自付)(?:多少|好多|几多)")
# a later question asking the 大病 cap ("二次报销最高限额是好多"), and the facts of cover told that move it
_LATER_CAP = re.compile(r"(?:大病|二次报[销账])[^，。？?]{0,8}?(?:最高|封顶|限额|上限|最多)")
_RUN_FACTS = frozenset({"gap_years", "gap_range", "continuous_years"})
_FUNDS_ASKED = re.compile(r"大病|二次报[销账]|救助|大额")
_RULE_WORDS = re.compile(r"最多|最高|封顶|限额|上限|起付|比例|几成|百分之|标准")
# the wait asked again after an earlier question of the message told the gap ("…断了三年 想修复 要补好多钱
# 修复后还等几个月"): the same case's wait, short and telling nothing of its own
_LATER_WAIT = re.compile(r"^[^，。？?\d]{0,6}(?:还|又|要|得|需要)?等(?:待期)?(?:是|有|要)?(?:几个月|多久|好久|多长时间|多少天|几天)|"
                         r"^[^，。？?\d]{0,6}等待期(?:还|又)?(?:是|有|要)?(?:几个月|多久|好久|多长|多少)")
# a clause that asks for a rule by naming it only ("三级医院起付和比例", "门诊慢病年度限额")
# (or an office's phone or address, "医保局电话 还有长护险一年多少钱": not one the asker rang, "打了医保局电话")
_RULE_ASKED_RE = re.compile(r"(?:封顶线?|限额|上限|起付线?|起付标准|比例|报销标准|缴费标准)$|"
                            r"^(?![^，,]*(?:打|拨|问)[了过])[^，,]{0,12}(?:电话|联系方式|地址)(?:号码?)?$")


# the kind of care a clause tells or a question asks of: a visit (门诊, 药店) or a stay
_VISIT_CARE = re.compile(r"门诊|门特|药店|拿药|开药")
_STAY_CARE = re.compile(r"住院|住了[^，。]{0,3}院|住进")


def _bills_of_care_asked(told: str, question: str) -> str:
    """`told` without the bills of the other kind of care, when it tells a visit's bill and a stay's bill
    each in a clause of its own and `question` asks of one kind only ("门诊合规650 另外住了次院合规5400 门诊统筹报
    好多"): each kind's sum is computed by its own rule from its own bill, never the stay's rule on the visit's."""
    if not told:
        return told
    visit = bool(_VISIT_CARE.search(question))
    if visit == bool(_STAY_CARE.search(question)):
        return told
    clauses_told = told.split("，")

    def kind(clause: str) -> str | None:
        if "amount" not in extract(clause):
            return None
        v, s = bool(_VISIT_CARE.search(clause)), bool(_STAY_CARE.search(clause))
        return None if v == s else ("visit" if v else "stay")
    kinds = [kind(c) for c in clauses_told]
    if not {"visit", "stay"} <= set(kinds):
        return told
    other = "stay" if visit else "visit"
    return "，".join(c for c, k in zip(clauses_told, kinds) if k != other)


@dataclass
class Part:
    """One question of a message: its clause, the story told with it, what the story says, and
    the readings to search (the first is the main one; the message without its off-topic
    clauses is as good a reading; an ending must do clearly better to be preferred)."""
    question: str
    story: str = ""
    slots: dict[str, list[str]] = field(default_factory=dict)
    readings: list[str] = field(default_factory=list)
    # readings from this index on are endings of the message: they drop words that may matter
    endings_from: int | None = None
    # the question as understood with the one before it ("帕金森呢" → that one's question about 帕金森)
    asked: str = ""
    # the story told before an earlier question of the message: "三级医院住院合规20万，基本医保报多少？
    # 大病保险报多少？" asks the later fund of the same bill
    earlier: str = ""
    # said apart from the question before it ("…？还有，…"): another question, never that one's answer
    apart: bool = False
    # the message's questions before this one, when it tells nothing of its own (what is left asked last)
    asked_before: str = ""
    # the story told before this question's own up to a switch between the schemes ("交的合疗，想转成职工医保"):
    # the two schemes it names are the switch's, from and to
    switch: str = ""

    @property
    def query(self) -> str:
        return self.readings[0] if self.readings else with_slots(self.question, self.slots)

    @property
    def text(self) -> str:
        """Story and question as written (what a calculation form reads its facts from), or as
        understood with the question before it."""
        if self.asked:
            return self.asked
        # (a story telling a 门诊 bill and a stay's bill apart: a question naming one kind of care reads its own bill)
        story, earlier = _bills_of_care_asked(self.story, self.question), _bills_of_care_asked(self.earlier, self.question)
        told = (story + "，" + self.question) if story else self.question
        if not story and earlier and _LATER_FUND.search(self.question) \
                and not _RULE_WORDS.search(self.question) and "amount" in extract(earlier):
            told = earlier + "，" + self.question
            # (an earlier question of the message asking whether the filing the story says was not made may
            # still be made, "出院了还能补办备案吗": the case's filing is unsettled — read with it)
            refiling = next((q for q in self.asked_before.split("，") if REFILING_ASKED.search(q)), None)
            if refiling and refiling not in told:
                told = earlier + "，" + refiling + "，" + self.question
        elif not story and earlier and self.asked_before and _LATER_LEFT.search(self.question) \
                and _FUNDS_ASKED.search(self.asked_before) and "amount" in extract(earlier):
            told = earlier + "，" + self.asked_before + "，" + self.question
        elif not story and earlier and _LATER_WAIT.search(self.question) \
                and {"gap_years", "gap_months", "newborn_days", "arrears_months"} & set(extract(earlier).values) \
                and not {"gap_years", "gap_months", "newborn_days", "arrears_months"} & set(extract(self.question).values):
            told = earlier + "，" + self.question
        elif not story and earlier and _LATER_CAP.search(self.question) \
                and _RUN_FACTS & set(extract(earlier).values) and not _RUN_FACTS & set(extract(self.question).values):
            # ("…三年都没交合疗 今年交了 要等几个月 大病保险最高限额是好多": the years without cover, or in a row, the
            # story told before the first question lower or raise the 大病 cap the later one asks — read with them)
            told = earlier + "，" + self.question
        # whose case another question of the message told ("女职工生孩子 顺产报多少 剖宫产报多少"):
        # the scheme, category and place it does not say itself
        own = _own_slots(told) | ({"region"} if detect_region(told).region else set())
        if _WORKER_SCHEME.search(self.question) or _RESIDENT_SCHEME.search(self.question):
            # (a question naming its scheme by the bare word, "职工报多少 居民报多少", is that scheme's:
            # the other question's scheme is not put in front of it)
            own.add("scheme")
        said = [w for name in _CASE_SLOTS if name not in own for w in self.slots.get(name, [])]
        if "scheme" not in own and len(self.slots.get("scheme", [])) > 1 and self.switch:
            # (two schemes told as a switch before, "交的合疗 想转成职工医保 … 转过去断了半个月要等不": from
            # one to the other, carried as told — the two names alone are two schemes of one person, asked back)
            said = [self.switch, *(w for w in said if w not in self.slots["scheme"])]
        if "base" not in own and _PAYING_IN_RE.search(self.question):
            # the monthly base another clause told ("月缴费基数5000 … 生育保险又按好多交"): the fee asked is
            # a share of it, computed, not only the rate
            said += self.slots.get("base", [])
        if TOTAL_SAID.search(self.question) and not _HEAD_COUNT.search(told):
            said += self.slots.get("people", [])
        return " ".join([*dict.fromkeys(said), told])


@dataclass
class Parsed:
    clauses: list[str]
    parts: list[Part]
    beyond: list[str] = field(default_factory=list)    # questions after the first MAX_QUESTIONS


_FILING_KIND = re.compile(r"长期|长住|随子女|临时|转诊|急诊")
# the case of the handbook's rule for a student home for the holidays: an emergency, a stay — asked whether the
# cover holds there (how to file, what a stay there pays, are pages of their own: which filing, the rates)
_HOLIDAY_RULE_CASE = re.compile(r"急诊|抢救|急病|住院|住了院|住进")
_COVERED_ASKED = re.compile(r"还能用|能用|能不能用|可以用|管不管|管用|认不认|算不算|报不报|能不能报|能报吗|能报不|可以报吗|给不给报")
# what to do to be treated somewhere ("看病要办些啥", "住院咋弄", "就医怎么办"): with a stay there told, the
# filing's question
_HOW_TO_FILE = re.compile(r"(?:怎么|咋个?|如何|怎样|在哪|哪里|去哪|哪儿)(?:个|样)?(?:去|来)?(?:办理?|弄|搞|做)?(?:异地)?(?:就医)?备案")
# (or of one's 医保 itself, "医保得办些啥手续", "医保咋个弄": only read so with living elsewhere told — with_slots —
# where what the 医保 needs is the 长期 filing)
_WHAT_TO_DO_FOR_CARE = re.compile(r"(?:看病|住院|就医|看门诊|拿药|医保)[^，,。？?\s]{0,4}?(?:(?:要|得|需要)?办(?:些|点)?(?:什么|啥子?|哪些)|手续|"
                                  r"咋办|怎么办|咋个办|咋弄|怎么弄|咋整|怎么整|咋个弄)")
# what a stay in hospital pays, asked ("住院咋个报", "住院能报好多", "住院报销比例"): with living there told, the 长期 row's
_STAY_PAID_ASKED = re.compile(r"住院[^，,。？?\s]{0,4}?(?:咋个?报|怎么报|怎样报|如何报|报好多|报多少|报几成|能报|可以报|报销|比例|起付)")
# ... but only a stay told as one for good (years there, staying on, 长期 / 常年 / 一直): gone to stay with a child,
# time unsaid ("跟儿子去成都住了"), may be a visit — the handbook's example is 长期 随子女生活 — and the 市外
# page's three cases stand (the 长期 row is the filed one's, never the rate of a stay not told as for good)
_FOR_GOOD = re.compile(STAY_FOR_GOOD + r"|长期|长住|常年|常驻|一直")
# living with a child, told ("跟着女儿住", "随子女在外地生活", "儿子接我去深圳住")
_WITH_CHILD = re.compile(r"儿子|女儿|子女|儿女|闺女|娃儿|孩子|跟到我|跟着我|跟我|随我|和我")
# which kind the asker is, asked after a story of 备案 ("要办异地备案 我算哪一种")
_WHICH_KIND = re.compile(r"哪一?种|哪一?类|哪个|算啥|算什么|属于")
_WORKING = re.compile(r"上班|工作|打工|务工")
# whether one must file at all ("用不用提前备案", "要不要备案", "需要备案吗"): the kind of care told decides it
# where a handbook files a stay and not a visit (长治: 临时外出门诊 无需备案, 住院 不备案降低10%)
_WHETHER_FILING = re.compile(r"(?:要不要|用不用|需不需要|需要|必须|一定要|要|得)(?:提前|先|事先|单独|另外)?(?:办理?|去)?备案"
                             r"(?:[吗嘛不没]|$)")
# ... or the filing told as a fact of the case, not done or done ("没备案 报销少多少", "备了案 报几成"): what is
# asked is the rate of the care told, which the filing only lowers — the 门诊 told is no 住院 (长治: 临时外出门诊
# 降10个百分点, 住院 不备案降10%, two pages)
_FILING_TOLD = re.compile(r"(?:没|未|不|莫得|没得|没有|冇)(?:有|去)?(?:办理?|做)?备案|(?:已经?|办了|做了)备案|备了案|备过案")


# an errand asked with nothing of its own named: what to bring, where to go, by when ("要拿啥子东西去办", "在哪儿去办",
# "有没得时间限制"): an enrolment told before it is what it is asked of (not a question naming care or a claim)
_ERRAND_ASKED = re.compile(r"^(?!.*(?:住院|门诊|报销|报|认定|备案|慢|特病|救助|转诊))(?:.*(?:拿|带|准备|要)(?:些|点)?(?:啥|什么|哪些)"
                           r"|.*(?:在|去|到)哪|.*(?:时间|期限|时限)|.*(?:几天|多少天|好多天|多久|好久)(?:以?内|之内))")


def with_slots(question: str, slots: dict[str, list[str]]) -> str:
    """The story's slot words for what the question does not say itself, then the question
    ("长治居民…起付线多少" keeps its 居民 even when another question names 职工)."""
    own = _own_slots(question)
    # a question about the route (要办哪种备案) is not about the stay the story told of (住院)
    # (nor about the hospital's level: 备案 is the same for each)
    own = (own | (({"tier"} if _WHETHER_FILING.search(question) or _FILING_TOLD.search(question) else {"care", "tier"})
                  if "route" in own else set())) \
        - _ADDED_ANYWAY
    schemes = [*slots.get("scheme", []), *_STORY_SLOTS["scheme"].findall(question)]
    if any(_WORKER_SCHEME.search(w) for w in schemes) and any(_RESIDENT_SCHEME.search(w) for w in schemes):
        # the story tells both schemes, the asker's and a relative's ("我有职工医保，我老婆是居民医保，她生娃儿
        # 我这边能报啥"): a reading naming one keeps the other, else it asks of that one alone
        own -= {"scheme"}
    if not _FROM_WHEN_RE.search(question):
        own |= {"month", "before"}  # (the month paid, and last year's cover, decide only when the cover starts)
    # ... except an emergency, which decides the route (急诊抢救 视同已备案: "急诊住进去了，要备案不")
    # ... and living there, which the story tells ("长期住那边 … 要备案不"): a question naming 备案 and no
    # kind of it asks of the 长期 kind, whose page differs (never the 急诊 视同已备案 page)
    if not _PAYING_IN_RE.search(question):
        own |= {"base"}             # (a base is no bill: "基数5000 … 住院报销比例多少" is not a stay of 5000)
    if _RECOGNISED_WHERE.search(question) and detect_region(question).county:
        # (the hospitals that recognise a 慢特病 are listed per county, the same for every disease — 巴中
        # 第四章 七问: the disease told is no word of "在南江县哪些医院可以办慢病认定", it finds that disease's
        # criteria instead)
        own |= {"disease"}
    if "新生儿" in slots.get("who", []) and "who" in own \
            and all(_CHILD_WORD.fullmatch(w) for w in _STORY_SLOTS["who"].findall(question)):
        own -= {"who"}              # ("娃儿的合疗啷个上" after a birth told: the newborn's)
    words = [w for name, ws in slots.items() if name != "people" for w in ws if w not in question
             and (name != "holiday" or _COVERED_ASKED.search(question) and "备案" not in question)
             and (name != "enrol" or _ERRAND_ASKED.search(question))
             and (name not in own and name != "living"
                  or name == "care" and w in _ROUTE_DECIDING and "care" not in _own_slots(question))]
    asks_filing = "备案" in question or ("备案" in slots.get("route", []) and _WHICH_KIND.search(question))
    # (what to do to be treated there, "在那边看个病要办些啥", asks the filing too, its name unsaid)
    asks_what_to_do = _WHAT_TO_DO_FOR_CARE.search(question) and not _FILING_KIND.search(question)
    # (a filing asked to be made late, "出院了能补办备案吗", asks when, not which kind; how or where to file, "要咋个
    # 备案", asks the channels, the same for every kind: the stay there is no word of either)
    # (what a stay there pays, "搬过去以后住院报几成", asks the 长期 row too: filed as the handbooks' 长期 case, a stay
    # where one lives pays as at home — the plain 市外住院 page lists three cases and says none of them)
    asks_stay_paid = _STAY_PAID_ASKED.search(question) and not asks_filing
    if asks_stay_paid and not _FILING_KIND.search(question) \
            and any(_FOR_GOOD.search(w) for w in slots.get("living", [])):
        words.insert(0, "异地长期居住")
    elif (asks_filing or asks_what_to_do) and not _FILING_KIND.search(question) and slots.get("living") \
            and not REFILING_ASKED.search(question) and not _HOW_TO_FILE.search(question):
        # (said as the handbook says it: "长期住" alone reads as a long stay; work there is 常驻异地工作, and
        # living with a child the handbook's own example of the 长期 case, 随子女生活)
        # (a bare 常驻 "那边" says for good, not whether for work: the other words told decide)
        working = any(_WORKING.search(w) for w in slots["living"]) \
            and all(_WORKING.search(w) or w == "常驻" for w in slots["living"])
        # (only where what to do is asked: a question on filing says what of it it asks — where, with what —
        # and the 随子女 page, who may file, would outweigh it)
        with_child = asks_what_to_do and not asks_filing and any(_WITH_CHILD.search(w) for w in slots["living"])
        words.insert(0, "常驻异地工作" if working else "随子女生活" if with_child else "异地长期居住")
        if asks_what_to_do and not asks_filing:
            words.insert(1, "备案")
    return " ".join([*dict.fromkeys(words), question])


def without_who(question: str) -> str:
    """The question without the words that say whose case it is (scheme, group, category, place):
    what is left says what it asks about ("在职跟退休的有啥不一样" → nothing 医保)."""
    for name in ("scheme", "who", "category"):
        question = _STORY_SLOTS[name].sub("", question)
    hit = detect_region(question)
    return question.replace(hit.county or hit.region or "\0", "") if hit.region else question


# which hospitals (or where) a 慢特病 is recognised ("哪些医院可以办慢病认定", "认定要去哪家医院")
_RECOGNISED_WHERE = re.compile(r"(?:哪些|哪家|哪个|哪所|什么)(?:医院|医疗机构|机构|地方)[^，,。？?]{0,8}认定"
                               r"|认定[^，,。？?]{0,6}(?:哪些|哪家|哪个|哪所)(?:医院|医疗机构|机构)"
                               r"|(?:在|去|到)哪[里儿]?[^，,。？?]{0,6}认定")


def _own_slots(text: str) -> set[str]:
    return {name for name, pattern in _STORY_SLOTS.items() if pattern.search(text)}


# topic words every 医保 question shares (the search's words): no sign of one matter
EVERY_QUESTION_TOPIC = frozenset({"医保", "能报", "报销", "报"})


# a question that points at a thing just named ("听说还有个大病保险 这个咋报"): 这个 / 那个 / 它, not a person,
# a place or a time (这个人, 这个位置, 这个月: the bare 这 is no way back into 这个)
_THING_BACK_RE = re.compile(r"^(?:[这那]个|这(?!个)|它)(?![种样么些边里儿位人月])")


def _pointed_at(story: list[str], question: str, slots: dict[str, list[str]]) -> dict[str, list[str]]:
    """The story's slots for a question pointing at what the story's last clause names ("…住了两回院 又在
    门诊看慢病 … 听说还有个大病保险 这个咋报"): the kind of care asked is that clause's (大病保险), not every
    care the story told of, whose words would outvote it (门诊慢病 found for 大病保险). A thing of no care
    word introduced there ("…大病保险、医疗救助都报了 … 听说还有个倾斜救助 这是超过多少才给救"): no care
    of the story is what is asked (the 大病保险 already paid found for 倾斜救助)."""
    if _STORY_SLOTS["care"].search(question):
        return slots
    if _introduced_thing_asked(story, question) and not _STORY_SLOTS["care"].search(story[-1]) and slots.get("care"):
        return {k: v for k, v in slots.items() if k != "care"}
    if not _thing_pointed_at(story, question):
        return slots
    named = _STORY_SLOTS["care"].findall(story[-1])
    if not named or set(named) == set(slots.get("care", [])):
        return slots
    return {**slots, "care": list(dict.fromkeys(named))}


# a thing introduced by the clause before the question ("听说还有个倾斜救助", "还有一种大额补助"): what a
# question pointing back at a thing asks of
_THING_INTRODUCED_RE = re.compile(r"(?:还有|有)(?:个|一个|一种|种|一项|项)[^，,。？?！!\s]{2,}$")


def _thing_pointed_at(story: list[str], question: str) -> bool:
    """Whether `question` points back at a thing (这个 / 这 / 它) the story's last clause names."""
    return bool(story) and bool(_THING_BACK_RE.match(clean(question)))


# ... or, after a clause introducing it, with no word at all before the verb ("听说有个倾斜救助 是自付超过多少才给救")
_IS_BACK_RE = re.compile(r"^是(?!不是|否|吧)")


def _introduced_thing_asked(story: list[str], question: str) -> bool:
    """Whether `question` asks of the thing the story's last clause introduced ("听说还有个倾斜救助")."""
    return bool(story) and bool(_THING_INTRODUCED_RE.search(story[-1])) \
        and bool(_THING_BACK_RE.match(clean(question)) or _IS_BACK_RE.match(clean(question)))


def asks_of_story(story: str, question: str, topics: Callable[[str], set[str]]) -> bool:
    """Whether `question`, sent after a story that asked nothing yet, is asked of that story: it
    points back at it ("他打算2026年交 …好久能报"), names nothing of its own to ask about ("能报多少",
    "要等好久"), or shares a 医保 topic or a slot's words with it (the scheme, who, the group, the
    care, the tier, the route). A question on a matter of its own ("医保码怎么激活" after a stay in
    hospital told) is not: glued to the story it would be read as the story's. `topics` gives the
    医保 topic words a text names (the index's, corpus.search.Index.topics); place names and the
    kind of answer asked (材料, 比例) are no matter of the question's own."""
    said = clean(question)
    if _POINTS_BACK_RE.search(said):
        return True
    # (what kind of answer is asked, 材料 / 比例 / 哪里, is no matter of its own: the story's papers, its rate)
    own = {t for t in topics(said) if t not in EVERY_QUESTION_TOPIC and not qtypes(t) and not detect_region(t).region}
    told = clean(story)
    if not own or own & topics(told):
        return True
    shared = ("scheme", "who", "category", "tier", "care", "route")
    return any(set(_STORY_SLOTS[n].findall(said)) & set(_STORY_SLOTS[n].findall(told)) for n in shared)


# a clause that says "there" ("在那边看病咋办") of the place or occasion told before it ("暑假去西安实习"): read
# without that clause it is care anywhere (the 户籍地 page was stated for an internship's city)
_THERE_RE = re.compile(r"^(?:在|到|去)?(?:那边|那里|那儿|那头|那块)")
# and a clause that says "this" of the case told before it ("在工地上摔伤了腿 … 这个医保管不管",
# "…这种情况能报吗"): read alone, where the story gives it none of its slot words (a scheme, a place, a
# group), it asks of no case, and its bare words find whatever page says them (the third party's); an
# ending keeping some of the story, or its slot words, may still be read. 这个月 / 这个年度 are a time
# of their own, not the case told
_THIS_RE = re.compile(r"^(?:这种|这样|那种|这个(?![月年季星礼周])|这情况)")


# a clause telling of someone of the asker's household ("我老汉癌症…", "俺娘老去拿药")
_KIN_TOLD_RE = people.KIN_TOLD


def _endings(parts_of: list[str], asked_at: int | None = None, spoken: bool = False) -> list[str]:
    """The message's last clauses (one, two …), each with the slot words of the clauses before;
    none for a message of two clauses or fewer ("被人撞了住院 医保给报不" is all question). With
    `asked_at`, the clause the question is in, only endings that keep it: what is told after a
    question ("…怎么暂停啊 我现在在校区上学 要在校区交") is no reading of it alone."""
    out: list[str] = []
    # (`spoken`: typed without a stop, a story as long as several clauses was said as several: "巴中参保的
    # 没备案也没转诊自己跑到重庆三级医院住院城乡居民起付线和比例是好多"; one typed as one clause is one)
    if len(parts_of) < MIN_STORY_CLAUSES and not (spoken and len(parts_of) == 2
                                                  and len(_CJK_RE.findall(parts_of[0])) >= SPOKEN_STORY):
        return out
    for start in range(len(parts_of) - 1, 0, -1):
        if asked_at is not None and start > asked_at:
            continue
        ending = "，".join(parts_of[start:])
        if len(_CJK_RE.findall(ending)) < _SHORT_QUESTION or _THERE_RE.match(ending):
            continue
        read = with_slots(ending, story_slots("，".join(parts_of[:start])))
        if _THIS_RE.match(ending) and read == ending:
            continue
        out.append(read)
        if len(out) == MAX_READINGS - 1:
            break
    return out


def _part_readings(story: list[str], question: str, slots: dict[str, list[str]],
                   on_topic: Callable[[str], bool] | None = None, spoken: bool = False) -> tuple[list[str], int]:
    """A question of several: read with its own story, and without the chatter the message opens
    with, clauses that name nothing 医保 ("我们村里好多人都在问这个，长治两病甲类药报多少": its words
    would only pull); with a story long enough to stray, also as its clause with the story's slot words (an
    ending: it must do clearly better). The readings, and the index the endings start from."""
    if not story:
        return [with_slots(question, slots)], 1
    own = ["，".join([*story, question])]
    if on_topic is not None:
        # (only chatter the message opens with: a story's later clauses may tell the case in words no
        # entry's topic lists, "寒假回去老是胃疼")
        opening = 0
        while opening < len(story) and not _only_places(story[opening], on_topic):
            opening += 1
        if opening:
            own.append("，".join([*story[opening:], question]))
    # (a story typed without stops is one clause, as long as several; said by voice, a clause of the story
    # is likely several run together: "我是单位上班的交的职工医保 要是在市内三级医院住院起付线多少")
    told = len(_CJK_RE.findall("".join(story)))
    long = len(story) + 1 >= MIN_STORY_CLAUSES or told >= LONG_STORY or (spoken and told >= SPOKEN_STORY)
    if not long:
        return own, len(own)
    # (... and, after a story of several clauses, as its last clauses, as the message asking it alone would be:
    # "…今年住了两回院 听说…大额医疗补助 他这个年纪报销比例是好多" with the earlier clauses' slot words; a
    # shorter story's first clause may say what no slot word keeps, "开了个小卖部 没请人")
    last_two = [e for e in _endings([*story, question])[1:] if e not in own] if len(story) >= MIN_STORY_CLAUSES else []
    if _PLACE_BACK_RE.search(question):
        # (a question asked of the place the story told, "…去上海交流半年 要不要在那边备案": without the story
        # — or its clauses up to the place told — it asks of no place, or of another: 那边 read as the
        # asker's home)
        return own, len(own)
    if _introduced_thing_asked(story, question):
        # (a question pointing back at a thing the last clause introduced, "…听说还有个倾斜救助 这是超过多少才给救":
        # read with that clause and the slots `_pointed_at` kept, as the last two clauses — alone "这" names
        # nothing, and with every care the story told the 大病保险 already paid is found for 倾斜救助)
        return [*own, with_slots(f"{story[-1]}，{question}", slots)], len(own)
    return [*own, with_slots(question, slots), *last_two], len(own)


# a question clause asking nothing of its own but how, of 医保 or of care ("医保咋整", "医保咋个弄", "在那看病咋整"):
# what it asks of is the story told before it
_BARE_ASK_RE = re.compile(r"(?:那|那么|那我|我)?(?:在那边?|在那里|在那儿|到那边?)?(?:的)?(?:医保|社保|看病|看病的话|就医)?(?:这块|这个)?"
                          r"(?:咋个?整|咋个?弄|咋个?办|咋搞|怎么整|怎么弄|怎么办|怎么搞|怎么处理|咋处理)(?:呢|啊|呀|嘛|哦|喃)?[?？]?")
# a place pointed back at ("在那边", "当地", "那里"): the place the story told
_PLACE_BACK_RE = re.compile(r"那边|那里|那儿|当地")


# a clause telling what someone said ("居委会的人说…", "医生讲…", "听说…"), not what the asker asks
_TOLD_CLAUSE_RE = re.compile(r"^(?:" + _HEARD_RE.pattern + r"|[^，,。？?！!\s]{1,8}?(?<![我想要再怎咋么这那])(?:说|讲)"
                             r"(?!明|一下|下|清楚|的是|了算|不定))(?=[\u4e00-\u9fff]{2})")
# words of a question that point back at what was told before it ("这个是啥", "他能办不", "那…", "这种
# 情况", "刚才说的"): the story is needed (`asks_of_story`, `_only_told`)
_POINTS_BACK_RE = re.compile(r"这|那|他|她|它|其|上面|刚才|刚刚|前面说|前面讲|前头说")


def _only_told(story: list[str], question: str, topics: Callable[[str], set[str]] | None) -> bool:
    """Whether the story only tells what someone said ("居委会的人说我爸可以享受两病待遇"), and the
    question names what it asks of itself: the 医保 word the told clause is about said again in it
    ("两病到底是什么"), long enough, pointing back at nothing ("巴中超过好多会推" after "听说…医保会推给民政"
    says what it asks only with the story)."""
    if not story or topics is None or not all(_TOLD_CLAUSE_RE.match(c.strip()) and not is_question(c) for c in story):
        return False
    return len(_CJK_RE.findall(question)) >= _SHORT_QUESTION + 2 and not _POINTS_BACK_RE.search(question) \
        and bool(topics(question) & topics("，".join(story)))


# what joins places named together ("通江跟南江的", "巴州、恩阳")
_PLACES_JOINED_RE = re.compile(r"^\s*(?:跟|和|与|及|同|、|,|，|还有)\s*$")


def per_place(question: str) -> list[str]:
    """A question naming several covered places together ("通江跟南江的医保窗口电话分别好多", "巴中和
    长治的…") is one question per place, each answered from its own entry; else the question."""
    text = fold(question)
    named = [m for m in places_in(text) if m.places[0].level in ("county", "city") and regions.of_place(m.places[0])]
    if len(named) < 2 or len({m.written for m in named}) < len(named):
        return [question]
    if not all(_PLACES_JOINED_RE.match(text[a.end:b.start]) for a, b in zip(named, named[1:])):
        return [question]
    head, tail = text[:named[0].start], text[named[-1].end:]
    return [head + m.written + tail for m in named]


_EACH_RE = re.compile(r"分别|各是|各自|各报|各给|各赔|各补|各交|各救|各多少|各能|各有")


# the groups of people the handbooks give their own rows ("特困人员和低保户 救助各给多少")
_GROUPS = ("特困人员", "特困户", "特困", "低保对象", "低保户", "低保", "孤儿", "返贫致贫人口", "脱贫人口", "监测对象",
           "低保边缘家庭", "低保边缘", "重度残疾人", "因病致贫重病患者")


def per_disease(question: str) -> list[str]:
    """A question naming diseases together and asking for each ("高血压和糖尿病分别报多少",
    "冠心病、糖尿病各是多少限额") is one question per disease; else the question."""
    if not _EACH_RE.search(question):
        return [question]       # (as _per_named would: the ~240 words are not listed for nothing)
    return _per_named(question, [w for w, _, _ in disease_vocabulary()], in_a_row=True)


def _names_a_disease(question: str) -> bool:
    return any(len(w) >= 2 and w in question for w, _, _ in disease_vocabulary())


def per_group(question: str) -> list[str]:
    """A question naming groups of people together and asking for each ("特困人员和低保户医疗救助
    各给多少") is one question per group; else the question."""
    return _per_named(question, _GROUPS, joined=True, in_a_row=True)


# the funds a stay's bill goes through, each with its own pages (a deadline, a rate, a limit of its own)
_FUNDS = ("基本医疗保险", "基本医保", "大病保险", "大病医保", "二次报销", "医疗救助", "大额医疗费用补助", "大额补助",
          "公务员医疗补助")


def per_fund(question: str) -> list[str]:
    """A question naming funds together and asking for each ("基本医保和大病保险最迟分别啥时候报") is one
    question per fund, each answered from its own page; else the question. Not with a bill told ("合规8万
    基本医保和大额补助各报多少"): each fund is then computed in one chain, the later on what the earlier left."""
    # (a question asking for no fund each is one question: its slots are read only when it asks so)
    if not _EACH_RE.search(question) or extract(question).get("amount") is not None:
        return [question]
    return _per_named(question, _FUNDS, in_a_row=True)


# the next member said of a group in a clause of their own ("俺娘是低保 俺姨是特困 … 各救助多少"): the
# groups named together as surely as "低保和特困"
_MEMBER_OF_RE = re.compile(r"^\s*[，,、\s]\s*(?:还有|另外)?(?:我|俺)?[\u4e00-\u9fff]{1,3}(?:是|属于)\s*$")


_MEMBER_SAID_RE = re.compile(r"(?:我|俺)?[\u4e00-\u9fff]{1,3}(?:是|属于)\s*$")


def _per_named(question: str, words, joined: bool = False, in_a_row: bool = False) -> list[str]:
    """`in_a_row`: names said one after the other with nothing between are named together too
    (voice typing drops the stops: "氟骨症大骨节病克山病新农合每个月各是多少")."""
    if not _EACH_RE.search(question):
        return [question]
    found: list[tuple[int, int, str]] = []
    for word in sorted(words, key=len, reverse=True):
        if len(word) < 2:
            continue
        # (each place it is said, left to right, as re.finditer of the word would find them)
        at = question.find(word)
        while at >= 0:
            if not any(a < at + len(word) and at < b for a, b, _ in found):
                found.append((at, at + len(word), word))
            at = question.find(word, at + len(word))
    found.sort()
    if len(found) < 2 or len({w for _, _, w in found}) < len(found):
        return [question]
    if not all(_PLACES_JOINED_RE.match(question[a[1]:b[0]]) or (joined and _MEMBER_OF_RE.match(question[a[1]:b[0]]))
               or (in_a_row and not question[a[1]:b[0]].strip())
               for a, b in pairwise(found)):
        return [question]
    head, tail = question[:found[0][0]], question[found[-1][1]:]
    if not joined or not any(_MEMBER_OF_RE.match(question[a[1]:b[0]]) for a, b in pairwise(found)):
        return [head + w + tail for _, _, w in found]
    # each group with the member said of it ("俺娘是低保 俺姨是特困": 俺姨 is the 特困 one)
    own = _MEMBER_SAID_RE.search(head)
    before = head[:own.start()] if own else head
    parts = [head + found[0][2] + tail]
    for a, b in pairwise(found):
        between = question[a[1]:b[0]]
        said = _MEMBER_SAID_RE.search(between) if _MEMBER_OF_RE.match(between) else None
        parts.append((before + said.group(0).lstrip() if said else head) + b[2] + tail)
    return parts


# two hospital tiers set against each other with what each pays asked ("卫生院和二级医院住院各报多少", "在乡镇
# 卫生院住院报得多还是二级医院报得多"): one question per tier, each its own table row — asked whole, the rows'
# pages each cover half of it and the message was refused
_TIER_PHRASE = {"乡镇卫生院": "乡镇卫生院", "一级": "一级医院", "二级": "二级医院", "三级": "三级医院"}
_TIERS_EACH_ASKED = re.compile(r"各(?:报|是|能报|给|赔|自)|分别|哪(?:个|种|一级|家)[^，,。？?]{0,6}?(?:报得?多|报的多|多些|高)|"
                               r"报得?多(?:些|点|一些)?[\s，,]*还是")
_TIERS_SET_APART = re.compile(r"^[^，,。？?！!；;]{0,16}?(?:还是|跟|和|与|同|、)[^，,。？?！!；;]{0,8}$")
_CARE_OF_TIERS = re.compile(r"住院|门诊")


def per_tier(question: str) -> list[str]:
    """A question naming two hospital tiers and asking what each pays (or which pays more) is one question
    per tier, with the kind of care it names and the scheme told; else the question. With no care named
    it stays whole (which care is asked back: bot.engine)."""
    if not _TIERS_EACH_ASKED.search(question):
        return [question]
    from intents.slots import _tier_mentions
    named = [(a, b, t) for a, b, t, _ in _tier_mentions(question) if t in _TIER_PHRASE]
    care = _CARE_OF_TIERS.search(question)
    if len(named) != 2 or named[0][2] == named[1][2] or care is None \
            or not _TIERS_SET_APART.match(question[named[0][1]:named[1][0]]):
        return [question]
    if extract(question).get("amount") is not None:
        return [question]       # (a bill told: what it is paid at each tier is computed, not the rows)
    schemes = story_slots(question).get("scheme") or []
    scheme = schemes[0] if len(schemes) == 1 else ""
    # what is said before the tiers is the case of both ("没备案 在…", "在外地…", "低保户在…": its row of the
    # table is another than 市内's), kept with each; the scheme told after them joins it
    head = _TIER_HEAD_END.sub("", question[:named[0][0]])
    head += "" if scheme in head else scheme
    # ("在外地二级医院…": a place said after its 在 leads into the tier itself)
    lead = "" if _PLACE_LED.search(head) else "在"
    parts = [f"{head}{lead}{_TIER_PHRASE[t]}{care.group()}报销比例多少" for _, _, t in named]
    # (a fact of the case said elsewhere in the message, lost by the parts: the question stays whole, its
    # case kept — never the 市内 rows stated for care elsewhere, a filing denied, a group)
    case = set(extract(question).values) - _TIER_SLOTS
    if any(case - set(extract(one).values) for one in parts):
        return [question]
    return parts


# the place word that led into the first tier ("在", "到"), said again by each part; the slots a tier is told by
_TIER_HEAD_END = re.compile(r"(?:在|到|去)\s*$")
_TIER_SLOTS = frozenset({"tier", "grade", "level"})
_PLACE_LED = re.compile(r"(?:在|到|去)[\u4e00-\u9fff]{1,4}$")


# one member of a household named as the subject of a bill of their own ("婆婆在乡镇卫生院住院合规两千")
# (or by a pronoun opening a clause of care, "我在卫生院用了1500 她在县医院用了6000": the couple said
# before them, each one's bill)
# (… or spending, "我用了300 老婆用了200")
_PERSON_RE = re.compile(people.MEMBER + r"|(?:(?<=^)|(?<=[\s，,；;。]))(?:我|俺|他|她)(?=在|住|去|看|花|用)")
# two people named together before their bills ("我跟老公…", "两个老人…", "我俩…"), then each of them told as
# "一个…一个…" ("一个用了300 一个用了200"): each one's own bill, as a member named would be
_TWO_PEOPLE_RE = re.compile(rf"(?:我|俺)(?:和|跟|同|与)(?:{people.KIN_LONG}|{people.KIN_SHORT})|我俩|俺俩|咱俩|我们(?:两个|俩)|"
                           r"两个老人|老两口|两口子|两夫妻|夫妻俩|爸妈|父母|爹妈|两个人")
_ONE_OF_TWO_RE = re.compile(r"(?<![\d一二两三四五六七八九十第有])(?:一个|另一个|另外一个|还有一个)(?:人)?(?:是)?(?=花|用|住|看|在|门诊)")
_PERSON_CARE_RE = re.compile(r"住院|住了|门诊|看病|医院|卫生院")
# the sum of each asked ("各报好多", "分别能报多少"), or of all together ("一共能报多少": each bill is still
# computed on its own, then added up)
_EACH_PAID_RE = re.compile(r"(?:分别|各自?|(?:一共|总共|合计|加起来|一起)(?:能|可以)?(?=(?:报|赔|给|补|救助)(?:销)?(?:多少|好多|几多)))"
                           r"(?:能|可以)?(?:报|赔|给|补|救助)(?:销)?(?:多少|好多|几多)?")
_PLAIN_PAID_RE = re.compile(r"(?:能|可以)?(?:报|赔|给|补)(?:销)?(?:多少|好多|几多)(?:钱)?[？?]*$")
# a fact said of all the members after the last one's bill ("…老妈在二级医院花了4400，都是合疗"): theirs in common
_SAID_OF_ALL_RE = re.compile(r"^(?:我们|他们|两个|两人|俩)?都(?:是|参加的?|交的?|买的?|在)")


def _own_bill(said: str, care: str = "") -> bool:
    # a sum of money: the 二 of 二级, the 3 of 住了3天 are no bill; the care may be said before the members
    # for them all (`care`: "看门诊 我用了300 老婆用了200")
    return bool(_PERSON_CARE_RE.search(said) or _PERSON_CARE_RE.search(care)) and bool(extract(said).get("amount"))


def per_person(question: str) -> list[str]:
    """Members of a household each told with a bill of their own and the sum of each asked ("婆婆在乡镇
    卫生院住院合规两千 爷爷在二级医院住院合规六千 各报好多"): one question per member — what they
    share said before them kept with each, the ask without its 各 — each computed on its own bill,
    under its own words; else the question."""
    ask = _EACH_PAID_RE.search(question)
    # (no 各 asked: a plain ask after the last bill, "…一个花了5000 报好多", is each bill's)
    plain = None if ask else _PLAIN_PAID_RE.search(question)
    at = ask.start() if ask else plain.start() if plain else len(question)
    members = [m for m in _PERSON_RE.finditer(question, 0, at)]
    ones = [m for m in _ONE_OF_TWO_RE.finditer(question, 0, at)]
    owners = _owners_of_two_schemes(question[:ones[0].start()]) if len(ones) == 2 else None
    if owners and not any(ones[0].start() <= m.start() for m in members):
        # (two people's schemes said, then "一个…一个…" bills: each bill on the scheme of the one said in
        # that place — two schemes' bills are never one bill, and with no 各 asked the sums still are)
        return _each_one_of_two(question, at, ones, owners)
    if not ask:
        return [question]
    two = _TWO_PEOPLE_RE.search(question, 0, ask.start())
    ones = ones if two else []
    if len(ones) == 2 and ones[0].start() > two.end() and not any(ones[0].start() <= m.start() for m in members):
        return _each_one_of_two(question, at, ones)
    ends = [m.start() for m in members[1:]] + [ask.start()]
    told = [(m.start(), question[m.start():end].strip(" ，,、；;")) for m, end in zip(members, ends)]
    # (the members named together first, "我爸妈都是合疗", are what they share: the head)
    # (the care said before the members with bills, of them all: "我跟老公都是新农合 看门诊 我用了300 …")
    while told and not _own_bill(told[0][1], question[:told[0][0]]):
        told.pop(0)
    care = question[:told[0][0]] if told else ""
    if len(told) < 2 or not all(_own_bill(seg, care) for _, seg in told):
        return [question]
    # (one member named again with a bill, "我爸…住院花了15万，我爸后来又…": that member's second stay,
    # one person's year — their yearly limit and a stay after the first — never two people's first stays)
    # (the same relative said in other words, "爸爸…，我爸…": one person — people.kinship)
    named = [people.kinship(_PERSON_RE.match(seg).group()) for _, seg in told]
    for i, who in enumerate(named):
        # (a pronoun after a relative's bill, "我妈…花了2000 她在二级医院…": points back at that relative — only
        # after the asker's own bill, "我在…花了2000 她在…", is it the other of the two said before)
        if who in ("他", "她") and i and named[i - 1] not in ("", "他", "她"):
            named[i] = named[i - 1]
    if len(set(named)) < len(named):
        return [question]
    segments = [seg for _, seg in told]
    head = question[:told[0][0]].strip()
    # (a clause with no bill saying 都 of them all, "都是合疗", told after the last bill: the head's)
    *own, last = re.split(r"[，,；;\s]+", segments[-1])
    shared = []
    while own and _SAID_OF_ALL_RE.match(last.strip()) and not extract(last).get("amount"):
        shared.insert(0, last.strip())
        *own, last = own
    if shared:
        segments[-1] = "，".join([*own, last]).strip(" ，,")
        head = "，".join(x for x in (head.strip(" ，,"), *shared) if x)
    heads = _schemes_to_their_own(head, named)
    asked = re.sub(r"^(?:分别|各自?|一共|总共|合计|加起来|一起)", "", question[ask.start():]).strip()
    return [" ".join(x for x in (own_head, seg, asked) if x) for own_head, seg in zip(heads, segments)]


# who a clause saying a scheme opens with: a relative (a spouse in any of its words, "我男人", "婆娘"), the asker,
# or 他 / 她
_SCHEME_OWNER_RE = re.compile(rf"(?:{people.ANY_OWNER})?(?:{people.SPOUSE}|{people.KIN_LONG}|{people.KIN_SHORT}|"
                              rf"{people.KIN_FAR})儿?|(?:我|俺)(?!们)|[他她](?!们)")


def _schemes_to_their_own(head: str, named: list[str]) -> list[str]:
    """The head each bill is read with. The two schemes of a household said before its bills ("我是居民医保
    我老公是职工 … 我花了… 他花了…"): a clause saying one person's scheme is kept only with that person's own
    bill, so each bill is computed on its owner's scheme — kept with every bill, the first scheme said was
    read for all. Only when the head holds both schemes and each such clause finds its owner's bill; else
    the whole head with every bill."""
    clauses = [c for c in re.split(r"[，,；;\s]+", head) if c]
    owned: dict[int, int] = {}              # clause → the bill it goes with
    schemes = set()
    for i, clause in enumerate(clauses):
        worker, resident = _WORKER_SCHEME.search(clause), _RESIDENT_SCHEME.search(clause)
        who = _SCHEME_OWNER_RE.match(clause)
        if not (worker or resident) or (worker and resident) or who is None:
            continue
        kin = people.kinship(who.group())
        mine = [j for j, n in enumerate(named) if n == kin]
        if not mine and kin not in ("", "他", "她"):
            # (the relative named in the head, told by a pronoun with the bill: "老公交职工 … 他花了5000")
            mine = [j for j, n in enumerate(named) if n in ("他", "她")]
        if len(mine) != 1 or mine[0] in owned.values():
            return [head] * len(named)
        owned[i] = mine[0]
        schemes.add("职工" if worker else "居民")
    if len(schemes) < 2:
        return [head] * len(named)
    return [" ".join(c for i, c in enumerate(clauses) if owned.get(i, j) == j) for j in range(len(named))]


# the wait of each asked ("我俩分别啥时候能用", "两个人分别什么时候能用"): each person's own, from their own payment
_EACH_WAIT_RE = re.compile(r"(?:各自|分别|各)(?:都)?(?:要|得)?(?:等)?(?:好久|多久|多长时间|什么时候|啥时候|啥子时候|几时|哪天)"
                           r"(?:才|就)?(?:能|可以)?(?:报|报销|享受|用|开始)?")
# who a clause of a payments story is of: a relative named (with its owner), the asker, or 他 / 她 (the
# relative named last)
_ALL_OF_US_RE = re.compile(r"(?:我们|咱们|俺们|他们|她们|我俩|俺俩|咱俩)?(?:两个|俩|几个|两)?(?:人)?")
_PAYER_RE = re.compile(rf"(?:{people.ANY_OWNER})?(?:{people.KIN_LONG}|{people.KIN_SHORT}|{people.KIN_FAR})儿?"
                       r"|(?:我|俺)(?!们)|[他她](?!们)")


def per_person_wait(question: str) -> list[str]:
    """People each told with a payment of their own and the wait of each asked ("我…2月交的 我姐…4月才交
    我俩分别啥时候能用"): one question per person — their own clauses, the ask without its 各 — each person's
    wait computed from their own payment, never one date for all; else the question."""
    ask = _EACH_WAIT_RE.search(question)
    if not ask:
        return [question]
    people_said: dict[str, list[str]] = {}
    current, other = None, None
    head: list[str] = []
    for clause in re.split(r"[\s，,；;。]+", question[:ask.start()]):
        if not clause or _ALL_OF_US_RE.fullmatch(clause):
            continue            # ("我们", "我们两个" before the ask: the ask's, of them all)
        who = _PAYER_RE.search(clause)
        if len(_PAYER_RE.findall(clause)) > 1 and current is None:
            head.append(clause)     # ("我和我哥都是2025年参保的": what the two share, said of both)
            continue
        if who is not None:
            word = who.group()
            if word in ("我", "俺"):
                current = "self"
            elif word in ("他", "她"):
                if other is None:
                    return [question]       # (a pronoun of no one named: whose it is, unknown)
                current = other
            else:
                current = other = people.kinship(re.sub(rf"^{people.ANY_OWNER}", "", word).rstrip("儿"))
        if current is None:
            head.append(clause)
        else:
            people_said.setdefault(current, []).append(clause)
    if len(people_said) < 2 or not all(extract(" ".join(c)).get("paid_month") for c in people_said.values()):
        return [question]
    asked = re.sub(r"^(?:各自|分别|各)(?:都)?", "", question[ask.start():]).strip()
    lead = " ".join(head)
    return [" ".join(x for x in (lead, " ".join(c), asked) if x) for c in people_said.values()]


def _each_one_of_two(question: str, at: int, ones: list[re.Match], owners: list[str] | None = None) -> list[str]:
    """"两个老人都交的新农合 住院一个用了5000 一个用了8000 分别报多少": what the two share, said before the first
    一个, kept with each one's bill, the ask (from `at`) without its 各 — or the question, when a bill is not each
    one's own sum of care (the care said before them counts for both). `owners`: the two whose schemes the head
    says, in order ("我是职工 老婆合疗 一个…一个…"): each 一个 is the one said in that place, its scheme its own."""
    head = question[:ones[0].start()].strip(" ，,")
    segments = [question[ones[0].start():ones[1].start()].strip(" ，,；;、"), question[ones[1].start():at].strip(" ，,；;、")]
    if not all(extract(seg).get("amount") for seg in segments) or not _PERSON_CARE_RE.search(head + " " + " ".join(segments)):
        return [question]
    asked = re.sub(r"^(?:分别|各自?|一共|总共|合计|加起来|一起)", "", question[at:]).strip()
    heads = _schemes_to_their_own(head, owners) if owners else [head, head]
    return [" ".join(x for x in (own_head, seg, asked) if x) for own_head, seg in zip(heads, segments)]


def _owners_of_two_schemes(head: str) -> list[str] | None:
    """The two people whose schemes `head` says, one clause each and the schemes different ("我是职工 老婆合疗"),
    in the order said; None otherwise."""
    named, schemes = [], set()
    for clause in re.split(r"[，,；;\s]+", head):
        worker, resident = _WORKER_SCHEME.search(clause), _RESIDENT_SCHEME.search(clause)
        who = _SCHEME_OWNER_RE.match(clause)
        if (worker or resident) and not (worker and resident) and who is not None:
            named.append(people.kinship(who.group()))
            schemes.add("职工" if worker else "居民")
    return named if len(named) == 2 and len(set(named)) == 2 and len(schemes) == 2 else None


def own_ask(clause: str, before: str) -> bool:
    """Whether a short clause asks a kind of thing the question before did not (how much is paid,
    where to take it, how long), so that it is a question of its own, not a fragment ("咋算")."""
    if _BARE_WHERE_RE.fullmatch(clause) and names_office(before):
        # "经开区有没有医保窗口 在哪儿": where the office just named is, one question with it
        return False
    return any(rx.search(clause) and not rx.search(before) for rx in _OWN_ASKS)


# a clause that asks only where, of nothing it names ("在哪儿", "在哪里呢", "地址呢")
_BARE_WHERE_RE = re.compile(r"(?:在|是)?(?:哪儿|哪里|哪|啥地方|什么地方|地址|位置)(?:呀|啊|呢|嘞|哦)?")


def without_closing_filler(text: str) -> str:
    """`text` without the chat filler it ends with ("…是700吗，麻烦大家", "…出百分之几？在线等"), the rest
    as written (its script, its letters' case: "Ⅰ型" stays); what opens it ("学长 …") may tell who asks."""
    pieces = _CLAUSE_RE.split(text.strip())
    while len(pieces) >= 3:
        last = pieces[-1]
        bare = _FILLER_CLOSE_RE.sub("", last)
        if bare.strip() and not _FILLER_CLAUSE_RE.match(bare.strip()):
            pieces[-1] = bare
            break
        # (the question mark before it stays: "…多少？在线等")
        mark = "？" if any(c in pieces[-2] for c in "?？") else ""
        pieces = pieces[:-2]
        pieces[-1] = pieces[-1].rstrip(" ，,") + mark
    out = "".join(pieces).strip(" ，,")
    return out if _CJK_RE.search(out) else text


def without_filler(text: str) -> str:
    """`text` without its chat filler (`_FILLER`): clauses of filler alone dropped, filler opening
    or closing a clause cut off; the text as it was when nothing else is left ("谢谢")."""
    text = _ASKING_TURN_RE.sub("，", clean(text))
    pieces = _CLAUSE_RE.split(text)
    kept: list[str] = []
    for clause, after in zip(pieces[::2], pieces[1::2] + [""]):
        bare = _FILLER_CLOSE_RE.sub("", _FILLER_OPEN_RE.sub("", clause))
        if _FILLER_CLAUSE_RE.match(bare):
            # its question mark stays with the clause before ("…多少？在线等")
            if kept and "?" in after and not kept[-1].rstrip().endswith("?"):
                kept[-1] = kept[-1].rstrip() + "?"
            continue
        if bare != clause and "?" in clause and "?" not in bare:
            bare += "?"
        kept.extend([bare, after])
    out = "".join(kept).strip(" ，,")
    # ("嗯，就是…", "那个就是…": the 就是 a speaker opens with, "I mean", asks nothing; not 就是说, nor what
    # a thing is, "就是这个意思吗")
    out = _OPENING_JUST_RE.sub("", out)
    return out if _CJK_RE.search(out) else text


_OPENING_JUST_RE = re.compile(r"^(?:(?:嗯+|呃+|那个)[，, ]*)?就是(?![说这那])(?=[\u4e00-\u9fff]{4})")


# what is left of a clause that says only whose case it is and where ("我们屋头老汉在巴州区", "我妈住平昌那边的")
_WHO_WHERE_RE = re.compile(r"(?:我们|我家|我|俺们|俺家|俺|咱们|咱家|咱|屋头|屋里|家里|老家|老汉儿?|老爸|老妈|我爸|我妈|爸爸|妈妈|爸|妈|父亲|母亲|"
                           r"爹|娘|老人家?|老伴儿?|娃儿?|孩子|儿子|女儿|闺女|媳妇|老公|老婆|爷爷|奶奶|外婆|外公|姥姥|姥爷|幺爸|叔叔|"
                           r"他们|他|她|人|户口|户籍|都|也|住|在|是|的|那边|这边|那儿|这儿|那里|这里|[ ,，]+)*")


# someone gone to study, told as the story ("考到成都去读大学了", "在外地上大一")
_GONE_TO_STUDY_RE = re.compile(r"(?:读|上|念|考上|考到|考起|考进)[^，,。？?\s]{0,6}?(?:大学|大专|中专|研究生|职校|技校|高校|大[一二三四])|"
                          r"大[一二三四](?:了|新生|学生)|大学新生")
_FELL_ILL_RE = re.compile(r"生了?(?:一场|场|个|点)?(?:大|小)?病|病了|身体不好|身体不舒服")


def _only_places(clause: str, on_topic: Callable[[str], bool]) -> str:
    """A story clause as a reading keeps it: whole when it names anything 医保; only its places when
    that is all it names ("我们屋头老汉在巴州区": whose case and where, which the region filter
    reads, while 家里 and 老汉 would pull toward entries on households and kin); else only the group
    it names (低保, 家里困难), or nothing."""
    named = [m.written for m in places_in(fold(clause))]
    bare = fold(clause)
    for place in named:
        bare = bare.replace(place, "")
    if not named or not _WHO_WHERE_RE.fullmatch(bare.strip()):
        # (that someone fell ill, and nothing else 医保, is the occasion of asking, not the case asked
        # about: "屋头老人前段时间生病了，到处问了一圈，…"; the asker's group told, "家里困难", is the case)
        # a disease named is the case too ("老年痴呆阿尔茨海默症 门诊慢病 每月限额": its own row of the
        # table), though the search's topic words do not list every disease
        said = _FELL_ILL_RE.sub("", clause)
        # (and so is where the asker lives or works for good, "长期在浙江厂里上班": the 长期 kind of 备案;
        # or that someone went away to study, "孙娃儿考到成都去读大学了": a student's, where 学籍地 decides)
        # (and so is a year told without cover, "那年啥都没买": when this year's cover starts hangs on it)
        if on_topic(said) or any(len(w) > 1 for w, _, _ in diseases_said(said)) \
                or _STORY_SLOTS["living"].search(said) or _GONE_TO_STUDY_RE.search(said) \
                or _STORY_SLOTS["before"].search(said):
            return clause
        if NEWBORN in story_slots(said).get("who", ()):
            # (a birth told, "外孙女昨天生的", "出生医学证明拿到了", is the case too: the child is the handbook's
            # 新生儿, whose own page says when and with which papers to enrol — the question alone finds
            # everyone's. Said in the handbook's word: the kin and the day no entry has)
            return NEWBORN
        return " ".join(_STORY_SLOTS["category"].findall(clause))
    return " ".join(named)


# Voice typing (or a hurried thumb) gives a long message without a stop or a space: "我七十几了不会耍
# 手机儿女都在外头打工合疗的钱我到哪儿去交嘛平昌的". It is read as the clauses it was said in, so that its
# question is read apart from its story as when it is typed with stops: a clause starts at a word that
# starts one (the teller again, 现在, 但是, 医生说 …) after a few characters of its own, and ends after a
# question's last word (…能用不, …在哪儿, …咋办) when what follows asks again; a place named last ("…平昌的")
# is a clause of its own.
VOICE_RUN = 16            # CJK characters of a message without a separator, from which it is read so
VOICE_ASKS = 10           # ... and from which a question's end is looked for in it
# (a list of years, 2025、2026, is written so by the normalisation of 二零二五二零二六: no stop typed)
_SEPARATOR_RE = re.compile(r"[。！？!?；;\n，, ]|(?<!\d)、|、(?!\d)")
# (not 不过 as the complement of a verb that could not: "周转不过来", "忙不过来", "说不过去")
# (nor 他 as the object of the deed before it, with the one who did it after: "撞他的人", "打她那个人")
_OPENER = (r"(?:我们|我家|我|俺们|俺家|俺|咱们|咱|他们|她们|[他她](?!的人|那个人|那人)|现在|马上|但是|可是|不过(?![来去])|然后|后来|后头(?!的)|结果|"
           r"医生说|医院说|听说|别人说|老板说|要是|如果|万一|"
           # (then, and back home or at school after it: "…看了门诊当时没备案全是自费回校之后能报吗")
           r"当时|(?:回校|返校|回学校|回来|回去)(?:以后|之后|后)|"
           # (what someone the asker knows said, heard: "…全部自费交了三百多听室友说可以回学校报销…")
           r"听(?:室友|同学|朋友|邻居|亲戚|同事|别人|别个|人家|他们|老师|辅导员|学长|学姐|医生|护士)说|"
           r"(?:室友|同学|朋友|邻居|亲戚|同事)(?:都)?说|"
           # (what an office or a school said, reported: "…老家医保停了学校这边说重复参保咋处理")
           r"(?:学校|单位|村上|村里|社区|窗口|医保局|辅导员|老师)(?:这边|那边)?(?:说|讲))+")
# (not the teller as an object or inside a word: 给我, 帮我, 跟我, 其他, 自我; nor the place gone to:
# "又转回我们镇卫生院继续住", "到我们这边看病")
# (... or after a figure that ends what was told or heard: "…都说大病保险一年最多报30万俺们长治的也是…")
_VOICE_OPEN_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff]{4})|(?<=[\u4e00-\u9fff]\d[万元块%\u4e00-\u9fff])|(?<=\d\d[万元块%])|(?<=\d\d\d))(?<![给帮跟让叫喊和把被对替为找问同教带陪像自其与回到去来进往用])"
                            # (nor after a yes-or-no asking of what follows: "交了是不是马上能报")
                            r"(?<!是不是)(?<!能不能)(?<!要不要)(?<!会不会)(?<!是否)(?<!是不)"
                            # (what was said or heard may be a figure at once: "…最多报好多听人讲只有5万")
                            + _OPENER + r"(?:(?=[\u4e00-\u9fff]{3})|(?<=[说讲])(?=[\u4e00-\u9fff]{0,3}\d))|(?<=[\u4e00-\u9fff]{3}[了的过])(?:前几天|前段时间|前两天|去年|今年|上个月|上周|昨天|前天|"
                            r"这几天|这两天|一直|(?:中间)?(?:那|这)段时间|中间那几个月)(?=[\u4e00-\u9fff]{3})|"
                            # (a time long enough to be no other word's end opens the story's next event after
                            # any words: "我幺爸是特困人员一个人住前段时间摔了住院")
                            r"(?<=[\u4e00-\u9fff]{4})(?:前段时间|前几天|前两天|上个月)(?=[\u4e00-\u9fff]{3})|"
                            # what is so already, then what is asked of it ("我有商业保险了 还用交学校的医保吗",
                            # "说是又涨了 是不是涨到五百了")
                            # (not after the deed the question is about: "补交了能不能…", "交了是不是马上能用")
                            r"(?<=[\u4e00-\u9fff]{3}了)(?<![交缴过完齐上]了)(?:还用|还要|还能|还可以|还得|还需要|是不是(?!真的|这样|那样|[啊哦呀嘛])|能不能|要不要|会不会|可不可以)"
                            r"(?=[\u4e00-\u9fff]{2})|"
                            # a deed told done, then how long until what comes of it ("…发票都整理好交上去了多久能到账",
                            # "…备案了什么时候能用"): the wait asked is a clause of its own
                            r"(?<=[\u4e00-\u9fff]{3}了)(?:多久|多长时间|什么时候|啥时候|几时|几天)(?=[\u4e00-\u9fff]{0,4}?(?:能|才|可以|会|到账|下来))|"
                            # a deed told done late, then what still holds for it ("…拖到2025年8月才交还是按400交吗",
                            # "…过了半年才办还要等吗"): not the deed asked, "才交还是才办"
                            r"(?<=[\u4e00-\u9fff\d]{3}才[交缴办补买参])(?:还是|还要|还用|还能|还得|是不是|能不能|会不会)(?![交缴办补买参])"
                            r"(?=[\u4e00-\u9fff\d]{2})|"
                            # a deed told with the year or months it was done for, or how much of it, then whether
                            # something follows from it (not the deed as who: "交了居民医保的是不是都能报")
                            # ("今年十一月份补交了2026年的 是不是元旦一过就能报销", "药吃得多 是不是两个病的限额可以加起来")
                            # (... or how long it lasted, told done: "…中间断了两个月 是不是交了就能用", "住了半个月")
                            r"(?:" + "|".join(rf"(?<=了[\u4e00-\u9fff\d]{{{n}}}[年月]的)" for n in range(1, 8)) + r"|(?<=[吃花用]得[多很])|"
                            + "|".join(rf"(?<=了[\d两二三四五六七八九十几半]{{{n}}}{per}{unit})" for n in (1, 2) for per in ("", "个")
                                       for unit in ("年", "月", "天", "星期")) + ")"
                            r"(?=(?:是不是|能不能|会不会|可不可以)(?!真的|这样|那样|[啊哦呀嘛])[\u4e00-\u9fff]{3})|"
                            # the case told, pointed back at by the question ("…看了个门诊没办啥备案这种临时看门诊报销比例跟在家
                            # 一样不"), not such a thing as what a deed is done to or what one has (办这种, 得了这种病, 有这种)
                            r"(?<=[\u4e00-\u9fff]{4})(?<![是有办得对给把在用做买交看像了让叫和跟与及说])(?:这种情况下?|这样的话|这种)"
                            r"(?=[\u4e00-\u9fff]*?(?:多少|好多|几|什么|啥|怎么|咋|哪|吗|呢|嘛|多久|好久|不$|能不能|要不要|是不是|有没有|"
                            # (... or a verb asked as A不A: "…对方也认了要赔这种住院费医保还报不报哦")
                            r"(?P<ab3>[^\W不没\d])[不没](?P=ab3)))|"
                            # the thing asked about pointed at again, "that …", after the story ("…医生说要先交押金那个住院的
                            # 起伏线是好多", "…生了娃儿那个产前检查费在哪儿申请"), not what a deed is done to or with (交那个,
                            # 办那个, 用那个, 在那个) nor 那个人, 那个时候, nor a degree (没到慢病那个程度)
                            # (after a story, not a few words that qualify what it points at: "生了娃儿那个产前检查费")
                            # (nor a thing qualified by what precedes it: "多交的那个合疗")
                            # (nor the thing of a place said just before it: "…学校又让交老家那个要不要停" — home's one)
                            r"(?<=[\u4e00-\u9fff]{6})(?<![是有办得对给把在用做买交看像了让叫和跟与及说去到从往就问找填选的])"
                            r"(?<!老家)(?<!家里)(?<!家乡)(?<!学校)(?<!这边)(?<!那边)(?<!屋头)"
                            # (the one who has it said before: "医生说他那个够不上慢病" — where it starts, not after him)
                            r"(?:他们|她们|[他她我俺]|(?<![他她我俺们]))那个(?![人时样些]|程度|地步|份上|标准|级别)"
                            r"(?=[\u4e00-\u9fff]{2}[\u4e00-\u9fff]*?(?:多少|好多|几|什么|啥|怎么|咋|哪|吗|呢|嘛|多久|好久|不$|能不能|要不要|是不是|有没有))|"
                            # what the asker should do, asked after the case told ("…我是在户籍地看病应该选哪种备案类型")
                            r"(?<=[\u4e00-\u9fff]{4})(?<![不也就都还又才本我你他她俺们是])(?<!本来)(?<!原来)应该"
                            r"(?=[\u4e00-\u9fff]{1,10}?(?:多少|好多|几|什么|啥|怎么|咋|哪|谁|吗|呢|嘛|多久|好久))|"
                            # what the asker thinks of what was decided, then what they may do ("…慢病认定不符合我觉得不对
                            # 可以找哪个申诉")
                            r"(?:" + "|".join(rf"(?<={thinks}{judged})" for thinks in ("觉得", "认为", "感觉")
                                              for judged in ("不对", "不合理", "不公平", "有问题", "不服", "不认可", "不满意")) + r")"
                            r"(?=(?:可以|能不能|能否|能|该|应该|要|找|去|怎么|咋|啷个|如何)[\u4e00-\u9fff]{2})|"
                            # a deed told, then asked of as done ("三月份才想起来交 交了是不是马上能报")
                            r"(?<=[\u4e00-\u9fff]{3}(?P<did>[交缴办补]))(?=(?P=did)了[\u4e00-\u9fff]{3})|"
                            # going back to claim, after the care told ("…住院了自己先垫的钱回学校报销要准备哪些东西", "…没给我
                            # 刷卡结算回来咋个报"): the claim asked opens its own clause (not what is brought or sent back:
                            # 拿回来, 寄回去, 报回来)
                            # (a story of its own before it, not the care asked of: "异地住院回来报销要交哪些材料" is one ask;
                            # nor a going back that is part of what is asked or heard, "能拿发票回来报吗", "说可以回学校报销")
                            r"(?<=[\u4e00-\u9fff]{8})(?<![报拿退要寄送带取找跑搬转赶接收追以能说就再得会才还也都去票据料单件卡])"
                            r"(?:回校|返校|回学校|回来|回去)"
                            # (... the receipts brought back with it named first: "…回来拿着发票报", "回去带上单据能报不")
                            r"(?=(?:以后|之后|后|了|再)?(?:(?:拿|带)(?:起|着|上|了|到)?(?:发票|票据|单据|材料|资料|单子)[一-鿿]{0,6}?)?"
                            r"(?:报销|报账|申报|报|怎么报|咋个?报|啷个报|如何报|找学校|交材料|交资料|能报|可以报))|"
                            # a deed told not done yet, then how to do it asked ("医保还没给娃儿办啷个给他上医保")
                            r"(?:" + "|".join(rf"(?<=没[\u4e00-\u9fff]{{{n}}}[办交缴上买])" for n in range(5)) + r")"
                            r"(?:啷个|怎么|咋个?|如何)(?!办|整|弄)(?=[\u4e00-\u9fff]{3})")
# a deed with its object told as planned, then asked of as done ("…想交合疗交了好久能用", "打算补缴医保补了能报不"):
# the question opens at the deed said again with 了 (the object said between them, as the rule above reads it
# said at once, "交交了")
_DEED_AGAIN_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?P<did>[交缴办补买])(?P<what>[\u4e00-\u9fff]{1,5}?)(?=(?P=did)(?:了|上了|完了) ?[\u4e00-\u9fff]{3})")
# a connective before the one a clause opens with is that clause's ("…单位交了那我们家里…", "…没雇人就我们俩口子…"):
# "then we", "only we two" — not the story's end (那 after 在 / 去 is "there")
_CONNECTIVE_BACK_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![在去到从往])(那么|那|就|所以|但|可) (?=我|俺|咱|他|她)")
# who the asker's household is, told as its head count ("…开了个小店就我们俩口子可以交职工医保吗"), then what
# they may do: the count ends the story's clause (the question is "可以交职工医保吗", asked of the story)
_HOUSEHOLD_TOLD_RE = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:(?<=两口子)|(?<=俩口子)|(?<=我们俩)|(?<=我们两个)|(?<=一家人))"
                                r"(?=(?:能不能|可不可以|能|可以|还能|要不要|需不需要)[\u4e00-\u9fff]{3})")
# the scheme (and the place) the question is about, named after a story told without a stop ("…在县医院
# 住院二级乙等长治居民医保起付线多少", "…单行支付的药好贵巴中居民医保报好多"): a topic shift, where the
# question's clause starts, when it asks something; not the scheme as what was done or where (交了居民医保,
# 是巴中医保, 在巴中, 巴中的合疗)
_SCHEME_TURN_RE = re.compile(
    r"(?<=[\u4e00-\u9fff]{4})(?<![在去到回从住来是的交缴买办参加给和跟与及对比用有把说个这那])(?<![交缴买办参]了)(?<!城乡)(?<!城镇)"
    r"(?:(?:" + "|".join(regions.covered()) + r")市?(?:的)?(?:城乡居民医保|城乡居民|居民医保|职工医保|合疗|新农合|医保)|"
    # (the scheme alone only after the care told, a stay, a hospital, its grade or a drug: "…住院二级医院居民医保
    # …"; "我高血压办了慢病城乡居民一年最多报好多钱", "住院了合疗能报不" are said in one breath; so is the
    # fund asked of after the stay: "…前段时间摔了住院医疗救助给报好多嘛"; and after what befell the asker, told
    # done: "俺娘类风湿手指头都变形了新农合慢病一个月限额多少", not the care or the deed, "住院了合疗能报不")
    # (... and 医保 itself after what the asker does where, studying or working there: "台湾来的大学生在巴中读书医保要
    # 怎么参加", "在广州打工合疗咋交")
    r"(?:(?<=读书)|(?<=上学)|(?<=念书)|(?<=打工)|(?<=上班)|(?<=务工))(?:医保|城乡居民医保|城乡居民|居民医保|职工医保|合疗|新农合)|"
    # (... or after a sum told or heard: "我听说是五百合疗才五百嘛" — 五百, then what the 合疗 pays asked)
    r"(?:(?<=诊所)|(?<=[院等级药])|(?<=[百千万块])|(?<=[\u4e00-\u9fff]{2}了)(?<![院诊办交缴买参上过完住看报到停断]了))(?:城乡居民医保|城乡居民|居民医保|职工医保|合疗|新农合|医疗救助|大病保险))"
    r"(?=[\u4e00-\u9fff]*?(?:多少|好多|几|什么|啥|怎么|咋|哪|吗|呢|嘛|多久|好久|不(?![\u4e00-\u9fff])|能不能|要不要|是不是|有没有))")
# the scheme asked of whether it pays, as A不A straight after it ("…怀孕三个多月娃儿莫保住合疗报不报", "…摔了
# 一跤职工医保管不管"), after a story told without a stop: where the question's clause starts (not the
# scheme as what was paid or joined, 交了合疗, 是合疗, 参加合疗)
_SCHEME_ASKED_RE = re.compile(
    r"(?<=[\u4e00-\u9fff]{4})(?<![在去到回从来是的交缴买办参加给和跟与及对比用有把说个这那])(?<![交缴买办参]了)(?<!城乡)(?<!城镇)"
    r"(?:城乡居民医保|居民医保|职工医保|合疗|新农合|医保)(?=(?P<vb>[报管赔给])[不没](?P=vb))")
# a yes-or-no asked, then the other way it may be, with 还是 ("…可以回学校报销是真的吗还是要回医院弄", "…能报吗还是
# 全自费"): two asks, the second its own clause
# (... or a yes-or-no closed by its 不 or 没, "…能报不还是要自己出"; not the 不 of a deed denied, "那我不还是要交")
_OR_ELSE_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff]{3}[吗嘛])|(?<=[\u4e00-\u9fff]{3}[不没])(?<![我你他她俺们要也都就那这还可是并又][不没]))"
                         r"(?=还是[\u4e00-\u9fff]{2})")
# which of two figures told is right, asked after them ("…说乡镇卫生院起付线三百我咋记得是一百到底哪个对"): the
# check's own clause, whatever the claims before it
_WHICH_RIGHT_RE = re.compile(r"(?<=[\u4e00-\u9fff\d]{2})(?<!到底)(?<!究竟)(?=(?:到底|究竟)?(?:哪个|哪一个|哪种|谁)(?:说的)?(?:才是|是)?(?:对|准|正确)的?"
                             r"[啊呀哦嘛呢]*$)")
# another question announced after one asked ("…要交哪些还有交到哪", "…带哪些材料还有去哪办"), not what is
# still there ("还有钱吗", "报完不是还有大病保险吗")
_ANNOUNCED_RE = re.compile(r"(?:(?:多少|好多|哪些|什么|啥子?|几成|多久|好久|哪)[\u4e00-\u9fff]{0,4}?|[吗呢嘛])(?<![要得需还也都就再又])"
                           r"(?=(?:还有|另外(?![的那些])|顺便问|再问)"
                           # (what follows may be typed in Latin letters: "…必须交吗还有ddl是哪天")
                           r"(?:[\u4e00-\u9fff]{2}|[A-Za-z]{2}))")
# a question closed by its particle, then the case it means said after it ("…门诊能报吗感冒那种", "…报销吗像
# 骨折这样的"): the afterthought is a clause of its own, not part of what is asked
_AFTERTHOUGHT_RE = re.compile(r"(?<=[\u4e00-\u9fff]{4}[吗嘛呢])(?=[\u4e00-\u9fff]{1,8}?(?:那种|这种|那样的|这样的|的情况|那类)[啊呀哦嘛]?$)")
# what the asker wants to do, then what must be done first ("想在外省直接刷卡结算得先办啥", "想转去成都住院得先开啥"):
# the step asked is its own question (not a want that is itself asked, "想…要先…吗" reads the same either way)
_WANT_THEN_FIRST_RE = re.compile(r"(?<=想)(?!问|请教|了解|知道|咨询)([\u4e00-\u9fff]{3,10}?)(?<![要得先])(?=(?:要|得|需要|必须)先[\u4e00-\u9fff]{0,4}?"
                                 r"(?:办|准备|开|交|做|弄|搞|带|找|申请)[\u4e00-\u9fff]{0,3}?(?:啥|什么|哪些|哪|吗|不$))")
# the care told with where it was had (…在一级医院看门诊, 跑到省外去住院), then its rule asked ("…看门诊有起付线没",
# "…去住院起付线是多少"): the rule asked opens the question's clause; not the care naming the rule, "住院起付线是多少"
# (at least four characters told before the care)
_CARE_THEN_RULE_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff]{4}看门诊)|(?<=[\u4e00-\u9fff]{4}去住院)|(?<=[\u4e00-\u9fff]{4}住了院)|"
                                r"(?<=[\u4e00-\u9fff]{4}来住院)|(?<=[\u4e00-\u9fff]{4}看急诊)|(?<=[\u4e00-\u9fff]{4}去看病)|"
                                r"(?<=[\u4e00-\u9fff]{4}看了病)|(?<=[\u4e00-\u9fff]{4}看的病))"
                                r"(?=(?:有|有没有)?(?:起付线|起付标准|报销比例|封顶线|封顶|限额)[\u4e00-\u9fff]{0,4}?"
                                r"(?:是不是|多少|好多|几|没|不|吗))")
# a year told with what held in it, then another year's deed ("2025年有合疗2026年3月才想起交…", "…交了的2026年
# 的嘛…"): the later date opens the story's next clause; not a year a deed is for (交了2026年的, 补缴2025年), nor
# a date inside a span (从2025年到2026年)
_DATE_OPENS_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![在到从于是至交缴补买办了年和跟与及或我你他她们俺咱])(?<![^了]的)(?=20\d\d年)")


def _dates_opened(text):
    """The later year opening a story's next clause (_DATE_OPENS_RE), except after a place named: the place
    and year set the question asked ("…巴中2026年一个人交好多钱"), they are not two clauses."""
    folded = fold(text)
    if len(folded) != len(text):
        return _DATE_OPENS_RE.sub(" ", text)
    place_ends = {m.end for m in places_in(folded)}
    return _DATE_OPENS_RE.sub(lambda m: "" if m.start() in place_ends else " ", text)


# a deed told done late, then how long one waits for it ("…4月才记起交 得等多久", "…才去办得等几个月"): the
# wait asked is its own clause (the deed said with 才 ends what was told)
_LATE_DEED_WAIT_RE = re.compile(r"(才[\u4e00-\u9fff]{0,3}?[交缴办补买参])(?=(?:要|得|还要|还得|需要)?等(?:好久|多久|多长时间|几个月|几天|多少天))")
# an emoji inside a message typed without stops is where the writer paused: a clause ends there
# ("…搜学校名字搜不到🙃另外长护那栏选啥", "…ddl到底是哪天啊😭我还没交")
_EMOJI_STOP_RE = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u2600-\u27bf\U0001f300-\U0001faff]*(?=\w)")
# a question's last words: a particle, "能用不" (not 不能, 不会 …), "在哪儿(办)", "咋办", "什么意思", a sum
_VOICE_END_RE = re.compile(
    r"((?:吗|嘛|呢|(?<![功可才技性体智动本职])(?:能|可以|得到|得了|要得|够|管|行|(?<![打计结预清核换合就总盘估推])算)[\u4e00-\u9fff]{0,3}?不"
    r"(?:(?<![能以]不)(?=(?:能|可以|会)[\u4e00-\u9fff]{0,3}?(?:多少|好多|几成|百分之几))|"
    # (不限 is "without a limit", but not before the limit asked of: "能办慢病不限额好多")
    r"(?![能会是用到行够同少多足太好知晓想敢得必算过全了良适当定变予属在清符满上着起]|限(?!额(?:是|有|一年|每年|一个月|每月)?(?:多少|好多|几))|一[样定直般致起下]|要(?<=要不要)))|"
    # "…还要交不会不会…": a yes-or-no closed by 不 before another asked as A不A
    r"(?<=[\u4e00-\u9fff])(?<![不没])不(?=(?P<nx>[^\W不没\d])[不没](?P=nx))|"
    # "…慢病有好多种特病又有好多种", "门慢一共有好多种病门特…": how many kinds of a care, asked before
    # another question
    r"(?:(?<=[病慢特]有)|(?<=[病慢特]一共有)|(?<=[病慢特]总共有))(?:好多|多少|几)种病?|"
    # "…门诊能不能报报好多…": a verb said twice, the second asking how much
    r"(?P<vb>[报赔交救补涨降])(?=(?P=vb)(?:销|助)?(?:多少|好多|几成|百分之几))|"
    # "…到底多长啊是不是三个月": how long, closed by its particle
    r"(?:多长时间|多长|多久|好久)(?=[哦啊呀哈嘛呢])|"
    r"(?:在|去|到)哪(?:里|儿)?(?![里儿个些家种位条几一天年月号])(?:交钱|交费|申请|申领|办理|办|交|报|拿|买)?(?![去来办交缴报拿买看找打弄参备认领用取查问寄递送申登量测检])|"
    r"咋办|怎么办|咋整|咋个办|啷个办|(?:什么|啥子?)(?:意思|东西)|几点(?:开门|关门|上班|下班)|"
    # (not before the card or code the how is done to: "咋个弄医保码…", "怎么激活电子凭证…")
    r"(?:咋个?|怎么|啷个|如何)(?:激活|办理|申请|办|弄|整|交|报|上|查|用|算|补|转(?![诊院移入出账接走回过到去来给]))的?"
    r"(?!医保码|医保卡|医保钱包|医保电子凭证|电子凭证|电子医保|电子社保|社保卡)|(?:多少|好多)(?:钱(?![\u4e00-\u9fff]?$|才|就|以上|开始)|(?![钱个年天次元块人种项家回岁月号]|比例|百分|"
    # (nor a threshold asked, "超过多少开始报", "花到好多以上才报": where paying starts is one ask with it)
    r"开始|以上|以后|之后|才|就))|几种(?![月年天]))(?:哦|啊|呀|哈|吧|嗦|嘛|吗|呢|了(?!解))?(?![\u4e00-\u9fff]?$))"
    # (what follows may name a thing in Latin letters: "医保交多少钱ddl是哪天")
    # (... or a yes-or-no closed by 没 after it: "…咋报有起付线没")
    r"(?![嘛吗呢哦啊呀哈吧嗦])(?=[\u4e00-\u9fffA-Za-z]*?(?:多少|好多|几|什么|啥|怎么|咋|哪|吗|呢|嘛|多久|好久|不$|没$|能不能|要不要|是不是|是不|对吧|好像是|"
    r"(?P<ab>[^\W不没\d])[不没](?P=ab)))")


# ... and more ends a spoken question has, before another question (voice typing runs them together):
_VOICE_ASKS_AGAIN = (r"(?=[\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff\w]*?(?:多少|好多|几|什么|啥|怎么|咋|啷个|如何|哪|谁|吗|呢|嘛|多久|好久|"
                     r"不$|没$|能不能|要不要|是不是|有没有|有没得|(?P<ab2>[^\W不没\d])[不没](?P=ab2)|"
                     # (a rule named last asks it: "…有起付线没报销比例")
                     r"(?:比例|起付线|封顶线|限额|标准)$))")
_QUESTION_WORD = r"(?:多少|好多|几|多久|好久|是不是|" + _WH_WORDS + "|" + _WHETHER_WORDS + ")"
_VOICE_END_MORE_RE = re.compile(
    # a particle closing what was asked ("在哪个小程序缴费啊 微信能交吗", "交多少啊 还是400吗")
    # (... or 来着, asking what the asker forgot: "住院起付线是几百来着 二级医院报几成")
    r"(?:" + _QUESTION_WORD + r"[\u4e00-\u9fff]{0,10}?(?:[啊呀哦哈](?![啊呀哦哈吗嘛呢])|来着[啊呀哦哈]?)|"
    # a yes-or-no closed by 不 / 没 after what it asks of ("能交生育保险不 从哪年开始的", "是真的不 啷个算的",
    # "还要交医保不 要交满好多年", "有起付线没 能报几成"), not 不交, 不懂, 没到 … a verb denied inside a clause
    r"(?<![不没功可才技性体智动本职老总就都但于只倒真也凡像若])(?:能|可以|还要|要|还用|用|会|是|还有|有)[^\W\d不没]{1,8}?"
    # (nor a verb's result denied, 传不上, 交不起, 拿不出, 办不完: "材料一时半会传不上咋整" is one question)
    r"(?:不(?![能会是用到行够同少多足太好知晓想敢得必算过全了良适当定变限予属在清符满要一交缴懂管着醒对中报办买给让上起出完])|"
    r"(?:(?<=有[^\W\d不没])|(?<=有[^\W\d不没]{2})|(?<=有[^\W\d不没]{3})|(?<=有[^\W\d不没]{4}))"
    # (a rate asked after it is another question: "有起付线没有报百分之多少", "有起付线没报销比例", not a
    # 没有报 denied)
    r"(?:没|莫(?=得))(?:得|有)?(?:(?![到达够去来办交用报住过见上赶得有带])|(?<=没有|莫得)(?=报(?:销)?(?:百分之|多少|好多|几成))|"
    r"(?=报销(?:比例|标准|范围|限额)|报(?:几成|百分之))))"
    r"[哦啊呀哈嘛呢咧]?(?![得有哦啊呀哈嘛呢咧吗吧嗦])|"
    # ... and closed by 不 before what must be done next asked ("退了休还要缴费不要缴够好多年": 不 ends "还要缴费不",
    # no 不要 "don't"; only after 还要 and before an amount or a time asked)
    r"(?<=还要[^\W\d不没]{1})不(?=要[\u4e00-\u9fff]{1,8}?(?:多少|好多|几|多久|好久))|"
    r"(?<=还要[^\W\d不没]{2})不(?=要[\u4e00-\u9fff]{1,8}?(?:多少|好多|几|多久|好久))|"
    r"(?<=还要[^\W\d不没]{3})不(?=要[\u4e00-\u9fff]{1,8}?(?:多少|好多|几|多久|好久))|"
    # what a thing is, or what comes of it ("长护险是啥 必须交吗", "错过了会咋样 有影响吗"), not "是啥子奖励"
    # (... or then how much it pays: "两病是啥子报好多要交资料不")
    # (... or what one pays oneself: "倾斜救助是个啥子 自己出好多才有")
    # (... or whether it asks more of one: "大病保险是什么是不是要另外缴费")
    # (... or what it is for: "个人账户是干什么用的能不能给家里人用")
    r"(?:(?:是啥子?|是什么|是个啥子?|是个什么|是咋回事|是干(?:啥子?|什么)用的|有(?:啥子?|什么)用)(?:[哦啊呀哈嘛呢]|(?=[能要必还可跟和会需用有]|自己|个人|是不是|要不要|会不会)|"
    r"(?=(?:能|可以)?报(?:销)?(?:多少|好多|几多|几成|百分之几)))|"
    r"(?:咋回事|会咋样|会怎样|会怎么样|咋样|怎么样)[哦啊呀哈嘛呢]?|"
    # how long before it can be used ("要等好久才能用 是不是还是三个月")
    r"(?:多久|好久|多长时间)[\u4e00-\u9fff]{0,3}?(?:能用|能报|可以用|可以报|享受待遇|能享受|到账)(?![销得上])[哦啊呀哈嘛呢]?|"
    # a phone asked ("…有问题打哪个电话缴费的问题又打哪个", "电话多少地址在哪")
    r"(?:打|拨)?哪个(?:电话|号码?)|电话(?:号码)?是?(?:多少|好多)[哦啊呀哈嘛呢]?(?![哦啊呀哈嘛呢吗])|"
    # who to turn to ("报销的事找谁电话多少"), and what was said, checked with a tag ("银行卡和身份证都要复印
    # 对吧是分开印两张还是怎么弄"), before what is asked next
    r"(?:找|问|联系|打给|交给|递给|送给|寄给|给)谁[哦啊呀哈嘛呢]?|(?<=[\u4e00-\u9fff]{2})(?:对吧|对不对|对吗|是吧)[哦啊呀哈嘛]?|"
    # a deadline asked, then another thing ("最迟到好久在哪儿报"; not before the deadline's own deed, "最迟好久交过了
    # 那个时间还交得到不", below)
    r"(?:最迟|最晚|截止)到?(?:好久|多久|哪天|几号|什么时候|啥时候)[哦啊呀哈嘛呢]?(?![交缴办报拿送去来要得才能必前之以])|"
    # what was heard, asked whether it is so ("听说过了年就交不到了是不是真的 最晚哪天")
    r"(?:是不是真的|是真的吗|是真的不|真的吗|是不是这样|真的假的|是真是假)[哦啊呀哈嘛呢]?|"
    # what or how much, then another thing asked the same "again" ("地区填啥类型又填啥", "门诊报几成
    # 卫生院住院又报几成"): 又 opens the second question, whose thing is said before it — the same deed and
    # question word said again after 又; not a question word that goes on with its own noun ("什么时候交又什么
    # 时候能用", "什么病能报又报多少": the first question is not over at 什么)
    r"(?P<again>[\u4e00-\u9fff](?:啥子?|什么|百分之几|几成))(?!子|时候|时间)"
    r"(?=[\u4e00-\u9fff]{2,10}?又[\u4e00-\u9fff]{0,4}?(?P=again))|"
    # which kind is chosen, then what it needs ("异地备案选哪个类型 上传啥材料")
    r"哪(?:个|种|类|家|些)[\u4e00-\u9fff]{1,4}?(?=(?:还)?(?:要|上传|传|交|带|准备|提交|需要)[\u4e00-\u9fff]{0,6}?(?:啥|什么|哪|多少|好多))|"
    # which diseases a care covers, then how much it pays ("门诊慢病有哪些病报多少 一年最多多少")
    r"哪(?:些|几种)(?:病种|疾病|病)(?=(?:能|可以)?报(?:销)?(?:多少|好多|几多|几成|百分之几|比例))|"
    # by when a thing is done, then what if that day is missed ("合疗最迟好久交过了那个时间还交得到不"): the
    # deadline's verb closes the first question where the second opens with the day passed
    r"(?:好久|多久|啥时候|什么时候|几时|哪天|几号)(?:交钱|交费|缴费|交|缴|办|报)(?=(?:过了|错过了?|超过了?|要是|如果|万一)[\u4e00-\u9fff]{2})))"
    + _VOICE_ASKS_AGAIN)


# a yes-or-no asked as A不A ("长护险要不要交", "能不能交钱补回来", "是不是要自己去交资料认定哦") ends
# where another question opens with its own question word ("…多少钱", "…咋个修复") or after the
# particle that closes it ("…认定哦报好多"); not "能不能报多少钱" (how much is paid, one question)
_A_NOT_A_ASKED = r"(?:要不要|能不能|可不可以|用不用|需不需要|会不会|是不是|算不算|行不行)"
_A_NOT_A_END_RE = re.compile(
    _A_NOT_A_ASKED + r"[\u4e00-\u9fff]{1,10}?(?:(?<![报赔销])(?=(?:多少钱|咋个?|怎么|啷个|如何)[\u4e00-\u9fff]{0,6}$)|"
    # ... or where who or which may do it is asked next ("…能不能给家里人用哪些亲戚可以用"), not which
    # thing the deed takes ("要不要带哪些材料", "是不是要交给哪个部门")
    r"(?<![报赔销去到在从往给找向跟问选带交办买])(?=哪(?:些|个|种|类)[\u4e00-\u9fff]{1,4}?(?:可以|能|才能|要|算)[\u4e00-\u9fff]{0,4}$)|"
    # ... or which office or body does it, asked after whether the case counts ("…算不算救助对象哪个部门认定",
    # "…能不能报哪个单位审批"): not the body a deed is taken to (交给哪个部门, 去哪个单位)
    r"(?<![报赔销去到在从往给找向跟问选带交办买])(?=(?:哪个|哪些|什么)(?:部门|单位|机构|地方)[\u4e00-\u9fff]{1,4}$)|"
    r"[哦啊呀](?=[\u4e00-\u9fff]{0,8}(?:多少|好多|几|什么|啥|怎么|咋|哪|吗|不$))|"
    # ... or where a yes-or-no of what follows from it opens ("要不要停会不会断保", "能不能补是不是算断缴"; not a
    # step asked after it, "能不能报要不要先办手续": one asking)
    # (right after the deed asked, one or two characters: not a thing named between, "…交钱起付线是不是…")
    r"(?<=(?:要不要|能不能|用不用|会不会|是不是|算不算|行不行)[\u4e00-\u9fff])(?=(?:会不会|是不是|算不算)[\u4e00-\u9fff])|"
    r"(?<=(?:要不要|能不能|用不用|会不会|是不是|算不算|行不行)[\u4e00-\u9fff]{2})(?=(?:会不会|是不是|算不算)[\u4e00-\u9fff]))")
# ... or where the share one pays is asked next, after what the yes-or-no asked of ("是不是先要自己出一部分出百分之几",
# "是不是个人也要出钱出多少"; not "是不是要出百分之几", one question)
_SHARE_NEXT_RE = re.compile(_A_NOT_A_ASKED + r"[\u4e00-\u9fff]{3,10}?(?<!出)(?=出(?:百分之几|几成|多少|好多)[\u4e00-\u9fff]{0,3}$)")


# a second question opening with what it asks about, a rule or a deadline ("大病保险是不是要另外交钱起付线是不是
# 一万", "回来报销要带哪些东西最迟好久要报", "医疗救助按好多比例救一年最多救好多"), where what is said before it
# has asked already
_SECOND_OPENS_RE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?=(?:(?:一年|每年|一个月|每个月|每月|年度)?(?:起付线|起付标准|起付|封顶线|封顶|报销比例|限额|最多|最高)(?:(?!报销|比例|起付|封顶|限额|标准)[\u4e00-\u9fff]){0,4}?(?:是不是|是不|多少|好多|几|有没有|吗)|"
    r"(?:最迟|最晚|截止到?|截至)[\u4e00-\u9fff]{0,2}?(?:好久|多久|哪天|几号|几月|什么时候|啥时候|几时)))")
_ASKED_BEFORE_RE = re.compile(_QUESTION_WORD + r"|[吗呢嘛]|不$|(?P<ab>[^\W不没\d])[不没](?P=ab)")


def _second_opened(text: str) -> str:
    """`text` with a space before each second question that opens with its rule or its deadline."""
    out, at = [], 0
    for m in _SECOND_OPENS_RE.finditer(text):
        # (what was said before it in the same run of words: not across a space or a bracket, "…吗(临时就医备案…")
        start = max((i + 1 for i, ch in enumerate(text[:m.start()]) if not (_CJK_RE.match(ch) or ch.isalnum())), default=0)
        if m.start() > at and _ASKED_BEFORE_RE.search(_INDEFINITE_RE.sub("", text[max(start, at):m.start()])):
            # (the few words after an amount asked and what it asked of are the next question's subject: "…报好多
            # 比例|糖尿病一年最多报好多", not "…比例糖尿病|一年…")
            closed = _AMOUNT_CLOSED_RE.search(text, max(start, at), m.start())
            end = closed.end() if closed else m.start()
            out.append(text[at:end] + " ")
            at = end
    return "".join(out) + text[at:]


# (not a threshold asked, whose words go on: "要满好多钱才报|最高报好多")
_AMOUNT_CLOSED_RE = re.compile(r"(?:多少|好多|几成|百分之几)(?:比例|钱|块钱?|个点)(?![才就]|以上|开始)(?=[\u4e00-\u9fff]{2,5}$)")


# what one payer pays asked, then what the other pays ("单位交多少|个人每月扣多少", "个人出好多|财政补好多"): two
# questions, though 好多个人 reads as "many people" run together
_PAYER_NEXT_RE = re.compile(r"(?<=[交缴扣出付掏划补])(?:多少|好多|几多)(?=(?:个人|单位|自己|公司|财政|政府)"
                            r"[\u4e00-\u9fff]{0,8}?(?:多少|好多|几多|几成))")
_PLACE_OPENS_RE = re.compile(r"(?:这边|那边)?的(?=[\u4e00-\u9fff])(?!人|医|话)")


# an English word said inside a Chinese clause, spaced from the Chinese on both sides as people who mix
# scripts type it ("学校医保 due 是几号", "要是 miss 了咋办"): those spaces change script, they end no clause
# (a chat word of thanks or a plea, "… thx 门诊呢", still stands apart)
_LATIN_INSIDE_RE = re.compile(r"(?<=[\u4e00-\u9fff]) ([A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)?) (?=[\u4e00-\u9fff])")


def _latin_joined(text: str) -> str:
    def joined(m: re.Match) -> str:
        if _FILLER_CLAUSE_RE.match(m.group(1)):
            return m.group(0)
        # (after a question asked, the word opens the next one: "一年多少钱 ddl 是哪天")
        before = _SEPARATOR_RE.split(m.string[:m.start()])[-1]
        return (" " if is_question(before) else "") + m.group(1)
    return _LATIN_INSIDE_RE.sub(joined, text)


def voiced(text: str, cut: Callable[[str], list[str]] | None = None, topic: Callable[[str], bool] | None = None) -> str:
    """A long message typed without stops, with a space where each of its clauses ends; any other
    message as it is. With the message's words (`cut`, and `topic`: whether a word is a 医保 term), two
    questions run together are also found apart from them (`asks_apart`), in a message whose clauses
    are at most spaced too ("我问一下 …能不能办门特嘛 医生说…"). An English word spaced inside a
    Chinese clause is joined to it."""
    text = _latin_joined(text.strip())
    if _SEPARATOR_RE.search(text) or len(_CJK_RE.findall(text)) < VOICE_ASKS:
        if cut is not None and not _SEPARATOR_RE.search(text.replace(" ", "")):
            return asks_apart(text, cut, topic or (lambda w: False))
        return text
    out = _A_NOT_A_END_RE.sub(lambda m: m.group(0) + " ", _ANNOUNCED_RE.sub(lambda m: m.group(0) + " ", text))
    out = _SHARE_NEXT_RE.sub(lambda m: m.group(0) + " ", out)
    out = _VOICE_END_RE.sub(lambda m: m.group(1) + " ", out)
    out = _VOICE_END_MORE_RE.sub(lambda m: m.group(0) + " ", out)
    out = _second_opened(out)
    if len(_CJK_RE.findall(text)) >= VOICE_RUN:
        out = _VOICE_OPEN_RE.sub(lambda m: " " + m.group(0), out)
        out = _CONNECTIVE_BACK_RE.sub(lambda m: " " + m.group(1), out)
        out = _HOUSEHOLD_TOLD_RE.sub(" ", out)
        out = _DEED_AGAIN_RE.sub(lambda m: m.group(0) + " ", out)
        out = _dates_opened(out)
    out = _LATE_DEED_WAIT_RE.sub(lambda m: m.group(1) + " ", out)
    out = _AFTERTHOUGHT_RE.sub(" ", out)
    out = _WANT_THEN_FIRST_RE.sub(lambda m: m.group(1) + " ", out)
    out = _CARE_THEN_RULE_RE.sub(" ", out)
    # (the scheme asked about starts a clause in a shorter message too: "放假回家看病克拉玛依医保咋备案")
    out = _SCHEME_TURN_RE.sub(lambda m: " " + m.group(0), out)
    out = _SCHEME_ASKED_RE.sub(lambda m: " " + m.group(0), out)
    out = _WHICH_RIGHT_RE.sub(" ", out)
    out = _PAYER_NEXT_RE.sub(lambda m: m.group(0) + " ", out)
    out = _OR_ELSE_RE.sub(" ", out)
    # (a place named last is a clause of its own in a short message too: "医保钱包是啥子东西能干啥巴中")
    folded = fold(out)
    last = [m for m in places_in(folded) if folded[m.end:].strip() in ("", "的", "这边", "那边", "这边的", "那边的")]
    if last and len(folded) == len(out) and last[-1].start >= 4 and out[last[-1].start - 1] not in " 在去到回从住来是":
        out = out[:last[-1].start] + " " + out[last[-1].start:]
    # (... and so is the place the asker says first, "潞城的", "巴中平昌的", before the story: "平顺的氟骨症…")
    folded = fold(out)
    first, at = [], 0
    for m in places_in(folded) if len(folded) == len(out) else []:
        if m.start != at or m.doubtful or not regions.of_place(m.places[0]):
            break       # (a covered region's place: "四川的居民医保…" is asked the place anyway)
        first.append(m)
        at = m.end
    opened = _PLACE_OPENS_RE.match(out, at) if first else None
    if opened and len(_CJK_RE.findall(out[opened.end():])) >= 4:
        out = out[:opened.end()] + " " + out[opened.end():]
    out = _EMOJI_STOP_RE.sub(lambda m: m.group(0) + " ", out)
    out = re.sub(r" {2,}", " ", out).strip()
    if cut is None:
        return out
    topic = topic or (lambda w: False)
    return asks_apart(_words_whole(out, cut, topic), cut, topic)


def _words_whole(out: str, cut: Callable[[str], list[str]], topic: Callable[[str], bool]) -> str:
    """`out` without a found clause end that falls inside a 医保 term ("咋个办 理", "咋个报 销": the rules
    above read 办, 报 as the question's last word); not inside an everyday word jieba may make across a
    true end ("才交 还是…": 交还)."""
    joined = out.replace(" ", "")
    inside, at = set(), 0
    for word in cut(joined):
        if topic(word):
            inside.update(range(at + 1, at + len(word)))
        at += len(word)
    if at != len(joined):
        return out
    kept, at = [], 0
    for ch in out:
        if ch == " ":
            if at not in inside:
                kept.append(ch)
            continue
        kept.append(ch)
        at += 1
    return "".join(kept)


def clauses(text: str) -> list[str]:
    """The clauses of `text`; one that a question mark ended keeps it ("交了多久到账?"). Typed
    by voice, without punctuation, a question ends at its particle or its 多少 when another
    question follows ("痛风能办慢病吗一年多少")."""
    unmarked = _UNMARKED_END_RE.sub(r"\1 ", clean(text))
    pieces = _CLAUSE_RE.split(_UNMARKED_WHAT_RE.sub(lambda m: (m.group(1) or m.group(2)) + " ", unmarked))
    out = []
    for clause, after in zip(pieces[::2], pieces[1::2] + [""]):
        if _CJK_RE.search(clause) or any(ch.isalnum() for ch in clause):
            out.append(clause + ("?" if "?" in after else ""))
    return out


# question words said as indefinites, in a story: "啥子备案也没办", "卡里的钱没咋用", "哪儿都没去",
# "也没说什么", "没啥大病", "没办啥备案" tell what happened, they ask nothing
_INDEFINITE_RE = re.compile(r"(?:啥子?|什么|哪儿?|哪里|谁|咋个?|怎么)[^，,。?？]{0,6}?(?:也|都)(?:没|不|莫|冇)|"
                            # ("everything", a belief told, "原先以为交了钱啥都给报", "还以为什么都管": what
                            # was thought, not asked — a particle after it, "啥都能报吗", still asks)
                            r"(?:啥子?|什么)(?:都|也)(?:能|可以|会|要|得|管|包|报|给)|"
                            # ("who knew", said of what was not known then, "那会儿哪晓得要先备案", "谁想到住个院这么贵":
                            # a story's regret, nothing asked — a question word after it still asks)
                            r"(?:哪个|谁|哪)(?:晓得|知道|想到|想得到|料到)(?=[^，,。?？\s]{2,})|"
                            # (a short time told, "开学没多久", "住院没过多久就…": "soon after", nothing asked)
                            r"(?:没|不|莫|冇)(?:过|隔|得)?(?:多久|好久|多长时间)(?![吗呢嘛])|"
                            r"(?:没|不|莫)(?:咋个?|怎么|啥子?|什么)(?![时候样办弄整搞回办])|"
                            r"(?<![有没])(?:没|莫得?)(?:办|做|交|开|带|去|打|买)(?:啥子?|什么)(?![时候样办弄整搞回])|"
                            # (several stays told as one sum, "今年几次住院报完以后剩的自付…", "这几回住院加起来…":
                            # 几 is "several", told — not how many asked)
                            r"(?<!第)几(?:次|回|趟)(?:住院|看病|看门诊)(?=[^，,。?？]{0,6}?(?:报完|报了以?后|以后|加起来|一共|总共|合计|下来))|"
                            # (a count said not known, "今年第几次不记得了", "忘了是第几回": told, not asked)
                            r"第几(?:次|回|趟)[^，,。?？]{0,4}?(?:不记得|记不得|记不清|忘了|搞不清)|"
                            r"(?:不记得|记不得|记不清|忘了|搞不清|不知道|不晓得)(?:是|了)?(?:今年)?(?:的)?第几(?:次|回|趟)|"
                            # (a sum said spent as "a lot", "花了好多钱", "自己掏了好多钱": 好多 is many, told —
                            # no one asks the bot what they spent)
                            r"(?:花|用|花费|掏|垫|自费|出)了(?:好多|好些)钱|"
                            # (a short stay somewhere told, "去晋城闺女家住几天", "回老家耍几天": 几天 is "a few
                            # days", the trip's — no one asks the bot how long they will stay)
                            r"(?:去|到|回)[^，,。?？\s]{1,8}?(?<![院所])(?:住|待|呆|耍|玩|歇)(?:个|上)?几天(?!院)")


def is_question(clause: str, marked: bool = False) -> bool:
    """Does the clause ask something? In a message whose writer uses question marks (`marked`),
    an unmarked clause asks only with a question word or particle: "说现在交了还要等几个月才能用"
    reports what was said; nor do question words said as indefinites ("啥子备案也没办"); nor does a
    fact of the case said again with 嘛 ("三级医院嘛", "居民医保嘛": 四川's "you see").
    A message's clauses are asked this by its split, its parts and its forms, about three times each:
    a short clause's answer is kept for the next (a bool; a few messages' clauses)."""
    if len(clause) > QUESTION_KEPT_UP_TO:
        return _is_question(clause, marked)
    return _is_question_kept(clause, marked)


QUESTION_KEPT_UP_TO = 200


@lru_cache(maxsize=128)
def _is_question_kept(clause: str, marked: bool) -> bool:
    return _is_question(clause, marked)


def _is_question(clause: str, marked: bool = False) -> bool:
    if "?" not in clause:
        clause = _INDEFINITE_RE.sub("", clause)
        if _fact_said_with_ma(clause):
            return False
    if marked:
        return "?" in clause or bool(_PARTICLE_RE.search(clause) or _ASKING_RE.search(clause)
                                     or _A_NOT_A_ENDING_RE.search(clause))
    return bool(_QUESTION_RE.search(clause))


# a situation of care said with 呢, not opened as a follow-up ("在那边看门诊呢", "在外地住院呢")
_SITUATION_NE_RE = re.compile(r"^(?!那|要是|如果|假如|假设)[^，,。？?\s]{1,10}?(?:看门诊|看病|住院|就医|开药|拿药)呢$")
# (… or of the hospital named first, "人民医院是三级的嘛", "县医院就是二级的嘛": its tier told, 四川's "you see")
_FACT_MA_RE = re.compile(r"^(?:[^，,。？?\s]{1,8}?(?:医院|卫生院)(?=是|就是|都是|本来就是))?"
                         r"(?:是|就是|都是|反正是|本来就是)?(?:那个|这个|那种|个)?(?P<fact>[^，,。？?\s]{2,10}?)(?:的)?嘛[哦啊呀]?$")


def _fact_said_with_ma(clause: str) -> bool:
    """"三级医院嘛", "是居民医保嘛": a hospital's tier, a scheme or a place said with 嘛 and nothing else."""
    m = _FACT_MA_RE.match(clause.strip())
    if not m:
        return False
    fact = m.group("fact")
    for name in ("tier", "scheme"):
        fact = _STORY_SLOTS[name].sub("", fact)
    hit = detect_region(fact)
    fact = fact.replace(hit.county or hit.region or "\0", "") if hit.region else fact
    return fact != m.group("fact") and re.fullmatch(r"(?:医院|医保|的|定点|医疗机构)*", fact) is not None


# what the story says did not happen, in the handbook's words ("不是急诊，医生也没开转诊，啥子备案也没
#办" is 非急诊, 未转诊, 未备案: the case of its own row, not the 急诊 or 备案 one), as search words for each
# kind. Not intents.slots._FILING_DENIED, which fills the filing slot (备案 and 转诊 alike are 未备案)
# and reads more widely: the union here moves the search's scores
# (非急诊 written as the handbook writes it too: never an 急诊 carried into a reading)
# (with "any" between: "没办啥备案", "没做什么转诊")
_NEGATED_CARE_RE = re.compile(r"(?:不是|非|没有?|未|莫得?|没得)(?:开|办|做|打)?(?:个|过|啥子?|什么|任何)?(急诊|转诊|转院|备案)|"
                              r"(急诊|转诊|转院|备案)(?:手续)?(?:也|都)?(?:没|未|莫)(?:有|办|开|做|打)?")
_NEGATED = {"急诊": "非急诊", "转诊": "未转诊", "转院": "未转诊", "备案": "未备案"}
# the route words that say where care was (elsewhere), not how it was reached
_PLACE_ROUTE = ("异地", "外地", "外省", "省外", "境外")
# gone to a country abroad (去泰国耍, 在日本旅游, 出国): not 港澳台, whose students the handbooks insure
_GONE_ABROAD_RE = re.compile(r"(?:去|到|在)了?(?:" + "|".join(
    re.escape(p) for p in regions.abroad() if p not in ("香港", "澳门", "台湾")) + r")|出国|国外|境外")
# care said of the place just named, in its clause or the next ("在成都住院", "转到成都一家二级医院住院",
# "在重庆旅游，突然急诊住进医院"), not a stay with family
# there ("跟儿子在深圳住了三年", "俺闺女在北京"), which is the long-term or the temporary case as told
_CARE_AT_PLACE_RE = re.compile(r"^[^，,。？?\s]{0,8}?(?:[，,\s]+[^，,。？?\s]{0,8}?)?(?:住院|看病|就医|就诊|治疗|医院|门诊|急诊|手术)")


def _cared_elsewhere(text: str) -> str | None:
    """The route word for a place of care told outside the covered regions, or None: 外省 where the
    place is outside every covered region's province (乌兰察布), whoever asks — the handbooks rule
    跨省 care apart (长治's 门诊: 10个百分点 less) — else 外地 (太原 is 省内 for 长治, 外省 for 巴中)."""
    place = elsewhere_place(text)
    if not place or not _CARE_AT_PLACE_RE.match(fold(text)[place[1]:]):
        return None
    return "外省" if outside_every_province(place[2]) else "外地"
# a stay told with words inside it (住的院, 住了两天院, 住进县医院) is the story's 住院
_STAY_SPLIT_RE = re.compile(STAY_SPLIT)


# 慢病 said as what the asker has not reached ("没达到慢病", "够不上慢病标准"), in a message naming 两病 or
# its diseases: the handbook's 两病 (轻症 on the drugs), and no search word for 门诊慢病's rows
# (with "that" before the standard, "没到慢病那个标准": the whole said, no 标准 left to pull to the page defining 两病)
_NOT_CHRONIC_SAID_RE = re.compile(NOT_CHRONIC_YET.replace("的?标准", "(?:的?(?:那个|这个|那种|那)?标准)?")
                                  # (the same said of 够/办: "够不上慢病", "还够不上办慢病的标准", "不够办慢病")
                                  + r"|(?:够不上|不够)办?慢病(?:的?认定)?(?:的?标准)?")
_TWO_NAMED_RE = re.compile(r"两病|高血压|糖尿病|血压高|血糖高|降压药|降糖药")


def _two_not_chronic(text: str) -> str:
    return _NOT_CHRONIC_SAID_RE.sub("两病", text) if _TWO_NAMED_RE.search(text) else text


_FROM_HK_MACAO_TAIWAN = ("台湾", "香港", "澳门", "台胞", "港澳台")
_HK_MACAO_TAIWAN_STUDENT = "港澳台大学生"       # (the handbook's row for them)
_STUDYING_RE = re.compile(r"学生|同学|研究生|(?:上|读|念)(?:大学|大专|研究生|书)|读研")


_MOVED_TO = ("转回", "转到", "转去", "转往")


# a birth told ("生了个孙娃儿", "才生了娃", "刚生了个女儿"), and a child's age in years said
_BIRTH_TOLD = re.compile(r"生了(?:个|一个)?(?:孙娃儿?|孙孙|孙子|孙女|外孙女?|娃娃|娃儿?|儿子|女儿|宝宝|小孩|孩子|二胎|老二|崽)|(?:才|刚)生(?:了|完)?娃|"
                         # (the child said first, then when it was born: "孙子昨天生的", "宝宝上周才出生")
                         r"(?:孙娃儿?|孙孙|孙子|孙女|外孙女?|娃娃|娃儿?|儿子|女儿|宝宝|小孩|孩子|二胎|老二)(?:是)?"
                         r"(?:昨天|前天|今天|大前天|前几天|这几天|上周|上个?星期|上个?礼拜|上个月|这个月|刚刚|刚|才)(?:才|刚)?"
                         # (出生 is a birth whatever follows; 生 closes its clause, as "生的" — "生了一场病", "生的疮"
                         # is the child fallen ill)
                         r"(?:出生(?![日意])|生(?:的|了|下来|出来)?(?=$|[\s，,。.！!？?；;、~]))|"
                         # (... or when first, then the child born: "前几天生的娃", "上个月才生的孙子" — a child
                         # word after 生的, never an illness: "前天生的病")
                         r"(?:昨天|前天|今天|大前天|前几天|这几天|上周|上个?星期|上个?礼拜|上个月|这个月|刚刚|刚|才)(?:才|刚)?"
                         r"生的(?:孙娃儿?|孙孙|孙子|孙女|外孙女?|娃娃|娃儿?|儿子|女儿|宝宝|小孩|孩子|二胎|老二)|"
                         # (or the birth's papers just issued: "出生证有了", "出生医学证明刚办下来")
                         r"刚出生|出生证(?:明)?(?:已经|刚|才)?(?:有了|办了|办好了|下来了|拿到了)|出生医学证明(?:已经|刚|才)?(?:有了|办了|办好了|下来了|拿到了)")
_CHILD_AGED = re.compile(r"(?:\d{1,2}|[一两二三四五六七八九十]{1,3})(?:岁|周岁)")
_CHILD_WORD = re.compile(r"孩子|娃儿?|小孩|宝宝")
# the handbook's word for a child born lately (巴中 第三章 七问)
NEWBORN = "新生儿"


def story_slots(text: str) -> dict[str, list[str]]:
    """The asker's case as the story words it: {"scheme": ["合疗"], "tier": ["县医院"], …}. One
    message's texts are read for their story several times (its readings, the question before, the
    form): a short text's is kept for the next reader (a fresh dict of fresh lists each time)."""
    if len(text) > STORY_KEPT_UP_TO:
        return _story_slots(text)
    return {name: list(found) for name, found in _story_slots_kept(text)}


def lives_with_kin_for_good(text: str) -> bool:
    """Whether the message tells the asker living with a child elsewhere for good ("跟着女儿在杭州住 以后就在
    那边了", "到儿子那儿住 要住好几年"): the handbook's own example of the 长期 filing (随子女生活), so a filing
    said done later ("备了案") is that kind. Time unsaid ("跟儿子去成都住了") may be a visit: not this."""
    living = story_slots(text).get("living", [])
    return any(_FOR_GOOD.search(w) for w in living) and any(_WITH_CHILD.search(w) for w in living)


# how long a text may be for its story to be kept, and how many texts' are kept (about a message's)
STORY_KEPT_UP_TO = 500
STORY_KEPT = 64


@lru_cache(maxsize=STORY_KEPT)
def _story_slots_kept(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(found)) for name, found in _story_slots(text).items())


def _story_slots(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    negated = [_NEGATED[m.group(1) or m.group(2)] for m in _NEGATED_CARE_RE.finditer(text)]
    # "没达到慢病标准" is no 慢病: on the drugs, it is the handbook's 两病
    # (and a stay said not to be, "不住院 看门诊", is no 住院 of the story)
    # (nor is a counterfactual's 不是 a denial: "要不是得了急病" tells the sudden illness)
    text = as_counterfactual_told(text)
    said = re.sub(NOT_CHRONIC_YET, "两病", _NEGATED_CARE_RE.sub("，", without_no_stay(text)))
    for name, pattern in _STORY_SLOTS.items():
        if name in ("care", "route"):
            stays = ["住院"] if name == "care" and _STAY_SPLIT_RE.search(said) else []
            if name == "care" and SUDDEN_ILLNESS.search(said):
                # a sudden illness told in people's words ("出差得急病住进医院", "突然晕倒送医院") is the
                # handbooks' 急诊抢救 case: the story's care is 急诊抢救, the words the entries on it use
                stays.append("急诊抢救")
            found = list(dict.fromkeys(pattern.findall(said) + stays + [w for w in negated if pattern.search(w)]))
        elif name == "category":
            # (the groups set side by side, "困难人员跟一般人员不一样吧": no group of the asker's, for any
            # other question of the message to be read with)
            found = list(dict.fromkeys(pattern.findall(without_groups_contrasted(text)[0])))
        elif name == "who":
            # (not from a clause listing who is at home, "家头只剩老人和孩子": the household, not whose case)
            found = list(dict.fromkeys(pattern.findall(HOUSEHOLD_TOLD.sub("，", text))))
        else:
            found = list(dict.fromkeys(pattern.findall(text)))
        if name == "late":
            # (in the handbook's words: the pages on a fee paid late say 错过缴费期)
            found = ["错过缴费期"] if found else []
        if name == "enrol":
            found = ["参保"] if found else []  # (in the handbooks' word, whichever way it was said)
        if name == "holiday":
            # (in the handbook's words: 学生因休学、放假等原因返乡, 突发疾病急诊治疗需转为住院 … 备案 — that rule's
            # case only; a visit paid in full there is the campus's claim, whose page names 寒暑假 itself)
            found = ["放假返乡"] if found and _HOLIDAY_RULE_CASE.search(text) else []
        if name == "before":
            # (in the handbook's words, which no reading without its years loses: 去年 is a year said)
            found = list(dict.fromkeys("未参保" if re.search(r"没|莫|未", w) else "连续参保" for w in found))
        if name == "month":
            # (as the entries write a month: 3月, not 三月)
            found = [f"{cn_to_int(m[:m.index('月')]) or m[:m.index('月')]}月" for m in found]
        if name == "route" and _GONE_ABROAD_RE.search(said):
            # "女儿去泰国耍 在那边住了院": care abroad, the handbooks' 境外就医 (不予支付) — a question asked after
            # it read without the country ("住院 回来报得到不") found the 市外 stay's page
            found = ["境外", *found]
        elsewhere = _cared_elsewhere(said) if name == "route" and not any(w in _PLACE_ROUTE for w in found) else None
        if elsewhere:
            # "转到成都一家二级医院住院": a place of care outside the covered regions is care 外地, the
            # case the entries name (市外 / 备案地), not the 市内 row of the same tier
            found.append(elsewhere)
        if name == "route" and any(w not in _MOVED_TO for w in found):
            # (a move said as where to only says 转院 where nothing else says the route: "开了转诊单转到成都一家
            # 医院" is the referral elsewhere, not a 转院 inside the region)
            found = [w for w in found if w not in _MOVED_TO]
        if found:
            out[name] = found
    who = out.get("who", [])
    if _BIRTH_TOLD.search(text) and not _CHILD_AGED.search(text):
        # "儿媳妇上个月生了个孙娃儿", "幺妹儿才生了娃 一个多月": the child whose cover is asked is a
        # newborn, the handbook's 新生儿 (not a child of some years: "现在两岁了")
        who = out["who"] = ["新生儿", *(w for w in who if not _CHILD_WORD.fullmatch(w) and w != "新生儿")]
    if any(w in _FROM_HK_MACAO_TAIWAN for w in who) and _STUDYING_RE.search(text):
        # "我是台湾来的学生", "从香港过来 在巴中上大学": where from and who, said apart, are the
        # handbook's 港澳台大学生
        out["who"] = [_HK_MACAO_TAIWAN_STUDENT, *(w for w in who if w not in _FROM_HK_MACAO_TAIWAN and "学生" not in w)]
    diseases = [w for w, _, _ in diseases_said(text) if len(w) > 1]
    # 血压高, 吃降糖药: the diseases of 两病 as people say them
    diseases += [name for name, said in (("高血压", HIGH_PRESSURE), ("糖尿病", HIGH_SUGAR))
                 if name not in diseases and re.search(said, without_both_drugs(text))]
    if "糖尿病" in diseases and NO_COMPLICATION.search(text):
        # "糖尿病 就是普通的 莫得并发症": the handbook's 轻症 diabetes (巴中's 两病), not the 慢病 "糖尿病伴
        # 并发症" the disease's name alone would find
        diseases = [MILD_DIABETES if d == "糖尿病" else d for d in diseases]
    if diseases:
        out["disease"] = diseases[:3]
    region = detect_region(text)
    if region.region:
        out["region"] = [region.county or region.region]
    people = _HEAD_COUNT.findall(text)
    if people:
        out["people"] = people[-1:]
    return out


# ("基本医保报了好多": asked of a stay just paid, with 了)
_BILL_ASKED = re.compile(r"报(?:销)?了?(?:多少|好多|几多)|能报|报得到|报得了|赔(?:多少|好多)|给(?:多少|好多)")
# how a stay or a visit is paid ("住院咋个报", "门诊怎么报销")
_HOW_PAID = re.compile(r"(?:咋个?|怎么|怎样|如何|啷个)(?:报|算|赔)")
# another fund asked about, on its own ("大病保险能报不", "大额补助呢"), or of what the question
# before left ("剩下的大额补助再报好多": no figure of its own, the same bill through the next fund; 救助 too,
# "剩下的救助能不能全报", whether it pays all of what is left)
_FUND_ASKED = re.compile(r"^(?:剩下的?|剩余的?|余下的?)?[^，。剩]{0,4}(?:大病保险|大病|大额[^，。]{0,6}|救助)[^，。]{0,3}"
                         r"(?:能报|还能报|能赔|报|赔|给|呢|有没有|能不能|可不可以)")
# how a sum is worked out ("起付线咋个算", "这个怎么算"; not "咋报", how it is paid, whose rule is answered
# beside the sum asked after it)
_HOW_WORKED_OUT = re.compile(r"(?:咋个?|怎么|怎样|如何|啷个)算")
# how much asked and nothing else ("报好多", "能报多少钱")
_HOW_MUCH_BARE = re.compile(r"(?:那|又|还|一共|总共)?(?:能|可以)?(?:报|赔)(?:销)?(?:多少|好多|几多)钱?[？?！!。\s]*")
# ... of a stay's bill, not of what is left after the funds ("报完后合规自付还有2万")
_LEFT_SAID = re.compile(r"自付|自负|剩|报完|报了以?后|还有")


# the asker unsure of their own group ("不知道我算不算困难人员", "也不晓得自己是不是低保"): an unsure word, then
# the group asked of the asker (intents.slots reads the group as no one's, the calculation's form asks it)
_OWN_GROUP_UNSURE_RE = re.compile(r"(?:不知道|不晓得|不清楚|搞不清|弄不清|拿不准|说不准|不确定|不太清楚)[^，,。？?]{0,4}?"
                                  r"(?:我|俺|自己|本人)?(?:到底|究竟)?(?:算不算|是不是|属不属于|能不能算|够不够)[^，,。？?]{0,3}?"
                                  r"(?:困难|特困|低保|孤儿|监测|残疾|贫困|五保)")


# a figure checked ("是不是涨到五百了", "好像是三百对不对"), and a sum asked
# a share checked with no word of what it is a share of ("是按8%交吗", "就按百分之7补是吧")
_BARE_RATE_CHECKED = re.compile(r"(?:那|就|也|是不是|是)?(?:按|照)?\s*(?:[\d.]+\s*[%％]|百分之[\d.一二两三四五六七八九十点]+)\s*"
                                r"(?:来)?(?:交|缴|补|补缴|补交|算|缴纳)?(?:的)?(?:吗|吧|嘛|是吧|对吧|对吗|是不是|对不对)?[？?!！。~～]*")
_CHECKED = re.compile(r"是不是|是不|对不对|对吧|是吗|好像是")
_SUM_ASKED = re.compile(r"多少|好多|几多|几成|百分之几")


def _figures(text: str) -> list:
    """The figures said in `text`, not years, ages or counts of people ("一个人")."""
    return [n for n in find_numbers(text) if n.explicit and not n.year and not n.age]


def _sums(text: str) -> list:
    """The sums said in `text` (a base, a bill), bare or with their unit; not years, ages, nor a lone
    small numeral ("一共", "一个月")."""
    return [n for n in find_numbers(text) if n.value and not n.year and not n.age and (n.explicit or n.value >= 10)]


# one more part put onto a sum asked just before, the total asked ("再加上长护一共多少", "加上生育保险总共好多")
_ONE_MORE_PART_RE = re.compile(r"(?:那|要是|如果|假如)?(?:再加上?|加上|另外加上?|还要加上?|再算上|连同|连上)[^，。？?]{1,10}?"
                               r"(?:一共|总共|合计|加起来|合起来)")


def parse(text: str, on_topic: Callable[[str], bool] | None = None, spoken: bool | None = None,
          topics: Callable[[str], set[str]] | None = None) -> Parsed:
    """Clauses, and up to MAX_QUESTIONS question parts, each with the story before it.
    `on_topic` says whether a clause names anything 医保 (the search knows its words): a
    question's readings then include the message without the story clauses that do not.
    `spoken`: the message was typed without a stop (its clauses found by `voiced`). `topics` gives
    the 医保 words a clause names: with it, a question told after what someone said is read first
    on its own (_only_told)."""
    run = voiced(clean(text))
    if spoken is None:
        # (`spoken`: said without a stop, when the caller voiced the message itself)
        spoken = run != _latin_joined(clean(text).strip())
    text = _two_not_chronic(without_filler(run))
    parts_of = clauses(text)
    marked = any(c.endswith("?") for c in parts_of)
    groups: list[tuple[list[str], str]] = []       # (story clauses, question clause)
    story: list[str] = []
    turned = False          # "还有，…": what follows is another question, marked or not
    # the groups so announced: a question the asker said apart is never merged back into the one before
    # it ("…只报50块吗？还有，…空腹血糖八点多…两病门诊买药报多少": the story's figures are not its bill)
    apart: set[int] = set()
    for at, clause in enumerate(parts_of):
        announced = False   # "还有…", "另外…": another question said to follow
        if _NEXT_QUESTION_RE.match(clause):
            turned = bool(groups)
            rest = _NEXT_QUESTION_RE.sub("", clause)
            if not _CJK_RE.search(rest):
                continue
            clause, announced = rest, True
            if not groups and story and _RULE_ASKED_RE.search(story[-1]):
                # "克拉玛依两病高血压报销比例和限额 另外门诊慢病年度限额": the clause before the
                # announced one asked for a rule without a question word — the first question
                groups.append((story[:-1], story[-1]))
                story, turned = [], True
        if _OWN_GROUP_UNSURE_RE.search(clause) and any(is_question(c, marked) for c in parts_of[at + 1:]):
            # "不知道我算不算困难人员 … 大病能报多少": the asker's group said unknown before the question it
            # decides — the question's story (its group asked, or each computed), no question of its own
            story.append(clause)
            continue
        if not is_question(clause, marked) or (story and _TAG_RE.fullmatch(clause) and clause is not parts_of[-1]) \
                or (_SITUATION_NE_RE.match(clause) and at + 1 < len(parts_of) and is_question(parts_of[at + 1], marked)):
            # (nor is a situation said with 呢 before what is asked of it, "俺在河北打工 在那边看门诊呢 要备案不":
            # "as for care there" — the story of that question, no question of its own)
            # (a bare "是不是" after what the asker heard, with the question still to come — "听说年年都交的话
            # 还要涨 是不是 最多涨到好多": the claim it checks is the story of that question, one question)
            story.append(clause)
            continue
        if groups and not story and not announced and SAME_ASKED.search(groups[-1][1]) and PAID_ASK.search(clause) \
                and len(_CJK_RE.findall(clause)) <= 2 * _SHORT_QUESTION and not find_numbers(clause) \
                and BOTH_SCHEMES_NOTE in scheme_read(groups[-1][1]).notes:
            # "职工和居民是否一样 报多少", "…有什么区别 各报好多": whether the two schemes come to the same,
            # then how much — each one's sum is what both ask, one question (only the two schemes:
            # "交费标准跟去年一样吗，住院报多少" compares a year with another, then asks a sum of its own)
            before, question = groups[-1]
            groups[-1] = (before, question + "，" + clause)
            continue
        if groups and not story and not announced and _OK_TAG_RE.fullmatch(clause.strip()):
            # "…两病一年能给报多少钱 中不中": a tag asking the answer be given ("OK?"), no question of its own —
            # read alone it found a page of its own (the rate), not what was asked; nor is it a word of that
            # question, whose reading it would only blur
            continue
        if groups and not story and len(_CJK_RE.findall(clause)) < _SHORT_QUESTION \
                and not announced and not own_ask(clause, groups[-1][1]):
            # "报销比例多少 咋算": a fragment of the question before it ("有起付线没有，报多少" asks
            # a second thing, how much is paid, which the question before did not)
            before, question = groups[-1]
            groups[-1] = (before, question + "，" + clause)
            continue
        if story and _TRUTH_ASKED_RE.fullmatch(clause) and _HEARD_RE.match(story[-1]):
            # "听别个说可以沾他那边的光 是不是真的哦": only whether what was heard is so — the heard
            # clause is what is asked, the check its question word
            story, clause = story[:-1], story[-1] + "，" + clause
        elif story and (_TRUTH_ASKED_RE.fullmatch(clause) or _TAG_RE.fullmatch(clause) or _WHAT_ABOUT_RE.fullmatch(clause)) \
                and (heard := next((i for i in range(len(story) - 1, max(-1, len(story) - 3), -1)
                                    if _HEARD_RE.match(story[i])), None)) is not None:
            # ... the same of what was heard told in two clauses ("听说连续交合疗 大病保险封顶会涨 是不是哦"),
            # or asked what it is about ("听说一直交合疗 大病保险能多报点 咋回事"): both clauses are asked,
            # never the last alone (大病保险 without the years paid in a row is another page)
            story, clause = story[:heard], "，".join([*story[heard:], clause])
        if announced or turned:
            apart.add(len(groups))
        groups.append((story, clause))
        story, turned = [], False
    if story and turned:
        # "…？还有，长治居民慢病每月限额": a last question without a question word; one that only names
        # another case ("…银屑病 门诊慢病限额 还有白癜风") asks what the one before asked, of it: "白癜风呢"
        last = story[-1]
        if len(_CJK_RE.findall(last)) <= _SHORT_CASE and not _PARTICLE_RE.search(last) and groups:
            last += "呢"
        apart.add(len(groups))
        groups.append((story[:-1], last))
        story = []
    if story and groups and _ANOTHER_CASE_RE.fullmatch(groups[-1][1].strip()) and premise.asserted("，".join(story)):
        # "两病里糖尿病报多少 高血压呢 别人说糖尿病能报三百": a figure checked after a bare "X呢" is no
        # story of that case — a check of its own, as said with a question mark (then placed with the question
        # whose case it names, below); told as X's, the 糖尿病 asked went unanswered
        groups.append(([], "，".join(story)))
        story = []
    if story and groups:
        # what follows the last question ("巴中的", "我妈叫我问下") belongs to it
        before, question = groups[-1]
        groups[-1] = (before, question + "，" + "，".join(story))
    # a figure checked ("起付线好像是500？") just before a bill asked about ("合规一万 报好多"): one
    # question, the check told with the case it is about (corrected, and the case computed with the
    # handbook's figure)
    merged: list[tuple[list[str], str]] = []
    said_apart = {question for at, (_, question) in enumerate(groups) if at in apart}
    for at, (told, question) in enumerate(groups):
        said = "，".join([*told, question])
        if at in apart:
            pass
        elif merged and not told and _ONE_MORE_PART_RE.match(question.strip()) and not _sums(question) \
                and _sums("，".join([*merged[-1][0], merged[-1][1]])):
            # "…医保加大额每月交好多 再加生育保险一共好多": one more part put onto the sum just asked, in a
            # clause of its own — the same case with that part, one question (alone it had no base to go on)
            before, first = merged.pop()
            told, question = before, first + "，" + question
        elif merged and _BILL_ASKED.search(question) and find_numbers(said) \
                and premise.asserted(merged[-1][1]) and not premise.asserted(said):
            before, check = merged.pop()
            told = [*before, check, *told]
        elif merged and _BILL_ASKED.search(question) and "amount" in extract(said).values \
                and _HOW_PAID.search(merged[-1][1]) \
                and not find_numbers("，".join([*merged[-1][0], merged[-1][1]])):
            # "巴中职工住院咋个报 花了3万 能报好多": how it is paid, then the bill and its sum — one
            # question, the bill's calculation
            before, how = merged.pop()
            told = [*before, how, *told]
        elif merged and not told and _HOW_MUCH_BARE.fullmatch(question.strip()) and _HOW_WORKED_OUT.search(merged[-1][1]) \
                and "amount" in extract("，".join([*merged[-1][0], merged[-1][1]])).values:
            # "…合规一万零六百 起付线咋个算 报好多": how the bill told is worked out, then its sum asked bare —
            # one question, the bill's calculation (which shows the working asked for)
            before, first = merged.pop()
            told, question = before, first + "，" + question
        elif merged and not told and _FUND_ASKED.search(question) and not find_numbers(question) \
                and {"amount", "amount_unread"} & set(extract(earlier := "，".join(merged[-1][0] + [merged[-1][1]])).values) \
                and _BILL_ASKED.search(merged[-1][1]) and not _LEFT_SAID.search(earlier):
            # "合规3万 基本医保报好多 大病保险能报不": the same bill through the next fund — one question
            # (a bill's sum told, not any number: "住院一年最多报好多 大病保险最多又赔好多" asks two limits)
            before, first = merged.pop()
            told, question = before, first + "，" + question
        elif merged and not told and "，" not in question and find_numbers(question) and not premise.asserted(question) \
                and any(a.start > len(merged[-1][1]) and a.unit in ("money", "ratio")
                        for a in premise.asserted(merged[-1][1] + " " + question)):
            # "明年医保费好多钱 是不是涨到五百了": a sum or a share checked in a clause of its own that
            # names no rule is the question before it asserted — one question, the figure checked
            # against its rule (a wait's months keep their own reading: the handbook may give none)
            before, first = merged.pop()
            told, question = before, first + " " + question
        elif merged and not told and _BARE_RATE_CHECKED.fullmatch(question.strip()):
            # "退休差的年限咋补 是按8%交吗": a rate checked in a clause naming nothing it is the rate of — what
            # the clause before names (the lump, arrears, a stay …) is whose rate it is, one question (alone it
            # was checked against every contribution rate at once)
            before, first = merged.pop()
            told, question = before, first + " " + question
        elif merged and not told and _CHECKED.search(merged[-1][1]) and not _SUM_ASKED.search(merged[-1][1]) \
                and _figures(merged[-1][1]) and not premise.asserted(merged[-1][1]) \
                and _SUM_ASKED.search(question) and not _figures(question):
            # "是不是涨到五百了哦 巴州区2026年一个人到底交好多钱": a figure checked that names no rule
            # of its own, just before the question it is about (voice typing, or a worry said first) —
            # one question, as when the check follows it ("起付线好像是两百？ 一年限额是多少" checks its own)
            before, check = merged.pop()
            told, question = before, question + " " + check
        elif merged and not told and _EACH_RE.search(question) and not _names_a_disease(question) \
                and len(per_disease("，".join([merged[-1][1], question]))) > 1:
            # "高血压和冠心病都能办慢病不 每个月各报好多": the each asked in a clause of its own is of the
            # diseases the clause before named together — one question, split per disease below (asked
            # apart, the 各 had no disease to go with, and the pair had no each)
            before, first = merged.pop()
            told, question = before, first + "，" + question
        merged.append((told, question))
    groups = merged
    # places named together: a question each ("通江跟南江的 医保窗口 电话分别好多")
    split = []
    for told, question in groups:
        each = per_place("，".join([*told, question]))
        if len(each) == 1:
            each = per_disease("，".join([*told, question]))
        if len(each) == 1:
            each = per_group("，".join([*told, question]))
        if len(each) == 1:
            each = per_fund("，".join([*told, question]))
        if len(each) == 1:
            each = per_person("，".join([*told, question]))
        if len(each) == 1:
            each = per_person_wait("，".join([*told, question]))
        if len(each) == 1:
            each = per_tier("，".join([*told, question]))
        split.extend([(told, question)] if len(each) == 1 else [([], one) for one in each])
    groups = split
    if len(groups) <= 1:
        # one question: the whole message first, then without its off-topic story, then its endings
        whole = clean(text)
        readings = [whole]
        told_whole = "，".join(groups[0][0]) if groups else ""
        if _HK_MACAO_TAIWAN_STUDENT in story_slots(told_whole).get("who", ()) \
                and _HK_MACAO_TAIWAN_STUDENT not in groups[0][1]:
            # the asker's group told in words of its own ("我是台湾来大陆读书的学生", "我是港澳台的 在巴中读
            # 大学"): the handbook rows it as one group, which the words apart do not find (they found the
            # students' page); the question is read with it, and never without the clause that told it
            readings.append(with_slots(groups[0][1], story_slots(told_whole)))
        elif on_topic is not None and len(parts_of) > 1 and not any(_THERE_RE.match(c) for c in parts_of[1:]):
            kept = [c if is_question(c, marked) else _only_places(c, on_topic) for c in parts_of]
            # (two clauses telling one birth, "孙子昨天生的 出生证也有了", are one 新生儿)
            kept = list(dict.fromkeys(c for c in kept if c))
            # (not where all that is left opens with a clause saying "this" of what was dropped: bare, as
            # such an ending is)
            if kept and kept != parts_of and not _THIS_RE.match(kept[0]):
                readings.append("，".join(kept))
        asked = [i for i, c in enumerate(parts_of) if is_question(c, marked)]
        if asked and asked[-1] < len(parts_of) - 1 and (asked[-1] > 0 or _KIN_TOLD_RE.match(parts_of[asked[-1] + 1])):
            # a story told after the last question, the occasion of asking ("…是不是元旦一过就能报销 他血压高
            # 经常要跑医院"): its words (高血压) would pull toward their own page; the message read up to
            # the question, with whose case that story says (scheme, group, place). (After a question said
            # first, only a story of someone of the household, "…一年最多能赔好多我老汉癌症花钱像流水一样",
            # "…俺娘老去拿药": what follows it otherwise may be the question's own matter, "糖尿病能不能吃水果
            # 长治的医生说不让吃")
            after = story_slots("，".join(parts_of[asked[-1] + 1:]))
            who = [w for name in _WHO_SLOTS for w in after.get(name, [])]
            upto = " ".join([*dict.fromkeys(who), "，".join(parts_of[:asked[-1] + 1])])
            if upto not in readings:
                readings.append(upto)
        # an ending that names nothing 医保 ("是咋回事") is no reading of the question
        asked_at = next((i for i, c in enumerate(parts_of) if is_question(c, marked)), None)
        if asked_at and groups:
            # (what was heard, asked whether it is so: the heard clauses are asked)
            asked_at = next((j for j in range(asked_at) if groups[0][1].startswith("，".join(parts_of[j:asked_at + 1]))),
                            asked_at)
        endings = [e for e in _endings(parts_of, asked_at, spoken) if e not in readings and (on_topic is None or on_topic(e))]
        told, question = groups[0] if groups else ([], whole)
        slots = story_slots("，".join(told)) if told else {}
        if told and _BARE_ASK_RE.fullmatch(clean(question)):
            # a question that asks nothing of its own ("…去上班了 医保咋整", "…要去北京实习半年 在那看病咋整"): the
            # story is what it asks of — no reading drops a clause of it (nor the ending alone, "医保咋整", which
            # found whatever page a bare how fits best)
            readings, endings = [whole], []
        first = len(readings)
        if _only_told(told, question, topics):
            # what someone said, then the question (_only_told): the question clause read first, the
            # message with the told words must do clearly better
            readings, first = [with_slots(question, slots), *readings], 1
        part = Part(question=question, story="，".join(told), slots=slots,
                    readings=[*readings, *endings], endings_from=first)
        return Parsed(parts_of, [_office_first(part)] if parts_of else [])
    # what the story told so far says about the asker's case, and who the asker is (scheme, group,
    # place) as an earlier question said it: a later question may leave out what one before it
    # named ("巴中职工医保单位交好多比例，个人交好多"); what a question is about stays with it. A story
    # told after a question is the next question's ("住院起付线多少？还有，我有冠心病又有慢阻肺，限额
    # 加起来算不": the earlier question is not about 冠心病)
    parts, said, told_so_far = [], "", []
    for s, q in groups[:MAX_QUESTIONS]:
        told_so_far.extend(s)
        slots = story_slots("，".join(told_so_far))
        for name, words in story_slots(said).items():
            # (... and the disease an earlier question named, when this one names none: "阿尔茨海默病能办
            # 慢病不 一年报好多 认定要带啥子" asks all three of it)
            if name in _WHO_SLOTS or (name == "disease" and "disease" not in story_slots(q)):
                slots.setdefault(name, words)
            elif name == "care" and tier_asked_of_care(q, words):
                slots.setdefault(name, [w for w in words if w in _TIERED_CARE])
        slots = _pointed_at(s, q, slots)
        readings, endings_from = _part_readings(s, q, slots, on_topic, spoken)
        if _HK_MACAO_TAIWAN_STUDENT in story_slots("，".join(s)).get("who", ()) and _HK_MACAO_TAIWAN_STUDENT not in q:
            # (a 港澳台 student told in words of their own in this question's story, "台湾来的学生在巴中读大学 能参加医保不？
            # 还有，…": read with the handbook's group too, as the message asking it alone is — else the students' page)
            told_as = with_slots(q, story_slots("，".join(s)))
            if told_as in readings:
                readings.remove(told_as)
                endings_from -= 1
            readings = [*readings[:endings_from], told_as, *readings[endings_from:]]
            endings_from += 1
        prior = told_so_far[:len(told_so_far) - len(s)]
        at = next((i for i in range(len(prior) - 1, -1, -1) if extract(prior[i]).get("switched")), None) \
            if len(slots.get("scheme", [])) > 1 else None
        parts.append(Part(question=q, story="，".join(s), slots=slots, readings=readings, endings_from=endings_from,
                          earlier="" if s else "，".join(told_so_far), apart=q in said_apart,
                          asked_before="" if s else "，".join(p.question for p in parts),
                          switch="，".join(prior[:at + 1]) if at is not None else ""))
        said += "，".join([*s, q]) + "，"
    return Parsed(parts_of, [_office_first(p) for p in parts], beyond=[q for _, q in groups[MAX_QUESTIONS:]])


# the kinds of care whose rates the handbooks give by the hospital's tier: one an earlier question of the
# message named ("合疗看门诊能报不 县里二级医院报好多") is what a later question naming a tier and no care of its
# own asks of — read alone, the tier's bare figure finds the 住院 table
_TIERED_CARE = frozenset({"门诊", "门诊统筹", "住院"})


def tier_asked_of_care(question: str, earlier_care: list[str]) -> bool:
    """Whether `question` names a tier and no care of its own, after a question of the message that named one
    kind of care with tiered rates (`earlier_care`, its story slot words): that care is what it asks of."""
    said = story_slots(question)
    return "tier" in said and "care" not in said and len(set(earlier_care) & _TIERED_CARE) == 1 \
        and not (set(earlier_care) - _TIERED_CARE)


def _office_first(part: Part) -> Part:
    """A question for an office's phone, address or hours ("市民之家下午几点开门") asks about the
    office of the place it names, whatever the story before it was about ("想去问问异地备案的事"):
    it is read first as the question with the story's place only, the other readings after it."""
    if not part.story or not asks_office(part.question):
        return part
    alone = with_slots(part.question, {k: v for k, v in part.slots.items() if k == "region"})
    if part.readings and part.readings[0] == alone:
        return part
    part.readings = [alone, *[r for r in part.readings if r != alone]]
    part.endings_from = 1
    return part


# ---- where one spoken question ends and the next begins, read from the words (a general pass) ----
# Voice typing runs a message's questions together ("…是哪个部门认定的医疗救助比例好多", "巴中有没有长期护理保险
# 要交好多钱"). The rules above name particular endings; what they share is read here from the message's own
# words (jieba's cut with the lexicon's terms): between two asks, a clause ends where the first ask is closed —
# by a particle said after it (吗, 嘛, 哦, 噻 …, a yes-or-no's 不 / 没) or by the words it asks of — and the next
# opens with its own words: a modal or a "then" (要, 需要, 还, 又, 那 …), or a 医保 term it is about.
_ASK_RE = re.compile(r"百分之(?:几|好多|多少)|多少|好多(?![人年家次回天个])|几成|多久|好久|多长时间|什么|啥子?|怎么|怎样|咋个?|啷个|如何|哪|谁|"
                     r"有没有|有没得|是不是|能不能|可不可以|要不要|会不会|用不用|需不需要|算不算|真的假的|"
                     r"([^\W不没\d])[不没]\1|(?:吗|嘛|呢|不|没)$")
# an ask that closes what it asks of: how much, how long, whether (not 什么 / 哪 / 几, which name a thing asked
# for, "什么病能办慢病", "哪个医院要交押金": one question)
_CLOSING_ASK_RE = re.compile(r"多少|好多|百分之几|几成|多久|好久|多长时间|怎么|怎样|咋个?|啷个|如何|有没有|有没得|是不是|能不能|"
                             r"可不可以|要不要|会不会|用不用|需不需要|算不算|真的假的|([^\W不没\d])[不没]\1|(?<=[在去到])哪")
# (who does it, or how: a question asked of them is still to come, "要不要我们自己去交")
_NOT_ASKED_OF = frozenset("我 你 他 她 俺 咱 我们 你们 他们 她们 咱们 俺们 自己 先 再 也 都 就 还 在 去 到 给 把 跟 和".split())
_AMOUNT_ASK_RE = re.compile(r"百分之(?:几|好多|多少)|多少|好多|几成|多久|好久|多长时间")
_A_NOT_A_ASK_RE = re.compile(r"有没有|有没得|是不是|能不能|可不可以|要不要|会不会|用不用|需不需要|算不算|([^\W不没\d])[不没]\1")
_CLOSING_PARTICLES = frozenset("吗 嘛 呢 哦 啊 呀 噻 撒 哈 咧 哟 嗦 不 没".split())
# the words a next question opens with: a modal, a "then", what is asked of the case just asked about
# (or an adverb of how sure or how usual the answer is, "…交到哪个办公室大概多久能到账")
_NEXT_OPENERS = frozenset("要 还要 需要 需不需要 得 还 又 再 那 那个 那么 另外 还有 然后 自己 个人 一年 每年 最多 最高 是不是 "
                          "能不能 要不要 有没有 可不可以 会不会 大概 大约 一般 最迟 最晚".split())
# what never opens a clause: a word bound to the one before it (a verb's result, a measure, a particle)
_BOUND_START_RE = re.compile(r"^(?:[的了着过得地吗嘛呢啊哦呀吧钱才就上下来去到完好起出中们]|以上|以后|之后|以前|之前|开始|比例|百分)")
_MIN_CLAUSE = 4


_WHERE_OPENS_RE = re.compile(r"(?:在|去|到)哪(?:里|儿)?")
# a rule asked with its own amount right after another amount asked ("起付线多少|比例多少", "交好多|封顶是好多"):
# a second question, though 比例 after an amount is otherwise what it asks of ("报多少比例")
_RULE_ASKED_OPENS_RE = re.compile(r"(?:报销)?(?:比例|起付线|起付标准|封顶线?|限额|上限|最高|最多)(?:是|为|有)?"
                                  r"(?:多少|好多|几成|百分之几)")
# what an amount asks of, said after it ("报好多比例", "交多少钱")
_AMOUNT_OBJECTS = frozenset("比例 钱 块 元 块钱 个点 百分比 比率".split())


def _ask_end(left: str, ask: re.Match, tokens_after: list[str], topic: Callable[[str], bool]) -> int:
    """How surely `left` (ending before a boundary) is a question of its own whose ask is `ask`: 2 when
    a particle closes it, 1 when the ask closes what it asks of and at most two words follow it, else 0."""
    if not tokens_after and left[-1:] in _CLOSING_PARTICLES:
        return 2
    last = tokens_after[-1] if tokens_after else ""
    if last in _CLOSING_PARTICLES and len(tokens_after) <= 4:
        return 2
    said = ask.group(0)
    if _AMOUNT_ASK_RE.fullmatch(said):
        # (how much, how long: closed by the words it asks of, or by nothing, "要交多少 自己出多少")
        return 1 if len(tokens_after) <= 3 else 0
    if _CLOSING_ASK_RE.fullmatch(said) or said == "哪" and _CLOSING_ASK_RE.search(left[max(0, ask.start() - 1):ask.end()]):
        # (how, whether, where: closed by what is done, at least one word, "咋个备案", "有没有长期护理保险"; or by
        # the 医保 term a deed asked of is done to, a few words on: "可不可以在这里交居民医保")
        return 1 if 1 <= len(tokens_after) <= 3 and last not in _NOT_ASKED_OF \
            or 4 <= len(tokens_after) <= 5 and topic(last) and _A_NOT_A_ASK_RE.fullmatch(said) else 0
    if last == "的" and "是" in left[:ask.start()][-3:] and len(tokens_after) <= 3:
        # (who or which, said as 是…的: "是哪个部门认定的")
        return 1
    return 0


def asks_apart(text: str, cut: Callable[[str], list[str]], topic: Callable[[str], bool]) -> str:
    """`text` (typed by voice, its clauses at most spaced) with a space between two questions run together,
    and between a story told and the question run on after it."""
    return " ".join(_told_apart(_apart(chunk, cut, topic), cut, topic) if len(_CJK_RE.findall(chunk)) >= VOICE_ASKS
                    else chunk for chunk in text.split(" ") if chunk)


# A story told, then the question run on after it with no stop ("我们屋头是低保户大病保险有没得照顾", "毕业打算先
# gap一年做点自由职业职工医保和老家的居民医保能不能两边都交", "…就自费了能拿发票找学校报吗"): the question's clause
# opens with the 医保 term it asks about, or with a modal after a deed told done (…了能, …了可以), where what is
# said before it asks nothing and tells the asker's case (who, what befell them, what they did or plan). Read
# apart, as the same message typed with a stop is, the story is kept as slots and its nouns do not outweigh the
# question's.
_TOLD_RE = re.compile(rf"{people.SELF}|[他她]|{people.KIN_LONG}|{people.KIN_SHORT}|{people.ELDERS}|屋头|屋里|家里|老家|"
                      r"[了过]|打算|准备|毕业|去年|今年|前年|上个月|前几天|前段时间|现在|目前")
# (the word before the question's term binds to it: 是低保户, 交的职工医保, 在医院, 和居民医保, 有个倾斜救助)
_BINDS_NEXT = frozenset("是 的 在 和 跟 与 及 或 交 缴 买 办 参加 参 给 把 对 用 有 个 这 那 这个 那个 去 到 从 住 比 为 "
                        "让 被 叫 找 问 带 同 像 关于 有个 一个 上 没 没有 没得 莫得 不 也 都 还 就 才 又 再 说 叫做".split())
# a modal opening the question after a deed told done ("…就自费了能拿发票报吗"), or an adverb of how sure or how
# usual the answer is ("…材料都交上去了一般好久能批下来")
_MODAL_AFTER_DONE = frozenset("能 可以 能不能 可不可以 还能 还可以 要不要 还要 需要 需不需要 是不是 会不会 咋个 怎么 啷个 "
                              "大概 大约 一般 通常".split())


_POINTING = frozenset("这 那 这回 这次 那回 那次 这个 那个 这种 那种 这样 现在 那么 这下".split())
# a yes-or-no asked as A不A opens the question after a clause told whole ("…在这边读大学|能不能交医保", "…租房子住起
# 的|能不能买合疗", "…算灵活就业吧|能不能…"): its 的, its particle or its last word closes what was told; not after
# who is asked of ("…我妈|能不能…"), nor after a word bound to the modal (还, 也, 那 …)
_ASKED_OPENS = frozenset("能不能 可不可以 是不是 要不要 会不会 需不需要 用不用".split())
_TOLD_CLOSES = frozenset("的 了 吧 啊 呀 哦 嘛 噻 撒 哈 咧".split())
_WHO_ENDS = rf"(?:(?:{people.SELF})们?|[他她你]们?|{people.MEMBER}|{people.KIN_SHORT})"
# the bare 医保 opens a how asked after a deed told done or what the asker does ("…要去上班了|医保咋办", "…现在没得
# 工作|医保咋个参"), not after what was paid or joined ("交了医保咋个报" is one question)
_HOW_NEXT_RE = re.compile(r"(?:咋|怎么|怎样|啷个|如何|该|应该|要咋|要怎么|要啷个)")
# what a deed told pays or joins is its object: "又给我交了|合疗" is no story's end before a question's term
_PAID_DEED_RE = re.compile(r"(?:[交缴买办参上]|参加|购买|办理)[了过]$")
# ... and a filing is the object of the deed that did it: "没转诊跟办了|转诊各报好多" is one pair of sides
# asked, "办了" no story's end before a question on 转诊
_FILING_DEED_RE = re.compile(r"[办做走开打弄备][了过]$")
_FILED_OBJECT_RE = re.compile(r"转诊|转院|备案|异地备案")


def _told_apart(run: str, cut: Callable[[str], list[str]], topic: Callable[[str], bool]) -> str:
    """`run` (clauses spaced) with a space between a story told and the question said on after it."""
    out = []
    for chunk in run.split(" "):
        masked = _INDEFINITE_RE.sub(lambda m: "_" * len(m.group(0)), chunk)
        ask = _ASK_RE.search(masked)
        # (not "what about …", asked with 呢 alone: "那我在老家备案异地长期居住呢" is one question)
        words = cut(chunk) if ask and ask.group(0) != "呢" and len(_CJK_RE.findall(chunk)) >= VOICE_ASKS else []
        if "".join(words) != chunk:
            out.append(chunk)
            continue
        at, best = 0, None
        for i in range(1, len(words)):
            at += len(words[i - 1])
            word = words[i]
            if at > ask.start() or at == ask.start() and word not in _ASKED_OPENS:
                break
            # (a word pointing at the case, or at this time, opens the question with it: "…合疗|这回起付线是好多")
            j = i - 1 if words[i - 1] in _POINTING and i >= 2 else i
            start = at - (len(words[i - 1]) if j < i else 0)
            left, ends = chunk[:start], words[j - 1]
            if word in _ASKED_OPENS and j == i and len(_CJK_RE.findall(left)) > _MIN_CLAUSE and _TOLD_RE.search(left) \
                    and not _SAID_RE.search(left) and not _TURN_TO_ASK_RE.search(left) \
                    and (ends in _TOLD_CLOSES or ends not in _BINDS_NEXT | _NOT_ASKED_OF and not re.fullmatch(_WHO_ENDS, ends)) \
                    and len(_CJK_RE.findall(chunk[at:])) > _MIN_CLAUSE:
                best = (start, False)
                continue
            if at == ask.start():
                break
            if len(_CJK_RE.findall(left)) <= _MIN_CLAUSE or not _TOLD_RE.search(left) or _SAID_RE.search(left) \
                    or _TURN_TO_ASK_RE.search(left) or _PAID_DEED_RE.search(ends) \
                    or _FILED_OBJECT_RE.match(word) and _FILING_DEED_RE.search(left) \
                    or ends in _BINDS_NEXT or not _ends_told(ends, topic) or topic(ends) and j >= 2 and words[j - 2] == "的":
                # (the story ends with what was told: a deed done, a figure, who, a 医保 term, not a word bound to
                # what follows, "就全|自费了", "普通内科|门诊"; not a term qualified, "今年的合疗|要交…", nor what
                # was said, whose words run on, "听人说没办转院审批大病保险要少报真的假的")
                continue
            if topic(word) and word not in EVERY_QUESTION_TOPIC and word[0] not in _VERB_OPENS \
                    and len(_CJK_RE.findall(chunk[at:])) > _MIN_CLAUSE or word in _MODAL_AFTER_DONE and ends == "了" \
                    or word == "医保" and (ends[-1:] == "了" or ends in _DOING) and _HOW_NEXT_RE.match(chunk, at + len(word)) \
                    and len(_CJK_RE.findall(chunk[at:])) >= _MIN_CLAUSE:
                # (the last such place, but not inside a run of 医保 terms the question names: "…花了三万多|大病保险
                # 起付线是好多", not "…三万多大病保险|起付线")
                if best is None or not topic(ends) or best[1]:
                    best = (start, topic(ends))
        out.append(chunk if best is None else chunk[:best[0]] + " " + chunk[best[0]:])
    return " ".join(out)


_SAID_RE = re.compile(r"说|讲")
# (what follows the turn to asking is the question, "俺就想问问新农合住院一年最多报多少")
_TURN_TO_ASK_RE = re.compile(_ASKED_TURN + r"|想问|请教")
# (a 医保 term that is a deed, "要交", "报销", is the predicate of what precedes it, not a question's opening)
_VERB_OPENS = frozenset("要能可交缴报办参买给用")
_FIGURE_END_RE = re.compile(r"[\d万千百块元岁][多来余]?$")
# (or what the asker does, "我在单位上班|个人账户的钱…")
_DOING = frozenset("上班 打工 务工 工作 读书 上学 念书 退休 种地 务农 生病 看病 开药 拿药 做生意 毕业 辞职 失业".split())


def _ends_told(word: str, topic: Callable[[str], bool]) -> bool:
    """Whether a story can end with `word`: a deed told done (了, 过; what the asker does, done: 退休了), money
    or a figure, who (a person, a group), a 医保 term."""
    return word in ("了", "过", "钱") or word in _DOING or word[:-1] in _DOING and word[-1:] in ("了", "过") \
        or bool(_FIGURE_END_RE.search(word)) or topic(word) \
        or bool(re.fullmatch(people.MEMBER + "|" + people.KIN_SHORT, word))


def _apart(chunk: str, cut: Callable[[str], list[str]], topic: Callable[[str], bool]) -> str:
    asks = [m for m in _ASK_RE.finditer(_INDEFINITE_RE.sub(lambda m: "_" * len(m.group(0)), chunk))]
    if len(asks) < 2:
        return chunk
    words = cut(chunk)
    if "".join(words) != chunk:
        return chunk
    edges, at = [], 0
    for w in words:
        edges.append((at, w))
        at += len(w)
    best = None
    for first, second in pairwise(asks):
        for start, word in edges:
            # (a where asked opens its own question with its word: "…买职工医保|在哪里办")
            where = _WHERE_OPENS_RE.fullmatch(word) and start < second.start() < start + len(word)
            if not (first.end() <= start <= second.start() - 2 or where) or start >= len(chunk):
                continue
            left, right = chunk[:start], chunk[start:]
            rule_asked = _RULE_ASKED_OPENS_RE.match(right) and _AMOUNT_ASK_RE.fullmatch(first.group(0))
            if len(_CJK_RE.findall(left)) < _MIN_CLAUSE or len(_CJK_RE.findall(right)) < _MIN_CLAUSE \
                    or _BOUND_START_RE.match(right) and not rule_asked:
                continue
            after = [w for s, w in edges if first.end() <= s < start]
            if _AMOUNT_ASK_RE.fullmatch(first.group(0)) and len(after) >= 2 and topic(after[-1]) \
                    and all(w in _AMOUNT_OBJECTS for w in after[:-1]):
                # (a 医保 term after what the amount asked of opens the next question, it closes nothing:
                # "报好多比例|糖尿病一年…", not "…比例糖尿病|一年…")
                continue
            if after[-1:] in (["不"], ["没"]) and _A_NOT_A_ASK_RE.fullmatch(first.group(0)):
                # (a yes-or-no asked as A不A is closed by what it asks of, not by another 不: "要不要备案|不备案
                # 是不是就报不了", where the 不 denies what the next question asks of)
                continue
            if after[-1:] in (["开始"], ["起"], ["算起"], ["以后"], ["之后"]) and first.group(0) in ("多久", "好久", "多长时间"):
                # (from when, then the deed it is the time of: "交了从好久开始|能用", one question — not a how long
                # closed by the words it asks of)
                continue
            closed = _ask_end(left, first, after, topic)
            # (a modal or a "then" opens a question surely; a 医保 term, or a question closed by its own particle,
            # less so)
            # (... as surely a 医保 term whose own ask closes the message, said as a word: "…有没得照顾|封顶线有没得",
            # not the bare particle of a term asked of, "能不能交|生育保险不")
            own = topic(word) and len(second.group(0)) >= 2 and second.end() == len(chunk) \
                and not _AMOUNT_ASK_RE.fullmatch(second.group(0))
            opens = 2 if word in _NEXT_OPENERS or own or where or rule_asked \
                else 1 if topic(word) or right[-1] in _CLOSING_PARTICLES else 0
            if closed == 1 and not _AMOUNT_ASK_RE.fullmatch(first.group(0)) and opens < 2 and after[-1:] != ["的"] \
                    and not any(topic(w) for w in after):
                # (a how or a whether closed by a bare verb: the 医保 term after it is its object, "能不能交|生育保险")
                continue
            score = closed + opens
            if closed and score >= 2 and (best is None or score > best[0]):
                best = (score, start)
        if best:
            break
    if best is None:
        return chunk
    at = best[1]
    return chunk[:at] + " " + _apart(chunk[at:], cut, topic)
