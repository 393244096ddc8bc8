"""The audit log, in Chinese."""
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from bot.review import actions, audit
from bot.review.web import PREFIX, Review, ReviewRoute, StoreDep


def router(review: Review) -> APIRouter:
    r = APIRouter(prefix=PREFIX, route_class=ReviewRoute)

    @r.get("/audit", response_class=HTMLResponse)
    def audit_page(request: Request, who: review.Staff, store: StoreDep):
        events = [audit.describe(e) for e in actions.audit_log(store)]
        return review.page(request, "audit.html", who, events=events)

    return r
