"""Personal numbers out of text before anything is stored: 身份证号, mobile numbers, bank cards.

A 医保 question never needs them to be answered, so they are replaced by a label rather than
partly kept (a kept prefix of an ID still tells the birthplace). Full-width digits count too,
since `\\d` matches any Unicode decimal digit."""
from __future__ import annotations

import re

ID_LABEL = "[身份证号]"
PHONE_LABEL = "[手机号]"
CARD_LABEL = "[银行卡号]"

# 15 to 19 digits, optionally grouped by spaces or dashes, an ID's check letter X at the end.
# Not glued to other digits or Latin letters, so an order number like "A123…" stays whole.
_LONG_NUMBER = re.compile(r"(?<![\dA-Za-z])\d(?:[ \-]?\d){14,18}[Xx]?(?![\dA-Za-z])")
# 中国大陆手机号: 1[3-9]x xxxx xxxx, optionally +86 / 0086 in front, optionally grouped 3-4-4.
_MOBILE = re.compile(r"(?<![\dA-Za-z])(?:(?:\+|00)?86[ \-]?)?[1１][3-9３-９]\d(?:[ \-]?\d{4}){2}(?![\dA-Za-z])")
_ID_BODY = re.compile(r"\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]")


def _long_number(match: re.Match) -> str:
    raw = match.group(0)
    digits = re.sub(r"[ \-]", "", raw)
    digits = "".join(str(int(c)) if c.isdigit() else c for c in digits)   # full-width → ASCII
    if digits[-1] in "Xx" or len(digits) == 15 or (len(digits) == 18 and _ID_BODY.fullmatch(digits)):
        return ID_LABEL
    return CARD_LABEL


def mask(text: str | None) -> str:
    """The text with every 身份证号, mobile number and bank-card number replaced by a label."""
    if not text:
        return text or ""
    text = _LONG_NUMBER.sub(_long_number, text)
    return _MOBILE.sub(PHONE_LABEL, text)
