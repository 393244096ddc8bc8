"""No policy figure, window or mapping in the dialogue code: intents/ extracts raw facts (the
month paid, the days since a birth, the months of a pregnancy, the hospital as named) and the
calculators compare them with the region's policy file. This scans every string the code and
the forms file hold (not comments or docstrings) for the policy files' own figures."""
import ast
from pathlib import Path

import pytest
import yaml

from calculators.policy import load_policies

INTENTS = Path(__file__).resolve().parent.parent / "intents"
CN = "零一二三四五六七八九"


def _cn(n: int) -> str:
    return CN[n] if n < 10 else ("十" + (CN[n % 10] if n % 10 else "") if n < 20 else CN[n // 10] + "十" + (CN[n % 10] if n % 10 else ""))


def _strings() -> list[tuple[str, str]]:
    """(where, text) for every string literal in intents/*.py that is not a docstring, and every
    value of the forms file."""
    out = []
    for path in sorted(INTENTS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(node.body[0].value) for node in ast.walk(tree)
                if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) and node.body
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                out.append((f"{path.name}:{node.lineno}", node.value))

    def walk(x, where):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, f"{where}.{k}")
        elif isinstance(x, list):
            for v in x:
                walk(v, where)
        elif isinstance(x, str):
            out.append((where, x))
    for path in sorted((INTENTS / "data").glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    return out


def _policy_patterns() -> list[str]:
    """The figures and windows the policy files hold, as they would be written in a pattern."""
    pats: set[str] = set()
    for p in load_policies().values():
        wp = p.waiting_period
        if wp:
            pats |= {f"{wp.newborn_days}天", f"{_cn(wp.newborn_days // 10)}十天"}
            pats |= {f"{m}月" for m in wp.window_months} | {f"{_cn(m)}月" for m in wp.window_months}
        for m in p.maternity.values():
            t = m.termination
            if t:
                pats |= {f"{t.line_months}个月", f"{_cn(t.line_months)}个月", f"{t.line_weeks}周"}
            if m.prenatal_termination_months:
                pats.add(f"{m.prenatal_termination_months}个月")
        if p.hospital_classes:
            pats |= {r.row for r in p.hospital_classes.rules if r.row}
        pats.add(p.handbook)
    return sorted(pats)


@pytest.mark.parametrize("pattern", _policy_patterns())
def test_no_policy_figure_or_window_in_intents(pattern):
    found = [where for where, text in _strings() if pattern in text]
    assert not found, f"{pattern!r} is a policy figure, window or mapping; it belongs in calculators/policies/: {found}"


def test_the_scan_sees_the_code():
    strings = dict(_strings())
    assert len(strings) > 200 and any("断保" in t for t in strings.values())
