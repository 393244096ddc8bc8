"""No module-level name is bound twice in the bot's packages.

A second top-level definition of a name silently replaces the first: every use, even one written
above the second, reads the later value, and the earlier one is dead code that looks alive (merges
have hidden a pattern that way). Counted: top-level assignments (`X = …`, `X: T = …`, tuple targets),
functions and classes. Augmented assignments (`X += …`) extend a value and are not counted.

Branches of one top-level `if` or `try` are alternatives (an `if`'s body and its `else`, a `try`'s
body and its `except` fallback): a name bound once in each is bound once. The packages hold no such
fallback today — their top-level `if`s are `if TYPE_CHECKING:` imports and `if __name__ == "__main__":`
— so this only keeps the rule right should one be written."""
import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "corpus", "intents", "calculators", "regions")


def _targets(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for elt in target.elts for n in _targets(elt)]
    if isinstance(target, ast.Starred):
        return _targets(target.value)
    return []            # an attribute or a subscript binds no module name


def _bound(body: list[ast.stmt]) -> Counter:
    """How many times each name is bound at the level of `body` (alternative branches counted once)."""
    seen: Counter = Counter()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            seen[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                seen.update(_targets(target))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            seen.update(_targets(node.target))
        elif isinstance(node, (ast.If, ast.Try)):
            branches = [node.body, node.orelse] if isinstance(node, ast.If) else \
                [node.body + node.orelse, *(h.body for h in node.handlers)]
            alternatives = [_bound(b) for b in branches]
            seen.update(Counter({name: max(c[name] for c in alternatives)
                                 for c in alternatives for name in c}))
            if isinstance(node, ast.Try):
                seen.update(_bound(node.finalbody))
    return seen


def twice_bound(source: str) -> list[str]:
    """The module-level names `source` binds more than once."""
    return sorted(name for name, n in _bound(ast.parse(source).body).items() if n > 1)


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def test_the_check_sees_a_name_bound_twice():
    src = "import re\nA = re.compile('x')\ndef f():\n    return A\nA = re.compile('y')\n"
    assert twice_bound(src) == ["A"]
    assert twice_bound("def g():\n    pass\nclass g:\n    pass\n") == ["g"]
    assert twice_bound("X: int = 1\nY, X = 2, 3\n") == ["X"]


def test_the_check_counts_alternatives_and_extensions_once():
    fallback = "try:\n    import json\n    L = json.loads\nexcept ImportError:\n    L = None\n"
    assert twice_bound(fallback) == []
    assert twice_bound("if 1:\n    B = 1\nelse:\n    B = 2\n") == []
    assert twice_bound("C = [1]\nC += [2]\nT: int\n") == []
    assert twice_bound("D = 1\nif 1:\n    D = 2\n") == ["D"]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_name_twice(path):
    twice = twice_bound(path.read_text(encoding="utf-8"))
    assert not twice, f"{path.relative_to(ROOT)} binds at module level more than once: {', '.join(twice)}"
