"""WeChatFerry adapter: wcfhttp (`wcfhttp --cb URL`) posts every WeChat message to
`POST /wcf/callback?token=…`; it becomes a bridge message, and the reply goes back through
wcfhttp's `POST /text` ({"msg", "receiver", "aters"}).

wcfhttp cannot add headers to its callback, so the shared token rides in the query string
(the log formatter scrubs it). The callback is answered once the message is answered, logged and
its reply queued, in one transaction (a few milliseconds); the reply itself goes out afterwards
through the outbox, since wcfhttp forwards messages one at a time and sending takes a round trip
to it — and a reply not yet sent when the server dies is sent after the restart."""
from __future__ import annotations

import logging
from typing import Callable

import anyio
import httpx
from fastapi import APIRouter, Request
from pydantic import BaseModel, ValidationError

from bot.channels.bridge import (Bridge, BridgeIn, error, read_message, render_parts, token_ok,
                                 validation_message)
from bot.settings import Settings
from bot.storage import Outgoing

log = logging.getLogger(__name__)

BRIDGE_NAME = "wechat"
TEXT_MESSAGE = 1      # WeChat's message type for plain text


class WcfMessage(BaseModel):
    """The fields of wcfhttp's callback that matter here (it sends more: sign, xml, thumb, extra)."""
    id: int | str
    ts: float | None = None
    type: int = TEXT_MESSAGE
    sender: str
    roomid: str = ""
    content: str = ""
    is_at: bool = False
    is_self: bool = False
    is_group: bool = False

    def to_bridge(self, sender_name: str | None = None) -> BridgeIn:
        return BridgeIn(bridge=BRIDGE_NAME, message_id=str(self.id),
                        chat_id=self.roomid if self.is_group and self.roomid else self.sender,
                        is_group=self.is_group, sender_id=self.sender, sender_name=sender_name,
                        text=self.content, mentioned=self.is_at, is_self=self.is_self, ts=self.ts)


class WcfClient:
    """The few wcfhttp endpoints the bot uses."""

    def __init__(self, base_url: str, client: httpx.AsyncClient | None = None):
        self.base_url = base_url.rstrip("/")
        self._client = client or httpx.AsyncClient(timeout=10.0)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def send_text(self, receiver: str, text: str, aters: str | None = None) -> None:
        rsp = await self._client.post(f"{self.base_url}/text", json={"msg": text, "receiver": receiver,
                                                                     "aters": aters or ""})
        rsp.raise_for_status()
        status = rsp.json().get("status")
        if status not in (0, None):
            raise RuntimeError(f"wcfhttp /text status {status}")

    async def alias_in_chatroom(self, wxid: str, roomid: str) -> str | None:
        """The sender's name in the group, for the visible "@name" (best effort)."""
        try:
            rsp = await self._client.get(f"{self.base_url}/alias-in-chatroom/", params={"wxid": wxid, "roomid": roomid})
            return (rsp.json().get("data") or {}).get("alias") or None
        except (httpx.HTTPError, ValueError):
            return None

    async def send_parts(self, receiver: str, parts: list[dict]) -> None:
        for part in parts:
            await self.send_text(receiver, part["text"], part["at"])

    async def deliver(self, item: Outgoing) -> None:
        """An outbox message (e.g. "your question was answered"), @-ing the asker in a group."""
        name = await self.alias_in_chatroom(item.at_user, item.chat_id) if item.at_user else None
        await self.send_parts(item.chat_id, render_parts(item.text, at=item.at_user, at_name=name or item.at_user))


def router(bridge: Bridge, settings: Settings, limiter: anyio.CapacityLimiter | None,
           wake_outbox: Callable[[], None]) -> APIRouter:
    """`wake_outbox` tells the server's outbox loop that a reply is waiting (it sends through
    `WcfClient.deliver`)."""
    r = APIRouter()

    @r.post("/wcf/callback")
    async def callback(request: Request, token: str = ""):
        if not token_ok(token, settings):
            return error(401, "missing or wrong token")
        msg, problem = await read_message(request, settings, WcfMessage)
        if problem is not None:
            return problem
        if msg.type == TEXT_MESSAGE and not msg.is_self:
            try:
                m = msg.to_bridge()
            except ValidationError as exc:
                return error(400, f"invalid message: {validation_message(exc)}")
            # answered, logged and its reply queued in one transaction before wcfhttp hears back;
            # the reply then goes out through the outbox (again after a restart, if need be)
            out = await bridge.aprocess(m, limiter, send_later=True)
            if out.text:
                wake_outbox()
        return {"status": 0}

    return r
