"""Tests that need PostgreSQL skip where it is not installed, but fail where CI says it must be
(YIBAO_REQUIRE_POSTGRES=1, set by .ci/run once PostgreSQL is installed), so they cannot pass unseen.
`pg_server` and the soak test go through `postgres_missing` when PostgreSQL cannot be started."""
import pytest

from bot.measure.pg import REQUIRED


def test_a_missing_postgres_skips_by_default(postgres_missing, monkeypatch):
    monkeypatch.delenv(REQUIRED, raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        postgres_missing("PostgreSQL is not installed")


def test_a_missing_postgres_fails_where_it_is_required(postgres_missing, monkeypatch):
    monkeypatch.setenv(REQUIRED, "1")
    with pytest.raises(pytest.fail.Exception, match="YIBAO_REQUIRE_POSTGRES=1 but PostgreSQL cannot be used"):
        postgres_missing("PostgreSQL is not installed")


def test_ci_requires_postgres_once_it_is_installed():
    from pathlib import Path
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    install, require, test = (ci.index("apt-get install"), ci.index(f"export {REQUIRED}=1"),
                              ci.index('bash -c "$cmd"'))
    assert install < require < test
