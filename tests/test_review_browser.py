"""End to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright), at a
phone's width and a desktop's: staff log in to the review page served by uvicorn, answer a queued
question — and `yibao ask`, another process on the same database, then answers a paraphrase with
it —, run 命中测试, and import knowledge from a workbook through its dry run.
Skipped, with the reason, where Chromium or Playwright is not installed.

With YIBAO_SCREENSHOTS=/some/folder every page visited is kept as a PNG (docs/screenshots/ came
from there)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from bot.channels.loopback import ServerThread
from bot.review.app import create_review_app
from bot.review.export import ENTRY_COLUMNS
from bot.service import handle
from bot.settings import Settings
from bot.storage import Notify, Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "review-e2e"
ANSWER = "住院押金由就诊医院按病情预估收取，出院结算时多退少补。"
IMPORTED_Q = "医保电子凭证怎么给家人绑定"
IMPORTED_A = "在国家医保服务平台App的“亲情账户”里添加家人，验证身份后即可使用其医保电子凭证。"
SHOTS = os.environ.get("YIBAO_SCREENSHOTS")      # a folder: keep a screenshot of every page visited
SCREENS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
ASKED = ["住院押金要交多少", "住院押金要交多少？", "<script>alert(1)</script>医保报销的钱要交税吗",
         "公积金怎么提取", "广州的医保怎么报销"]


@pytest.fixture(scope="module")
def playwright():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright):
    b = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture
def review_server(db_url, staff_engine):
    store = Store(db_url)
    for n, text in enumerate(ASKED):
        handle(store, staff_engine, channel="telegram", chat_id=f"c{n}", user_id=f"u{n}", text=text,
               notify=Notify("telegram", f"c{n}", f"u{n}", "1"))
    settings = Settings(database_url=db_url, review_password=PASSWORD)
    server = ServerThread(create_review_app(settings, store, staff_engine)).start()
    yield server, store
    server.stop()
    store.close()


def signed_in(browser, server, screen: str):
    page = browser.new_page(viewport=SCREENS[screen])
    page.on("dialog", lambda d: pytest.fail(f"a script ran: {d.message}"))
    page.goto(server.url + "/review/")
    assert "/review/login" in page.url
    page.fill("#name", "王芳")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/review/")
    return page


def fits(page) -> None:
    """Nothing wider than the screen: no sideways scrolling, no column squeezed to a character."""
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), page.url


def shot(page, name: str, screen: str) -> None:
    fits(page)
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}-{screen}.png"), full_page=True)


def test_staff_answer_in_the_browser_then_the_bot_knows_it(browser, review_server, db_url):
    server, store = review_server
    page = signed_in(browser, server, "phone")
    card = page.locator("article.card", has_text="住院押金要交多少")
    assert card.locator(".badge").inner_text() == "2"
    assert "<script>" in page.locator("body").inner_text()          # shown as text, not run
    assert "公积金" not in page.locator("body").inner_text()          # refusals have their own tab
    shot(page, "queue", "phone")
    card.get_by_text("处理 →").click()
    page.fill("#answer", ANSWER)
    page.select_option("#region", "长治")
    shot(page, "group", "phone")
    page.get_by_role("button", name="发布答复").click()
    page.wait_for_url("**/review/?done=answer*")
    assert "已通知 2 位提问者" in page.locator(".notice").inner_text()

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": db_url}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "--region", "长治", "住院的时候押金需要交多少钱"],
                         capture_output=True, text=True, timeout=180, env=env)
    assert out.returncode == 0, out.stderr
    reply = json.loads(out.stdout)
    assert reply["kind"] == "faq" and reply["text"].startswith(ANSWER)
    assert reply["sources"][0]["handbook"].startswith("工作人员答复")
    assert len(store.pending_outbox()) == 2


def workbook(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(ENTRY_COLUMNS)
    wb.active.append(["", "工作人员答复", "全国", IMPORTED_Q, "亲情账户怎么添加家人\n家人的医保码怎么用", IMPORTED_A, ""])
    wb.active.append(["bz-3-03-a", "手册", "巴中", "", "居民医保啥时候交钱", "", ""])    # a handbook entry: phrasings only
    path = tmp_path / "新增问答.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_hit_test_and_an_import_through_its_dry_run(browser, review_server, tmp_path, screen):
    server, store = review_server
    page = signed_in(browser, server, screen)
    page.get_by_role("tab", name="拒答（范围外）").click()
    assert "公积金怎么提取" in page.locator("body").inner_text()
    shot(page, "refused", screen)

    # 命中测试: understanding, ranking, reply — before anyone asks
    page.get_by_role("link", name="命中测试").click()
    page.fill("#q", "住院押金要交多少")
    page.select_option("#region", "长治")
    page.get_by_role("button", name="测试").click()
    page.wait_for_url("**/review/hit-test?*")
    body = page.locator("body").inner_text()
    assert "规范化文本" in body and "检索排名" in body and "机器人会这样回答" in body
    assert page.locator("ol.ranked li").count() >= 5
    fits(page)

    # an import: upload, see the dry run, apply; then the bot knows it
    page.get_by_role("link", name="导入导出").click()
    page.set_input_files("#file", str(workbook(tmp_path)))
    page.get_by_role("button", name="上传并预览").click()
    preview = page.locator("body").inner_text()
    assert "导入预览：新增问答.xlsx" in preview and "新建条目 1" in preview and "增加问法 1" in preview
    assert IMPORTED_A in preview and "居民医保啥时候交钱" in preview
    shot(page, "import-preview", screen)
    page.get_by_role("button", name="确认导入这 2 处修改").click()
    page.wait_for_url("**/review/knowledge?done=import*")
    assert "已导入 新增问答.xlsx：2 处修改" in page.locator(".notice").inner_text()
    page.get_by_role("link", name="命中测试").click()
    page.fill("#q", "医保电子凭证怎么给家里人绑定")
    page.get_by_role("button", name="测试").click()
    assert IMPORTED_A in page.locator("pre.reply").inner_text()
    assert "工作人员" in page.locator("ol.ranked li.used").inner_text()
    shot(page, "hit-test", screen)

    # an edit afterwards: the audit log shows it as before and after, in Chinese
    page.get_by_role("link", name="工作人员条目").click()
    page.get_by_role("link", name=IMPORTED_Q).click()
    page.fill("#answer", IMPORTED_A + "也可到医保窗口办理。")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**done=edit*")
    page.get_by_role("link", name="操作记录").click()
    audit = page.locator("body").inner_text()
    assert "导入知识 · 文件 新增问答.xlsx" in audit and "修改条目 · 条目 staff-1" in audit
    assert "原：" in audit and "改为：" in audit
    shot(page, "audit", screen)
    page.get_by_role("link", name="统计").click()
    assert page.locator("svg.chart").count() == 4 and page.locator("svg.icon").count() >= 2
    shot(page, "stats", screen)
