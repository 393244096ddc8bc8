"""Valid text at the edge: what every channel does to its input before anything else looks at it.

JSON lets a sender write a lone UTF-16 surrogate (`"\\ud800"`), which Python keeps in a `str` and
which then fails wherever the text is encoded (a log line, a database row, stdout). Control
characters are noise in a question and trouble in a terminal. `valid_text` replaces the first and
removes the second; `json_safe` makes any decoded JSON value printable as strict JSON again."""
from __future__ import annotations

import json
import math
import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls and DEL, except tab and newline, which people do type
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def valid_text(value: object) -> str:
    """`value` as a string that encodes as UTF-8: surrogates replaced, control characters removed."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    if text.isascii():
        return _CONTROL.sub("", text) if not text.isprintable() else text
    text = _SURROGATE.sub(REPLACEMENT, text)
    return _CONTROL.sub("", text)


def loads(line: str | bytes) -> object:
    """`json.loads` for input from outside: a number too large for a float (1e400) stays the
    string it was written as instead of becoming `inf`, and NaN / Infinity (not JSON) are refused."""
    return json.loads(line, parse_float=_finite_float, parse_constant=_no_constant)


def json_safe(value: object) -> object:
    """A decoded JSON value that `json.dumps(..., allow_nan=False)` accepts and that encodes as
    UTF-8: surrogates replaced (control characters are fine: JSON escapes them), non-finite
    numbers written as strings, dict keys as strings."""
    if isinstance(value, str):
        return value if value.isascii() else _SURROGATE.sub(REPLACEMENT, value)
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, dict):
        return {json_safe(str(k)): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


def _finite_float(lexeme: str) -> float | str:
    value = float(lexeme)
    return value if math.isfinite(value) else lexeme


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")
