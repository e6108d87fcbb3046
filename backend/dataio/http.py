"""HTTP endpoints for files, which GraphQL does not carry: the upload of an import, its result
report, and the one download of an export.

They authenticate like the SPA's GraphQL calls: the session cookie of a full sign-in (API tokens
are not accepted here). The upload changes data, so it also needs the session's CSRF token in
``X-CSRF-Token`` and no foreign ``Origin``, as ``CsrfGuard`` demands of mutations. The uploaded
file is kept in memory while it is parsed (never spooled to a temporary file in clear) and then
stored encrypted.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CrmError
from backend.api.net import client_ip
from backend.auth import sessions
from backend.core import request_meta
from backend.core.models import now_utc
from backend.dataio import exporting, jobs, storage
from backend.dataio.export_files import MEDIA_TYPES
from backend.dataio.report import import_report
from backend.settings import Settings

STATUS = {"UNAUTHENTICATED": 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400,
          "CONFLICT": 409, "NOT_READY": 409, "GONE": 410}
NO_STORE = {"cache-control": "no-store"}


def _error(code: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, **extra}, status_code=STATUS.get(code, 400),
                        headers=NO_STORE)


async def _actor(request: Request) -> tuple[Actor | None, sessions.Authenticated | None]:
    settings: Settings = request.app.state.settings
    auth = await sessions.authenticate(request, settings)
    if auth is None or not auth.is_full:
        return None, None
    request_meta.set_current(request_meta.RequestMeta(
        ip=client_ip(request, settings), user_agent=request.headers.get("user-agent", "")[:255],
        request_id=request.scope.get("state", {}).get("request_id", "")))
    return await sessions.actor_for(auth.user, auth.session), auth


def _job_json(job: Any) -> dict[str, Any]:
    return {"id": str(job.id), "kind": job.kind, "status": job.status,
            "fileName": job.file_name, "fileFormat": job.file_format,
            "encoding": job.encoding, "headers": job.headers, "totalRows": job.total_rows,
            "mapping": [{"column": c, "field": f} for c, f in job.mapping.items()]}


async def upload(request: Request) -> Response:
    """``POST /api/imports`` (multipart: ``file``, ``kind``) → the new job."""
    settings: Settings = request.app.state.settings
    actor, auth = await _actor(request)
    if actor is None or auth is None:
        return _error("UNAUTHENTICATED")
    origin = request.headers.get("origin")
    if (origin is not None and origin != settings.public_origin) or \
            not sessions.csrf_valid(request, settings, auth.raw_id):
        return _error(FORBIDDEN, reason="CSRF")
    if not actor.has(Perm.CUSTOMERS_IMPORT):
        return _error(FORBIDDEN)
    limit = settings.import_max_mb * 1024 * 1024
    parser = MultiPartParser(request.headers, request.stream(), max_files=1, max_fields=4,
                             max_part_size=4096)
    parser.spool_max_size = limit + 1  # stays in memory: the clear file never touches disk
    try:
        form = await parser.parse()
    except MultiPartException:
        return _error(BAD_USER_INPUT, fields={"file": ["MALFORMED"]})
    file, kind = form.get("file"), form.get("kind") or "customers"
    if not isinstance(file, UploadFile) or not isinstance(kind, str):
        return _error(BAD_USER_INPUT, fields={"file": ["REQUIRED"]})
    data = await file.read(limit + 1)
    await file.close()
    if len(data) > limit:
        return _error(BAD_USER_INPUT, fields={"file": ["TOO_LARGE"]})
    try:
        job = await jobs.create_job(actor=actor, kind=kind, file_name=file.filename or "",
                                    data=data)
    except CrmError as error:
        return _error(error.code, **error.extensions)
    return JSONResponse({"job": _job_json(job)}, status_code=201, headers=NO_STORE)


async def report(request: Request) -> Response:
    """``GET /api/imports/{id}/report.csv``: the job's row-by-row result (its uploader only)."""
    actor, _ = await _actor(request)
    if actor is None:
        return _error("UNAUTHENTICATED")
    if not actor.has(Perm.CUSTOMERS_IMPORT):
        return _error(FORBIDDEN)
    try:
        job = await jobs.get_job(actor, int(request.path_params["job_id"]))
    except CrmError as error:
        return _error(error.code)
    body = b"\xef\xbb\xbf" + import_report(job).encode("utf-8")
    return Response(body, media_type="text/csv; charset=utf-8", headers={
        **NO_STORE, "content-disposition": f'attachment; filename="import-{job.id}-report.csv"'})


async def download(request: Request) -> Response:
    """``GET /api/exports/{id}/download``: the export file, once, by its owner, within 24 h."""
    actor, _ = await _actor(request)
    if actor is None:
        return _error("UNAUTHENTICATED")
    try:
        job = await exporting.get_job(actor, int(request.path_params["job_id"]))
    except CrmError as error:
        return _error(error.code)
    if job.status != "done" or job.downloaded_at is not None or \
            job.expires_at is None or job.expires_at < now_utc():
        return _error("NOT_READY" if job.status in ("queued", "running") else "GONE")
    try:
        data = storage.read(job.file_path, aad=f"export:{job.id}")
    except storage.StorageError:
        return _error("GONE")
    if not await exporting.mark_downloaded(actor, job):
        return _error("GONE")
    storage.remove(job.file_path)
    return Response(data, media_type=MEDIA_TYPES[job.file_format], headers={
        **NO_STORE,
        "content-disposition": f'attachment; filename="{job.kind}-{job.id}.{job.file_format}"'})
