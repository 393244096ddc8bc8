"""`yibao chat`: a conversation in the terminal. With a store, the conversation (an open form,
the region) survives leaving and coming back; without one it lives for this run."""
from __future__ import annotations

from bot import texts
from bot.edge import valid_text
from bot.session import Session
import regions

CHAT_ID = "terminal"


def run(engine, store, *, region: str | None, user: str, form_expiry, answer) -> int:
    """`answer` is the command line's own way to answer (logged through the service when there is
    a store), so that `ask` and `chat` answer alike."""
    session = None if store is not None else Session(key=CHAT_ID)
    if region is None and store is not None:
        region = store.chat_config("cli", CHAT_ID).region
    print(texts.HELP)
    print("（输入 /quit 退出）")
    while True:
        try:
            line = valid_text(input("> ")).strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line in ("/quit", "/exit", "/q"):
            return 0
        if line.startswith("/region"):
            value = line[len("/region"):].strip()
            if value in regions.covered():
                region = value
                if store is not None:
                    store.set_chat_config("cli", CHAT_ID, region=value)
                    store.set_session_region("cli", CHAT_ID, store.user_key("cli", user), value)
                else:
                    session.region = value
                print(texts.REGION_SET.format(region=value))
            else:
                print("可选地区：" + " / ".join(regions.covered()) + "，例如 /region 巴中")
            continue
        reply = answer(store, engine, channel="cli", chat_id=CHAT_ID, text=line, region=region, session=session,
                       user_id=user, form_expiry=form_expiry)
        print(reply.text)
