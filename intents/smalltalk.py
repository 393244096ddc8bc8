"""Greetings, thanks, help requests and farewells: answered with a short line, not a search."""
from __future__ import annotations

import re

from corpus.normalize import normalize

_TRAILING = r"[\s!！。.~～?？呀啊哈呢吧啦哦]*"
_PATTERNS = {
    "greeting": r"(你好|您好|hi|hello|hey|哈喽|嗨|在吗|在不在|有人吗|早上好|上午好|中午好|下午好|晚上好|早|早安|大家好|机器人)",
    "thanks": r"(谢谢|多谢|感谢|谢了|thx|thanks|thank you|好的谢谢|好的,谢谢|明白了谢谢|收到|好的|ok|懂了|明白了|知道了)",
    "help": r"(/help|/start|帮助|help|怎么用|你能做什么|你会什么|你是谁|功能|使用说明|菜单)",
    "bye": r"(再见|拜拜|bye|晚安)",
}
_COMPILED = {kind: re.compile(rf"^{p}{_TRAILING}$") for kind, p in _PATTERNS.items()}


def smalltalk_kind(text: str) -> str | None:
    t = normalize(text)
    for kind, rx in _COMPILED.items():
        if rx.match(t):
            return kind
    return None
