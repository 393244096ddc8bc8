"""Reading the project's YAML data with libyaml's C parser when PyYAML has it (ten times
faster than the pure-Python one, which matters for start-up)."""
from __future__ import annotations

from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
