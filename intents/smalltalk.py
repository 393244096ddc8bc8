"""Greetings, thanks, help requests and farewells: answered with a short line, not a search."""
from __future__ import annotations

import re
from functools import lru_cache

from corpus.normalize import normalize

# (四川's 哇 and 嘛 close a yes-or-no question as 吗 does: "你是机器人哇", "你好嘛")
_TRAILING = r"[\s!！。.~～?？呀啊哈呢吧啦哦哇嘛]*"
# who answers, asked ("你好 你是机器人还是真人哦", "您是人工吗"): the help line says it is the bot
_BEING = r"(?:个|一个)?(?:(?:机器人|机器|真人|人工智能|人工|ai|智能|人)(?:客服|助手)?|客服|助手)"
_WHAT_AM_I = (r"(?:(?:你好|您好|hi|hello|哈喽|嗨)[\s,，。!！~～]*)?(?:请问|问哈|问下)?[\s,，]*(?:你|您)(?:是不是|是)" + _BEING
              + r"(?:吗|嘛|么|哦|啊|哇|不)?(?:[\s,，]*(?:还是|或者|或是)" + _BEING + r")?")
_PATTERNS = {
    # (喂: a call to get someone's attention — alone or with other greeting words only; whether anyone is
    # there, asked as people ask it: 在不, 有人在不, 有人没得, 有没有人)
    "greeting": r"(你好|您好|hi|hello|hey|哈喽|嗨|喂|在吗|在不在|在不|在没|有人吗|有人在[吗不没]|有人没得?|有没有人在?|早上好|上午好|中午好|下午好|晚上好|早|早安|大家好|机器人)",
    "thanks": r"(谢谢|多谢|感谢|谢了|thx|thanks|thank you|好的谢谢|好的,谢谢|明白了谢谢|收到|好的|ok|懂了|明白了|知道了)",
    "help": r"(/help|/start|帮助|help|怎么用|你能做什么|你会什么|你是谁|功能|使用说明|菜单|" + _WHAT_AM_I + ")",
    "bye": r"(再见|拜拜|bye|晚安)",
}
# greeting words said together ("hi 在吗", "你好 在不在", "您好，有人吗") are one greeting
_COMPILED = {kind: re.compile(rf"^(?:{p}{_TRAILING}[,，、]*)+$" if kind == "greeting" else rf"^{p}{_TRAILING}$")
             for kind, p in _PATTERNS.items()}

# Thanks and acknowledgement as people say them after an answer, in any order and any dialect
# ("要得 谢谢你哈", "好 晓得了 谢谢", "中 谢了啊", "好的谢谢学长🙏", "谢谢你"): the message is made of
# nothing but these words, praise ("你们这个好方便"), the one thanked, particles, punctuation and emoji.
# A bare "好" / "中" / "行" (an answer a form may be waiting for) is not one; said with a thanks it is.
_THANK_WORDS = r"谢谢|多谢|感谢|谢了|谢啦|谢谢啦|谢哈|thx|thanks|thank you|3q|辛苦了|辛苦|麻烦了|麻烦你了"
# (the longer spelling first: an alternation takes its first match; "okk" / "okkk", ok typed on)
_ACK_WORDS = r"要得|好的|好嘞|好滴|好哒|好吧|晓得了|晓得|知道了|明白了|明白|懂了|了解了|了解|清楚了|收到|得行|okay|ok+"
# praise said with the thanks ("你们这个好方便", "真好用", "太给力了"): the bot or its answer praised, asking nothing
_PRAISE_WORDS = (r"(?:这个|这)?(?:还|也)?(?:真的|真是|好|真|太|蛮|挺|很|怪|非常|特别|超级|超)"
                 r"(?:方便|好用|实用|厉害|给力|贴心|管用|清楚|详细|棒|好)的?|点赞|给力|厉害|不错")
# good wishes said with the thanks ("谢谢你哈 好人一生平安", "祝你工作顺利"): they ask nothing either
_WISH_WORDS = (r"好人一生平安|一生平安|好人有好报|祝(?:你|您|你们)?(?:身体健康|工作顺利|万事如意|天天开心|生活愉快)|"
               r"身体健康|工作顺利|万事如意|天天开心|生活愉快")
# "没得事了", "没别的事了": nothing more to ask, said with the thanks as a close (alone it may answer a form)
_DONE_WORDS = r"(?:没得|没有|没|莫得|木得|冇得)(?:啥子?|什么|别的|其他的?|其它的?)?(?:事|事情|问题)?(?:了|啦)"
# "问完了", "俺就问这些", "没啥要问的了": the asking said to be over — a close, alone or with thanks; no
# answer any form waits for
_CLOSE_WORDS = (r"(?:都|就|俺|我)?(?:问完了|问好了)|(?:俺|我)?就问(?:这些|这么多|这几个)(?:了)?|"
                r"(?:没得|没有|没|莫得)(?:啥子?|什么|别的)?(?:要|想)问的了")
# "那就这样", "就这样吧": the asker closing ("that is all"); alone it may answer a form, with a thanks it closes
_SO_BE_IT = r"(?:那)?就(?:这样|这么样|这么着|这么办)(?:子)?"
_BARE_WORDS = r"好|中|行|嗯+|哦+|噢|喔|可以|没问题|" + _DONE_WORDS + "|" + _SO_BE_IT
# the one thanked, as people call a helper (四川's 嬢嬢, 山西's 大姐): kin and polite names
THANKED = (r"你们|你|您|学长|学姐|老师|师傅|大家|小助手|机器人|嬢嬢|阿姨|叔叔|大姐|大哥|姐姐|哥哥|"
            r"妹妹|妹儿|小妹|美女|帅哥|同志|哥|姐|亲|"
            # (the young's endearment for anyone, "谢谢宝子", "好的宝")
            r"宝子|宝贝|宝宝|宝儿|宝")
# the one who says it ("中 俺知道了", "我晓得了 谢谢"): no more a question than the one thanked
_SPEAKER = r"俺|我"
# what the thanks are for ("谢谢你上次帮我", "多谢之前帮了我大忙"): a favour past, asking nothing
_FAVOUR = (r"(?:上次|上回|之前|以前|昨天|前几天|前两天|前天|刚才|一直|那天|又)?"
           r"(?:帮(?:了|过)?(?:我|俺|我们|俺们)(?:的忙|大忙|很多|不少|好多)?|的帮助|的帮忙|帮忙)")
_FILLER = r"[\s!！。.,，、~～?？…呀啊哈呢吧啦哦嘛撒噻哟咯嘞咧了]|[^\w\s]"
_TOKEN = re.compile(rf"({_THANK_WORDS})|({_CLOSE_WORDS}|{_ACK_WORDS}|{_WISH_WORDS}|{_PRAISE_WORDS})|({_BARE_WORDS})|({_FAVOUR}|{THANKED}|{_SPEAKER})|({_FILLER})")


def _said_thanks(t: str) -> bool:
    """All of `t` is thanks / acknowledgement words (with the one thanked and fillers), at least one
    a thanks or an unambiguous acknowledgement."""
    at, thanked, acked = 0, False, False
    while at < len(t):
        m = _TOKEN.match(t, at)
        if not m or m.end() == at:
            return False
        thanked = thanked or m.group(1) is not None
        acked = acked or m.group(2) is not None
        at = m.end()
    return thanked or acked


@lru_cache(maxsize=256)
def smalltalk_kind(text: str) -> str | None:
    # (asked of a message before and after it is split, and of each part: kept per text)
    t = normalize(text)
    for kind, rx in _COMPILED.items():
        if rx.match(t):
            return kind
    if t.strip() and _said_thanks(t.strip()):
        return "thanks"
    rest = after_thanks(t)
    if rest is not None:
        # thanks or praise, then more small talk ("学姐你真好 你是真人还是机器人啊"): what follows is answered
        for kind, rx in _COMPILED.items():
            if rx.match(rest):
                return kind
    return None


# where thanks said first ends: a stop after it, or a "then" opening what is asked next
_THANKS_STOP = re.compile(r"[\s!！。.,，、~～?？…]|[^\w\s]")
_THEN = re.compile(r"那(?![边里儿些])")


def after_thanks(text: str) -> str | None:
    """The question said after thanks ("谢谢 那门诊呢", "好的谢谢，职工咋个报", "中 晓得了那职工呢"): the
    rest of `text` when it opens with thanks or an acknowledgement ended by a stop, or by a 那 opening
    the rest; None when it does not (a thanks word that starts the question itself: "了解一下…")."""
    t = text.strip()
    low = t.lower()
    at, said, cut = 0, False, None
    while at < len(t):
        m = _TOKEN.match(low, at)
        if not m or m.end() == at:
            break
        said = said or m.group(1) is not None or m.group(2) is not None
        at = m.end()
        if said and _THANKS_STOP.fullmatch(m.group(0)):
            cut = at
    if said and at < len(t) and _THEN.match(t, at):
        cut = at
    rest = t[cut:].strip() if cut is not None else ""
    return rest or None
