"""The `yibao` command as a user and as the evaluation tools run it: a real subprocess."""
import json
import os
import re
import subprocess
import sys

import pytest


def yibao(*args, stdin=None, tmp_path=None):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    if tmp_path is not None:
        env["YIBAO_DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, env=env)


def test_ask_prints_the_answer_and_its_source(tmp_path):
    out = yibao("ask", "巴中居民医保2026年什么时候交费？", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "2026" in out.stdout and "来源：巴中市《医保政策宣传手册》" in out.stdout


def test_ask_out_of_scope_is_plain_about_it(tmp_path):
    out = yibao("ask", "公积金怎么提取", tmp_path=tmp_path)
    assert out.returncode == 0
    assert "不在我的医保政策手册范围内" in out.stdout


def test_ask_json_follows_the_batch_contract(tmp_path):
    out = yibao("ask", "--json", "克拉玛依缴费业务咨询电话是多少", tmp_path=tmp_path)
    data = json.loads(out.stdout)
    assert list(data) == ["id", "kind", "text", "region", "sources", "calculation", "missing_slots", "suggestions"]
    assert data["kind"] == "faq" and "12366" in data["text"]
    assert data["sources"][0]["entry_id"]


def test_jsonl_answers_every_line_in_order_and_nothing_else(tmp_path):
    lines = [
        {"id": "a", "text": "巴中恩阳区医保窗口电话", "session": None, "region": None},
        {"id": "b", "text": "", "session": None, "region": None},
        {"id": "c", "text": "两病糖尿病一年最多报多少", "session": "s1", "region": "巴中"},
        {"id": "d", "text": "😀", "session": "s1", "region": "巴中"},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n"
    out = yibao("ask", "--jsonl", stdin=stdin, tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c", "d", None]
    assert "3369181" in rows[0]["text"]
    assert rows[1]["kind"] == "clarify"
    assert rows[2]["region"] == "巴中" and "300" in rows[2]["text"]
    assert "请用中文" in rows[3]["text"]
    assert "not a JSON object" in out.stderr


def test_jsonl_sessions_carry_a_conversation(tmp_path):
    lines = [{"id": "1", "text": "住院一万块能报多少", "session": "m", "region": None},
             {"id": "2", "text": "克拉玛依 二级医院", "session": "m", "region": None}]
    out = yibao("ask", "--jsonl", stdin="\n".join(json.dumps(x, ensure_ascii=False) for x in lines), tmp_path=tmp_path)
    first, second = [json.loads(line) for line in out.stdout.splitlines()]
    assert first["kind"] == "clarify" and first["missing_slots"]
    assert second["kind"] == "calculation" and "7350" in second["text"].replace(",", "")


def test_chat_in_the_terminal(tmp_path):
    out = yibao("chat", stdin="/region 巴中\n两病糖尿病一年最多报多少\n/help\n/quit\n", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "默认地区已设为：巴中" in out.stdout
    assert "300" in out.stdout
    assert out.stdout.count("可以这样问") >= 2


def test_ask_without_a_question_is_a_usage_error_with_asks_own_usage():
    out = yibao("ask")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("usage: yibao ask") and "give a question, or --jsonl" in out.stderr


@pytest.mark.parametrize("args, env, says", [
    (["eval", "nosuch.jsonl"], {}, "yibao: eval: nosuch.jsonl: no such file"),
    (["eval", "BAD"], {}, "line 2: not JSON"),
    (["eval", "--robustness", "nosuch.jsonl"], {}, "yibao: eval: nosuch.jsonl: no such file"),
    (["eval", "--calibrate", "BAD"], {}, "line 2: not JSON"),
    (["--config", "missing.toml", "ask", "医保"], {}, "yibao: --config missing.toml: no such file"),
    (["ask", "医保"], {"YIBAO_CONFIG": "missing.toml"}, "yibao: YIBAO_CONFIG=missing.toml: no such file"),
    (["--config", "BAD.toml", "chat"], {}, "yibao: --config BAD.toml: cannot be read"),
    (["ask", "医保"], {"YIBAO_REVIEW_PORT": "abc"}, "yibao: bad setting YIBAO_REVIEW_PORT=abc: input should be a valid integer"),
    (["review", "list"], {"YIBAO_WORKERS": "lots"}, "yibao: bad setting YIBAO_WORKERS=lots"),
    (["review", "export", "out.txt"], {}, "yibao: review export: out.txt: give the file a .csv or .xlsx name"),
    (["bench-bridge", "--append", "no/such/dir/figures.md"], {}, "no such folder"),
])
def test_user_mistakes_get_one_clear_line_and_status_2(args, env, says, tmp_path):
    (tmp_path / "BAD").write_text('{"id": "a", "q": "x", "expect": {}}\nnot json\n', encoding="utf-8")
    (tmp_path / "BAD.toml").write_text("review_port = [", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, timeout=120,
                         cwd=tmp_path, env={**os.environ, "PYTHONIOENCODING": "utf-8",
                                            "YIBAO_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}", **env})
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and says in out.stderr, out.stderr


@pytest.mark.parametrize("args", [["bench", "--scale", "0"], ["bench-bridge", "--requests", "-5"],
                                  ["review", "answer", "abc", "答案"], ["review", "list", "--status", "nope"],
                                  ["telegram", "--port", "http"], ["nosuch"]])
def test_argument_mistakes_get_the_commands_usage_and_status_2(args):
    out = yibao(*args)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("usage: yibao") and "error:" in out.stderr


def test_version():
    out = yibao("--version")
    assert out.returncode == 0 and re.fullmatch(r"yibao \d+\.\d+\.\d+\S*\n", out.stdout)


def test_every_option_has_help():
    import argparse

    from bot.cli import build_parser
    from bot.review.cli import build_parser as review_parser

    def parsers(p):
        yield p
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from parsers(sub)
    bare = [f"{p.prog} {a.dest}" for root in (build_parser(), review_parser())
            for p in parsers(root) for a in p._actions
            if not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction)) and not a.help]
    assert bare == []
    review_help = subprocess.run([sys.executable, "-m", "bot.cli", "review", "--help"], capture_output=True,
                                 text=True, timeout=60).stdout
    for action in ("serve", "list", "answer", "attach", "out-of-scope", "dismiss", "export", "import"):
        assert action in review_help


def test_the_parser_is_built_without_the_heavy_parts():
    """`yibao --help` and parsing `yibao ask …` load neither the review command, SQLAlchemy nor Alembic."""
    code = ("import sys\nfrom bot.cli import build_parser\nbuild_parser().parse_args(['ask', '医保'])\n"
            "try:\n    build_parser().parse_args(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'openpyxl', "
            "'fastapi', 'telegram', 'prompt_toolkit') or m.startswith('bot.review') or m == 'bot.engine')\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


@pytest.mark.parametrize("text", ["", "   ", "<b></b>", "🙂" * 50, "x" * 10_000])
def test_no_traceback_on_bad_input(text, tmp_path):
    out = yibao("ask", "--json", text or " ", tmp_path=tmp_path)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert json.loads(out.stdout)["kind"] in ("clarify", "unanswered")


def test_bench_reports_every_figure_beside_the_naive_peer():
    out = yibao("bench", "--scale", "1", "--questions", "20", "--startup-runs", "1")
    assert out.returncode == 0, out.stderr
    race, header, peer, row, ratios = out.stdout.splitlines()[:5]
    assert "naive peer" in race and "ratio ×" in race
    for column in ("start-up s", "p50 ms", "p99 ms", "answers/s", "peak MB"):
        assert column in header
    assert peer.split()[0] == "peer" and len(peer.split()) == 6
    assert row.split()[0] == "×1" and len(row.split()) == 7
    assert ratios.split()[0] == "vs" and all(r.startswith("×") for r in ratios.split()[2:])


def test_ask_answers_before_the_database_libraries_are_loaded(tmp_path):
    """With nothing staff taught, `yibao ask` prints its answer before SQLAlchemy or Alembic are
    imported (nor the review page's or the Telegram channel's libraries), and still logs it."""
    heavy = ("sqlalchemy", "alembic", "fastapi", "openpyxl", "rapidfuzz", "telegram", "prompt_toolkit", "sklearn")
    code = ("import sys\nfrom bot import cli\nprinted = cli._print_reply\n"
            "def spy(reply, as_json):\n"
            f"    print('LOADED', sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))\n"
            "    printed(reply, as_json)\n"
            "cli._print_reply = spy\nsys.exit(cli.main(['ask', '巴中居民医保什么时候交费']))\n")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": f"sqlite:///{tmp_path / 'y.sqlite3'}"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout and "来源：巴中市" in out.stdout
    import sqlite3
    con = sqlite3.connect(tmp_path / "y.sqlite3")
    assert con.execute("SELECT channel, text FROM questions").fetchall() == [("cli", "巴中居民医保什么时候交费")]
    con.close()


def test_calibrate_shows_the_answers_stated_wrongly_most_confident_first(tmp_path):
    """`yibao eval --calibrate --show-fail`: every wrong answer the bands would state, with its
    confidence and band, before the table; right answers are not listed."""
    items = [{"id": "right", "q": "巴中城乡居民医保2026年个人缴费标准是多少", "expect": {"kind": "faq", "all": ["400"]}},
             {"id": "wrong", "q": "巴中城乡居民医保2026年个人缴费标准是多少", "expect": {"kind": "faq", "all": ["999元"]}}]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    out = yibao("eval", "--calibrate", "--show-fail", str(path))
    assert out.returncode == 0, out.stderr
    listed = [line for line in out.stdout.splitlines() if line.startswith("WRONG")]
    assert len(listed) == 1 and "| wrong |" in listed[0] and " stated " in listed[0]
    assert out.stdout.index("WRONG") < out.stdout.index("threshold")
