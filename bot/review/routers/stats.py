"""The stats page: SVG charts drawn by the server."""
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from bot.review import charts, stats
from bot.review.web import PREFIX, EngineDep, Review, ReviewRoute, StoreDep

PERIODS = (7, 14, 30, 90)


def router(review: Review) -> APIRouter:
    r = APIRouter(prefix=PREFIX, route_class=ReviewRoute)

    @r.get("/stats", response_class=HTMLResponse)
    def stats_page(request: Request, who: review.Staff, store: StoreDep, engine: EngineDep, days: str = "14"):
        days = int(days) if days in map(str, PERIODS) else 14
        s = stats.compute(store, engine, days=days)
        return review.page(request, "stats.html", who, s=s, days=days, periods=PERIODS, labels=stats.OUTCOME_LABELS,
                           colors=charts.COLORS,
                           per_day_chart=charts.stacked_days(s.days, s.per_day, stats.OUTCOMES, stats.OUTCOME_LABELS),
                           share_chart=charts.share_bar(s.totals, stats.OUTCOME_LABELS),
                           votes_chart=charts.share_bar({"up": s.thumbs_up, "down": s.thumbs_down},
                                                        {"up": "有用", "down": "没用"}),
                           top_chart=charts.top_bars([(t, n) for t, n, _ in s.top_unanswered]))

    return r
