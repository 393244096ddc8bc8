"""The seam every part codes against: a channel turns its input into `Message`,
`bot.engine.answer()` returns a `Reply`, the channel renders it."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from calculators.result import Calculation

ReplyKind = Literal["faq", "calculation", "clarify", "unanswered"]


class Source(BaseModel):
    handbook: str                  # the handbook's title, e.g. 巴中市《医保政策宣传手册》
    section: str                   # chapter / numbered question, e.g. 第三章 三问
    entry_id: str | None = None    # the curated entry that answered
    score: float | None = None     # retrieval confidence, 0..1

    def line(self) -> str:
        return f"来源：{self.handbook}{self.section}"


class Unanswered(BaseModel):
    """One question of a message of several that the bot could not answer: logged, and queued for
    staff, on its own — as a message of that question alone would be."""
    question: str
    text: str                                  # what the reply said for it
    region: str | None = None
    confidence: float | None = None
    to_staff: bool = True
    refusal: Literal["out_of_scope", "uncovered_place"] | None = None


class Reply(BaseModel):
    kind: ReplyKind
    text: str                                  # plain text, Chinese, what a person reads
    region: str | None = None
    sources: list[Source] = Field(default_factory=list)
    calculation: Calculation | None = None
    missing_slots: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    # the entry behind each suggestion of a question back, so that the choice is answered as that entry
    choice_ids: list[str] = Field(default_factory=list, exclude=True)
    confidence: float | None = Field(default=None, exclude=True)   # logged, not part of the batch contract
    # False when staff marked questions like this out of scope: answered "no", not queued again
    to_staff: bool = Field(default=True, exclude=True)
    # Why the bot declined, when it did on purpose: a topic outside 医保, or a place the handbooks do
    # not cover. Such refusals are counted apart from the questions the handbooks could not answer.
    refusal: Literal["out_of_scope", "uncovered_place"] | None = Field(default=None, exclude=True)
    # a reply to several questions: those among them it could not answer, each for the log and the queue
    unanswered: list[Unanswered] = Field(default_factory=list, exclude=True)


class Message(BaseModel):
    text: str
    channel: str = "cli"          # cli, telegram, wechat, batch …
    chat_id: str = "local"
    user_id: str = "local"
    is_group: bool = False
    region: str | None = None     # the chat's default region, when it has one
