"""Do two versions of the bot give the same replies? For changes meant to alter speed only.

`python -m bot.measure.same_replies --save FILE` sends every question of the repo's question sets
(eval/dev and eval/blind, conversations as sessions), each single question also rewritten the ways
`yibao eval --robustness` rewrites it (dialect, typo, traditional script, no punctuation, a story
before, two questions joined, filler words), and a few long messages, through `yibao ask --jsonl`
in a throwaway data folder, and keeps the JSON replies. `--against FILE` does the same and
compares every reply field by field (the sources' scores are the ranker's confidence, so a changed
number shows); exit status 1 when any differs."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.measure.evaluate import BLIND_DIR, DEV_DIR, load_items

ROOT = Path(__file__).resolve().parents[2]


def inputs() -> list[dict]:
    """The batch lines: every turn of every set, the rewritings, and long messages."""
    from bot.engine import default_engine
    from bot.measure.robustness import perturbations
    from intents.regions import detect_region
    lines: list[dict] = []
    singles: list[tuple[str, str, str | None]] = []
    for path in [*sorted(DEV_DIR.glob("*.jsonl")), *sorted(BLIND_DIR.glob("*.jsonl"))]:
        for item in load_items([path]):
            key = f"{path.parent.name}/{path.stem}/{item['id']}"
            for n, turn in enumerate(item.get("turns") or [item]):
                lines.append({"id": f"{key}#{n}", "text": turn["q"], "session": key, "region": item.get("region")})
            if "turns" not in item:
                singles.append((key, item["q"], item.get("region")))
    others: dict[str | None, list[str]] = {None: []}
    for _, q, region in singles:
        others.setdefault(region or detect_region(q).region, []).append(q.rstrip("？?。 "))
        others[None].append(q.rstrip("？?。 "))
    for p in perturbations(default_engine(), others):
        for key, q, region in singles:
            text = p.apply(q, key + p.name)
            if text != q:
                lines.append({"id": f"{key}~{p.name}", "text": text, "session": None, "region": region})
    qs = [q for _, q, _ in singles]
    for n in range(0, len(qs) - 3, 97):        # several questions and a story in one message
        lines.append({"id": f"long/joined-{n}", "text": "，".join(qs[n:n + 4]), "session": None, "region": None})
        lines.append({"id": f"long/story-{n}", "text": "我妈今年七十多了，前两天摔了，在县医院住了一个礼拜，"
                      + "？".join(qs[n:n + 3]), "session": None, "region": "巴中"})
    lines.append({"id": "long/repeated", "text": "巴中居民医保什么时候交费" * 500, "session": None, "region": None})
    lines.append({"id": "long/100000", "text": "医保" * 50_000, "session": None, "region": None})
    return lines


def replies(lines: list[dict]) -> list[dict]:
    """`yibao ask --jsonl` over `lines`, in a data folder of its own (a fresh question log)."""
    with tempfile.TemporaryDirectory() as data:
        out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl"], cwd=ROOT, check=True,
                             input="".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                             capture_output=True, text=True, env={**os.environ, "XDG_DATA_HOME": data})
    return [json.loads(line) for line in out.stdout.splitlines()]


def differences(before: list[dict], after: list[dict]) -> list[str]:
    if [b["id"] for b in before] != [a["id"] for a in after]:
        return [f"different questions: {len(before)} replies before, {len(after)} after"]
    out = []
    for b, a in zip(before, after):
        fields = [k for k in b if b[k] != a.get(k)]
        if fields:
            out.append(f"{b['id']}: {', '.join(fields)} differ\n  before: {json.dumps({k: b[k] for k in fields}, ensure_ascii=False)[:400]}"
                       f"\n  after:  {json.dumps({k: a.get(k) for k in fields}, ensure_ascii=False)[:400]}")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.measure.same_replies", description=__doc__.split("\n\n")[0])
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--save", metavar="FILE", help="keep this version's replies in FILE")
    how.add_argument("--against", metavar="FILE", help="compare this version's replies with those kept in FILE")
    args = p.parse_args(argv)
    got = replies(inputs())
    if args.save:
        Path(args.save).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got), encoding="utf-8")
        print(f"{len(got)} replies saved to {args.save}")
        return 0
    kept = [json.loads(line) for line in Path(args.against).read_text(encoding="utf-8").splitlines()]
    diff = differences(kept, got)
    for d in diff:
        print(d)
    print(f"{len(got)} replies, {len(got) - len(diff)} identical, {len(diff)} different")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
