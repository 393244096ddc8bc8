"""docs/policies.md cannot fall behind calculators/policy.py: every model reachable from
Policy and every one of its fields is documented, and every policy file is named."""
from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from calculators.policy import POLICY_DIR, Policy

DOC = Path(__file__).resolve().parent.parent / "docs" / "policies.md"


def _models_in(annotation: object) -> list[type[BaseModel]]:
    """Every pydantic model named anywhere in a type (dict[str, X], list[X], X | None, Annotated …)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    out: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        out += _models_in(arg)
    return out


def reachable_models(root: type[BaseModel] = Policy) -> list[type[BaseModel]]:
    seen: dict[type[BaseModel], None] = {}
    todo = [root]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen[model] = None
        for field in model.model_fields.values():
            todo += _models_in(field.annotation)
    return list(seen)


MODELS = reachable_models()


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _section(text: str, model: type[BaseModel]) -> str:
    """The text under the `### `Model`` heading, up to the next `##`/`###` heading."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines)
                  if line.startswith("### ") and f"`{model.__name__}`" in line), None)
    assert start is not None, f"docs/policies.md has no '### `{model.__name__}`' section"
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"#{2,3} ", lines[i])), len(lines))
    return "\n".join(lines[start:end])


def test_the_walk_finds_the_models():
    names = {m.__name__ for m in MODELS}
    assert {"Policy", "Source", "Missing", "InpatientPlan", "TierRule", "Segment", "AssistRow"} <= names
    assert len(MODELS) >= 25


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_documented(model):
    text = _doc()
    missing = [name for name in model.model_fields if f"`{name}`" not in text]
    assert not missing, f"{model.__name__}: fields not in docs/policies.md: {missing}"


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_has_a_row_in_its_model_table(model):
    """Each model has its own section with one table row per field, and the row's
    'Required?' cell agrees with the code."""
    section = _section(_doc(), model)
    rows = {}
    for line in section.splitlines():
        m = re.match(r"\|\s*`([^`]+)`\s*\|", line)
        if m:
            rows[m.group(1)] = [c.strip() for c in line.strip().strip("|").split("|")]
    for name, field in model.model_fields.items():
        assert name in rows, f"{model.__name__}.{name} has no row in its table in docs/policies.md"
        required = rows[name][2].lower().lstrip("*").startswith("yes")
        assert required == field.is_required(), \
            f"{model.__name__}.{name}: doc says required={required}, code says {field.is_required()}"
    extra = set(rows) - set(model.model_fields)
    assert not extra, f"{model.__name__}: documented fields the code does not have: {sorted(extra)}"


def test_every_policy_file_is_mentioned():
    text = _doc()
    files = sorted(p.name for p in POLICY_DIR.iterdir() if p.is_file())
    assert files, "no policy files found"
    missing = [name for name in files if name not in text]
    assert not missing, f"policy files not mentioned in docs/policies.md: {missing}"
