"""Reading the project's YAML data: parsed with libyaml's C parser when PyYAML has it (ten times
faster than the pure-Python one), and the result kept on disk by the file's content
(regions.diskcache), so that a start needs neither the parse nor PyYAML's import."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from regions import diskcache


def read_yaml(path: Path) -> object:
    return diskcache.kept(f"yaml.{path.parent.name}.{path.stem}", [path],
                          lambda: parse_yaml(path.read_text(encoding="utf-8")), _pyyaml())


def parse_yaml(text: str) -> object:
    import yaml
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def _pyyaml() -> str:
    return diskcache.installed("yaml", "pyyaml")
