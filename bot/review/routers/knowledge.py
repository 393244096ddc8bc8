"""Knowledge in and out in bulk: every export as CSV or XLSX, and an import shown as a dry run
(what would change, and every wrong row) before staff apply it."""
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from bot.review import export, imports
from bot.review.web import HEADERS, PREFIX, EngineDep, Refused, Review, ReviewRoute, StoreDep, done, notice

GONE = "这次导入已经应用或放弃过了（或已过期），请重新上传文件。"
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def router(review: Review) -> APIRouter:
    r = APIRouter(prefix=PREFIX, route_class=ReviewRoute)

    @r.get("/knowledge", response_class=HTMLResponse)
    def knowledge_page(request: Request, who: review.Staff):
        return review.page(request, "knowledge.html", who, kinds=export.KINDS, formats=export.FORMATS,
                           max_mb=imports.MAX_BYTES // 1024 // 1024, max_rows=imports.MAX_ROWS,
                           notice=notice(request), error=None)

    @r.get("/export/{kind}.{fmt}")
    def download(kind: str, fmt: str, who: review.Staff, store: StoreDep, engine: EngineDep):
        if kind not in export.KINDS or fmt not in export.FORMATS:
            raise Refused("没有这种导出。", 404)
        headers = {**HEADERS, "Content-Disposition": f'attachment; filename="yibao-{kind}.{fmt}"'}
        return Response(export.render(store, engine, kind, fmt), media_type=MEDIA_TYPES[fmt], headers=headers)

    @r.post("/knowledge/import", response_class=HTMLResponse)
    async def preview(request: Request, who: review.Posted, store: StoreDep, engine: EngineDep,
                      file: Annotated[UploadFile, File()]):
        content = await file.read(imports.MAX_BYTES + 1)
        name = file.filename or "upload"
        try:
            plan = await run_in_threadpool(imports.plan, store, engine, name, content)
        except imports.FileRefused as exc:
            return review.page(request, "knowledge.html", who, 400, kinds=export.KINDS, formats=export.FORMATS,
                               max_mb=imports.MAX_BYTES // 1024 // 1024, max_rows=imports.MAX_ROWS, notice=None,
                               error=f"{name}：{exc}")
        token = await run_in_threadpool(imports.stage, store, who.name, name, content) if plan.ok else None
        return review.page(request, "import_preview.html", who, plan=plan, token=token)

    @r.post("/knowledge/import/{token}/apply")
    def apply(token: str, who: review.Posted, store: StoreDep, engine: EngineDep,
              fingerprint: Annotated[str, Form()] = ""):
        found = imports.take(store, token)      # once: a second press finds nothing
        if found is None:
            raise Refused(GONE, 404)
        filename, content = found
        plan = imports.apply(store, engine, filename, content, actor=who.name, fingerprint=fingerprint)
        return done("/knowledge", "import", filename, len(plan.changes))

    @r.post("/knowledge/import/{token}/discard")
    def discard(token: str, who: review.Posted, store: StoreDep):
        imports.take(store, token)
        return done("/knowledge", "discard")

    return r
