"""Logging set-up: one stderr handler whose formatter scrubs every configured secret (bot token,
bridge token, passwords) from the finished line, tracebacks included."""
from __future__ import annotations

import logging
import re
import sys

REDACTED = "[redacted]"
# a Telegram bot token anywhere (URLs in library logs carry it), even one not configured here
_BOT_TOKEN = re.compile(r"\b\d{6,12}:[A-Za-z0-9_-]{30,}\b")


class RedactingFormatter(logging.Formatter):
    def __init__(self, fmt: str, secrets: list[str]):
        super().__init__(fmt)
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.secrets)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return _BOT_TOKEN.sub(REDACTED, text)


def configure_logging(settings, stream=None) -> logging.Handler:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", settings.secrets()))
    handler._yibao = True
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_yibao", False):   # ours from an earlier call; leave others' handlers alone
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    # httpx logs every request URL at INFO, and Telegram's URLs contain the token
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return handler
