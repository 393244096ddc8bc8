"""What a message does in a conversation, apart from what it says: ends the calculation
("不用了", "算了谢谢", "/cancel"), corrects what was said ("不对，是1万2", "说错了是二级医院"), or
follows up the last calculation or question with one fact changed ("那二级医院呢", "低保户呢")."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from corpus.yamlfile import read_yaml
from intents import people

from intents.numbers import find_numbers
from intents.slots import _CATEGORY as CATEGORIES
from intents.slots import _STAFF_RE as STAFF_WORDS
from intents.slots import (BOTH_SCHEMES_NOTE, FILING_CHOICE, FILING_SAID, UNSURE_SCHEME, HIGH_PRESSURE, HIGH_SUGAR, MILD_DIABETES, NO_COMPLICATION,
                           disease_vocabulary, diseases_said, extract, money_spans, scheme_read, tier_mentions, tiers_in,
                           without_replaced)

CANCEL_WORD = "取消"
# the chat commands that stand for words the engine understands (/cancel, /more), in every channel
COMMANDS = {"cancel": CANCEL_WORD, "more": "更多"}
# the whole message says "never mind" (with polite noise around it)
# (an assent first, "中了 不用了", "行 不算了", "好吧 算了": the assent is to ending, not an answer)
# (said over without a stop, "中了中了 不算了", "行行行 算了")
_ASSENT = r"(?:(?:(?:中|行|好|好的|好吧|嗯|嗯嗯|哦|噢|ok|OK|Ok)(?:了|吧|嘛|啊)?)+[\s，。,.!！~～]+)*"
# (四川's 不整了 / 不弄了, 山西's 不弄了 / 不闹了, "不搞了": the calculation given up, said with its verb)
_GIVE_UP = r"|(?:不|莫|甭|别|不要)(?:弄|整|搞|闹|折腾)(?:了|啦)"
# (set aside for now, "先不管这个", "这个先放一放", "不管它了": the calculation left, whatever may come of it later)
_PUT_ASIDE = r"|(?:先|暂时|暂且)不管(?:这个|那个|它|这些)?了?|不管(?:这个|那个|它)?了|(?:先|暂时)(?:放一放|放放|放着|搁一搁|搁着)"
# the calculation given up, said alone or before another question (四川's 莫, 山西's 甭: "莫算了", "甭算了")
# (and in chat English: "nvm 不用了")
_STOP_CALC = r"不用了|不用算了|不算了|不要算了|别算了|莫算了|甭算了|算了|算啦|没事了|(?:没|莫|冇)得(?:啥|啥子)?事了|不问了|先不算了|不需要了|nvm" + _GIVE_UP + _PUT_ASIDE
# what closes a "never mind" ("算了 回头再说吧", "没事了 我自己算"): put off, or done by the asker
# (put off until the care happens, "等他出院再说", or the care not had yet, "我还没去住": a reason, nothing asked)
_LATER = r"|(?:回头|以后|下次|改天|过后|过两天|到时候)再说|(?:我|俺)?(?:自己|自个儿?)(?:来|去|再)?(?:算|算算|算一下|算下)" \
    r"|等[^，,。？?!！\s吗么呢]{1,8}(?:了|完|后|以后)?再(?:说|算|问|弄|搞|整|办|看)" \
    r"|(?:等|让|叫|喊|找|请)[^，,。？?!！\s吗么呢]{1,8}?(?:帮|给|替|教)(?:我|俺)(?:们)?(?:弄|搞|整|办|看|操作|激活|绑|设置)?(?:一下|下|哈)?(?:吧|哈|嘛)?" \
    r"|(?:我|俺|他|她|人)?(?:都)?还没(?:有|得)?(?:去|开始)?(?:住院?|看病?|生|做|开刀|手术|出院|花钱?)(?:呢|哦|嘞|哈)?" \
    r"|(?:我|俺)?(?:自己|自个儿?)(?:去|到|再去)?[^，,。？?!！\s吗么呢]{0,6}?(?:问|问问|问一下|咨询|打听|看|看看|看一下|查|查查|查一下)(?:吧|哈|了)?"
# (the asker will ask at the window or the office in person, "我自个儿去窗口问问", or look it up themself,
# "我自己上APP查查": done with the bot, nothing asked)
# what the asker says is done before closing ("搞好了 没事了", "行 绑好了 不用了"): the thing they were doing, finished
_DONE = r"(?:(?:好了|好的|好|行|嗯)?(?:已经)?(?:弄|搞|整|办|设置|激活|绑)(?:好|完|定|成功)了[\s，。,.!！~～]*|搞定了?[\s，。,.!！~～]*)*"
# why it is given up, said after it ("算了 麻烦得很", "不用算了 太麻烦了", "算了 懒得弄了"): a reason, nothing asked
_BOTHER = r"|(?:太|好|怪|真|真的|特别)?麻烦(?:得很|死了|了|啊|哦|得要命)?|懒得(?:算|弄|整|搞|问)了?"
# "nothing more" in dialect after the give-up ("算了 没得事了", "莫得啥子事了", "冇事了"): the same close
_NOTHING_MORE = r"(?:没|莫|冇|没有)(?:得|啥|啥子|什么)?(?:啥|啥子|什么)?事(?:了|啦|咯|哒|喽)?"
# (a sigh before it, "哎 算了", "唉没事了": the giving up is what it says)
_SIGH = r"(?:(?:哎呀|哎哟|哎|唉|诶|欸|嗨|害)[\s，。,.!！~～]*)?"
# (a "then" before it, "那算了 不用了", "那就不用了": the giving up follows from what was just said)
_THEN = r"(?:那(?:就|么|我就|俺就)?[\s，。,]*)?"
# (the thing given up named first, "门诊那个不用算了", "这个先不算了": the calculation it points at, given up)
_SET_ASIDE = r"(?:(?:[\u4e00-\u9fff]{1,4}?(?:那个|这个|那笔|那次|的)|这个|那个|刚才那个|刚刚那个)[\s，,]*)?"
CANCEL = re.compile(
    r"^[\s，。,.!！~～]*" + _SIGH + _ASSENT + _DONE + _THEN + _SET_ASIDE + r"(?:/cancel|/stop|" + CANCEL_WORD + r"|" + _STOP_CALC + r"|没事|不用了谢谢|"
    r"莫问了|" + _NOTHING_MORE + r"|退出|结束|不用麻烦了|先这样|不要了)"
    r"(?:[\s，。,.!！~～]*(?:谢谢|谢了|多谢|感谢|吧|啊|呀|哈|了|不用算了|不算了|不用了|算了|没事了|" + _NOTHING_MORE + r"|不问了|先这样|再见|拜拜|" + CANCEL_WORD
    + _LATER + _BOTHER + _PUT_ASIDE + r"))*"
    r"[\s，。,.!！~～]*$",
    re.I)
# a correction of what the asker said before: the rest of the message carries the right fact
# (an interjection may open it: "哦不对 …", "哎呀 说错了 …")
# ("不是急诊" answering "是不是急诊抢救" says the care was not one: a fact, never a correction to 急诊)
# (a care said not an emergency, "搞错了 不是急诊", is the fact corrected — its 不是 kept, after the opening words too)
CORRECTION = re.compile(r"^[\s，。,]*(?:(?:哦|噢|喔|啊|呃|额|嗯|哎|哎呀|唉|诶|欸|哦哟|哎哟)[\s，。,！!~～]*)?(?:不对|不是(?!急诊|抢救|急救|转院|转诊|转过|转来|转去|转上)|错了|说错了|我说错了|打错了|我打错了|搞错了|更正一下|更正|纠正一下|纠正|"
                        r"应该是|其实是|重新算|重算|准确(?:的)?是|具体(?:的)?是|实际(?:上)?是|确切(?:的)?是)(?:[\s，。,！!]*(?:不对|不是(?!急诊|抢救|急救|转院|转诊|转过|转来|转去|转上)|错了|我说错了|说错了|打错了|我打错了|应该是|其实是|"
                        r"是|，))*[\s，。,！!]*")
# ("不是转院 …", "不是急诊": the story's own denial, said first — not "No," correcting what was said before)
# a follow-up that adds to the last case rather than replacing a fact: "我糖尿病也有，两个一起算"
# (not "两个都是新农合", "两个都在县医院": a fact the two people share, said of both — no bill added to another)
ADDS = re.compile(r"也有|也是|两个一起|两样一起|合起来|都算上|两个都(?!是|在|住|参加的|交的|买的)")
# "也是一万", "也是三级 五万": the same fact said again for the new case, not one more amount to add
_SAME_AGAIN = re.compile(r"(?:也是|也花了?|同样是?|一样是?)(?=[^，,。；;？?!！]{0,8}?[\d一二两三四五六七八九十百千万萬])")
# ... whose amount is already the two together ("两样加起来一年药费1200"), not one more to add
TOTAL_AMOUNT = re.compile(r"(?:加起来|加在一起|合起来|合计|总共|一共|总计|统共|共计)[^，,。？?]{0,8}?"
                          r"(?:\d|[一二两三四五六七八九十百千万])")
# the asker's own share after the fund's ("统筹报好多 自己出好多", "那自己还要出好多"): the one sum's other side
# (whose share, said of the household or of the one the case is: "那我们自己还要出好多", "那她自己要出多少")
_OWN_SHARE = (r"^(?:那|那么)?(?:剩下的?)?(?:我们|俺们|咱们|咱|我家|俺家|我|俺|他们|她们|他|她)?(?:自己|个人)?(?:还)?(?:要|得)?(?:出|掏|付|负担|承担|自付)(?:多少|好多|几多)(?:钱)?"
              r"(?:呢|嘛|哦|啊)?[？?。!！]*$")
OWN_SHARE_ASKED = re.compile(_OWN_SHARE)
# a clause that totals up or extends the question before it ("长护险也想交，一共多少"): one question with it
CONTINUES = re.compile(r"一共|总共|合计|加起来|加上|连同|一起算|都算上|合起来|" + _OWN_SHARE + r"|"
                       # only the difference of what the one before asked ("…各是多少，差了多少")
                       r"^(?:两者|两年|两个|它们)?(?:相差|差了|差|差距|涨了|降了|多了|少了)(?:多少|好多|几)")
# a span of the case before pointed back to ("…后来补上了 中间那段看的病咋办"): what happens within it, of
# that case — one question with it, whatever topic it names, not a question of no case
SPAN_BEFORE = re.compile(r"^(?:那|那么)?(?:中间|中途|这期间|那期间|这段时间|那段时间|那几个月|这几个月)")
# whether a fact told changes the sum ("这样能多报不"; "低保户 还能再报点不": more paid on the same bill,
# by a fund after the first)
_MORE_PAID = (r"(?:这样|这样子|那样|那|的话)?(?:能|可以|会|能不能|会不会|可不可以)?(?:多报|报得?多|多赔|多给|再多?报)"
              r"(?:点|些|一点|一些|点儿)?(?:不|吗|嘛|没|没有|些不)?[？?。!！~\s]*$")
MORE_PAID = re.compile(_MORE_PAID)
FOLLOW_UP = re.compile(r"^(?:那|那么|如果|要是|假如|假设|换成|改成|换|改为|若|那要是|那如果|那假如)|"
                       # "早晓得就在巴中本地三级医院住了 本地能报好多": the case as it might have been, said in regret
                       r"^(?:早晓得|早知道|早知|当初要是|当时要是)|"
                       r"呢[？?。!！]*$|如果是|要是是|换成|改成|"
                       # "职工呢，我媳妇是单位上的": the follow-up first, why after it
                       r"^[^，,。？?!！\s]{1,8}呢[？?。!！]*[\s，,。]|"
                       # "退休了又是好多", "俺老伴是居民的又是多少": the same asked again of another case
                       r"又(?:是|该|要|能|可以)?(?:报|交|划|给|赔|算)?(?:多少|好多|几多|几成|啥子?|什么|咋个?|怎么)[^，,。？?]{0,3}[？?。!！]*$|"
                       # "我哥交的职工 同样的事他能报几多": the case just asked, said to be another's as well
                       r"(?:一样|同样|相同|一模一样)的?(?:情况|病情|情形|病|花费)|(?:情况|情形)(?:也|都)?(?:一样|相同|差不多)|"
                       # "俺家是低保户 这样能多报不", "退休了能不能多报点": whether the fact told changes the sum
                       + _MORE_PAID + "|"
                       # "要是低保户 有啥不一样": what the fact told changes, asked after it — the fact is the
                       # message's head, the phrase its end; two things compared before it ("职工医保和居民医保
                       # 有什么区别") is a question of its own, not the last case asked again
                       r"^[^跟和与]{0,24}?(?:有|又有|会有)(?:啥子?|什么|哪些)(?:不一样|不同|区别|差别)(?:吗|嘛|没|不|哦|哇)?[？?。!！~\s]*$")


# "问个别的", "先问个事", "就问一下": what says a question follows
_ASK_LEAD = r"(?:我|那)?(?:先|就|只)?(?:再|另外|换个|还想|想)?问(?:个|一个|一下|下|一哈|哈)?"
# "算了不用了 医保码咋个激活嘛", "不算了 问个别的 …": the calculation ends, and another question follows
_CANCEL_LEAD = re.compile(
    r"^[\s，。,.!！~～]*" + _ASSENT + _THEN + r"(?:" + CANCEL_WORD + r"|" + _STOP_CALC + r")"
    # (said over, "算了算了 没事了 …": each stop phrase again is the same cancel)
    r"(?:[\s，。,.!！~～]*(?:谢谢|谢了|多谢|感谢|吧|啊|呀|哈|了|先这样|" + CANCEL_WORD + "|" + _STOP_CALC + r"))*[\s，。,.!！~～]+"
    r"(?P<ask>" + _ASK_LEAD + r"(?:别的|其他的?|问题|事|事情)?(?:哈|啊|哦)?[\s，。,:：]+)?")
# "问下 …", "问哈 …", "先问个事 …", "就问一下 …" after the cancel: what follows is a question, however it is worded
_ASK_AFTER_CANCEL = re.compile(r"(?:我|那)?(?:先|就|只)?(?:再|另外|换个|还想|想)?(?:问|咨询|请教|打听)(?:问|个|一个|一下|下|一哈|哈)|"
                               # "我就想知道 …", "只想了解下 …": what is wanted instead
                               r"(?:我|俺|那)?(?:就|只)?(?:是)?想(?:知道|了解|晓得)")
# the calculation wished for and given up in one message ("我想算下合疗住院 要不得了 不算了 先问个事 …"): the
# cancel stands as a clause of its own after a wish to compute, and a question follows it
_CANCEL_AFTER_WISH = re.compile(
    r"[\s，。,.!！~～]+" + _ASSENT + r"(?:" + _STOP_CALC + r")"
    r"(?:[\s，。,.!！~～]*(?:谢谢|谢了|吧|啊|呀|哈|了|先这样|" + _STOP_CALC + r"))*[\s，。,.!！~～]+"
    r"(?P<ask>" + _ASK_LEAD + r"(?:别的|其他的?|问题|事|事情)?(?:哈|啊|哦)?[\s，。,:：]+)?")
_WISH_TO_COMPUTE = re.compile(r"算|测算|计算")


def _cancel_match(text: str) -> re.Match | None:
    """Where the cancel that opens the message ends, or the one after a wish to compute at its start."""
    m = _CANCEL_LEAD.match(text)
    if m:
        return m
    m = _CANCEL_AFTER_WISH.search(text)
    return m if m and _WISH_TO_COMPUTE.search(text[:m.start()]) else None


def cancel_lead(text: str) -> str | None:
    """The question after a cancel that opens the message ("算了不用了 医保码咋个激活嘛" → "医保码咋个激活嘛"),
    or after a calculation wished for and given up at once ("我想算下合疗住院 不算了 先问个事 …"),
    or None when the message has no such cancel or is nothing but one."""
    m = _cancel_match(text)
    if not m or is_cancel(text):
        return None
    rest = text[m.end():].strip()
    # ("先不算了 问问居民医保…": the ask verb glued to the question says only that a question follows)
    said = _ASK_AFTER_CANCEL.match(rest)
    if said and not m.group("ask") and len(rest) - said.end() >= 4 and not rest[said.end()] in "别其题事":
        rest = rest[said.end():].lstrip(" ，,:：")
    return rest if len(rest) >= 2 else None


# a message that names what it is about and asks nothing yet ("我想问哈子 住院的事情", "关于异地就医的问题想咨询下")
_ASK_VERB = r"(?:请?问|咨询|了解|打听|请教)(?:问|一下|一哈|下|哈子|哈)?"
_ABOUT = r"(?:关于|有关)?([\u4e00-\u9fff]{2,6}?)(?:方面)?的?(?:事情|事儿|事|问题)"
_END = r"[。！!~～\s哈呀啊嘛哦]*$"
_ANNOUNCED = (re.compile(r"^(?:你好|您好|喂)?[，,。\s]*(?:我|俺|我们|俺们)?(?:想|要|来)?" + _ASK_VERB + r"[，,\s]*" + _ABOUT + _END),
              re.compile(r"^" + _ABOUT + r"[，,\s]*(?:我|俺)?(?:想|要)?" + _ASK_VERB + _END))


# where 医保 business is done, asked of no business named ("医保在哪个窗口办啊", "医保的事到哪儿办理"): each act
# has its own place and channels (filing online, claims at the counter), so which is asked back ("办医保去哪里"
# names one: joining)
_WHERE_WORD = r"(?:哪个窗口|哪个部门|哪个地方|哪个单位|哪里|哪儿|哪|什么地方|啥地方|什么窗口|啥窗口)"
_DO_WORD = r"(?:办理|办|弄|搞)"
_BUSINESS_UNNAMED = re.compile(
    r"^(?:医保|社保)(?:的|这个|那个)?(?:业务|手续|事情|事)?[，,\s]*"
    r"(?:到底|究竟|一般|具体|都)?(?:要|应该|该|得|可以|能)?(?:在|去|到|上)?" + _WHERE_WORD + r"(?:去|来)?" + _DO_WORD +
    r"(?:啊|呀|呢|嘞|哦|嘛|哈|撒|噻|不)?[?？。!！~\s]*$")


def business_unnamed(text: str) -> bool:
    """Does `text` ask only where 医保 business is done, naming no business ("医保在哪个窗口办啊")?"""
    return _BUSINESS_UNNAMED.match(text.strip()) is not None


# a reply naming a business alone, after which one was asked back ("异地备案", "我要办异地备案的", "巴中 缴费"):
# what the asker wants done, asked nothing of it yet
_BUSINESS_TOLD_OPEN = re.compile(r"^(?:我|俺)?(?:就是|是)?(?:要|想|准备)?(?:办理|办|弄)?(?:个|一下)?")
_BUSINESS_TOLD_CLOSE = re.compile(r"(?:业务|的|啊|呀|吧|哦|嘛|撒|噻|嘞|哈)+$")
# (a question of its own, a figure, or no business wanted: "不办了", "随便问问")
_SAYS_MORE = re.compile(r"吗|么|什么|啥|怎|咋|如何|哪|多少|好多|几|[？?]|能不能|可不可以|要不要|\d|不|没|别|算了|问")


def business_told(text: str) -> str | None:
    """The business a reply names alone ("我要办异地备案的": 异地备案), or None when it asks something of its
    own ("异地备案要带什么材料") or says more than a name."""
    t = text.strip(" ，,。.!！~")
    if _SAYS_MORE.search(t):
        return None
    t = _BUSINESS_TOLD_CLOSE.sub("", _BUSINESS_TOLD_OPEN.sub("", t)).strip(" ，,")
    return t if 2 <= len(t) <= 14 else None


# what a fact of the asker's own case leaves besides its slots ("低保户", "退休职工", "职工医保")
_CASE_FACT_REST = re.compile(r"[\s户人员的]|职工|医保|对象")


def own_case_only(text: str) -> bool:
    """Whether a reply tells only the asker's scheme or category ("我是职工", "低保户", "合疗的"): a fact of
    their case, no business (read with `business_told`, it names none)."""
    t = _BUSINESS_TOLD_OPEN.sub("", text.strip(" ，,。.!！~"))
    s = extract(t)
    return bool(s.values) and set(s.values) <= {"insurance", "category", "retired", "flexible"} \
        and not _CASE_FACT_REST.sub("", s.blanked(t))


def announced_topic(text: str) -> str | None:
    """The topic of a message that only says what it is about ("我想问哈子 住院的事情": 住院), or None."""
    m = next((m for m in (r.match(text.strip()) for r in _ANNOUNCED) if m), None)
    return m.group(1) if m else None


def cancel_then_asks(text: str) -> bool:
    """Does a cancel that opens the message say that a question follows ("算了不用算了 问哈 …",
    "没事了 问下医保有啥咨询电话")? Then the rest is that question even when it reads as facts."""
    m = _cancel_match(text)
    if not m or is_cancel(text):
        return False
    return bool(m.group("ask")) or bool(_ASK_AFTER_CANCEL.match(text[m.end():].strip()))


# what asks for something without a question word ("想问下…", "帮我看看", "给我说说", "算一下")
_WANTS = re.compile(r"想问|想知道|想了解|想咨询|请问|问下|问哈|问一下|咨询|打听|请教|帮(?:我|忙|俺)|给(?:我|俺)?(?:说|讲|解释)|"
                    r"说说|讲讲|介绍|算(?:一下|下|哈|算)|告诉|麻烦")
# what asks the spoken way, beyond the forms' question words ("要交满好久", "按啥子比例", "是不是元旦一过就能用了",
# "要带啥", "交了没得用", "对不对")
_ASKED_SPOKEN = re.compile(r"啥|好久|多久|多长|多大|多高|是不是|是否|对不|行不|对吧|呢|么|嘛[？?]|吧[？?]|"
                           r"[不没](?:得)?嘛?[？?。!！~\s]*$|还是|有没|要不|该不|算不|莫得[？?]|干嘛|真的假的|"
                           # a rule's figure named, the keywords of a question ("起付线和比例", "慢病月限额")
                           r"起付|比例|限额|封顶|标准|几成")
# a story's clauses: told at some length, in more than one clause
_CLAUSES = re.compile(r"[，,。；;！!\s]+")


def tells_only(text: str, question: re.Pattern) -> bool:
    """A story with nothing asked yet ("俺是退休职工 … 前阵子在长治住了一回院，又听人说了一堆报销的事，
    越听越糊涂"): several clauses, no question word (`question`, the forms' own) and nothing wanted."""
    clauses = [c for c in _CLAUSES.split(text.strip()) if c]
    return len(clauses) >= 3 and len(text) >= 20 and not question.search(text) and not _WANTS.search(text) \
        and not _ASKED_SPOKEN.search(text)


# a clause said beside a cancel that asks nothing of the bot: a plan to ask elsewhere ("我去问村委会",
# "明天去窗口问问"), a reason ("人还没出院"), a put-off ("等出院再说"), a sigh ("额") — the cancel stands, whatever such
# clauses follow or precede it
_ASIDE_MAX = 14
# (asking someone else, said with a going or a calling: "去窗口问一下" is the asker's plan, not a request)
_ASK_ELSEWHERE = re.compile(r"(?:去|到|找|打电话|回去)[^\s，,。？?]{0,8}?(?:问|咨询|打听)")
# (but "还有个问题", "另外问个事": a question announced, to come next — no aside)
_MORE_TO_ASK = re.compile(r"问题|事|还有|另外|再问|想问|要问")


def _aside(clause: str) -> bool:
    """Whether a clause beside a cancel asks nothing and tells no fact of a case (see `_ASIDE_MAX`)."""
    if len(clause) > _ASIDE_MAX or _ASKS.search(clause) or _ASKED_SPOKEN.search(clause) or _MORE_TO_ASK.search(clause):
        return False
    if _WANTS.search(clause) and not _ASK_ELSEWHERE.search(clause):
        return False
    return not extract(clause).values


def _cancel_with_asides(text: str) -> bool:
    """A cancel said as a clause of its own with only asides around it ("算了不用算了 我去问村委会",
    "还没住院 不用了谢谢 等住了再说", "嗯 算了 没事了"): the calculation given up, nothing asked."""
    clauses = [c for c in _CLAUSES.split(text) if c]
    if not 2 <= len(clauses) <= 4:
        return False
    cancels = [bool(CANCEL.match(c)) for c in clauses]
    return any(cancels) and all(ok or _aside(c) for ok, c in zip(cancels, clauses))


# a person named before 没事 ("孩子的没事", "我妈没事了", "娃儿那个没得事"): said of that person — well, or no
# case of theirs — never the form given up, which a cancel is about (a stop of the calculation said of them,
# "孩子的不用算了", still is one)
_PERSON_NO_MATTER = re.compile(
    rf"^[\s，。,]*(?:{people.ANY_OWNER})?(?:{people.KIN_LONG}|{people.KIN_SHORT}|{people.ELDERS}|小孩|宝宝|他|她)(?:们)?"
    r"(?:的)?(?:那个|这个|那边|这边)?[\s，,]*(?:没事|没得事|莫得事|没啥事)")


# (the whole message only that: "孩子的没事", "我妈没事了哈")
_PERSON_FINE_END = re.compile(r"(?:了|的|哈|啦|呢|哦|嘛|哟|啊|呀)*[\s，,。.!！~～]*$")


def person_fine(text: str) -> bool:
    """A message that only says a person named is fine or needs nothing ("孩子的没事", "我妈没事了"): nothing asked
    of the case before, nor any fact of it changed."""
    m = _PERSON_NO_MATTER.match(text.strip())
    return bool(m) and _PERSON_FINE_END.fullmatch(text.strip()[m.end():]) is not None


@lru_cache(maxsize=256)
def is_cancel(text: str) -> bool:
    # (asked of one message's parts by the form, the session and the engine, three or four times each: kept per text)
    t = text.strip()
    if _PERSON_NO_MATTER.match(t):
        return False
    return bool(CANCEL.match(t)) or _cancel_with_asides(t)


def correction(text: str) -> str | None:
    """The corrected part of "不对，我说错了，是花了1万2" ("花了1万2"), or None when it is no correction."""
    swapped = without_replaced(text.strip())
    if swapped != text.strip():
        # "不是九千 是一万九", "是三级 不是二级": the fact meant, the one denied blanked
        rest = re.sub(r"^[\s　，。,！!]*(?:是[\s，,]*)?", "", swapped).strip()
        if rest:
            return rest
    m = CORRECTION.match(text.strip())
    if not m:
        return None
    rest = text.strip()[m.end():].strip()
    return rest or None


def within_span_before(text: str) -> bool:
    """Whether a question clause asks of a span the case before it told ("中间那段时间")."""
    return bool(SPAN_BEFORE.search(text.strip()))


def continues(text: str) -> bool:
    """Whether a question clause only totals up or extends the one before it."""
    return bool(CONTINUES.search(text))


# a disease said besides the one told, its bill with the other's ("她糖尿病也有", "他还有糖尿病 两个病的药一共…",
# "两样加起来"), not instead of it — nor beside it with a bill of its own ("我还有糖尿病 糖尿病药一年1500")
# ("两种病都有", "两个病都有": both, the one before and the one told now)
_ALSO_DISEASE = re.compile(ADDS.pattern + r"|两个病|两种病|两样病|两个都有|(?:两样|两种|两个)病?都有|加起来|加在一起")
# "我还有糖尿病", "她同时还得了高血压": the same patient has one more (a bare "还有糖尿病呢" may ask the other
# disease's rule instead: a subject or 同时 says whose) — unless a bill of its own is told with it ("我还有糖尿病
# 糖尿病药一年1500呢": that disease's own purchase, a case of its own)
_STILL_HAS = re.compile(r"(?:我|俺|他|她|也|同时|另外|而且|并且)还(?:有|患有?|得了?)")
# ... but "也是甲类", "也是三级", "也是一年1500": another fact of the new case said to be the same as the
# last one's, which adds no disease ("那高血压呢 也是一年1500" asks 高血压 instead of 糖尿病)
_SAME_OTHER = re.compile(r"(?:也是|同样是?|一样是?|也都是)(?!高血压|糖尿病|两病|血压|血糖)[^，,。；;？?!！\s]{0,8}")


def adds_amount(text: str) -> bool:
    """Whether a follow-up's amount is one more part of the last case's ("我糖尿病也有，两个一起算"),
    not the same figure restated for a changed case ("那第二次去呢 也是120")."""
    return bool(ADDS.search(_SAME_OTHER.sub("", _SAME_AGAIN.sub("", text))))


def adds_disease(text: str) -> bool:
    """Whether a follow-up's disease is one more of the last case's patient, not a new case's."""
    return bool(_ALSO_DISEASE.search(_SAME_OTHER.sub("", text))) \
        or bool(_STILL_HAS.search(text) and extract(text).get("amount") is None)


# a dialect's question particle at a clause's end (山西 "那太原的咧", "晋城的职工嘞"): 呢, which every
# follow-up rule reads (not "好嘞", an okay)
# (only a short clause with no figure: "总共六千嘞" tells, it asks nothing)
_DIALECT_NE = re.compile(r"(?:^|(?<=[？?。!！\s，,]))([^？?。!！\s，,\d]{1,9}?)(?<![好对行是])[咧嘞](?=[？?。!！\s，,]|$)")
_FIGURE_SAID = re.compile(r"[一二两三四五六七八九十百千万]|块|元")


def dialect_ne(text: str) -> str:
    """`text` with a dialect's clause-final 咧 / 嘞 written 呢."""
    if "咧" not in text and "嘞" not in text:
        return text
    return _DIALECT_NE.sub(lambda m: m.group(0) if _FIGURE_SAID.search(m.group(1)) else m.group(1) + "呢", text)


# whether one must or may switch schemes ("那要换成职工吗", "需不需要转成职工医保", "可以改成合疗不"): a question
# of its own about switching — not the last case asked again of the other scheme ("那换成职工呢")
_SWITCH_ASKED = re.compile(r"(?:要不要|需不需要|用不用|得不得|能不能|可不可以|是不是(?:要|得|必须)?|(?<!如果)(?<!假如)要(?!是)|需要|得|必须|应该|该|能|可以|用)"
                           r"(?:我|咱)?(?:换成|转成|改成|换到|转到|改参|改交|转为)[^，,。？?！!]{0,8}?"
                           r"(?:吗|嘛|么|不|没|没有)?[？?。!！~\s]*$")


# "二级医院咋算", "职工的怎么算": a fact of the case alone, asked how it comes out — the last case with that
# fact, as "三级医院呢" is (no 那, no 呢); the head must be nothing but the fact (see `_fact_only`)
_HOW_IT_COMES_OUT = re.compile(r"(?:又|该|要)?(?:咋算|怎么算|咋个算|如何算|怎样算)(?:的|呢|嘞|哦|啊|嘛)?[？?。!！~\s]*$")
# what a fact's words leave besides it ("在三级医院", "职工的", "低保户"): nothing that asks of another matter
_FACT_REST = re.compile(r"[\s在去到是的户人员医院对象医保了那要是如果]")


def _fact_only(head: str) -> bool:
    """Whether `head` says nothing but facts a follow-up may change (a hospital's level, a scheme, a group)."""
    s = extract(head)
    return bool(s.values) and set(s.values) <= {*_FACTS, "grade", "level"} and not _FACT_REST.sub("", s.blanked(head))


@lru_cache(maxsize=256)
def is_follow_up(text: str) -> bool:
    # (asked of one message's parts several times: kept per text)
    t = text.strip()
    if _SWITCH_ASKED.search(t) and not t.endswith(("呢", "呢？", "呢?")):
        return False
    how = _HOW_IT_COMES_OUT.search(t)
    if how and how.start() > 0 and len(t) <= 14 and _fact_only(t[:how.start()]):
        return True
    return bool(FOLLOW_UP.search(t))


# facts a follow-up can change in the last question, with the words that say them
_FACTS = ("insurance", "category", "tier", "two", "kind", "filing")
# ... and within one message, where the question before is right there: also a disease
# ("阿尔茨海默症每月限额多少？帕金森呢？")
FACT_SLOTS = frozenset({*_FACTS, "diseases"})


def elliptical(text: str, facts: frozenset[str] | tuple[str, ...] = _FACTS) -> bool:
    """A short follow-up that only makes sense with the last question: "低保户呢", "职工呢", "二级医院呢"
    (`facts`: the kinds of fact it may change)."""
    t = text.strip()
    head = _HEAD_THEN_WHY.match(t)
    # "那职工医保呢，我老公是在单位上班的": the follow-up first, then only why (no question of its own)
    short = len(t) <= 14 or bool(head and len(head.group(1)) <= 14 and not _ASKS.search(head.group(2)))
    return short and is_follow_up(t) and bool(set(extract(t).values) & set(facts))


_HEAD_THEN_WHY = re.compile(r"^([^，,。？?!！\s]{1,12}呢)[\s，,。!！]+(.+)$")
_ASKS = re.compile(r"[？?]|吗|多少|好多|怎么|咋|什么|啥|哪|几|能不能|可不可以")


# the words that name a scheme, and the one each fact puts in their place
SCHEME_WORDS = re.compile(r"城乡居民基本医疗保险|城乡居民医保|城乡居民|居民医保|城镇职工基本医疗保险|城镇职工医保|城镇职工|职工医保|"
                          r"新农合|合疗|农合|农村医保|城居|居民|职工")
_SCHEME_NAMES = SCHEME_NAMES = {"职工": "职工医保", "居民": "城乡居民医保"}
# each of the two schemes asked at once ("职工医保和居民医保分别报多少", "我是职工我妈是居民 各报好多 差好多")
# (or whether the two come to the same, "职工和居民住院报的是否一样", "一样不", "有什么区别": each computed
# answers it, with the difference said — SAME_ASKED)
SAME_ASKED = re.compile(r"[，,\s]*(?:报的|报得|报销)?(?:是不是|是否|一不)一样(?:多)?|一样(?:多)?(?:不|吗|么|嘛|没)|"
                        r"有(?:啥|什么|没有|啥子)区别|区别(?:大不大|在哪|是啥)|"
                        # (one scheme said to pay more than the other, asked: "职工是不是比居民报得多", "合疗会不会
                        # 比职工报得少些" — whether the two differ, each computed answers it)
                        r"[，,\s]*(?:城乡居民|居民|职工|合疗|新农合|农合)?(?:医保)?(?:是不是|是否|会不会|真的|就)?(?:要|会)?"
                        r"比(?:城乡居民|居民|职工|合疗|新农合|农合)(?:医保)?(?:的)?(?:要|会|能)?"
                        r"(?:报得?|报销得?|报的|赔得?)(?:更)?(?:多|高|少|低)(?:些|一些|点|一点)?(?:吗|不|没|嘛|么|哦)?")
_EACH_ASKED = re.compile(r"分别|各(?:自|是|报|能|要|交|付|给|赔|补|有)|各[^，。？?]{0,3}(?:多少|好多|几多)|"
                         r"差(?:好多|多少|几多|距)|相差|哪个(?:报得?|能报)?(?:多|高|少)|" + SAME_ASKED.pattern)
_BOTH_SAID = re.compile(r"(职工医保|城乡居民医保)(?:和|跟|与|、|还有)\1")
_EACH_WORD = re.compile(r"分别|各自|各(?=[^，。？?]{0,3}(?:多少|好多|几多)|是|报|能|要|交|付|给|赔|补|有)")
# the readings' sums added, asked ("一共报多少", "加起来多少"): said beside each
# (not a bill said in total, "一共花了2万": the sum is what is asked)
SUM_ASKED = re.compile(r"(?:一共|总共|合计|加起来|加一起|总计)[^，,。？?\d]{0,4}?(?:多少|好多|几多)")
DIFF_ASKED = re.compile(r"[，,\s]*(?:两个|两者)?(?:相?差|差距)(?:好多|多少|几多|有好多|有多少|是好多|是多少|多大)?(?:钱|块)?[？?]?(?=$|[，,。\s])")


def each_scheme(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each scheme, (scheme, text naming only that one), when it names both
    schemes of no one pair (no spouse's, no switch) and asks of each; None otherwise."""
    if BOTH_SCHEMES_NOTE not in scheme_read(text).notes or not _EACH_ASKED.search(text):
        return None
    out = []
    own = _own_sums(text)
    for scheme, name in SCHEME_NAMES.items():
        one = _without(text, own[scheme]) if own else text
        one = SCHEME_WORDS.sub(name, one)
        if scheme == "居民":
            # (words that say 职工 without its name, "个体户自己交的", "已经退休": the other scheme's reading keeps none,
            # or 居民's reading is computed on 职工's rows under 居民's label)
            one = STAFF_WORDS.sub("", one)
        one = _EACH_WORD.sub("", DIFF_ASKED.sub("", SAME_ASKED.sub("", _BOTH_SAID.sub(r"\1", one))))
        if not SCHEME_WORDS.search(one):
            one = name + " " + one      # (the schemes named only in the comparison asked, "职工会不会比居民报得多")
        out.append((scheme, one.strip(" ，,")))
    if not any(SCHEME_WORDS.sub("", one).strip(" ，,。？?的吗") for _, one in out) and not _FIGURE_OF_EACH.search(text):
        # "职工医保和居民医保有什么区别": the two schemes compared and nothing else — no case, no figure asked
        # of each: a question of its own for the handbooks, never the last case computed once for each
        return None
    return out


# the asker and one other person both asked of at once ("我俩分别报多少", "我们两个各能报好多"): each one's case
_TWO_OF_US = re.compile(r"(?:我俩|我们俩|咱俩|咱们俩|俺俩|我们两个|咱们两个|俺们两个|我们二人|我们两人|我和[她他]|我跟[她他]|[她他]和我|[她他]跟我)"
                        r"(?:人)?[^，,。？?\d]{0,3}?(?:分别|各自|各(?=[^，。？?]{0,3}(?:多少|好多|几多)|报|能|给|赔|补))")


def each_of_two_people(text: str, own: str | None, other: str | None) -> list[tuple[str, str]] | None:
    """The message read once for each of two people's schemes, (scheme, text naming that one), when it asks
    of the asker and another together ("我俩分别报多少") and the conversation told the asker's scheme
    (`own`) and the other's (`other`), different; None otherwise."""
    if not _TWO_OF_US.search(text) or own not in SCHEME_NAMES or other not in SCHEME_NAMES or own == other \
            or scheme_read(text).get("insurance"):
        return None
    one = _EACH_WORD.sub("", _TWO_OF_US.sub(lambda m: m.group()[:0], text)).strip(" ，,")
    return [(scheme, f"{SCHEME_NAMES[scheme]} {one}") for scheme in (own, other)]


# the asker and their spouse named together as the ones asked of ("我们俩", "两口子", "我和老婆")
_COUPLE = re.compile(r"我俩|我们俩|咱俩|咱们俩|俺俩|我们两个|咱们两个|俺们两个|我们两口子?|两口子|"
                     r"我(?:和|跟)(?:老婆|媳妇|爱人|老公|丈夫|男人|婆娘|她|他)")
# a birth's case: the spouse's scheme is the one asked of alone (生育待遇 go by the mother's scheme)
_BIRTH = re.compile(r"生育|生孩子|生娃|生小孩|分娩|顺产|剖宫|剖腹|产检|产前|怀孕|流产|引产")


def each_of_a_couple_told(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each of a couple's two schemes told in it, asked of each ("我交的职工 老婆交的
    合疗 我们俩都住了院 各花了…分别报多少"): (scheme, text naming that one alone); None otherwise (a birth, whose
    benefit is the mother's scheme's; one scheme; no couple asked of)."""
    if not _COUPLE.search(text) or not _EACH_WORD.search(text) or _BIRTH.search(text):
        return None
    from intents.numbers import find_numbers
    from intents.slots import extract
    sums = [n for n in find_numbers(text) if n.value is not None and not n.year and not n.age and (n.explicit or n.value >= 10)]
    if len(sums) != 1:
        return None         # (each one's own bill told, "我花了1万 她花了5000": whose is whose is the form's to read)
    read = extract(text)
    own, other = read.get("insurance"), read.get("spouse_insurance")
    if own not in SCHEME_NAMES or other not in SCHEME_NAMES or own == other:
        return None
    one = re.sub(r"\s+", " ", SCHEME_WORDS.sub("", _EACH_WORD.sub("", text))).strip(" ，,")
    return [(scheme, f"{SCHEME_NAMES[scheme]} {one}") for scheme in (own, other)]


def each_scheme_unsure(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each scheme, (scheme, text naming only that one), when the asker says
    they cannot tell which is theirs ("职工还是居民我也搞不清 住院花了一万报多少"); None otherwise."""
    m = UNSURE_SCHEME.search(text)
    if m is None:
        return None
    return [(scheme, (text[:m.start()] + name + text[m.end():]).strip(" ，,")) for scheme, name in SCHEME_NAMES.items()]


def _own_sums(text: str) -> dict[str, list[tuple[int, int]]] | None:
    """Each scheme's case told with its own sum ("我爸居民医保 这个月200；我职工医保 这个月300"): for each
    scheme, the other's sums (to leave out of its reading) — the sums said after a scheme's first word
    and before the other's are that scheme's. None when a sum is said before both (one bill asked of
    each, "都是两万 职工和居民各报多少") or one scheme is told no sum of its own."""
    firsts: dict[str, int] = {}
    for m in SCHEME_WORDS.finditer(text):
        firsts.setdefault("职工" if "职工" in m.group() else "居民", m.start())
    if len(firsts) != 2:
        return None
    (first, a), (second, b) = sorted(firsts.items(), key=lambda kv: kv[1])
    sums = money_spans(text)
    mine = {first: [x for x in sums if a <= x[0] < b], second: [x for x in sums if x[0] >= b]}
    if any(x[0] < a for x in sums) or not all(mine.values()):
        return None
    return {first: mine[second], second: mine[first]}


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


# a figure asked of each scheme ("各报多少", "差多少", "哪个报得多"): the case computed for each answers it
_FIGURE_OF_EACH = re.compile(r"多少|好多|几多|几成|差|报|交|缴|赔|给|付|高|低|多|少")


# the two kinds of delivery a birth's benefit differs by, each as the slots name it (剖宫产 is 难产's
# figure: 难产（含剖宫产）), and the words that say each
_DELIVERY_WORDS = {"顺产": r"顺产|自然分娩|顺生",
                   "剖宫产": r"剖腹产|剖宫产|剖腹|剖宫|剖产|剖了|剖的|剖开|难产|剖(?=呢|的话)"}
_DELIVERY_ANY = re.compile("|".join(_DELIVERY_WORDS.values()))
# the two named as choices side by side ("顺产和剖腹产", "顺产 剖腹产各", "顺产还是剖"), or the second in a
# clause that asks the same of it ("…顺产能给多少 剖了呢")
_DELIVERY_JOINED = re.compile(r"(?:顺产|剖腹产|剖宫产|难产)(?:[和跟与、/]|还有|还是|或者?|以及|\s)*(?:顺产|剖腹产|剖宫产|剖腹|剖宫|难产)")
_DELIVERY_THEN = re.compile(r"(?:^|[，,。？?\s])(?:那|那么)?(?:要是|如果是?|假如)?(?:是)?(?:" + _DELIVERY_ANY.pattern +
                            r")(?:的话)?(?:呢|嘞|咧)[？?。]*(?=$|[，,。\s])")
# each asked in a clause of its own, the sum of one and then of the other ("顺产报好多 剖腹产又报好多",
# "顺产给多少钱，剖宫产给多少钱"); the second may ask it without the verb, the first clause's verb carried
# ("剖的报几多 顺的又是几多", "顺产能给多少，剖宫产要多少")
# (what is paid of each, 报 / 给 / 赔: "顺产限额好多 剖腹产好多" asks the rule, which one page states for both)
_DELIVERY_EACH_CLAUSE = re.compile(r"(?:" + _DELIVERY_ANY.pattern + r")[^，,。？?\s]{0,5}?(?:报|给|赔)[^，,。？?\s]{0,3}?(?:多少|好多|几多)"
                                   r"[^，,。？?\s]{0,2}[，,。？?\s]+(?:那|那么)?(?:要是|如果是?|假如)?(?:" + _DELIVERY_ANY.pattern +
                                   r")[^，,。？?\s]{0,5}?(?:(?:报|给|赔)[^，,。？?\s]{0,3}?)?(?:多少|好多|几多)")
# a kind said not to be the case ("不是顺产", "没顺产", "顺产不了"), or one turned into the other
# ("顺产转剖宫产", "本来想顺产"): a story of one birth, not two kinds asked
_DELIVERY_DENIED = re.compile(r"(?:不是|没有?|没能|未|不)(?:" + _DELIVERY_ANY.pattern + r")|(?:" + _DELIVERY_ANY.pattern +
                              r")(?:不了|没成|失败)|(?:顺产|顺)转|转剖|本来想|原本想|打算")


# two births, one of each kind ("两个闺女都生了 一个顺的一个剖的"): each kind's benefit, and their sum where asked
_DELIVERY_ONE_EACH = re.compile(r"(?:一个|一位|一胎|大的|老大)(?:是)?(?:" + _DELIVERY_ANY.pattern + r")[^，,。？?]{0,2}?[，,、\s]*"
                                r"(?:一个|一位|另一个|另外一个|另一位|小的|老二)(?:是)?(?:" + _DELIVERY_ANY.pattern + r")")


def each_a_case(text: str) -> bool:
    """Whether the readings of each kind of delivery are cases of their own, each told ("一个顺产一个剖腹产":
    two births), whose sums may be added — not choices for one case (each scheme, each tier of one bill,
    each kind a birth might be), which no one is paid together."""
    return _DELIVERY_ONE_EACH.search(text) is not None


def delivery_said(text: str) -> bool:
    """Whether `text` names a kind of delivery (顺产, 剖宫产, "要是剖呢")."""
    return bool(_DELIVERY_ANY.search(text))


def each_delivery(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each kind of delivery, (kind, text naming only that one), when it
    names both 顺产 and 剖宫产 (or 难产) as choices and asks of each ("顺产 剖腹产各定额报多少",
    "顺产医保能给多少 剖了呢"); None otherwise (one birth told, a kind denied, a termination)."""
    found = {kind for kind, words in _DELIVERY_WORDS.items() if re.search(words, text)}
    if len(found) < 2 or _DELIVERY_DENIED.search(text) or re.search(r"流产|终止妊娠|引产", text):
        return None
    if not (_EACH_ASKED.search(text) or _DELIVERY_JOINED.search(text) or _DELIVERY_THEN.search(text)
            or _DELIVERY_EACH_CLAUSE.search(text) or _DELIVERY_ONE_EACH.search(text)):
        return None
    out = []
    for kind in _DELIVERY_WORDS:
        one = _DELIVERY_THEN.sub("", text)
        one = _DELIVERY_ANY.sub(kind, one)
        one = re.sub("(?:" + kind + r")(?:(?:[和跟与、/]|还有|还是|或者?|以及|\s)*" + kind + ")+", kind, one)
        one = _EACH_WORD.sub("", one)
        out.append((kind, one.strip(" ，,")))
    return out


_SUM_ASKED_OF_ONE = re.compile(r"多少|好多|几多|几成|报|赔|给|补")


def _one_of_each(text: str) -> str:
    """One option's reading with the asking of each taken out ("各", "差好多"), still asking its sum: "相差好多"
    alone asked leaves a story that asks nothing — the sum is what each side is asked for."""
    one = _EACH_WORD.sub("", DIFF_ASKED.sub("", SAME_ASKED.sub("", text))).strip(" ，,")
    return one if _SUM_ASKED_OF_ONE.search(one) else one + " 报多少"


# two hospital tiers named side by side as choices ("三级医院和二级医院", "二级跟三级", "在卫生院住跟在二级医院住"):
# a bill asked of each — the tiers as the slots read them (intents.slots.tier_mentions), so that a tier said by
# its kind of hospital (乡镇卫生院, 社区医院, 三甲) is one as much as one said by its number
_HOSPITAL_NOUN = r"(?:(?:县级|市级|省级)?(?:医院|卫生院)|医疗机构|定点医院|定点医疗机构)?"
_STAY_VERB = r"(?:住院|住|看病|看|就医|治疗|治)?(?:的话)?"
_TIER_TAIL = re.compile("(" + _HOSPITAL_NOUN + ")(" + _STAY_VERB + ")")
_TIERS_BETWEEN = re.compile("(" + _HOSPITAL_NOUN + ")(" + _STAY_VERB + r")\s*(?:和|跟|与|、|还有|以及|或者?|还是|比)\s*(?:在|去|到)?")


_HOSPITAL_SAID = re.compile(r"[院心站室所店房构]$")


def _tier_label(said: str) -> str:
    """A tier as said, as a heading: "二级" → "二级医院"; a hospital's own noun kept ("乡镇卫生院")."""
    return said if _HOSPITAL_SAID.search(said) else said + "医院"


# a hospital's tier glossed in brackets after its name ("县医院（二乙）", "市医院(三级甲等)"): the tier said first, as
# "二乙县医院" says it — one hospital of that tier, not a hospital with no tier beside a tier of its own
_GLOSS = re.compile(r"([^，。,；;？?！!\s（(和跟与在到去是]{1,8}?(?:医院|卫生院))\s*[（(]\s*([^（）()，。]{1,8}?)\s*[）)]")


_PLACE_LEVEL = {"县": "县级", "区": "县级", "市": "市级", "省": "省级"}


def tier_glossed_first(text: str) -> str:
    """`text` with each hospital whose tier is glossed in brackets said by that tier ("县医院（二乙）" → "二乙县级医院":
    the level its place word tells kept, where a region's table reads it)."""
    def said(m: re.Match) -> str:
        if not tier_mentions(m.group(2)):
            return m.group(0)
        return m.group(2) + _PLACE_LEVEL.get(m.group(1)[0], "") + ("卫生院" if m.group(1).endswith("卫生院") else "医院")
    return _GLOSS.sub(said, text)


def each_tier(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each of two hospital tiers named as choices and asked of each
    ("都是两万，二级和三级医院住院各报多少？差好多？", "同一笔钱 社区医院住跟三甲住 差多少"), (tier's name,
    text naming only that one); None otherwise (one tier, or a stay moved from one to the other: 转院 is its
    own rule)."""
    if not _EACH_ASKED.search(text) or re.search(r"转", text):
        return None
    text = tier_glossed_first(text)
    mentions = tier_mentions(text)
    for (a1, b1, t1, _), (a2, b2, t2, _) in zip(mentions, mentions[1:]):
        between = _TIERS_BETWEEN.fullmatch(text, b1, a2)
        if t1 == t2 or between is None:
            continue
        after = _TIER_TAIL.match(text, b2)
        # (the hospital or the stay said once, after one of the two: "二级和三级医院住院", "三级医院和二级医院住院" —
        # each tier's)
        nouns, verbs = (between.group(1), after.group(1)), (between.group(2), after.group(2))
        out = []
        for i, said in enumerate((text[a1:b1], text[a2:b2])):
            noun = "" if _HOSPITAL_SAID.search(said) else nouns[i] or nouns[1 - i]
            one = text[:a1] + said + noun + (verbs[i] or verbs[1 - i]) + text[after.end():]
            out.append((_tier_label(said), _one_of_each(one)))
        return out
    return None



# two hospitals of one tier set side by side by where they are ("市医院（二乙）住跟县医院（二乙）住", "在市里的二乙医院
# 和在县里的二乙医院"): a region's table may row them apart by level (长治: 三类收费 县级 / 省市级) — one bill asked
# of each, each side read as it says its hospital
_SIDES_JOINED = re.compile(r"(?:和|跟|与|还是|或者?|比)")
_SIDE_CLAUSE = re.compile(r"[^，,。；;？?！!\s]+")


def each_level(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each of two hospitals set side by side in one clause, which differ by the
    level their place tells (县级 / 省市级) and asked of each — (the hospital as said, text naming only that
    one); None otherwise (tiers that differ are each_tier's; 转院 is its own rule)."""
    if not _EACH_ASKED.search(text) or "转" in text:
        return None
    from intents.slots import extract
    for clause in _SIDE_CLAUSE.finditer(text):
        for join in _SIDES_JOINED.finditer(clause.group()):
            sides = (clause.group()[:join.start()], clause.group()[join.end():])
            read = [extract(side).values for side in sides]
            if not all(r.get("level") for r in read) or read[0]["level"] == read[1]["level"] \
                    or not all(r.get("hospital") or r.get("tier") for r in read):
                continue
            out = []
            for side in sides:
                one = text[:clause.start()] + side + text[clause.end():]
                out.append((re.sub(r"^(?:在|去|到)|(?:住院|住|看病|看|就医)(?:的话)?$", "", side), _one_of_each(one)))
            return out
    return None

# a hospital said by its place or kind, which tells no tier ("县医院", "市中医院", "民营医院"): set beside a tier as a
# choice ("县医院住跟三甲住 各报多少"), it has no row of its own to compute — never the tiered one computed alone
_UNTIERED = re.compile(r"(?:县|区|市|省)(?:人民|中心|中)?医院|(?<![县区市省心])(?:人民医院|中医院)|私立医院|民营医院|私人医院")
_CHOICE_BETWEEN = re.compile(r"[^，。,；;？?！!]{0,4}?(?:和|跟|与|、|还是|或者?|比)[^，。,；;？?！!]{0,4}?")


def untiered_beside_tier(text: str) -> str | None:
    """The hospital named without a tier, set as a choice beside one named by its tier and asked of each
    ("县医院住跟市里三甲住 各报多少"): its name as said, for the tier to be asked; None otherwise (a stay moved
    from one to the other, 转, is its own rule)."""
    if not _EACH_ASKED.search(text) or "转" in text:
        return None
    text = tier_glossed_first(text)
    tiers = tier_mentions(text)
    for m in _UNTIERED.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _, _ in tiers):
            continue
        if any(b <= m.start() and re.fullmatch(r"\s*的?", text[b:m.start()]) for _, b, _, _ in tiers):
            continue        # ("二乙县医院", "二级的县医院": the hospital's tier said before its name — a join word
            # between them, "卫生院跟区医院", sets them side by side instead)
        for a, b, _, _ in tiers:
            if (b <= m.start() and _CHOICE_BETWEEN.fullmatch(text, b, m.start())) \
                    or (m.end() <= a and _CHOICE_BETWEEN.fullmatch(text, m.end(), a)):
                return m.group(0)
    return None

# a stay's two places set side by side as choices ("在本地住和在外地没备案住", "市内跟外省"): one bill asked of each
# (第一章 三十: the filing elsewhere, or none, sets the rows — each side is read with what it says of it)
_HOME_SIDE = r"(?:在)?[^，,。？?\s和跟与]{0,4}?(?:本地|市内|本市|市里|当地|统筹区内)[^，,。？?\s和跟与]{0,3}"
_AWAY_SIDE = r"(?:在)?[^，,。？?\s和跟与]{0,4}?(?:外地|市外|省外|外省|异地|统筹区外)[^，,。？?\s和跟与]{0,14}"
_PLACES_OF_CARE_JOINED = re.compile(rf"({_HOME_SIDE})(?:和|跟|与|还是|或者?)({_AWAY_SIDE})|"
                                    rf"({_AWAY_SIDE})(?:和|跟|与|还是|或者?)({_HOME_SIDE})")


def each_place_of_care(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each of two places of one stay set side by side and asked of each
    ("乡镇卫生院住院两万 在本地住和在外地没备案住 各报好多"), (the place as said, text naming only that one);
    None otherwise (one place, or a stay moved from one to the other: 转院 and 转诊 are its own rule)."""
    m = _PLACES_OF_CARE_JOINED.search(text)
    if not m or not _EACH_ASKED.search(text) or re.search(r"转", text):
        return None
    sides = [g for g in m.groups() if g]
    out = []
    for side in sides:
        one = text[:m.start()] + side + text[m.end():]
        one = _EACH_WORD.sub("", DIFF_ASKED.sub("", SAME_ASKED.sub("", one)))
        out.append((re.sub(r"^在", "", side), one.strip(" ，,")))
    return out


# a stay elsewhere with a filing and without one set side by side ("备了长期的跟没备案的", "没备案和备了案"): one
# bill asked of each (第一章 三十: the filed rows, or the not-filed one) — each side read as it says its filing
_FILED_SIDE = (r"(?:(?:办|做|备|弄|走|开)(?:了|过|好)?)?(?:异地(?:就医)?)?(?:(?:长期|临时|转诊)的?)?(?:备案|转诊)(?:了|过)?"
               r"|备[了过好]案")
_UNFILED_SAID = (r"(?:没|没有|未|不|莫|没得|莫得|还没)(?:办|做|备|弄|走|开)?(?:过|好)?(?:异地(?:就医)?)?(?:长期|临时)?"
                 r"(?:备案|转诊|案)")
_UNFILED_SIDE = _UNFILED_SAID + r"[^，,。？?\s和跟与]{0,6}"        # (with what the side says after it)
_FILING_SIDES_JOINED = re.compile(rf"({_FILED_SIDE})(?:的话)?\s*(?:和|跟|与|还是|或者?|比)\s*({_UNFILED_SIDE})|"
                                  rf"({_UNFILED_SIDE})(?:的话)?\s*(?:和|跟|与|还是|或者?|比)\s*({_FILED_SIDE})")


# the other side supposed in a question of its own after the first side's ("不办转诊报多少 办了转诊又能报
#多少", "没备案 住院两万报好多 如果备了案呢"): one bill asked of each, as when the two are joined — each side
# as _FILED_SIDE / _UNFILED_SIDE read it, a 转诊 also said with the verb split from its object ("转了诊")
_FILED_CORE = re.compile(_FILED_SIDE + r"|转[了过好]诊")
_UNFILED_CORE = re.compile(_UNFILED_SAID)
# after a question on a 转诊 side, the other said by its verb alone ("没走转诊 报几多 假如转过呢", "转了诊报多少 要是
# 没转呢"): the referral's side still (not a 转院 or a 转账, whose object is said)
_FILED_BARE = re.compile(r"(?<![没不未莫])转(?:了|过)(?![院诊账钱款户])")
_UNFILED_BARE = re.compile(r"(?:没|没有|未|不|莫)转(?![院诊账钱款户])")
_SUPPOSED_CLAUSE = re.compile(r"(?<![^，,。；;？?！!\s])(?:那|那么)?(?:要是|如果|假如|假设|换成|万一)[^，,。；;？?！!\s]*")
_ASKS_SUM = re.compile(r"多少|好多|几多|咋报|怎么报|报得到|能报不")


def _filing_sides_in_turn(text: str) -> list[tuple[str, str]] | None:
    """Each filing side of one stay's bill where the second is supposed in a clause of its own after a
    question on the first (`_SUPPOSED_CLAUSE`); None otherwise."""
    for clause in _SUPPOSED_CLAUSE.finditer(text):
        head = text[:clause.start()]
        if not _ASKS_SUM.search(head) or not re.search(r"呢|多少|好多|几多|咋|怎么", clause.group()):
            continue
        if not any(n.value is not None and not n.year and not n.age and n.value >= 10 for n in find_numbers(head)):
            return None     # (no bill told: the two filings' rules compared, a question for each rule's page)
        said = clause.group()
        second_denied = _UNFILED_CORE.search(said)
        second = second_denied or _FILED_CORE.search(said)
        bare = None
        if second is None:
            second_denied = _UNFILED_BARE.search(said)
            bare = second_denied or _FILED_BARE.search(said)
            if bare is None:
                continue
        side = second.group() if second is not None else "没转诊" if second_denied else "转了诊"
        denied = list(_UNFILED_CORE.finditer(head))
        filed = [m for m in _FILED_CORE.finditer(head) if not any(d.start() <= m.start() < d.end() for d in denied)]
        firsts = filed if second_denied else denied
        others = denied if second_denied else filed
        if len(firsts) != 1 or others or bare is not None and "诊" not in firsts[0].group():
            continue                # (the verb alone is the referral's only where the first side is one)
        first = firsts[0]
        rest = text[clause.end():]
        one = _one_of_each(head + rest)
        other = _one_of_each(head[:first.start()] + side + head[first.end():] + rest)
        return [(first.group(), one), (side, other)]
    return None


# the two sides compared after the choice, however said ("有区别没", "差别大不大", "是不是一个样")
_COMPARED = re.compile(r"区别|差别|差异|一样|一个样|不同")


def _filing_choice(text: str) -> list[tuple[str, str]] | None:
    """Each side of a filing asked as a choice beside one bill ("外地住院三万 走不走转诊 差别大不", "备没备案
    各报好多"): the bill read once filed, once not, each labelled — never one side taken for the choice;
    None where no bill is told (the two rules compared: each rule's page) or nothing is asked of it."""
    m = FILING_CHOICE.search(text)
    if not m or not (_EACH_ASKED.search(text) or _ASKS_SUM.search(text) or _COMPARED.search(text[m.end():])):
        return None
    if not any(n.value is not None and not n.year and not n.age and n.value >= 10 for n in find_numbers(text)):
        return None
    what = {"诊": "转诊", "案": "备案"}.get(m.group(2), m.group(2))
    verb = m.group(1) if m.group(1) in "办走开做弄" else "办"
    sides = [f"{verb}了{what}", f"没{verb}{what}"] if what != "备案" or verb != "办" else ["备了案", "没备案"]
    return [(side, _one_of_each(text[:m.start()] + side + text[m.end():])) for side in sides]


def each_filing(text: str) -> list[tuple[str, str]] | None:
    """The message read once with its stay elsewhere filed and once not, when the two are set side by side
    and asked of each ("在外地三级医院住院两万 备了案和没备案 各报好多"), (the side as said, text naming
    only that one); None otherwise (one filing said, or none)."""
    m = _FILING_SIDES_JOINED.search(text)
    if not m:
        return _filing_choice(text) or _filing_sides_in_turn(text)
    if not _EACH_ASKED.search(text):
        return None
    out = []
    for side in (g for g in m.groups() if g):
        # (the heading is the filing alone, not what the side says after it: "没备案直接去" → 没备案)
        out.append((re.match(r".*?(?:备案|转诊|案)(?:了|过)?", side).group(0),
                    _one_of_each(text[:m.start()] + side + text[m.end():])))
    return out


# Bills of different kinds of care told in one message, each with its own sum ("门诊慢性病剩1000 门诊特药剩5000
# 分别救助多少", "住院自己出了8000 门慢报完剩2000 各能救助好多"): each kind is its own row of the policy, so each
# bill is read with its own kind, never every sum taken for the kind named first. Kinds as the asker names
# them, the longest first (门诊慢性病 before 门诊); not 急诊 nor a bare 门诊 (an emergency or a visit before a
# stay is paid with the stay: 巴中 第三章 十五问).
_CARE_KIND = re.compile(r"门诊慢性病|门诊慢特病|门诊慢病|门慢|慢性病|慢病|门诊特药|门诊特殊药品|特殊药品|特药|"
                        r"普通门诊|门诊统筹|住院")
_KIND_LABEL = {"门诊慢特病": "门诊慢性病", "门诊慢病": "门诊慢性病", "门慢": "门诊慢性病", "慢性病": "门诊慢性病",
               "慢病": "门诊慢性病", "门诊特殊药品": "门诊特药", "特殊药品": "门诊特药",
               "特药": "门诊特药", "门诊统筹": "普通门诊"}


# what makes a sum after a kind a bill (spent, left to pay), not a figure of the rule ("门慢限额3000")
_BILL_SAID = re.compile(r"花|剩|出|用了|自付|自费|掏|费用|报完|报了|还要|合规|开了|拿药|[共总]")


# a fund that adds up the year's own share of every kind of care (大病保险: 住院 and 门诊慢特病 together): the
# kinds' bills are one sum for it, never each on a row of its own
_POOLED_FUND = re.compile(r"大病|二次报销|大额")


def each_care_billed(text: str) -> list[tuple[str, str]] | None:
    """The message read once for each kind of care it tells a bill of, (the kind, text telling only that
    bill), when two or more kinds each come with one sum of their own and each is asked (分别, 各, 差多少);
    None otherwise (one kind, a kind with no sum or two, a sum with no kind before it)."""
    # (asked of each, or of a sum alone: "住院自己出8000 门慢剩2000 能救助多少" is never one kind's row for both)
    if not (_EACH_ASKED.search(text) or _ASKS_SUM.search(text)) or _POOLED_FUND.search(text):
        return None
    kinds = list(_CARE_KIND.finditer(text))
    if len(kinds) < 2:
        return None
    money = [n for n in find_numbers(text) if n.value is not None and not n.year and not n.age
             and not n.label and n.value >= 10]
    if not money or money[0].start < kinds[0].start():
        return None
    # each kind's stretch: from its word to the next kind's
    stretches = [(k.start(), kinds[i + 1].start() if i + 1 < len(kinds) else len(text), k.group())
                 for i, k in enumerate(kinds)]
    billed = [(a, b, word, [n for n in money if a <= n.start < b]) for a, b, word in stretches]
    billed = [(a, b, word, sums) for a, b, word, sums in billed if sums]
    labels = [_KIND_LABEL.get(word, word) for _, _, word, _ in billed]
    if len(billed) < 2 or any(len(sums) != 1 for *_, sums in billed) or len(set(labels)) != len(labels) \
            or sum(len(sums) for *_, sums in billed) != len(money) \
            or not all(_BILL_SAID.search(text, a, sums[0].start) for a, _, _, sums in billed):
        return None
    out = []
    for i, (a, b, _, sums) in enumerate(billed):
        # the others' stretches taken out up to their sum (what follows a sum, the question, is kept)
        one, cut = text, 0
        for j, (a2, _, _, sums2) in enumerate(billed):
            if j != i:
                end = sums2[0].end
                one = one[:a2 - cut] + one[end - cut:]
                cut += end - a2
        out.append((labels[i], _one_of_each(one)))
    return out


def only_diff_asked(question: str) -> bool:
    """A question that asks only the difference ("差多少？", "相差好多", "哪个报得多")."""
    return not re.sub(r"[？?。，,\s]|那|两个|两者|之间", "", DIFF_ASKED.sub("", SAME_ASKED.sub("", question))) \
        or re.fullmatch(r"[^，,。？?]{0,4}哪(?:个|家|种)(?:报得?|能报)?(?:多|高|少)[^，,。？?]{0,2}[？?]?", question.strip()) is not None


# whose case within 职工, which a new scheme replaces with the rest of the case (在职 / 退休)
_STAFF_STATUS = re.compile(r"退休了?的?|在职的?")
def without_staff_status(text: str) -> str:
    """`text` without whether the asker is retired or working ("职工 退休了的", "退休职工"): a fact of
    the case, which `extract` reads but does not always blank (nor the scheme beside it), never a
    topic of its own."""
    return SCHEME_WORDS.sub("", _STAFF_STATUS.sub("", text))


# facts a new value of the key replaces besides itself (as intents.forms._TOGETHER)
_TIED = {"insurance": {"retired"}}


def _replaces(said: str, new: dict) -> bool:
    """Whether an earlier follow-up, kept as "（退休了的）", said a fact the new one says again."""
    old = set(extract(said).values)
    return bool(old & {k for key in new for k in (key, *_TIED.get(key, ()))})


# the kinds of care and benefit a question is about, longest first; "门诊呢" after a question on 住院
# asks the same of 门诊
_TOPICS = re.compile(r"门诊慢特病|门诊慢病|门诊特病|门诊统筹|普通门诊|大病保险|个人账户|慢特病|慢性病|两病|慢病|特病|大病|"
                     r"住院|门诊|生育|个账")
_TOPIC_FOLLOW_UP = re.compile(r"^(?:那|那么)?(?:要是|如果是?)?(?:看|是)?(" + _TOPICS.pattern + r")(?:的|的话|报销|费用)?呢[？?。!！]*$")


# the people's names of 大病保险 (corpus/data/lexicon.yaml: 二次报销 → 大病保险, but not 第二次报销), read as it
# where a question's topic is carried to a follow-up ("二次报销起付线是好多" then "低保户呢")
_SERIOUS_SAID = re.compile(r"(?<!第)二次报销?|大病险|大病医保")


def care_of(question: str) -> str | None:
    """The kind of care or benefit a question names first ("…发高烧住院了…": 住院), or None."""
    m = _TOPICS.search(question)
    said = _SERIOUS_SAID.search(question)
    if said and (m is None or said.start() <= m.start()):
        return "大病保险"
    return m.group(0) if m else None


def cares_named(question: str) -> set[str]:
    """Every kind of care or benefit a question names ("住院和门诊有啥区别": 住院, 门诊)."""
    return set(_TOPICS.findall(question))


def topic_follow_up(text: str) -> str | None:
    """The topic of a follow-up that names only another kind of care ("门诊呢", "那大病保险呢")."""
    m = _TOPIC_FOLLOW_UP.match(text.strip())
    return m.group(1) if m else None


def with_topic(question: str, follow_up: str) -> str | None:
    """The last question about the follow-up's kind of care instead of its own: ("巴中居民住院起付线
    多少", "门诊呢") → "巴中居民门诊起付线多少"; None when the last question names no kind of care
    or the same one."""
    topic = topic_follow_up(follow_up)
    said = _TOPICS.search(question)
    if topic is None or said is None or said.group(0) == topic:
        return None
    return question[:said.start()] + topic + _TOPICS.sub("", question[said.end():])


def facts_of(text: str) -> set[str]:
    """The kinds of fact a follow-up says ("职工呢": insurance)."""
    return set(extract(text).values) & set(FACT_SLOTS)


# what a follow-up says around a filing besides it ("我在户籍地备案…", "办了…")
_FILING_WORDS = re.compile(r"要是|如果是?|假如|备案|备|办理?|做|走|我|俺|在|的|了|也|户籍地|老家|家乡|\s")


ALTERNATIVES_FILE = Path(__file__).parent / "data" / "alternatives.yaml"
# what asks in a clause ("学校的医保咋办"): such a clause keeps its other words when its situation changes
_CLAUSE_ASKS = re.compile(r"咋办|咋整|怎么|怎样|如何|咋个|啷个|吗|么|多少|好多|哪|啥|什么|[？?]")


@lru_cache(maxsize=1)
def _alternatives() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]], ...]:
    return tuple((tuple(g["when"]), tuple((c["say"], tuple(c["words"])) for c in g["choices"]))
                 for g in read_yaml(ALTERNATIVES_FILE))


def _alternative_said(text: str, choices) -> tuple[int, int, int] | None:
    """Which of the choices the text names (the longest word said wins), and where."""
    best = None
    for i, (_, words) in enumerate(choices):
        for w in words:
            at = text.find(w)
            if at >= 0 and (best is None or len(w) > best[2]):
                best = (i, at, len(w))
    return best


def _denied_alternative(text: str) -> str:
    """`text` without a situation of the alternatives it says is not the case ("不是实习 就…", "不是回老家")."""
    for _, choices in _alternatives():
        said = {w for _, words in choices for w in words}
        for _, words in choices:
            for w in sorted(words, key=len, reverse=True):
                # (not a denial that is itself one of them: "没找到工作" is 灵活就业's word, not 找到工作 denied)
                text = re.sub(rf"(?:不是|并非|没有?|不){re.escape(w)}[\s，,]*(?:就是?|而是|只是)?",
                              lambda m: m.group(0) if any(m.group(0).strip(" ，,") in x or x in m.group(0) and len(x) > len(w)
                                                          for x in said) else "", text)
    return text


def _same_alternatives(said: str, follow_up: str) -> bool:
    """Whether an earlier follow-up, kept as "（考研 去别的学校读）", and the new one each name one of the
    same situations that exclude each other."""
    return any(_alternative_said(said, choices) is not None and _alternative_said(follow_up, choices) is not None
               for _, choices in _alternatives())


# whose case a question asks of, by kin ("能帮我爸交合疗吗", "俺老伴"): `people.KIN`
_PERSON = people.KIN
# "我姐姐也可以不", "那我爸也能用不", "老伴儿也行吗": whether what was asked holds for another person too
_PERSON_TOO = re.compile(rf"^(?:那|那么)?(?:要是|如果是?)?(?P<who>{_PERSON.pattern})(?:的话|的)?也(?:是|一样)?"
                         r"(?:可以|能|可|得)?(?:报销?|用|给|交|办|享受|算|行|适用|包括|有)?(?:得到|得了|得行|要得)?"
                         r"(?:不|吗|么|嘛|没|没有|不得|噻|不嘛|呢)?[？?。!！~\s]*$"
                         # (or the person alone with 呢, maybe told to share the case: "那我外甥呢 她也是居民")
                         rf"|^(?:那|那么)?(?:要是|如果是?)?(?P<other>{_PERSON.pattern})(?:的话|的)?呢"
                         r"(?:[\s，,。]*(?:他|她|它|ta|TA)?(?:也|同样)(?:是|参加的?|交的?|买的?|参的?)?"
                         r"(?:合疗|新农合|居民医保|居民|城乡居民医保|职工医保|职工|医保)(?:的)?)?[？?。!！~\s]*$")


def with_person(question: str, follow_up: str) -> str | None:
    """The last question asked of the person a follow-up names instead of the one it named ("我职工医保
    个人账户的钱 能帮我爸交合疗吗", "我姐姐也可以不" → "…能帮我姐姐交合疗吗"); None unless the follow-up asks
    only whether the same holds for that person ("也可以不"), and the question names one person of kin."""
    m = _PERSON_TOO.match(follow_up.strip())
    if m is None:
        return None
    named = {w.group(0) for w in _PERSON.finditer(question)}
    who = m.group("who") or m.group("other")
    if len(named) != 1 or who in named:
        return None
    # (a sibling said with one character, "我姐", in the word the handbooks' lists use: 姐姐 of 兄弟姐妹)
    who = re.sub(r"(?<=[我俺咱的家们])([哥姐弟妹])$", r"\1\1", who)
    return question.replace(named.pop(), who)


def with_alternative(question: str, follow_up: str) -> str | None:
    """The question with the situation it told replaced by the other one the follow-up names
    ("毕业了 学校的医保咋办 想回老家参保", "要是直接去上班了呢" → "毕业了 学校的医保咋办 参加工作");
    None when the follow-up names no alternative of a situation the question told (intents/data/alternatives.yaml)."""
    for when, choices in _alternatives():
        if not any(w in question for w in when):
            continue
        new, old = _alternative_said(follow_up, choices), _alternative_said(question, choices)
        if new is None or old is None or new[0] == old[0]:
            continue
        say = choices[new[0]][0]
        start, end = old[1], old[1] + old[2]
        # the old one's clause goes whole when it asks nothing ("想回老家参保"), else only its words
        c0 = max(question.rfind(ch, 0, start) for ch in " ，,。；;\u3000") + 1
        c1 = min([i for i in (question.find(ch, end) for ch in " ，,。；;？?\u3000") if i >= 0] or [len(question)])
        if c0 > 0 and not _CLAUSE_ASKS.search(question[c0:c1]):
            start, end = c0, c1
        return question[:start] + say + question[end:]
    return None


# a disease's stage as people tell it ("医生说是二级的", "2级", "Ⅱ期"), not a hospital's level
_STAGE = re.compile(r"(?:医生说)?(?:是|属于)?(?:[一二三123]|Ⅰ|Ⅱ|Ⅲ)(?:级|期)(?:及以上)?(?:的)?(?!医院|医疗|定点|甲|乙|卫生|[一二三123]|以下)")


# a disease pointed back at ("俺邻居也是这病", "他得的同样的病", "这个病种"), not a hospital's ward nor a patient
_THIS_DISEASE = re.compile(r"(?:这个|那个|这种|那种|这|那|同样的?|一样的?|相同的?)(?:病种|病|毛病)(?![人房历假号床区友])")


# the asker's own illness pointed at, not named ("我这个病", "俺这病", "我得的病", "我的病"), asked whether it
# can be one of the schemes' lists of diseases (门诊慢病/特病, 两病): which one it is decides (not 大病保险,
# which pays on the sum left to pay past its threshold, whatever the illness: no list to name it from)
_OWN_DISEASE = re.compile(r"(?:我|俺|咱|自己|我们家|俺家)(?:这个|这种|这|的|得的|家的|那个)(?:病|毛病)(?![人房历假号床区友种])")
_LISTED_DISEASES = r"(?:门诊)?(?:慢病|特病|慢特病|慢性病|特殊疾病|门慢|门特|慢特|两病|特殊病)"
_WHETHER_LISTED = re.compile(r"(?:能不能|能否|可不可以|可以|能|够不够|够得上|算不算|算|属不属于|属于|是不是)[^，。？?]{0,4}?"
                             r"(?:办|申请|认定|评|进|报|享受|纳入|算|属于|是)?[^，。？?]{0,3}?" + _LISTED_DISEASES)


def own_disease_unnamed(text: str) -> bool:
    """Whether `text` asks if the asker's own illness, pointed at and never named ("我这个病能不能办慢病"),
    can be had on one of the lists of diseases: which illness it is decides, so it is asked."""
    return bool(_OWN_DISEASE.search(text) and _WHETHER_LISTED.search(text)) and not diseases_said(text)


def with_disease_before(text: str, before: str) -> str | None:
    """`text` with the disease it points back at ("也是这病") named as the question before named it, or
    None when it points at none or names one of its own. (A follow-up, "那我是职工 要是我也得了这个病呢",
    is read with the question before whole already: it keeps its words.)"""
    if not _THIS_DISEASE.search(text) or diseases_said(text) or is_follow_up(text):
        return None
    named = diseases_said(before)
    return _THIS_DISEASE.sub(named[0][0], text, count=1) if named else None


# the question before asked again of the case a follow-up told, in words of its own ("也是这样", "也一样不",
# "是不是也这样"): said after the case, at the end
_SAME_QUESTION = re.compile(r"[\s，,]*(?:是不是|是否)?(?:也|都|还)(?:是不是|是)?(?:这样|一样|同样)(?:的|子)?"
                            r"(?:吗|不|么|嘛|呢|吧|啊|哦|噻)*[？?。!！\s]*$")


# a hospital's level as a question says it
_TIER_WORD = r"(?:三甲|三乙|二甲|二乙|[一二三123]级(?:甲等|乙等)?|乡镇卫生院|卫生院|社区卫生服务中心)"


def _bracket_kept(said: str, new: dict, follow_up: str, kept: list[str]) -> str:
    """What stays of an earlier follow-up kept as "（…）" when a new one comes: nothing when the new one
    says its fact again ("（退休了的）", "在职的呢"); but one that asked a question of its own, of one scheme
    ("（职工一年最多能报多少）"), keeps its question, asked of the scheme the new one names ("居民呢")."""
    if _same_alternatives(said, follow_up):
        return ""
    if not _replaces(said, new):
        return f"（{said}）"
    if set(extract(said).values) & set(new) == {"insurance"} and _CLAUSE_ASKS.search(said) \
            and SCHEME_WORDS.search(said):
        name = _SCHEME_NAMES.get(str(new["insurance"]), "")
        swapped = SCHEME_WORDS.sub("\0", said, count=1)
        if not name:
            return ""
        kept.append(f"（{_STAFF_STATUS.sub('', SCHEME_WORDS.sub('', swapped)).replace(chr(0), name)}）")
        return "\1"
    return ""


def with_fact(question: str, follow_up: str, *, add: bool = False) -> str:
    """The last question with the follow-up's fact in place of the one it replaces:
    ("巴中城乡居民医保个人交多少", "低保户呢") → "巴中城乡居民医保个人交多少（低保户）"; a scheme is
    put where the last one was named ("长治居民 冠心病…", "职工呢" → "长治职工医保 冠心病…"), and an
    earlier follow-up whose fact this one changes goes ("…（退休了的）", "那合疗门诊呢")."""
    new = extract(follow_up).values
    # (and one that told another of the situations excluding each other: "（考研 去别的学校读）" goes when
    # "要是回老家参加居民医保呢" follows it)
    # (a question kept, asked of the new scheme, is set aside while the scheme words are put in place)
    kept: list[str] = []
    q = re.sub(r"（([^（）]*)）", lambda m: _bracket_kept(m.group(1), new, follow_up, kept), question)
    q = _with_fact(q, new, follow_up, add=add)
    for bracket in kept:
        q = q.replace("\1", bracket, 1)
    return q


def _with_fact(q: str, new: dict, follow_up: str, *, add: bool) -> str:
    said_tiers = tiers_in(q)
    later = re.match(_TIER_WORD, q[said_tiers[-1][0]:]) if len(said_tiers) >= 2 else None
    told = re.search(_TIER_WORD, follow_up)
    if "tier" in new and "prior_tier" not in new and later and told and extract(q).get("prior_tier"):
        # "要是还在二级医院住呢" after "住过一次二级 这次又去三级 起付线还要交多少": one level told is the later
        # stay's, put where that one was; the earlier stay stands
        at = said_tiers[-1][0]
        return q[:at] + told.group(0) + q[at + later.end():]
    if "tier" in new or "prior_tier" in new:
        # (a stay's course told anew, "那从二级转回乡镇呢", replaces both levels of the one before)
        # (each mention as the slots read it, "乡卫生院", "社区医院", "村卫生室" too — a name the level
        # words miss would stay beside the new level and read as two hospitals at once)
        # (a course told anew, "从三级转回镇上", keeps the old removal: its reading leans on the names left)
        moved = "prior_tier" in new or new.get("transfer")
        for at, end, _, _ in reversed(tier_mentions(q)):
            m = re.match(_TIER_WORD, q[at:]) if moved else None
            if m or not moved:
                q = q[:at] + q[at + m.end() if m else end:]
    placed = False
    if "insurance" in new:
        name = _SCHEME_NAMES.get(str(new["insurance"]), "")
        first = SCHEME_WORDS.search(q)
        if first:
            q = q[:first.start()] + "\0" + q[first.end():]
        placed = bool(first)
        q = _STAFF_STATUS.sub("", SCHEME_WORDS.sub("", q)).replace("\0", name).lstrip("，, ")
    if "filing" in new:
        # "那要是办了转诊备案呢" after "…不是急诊也没转诊 起付线多少": the filing said before goes, or the
        # old denial would still be read first; the new one stands where it stood, so that the question
        # still names a filing ("…临时备案住院 报销比例咋算", "那备异地长期居住呢")
        # (with the 备案 said beside it: "备案异地长期居住", "异地长期居住备案")
        said = re.search(r"(?:备案|备)?(?:" + FILING_SAID.pattern + r")(?:备案)?", follow_up)
        first = FILING_SAID.search(q)
        if first:
            q = q[:first.start()] + "\0" + q[first.end():]
        q = FILING_SAID.sub("", q).replace("\0", said.group(0) if said else "")
        placed = bool(first and said)
    if "category" in new:
        # "低保户呢" after a question on 特困人员: asked about the one group instead of the other
        q = re.sub(rf"(?:{'|'.join(p for p, _ in CATEGORIES)})(?:人员|对象|家庭|户|人)?", "", q)
    # (the other 两病 disease said only as people say it, "那我老伴血糖高呢": no policy row's word, yet a
    # change of disease as "糖尿病呢" is — the same one said again, "血压也高", changes nothing)
    other_two = "two" in new and extract(q).get("two") not in (None, new["two"])
    if ("diseases" in new or other_two) and not add:
        # "糖尿病呢" after a question on 高血压: asked about the one disease instead of the other
        # (`add`: "他还有糖尿病" asks about both)
        # (and the stage said right after it, "高血压 二级的", "医生说是二级的": that disease's, not the
        # other's — a hospital's level said elsewhere, "在三级住院", is the case's and stays)
        stage = "" if _STAGE.search(follow_up) else rf"(?:[\s，,]*{_STAGE.pattern})?"
        for word, _, _ in disease_vocabulary():
            if word in q and word not in follow_up:
                q = re.sub(re.escape(word) + stage, "", q)
        # (and 两病's diseases as people say them, "血压高 天天吃降压药", which no policy row names: the
        # other one's words go too, or "那我爸血糖也高 是糖尿病呢" still reads the 高血压 of the question)
        # (its drug becomes the other one's, "买降压药能报不" → "买降糖药能报不": what is bought stays asked)
        for said, other in ((HIGH_PRESSURE, "降糖药"), (HIGH_SUGAR, "降压药")):
            if re.search(said, q) and not re.search(said, follow_up):
                q = re.sub(said, lambda m: other if "药" in m.group(0) else "", q)
    core = re.sub(r"^(?:那|那么|如果是?|要是|假如|换成|改成)|呢(?=[？?。!！\s，,]|$)", "", follow_up.strip())
    core = core.strip("？?。!！ ，,")
    # ("我老伴是糖尿病 也是这样", "他高血压，也一样不"): the same question said again for the case told is no
    # fact of it — the note keeps the case alone, not a clause of its own that a reading could be cut at
    core = _SAME_QUESTION.sub("", core).strip("？?。!！ ，,") or core
    if "diseases" in new and NO_COMPLICATION.search(core) and MILD_DIABETES not in core:
        # "那我老伴糖尿病呢 就是普通的 莫得并发症": the 轻症 one, named so (a reading cut before the
        # complication denied would find the 慢病 "糖尿病伴并发症")
        core = core.replace("糖尿病", MILD_DIABETES, 1)
    if "diseases" in new and add:
        # "那我糖尿病也有呢" after a question on 高血压: both at once, as the handbooks say it (同时患高血压、
        # 糖尿病的 …), not a question naming the two diseases, which is what the definition of 两病 does
        # (the one before as the slots read it: "血压高" is 高血压 of 两病)
        had = extract(q).values
        before = [d for d in dict.fromkeys([*had.get("diseases", []), had.get("two", "")])
                  if d and d != "两病" and d not in follow_up]
        added = next((w for w, _, _ in disease_vocabulary() if w in core), None)
        if before and added:
            core = core.replace(added, f"同时患{'和'.join(before)}和{added}", 1)
    instead = with_alternative(q, follow_up)
    if instead is not None:
        # "要是直接去上班了呢" after "毕业了 … 想回老家参保": that situation in place of the other
        q = instead
        # (the one replaced, said denied beside the new one — "不是实习 就临时去外地看病" — goes from what is
        # added too: its word would read as that situation again)
        core = _denied_alternative(core).strip(" ，,") or core
    if placed and not re.sub(r"医保|的|了", "", SCHEME_WORDS.sub("", core)).strip():
        return q        # "职工呢": said where the scheme was, nothing more to add
    if placed and "filing" in new and not _FILING_WORDS.sub("", FILING_SAID.sub("", core)).strip():
        return q        # "那要是办了转诊备案呢": the filing said where the old one was, nothing more
    return f"{q.rstrip('？?。!！')}（{core}）"


# a question about a newborn's cover ("娃儿刚生下来 医保咋交 好久能用"), and a follow-up saying only how
# old the child is now ("都4个月了还没交", "已经100天了咋办"): the newborn's own case, asked at that age
_NEWBORN_ASKED = re.compile(r"新生儿|刚出生|刚生(?![病气活])|生下来|出生|刚满月|婴儿")
# (or supposed, "要是拖到四个月才交呢", "如果等到100天再交呢"; not "过了90天", past the age, which is no age)
_AGE_FOLLOW_UP = re.compile(r"^(?:那|但是|可是|现在)?(?:要是|如果|假如|万一)?(?:娃儿?|孩子|宝宝|小孩)?(?:都|已经|快|有|现在)?"
                            r"(?:拖到|拖了|等到|到了)?"
                            r"(\d+|[一二两三四五六七八九十]+)\s*(个多?月|天)了?(?:了|还|都|才)?"
                            r"(?:没有?|莫得?|没得|冇)?(?:再)?(?:交|缴|参保|上|买|办)?(?:医保|合疗|保险)?"
                            r"[\s，,]*(?:咋办|怎么办|咋整|啷个办|咋个办|呢|嘞|咧)?[？?。!！~\s]*$")


def newborn_age_follow_up(question: str, follow_up: str) -> str | None:
    """("新生儿出生后多久交医保", "都4个月了还没交") → "新生儿出生4个月了才交医保 从啥时候开始享受待遇";
    None unless the last question was a newborn's and the follow-up says only the child's age."""
    m = _AGE_FOLLOW_UP.match(follow_up.strip())
    if not m or not _NEWBORN_ASKED.search(question):
        return None
    return f"新生儿出生{m.group(1)}{m.group(2)}了才交医保 从啥时候开始享受待遇"


# the asker does not know the fact the form asked ("不知道", "晓不得", "不清楚是几级", "记不得了")
DONT_KNOW = re.compile(r"^[\s，,。]*(?:我|俺|我也|俺也|也)?(?:真的?|确实|实在|还)?(?:不知道|不晓得|晓不得|不清楚|不太清楚|不大清楚|"
                       r"不记得了?|记不得了?|记不清了?|搞不清楚?|闹不清|弄不清楚?|整不清楚?|没注意|不懂|不确定|说不准|"
                       r"idk|不知)(?:是|到底是)?(?:几级|哪一?级|哪个|啥子?|什么|多少)?(?:医院|的|诶|哎|啊|呀|哦|嘞|咧|耶|欸|呢|了|嘛|哈)*"
                       r"[。！!？?~～\s]*$", re.I)

