"""Conversation state for one (channel, chat, user): the remembered region and any open form.

`state` is plain JSON so that storage can persist it as is."""
from __future__ import annotations

import time

from pydantic import BaseModel, Field


class Session(BaseModel):
    key: str = "local"
    region: str | None = None                   # the region this conversation settled on
    state: dict = Field(default_factory=dict)   # open form, last answer … (JSON-serialisable)
    updated_at: float = Field(default_factory=time.time)
    # seconds of silence after which an open form, the last calculation and a question waiting for
    # its region are forgotten: the `form_expiry` setting, which the service puts here (None:
    # intents.forms.FORM_TTL). Not stored: it is the deployment's, not the conversation's.
    expiry: float | None = None
