"""The review page's routes, under /review. Each route reads the form, checks the session and the
CSRF token, calls `bot.review.actions` (or queue / stats / export) and renders a template; the
store and the engine come from `app.state`."""
from __future__ import annotations

import functools
import inspect
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bot.review import actions, charts, export, queue, stats
from bot.review.auth import COOKIE, LoginLimiter, Sessions, Visitor, clean_name, csrf_ok, password_ok
from bot.review.templating import render
from bot.settings import Settings

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
}


class NotSignedIn(Exception):
    pass


def router(settings: Settings, sessions: Sessions, limiter: LoginLimiter | None = None) -> APIRouter:
    limiter = limiter or LoginLimiter()
    expected_password = settings.review_password.get_secret_value() if settings.review_password else ""
    r = APIRouter(prefix=PREFIX)

    # -- helpers -------------------------------------------------------------------------------

    def visitor(request: Request) -> Visitor | None:
        return sessions.read(request.cookies.get(COOKIE))

    def page(request: Request, name: str, who: Visitor, http_status: int = 200, **context) -> HTMLResponse:
        body = render(name, request=request, visitor=who, prefix=PREFIX, **context)
        rsp = HTMLResponse(body, status_code=http_status, headers=HEADERS)
        if sessions.read(request.cookies.get(COOKIE)) != who:     # a new visitor, or a new sign-in
            set_cookie(request, rsp, who)
        return rsp

    def set_cookie(request: Request, rsp: Response, who: Visitor) -> None:
        rsp.set_cookie(COOKIE, sessions.write(who), max_age=sessions.max_age, path=PREFIX, httponly=True,
                       samesite="lax", secure=request.url.scheme == "https")

    def to_login(request: Request) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"{PREFIX}/login?{urlencode({'next': target})}", status_code=303, headers=HEADERS)

    def staff(request: Request) -> Visitor:
        who = visitor(request)
        if who is None or not who.signed_in:
            raise NotSignedIn
        return who

    def refused(request: Request, who: Visitor | None, message: str, status: int) -> HTMLResponse:
        return page(request, "error.html", who or sessions.anonymous(), http_status=status, message=message)

    def posted(request: Request, csrf: str, action) -> Response:
        """A form post: signed in, the CSRF token right, then the action; its ReviewError shown to staff."""
        try:
            who = staff(request)
        except NotSignedIn:
            return to_login(request)
        if not csrf_ok(who, csrf):
            return refused(request, who, "表单已过期或来源不明，请刷新页面后重试。", 403)
        try:
            return action(who, request.app.state.store, request.app.state.engine)
        except actions.ReviewError as exc:
            return refused(request, who, str(exc), 400)

    def done(path: str, key: str, entry: str | None = None, n: int = 0) -> RedirectResponse:
        query = urlencode({"done": key, "entry": entry or "", "n": n})
        return RedirectResponse(f"{PREFIX}{path}?{query}", status_code=303, headers=HEADERS)

    def notice(request: Request) -> str | None:
        key = request.query_params.get("done")
        if key not in DONE:
            return None
        return DONE[key].format(entry=request.query_params.get("entry", ""), n=request.query_params.get("n", "0"))

    def guarded(view):
        """A GET page for signed-in staff only (FastAPI sees the view's parameters minus `who`)."""
        @functools.wraps(view)
        def wrapper(request: Request, **kwargs):
            try:
                who = staff(request)
            except NotSignedIn:
                return to_login(request)
            return view(request, who, **kwargs)
        sig = inspect.signature(view)
        wrapper.__signature__ = sig.replace(parameters=[p for n, p in sig.parameters.items() if n != "who"])
        return wrapper

    # -- signing in -----------------------------------------------------------------------------

    @r.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = ""):
        who = visitor(request) or sessions.anonymous()
        return page(request, "login.html", who, next=_local(next), error=None)

    @r.post("/login")
    def login(request: Request, name: str = Form(""), password: str = Form(""), csrf: str = Form(""),
              next: str = Form("")):
        who = visitor(request)
        client = request.client.host if request.client else "?"
        if not csrf_ok(who, csrf):
            return refused(request, None, "表单已过期，请刷新登录页后重试。", 403)
        if limiter.blocked(client):
            return page(request, "login.html", who, http_status=429, next=_local(next),
                        error="登录失败次数过多，请 5 分钟后再试。")
        name = clean_name(name)
        if not expected_password or not password_ok(expected_password, password) or not name:
            limiter.failed(client)
            error = "请填写您的姓名。" if password_ok(expected_password, password) and not name else "密码不正确。"
            return page(request, "login.html", who, http_status=401, next=_local(next), error=error)
        limiter.succeeded(client)
        rsp = RedirectResponse(_local(next) or f"{PREFIX}/", status_code=303, headers=HEADERS)
        set_cookie(request, rsp, sessions.signed_in(name))
        return rsp

    @r.post("/logout")
    def logout(request: Request, csrf: str = Form("")):
        who = visitor(request)
        if not csrf_ok(who, csrf):
            return refused(request, who, "表单已过期，请刷新页面后重试。", 403)
        rsp = RedirectResponse(f"{PREFIX}/login", status_code=303, headers=HEADERS)
        rsp.delete_cookie(COOKIE, path=PREFIX)
        return rsp

    # -- the queue ------------------------------------------------------------------------------

    @r.get("/", response_class=HTMLResponse)
    @guarded
    def queue_page(request: Request, who: Visitor):
        q = request.query_params
        status = q.get("status", "open")
        status = status if status in queue.QUEUE_STATUSES else "open"
        region = q.get("region") if q.get("region") in actions.REGIONS else None
        order = q.get("order") if q.get("order") in queue.ORDERS else "newest"
        include_batch = q.get("batch") == "1"
        found = queue.groups(request.app.state.store, request.app.state.engine, status=status, region=region,
                             include_batch=include_batch, order=order)
        return page(request, "queue.html", who, groups=found, status=status, region=region, order=order,
                    include_batch=include_batch, regions=actions.REGIONS, statuses=queue.QUEUE_STATUSES,
                    notice=notice(request))

    @r.get("/group/{queue_id}", response_class=HTMLResponse)
    @guarded
    def group_page(request: Request, who: Visitor, queue_id: int):
        group = queue.find_group(request.app.state.store, request.app.state.engine, queue_id)
        if group is None:
            return refused(request, who, f"没有编号为 {queue_id} 的问题。", 404)
        return page(request, "group.html", who, group=group, regions=actions.REGIONS)

    @r.post("/group/{queue_id}/answer")
    def answer(request: Request, queue_id: int, answer: str = Form(""), region: str = Form(""),
               question: str = Form(""), csrf: str = Form("")):
        def act(who, store, engine):
            d = actions.answer(store, engine, queue_id, answer, actor=who.name, region=region or None,
                               question=question or None)
            return done("/", "answer", d.entry_id, d.notified)
        return posted(request, csrf, act)

    @r.post("/group/{queue_id}/attach")
    def attach(request: Request, queue_id: int, entry_id: str = Form(""), csrf: str = Form("")):
        def act(who, store, engine):
            d = actions.attach(store, engine, queue_id, entry_id, actor=who.name)
            return done("/", "attach", d.entry_id, d.notified)
        return posted(request, csrf, act)

    @r.post("/group/{queue_id}/out-of-scope")
    def out_of_scope(request: Request, queue_id: int, region: str = Form(""), csrf: str = Form("")):
        def act(who, store, engine):
            d = actions.out_of_scope(store, engine, queue_id, actor=who.name, region=region or None)
            return done("/", "out_of_scope", d.entry_id)
        return posted(request, csrf, act)

    @r.post("/group/{queue_id}/dismiss")
    def dismiss(request: Request, queue_id: int, csrf: str = Form("")):
        def act(who, store, engine):
            actions.dismiss(store, engine, queue_id, actor=who.name)
            return done("/", "dismiss")
        return posted(request, csrf, act)

    # -- staff entries ---------------------------------------------------------------------------

    @r.get("/entries", response_class=HTMLResponse)
    @guarded
    def entries_page(request: Request, who: Visitor):
        store = request.app.state.store
        return page(request, "entries.html", who, entries=actions.staff_entries(store),
                    variants=actions.attached_variants(store), notice=notice(request))

    @r.get("/entries/{entry_id}", response_class=HTMLResponse)
    @guarded
    def entry_page(request: Request, who: Visitor, entry_id: str):
        store = request.app.state.store
        row = actions.staff_entry(store, entry_id)
        if row is None:
            return refused(request, who, f"没有编号为 {entry_id} 的工作人员条目。", 404)
        return page(request, "entry.html", who, entry=row, regions=actions.REGIONS,
                    attached=actions.attached_variants(store, entry_id), notice=notice(request))

    @r.post("/entries/{entry_id}")
    def edit(request: Request, entry_id: str, question: str = Form(""), answer: str = Form(""),
             region: str = Form(""), variants: str = Form(""), csrf: str = Form("")):
        def act(who, store, engine):
            actions.edit(store, engine, entry_id, actor=who.name, question=question, answer_text=answer,
                         region=region, variants=variants.splitlines())
            return done(f"/entries/{entry_id}", "edit", entry_id)
        return posted(request, csrf, act)

    @r.post("/entries/{entry_id}/delete")
    def remove(request: Request, entry_id: str, csrf: str = Form("")):
        def act(who, store, engine):
            actions.remove(store, engine, entry_id, actor=who.name)
            return done("/entries", "delete", entry_id)
        return posted(request, csrf, act)

    @r.post("/variants/{variant_id}/delete")
    def remove_variant(request: Request, variant_id: int, csrf: str = Form("")):
        def act(who, store, engine):
            actions.remove_variant(store, engine, variant_id, actor=who.name)
            return done("/entries", "remove_variant")
        return posted(request, csrf, act)

    @r.get("/audit", response_class=HTMLResponse)
    @guarded
    def audit_page(request: Request, who: Visitor):
        return page(request, "audit.html", who, events=actions.audit_log(request.app.state.store))

    # -- stats and export -------------------------------------------------------------------------

    @r.get("/stats", response_class=HTMLResponse)
    @guarded
    def stats_page(request: Request, who: Visitor):
        days = request.query_params.get("days", "14")
        days = int(days) if days in ("7", "14", "30", "90") else 14
        s = stats.compute(request.app.state.store, request.app.state.engine, days=days)
        return page(request, "stats.html", who, s=s, days=days, labels=stats.OUTCOME_LABELS,
                    per_day_chart=charts.stacked_days(s.days, s.per_day, stats.OUTCOMES, stats.OUTCOME_LABELS),
                    share_chart=charts.share_bar(s.totals, stats.OUTCOME_LABELS),
                    votes_chart=charts.share_bar({"up": s.thumbs_up, "down": s.thumbs_down},
                                                 {"up": "👍", "down": "👎"}),
                    top_chart=charts.top_bars([(t, n) for t, n, _ in s.top_unanswered]))

    @r.get("/export/{kind}.csv")
    @guarded
    def export_csv(request: Request, who: Visitor, kind: str):
        if kind not in export.KINDS:
            return refused(request, who, "没有这种导出。", 404)
        body = export.to_csv(request.app.state.store, kind).encode("utf-8")
        headers = dict(HEADERS)
        headers["Content-Disposition"] = f'attachment; filename="yibao-{kind}.csv"'
        return Response(body, media_type="text/csv; charset=utf-8", headers=headers)

    return r


def _local(target: str | None) -> str:
    """Only a path on this site under /review is a place to go after signing in."""
    if target and target.startswith(PREFIX + "/") and not target.startswith("//") and "\\" not in target:
        return target
    return ""
