"""The Jinja2 environment of the review pages (bot/templates/): autoescaping on for everything,
so a question containing `<script>` shows as text."""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.knowledge import CHINA_TIME
from bot.review.icons import icon

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

STATUS_LABELS = {"open": "待处理", "answered": "已答复", "out_of_scope": "不在范围", "dismissed": "已忽略"}
REASON_LABELS = {"unanswered": "未能回答", "thumbs_down": "差评", "out_of_scope": "拒答：不在医保范围",
                 "uncovered_place": "拒答：手册未覆盖的地区"}
CHANNEL_LABELS = {"telegram": "Telegram", "wechat": "微信", "cli": "命令行", "batch": "评测批量"}


def china_time(value: datetime | None, fmt: str = "%m-%d %H:%M") -> str:
    return value.astimezone(CHINA_TIME).strftime(fmt) if value else ""


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["t"] = china_time
    env.filters["pct"] = lambda v: f"{round(100 * v)}%"
    env.globals.update(STATUS_LABELS=STATUS_LABELS, REASON_LABELS=REASON_LABELS, CHANNEL_LABELS=CHANNEL_LABELS,
                       icon=icon)
    return env


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)
