"""The `yibao` command. Every subcommand is a thin adapter over `bot.engine` and friends.

A user's mistake (a missing file, a bad setting, a wrong argument) is one line on stderr and exit
status 2, never a traceback. Building the parser imports nothing heavy: the review commands'
own parser is built only when `yibao review …` runs."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import timedelta
from pathlib import Path

from bot import texts
from bot.errors import SetupError
from bot.reply import Message, Reply
from bot.session import Session
import regions


def _engine():
    # imported late: `yibao --help` should not pay for loading the corpus
    from bot.engine import default_engine
    return default_engine()


class UsageError(Exception):
    """A mistake the user can fix: `main` prints it as one line and exits with status 2."""


def _settings():
    from pydantic import ValidationError

    from bot.settings import ConfigFileError, Settings, describe_invalid
    try:
        return Settings()
    except ConfigFileError as exc:
        raise UsageError(exc.describe(flag="--config" if _config_from_flag else None)) from None
    except ValidationError as exc:
        raise UsageError(describe_invalid(exc)) from None


_config_from_flag = False      # whether YIBAO_CONFIG came from `--config` (the message names what was used)


def _store(settings):
    """The database every question is logged to; None (with a note on stderr) when it cannot be opened,
    so a read-only home still gets answers."""
    from bot.storage import Store
    try:
        return Store.from_settings(settings)
    except SetupError:
        raise    # a configured server database that cannot be used is an error, not a reason to stop logging
    except Exception as exc:
        print(f"yibao: not logging, the database cannot be opened: {exc}", file=sys.stderr)
        return None


def _answer(store, engine, *, channel: str, chat_id: str, text: str, region: str | None,
            session: Session | None = None, user_id: str | None = None,
            form_expiry: timedelta = timedelta(minutes=10)) -> Reply:
    """Through `bot.service.handle` (logged) when there is a store, else straight to the engine.
    `session=None` with a store: the store keeps the conversation."""
    from bot.service import converse, handle
    if store is None:
        return converse(engine, Message(text=text, channel=channel, chat_id=chat_id, region=region),
                        session if session is not None else Session(), form_expiry)
    # log_failure_ok: what is printed is the delivery; a log that cannot be written is said on stderr
    return handle(store, engine, channel=channel, chat_id=chat_id, user_id=user_id or _user(), text=text,
                  chat_region=region, session=session, form_expiry=form_expiry, log_failure_ok=True).reply


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
    from bot.edge import json_safe
    # strict JSON whatever came in: an id of 1e400 or with a lone surrogate is echoed readable
    sys.stdout.write(json.dumps(json_safe(obj), ensure_ascii=False, allow_nan=False) + "\n")
    sys.stdout.flush()


def cmd_ask(args: argparse.Namespace) -> int:
    engine = _engine()
    settings = _settings()
    if args.jsonl:
        return _ask_jsonl(engine, _store(settings), settings.form_expiry)
    from bot.edge import valid_text
    from bot.storage.peek import holds_staff_knowledge
    text = valid_text(" ".join(args.question))   # argv may carry undecodable bytes as surrogates
    if holds_staff_knowledge(settings.database_url) is False:
        # nothing staff taught to load first: the answer is printed, then the database opened to log it
        from bot.service import answer_first
        reply, log_it = answer_first(engine, channel="cli", chat_id="ask", text=text, chat_region=args.region,
                                     session=Session(), form_expiry=settings.form_expiry)
        _print_reply(reply, args.json)
        store = _store(settings)
        if store is not None:
            log_it(store, _user())
        return 0
    reply = _answer(_store(settings), engine, channel="cli", chat_id="ask", text=text, region=args.region,
                    session=Session(), form_expiry=settings.form_expiry)
    _print_reply(reply, args.json)
    return 0


def _print_reply(reply: Reply, as_json: bool) -> None:
    if as_json:
        _print_json(reply_json(reply))
    else:
        print(reply.text, flush=True)


def _ask_jsonl(engine, store, form_expiry: timedelta) -> int:
    # sessions live for this run only: a batch must never resume a form from an earlier run
    sessions: dict[str, Session] = {}
    # bytes in, decoded per line: one line of invalid UTF-8 must not end the batch
    for lineno, raw in enumerate(getattr(sys.stdin, "buffer", sys.stdin), 1):
        line = (raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw).strip()
        if not line:
            continue
        rid = None
        try:
            item = _batch_object(line)
            rid = item.get("id")
            text, sid, region = _batch_fields(item)
            session = sessions.setdefault(sid, Session(key=sid)) if sid else Session()
            reply = _answer(store, engine, channel="batch", chat_id=sid or "batch", text=text, region=region,
                            session=session, user_id="batch", form_expiry=form_expiry)
        except Exception as exc:   # a bad line (or a bug on it) gets an error reply; the batch goes on
            print(f"line {lineno}: {exc}", file=sys.stderr)
            reply = Reply(kind="unanswered", text=texts.BAD_LINE)
        _print_json(reply_json(reply, rid))
    return 0


def _batch_object(line: str) -> dict:
    from bot.edge import loads
    try:
        item = loads(line)
    except ValueError as exc:
        raise ValueError(f"not a JSON object ({exc})") from None
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    return item


def _batch_fields(item: dict) -> tuple[str, str | None, str | None]:
    """(text, session key, region) of one input object; ValueError says what is wrong with it."""
    from bot.edge import valid_text
    text = item.get("text")
    if text is not None and not isinstance(text, (str, int, float)):
        raise ValueError("text is not a string")
    sid = item.get("session")
    if sid in (None, "", False):
        sid = None
    elif not isinstance(sid, str):   # any JSON value names a conversation: its canonical text
        sid = json.dumps(sid, sort_keys=True, ensure_ascii=False)
    region = item.get("region")
    region = regions.resolve(region) if isinstance(region, str) else None     # 恩阳区 → 巴中
    return valid_text(text), valid_text(sid) if sid else None, region


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.channels.terminal import run
    settings = _settings()
    return run(_engine(), _store(settings), region=args.region, user=_user(), form_expiry=settings.form_expiry,
               answer=_answer)


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.measure.evaluate import QuestionSetError, run_calibrate, run_eval
    for name in args.files:
        if not Path(name).is_file():
            raise UsageError(f"eval: {name}: no such file")
    try:
        if args.robustness:
            from bot.measure.robustness import run_robustness
            return run_robustness(args.files, as_json=args.json, show_fail=args.show_fail)
        if args.calibrate:
            return run_calibrate(args.files, show_fail=args.show_fail)
        return run_eval(args.files, show_fail=args.show_fail, as_json=args.json)
    except QuestionSetError as exc:
        raise UsageError(f"eval: {exc}") from None


def cmd_bench(args: argparse.Namespace) -> int:
    from bot.measure.benchmark import run_benchmark
    return run_benchmark(scales=args.scale, questions=args.questions, startup_runs=args.startup_runs)


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
                 telegram=telegram, processes=args.processes)


def cmd_bench_bridge(args: argparse.Namespace) -> int:
    from bot.measure.bench_bridge import run
    if args.append and not Path(args.append).resolve().parent.is_dir():
        raise UsageError(f"bench-bridge --append {args.append}: no such folder")
    return run(requests=args.requests, concurrency=args.concurrency, processes=args.processes,
               databases=args.database, output=args.append)


def cmd_soak(args: argparse.Namespace) -> int:
    from bot.measure.soak import run
    return run(args.database, messages=args.messages, kills=args.kills, seconds=args.seconds,
               processes=args.processes, rate=args.rate)


def cmd_review(args: argparse.Namespace) -> int:
    from bot.review import cli as review_cli
    rargs = review_cli.build_parser("yibao review").parse_args(args.rest)
    try:
        return review_cli.run(rargs, settings=_settings(), engine=_engine, actor=rargs.actor or f"cli:{_user()}")
    except review_cli.ReviewUsageError as exc:
        raise UsageError(str(exc)) from None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("yibao-bot")
    except PackageNotFoundError:      # run from a checkout that was never installed
        return "unknown"


class _VersionAction(argparse.Action):
    """`--version`, looked up only when asked for."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit", default=argparse.SUPPRESS)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"yibao {_version()}")
        parser.exit()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _region_arg(text: str) -> str:
    region = regions.resolve(text)
    if region is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a covered region ({' / '.join(regions.covered())})")
    return region


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="yibao",
                                description="医保问答机器人: answers 医保 questions from the local handbooks")
    p.add_argument("--config", metavar="FILE", help="a TOML or YAML settings file (same as YIBAO_CONFIG)")
    p.add_argument("--version", action=_VersionAction)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question, or a batch of JSON lines from stdin")
    ask.add_argument("question", nargs="*", help="the question (several words are joined with spaces)")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    mode.add_argument("--jsonl", action="store_true", help="read JSON lines on stdin, write one reply per line")
    ask.add_argument("--region", type=_region_arg, help="the default region (" + " / ".join(regions.covered()) + ")")
    ask.set_defaults(func=cmd_ask, parser=ask)

    chat = sub.add_parser("chat", help="a conversation in the terminal")
    chat.add_argument("--region", type=_region_arg,
                      help="the default region (" + " / ".join(regions.covered()) + "; also /region in the chat)")
    chat.set_defaults(func=cmd_chat)

    ev = sub.add_parser("eval", help="score question sets (default: the repo's dev sets, eval/dev/*.jsonl)")
    ev.add_argument("files", nargs="*", metavar="FILE", help="question sets (.jsonl); default: eval/dev/*.jsonl")
    ev.add_argument("--show-fail", action="store_true",
                    help="print every failed item first (with --calibrate: every wrong answer stated, most confident first)")
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ev.add_argument("--robustness", action="store_true",
                    help="how often the answer stays the same entry under meaning-preserving rewritings")
    ev.add_argument("--calibrate", action="store_true",
                    help="answers and precision per confidence threshold (how the engine's bands were chosen)")
    ev.set_defaults(func=cmd_eval)

    bench = sub.add_parser("bench", help="start-up, latency, throughput and memory at corpus ×1/×10/×100")
    bench.add_argument("--scale", type=_positive, nargs="*", default=[1, 10, 100],
                       help="corpus sizes to measure, as multiples of the real corpus (default: 1 10 100)")
    bench.add_argument("--questions", type=_positive, default=300, help="questions answered per scale (default: 300)")
    bench.add_argument("--startup-runs", type=_positive, default=7,
                       help="start-up races against the naive peer (median taken)")
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
    br.add_argument("--processes", type=int, default=1,
                    help="server processes sharing the port (use a PostgreSQL database; default 1)")
    br.set_defaults(func=cmd_bridge)

    bb = sub.add_parser("bench-bridge", help="answers per second and p99 latency through the bridge on loopback")
    bb.add_argument("--requests", type=_positive, default=500, help="messages to send (at most 5000)")
    bb.add_argument("--concurrency", type=_positive, default=16, help="clients sending at once")
    bb.add_argument("--processes", type=_positive, nargs="*", default=[1], help="bridge server processes, e.g. 1 2 4")
    bb.add_argument("--database", nargs="*", choices=["sqlite", "postgres"], default=["sqlite"],
                    help="throw-away databases to measure on (postgres needs its server binaries)")
    bb.add_argument("--append", metavar="FILE", help="append the figures as a Markdown section to FILE")
    bb.set_defaults(func=cmd_bench_bridge)
    soak = sub.add_parser("soak", help="messages through the bridge, the Telegram webhook and long polling under "
                                       "kill -9; counts lost and doubled")
    soak.add_argument("--messages", type=_positive, default=300, help="messages per channel (at most 2000)")
    soak.add_argument("--kills", type=int, default=8, help="kill -9 and restarts (at most 50)")
    soak.add_argument("--seconds", type=float, default=300, help="time bound of each run (at most 1800)")
    soak.add_argument("--processes", type=_positive, default=1, help="server processes")
    soak.add_argument("--rate", type=float, default=20, help="new messages a second, both channels together")
    soak.add_argument("--database", nargs="*", choices=["sqlite", "postgres"], default=["sqlite"],
                      help="throw-away databases to soak on (postgres needs its server binaries)")
    soak.set_defaults(func=cmd_soak)

    # its own parser (bot.review.cli) is built when it runs: `yibao --help` stays light
    rv = sub.add_parser("review", help="the staff review page and queue: serve, list, answer, import, export …",
                        add_help=False, prefix_chars="\0")
    rv.add_argument("rest", nargs=argparse.REMAINDER, help="`yibao review --help` lists them")
    rv.set_defaults(func=cmd_review)
    return p


def main(argv: list[str] | None = None) -> int:
    global _config_from_flag
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.config:
        os.environ["YIBAO_CONFIG"] = args.config
        _config_from_flag = True
    if args.command == "ask" and not args.jsonl and not args.question:
        args.parser.error("give a question, or --jsonl to read them from stdin")
    try:
        return args.func(args) or 0
    except UsageError as exc:
        print(f"yibao: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except SetupError as exc:
        print(f"yibao: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
