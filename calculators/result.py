"""What a calculator hands back: the figures, the working and the assumptions."""
from __future__ import annotations

from pydantic import BaseModel, Field


class Calculation(BaseModel):
    name: str                                   # e.g. "inpatient", "waiting_period"
    title: str = ""                             # what a person reads, e.g. "住院报销测算"
    inputs: dict[str, object] = Field(default_factory=dict)   # the slots used
    steps: list[str] = Field(default_factory=list)            # "(5000 − 700) × 60% = 2580 元"
    assumptions: list[str] = Field(default_factory=list)      # "本年首次住院" …
    result: dict[str, float | int | str] = Field(default_factory=dict)  # fund_pays, self_pays …
    headline: str = ""                          # the one-line answer, e.g. "医保统筹基金支付约 2,580 元，个人自付 2,420 元。"
    sources: list[dict[str, str]] = Field(default_factory=list)   # [{"handbook": "bazhong", "section": "第三章 十一问"}]
