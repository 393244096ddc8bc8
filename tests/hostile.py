"""Hostile input, as a careless or malicious sender writes it: lone surrogates (in every field),
control characters, emoji only, HTML, mixed scripts, 100 000 characters, numbers too large for a
float, ids of every JSON type, malformed JSON and invalid UTF-8. Deterministic (seeded)."""
from __future__ import annotations

import json
import random

SURROGATES = ["\ud800", "\udfff", "\udc80", "\ud83d", "a\ud800b", "\udbff\udfff\ud800"]
NASTY_TEXT = [
    "", " ", "\n\n", "😀", "😀😀😀🎉", "<script>alert(1)</script>巴中医保", "<b>住院</b>报销", "\x00\x01\x02",
    "\u202e反向文字", "مرحبا 医保", "Привет 医保怎么交", "\u200b\u200b\u200b", "١٢٣٤٥", "巴中" * 40,
    "住院花了五千元能报多少", "1e400", "null", "' OR 1=1 --", "%s%s%n", "\\ud800", "住院" + "\u0301" * 50,
    "我的身份证510102199003071234能查吗", "电话幺三八一二三四五六七八", "\ufeff巴中居民医保什么时候交费",
]
ODD_IDS = [1e400, -1e400, 1.5, 0, -1, 2**70, True, None, [], {}, [1, [2]], {"a": {"b": None}}, "", "\ud800",
           "x" * 1000]


def _text(rnd: random.Random) -> str:
    kind = rnd.random()
    if kind < 0.35:
        return rnd.choice(NASTY_TEXT) + rnd.choice(SURROGATES)
    if kind < 0.5:
        return "".join(rnd.choice(SURROGATES + NASTY_TEXT[:8]) for _ in range(rnd.randint(1, 6)))
    if kind < 0.52:
        return rnd.choice(["医保", "报销", "😀", "\ud800"]) * rnd.randint(20_000, 50_000)   # up to 100 000 characters
    if kind < 0.6:
        return "".join(chr(rnd.randint(1, 0x10FFFF)) for _ in range(rnd.randint(1, 40)))
    return rnd.choice(NASTY_TEXT)


def _value(rnd: random.Random) -> object:
    return rnd.choice([_text(rnd), rnd.choice(ODD_IDS), rnd.choice(SURROGATES)])


def batch_lines(n: int, seed: int = 11) -> list[bytes]:
    """Lines for `yibao ask --jsonl`: mostly objects with hostile fields, some not JSON at all."""
    rnd = random.Random(seed)
    lines = []
    for i in range(n):
        r = rnd.random()
        if r < 0.05:
            lines.append(rnd.choice([b"not json", b"{", b"[1,2]", b'"str"', b"NaN", b'{"id": Infinity}',
                                     b"\xff\xfe\x00garbage", b'{"text": "\xc3\x28"}', b"[" * 5000 + b"]" * 5000]))
            continue
        item = {"id": rnd.choice([f"h{i}", _value(rnd)]), "text": rnd.choice([_text(rnd), _text(rnd), _value(rnd)]),
                "session": rnd.choice([None, "s1", _value(rnd)]), "region": rnd.choice([None, "巴中", _value(rnd)])}
        if rnd.random() < 0.1:
            item[_text(rnd) or "k"] = _value(rnd)      # an unknown key, itself hostile
        lines.append(json.dumps(item).replace("Infinity", "1e400").encode())
    return lines


def bridge_messages(n: int, seed: int = 12) -> list[dict]:
    """Bridge messages whose every string field may hold a surrogate or worse; each a private
    question unless it says otherwise, with a unique message id."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        weird = lambda s: s + rnd.choice(SURROGATES) if rnd.random() < 0.5 else s   # noqa: E731
        out.append({"bridge": weird("wx"), "message_id": weird(f"h{i}"), "chat_id": weird(f"wxid_{i % 50}"),
                    "chat_name": rnd.choice([None, _text(rnd)[:200]]), "is_group": False,
                    "sender_id": weird(f"wxid_{i % 50}"), "sender_name": rnd.choice([None, _text(rnd)[:200]]),
                    "text": _text(rnd), "mentioned": False, "is_self": False, "ts": rnd.choice([None, 1e9, 1.5])})
    return out


def telegram_updates(n: int, seed: int = 13, first_id: int = 1) -> list[dict]:
    """Private-chat text updates with hostile text and names."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        user = {"id": 5000 + i % 40, "is_bot": False, "first_name": _text(rnd)[:64] or "x",
                "last_name": rnd.choice(SURROGATES)}
        text = _text(rnd)[:4096] or "?"
        out.append({"update_id": first_id + i, "message": {
            "message_id": 10_000 + i, "date": 1_700_000_000, "text": text, "from": user,
            "chat": {"id": user["id"], "type": "private", "first_name": user["first_name"]}}})
    return out
