"""docs/channels.md stays true: every setting, every channel command, every bridge route is in it."""
from pathlib import Path

import pytest

from bot.cli import build_parser
from bot.settings import Settings

DOC = (Path(__file__).resolve().parent.parent / "docs" / "channels.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(Settings.model_fields))
def test_every_setting_is_documented(name):
    assert f"`{name}`" in DOC and f"`YIBAO_{name.upper()}`" in DOC


@pytest.mark.parametrize("command", ["telegram", "bridge", "bench-bridge"])
def test_channel_commands_are_documented_and_exist(command):
    assert f"yibao {command}" in DOC
    build_parser().parse_args([command] + (["--webhook"] if command == "telegram" else []))


@pytest.mark.parametrize("route", ["/bridge/v1/message", "/bridge/v1/outbox", "/healthz", "/wcf/callback",
                                   "/telegram/webhook"])
def test_routes_are_documented(route):
    assert route in DOC
