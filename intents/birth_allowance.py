"""The facts of a 生育津贴 asked by one who pays 生育保险 on their own (灵活就业, 领取失业保险金的人员): the month
生育保险 was joined, the month of the birth, and since when 职工医保 was paid in a row — read from the
message, for calculators.birth_allowance to compare with the rule (no figure of the rule lives here)."""
from __future__ import annotations

import re

from intents.numbers import to_int
from intents.slots import extract

# the allowance asked as when ("啥时候能领生育津贴", "生育津贴哪个月可以领")
_WHEN = r"(?:啥时候|啥子时候|什么时候|哪个月|几月份?|几时|好久|多久|什么时间|哪天|从哪个?月|哪一年)"
_ASKED = re.compile(_WHEN + r"[^，。；;？?]{0,8}?生育津贴|生育津贴[^，。；;？?]{0,8}?" + _WHEN)
# ... or as whether it can be had at all ("生育津贴能领不", "到底能不能领", "领得到不"), the allowance named in the
# message: the same rule answers (a later year's birth short of the months: not paid; a waiting year's: from when)
_WHETHER = re.compile(r"(?:能不能|可不可以|能否|可否)(?:领|享受|拿)|(?:能|可以)(?:领|享受|拿)(?:到|得到)?(?:生育津贴)?(?:不|吗|嘛|没有?)"
                      r"(?=$|[，。；;？?！!\s呢啊哦])|领(?:得|不)到(?:不|吗|没)?")
# (the question is the message's last clause, naming no other benefit of the birth: 产前检查费's or the stay's is no allowance)
_LAST_CLAUSE = re.compile(r"[^，。；;？?！!\s]+[？?！!。\s]*$")
_OTHER_BENEFIT = re.compile(r"产前检查|产检|医疗费|医药费|住院|报销|报多少|报好多")
# (灵活就业 and its kin are the slots' `flexible`; the other of the two kinds, said)
_WHO = re.compile(r"失业(?:保险)?金|两类人员")
_YM = r"((?:19|20)\d\d)\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?"
# 生育保险 joined in a month ("2025年6月起交的生育险", "生育保险是2025年3月参加的")
_JOINED = re.compile(_YM + r"[^，。；;？?\d]{0,6}?(?:开始|起)?[^，。；;？?\d]{0,2}?(?:交|缴|参加|参保|买|上)(?:的|了)?"
                     r"[^，。；;？?\d]{0,3}?生育(?:保险|险)|生育(?:保险|险)[^，。；;？?\d]{0,6}?(?:从|是|自|在)?" + _YM +
                     # (the object put before its verb, "2025年7月才把生育保险也交上")
                     "|" + _YM + r"[^，。；;？?\d]{0,6}?把生育(?:保险|险)[^，。；;？?\d]{0,3}?(?:交|缴|参加|参保|买|上)")
# the birth's month ("2025年9月生的孩子", "5月份生的"): 生 never 生育保险's
_BORN = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?(?:\d{1,2}\s*[日号])?[^，。；;？?\d]{0,4}?"
                   r"(?:生(?!育)|分娩|顺产|剖|产(?!前|检|假))")
# 职工医保 paid in a row since a year or month ("职工医保2023年起就没停过")
_STAFF_SINCE = re.compile(r"职工(?:医保|医疗保险|基本医疗保险)?[^，。；;？?\d]{0,6}?(?:从|自)?((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月)?份?"
                          r"(?:起|开始|就)?[^，。；;？?]{0,8}?(?:一直|没断|连续|不间断|都在|没停)")

# 职工医保 said not paid ("职工医保没交过", "没参加过职工医保"): the 2025 wait's condition told unmet, never assumed met
_STAFF_UNPAID = re.compile(r"职工(?:医保|医疗保险|基本医疗保险)?[^，。；;？?\d]{0,3}?(?:从来|从)?(?:没有?|未|莫|没得)(?:交|缴|参加|参保|买|上)|"
                           r"(?:没有?|未|莫|没得)(?:交|缴|参加|参|买|上)(?:过|了)?职工")


def _asked(text: str) -> bool:
    """The allowance asked as when, or as whether (in the message's last clause, which names no other benefit)."""
    if _ASKED.search(text):
        return True
    last = _LAST_CLAUSE.search(text)
    return bool(last and _WHETHER.search(last.group(0)) and not _OTHER_BENEFIT.search(last.group(0)))


def _month(said: str) -> int | None:
    return to_int(said)


def facts(text: str) -> dict | None:
    """{joined, born, staff_since or staff_unpaid, born_year_assumed} of a 生育津贴 asked as when (or whether) by one
    of the 两类人员, or None (not so asked, or a month not told)."""
    if "生育津贴" not in text or not _asked(text) or not (_WHO.search(text) or extract(text).get("flexible")):
        return None
    joined = _JOINED.search(text)
    if joined is None:
        return None
    y, m = next((joined.group(i), joined.group(i + 1)) for i in (1, 3, 5) if joined.group(i))
    if _month(m) is None:
        return None
    out = {"joined": (int(y), _month(m))}
    born = next((b for b in _BORN.finditer(text) if not (joined.start() <= b.start() < joined.end())), None)
    if born is None or _month(born.group(2)) is None:
        return None
    month = _month(born.group(2))
    if born.group(1):
        out["born"] = (int(born.group(1)), month)
    elif month >= out["joined"][1]:
        # ("3月开始交生育保险 5月生的": the year said once, of the joining)
        out["born"] = (out["joined"][0], month)
        out["born_year_assumed"] = True
    else:
        return None
    staff = _STAFF_SINCE.search(text)
    if staff is None and _STAFF_UNPAID.search(text):
        out["staff_unpaid"] = True
    elif staff is not None:
        # (a year said alone, "从2024年起", is that year's January: the asker's own words, said back as assumed)
        out["staff_since"] = (int(staff.group(1)), int(staff.group(2) or 1))
    if not all(1 <= ym[1] <= 12 for key in ("joined", "born", "staff_since") if (ym := out.get(key))):
        return None
    return out
