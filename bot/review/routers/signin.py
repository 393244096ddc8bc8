"""Signing in and out."""
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from bot.review.auth import COOKIE, LOGIN_COOKIE, clean_name, csrf_ok, password_ok
from bot.review.web import HEADERS, PREFIX, Refused, Review, ReviewRoute, local_target, redirect

TOO_MANY = "登录失败次数过多，请 5 分钟后再试。"


def router(review: Review) -> APIRouter:
    r = APIRouter(prefix=PREFIX, route_class=ReviewRoute)

    @r.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = ""):
        # always the login form's own visitor: signing in again while signed in must work too
        who = review.sessions.login_visitor(request.cookies.get(LOGIN_COOKIE)) or review.sessions.anonymous()
        return review.page(request, "login.html", who, next=local_target(next), error=None)

    @r.post("/login")
    def login(request: Request, name: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
              csrf: Annotated[str, Form()] = "", next: Annotated[str, Form()] = ""):
        who = review.sessions.login_visitor(request.cookies.get(LOGIN_COOKIE))
        if not csrf_ok(who, csrf):
            raise Refused("表单已过期，请刷新登录页后重试。", 403)
        name, client = clean_name(name), review.client(request)

        def again(status: int, error: str) -> HTMLResponse:
            return review.page(request, "login.html", who, status, next=local_target(next), error=error)
        if review.limiter.blocked(name, client):
            return again(429, TOO_MANY)
        if not password_ok(review.password, password):
            review.limiter.failed(name, client)
            return again(401, "密码不正确。")
        if not name:
            return again(401, "请填写您的姓名。")
        review.limiter.succeeded(name, client)
        review.sessions.end(request.cookies.get(COOKIE))      # a session this browser had before
        token, _ = review.sessions.start(name)
        rsp = RedirectResponse(local_target(next) or f"{PREFIX}/", status_code=303, headers=HEADERS)
        review.set_cookie(request, rsp, COOKIE, token, review.sessions.max_age)
        rsp.delete_cookie(LOGIN_COOKIE, path=PREFIX)
        return rsp

    @r.post("/logout")
    def logout(request: Request, who: review.Posted):
        review.sessions.end(request.cookies.get(COOKIE))      # the token is void from now on, everywhere
        rsp = redirect("/login")
        rsp.delete_cookie(COOKIE, path=PREFIX)
        return rsp

    return r
