"""The review page through its HTTP app (Starlette's TestClient): sign-in, CSRF, every action,
escaping, the stats page and the CSV downloads."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from bot.review import queue
from bot.review.app import create_review_app
from bot.review.auth import LoginLimiter
from bot.service import handle
from bot.settings import Settings
from bot.storage import Notify

PASSWORD = "correct horse"
ANSWER = "住院押金由医院按病情预估收取，出院结算时多退少补。"
XSS = "<script>alert(1)</script>医保报销的钱要交税吗"


def ask(store, engine, text, who="u1", channel="telegram", region=None):
    return handle(store, engine, channel=channel, chat_id=f"chat-{who}", user_id=who, text=text,
                  notify=Notify(channel, f"chat-{who}", who, "7"), chat_region=region).reply


@pytest.fixture
def seeded(store, staff_engine):
    for n, text in enumerate(["住院押金要交多少", "住院押金要交多少？", "住院押金需要交多少钱啊"]):
        ask(store, staff_engine, text, who=f"u{n}")
    ask(store, staff_engine, "公积金怎么提取", who="u8")
    ask(store, staff_engine, XSS, who="u9", channel="wechat")
    return store


@pytest.fixture
def client(seeded, staff_engine, db_url):
    settings = Settings(database_url=db_url, review_password=PASSWORD)
    app = create_review_app(settings, seeded, staff_engine, limiter=LoginLimiter(seeded, per_name=3, per_address=6))
    with TestClient(app, follow_redirects=False) as c:
        yield c


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def login(client, name="王芳", password=PASSWORD):
    page = client.get("/review/login")
    return client.post("/review/login", data={"name": name, "password": password, "csrf": csrf_of(page.text),
                                              "next": "/review/"})


@pytest.fixture
def staff(client):
    assert login(client).status_code == 303
    return client


def group_id(store, engine, word):
    return next(g.id for g in queue.groups(store, engine, tab=None) if word in g.text)


def post(client, path, **data):
    page = client.get("/review/")
    return client.post(path, data={"csrf": csrf_of(page.text), **data})


# -- signing in ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/review/", "/review/stats", "/review/entries", "/review/audit",
                                  "/review/group/1", "/review/export/queue.csv", "/review/export/entries.xlsx",
                                  "/review/hit-test?q=x", "/review/knowledge"])
def test_every_page_needs_a_login(client, path):
    rsp = client.get(path)
    assert rsp.status_code == 303 and rsp.headers["location"].startswith("/review/login?next=")


def test_login_page_is_chinese_and_phone_sized(client):
    rsp = client.get("/review/login")
    assert rsp.status_code == 200 and "审核密码" in rsp.text
    assert 'name="viewport"' in rsp.text and 'lang="zh-CN"' in rsp.text
    assert "script-src" not in rsp.headers["content-security-policy"]       # default-src 'none' covers it
    assert "default-src 'none'" in rsp.headers["content-security-policy"]


def test_login_and_logout(client):
    rsp = login(client)
    assert rsp.status_code == 303 and rsp.headers["location"] == "/review/"
    cookie = rsp.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    page = client.get("/review/")
    assert page.status_code == 200 and "待答队列" in page.text and "王芳" in page.text
    assert client.post("/review/logout", data={"csrf": csrf_of(page.text)}).status_code == 303
    assert client.get("/review/").status_code == 303


def test_wrong_password_and_no_name(client):
    assert login(client, password="wrong").status_code == 401
    rsp = login(client, name="  ")
    assert rsp.status_code == 401 and "姓名" in rsp.text


def test_failed_logins_are_rate_limited(client):
    for _ in range(3):
        assert login(client, password="wrong").status_code == 401
    rsp = login(client)                       # even the right password, for a while
    assert rsp.status_code == 429 and "过多" in rsp.text


def test_login_needs_its_csrf_token(client):
    client.get("/review/login")
    rsp = client.post("/review/login", data={"name": "王芳", "password": PASSWORD, "csrf": "forged"})
    assert rsp.status_code == 403


def test_a_forged_cookie_is_not_a_session(client):
    client.cookies.set("yibao_review", "eyJuYW1lIjoi546L6IqzIn0.forged", path="/review")
    assert client.get("/review/").status_code == 303


def test_next_only_goes_to_review_pages(client):
    page = client.get("/review/login")
    rsp = client.post("/review/login", data={"name": "王芳", "password": PASSWORD, "csrf": csrf_of(page.text),
                                             "next": "https://evil.example/"})
    assert rsp.headers["location"] == "/review/"


# -- the queue ------------------------------------------------------------------------------------------

def test_queue_shows_groups_counts_and_candidates(staff, seeded, staff_engine):
    page = staff.get("/review/").text
    assert "住院押金要交多少" in page and 'title="提问次数">3<' in page
    assert "cz-zg-07" in page                      # a candidate entry, with its score
    assert re.search(r'class="score">0\.\d\d<', page)


def test_user_text_is_escaped(staff, seeded, staff_engine):
    page = staff.get("/review/").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    gid = group_id(seeded, staff_engine, "script")
    assert "<script>" not in staff.get(f"/review/group/{gid}").text


def test_filters(staff, seeded, staff_engine):
    assert "住院押金" not in staff.get("/review/?region=巴中").text
    assert "住院押金" not in staff.get("/review/?status=answered").text
    assert "住院押金" in staff.get("/review/?order=count&status=bogus").text


# -- actions ----------------------------------------------------------------------------------------------

def test_actions_refuse_a_missing_or_wrong_csrf_token(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    for data in ({"answer": ANSWER}, {"answer": ANSWER, "csrf": "nope"}):
        rsp = staff.post(f"/review/group/{gid}/answer", data=data)
        assert rsp.status_code in (403, 422)
    assert rsp.status_code == 403
    assert any(g.id == gid for g in queue.groups(seeded, staff_engine))     # still open


def test_actions_need_a_login(client, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    rsp = client.post(f"/review/group/{gid}/answer", data={"answer": ANSWER, "csrf": "x"})
    assert rsp.status_code == 303 and "/review/login" in rsp.headers["location"]


def test_answer(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    page = staff.get(f"/review/group/{gid}")
    assert page.status_code == 200 and "发布答复" in page.text
    rsp = staff.post(f"/review/group/{gid}/answer",
                     data={"csrf": csrf_of(page.text), "answer": ANSWER, "region": "长治", "question": "住院押金要交多少"})
    assert rsp.status_code == 303
    done = staff.get(rsp.headers["location"]).text
    assert "staff-1" in done and "已通知 3 位提问者" in done
    assert ask(seeded, staff_engine, "住院的时候押金要交多少钱", who="u5", region="长治").text.startswith(ANSWER)
    assert len(seeded.pending_outbox()) == 3
    assert ANSWER in staff.get("/review/entries").text
    assert "王芳" in staff.get("/review/audit").text


def test_answer_errors_are_shown_to_staff(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    rsp = post(staff, f"/review/group/{gid}/answer", answer=" ")
    assert rsp.status_code == 400 and "答案不能为空" in rsp.text


def test_attach(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    rsp = post(staff, f"/review/group/{gid}/attach", entry_id="cz-zg-07")
    assert rsp.status_code == 303 and "attach" in rsp.headers["location"]
    assert "住院押金需要交多少钱啊" in staff_engine.index.entry("cz-zg-07").variants
    assert "cz-zg-07" in staff.get("/review/entries").text
    assert post(staff, f"/review/group/{gid}/attach", entry_id="cz-zg-07").status_code == 400


def test_out_of_scope(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "公积金")
    assert post(staff, f"/review/group/{gid}/out-of-scope").status_code == 303
    reply = ask(seeded, staff_engine, "公积金怎么提取啊", who="u6")
    assert reply.kind == "unanswered" and "不在医保政策问答的范围内" in reply.text
    assert not any("公积金" in g.text for g in queue.groups(seeded, staff_engine, tab=None))
    assert "不在范围" in staff.get("/review/entries").text


def test_dismiss(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "script")
    assert post(staff, f"/review/group/{gid}/dismiss").status_code == 303
    assert "交税" in staff.get("/review/?status=dismissed").text
    assert not any(g.id == gid for g in queue.groups(seeded, staff_engine))
    assert seeded.pending_outbox() == []


def test_edit_variant_removal_and_delete(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    post(staff, f"/review/group/{gid}/answer", answer=ANSWER)
    page = staff.get("/review/entries/staff-1")
    assert page.status_code == 200 and ANSWER in page.text
    rsp = staff.post("/review/entries/staff-1", data={
        "csrf": csrf_of(page.text), "question": "住院押金要交多少", "region": "长治",
        "answer": "押金以就诊医院规定为准。", "variants": "住院预交金交多少\n住院押金多少钱"})
    assert rsp.status_code == 303
    assert staff_engine.index.entry("staff-1").answer == "押金以就诊医院规定为准。"
    assert "住院预交金交多少" in staff_engine.index.entry("staff-1").variants
    audit = staff.get("/review/audit").text
    assert "修改条目" in audit and "押金以就诊医院规定为准" in audit
    assert post(staff, "/review/entries/staff-1/delete").status_code == 303
    assert staff_engine.index.entry("staff-1") is None
    assert "删除条目" in staff.get("/review/audit").text
    assert staff.get("/review/entries/staff-1").status_code == 404


def test_remove_an_attached_variant(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    post(staff, f"/review/group/{gid}/attach", entry_id="cz-zg-07")
    page = staff.get("/review/entries").text
    vid = re.search(r'/review/variants/(\d+)/delete', page).group(1)
    assert post(staff, f"/review/variants/{vid}/delete").status_code == 303
    assert "住院押金要交多少" not in staff_engine.index.entry("cz-zg-07").variants


# -- stats and export ---------------------------------------------------------------------------------------

def test_stats_page_draws_svg_charts(staff, seeded, staff_engine):
    page = staff.get("/review/stats")
    assert page.status_code == 200
    assert page.text.count('<svg class="chart"') == 4 and "每日提问" in page.text and "未回答问题排行" in page.text
    assert "<script>" not in page.text


@pytest.mark.parametrize("kind, header", [("queue", "编号,状态"), ("questions", "编号,提问时间")])
def test_export_downloads(staff, kind, header):
    rsp = staff.get(f"/review/export/{kind}.csv")
    assert rsp.status_code == 200 and rsp.headers["content-type"].startswith("text/csv")
    assert f'filename="yibao-{kind}.csv"' in rsp.headers["content-disposition"]
    assert rsp.content.startswith(b"\xef\xbb\xbf") and rsp.content.decode("utf-8-sig").startswith(header)
    assert "住院押金要交多少" in rsp.content.decode("utf-8-sig")


def test_unknown_export(staff):
    assert staff.get("/review/export/passwd.csv").status_code == 404


# -- the pages staff read ------------------------------------------------------------------------------

def test_the_audit_log_reads_in_chinese_with_before_and_after(staff, seeded, staff_engine):
    gid = group_id(seeded, staff_engine, "押金")
    post(staff, f"/review/group/{gid}/answer", answer=ANSWER, region="长治")
    page = staff.get("/review/entries/staff-1")
    staff.post("/review/entries/staff-1", data={"csrf": csrf_of(page.text), "question": "住院押金要交多少",
                                                "region": "长治", "answer": "押金以就诊医院规定为准。",
                                                "variants": "住院预交金交多少"})
    audit = staff.get("/review/audit").text
    shown = re.sub(r"<[^>]+>", " ", audit.split("<main>")[1])          # what staff read
    for raw in ("queue_ids", "variants", "[]", "before", "after", "changes", "{"):
        assert raw not in shown, raw
    assert "问题编号" in audit and "标准问题" in audit and "答复 · 条目 staff-1" in audit
    assert "原：" in audit and "改为：" in audit and "押金以就诊医院规定为准" in audit
    assert "＋ 住院预交金交多少" in audit               # phrasings: what came and what went


def test_refusals_have_their_own_tab_and_count(staff, seeded, staff_engine):
    ask(seeded, staff_engine, "广州的医保怎么报销", who="u7")          # an uncovered place: refused, not queued
    queue_page = staff.get("/review/").text
    assert "公积金" not in queue_page and "住院押金" in queue_page
    refused = staff.get("/review/?tab=refused").text
    assert "公积金怎么提取" in refused and "拒答：不在医保范围" in refused and "住院押金" not in refused
    assert "广州的医保怎么报销" in refused and "拒答：手册未覆盖的地区" in refused
    assert re.search(r'拒答（范围外） <span class="count">2</span>', queue_page)
    assert refused.count("处理 →") == 1                      # only the queued topic refusal has actions
    stats = staff.get("/review/stats").text
    assert "拒答（范围外） 2" in stats and "未能回答 4" in stats


def test_the_ranking_leaves_out_what_staff_answered(staff, seeded, staff_engine):
    assert "住院押金要交多少" in staff.get("/review/stats").text.split("<h2>未回答问题排行</h2>")[1]
    post(staff, f"/review/group/{group_id(seeded, staff_engine, '押金')}/answer", answer=ANSWER)
    assert "住院押金" not in staff.get("/review/stats").text.split("<h2>未回答问题排行</h2>")[1]


def test_icons_need_no_emoji_font(staff, seeded, staff_engine):
    for path in ("/review/stats", "/review/", "/review/?status=open&tab=unanswered"):
        html = staff.get(path).text
        assert not re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", html), path
    assert '<svg class="icon"' in staff.get("/review/stats").text


def test_routes_check_sign_in_and_csrf_as_dependencies(client):
    """Every review route but signing in depends on require_staff; every post on require_csrf."""
    from fastapi.routing import APIRoute

    def calls(dependant):
        for d in dependant.dependencies:
            yield getattr(d.call, "__name__", "")
            yield from calls(d)
    def api_routes(routes):      # newer FastAPI keeps included routers nested
        for r in routes:
            if isinstance(r, APIRoute):
                yield r
            elif hasattr(r, "original_router"):
                yield from api_routes(r.original_router.routes)
    routes = [r for r in api_routes(client.app.routes) if r.path.startswith("/review/")]
    assert len(routes) >= 20
    for route in routes:
        names = set(calls(route.dependant))
        if route.path == "/review/login":
            continue
        needed = "require_csrf" if "POST" in route.methods else "require_staff"
        assert needed in names, route.path
        assert "__signature__" not in vars(route.endpoint), route.path
