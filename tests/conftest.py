import itertools
import os

import pytest

from bot.engine import Engine

_pg_databases = itertools.count(1)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The real engine over the shipped corpus (built once: segmenting the corpus takes a second)."""
    return Engine()


@pytest.fixture(autouse=True, scope="session")
def _private_data_dir(tmp_path_factory):
    """Nothing a test runs may write to the real ~/.local/share or read a developer's settings:
    the default database and the data directory point into a temporary folder."""
    import os
    data = tmp_path_factory.mktemp("xdg-data")
    saved = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "YIBAO_DATABASE_URL", "YIBAO_CONFIG",
                                            "TELEGRAM_BOT_TOKEN", "YIBAO_TELEGRAM_BOT_TOKEN", "YIBAO_BRIDGE_TOKEN")}
    for k in saved:
        os.environ.pop(k, None)
    os.environ["XDG_DATA_HOME"] = str(data)
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield data
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'yibao.sqlite3'}"


@pytest.fixture
def store(db_url):
    from bot.storage import Store
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture(scope="session")
def _staff_engine() -> Engine:
    return Engine()


@pytest.fixture
def staff_engine(_staff_engine):
    """An engine of its own for tests that teach it staff entries, so the shared `engine` stays as
    shipped; emptied of staff entries before each test."""
    from bot import knowledge
    knowledge.forget(_staff_engine)
    return _staff_engine


def postgres_missing(reason: str):
    """Skip a test that needs PostgreSQL where it is not installed — or fail it where it must be
    (YIBAO_REQUIRE_POSTGRES=1, set by CI once it has installed it), so it cannot pass unseen."""
    from bot.measure.pg import REQUIRED
    if os.environ.get(REQUIRED) == "1":
        pytest.fail(f"{REQUIRED}=1 but PostgreSQL cannot be used: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(name="postgres_missing")
def _postgres_missing():
    """`postgres_missing` for a test that starts PostgreSQL itself."""
    return postgres_missing


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL server for the whole run (or the one named by YIBAO_TEST_POSTGRES_URL);
    skipped when PostgreSQL's binaries or psycopg are missing (`postgres_missing`)."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        postgres_missing(f"psycopg is not installed ({exc})")
    if os.environ.get("YIBAO_TEST_POSTGRES_URL"):
        yield os.environ["YIBAO_TEST_POSTGRES_URL"]
        return
    from bot.measure.pg import Unavailable, throwaway_postgres
    try:
        with throwaway_postgres(durable=False) as url:
            yield url
    except Unavailable as exc:
        postgres_missing(str(exc))


@pytest.fixture
def pg_url(pg_server):
    """A database of its own on the test server, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    name = f"t{os.getpid()}_{next(_pg_databases)}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()
