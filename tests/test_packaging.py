"""A non-editable install ships every data file the code reads: each file under a package that is
not Python source is matched by one of that package's package-data patterns in pyproject.toml, and
every pattern matches something (a stale one, such as migrations that moved, would hide a gap)."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETUP = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
PACKAGES = SETUP["packages"]
NOT_SHIPPED = {"README.md"}      # notes for engineers beside the code


def _data_files(package: str) -> set[Path]:
    """Files under the package's folder, not in one of its sub-packages, that are not its modules
    (a .py file in a folder that is no package, such as the migrations, is data too)."""
    root = ROOT / package.replace(".", "/")
    subpackages = [ROOT / p.replace(".", "/") for p in PACKAGES if p.startswith(package + ".")]
    return {p for p in root.rglob("*")
            if p.is_file() and not (p.suffix == ".py" and p.parent == root) and "__pycache__" not in p.parts
            and p.name not in NOT_SHIPPED and not any(p.is_relative_to(s) for s in subpackages)}


def _shipped(package: str) -> set[Path]:
    root = ROOT / package.replace(".", "/")
    return {p for pattern in SETUP["package-data"].get(package, []) for p in root.glob(pattern) if p.is_file()}


def test_every_data_file_is_shipped():
    missing = {str(p.relative_to(ROOT)) for package in PACKAGES for p in _data_files(package) - _shipped(package)}
    assert not missing, sorted(missing)


def test_every_package_data_pattern_matches_a_file():
    for package, patterns in SETUP["package-data"].items():
        root = ROOT / package.replace(".", "/")
        stale = [pattern for pattern in patterns if not any(p.is_file() for p in root.glob(pattern))]
        assert not stale, (package, stale)
