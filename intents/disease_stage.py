"""The stage (期) or grade (级) of a disease the asker tells ("一期的 还没到二期", "高血压2级", "确诊到三期了"):
a raw fact, read from the words; whether a benefit's list takes that stage is the policy file's
(`calculators.chronic.least_stage`)."""
from __future__ import annotations

import re

_NUM = {"一": 1, "1": 1, "Ⅰ": 1, "I": 1, "二": 2, "两": 2, "2": 2, "Ⅱ": 2, "II": 2, "三": 3, "3": 3, "Ⅲ": 3, "III": 3}
_N = r"(III|II|I|Ⅰ|Ⅱ|Ⅲ|[一二两三123])"
# a stage said with 期 anywhere ("一期的", "确诊到二期了"); with 级 only beside the disease ("高血压2级", "2级高血压"),
# as "一级医院" is the hospital's
_STAGE = re.compile(_N + r"期(?!间|限|内|末|中)")
_GRADE = re.compile(r"(?:高血压|血压)(?:病)?" + _N + r"级(?!医院|医疗|甲|乙|的医院)|" + _N + r"级(?:的)?高血压")
# a stage said not reached ("还没到二期", "没到2期", "不到二期"): the one below it
_NOT_REACHED = re.compile(r"(?:还)?(?:没|没有|未|不)(?:到|达到|够|上)" + _N + r"(?:期|级)")


def stage_said(text: str) -> int | None:
    """The stage the message tells, or None. A stage said reached wins over one said not reached
    beside it ("一期的 还没到二期": 1)."""
    not_reached = {_NUM[m.group(1)] for m in _NOT_REACHED.finditer(text)}
    rest = _NOT_REACHED.sub(" ", text)
    told = [_NUM[m.group(1)] for m in _STAGE.finditer(rest)]
    told += [_NUM[m.group(1) or m.group(2)] for m in _GRADE.finditer(rest)]
    if told:
        return told[-1]
    if not_reached:
        return min(not_reached) - 1 or None
    return None
