"""The `yibao` command. Every subcommand is a thin adapter over `bot.engine` and friends."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import timedelta

from bot.reply import Message, Reply
from bot.session import Session
import regions


def _engine():
    # imported late: `yibao --help` should not pay for loading the corpus
    from bot.engine import default_engine
    return default_engine()


def _settings():
    from bot.settings import Settings
    return Settings()


def _store(settings):
    """The database every question is logged to; None (with a note on stderr) when it cannot be opened,
    so a read-only home still gets answers."""
    from bot.storage import Store
    try:
        return Store.from_settings(settings)
    except Exception as exc:
        print(f"yibao: not logging, the database cannot be opened: {exc}", file=sys.stderr)
        return None


def _answer(store, engine, *, channel: str, chat_id: str, text: str, region: str | None,
            session: Session | None = None, user_id: str | None = None,
            form_expiry: timedelta = timedelta(minutes=10)) -> Reply:
    """Through `bot.service.handle` (logged) when there is a store, else straight to the engine.
    `session=None` with a store: the store keeps the conversation."""
    if store is None:
        return engine.answer(Message(text=text, channel=channel, chat_id=chat_id, region=region),
                             session if session is not None else Session())
    from bot.service import handle
    return handle(store, engine, channel=channel, chat_id=chat_id, user_id=user_id or _user(), text=text,
                  chat_region=region, session=session, form_expiry=form_expiry).reply


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:   # no user name in some containers
        return str(os.getuid()) if hasattr(os, "getuid") else "local"


def reply_json(reply: Reply, rid: object = None) -> dict:
    """One line of the batch contract (DESIGN.md), fields in the documented order."""
    data = reply.model_dump(mode="json")
    return {"id": rid, "kind": data["kind"], "text": data["text"], "region": data["region"],
            "sources": data["sources"], "calculation": data["calculation"],
            "missing_slots": data["missing_slots"], "suggestions": data["suggestions"]}


def _print_json(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def cmd_ask(args: argparse.Namespace) -> int:
    engine = _engine()
    store = _store(_settings())
    if args.jsonl:
        return _ask_jsonl(engine, store)
    text = " ".join(args.question)
    reply = _answer(store, engine, channel="cli", chat_id="ask", text=text, region=args.region, session=Session())
    if args.json:
        _print_json(reply_json(reply))
    else:
        print(reply.text)
    return 0


def _ask_jsonl(engine, store) -> int:
    # sessions live for this run only: a batch must never resume a form from an earlier run
    sessions: dict[str, Session] = {}
    for lineno, line in enumerate(sys.stdin, 1):
        line = line.strip()
        if not line:
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            print(f"line {lineno}: not a JSON object ({exc})", file=sys.stderr)
            _print_json(reply_json(Reply(kind="unanswered", text="无法解析的输入行")))
            continue
        sid = item.get("session")
        session = sessions.setdefault(sid, Session(key=str(sid))) if sid else Session()
        region = item.get("region") if item.get("region") in regions.covered() else None
        reply = _answer(store, engine, channel="batch", chat_id=str(sid or "batch"),
                        text=str(item.get("text") or ""), region=region, session=session, user_id="batch")
        _print_json(reply_json(reply, item.get("id")))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.channels.terminal import run
    settings = _settings()
    return run(_engine(), _store(settings), region=args.region, user=_user(), form_expiry=settings.form_expiry,
               answer=_answer)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.robustness:
        from bot.measure.robustness import run_robustness
        return run_robustness(args.files, as_json=args.json)
    if args.calibrate:
        from bot.measure.evaluate import run_calibrate
        return run_calibrate(args.files)
    from bot.measure.evaluate import run_eval
    return run_eval(args.files, show_fail=args.show_fail, as_json=args.json)


def cmd_bench(args: argparse.Namespace) -> int:
    from bot.measure.benchmark import run_benchmark
    return run_benchmark(scales=args.scale, questions=args.questions)


def cmd_telegram(args: argparse.Namespace) -> int:
    from bot.logs import configure_logging
    settings = _settings()
    configure_logging(settings)
    if args.webhook:
        if settings.telegram_bot_token is None:
            print("yibao telegram: no bot token (TELEGRAM_BOT_TOKEN)", file=sys.stderr)
            return 2
        if args.webhook is not True:
            settings = settings.model_copy(update={"telegram_webhook_url": args.webhook})
        if not settings.telegram_webhook_url:
            print("yibao telegram --webhook: give the public URL, or set YIBAO_TELEGRAM_WEBHOOK_URL", file=sys.stderr)
            return 2
        from bot.channels.server import serve
        return serve(settings, host=args.host or settings.bridge_host, port=args.port or settings.bridge_port,
                     telegram=True, bridge=bool(settings.bridge_token))
    from bot.channels.telegram import run_polling
    return run_polling(settings)


def cmd_bridge(args: argparse.Namespace) -> int:
    from bot.logs import configure_logging
    from bot.channels.server import serve
    settings = _settings()
    configure_logging(settings)
    # the Telegram webhook joins this server when it is configured: one process for both
    telegram = bool(settings.telegram_bot_token and settings.telegram_webhook_url)
    return serve(settings, host=args.host or settings.bridge_host, port=args.port or settings.bridge_port,
                 telegram=telegram)


def cmd_bench_bridge(args: argparse.Namespace) -> int:
    from bot.measure.bench_bridge import run
    return run(requests=args.requests, concurrency=args.concurrency, output=args.append)


def cmd_review(args: argparse.Namespace) -> int:
    from bot.review import cli as review_cli
    return review_cli.run(args, settings=_settings(), engine=_engine, actor=args.actor or f"cli:{_user()}")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="yibao", description="医保问答机器人")
    p.add_argument("--config", metavar="FILE", help="a TOML or YAML settings file (same as YIBAO_CONFIG)")
    sub = p.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer one question, or a batch of JSON lines from stdin")
    ask.add_argument("question", nargs="*", help="the question")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    mode.add_argument("--jsonl", action="store_true", help="read JSON lines on stdin, write one reply per line")
    ask.add_argument("--region", choices=regions.covered(), help="the default region")
    ask.set_defaults(func=cmd_ask)

    chat = sub.add_parser("chat", help="a conversation in the terminal")
    chat.add_argument("--region", choices=regions.covered())
    chat.set_defaults(func=cmd_chat)

    ev = sub.add_parser("eval", help="score question sets (default: the repo's dev sets, eval/dev/*.jsonl)")
    ev.add_argument("files", nargs="*")
    ev.add_argument("--show-fail", action="store_true")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--robustness", action="store_true",
                    help="how often the answer stays the same entry under meaning-preserving rewritings")
    ev.add_argument("--calibrate", action="store_true",
                    help="answers and precision per confidence threshold (how the engine's bands were chosen)")
    ev.set_defaults(func=cmd_eval)

    bench = sub.add_parser("bench", help="start-up, latency, throughput and memory at corpus ×1/×10/×100")
    bench.add_argument("--scale", type=int, nargs="*", default=[1, 10, 100])
    bench.add_argument("--questions", type=int, default=300)
    bench.set_defaults(func=cmd_bench)

    tg = sub.add_parser("telegram", help="run the Telegram bot (long polling; --webhook to serve a webhook)")
    tg.add_argument("--webhook", nargs="?", const=True, metavar="URL",
                    help="webhook mode: the public HTTPS URL (default: telegram_webhook_url from the settings)")
    tg.add_argument("--host", help="webhook mode: address to listen on")
    tg.add_argument("--port", type=int, help="webhook mode: port to listen on")
    tg.set_defaults(func=cmd_telegram)

    br = sub.add_parser("bridge", help="serve the WeChat bridge over HTTP (and the Telegram webhook when configured)")
    br.add_argument("--host", help="address to listen on (default: bridge_host, 127.0.0.1)")
    br.add_argument("--port", type=int, help="port to listen on (default: bridge_port, 8765)")
    br.set_defaults(func=cmd_bridge)

    bb = sub.add_parser("bench-bridge", help="answers per second and p99 latency through the bridge on loopback")
    bb.add_argument("--requests", type=int, default=500, help="messages to send (at most 5000)")
    bb.add_argument("--concurrency", type=int, default=20, help="clients sending at once")
    bb.add_argument("--append", metavar="FILE", help="append the figures as a Markdown section to FILE")
    bb.set_defaults(func=cmd_bench_bridge)
    from bot.review.cli import add_parser as add_review_parser
    add_review_parser(sub, cmd_review)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.config:
        os.environ["YIBAO_CONFIG"] = args.config
    if args.command == "ask" and not args.jsonl and not args.question:
        parser.error("ask needs a question, or --jsonl to read them from stdin")
    try:
        return args.func(args) or 0
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
