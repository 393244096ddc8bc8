"""命中测试: a question typed by staff, answered as the bot would, with its workings."""
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

import regions
from bot import knowledge
from bot.review import hit_test
from bot.review.web import PREFIX, EngineDep, Review, ReviewRoute, StoreDep


def router(review: Review) -> APIRouter:
    r = APIRouter(prefix=PREFIX, route_class=ReviewRoute)

    @r.get("/hit-test", response_class=HTMLResponse)
    async def hit_test_page(request: Request, who: review.Staff, store: StoreDep, engine: EngineDep,
                            q: str = "", region: str = ""):
        region = region if region in regions.covered() else ""
        result = None
        if q.strip():
            await run_in_threadpool(knowledge.sync, store, engine)     # what staff taught, in any process
            result = await run_in_threadpool(hit_test.run, engine, q, region or None)
        return review.page(request, "hit_test.html", who, q=q[:hit_test.MAX_CHARS], region=region,
                           regions=regions.covered(), result=result, max_chars=hit_test.MAX_CHARS)

    return r
