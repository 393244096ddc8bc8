"""The `yibao` command as a user and as the evaluation tools run it: a real subprocess."""
import json
import os
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


def test_ask_without_a_question_is_a_usage_error():
    out = yibao("ask")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


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
