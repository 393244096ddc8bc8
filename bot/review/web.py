"""What every review router shares: the signed-in staff member and the CSRF check as FastAPI
dependencies (`Depends(review.require_staff)`, `Depends(review.require_csrf)`), page rendering,
and `ReviewRoute`, which turns "not signed in" into the login page and a refusal into the error
page for every route of the review routers, in whatever app they are included.

The store and the engine come from `app.state` (`bot.channels.server.create_app` puts them there).
Router modules do not use `from __future__ import annotations`: FastAPI reads their signatures,
which name per-router dependencies (`review.Staff`)."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute

from bot.review import actions
from bot.review.auth import (COOKIE, LOGIN_COOKIE, LOGIN_FORM_SECONDS, LoginLimiter, Sessions, Visitor, came_over_https,
                             client_address, csrf_ok, parse_networks)
from bot.review.templating import render
from bot.settings import Settings
from bot.storage import Store

PREFIX = "/review"
HEADERS = {
    # no script runs on these pages at all; styles are inline in the base template
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
DONE = {
    "answer": "已答复：新条目 {entry}，机器人立即可用；已通知 {n} 位提问者。",
    "attach": "已并入条目 {entry}；已通知 {n} 位提问者。",
    "out_of_scope": "已标为不在范围（规则 {entry}）：以后同类问题会礼貌拒答，不再进入队列。",
    "dismiss": "已忽略。",
    "edit": "条目 {entry} 已保存。",
    "delete": "条目 {entry} 已删除。",
    "remove_variant": "附加问法已删除。",
    "import": "已导入 {entry}：{n} 处修改，机器人立即可用。",
    "discard": "已放弃这次导入。",
}
EXPIRED_FORM = "表单已过期或来源不明，请刷新页面后重试。"


class SignInRequired(Exception):
    pass


class Refused(Exception):
    """Shown to staff on the error page, with an HTTP status."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_engine(request: Request):
    return request.app.state.engine


StoreDep = Annotated[Store, Depends(get_store)]
EngineDep = Annotated[object, Depends(get_engine)]


class Review:
    """The review page's sign-in state and the dependencies that check it."""

    def __init__(self, settings: Settings, sessions: Sessions, limiter: LoginLimiter):
        self.settings, self.sessions, self.limiter = settings, sessions, limiter
        self.password = settings.review_password.get_secret_value() if settings.review_password else ""
        self.proxies = parse_networks(settings.review_trusted_proxies)
        # for route signatures: `who: review.Staff` (signed in), `who: review.Posted` (and the CSRF token right)
        self.Staff = Annotated[Visitor, Depends(self.require_staff)]
        self.Posted = Annotated[Visitor, Depends(self.require_csrf)]

    # -- dependencies -----------------------------------------------------------------------------

    def require_staff(self, request: Request) -> Visitor:
        who = self.sessions.read(request.cookies.get(COOKIE))
        if who is None:
            raise SignInRequired
        request.state.visitor = who          # for the error page, should a later step refuse
        return who

    def require_csrf(self, request: Request, csrf: Annotated[str, Form()] = "") -> Visitor:
        """A form post by signed-in staff carrying their session's CSRF token."""
        who = self.require_staff(request)
        if not csrf_ok(who, csrf):
            raise Refused(EXPIRED_FORM, 403)
        return who

    # -- the request, through trusted proxies -----------------------------------------------------

    def client(self, request: Request) -> str:
        return client_address(request.client.host if request.client else None,
                              request.headers.get("x-forwarded-for"), self.proxies)

    def secure(self, request: Request) -> bool:
        return came_over_https(request.url.scheme, request.client.host if request.client else None,
                               request.headers.get("x-forwarded-proto"), self.proxies)

    # -- responses --------------------------------------------------------------------------------

    def page(self, request: Request, name: str, who: Visitor, http_status: int = 200, **context) -> HTMLResponse:
        rsp = HTMLResponse(render(name, request=request, visitor=who, prefix=PREFIX, **context),
                           status_code=http_status, headers=HEADERS)
        if not who.signed_in and self.sessions.login_visitor(request.cookies.get(LOGIN_COOKIE)) != who:
            self.set_cookie(request, rsp, LOGIN_COOKIE, self.sessions.login_cookie(who), LOGIN_FORM_SECONDS)
        return rsp

    def set_cookie(self, request: Request, rsp: Response, name: str, value: str, max_age: int) -> None:
        rsp.set_cookie(name, value, max_age=max_age, path=PREFIX, httponly=True, samesite="lax",
                       secure=self.secure(request))


class ReviewRoute(APIRoute):
    """Every review route: "not signed in" → the login page (and back afterwards); a refusal, or a
    `ReviewError` from `bot.review.actions`, → the error page with its status."""

    def get_route_handler(self):
        handle = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handle(request)
            except SignInRequired:
                return to_login(request)
            except actions.ReviewError as exc:
                return error_page(request, str(exc), 400)
            except Refused as exc:
                return error_page(request, str(exc), exc.status)
        return route


def error_page(request: Request, message: str, status: int) -> HTMLResponse:
    who = getattr(request.state, "visitor", None) or Sessions.anonymous()
    return HTMLResponse(render("error.html", request=request, visitor=who, prefix=PREFIX, message=message),
                        status_code=status, headers=HEADERS)


def to_login(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method != "GET":
        target = PREFIX + "/"
    return RedirectResponse(f"{PREFIX}/login?{urlencode({'next': target})}", status_code=303, headers=HEADERS)


def redirect(path: str) -> RedirectResponse:
    return RedirectResponse(PREFIX + path, status_code=303, headers=HEADERS)


def done(path: str, key: str, entry: str | None = None, n: int = 0) -> RedirectResponse:
    """Back to a page after an action, which says what was done."""
    return redirect(f"{path}?{urlencode({'done': key, 'entry': entry or '', 'n': n})}")


def notice(request: Request) -> str | None:
    key = request.query_params.get("done")
    if key not in DONE:
        return None
    return DONE[key].format(entry=request.query_params.get("entry", ""), n=request.query_params.get("n", "0"))


def local_target(target: str | None) -> str:
    """Only a path on this site under /review is a place to go after signing in."""
    if target and target.startswith(PREFIX + "/") and not target.startswith("//") and "\\" not in target:
        return target
    return ""
