"""A server database whose driver is missing is a clear start-up error naming the install command,
for every command that uses the database — never answers that silently stop being logged."""
import subprocess
import sys

import pytest

BLOCK_PSYCOPG = """
import builtins, sys
real = builtins.__import__
def without_psycopg(name, *args, **kw):
    if name.split(".")[0] == "psycopg":
        raise ModuleNotFoundError("No module named 'psycopg'")
    return real(name, *args, **kw)
builtins.__import__ = without_psycopg
from bot.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("args", [["ask", "巴中居民医保什么时候交费"], ["bridge", "--port", "0"]])
def test_a_missing_driver_is_a_clear_error(args, monkeypatch):
    monkeypatch.setenv("YIBAO_DATABASE_URL", "postgresql+psycopg://yibao@/yibao?host=/nonexistent")
    monkeypatch.setenv("YIBAO_BRIDGE_TOKEN", "t")
    out = subprocess.run([sys.executable, "-c", BLOCK_PSYCOPG, *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and out.stdout == ""
    assert "driver for postgresql+psycopg is not installed" in out.stderr and "pip install -e ." in out.stderr
    assert "Traceback" not in out.stderr


def test_the_base_install_brings_the_driver():
    import tomllib
    from pathlib import Path
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"]
    assert any(d.startswith("psycopg[binary]") for d in project["dependencies"])
