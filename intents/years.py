"""Which year a question is about, and a note when it is not the year the handbook's figures are
for: the handbooks give one year's figures (regions.yaml: figures_year), and another year's may
differ. The engine adds the note to FAQ answers; a calculation form can add it to its result the
same way (`year_note(text, region)`), so that a year the asker named is never silently swapped."""
from __future__ import annotations

import re
from datetime import date

import regions
from corpus.normalize import normalize

_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)\s*年")
_RELATIVE = {"前年": -2, "去年": -1, "明年": 1, "后年": 2}


def years_asked(text: str, today: date | None = None) -> list[int]:
    """The years a question names: 2024年, 二〇二四年, 去年 / 明年 (from today), in order."""
    text = normalize(text)
    found = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
    this_year = (today or date.today()).year
    for word, delta in _RELATIVE.items():
        at = text.find(word)
        if at >= 0:
            found.append((at, this_year + delta))
    return list(dict.fromkeys(y for _, y in sorted(found)))


def without_years(text: str) -> str:
    """The question with the years it names taken out ("2023年的门诊统筹" → "的门诊统筹"): the
    handbook's entries are about their own year, and a year they do not mention only weakens the
    match."""
    text = normalize(text)
    text = _YEAR.sub("", text)
    for word in _RELATIVE:
        text = text.replace(word, "")
    return text


def year_note(text: str, region: str | None, answer: str | None = None, today: date | None = None) -> str | None:
    """A note when `text` asks about another year than the one `region`'s handbook gives figures
    for; None when it does not, or when `answer` itself speaks of the year asked."""
    r = regions.get(region)
    if r is None:
        return None
    figures = r.handbook.figures_year
    asked = [y for y in years_asked(text, today) if y != figures and not (answer and f"{y}" in answer)]
    if not asked:
        return None
    year = asked[0]
    office = r.office_name or "当地医保经办机构"
    # the years the answer itself states (2025年度 1070元, 2026年度 1100元) are the ones it gives
    stated = sorted({int(y) for y in re.findall(r"(?<!\d)(20\d\d)\s*年", answer or "")})
    given = "、".join(str(y) for y in stated) if stated else str(figures)
    if figures is None:
        dated = r.handbook.latest_dated
        since = f"，其中最近的规定是{dated}年起实行的；" if dated else "，"
        return f"（{r.name}的材料没有注明这些数字适用的年份{since}{year}年的标准请向{office}确认。）"
    if year < figures:
        return f"（手册给出的是{given}年的标准；{year}年的标准可能不同，往年的情况请咨询{office}。）"
    return f"（手册给出的是{given}年的标准；{year}年的标准可能调整，请以{office}公布的为准。）"
