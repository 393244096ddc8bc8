"""Knowledge in and out in bulk (CSV and XLSX, dry run, apply, audit) and 命中测试, through the
review page's HTTP app and the `yibao review` command."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import openpyxl
import pytest
from fastapi.testclient import TestClient

from bot import knowledge
from bot.review.app import create_review_app
from bot.review.export import ENTRY_COLUMNS, VARIANT_COLUMNS
from bot.settings import Settings
from bot.storage.models import AuditEvent, Question, QueueItem, StaffEntry, StaffVariant

PASSWORD = "correct horse"
NEW_Q = "医保电子凭证怎么给家人绑定"
NEW_A = "在国家医保服务平台App的“亲情账户”里添加家人，验证身份后即可使用其医保电子凭证。"


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.fixture
def staff(store, staff_engine, db_url):
    app = create_review_app(Settings(database_url=db_url, review_password=PASSWORD), store, staff_engine)
    with TestClient(app, follow_redirects=False) as c:
        page = c.get("/review/login")
        c.post("/review/login", data={"name": "王芳", "password": PASSWORD, "csrf": csrf_of(page.text)})
        yield c


def csrf(client) -> str:
    return csrf_of(client.get("/review/knowledge").text)


def upload(client, name: str, content: bytes):
    return client.post("/review/knowledge/import", data={"csrf": csrf(client)},
                       files={"file": (name, content, "application/octet-stream")})


def apply_preview(client, preview_html: str):
    token = re.search(r'/knowledge/import/([\w-]+)/apply', preview_html).group(1)
    fingerprint = re.search(r'name="fingerprint" value="([^"]+)"', preview_html).group(1)
    return client.post(f"/review/knowledge/import/{token}/apply", data={"csrf": csrf(client), "fingerprint": fingerprint})


def xlsx_rows(content: bytes) -> list[list[str]]:
    ws = openpyxl.load_workbook(io.BytesIO(content)).active
    return [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]


def xlsx(rows: list[list[str]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], encoding="utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def staff_rows(store):
    with store.transaction() as db:
        return db.query(StaffEntry).order_by(StaffEntry.id).all()


# -- export ----------------------------------------------------------------------------------------

def test_every_entry_exports_as_a_workbook_and_as_csv(staff, staff_engine):
    book = staff.get("/review/export/entries.xlsx")
    assert book.status_code == 200 and book.content[:2] == b"PK"
    assert 'filename="yibao-entries.xlsx"' in book.headers["content-disposition"]
    rows = xlsx_rows(book.content)
    assert rows[0] == ENTRY_COLUMNS and len(rows) - 1 == len(staff_engine.index.entries)
    bz = next(r for r in rows if r[0] == "bz-3-03-a")
    assert bz[1] == "手册" and bz[2] == "巴中" and "\n" in bz[4]          # phrasings one per line
    text = staff.get("/review/export/entries.csv").content
    assert text.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))[1:] == rows[1:]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_unchanged_export_imports_as_no_change(staff, fmt):
    exported = staff.get(f"/review/export/entries.{fmt}").content
    preview = upload(staff, f"entries.{fmt}", exported)
    assert preview.status_code == 200, preview.text
    assert "没有需要修改的内容" in preview.text and "/apply" not in preview.text


def test_formula_like_text_stays_text_both_ways(staff, store, staff_engine):
    sneaky = "=HYPERLINK(\"http://evil.example\",\"点我\")"
    preview = upload(staff, "new.csv", csv_bytes([ENTRY_COLUMNS, ["", "工作人员答复", "巴中", "公式测试", "", sneaky, ""]]))
    assert apply_preview(staff, preview.text).status_code == 303
    assert staff_rows(store)[0].answer == sneaky
    assert b"'=HYPERLINK" in staff.get("/review/export/staff.csv").content
    [_, row] = xlsx_rows(staff.get("/review/export/staff.xlsx").content)
    assert row[5] == sneaky
    ws = openpyxl.load_workbook(io.BytesIO(staff.get("/review/export/staff.xlsx").content)).active
    assert ws["F2"].data_type == "s"                           # text, not a formula
    for fmt in ("csv", "xlsx"):                                # and back in: no change
        assert "没有需要修改的内容" in upload(staff, f"s.{fmt}", staff.get(f"/review/export/staff.{fmt}").content).text


# -- import: dry run, then apply --------------------------------------------------------------------

def test_dry_run_then_apply_then_every_process_knows_it(staff, store, staff_engine, db_url):
    rows = xlsx_rows(staff.get("/review/export/entries.xlsx").content)
    bz = next(r for r in rows if r[0] == "bz-3-03-a")
    bz[4] += "\n居民医保啥时候交钱"                                     # a new phrasing for a handbook entry
    new = ["", "工作人员答复", "全国", NEW_Q, "亲情账户怎么添加家人", NEW_A, ""]
    before = knowledge.version(store)
    preview = upload(staff, "知识库.xlsx", xlsx([rows[0], bz, new]))
    assert preview.status_code == 200
    assert "共 <b>2</b> 处修改" in preview.text and "新建条目 1" in preview.text and "增加问法 1" in preview.text
    assert NEW_A in preview.text and "居民医保啥时候交钱" in preview.text
    assert knowledge.version(store) == before and staff_rows(store) == []       # a dry run writes nothing

    done = apply_preview(staff, preview.text)
    assert done.status_code == 303 and "done=import" in done.headers["location"]
    assert "已导入 知识库.xlsx：2 处修改" in staff.get(done.headers["location"]).text
    [entry] = staff_rows(store)
    assert (entry.question, entry.region, entry.created_by) == (NEW_Q, "全国", "王芳")
    assert "居民医保啥时候交钱" in staff_engine.index.entry("bz-3-03-a").variants
    with store.transaction() as db:
        [event] = db.query(AuditEvent).filter_by(action="import").all()
        assert event.detail["counts"] == {"new_entries": 1, "updated_entries": 0, "new_variants": 1}
    audit = staff.get("/review/audit").text
    assert "导入知识 · 文件 知识库.xlsx" in audit and "新建条目" in audit
    # another process on the same database answers with it, without a restart
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": db_url}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "医保电子凭证怎么给家里人绑定"],
                         capture_output=True, text=True, timeout=180, env=env)
    assert json.loads(out.stdout)["text"].startswith(NEW_A), out.stderr


def test_an_applied_or_discarded_import_cannot_be_applied_again(staff, store):
    preview = upload(staff, "a.csv", csv_bytes([ENTRY_COLUMNS, ["", "", "巴中", NEW_Q, "", NEW_A, ""]]))
    assert apply_preview(staff, preview.text).status_code == 303
    again = apply_preview(staff, preview.text)
    assert again.status_code == 404 and "已经应用或放弃" in again.text
    assert len(staff_rows(store)) == 1
    preview = upload(staff, "b.csv", csv_bytes([ENTRY_COLUMNS, ["", "", "长治", NEW_Q, "", NEW_A, ""]]))
    token = re.search(r'/knowledge/import/([\w-]+)/discard', preview.text).group(1)
    assert staff.post(f"/review/knowledge/import/{token}/discard", data={"csrf": csrf(staff)}).status_code == 303
    assert apply_preview(staff, preview.text).status_code == 404 and len(staff_rows(store)) == 1


def test_a_change_after_the_preview_asks_for_a_new_preview(staff, store):
    first = upload(staff, "a.csv", csv_bytes([ENTRY_COLUMNS, ["", "", "巴中", NEW_Q, "", NEW_A, ""]]))
    second = upload(staff, "b.csv", csv_bytes([ENTRY_COLUMNS, ["", "", "巴中", NEW_Q, "", NEW_A + "（更新）", ""]]))
    assert apply_preview(staff, first.text).status_code == 303
    stale = apply_preview(staff, second.text)               # previewed as "new entry"; now it would update
    assert stale.status_code == 400 and "重新预览" in stale.text
    assert staff_rows(store)[0].answer == NEW_A


def test_updates_by_id_and_by_question_and_phrasings_file(staff, store, staff_engine):
    apply_preview(staff, upload(staff, "a.csv", csv_bytes([ENTRY_COLUMNS, ["", "", "巴中", NEW_Q, "", NEW_A, ""]])).text)
    changed = csv_bytes([ENTRY_COLUMNS, ["staff-1", "工作人员答复", "巴中", NEW_Q, "家人医保码怎么用", NEW_A, ""],
                         ["", "不在范围", "全国", "商业保险怎么理赔", "", "", ""]])
    preview = upload(staff, "b.csv", changed)
    assert "修改条目" in preview.text and "原：" not in preview.text.split("其他问法")[0]
    apply_preview(staff, preview.text)
    first, rule = staff_rows(store)
    assert first.variants == ["家人医保码怎么用"] and rule.kind == "out_of_scope"
    # the same question again without an id updates it rather than adding a second entry
    again = upload(staff, "c.csv", csv_bytes([ENTRY_COLUMNS, ["", "", "巴中", NEW_Q, "", NEW_A + "以App为准。", ""]]))
    assert "修改条目" in again.text and "新建条目 0" in again.text
    # a phrasings table attaches to any entry
    phrasings = xlsx([VARIANT_COLUMNS, ["bz-3-03-a", "城乡居民医保几月交", "", ""], ["bz-3-03-a", "城乡居民医保几月交", "", ""]])
    apply_preview(staff, upload(staff, "v.xlsx", phrasings).text)
    with store.transaction() as db:
        assert [v.text for v in db.query(StaffVariant)] == ["城乡居民医保几月交"]
    assert "城乡居民医保几月交" in staff_engine.index.entry("bz-3-03-a").variants


def test_excel_csv_in_gbk_is_read(staff, store):
    rows = [["标准问题", "答案", "地区"], [NEW_Q, NEW_A, "长治"]]
    preview = upload(staff, "excel.csv", csv_bytes(rows, encoding="gb18030"))
    assert NEW_Q in preview.text and "新建条目 1" in preview.text


@pytest.mark.parametrize("row, message", [
    (["bz-3-03-a", "手册", "巴中", "巴中居民医保什么时候交费", "", "改过的答案", ""], "手册条目"),
    (["", "工作人员答复", "北京", NEW_Q, "", NEW_A, ""], "地区只能是"),
    (["", "工作人员答复", "巴中", "", "", NEW_A, ""], "问题不能为空"),
    (["", "工作人员答复", "巴中", NEW_Q, "", "", ""], "答案不能为空"),
    (["", "FAQ", "巴中", NEW_Q, "", NEW_A, ""], "类型“FAQ”不认识"),
    (["", "工作人员答复", "巴中", NEW_Q, "", "长" * 700, ""], "600 字以内"),
])
def test_a_wrong_row_is_shown_and_nothing_is_imported(staff, store, row, message):
    good = ["", "工作人员答复", "长治", "另一个问题", "", NEW_A, ""]
    preview = upload(staff, "bad.csv", csv_bytes([ENTRY_COLUMNS, good, row]))
    assert preview.status_code == 200
    assert "第 3 行" in preview.text and message in preview.text and "/apply" not in preview.text
    assert staff_rows(store) == []


@pytest.mark.parametrize("name, content, message", [
    ("x.xlsx", b"PK\x03\x04 not really a workbook", "不是有效的 Excel 工作簿"),
    ("x.csv", "名字,年龄\n张三,3\n".encode(), "不认识这个表格"),
    ("x.csv", b"", "文件是空的"),
    ("x.csv", b"\xff\xfe\x00\xd8 broken \x81", "无法识别文件的编码"),
])
def test_a_file_that_is_not_a_knowledge_table_is_refused_clearly(staff, name, content, message):
    rsp = upload(staff, name, content)
    assert rsp.status_code == 400 and message in rsp.text


def test_control_characters_are_dropped_at_the_edge(staff):
    preview = upload(staff, "x.csv", "标准问题,答案\n医保\x00卡\x1b丢了怎么办,去窗口补办\n".encode())
    assert "医保卡丢了怎么办" in preview.text and "\x00" not in preview.text


def test_duplicate_rows_are_errors(staff, store):
    row = ["", "", "巴中", NEW_Q, "", NEW_A, ""]
    preview = upload(staff, "dup.csv", csv_bytes([ENTRY_COLUMNS, row, row]))
    assert "与前面的行重复" in preview.text and staff_rows(store) == []


def test_the_command_line_dry_run_and_apply(store, staff_engine, db_url, tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": db_url}

    def yibao(*args):
        return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, timeout=240,
                              env=env, cwd=tmp_path)
    out = yibao("review", "export", "all.xlsx", "--what", "entries")
    assert out.returncode == 0, out.stderr
    assert xlsx_rows((tmp_path / "all.xlsx").read_bytes())[0] == ENTRY_COLUMNS
    (tmp_path / "new.csv").write_bytes(csv_bytes([ENTRY_COLUMNS, ["", "", "全国", NEW_Q, "", NEW_A, ""]]))
    dry = yibao("review", "import", "new.csv")
    assert dry.returncode == 0 and "新建条目" in dry.stdout and "dry run" in dry.stdout
    assert staff_rows(store) == []
    applied = yibao("review", "--as", "李强", "import", "new.csv", "--apply")
    assert applied.returncode == 0 and "imported" in applied.stdout
    assert staff_rows(store)[0].created_by == "李强"
    (tmp_path / "bad.csv").write_bytes(csv_bytes([ENTRY_COLUMNS, ["", "", "火星", NEW_Q, "", NEW_A, ""]]))
    bad = yibao("review", "import", "bad.csv", "--apply")
    assert bad.returncode == 2 and "row 2" in bad.stdout and "Traceback" not in bad.stderr
    missing = yibao("review", "import", "nosuch.xlsx")
    assert missing.returncode == 2 and "nosuch.xlsx: no such file" in missing.stderr


# -- 命中测试 -------------------------------------------------------------------------------------------

def test_hit_test_shows_understanding_ranking_and_reply_and_records_nothing(staff, store):
    page = staff.get("/review/hit-test", params={"q": "巴中居民医保什么时候交费？"})
    assert page.status_code == 200
    html = page.text
    assert "规范化文本" in html and "分词（权重）" in html and "地区" in html and "医保问题" in html
    assert "2026年城乡居民医保集中征缴期" in html                     # the reply the bot would send
    assert re.search(r'<li class="used">.*?bz-3-03-a', html, re.S)        # the entry it used, marked in the ranking
    assert html.count('<span class="score"') >= 5 and "覆盖问题词权重" in html
    with store.transaction() as db:
        assert db.query(Question).count() == 0 and db.query(QueueItem).count() == 0


def test_hit_test_says_why_it_refuses_and_what_it_extracted(staff):
    assert "拒答：不在医保政策范围" in staff.get("/review/hit-test", params={"q": "公积金怎么提取"}).text
    assert "拒答：手册未覆盖的地区" in staff.get("/review/hit-test", params={"q": "广州的医保怎么报销"}).text
    calc = staff.get("/review/hit-test", params={"q": "城乡居民在三级医院住院花了5000元，能报多少？", "region": "巴中"}).text
    assert "提取的信息" in calc and "5000" in calc and "计算" in calc


def test_hit_test_reads_the_engines_own_explanation_when_it_has_one(store, staff_engine, db_url):
    class Explaining:
        """The engine as the understanding work will leave it: with `explain(text, region)`."""

        def __init__(self, engine):
            self._engine = engine

        def __getattr__(self, name):
            return getattr(self._engine, name)

        def explain(self, text, region):
            return {"normalized": text.replace("？", ""), "region": region or "巴中", "scope": "医保",
                    "slots": {"amount": 5000, "tier": "三级"}}

    app = create_review_app(Settings(database_url=db_url, review_password=PASSWORD), store, Explaining(staff_engine))
    with TestClient(app, follow_redirects=False) as c:
        page = c.get("/review/login")
        c.post("/review/login", data={"name": "王芳", "password": PASSWORD, "csrf": csrf_of(page.text)})
        html = c.get("/review/hit-test", params={"q": "住院花了5000在三级医院能报多少？"}).text
    assert "引擎的解释" in html and "提取的信息" in html and "amount：5000" in html and "范围" in html
