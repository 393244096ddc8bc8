"""The queue: questions the bot could not answer (or got 👎 for), grouped, and the refusals in a
tab of their own; a group's page and what staff do with it."""
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from bot.review import actions, queue
from bot.review.web import PREFIX, EngineDep, Refused, Review, ReviewRoute, StoreDep, done, notice


def router(review: Review) -> APIRouter:
    r = APIRouter(prefix=PREFIX, route_class=ReviewRoute)

    @r.get("/", response_class=HTMLResponse)
    def queue_page(request: Request, who: review.Staff, store: StoreDep, engine: EngineDep):
        q = request.query_params
        tab = q.get("tab") if q.get("tab") in queue.TABS else "unanswered"
        status = q.get("status") if q.get("status") in queue.QUEUE_STATUSES else "open"
        region = q.get("region") if q.get("region") in actions.REGIONS else None
        order = q.get("order") if q.get("order") in queue.ORDERS else "newest"
        include_batch = q.get("batch") == "1"
        if tab == "refused":
            found = queue.refused(store, engine, region=region, include_batch=include_batch, order=order)
        else:
            found = queue.groups(store, engine, status=status, region=region, include_batch=include_batch,
                                 order=order)
        counts = {"unanswered": queue.unanswered_count(store, status=status, region=region,
                                                       include_batch=include_batch),
                  "refused": queue.refused_count(store, region=region, include_batch=include_batch)}
        return review.page(request, "queue.html", who, groups=found, tab=tab, counts=counts, status=status,
                           region=region, order=order, include_batch=include_batch, regions=actions.REGIONS,
                           statuses=queue.QUEUE_STATUSES, notice=notice(request))

    @r.get("/group/{queue_id}", response_class=HTMLResponse)
    def group_page(request: Request, queue_id: int, who: review.Staff, store: StoreDep, engine: EngineDep):
        group = queue.find_group(store, engine, queue_id)
        if group is None:
            raise Refused(f"没有编号为 {queue_id} 的问题。", 404)
        return review.page(request, "group.html", who, group=group, regions=actions.REGIONS)

    @r.post("/group/{queue_id}/answer")
    def answer(queue_id: int, who: review.Posted, store: StoreDep, engine: EngineDep, answer: Annotated[str, Form()] = "",
               region: Annotated[str, Form()] = "", question: Annotated[str, Form()] = ""):
        d = actions.answer(store, engine, queue_id, answer, actor=who.name, region=region or None,
                           question=question or None)
        return done("/", "answer", d.entry_id, d.notified)

    @r.post("/group/{queue_id}/attach")
    def attach(queue_id: int, who: review.Posted, store: StoreDep, engine: EngineDep, entry_id: Annotated[str, Form()] = ""):
        d = actions.attach(store, engine, queue_id, entry_id, actor=who.name)
        return done("/", "attach", d.entry_id, d.notified)

    @r.post("/group/{queue_id}/out-of-scope")
    def out_of_scope(queue_id: int, who: review.Posted, store: StoreDep, engine: EngineDep,
                     region: Annotated[str, Form()] = ""):
        d = actions.out_of_scope(store, engine, queue_id, actor=who.name, region=region or None)
        return done("/", "out_of_scope", d.entry_id)

    @r.post("/group/{queue_id}/dismiss")
    def dismiss(queue_id: int, who: review.Posted, store: StoreDep, engine: EngineDep):
        actions.dismiss(store, engine, queue_id, actor=who.name)
        return done("/", "dismiss")

    return r
