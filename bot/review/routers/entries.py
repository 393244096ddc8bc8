"""Staff entries and the phrasings staff attached to entries: list, edit, delete."""
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from bot.review import actions
from bot.review.web import PREFIX, EngineDep, Refused, Review, ReviewRoute, StoreDep, done, notice


def router(review: Review) -> APIRouter:
    r = APIRouter(prefix=PREFIX, route_class=ReviewRoute)

    @r.get("/entries", response_class=HTMLResponse)
    def entries_page(request: Request, who: review.Staff, store: StoreDep):
        return review.page(request, "entries.html", who, entries=actions.staff_entries(store),
                           variants=actions.attached_variants(store), notice=notice(request))

    @r.get("/entries/{entry_id}", response_class=HTMLResponse)
    def entry_page(request: Request, entry_id: str, who: review.Staff, store: StoreDep):
        row = actions.staff_entry(store, entry_id)
        if row is None:
            raise Refused(f"没有编号为 {entry_id} 的工作人员条目。", 404)
        return review.page(request, "entry.html", who, entry=row, regions=actions.REGIONS,
                           attached=actions.attached_variants(store, entry_id), notice=notice(request))

    @r.post("/entries/{entry_id}")
    def edit(entry_id: str, who: review.Posted, store: StoreDep, engine: EngineDep,
             question: Annotated[str, Form()] = "", answer: Annotated[str, Form()] = "",
             region: Annotated[str, Form()] = "", variants: Annotated[str, Form()] = ""):
        actions.edit(store, engine, entry_id, actor=who.name, question=question, answer_text=answer, region=region,
                     variants=variants.splitlines())
        return done(f"/entries/{entry_id}", "edit", entry_id)

    @r.post("/entries/{entry_id}/delete")
    def remove(entry_id: str, who: review.Posted, store: StoreDep, engine: EngineDep):
        actions.remove(store, engine, entry_id, actor=who.name)
        return done("/entries", "delete", entry_id)

    @r.post("/variants/{variant_id}/delete")
    def remove_variant(variant_id: int, who: review.Posted, store: StoreDep, engine: EngineDep):
        actions.remove_variant(store, engine, variant_id, actor=who.name)
        return done("/entries", "remove_variant")

    return r
