"""The stage (期) or grade (级) of a disease the asker tells ("一期的 还没到二期", "高血压2级", "确诊到三期了"):
a raw fact, read from the words, with the scale it is told on; whether a benefit's list takes that stage is the
policy file's (`calculators.chronic.least_stage`). 期 and 级 are two scales (高血压 Ⅰ–Ⅲ期 by organ damage,
1–3级 by blood pressure): a 2级 patient may be at 期 Ⅰ, so one is never read as the other."""
from __future__ import annotations

import re

from calculators.chronic import STAGE_NUMERALS as _NUM
_N = r"(III|II|I|Ⅰ|Ⅱ|Ⅲ|[一二两三123])"
# a stage said with 期 anywhere ("一期的", "确诊到二期了"), not a period ("这一期的药费", "上一期", "分三期"); with 级
# only beside the disease ("高血压2级", "2级高血压"), as "一级医院" is the hospital's
_STAGE = re.compile(r"(?<![这那本上下每前后分第哪几同首当\d])" + _N + r"期(?!间|限|内|末|中)")
_GRADE = re.compile(r"(?:高血压|血压)(?:病)?" + _N + r"级(?!医院|医疗|甲|乙|的医院)|" + _N + r"级(?:的)?高血压")
# a stage said not reached ("还没到二期", "没到2期", "不到二期"): the one below it
_NOT_REACHED = re.compile(r"(?:还)?(?:没|没有|未|不)(?:到|达到|够|上)" + _N + r"(期|级)")


def stage_said(text: str) -> tuple[int, str] | None:
    """(the stage, "期" or "级") the message tells, or None. A stage said reached wins over one said not
    reached beside it ("一期的 还没到二期": (1, "期"))."""
    not_reached = {(_NUM[m.group(1)], m.group(2)) for m in _NOT_REACHED.finditer(text)}
    rest = _NOT_REACHED.sub(" ", text)
    told = [(m.start(), _NUM[m.group(1)], "期") for m in _STAGE.finditer(rest)]
    told += [(m.start(), _NUM[m.group(1) or m.group(2)], "级") for m in _GRADE.finditer(rest)]
    if told:
        _, n, scale = max(told)
        return n, scale
    if not_reached:
        n, scale = min(not_reached)
        return (n - 1, scale) if n > 1 else None
    return None
