"""Review-page sign-in for real: server-side sessions revoked on sign-out and on a password change,
the cookie `Secure` behind a trusted HTTPS proxy, and a login limiter in the database that holds
across processes and restarts (two apps on one database stand for two processes)."""
from __future__ import annotations

import re
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

from bot.channels.loopback import ServerThread
from bot.review.app import create_review_app, review_router
from bot.review.auth import COOKIE, LOGIN_COOKIE, LoginLimiter, Sessions, session_secret
from bot.settings import Settings
from bot.storage.models import LoginFailure, ReviewSession, utcnow

PASSWORD = "correct horse"


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def app(store, engine, db_url, password=PASSWORD, **settings):
    return create_review_app(Settings(database_url=db_url, review_password=password, **settings), store, engine)


def sign_in(client, name="王芳", password=PASSWORD, headers=None):
    page = client.get("/review/login", headers=headers)
    return client.post("/review/login", headers=headers,
                       data={"name": name, "password": password, "csrf": csrf_of(page.text), "next": "/review/"})


@pytest.fixture
def client(store, staff_engine, db_url):
    with TestClient(app(store, staff_engine, db_url), follow_redirects=False) as c:
        yield c


def test_the_cookie_is_a_random_token_and_the_database_keeps_only_its_hash(client, store):
    assert sign_in(client).status_code == 303
    token = client.cookies.get(COOKIE)
    assert len(token) >= 40 and "王芳" not in token
    with store.transaction() as db:
        [row] = db.query(ReviewSession).all()
        assert row.name == "王芳" and token not in row.token_hash and len(row.token_hash) == 64
        assert PASSWORD not in row.password_tag


def test_signing_out_revokes_the_session_everywhere(client, store):
    sign_in(client)
    token = client.cookies.get(COOKIE)
    page = client.get("/review/")
    assert page.status_code == 200
    assert client.post("/review/logout", data={"csrf": csrf_of(page.text)}).status_code == 303
    # the same cookie, replayed (a copy kept by an attacker, or a second tab): signed out
    client.cookies.set(COOKIE, token, path="/review")
    assert client.get("/review/").status_code == 303
    with store.transaction() as db:
        assert db.query(ReviewSession).count() == 0


def test_a_password_change_signs_everyone_out(store, staff_engine, db_url):
    with TestClient(app(store, staff_engine, db_url), follow_redirects=False) as old:
        sign_in(old)
        token = old.cookies.get(COOKIE)
        assert old.get("/review/").status_code == 200
    # restarted with a new password: the old session is gone, and the old password no longer works
    with TestClient(app(store, staff_engine, db_url, password="battery staple"), follow_redirects=False) as new:
        new.cookies.set(COOKIE, token, path="/review")
        assert new.get("/review/").status_code == 303
        assert sign_in(new).status_code == 401
        assert sign_in(new, password="battery staple").status_code == 303
    with store.transaction() as db:
        assert db.query(ReviewSession).count() == 1


def test_sessions_end_after_their_hours(store, db_url):
    secret = session_secret(store)
    now = [utcnow()]
    sessions = Sessions(store, secret, PASSWORD, hours=1, clock=lambda: now[0])
    token, who = sessions.start("王芳")
    assert sessions.read(token) == who
    now[0] += timedelta(hours=1, seconds=1)
    assert sessions.read(token) is None
    assert sessions.read("forged") is None and sessions.read("x" * 10_000) is None


# -- Secure behind a trusted proxy -------------------------------------------------------------------

@pytest.fixture
def served(store, staff_engine, db_url):
    running = []

    def start(**settings):
        server = ServerThread(app(store, staff_engine, db_url, **settings)).start()
        running.append(server)
        return httpx.Client(base_url=server.url, follow_redirects=False, timeout=30)
    yield start
    for server in running:
        server.stop()


def login_cookie_header(client, **headers) -> str:
    """Sign in as a browser would over the proxy's HTTPS: the login form's cookie is sent back even
    when it is `Secure` (the test talks plain HTTP to the server behind the proxy)."""
    client.cookies.clear()
    page = client.get("/review/login", headers=headers)
    cookie = f"{LOGIN_COOKIE}={page.cookies[LOGIN_COOKIE]}"
    client.cookies.clear()
    rsp = client.post("/review/login", headers={**headers, "Cookie": cookie},
                      data={"name": "王芳", "password": PASSWORD, "csrf": csrf_of(page.text), "next": "/review/"})
    assert rsp.status_code == 303, rsp.text
    return next(v for k, v in rsp.headers.multi_items() if k == "set-cookie" and v.startswith(COOKIE + "="))


def test_secure_only_when_a_trusted_proxy_says_https(served):
    direct = served()
    assert "secure" not in login_cookie_header(direct).lower()
    # anyone can send the header: from an untrusted peer it is ignored
    assert "secure" not in login_cookie_header(direct, **{"X-Forwarded-Proto": "https"}).lower()
    proxied = served(review_trusted_proxies=["127.0.0.1/32"])
    assert "secure" in login_cookie_header(proxied, **{"X-Forwarded-Proto": "https"}).lower()
    assert "secure" not in login_cookie_header(proxied, **{"X-Forwarded-Proto": "http"}).lower()


def test_behind_a_trusted_proxy_the_limit_counts_each_visitor(served, store):
    proxied = served(review_trusted_proxies=["127.0.0.1"])
    for n in range(3):
        sign_in(proxied, name=f"访客{n}", password="wrong", headers={"X-Forwarded-For": "203.0.113.7"})
    with store.transaction() as db:
        keys = {k for (k,) in db.query(LoginFailure.key)}
    assert "ip:203.0.113.7" in keys and "ip:127.0.0.1" not in keys


# -- the limiter in the database ----------------------------------------------------------------------

def test_the_limit_holds_across_processes_and_restarts(store, staff_engine, db_url):
    first = TestClient(app(store, staff_engine, db_url), follow_redirects=False)
    for _ in range(5):
        assert sign_in(first, password="wrong").status_code == 401
    # another process on the same database, started afterwards (a restart looks the same)
    second = TestClient(app(store, staff_engine, db_url), follow_redirects=False)
    rsp = sign_in(second)
    assert rsp.status_code == 429 and "过多" in rsp.text
    # a colleague behind the same address is not locked out by someone else's typos
    assert sign_in(second, name="李强").status_code == 303


def test_per_name_and_per_address(store):
    now = [utcnow()]
    limiter = LoginLimiter(store, per_name=3, per_address=5, window=300, clock=lambda: now[0])
    for _ in range(3):
        limiter.failed("王芳", "10.0.0.1")
    assert limiter.blocked("王芳", "10.0.0.2")            # the name, from anywhere
    assert not limiter.blocked("李强", "10.0.0.1")
    limiter.failed("李强", "10.0.0.1")
    limiter.failed("赵六", "10.0.0.1")
    assert limiter.blocked("周七", "10.0.0.1")            # the address, whatever the name
    now[0] += timedelta(seconds=301)
    assert not limiter.blocked("王芳", "10.0.0.1")        # the window passed
    limiter.failed("王芳", "10.0.0.1")
    limiter.succeeded("王芳", "10.0.0.1")
    with store.transaction() as db:                       # old rows are swept, a success clears its keys
        assert db.query(LoginFailure).count() == 0


def test_review_router_can_join_another_app(store, staff_engine, db_url):
    """The routers bring their own login redirect and error page: no app-level handlers needed."""
    from fastapi import FastAPI
    other = FastAPI()
    other.state.store, other.state.engine = store, staff_engine
    other.include_router(review_router(Settings(database_url=db_url, review_password=PASSWORD), store))
    with TestClient(other, follow_redirects=False) as c:
        assert c.get("/review/stats").headers["location"].startswith("/review/login")
        sign_in(c)
        rsp = c.get("/review/group/999")
        assert rsp.status_code == 404 and "没有编号为 999" in rsp.text


def test_signing_in_again_while_signed_in_works(client, store):
    assert sign_in(client).status_code == 303
    assert sign_in(client, name="李强").status_code == 303
    assert "李强" in client.get("/review/").text
    with store.transaction() as db:
        assert [s.name for s in db.query(ReviewSession)] == ["李强"]     # the earlier one ended
