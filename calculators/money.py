"""Money and ratio arithmetic: Decimal throughout, rounded to 分 only at the end."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
FEN = Decimal("0.01")


def D(x: object) -> Decimal:
    """Decimal from int/str/Decimal; floats go through str so 0.6 stays 0.6."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return Decimal(repr(x))
    return Decimal(str(x))


def fen(x: Decimal) -> Decimal:
    return D(x).quantize(FEN, rounding=ROUND_HALF_UP)


def num(x: Decimal) -> str:
    """Plain digits for the working: 2580, 9331.20 (the scorer reads both)."""
    q = fen(x)
    return f"{q:.0f}" if q == q.to_integral_value() else f"{q:.2f}"


def yuan(x: Decimal) -> str:
    """Grouped digits for the headline: 2,580 / 9,331.20."""
    q = fen(x)
    return f"{q:,.0f}" if q == q.to_integral_value() else f"{q:,.2f}"


def wan(x: Decimal) -> str:
    """The sum in 万 as written after it: 296000 → 29.6, 360000 → 36."""
    return f"{(D(x) / 10000).normalize():f}"


def pct(r: Decimal) -> str:
    p = (D(r) * 100).normalize()
    return f"{p:f}%"


def as_float(x: Decimal) -> float:
    return float(fen(x))
