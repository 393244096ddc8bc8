"""Property: an ID, phone or card number survives masking in no written form. Hypothesis writes
real-shaped numbers (an ID with a valid date and check digit, a mobile number, a Luhn-valid
UnionPay card) in the ways people write them — grouped by any separator, full-width, with
zero-width characters inside, glued to Latin letters, after +86, read out in Chinese numerals —
inside a sentence, and the masked text must not hold the number's digits in any form."""
import re
import unicodedata
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from bot.masking import _ID_BODY, CARD_LABEL, ID_LABEL, PHONE_LABEL, mask

CN = {"0": "〇零", "1": "一幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
# invisible characters: zero-width, direction marks and embeddings, isolates, the BOM
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202a", "\u202c", "\u2066", "\u2069"]
# spaces of every width (NBSP, thin, narrow no-break, ideographic) and the usual marks
SEPARATORS = [" ", "-", ".", "/", "_", " - ", "·", "　", "、", "\u00a0", "\u2009", "\u202f"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


@st.composite
def id_numbers(draw):
    area = draw(st.sampled_from(["510102", "511902", "650203", "140402", "110101"]))
    born = date(1930, 1, 1) + timedelta(days=draw(st.integers(0, 365 * 94)))
    body = area + born.strftime("%Y%m%d") + f"{draw(st.integers(0, 999)):03d}"
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]
    return body + check, ID_LABEL


@st.composite
def phone_numbers(draw):
    return f"1{draw(st.integers(3, 9))}{draw(st.integers(0, 10**9 - 1)):09d}", PHONE_LABEL


@st.composite
def card_numbers(draw):
    length = draw(st.integers(16, 19))
    body = "62" + "".join(str(draw(st.integers(0, 9))) for _ in range(length - 3))
    total = 0
    for i, d in enumerate(reversed(body)):        # the check digit makes the Luhn sum a multiple of 10
        v = int(d) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10), CARD_LABEL


@st.composite
def written(draw, number_and_label):
    number, label = number_and_label
    form = draw(st.sampled_from(["plain", "grouped", "full-width", "zero-width", "chinese", "glued", "+86"]))
    if form == "grouped":
        # cards are written in fours, or in groups of three or more; IDs and phones in any groups
        smallest = 3 if label == CARD_LABEL else 1
        sizes, left = [], len(number)
        if label == CARD_LABEL and draw(st.booleans()):
            sizes = [4] * (len(number) // 4) + ([len(number) % 4] if len(number) % 4 else [])
        else:
            while left:
                size = min(left, draw(st.integers(smallest, 8)))
                if 0 < left - size < smallest:
                    size = left
                sizes.append(size)
                left -= size
        sep = draw(st.sampled_from(SEPARATORS))
        parts, i = [], 0
        for size in sizes:
            parts.append(number[i:i + size])
            i += size
        text = sep.join(parts)
    elif form == "full-width":
        text = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
    elif form == "zero-width":
        spots = draw(st.lists(st.integers(1, len(number) - 1), min_size=1, max_size=4, unique=True))
        text = "".join(c + (draw(st.sampled_from(ZERO_WIDTH)) if i + 1 in spots else "") for i, c in enumerate(number))
    elif form == "chinese":
        text = "".join(draw(st.sampled_from(CN[c])) if c.isdigit() else c for c in number)
    elif form == "glued":
        text = draw(st.sampled_from(["sfz", "wx", "tel", "ID", "No", "kh", "A"])) + number
    else:
        text = ("+86" if label == PHONE_LABEL else "") + number
    before = draw(st.sampled_from(["", "我的号码是", "帮我查一下", "住院花了5000元，", "2025年10月", "电话："]))
    after = draw(st.sampled_from(["", "，能报多少", "。", " 谢谢", "元", "号"]))
    return before + text + after, number, label


def digits_of(text: str) -> str:
    """Every digit in the text, in order, whatever way it was written."""
    folded = unicodedata.normalize("NFKC", text)
    folded = "".join(CN_REVERSE.get(c, c) for c in folded)
    return re.sub(r"\D", "", folded)


CN_REVERSE = {c: d for d, cs in CN.items() for c in cs}

numbers = st.one_of(id_numbers(), phone_numbers(), card_numbers())


@settings(max_examples=600, deadline=None)
@given(numbers.flatmap(written))
def test_no_written_form_survives(case):
    text, number, label = case
    masked = mask(text)
    # an 18-digit card number that is also a well-formed ID (62 is 甘肃's area code) may be either
    labels = {label, ID_LABEL} if label == CARD_LABEL and _ID_BODY.fullmatch(number) else {label}
    assert any(each in masked for each in labels), (text, masked)
    core = number.rstrip("X")
    assert core not in digits_of(masked), (text, masked)
    assert core[-8:] not in digits_of(masked), (text, masked)    # not even its tail
