"""The one settings object: `YIBAO_*` environment variables, then an optional config file named by
`YIBAO_CONFIG` (TOML or YAML), then the defaults below. Tests pass overrides as keyword arguments.

Secrets are `SecretStr`, so they print as `**********`; `bot.logs` also scrubs their values
from every log line."""
from __future__ import annotations

import ipaddress
import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict,
                               TomlConfigSettingsSource, YamlConfigSettingsSource)

CONFIG_ENV = "YIBAO_CONFIG"


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "yibao"


def default_database_url() -> str:
    # the directory is created when the store opens the file, not here: reading settings has no side effects
    return f"sqlite:///{data_dir() / 'yibao.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="YIBAO_", extra="ignore", populate_by_name=True)

    # storage
    database_url: str = Field(default_factory=default_database_url,
                              description="SQLAlchemy URL; a SQLite file by default, postgresql+psycopg://… to share")
    user_hash_key: SecretStr | None = Field(
        default=None, description="key for pseudonymous user ids; generated and kept in the database when unset")

    # telegram
    telegram_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("YIBAO_TELEGRAM_BOT_TOKEN", "TELEGRAM_BOT_TOKEN",
                                                    "telegram_bot_token"),
        description="bot token from @BotFather (also read from TELEGRAM_BOT_TOKEN)")
    telegram_webhook_url: str | None = Field(
        default=None, description="public HTTPS URL Telegram posts updates to (webhook mode)")
    telegram_webhook_path: str = Field(default="/telegram/webhook", description="local path of the webhook route")
    telegram_webhook_secret: SecretStr | None = Field(
        default=None, description="secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token")
    telegram_api_url: str | None = Field(
        default=None, description="Bot API base URL, for a local Bot API server (default: Telegram's)")

    # wechat bridge
    bridge_token: SecretStr | None = Field(default=None, description="shared X-Bridge-Token; the bridge refuses to start without it")
    bridge_host: str = Field(default="127.0.0.1", description="address the HTTP server listens on")
    bridge_port: int = Field(default=8765, description="port the HTTP server listens on")
    max_body_bytes: int = Field(default=1024 * 1024,
                                description="larger request bodies (bridge, Telegram webhook) get 413")
    wcf_url: str | None = Field(default=None, description="wcfhttp base URL (e.g. http://127.0.0.1:9999); enables the WeChatFerry adapter")

    # group behaviour
    group_prefixes: Annotated[list[str], NoDecode] = Field(default_factory=lambda: ["#医保", "医保助手"],
                                      description="a group message starting with one of these is a question")
    group_allowlist: Annotated[list[str], NoDecode] = Field(default_factory=list,
                                       description="bridge groups (chat_id or name) the bot answers in; empty = all")
    cooldown_seconds: float = Field(default=2.0, description="pace per user: a faster message is still answered "
                                                             "and logged; the sender is told once per burst")
    form_expiry_minutes: float = Field(default=10.0, description="a half-filled form older than this is forgotten")
    feedback_window_minutes: float = Field(default=30.0, description='how long "1"/"2" rate the last answer (bridge)')
    # the engine is CPU-bound: more threads in one process only contend for the GIL (measured in
    # README, Benchmarks); scale with more processes on a shared database instead
    workers: int = Field(default=1, description="answers computed at once by one server process (1: on its "
                                                "event loop, no threads)")
    outbox_interval_seconds: float = Field(default=10.0, description="how often pending notifications are sent")

    # review page (docs/review.md)
    review_password: SecretStr | None = Field(default=None, description="password of the staff review page")
    review_secret: SecretStr | None = Field(
        default=None, description="key that signs review-page session cookies; generated and kept in the database when unset")
    review_host: str = Field(default="127.0.0.1", description="address `yibao review serve` listens on")
    review_port: int = Field(default=8766, description="port `yibao review serve` listens on")
    review_trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="reverse proxies (addresses or networks) whose X-Forwarded-Proto and "
                                          "X-Forwarded-For the review page believes; empty = none")

    log_level: str = Field(default="INFO", description="logging level")

    @field_validator("group_prefixes", "group_allowlist", "review_trusted_proxies", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        # an environment variable may say "a,b" as well as '["a","b"]'
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                return json.loads(value)
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("review_trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for v in value:
            ipaddress.ip_network(v.strip(), strict=False)     # ValueError names the bad one
        return value

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource):
        sources = [init_settings, env_settings]
        path = os.environ.get(CONFIG_ENV)
        if path:
            import yaml            # for its error class; only a settings file needs it
            p = Path(path)
            if not p.is_file():
                raise ConfigFileError(path, "no such file")
            try:
                if p.suffix.lower() == ".toml":
                    sources.append(TomlConfigSettingsSource(settings_cls, toml_file=p))
                elif p.suffix.lower() in (".yaml", ".yml"):
                    sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=p, yaml_file_encoding="utf-8"))
                else:
                    raise ConfigFileError(path, "use a .toml or .yaml file")
            except (ValueError, OSError, yaml.YAMLError) as exc:    # TOMLDecodeError is a ValueError
                if isinstance(exc, ConfigFileError):
                    raise
                raise ConfigFileError(path, f"cannot be read: {_one_line(exc)}") from exc
        return tuple(sources)

    @property
    def form_expiry(self) -> timedelta:
        return timedelta(minutes=self.form_expiry_minutes)

    @property
    def feedback_window(self) -> timedelta:
        return timedelta(minutes=self.feedback_window_minutes)

    def secrets(self) -> list[str]:
        """Every secret value that is set, for log scrubbing."""
        out = []
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr) and value.get_secret_value():
                out.append(value.get_secret_value())
        return out


class ConfigFileError(ValueError):
    """The settings file named by YIBAO_CONFIG (or `yibao --config`) is missing or unreadable."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{CONFIG_ENV}={path}: {problem}")
        self.path, self.problem = path, problem

    def describe(self, flag: str | None = None) -> str:
        """One line naming what the user gave: the flag when it came from one, else the variable."""
        return f"{flag} {self.path}: {self.problem}" if flag else str(self)


def describe_invalid(exc: ValidationError) -> str:
    """One line for settings that do not validate, naming where each bad value came from (the
    environment variable, else the config file) and the value itself — unless it is a secret."""
    problems = []
    for error in exc.errors():
        name = str(error["loc"][0]) if error["loc"] else "?"
        field = Settings.model_fields.get(name)
        secret = field is not None and "SecretStr" in str(field.annotation)
        value = "…" if secret else error.get("input")
        env = next((e for e in _env_names(name) if e in os.environ), None)
        where = f"{env}={value}" if env else f"{name} = {value!r} in {os.environ.get(CONFIG_ENV, 'the settings')}"
        problems.append(f"{where}: {error['msg'][0].lower() + error['msg'][1:]}")
    return "bad setting " + "; ".join(problems)


def _env_names(name: str) -> list[str]:
    return ["YIBAO_" + name.upper()] + (["TELEGRAM_BOT_TOKEN"] if name == "telegram_bot_token" else [])


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def field_table() -> list[tuple[str, str, str, str]]:
    """(setting, environment variable, default, description) for every field: the docs table."""
    rows = []
    for name, field in Settings.model_fields.items():
        env = "YIBAO_" + name.upper()
        if name == "telegram_bot_token":
            env += " or TELEGRAM_BOT_TOKEN"
        if field.default_factory is not None:
            default = "~/.local/share/yibao/yibao.sqlite3" if name == "database_url" else repr(field.default_factory())
        else:
            default = repr(field.default)
        rows.append((name, env, default, field.description or ""))
    return rows
