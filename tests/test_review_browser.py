"""End to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): staff
log in to the review page served by uvicorn, answer a queued question, and `yibao ask` — another
process on the same database — then answers a paraphrase of it with the staff answer.
Skipped, with the reason, where Chromium or Playwright is not installed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.loopback import ServerThread
from bot.review.app import create_review_app
from bot.service import handle
from bot.settings import Settings
from bot.storage import Notify, Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "review-e2e"
ANSWER = "住院押金由就诊医院按病情预估收取，出院结算时多退少补。"
SHOTS = os.environ.get("YIBAO_SCREENSHOTS")      # a folder: save phone-sized screenshots there


@pytest.fixture(scope="module")
def playwright():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        yield p


@pytest.fixture
def browser(playwright):
    b = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture
def review_server(db_url, staff_engine):
    store = Store(db_url)
    for n, text in enumerate(["住院押金要交多少", "住院押金要交多少？", "<script>alert(1)</script>医保卡丢了能在网上挂失吗"]):
        handle(store, staff_engine, channel="telegram", chat_id=f"c{n}", user_id=f"u{n}", text=text,
               notify=Notify("telegram", f"c{n}", f"u{n}", "1"))
    settings = Settings(database_url=db_url, review_password=PASSWORD)
    server = ServerThread(create_review_app(settings, store, staff_engine)).start()
    yield server, store
    server.stop()
    store.close()


def shot(page, name):
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_staff_answer_in_the_browser_then_the_bot_knows_it(browser, review_server, db_url):
    server, store = review_server
    page = browser.new_page(viewport={"width": 390, "height": 844})     # a phone
    page.on("dialog", lambda d: pytest.fail(f"a script ran: {d.message}"))
    page.goto(server.url + "/review/")
    assert "/review/login" in page.url
    page.fill("#name", "王芳")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/review/")
    card = page.locator("article.card", has_text="住院押金要交多少")
    assert card.locator(".badge").inner_text() == "2"
    assert "<script>" in page.locator("body").inner_text()          # shown as text, not run
    shot(page, "queue")
    card.get_by_text("处理 →").click()
    page.fill("#answer", ANSWER)
    page.select_option("#region", "长治")
    shot(page, "group")
    page.get_by_role("button", name="发布答复").click()
    page.wait_for_url("**/review/?done=answer*")
    assert "已通知 2 位提问者" in page.locator(".notice").inner_text()
    page.goto(server.url + "/review/stats")
    assert page.locator("svg.chart").count() == 4
    shot(page, "stats")

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "YIBAO_DATABASE_URL": db_url}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "--region", "长治", "住院的时候押金需要交多少钱"],
                         capture_output=True, text=True, timeout=180, env=env)
    assert out.returncode == 0, out.stderr
    reply = json.loads(out.stdout)
    assert reply["kind"] == "faq" and reply["text"].startswith(ANSWER)
    assert reply["sources"][0]["handbook"].startswith("工作人员答复")
    assert len(store.pending_outbox()) == 2
