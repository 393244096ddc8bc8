"""Settings from the environment and a config file; secrets never printed or logged."""
import io
import logging

import pytest

from bot.logs import REDACTED, configure_logging
from bot.settings import ConfigFileError, Settings, describe_invalid


def test_defaults_put_the_database_under_the_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    s = Settings()
    assert s.database_url == f"sqlite:///{tmp_path / 'yibao' / 'yibao.sqlite3'}"
    assert not (tmp_path / "yibao").exists()          # reading settings creates nothing
    assert s.telegram_bot_token is None and s.bridge_token is None


def test_environment_variables(monkeypatch):
    monkeypatch.setenv("YIBAO_DATABASE_URL", "postgresql+psycopg://bot@db/yibao")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:telegram-token")
    monkeypatch.setenv("YIBAO_BRIDGE_PORT", "9000")
    monkeypatch.setenv("YIBAO_GROUP_PREFIXES", "#问,医保")
    monkeypatch.setenv("YIBAO_GROUP_ALLOWLIST", '["room1@chatroom"]')
    s = Settings()
    assert s.database_url == "postgresql+psycopg://bot@db/yibao"
    assert s.telegram_bot_token.get_secret_value() == "123456:telegram-token"
    assert s.bridge_port == 9000
    assert s.group_prefixes == ["#问", "医保"]
    assert s.group_allowlist == ["room1@chatroom"]


def test_prefixed_token_wins_over_the_plain_one(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "plain")
    monkeypatch.setenv("YIBAO_TELEGRAM_BOT_TOKEN", "prefixed")
    assert Settings().telegram_bot_token.get_secret_value() == "prefixed"


@pytest.mark.parametrize("name,body", [
    ("yibao.toml", 'bridge_token = "from-file"\ncooldown_seconds = 5\ngroup_prefixes = ["#医保"]\n'),
    ("yibao.yaml", 'bridge_token: from-file\ncooldown_seconds: 5\ngroup_prefixes: ["#医保"]\n'),
])
def test_config_file_toml_or_yaml(monkeypatch, tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    monkeypatch.setenv("YIBAO_CONFIG", str(path))
    s = Settings()
    assert s.bridge_token.get_secret_value() == "from-file"
    assert s.cooldown_seconds == 5 and s.group_prefixes == ["#医保"]
    monkeypatch.setenv("YIBAO_COOLDOWN_SECONDS", "1")       # the environment wins over the file
    assert Settings().cooldown_seconds == 1


def test_a_missing_config_file_is_an_error(monkeypatch, tmp_path):
    monkeypatch.setenv("YIBAO_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(ConfigFileError) as err:
        Settings()
    assert err.value.describe() == f"YIBAO_CONFIG={tmp_path / 'nope.toml'}: no such file"
    assert err.value.describe(flag="--config") == f"--config {tmp_path / 'nope.toml'}: no such file"


@pytest.mark.parametrize("name, body", [("bad.toml", "review_port = [unclosed"), ("bad.yaml", "a: [b"),
                                        ("settings.ini", "x=1")])
def test_an_unreadable_config_file_is_an_error(monkeypatch, tmp_path, name, body):
    (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.setenv("YIBAO_CONFIG", str(tmp_path / name))
    with pytest.raises(ConfigFileError):
        Settings()


def test_a_bad_value_names_the_setting_and_the_value_but_never_a_secret(monkeypatch, tmp_path):
    from pydantic import ValidationError
    monkeypatch.setenv("YIBAO_REVIEW_PORT", "abc")
    with pytest.raises(ValidationError) as err:
        Settings()
    assert describe_invalid(err.value).startswith("bad setting YIBAO_REVIEW_PORT=abc: input should be a valid integer")
    monkeypatch.delenv("YIBAO_REVIEW_PORT")
    (tmp_path / "y.toml").write_text('workers = "many"\nreview_trusted_proxies = ["not-an-address"]\n')
    monkeypatch.setenv("YIBAO_CONFIG", str(tmp_path / "y.toml"))
    with pytest.raises(ValidationError) as err:
        Settings()
    line = describe_invalid(err.value)
    assert "workers = 'many' in" in line and "y.toml" in line and "review_trusted_proxies" in line
    assert "\n" not in line


def test_secrets_are_not_printed_or_logged():
    token = "987654321:AAH-real-looking-token-abcdefghijklmnopq"
    s = Settings(telegram_bot_token=token, bridge_token="bridge-secret", review_password="pw-secret")
    assert token not in repr(s) and "bridge-secret" not in str(s)
    stream = io.StringIO()
    handler = configure_logging(s, stream)
    try:
        log = logging.getLogger("yibao.test")
        log.warning("calling https://api.telegram.org/bot%s/getMe with bridge-secret", token)
        try:
            raise RuntimeError(f"failed with pw-secret and bot{token}")
        except RuntimeError:
            log.exception("boom")
        # a token that is not configured here is scrubbed by its shape
        log.warning("other 1234567:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij")
    finally:
        logging.getLogger().removeHandler(handler)
    out = stream.getvalue()
    assert "bridge-secret" not in out and "pw-secret" not in out and token not in out
    assert "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij" not in out
    assert out.count(REDACTED) >= 5
