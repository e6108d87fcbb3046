"""Exports: a list view, with its filter, to CSV or XLSX.

Needs customers.export (and step-up, declared on the mutation) plus the right to read the kind.
Small exports (up to ``CRM_EXPORT_INLINE_ROWS``) are produced at once, larger ones by the
background runner. The file is stored encrypted and downloaded once by its owner within 24 hours
(``http.py``). Every export is audited (``<kind>.exported``: rows, filter, columns, masking) in
the transaction that completes it; one above ``CRM_EXPORT_ALERT_ROWS`` also alerts every active
user who holds audit.read or settings.manage, and writes ``export.alert``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import Role, User
from backend.accounts.perms import Perm
from backend.api.errors import Forbidden, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.core import request_meta
from backend.core.models import now_utc
from backend.dataio import export_files, export_rows, storage
from backend.dataio.models import ExportJob
from backend.notifications.services import notify
from backend.settings import get_settings

FORMATS = ("csv", "xlsx")
NEEDS = {"customers": Perm.CUSTOMERS_READ, "contacts": Perm.CUSTOMERS_READ,
         "deals": Perm.DEALS_READ}
LIFETIME = timedelta(hours=24)
MAX_SEARCH = 100


def check_rights(actor: Actor, kind: str) -> None:
    if not (actor.has(Perm.CUSTOMERS_EXPORT) and actor.has(NEEDS[kind])):
        raise Forbidden()


def _columns(kind: str, columns: list[str] | None) -> list[str]:
    allowed = export_rows.COLUMNS[kind]
    if not columns:
        return list(allowed)
    if len(columns) > len(allowed) or any(c not in allowed for c in columns):
        raise ValidationFailed({"columns": ["UNKNOWN_COLUMN"]})
    return list(dict.fromkeys(columns))


def _audit_filter(job: ExportJob) -> dict[str, Any]:
    """The filter as audited: a search term may be a phone number, so only its presence."""
    stored = dict(job.filters)
    if stored.get("search"):
        stored["search"] = "(given)"
    return stored


async def start_export(*, actor: Actor, kind: str, file_format: str,
                       raw_filter: dict[str, Any], search: str | None = None,
                       columns: list[str] | None = None) -> ExportJob:
    """Create the export; produce it now when small, else queue it for the runner."""
    if kind not in NEEDS:
        raise ValidationFailed({"kind": ["UNKNOWN_VALUE"]})
    if file_format not in FORMATS:
        raise ValidationFailed({"format": ["UNKNOWN_VALUE"]})
    check_rights(actor, kind)
    chosen = _columns(kind, columns)
    search = (search or "").strip() or None
    if search and len(search) > MAX_SEARCH:
        raise ValidationFailed({"search": ["INVALID_LENGTH"]})
    total = await export_rows.count(actor, kind, raw_filter, search)  # also checks the filter
    job = await ExportJob.create(
        kind=kind, file_format=file_format, status="queued",
        filters={**raw_filter, **({"search": search} if search else {})}, columns=chosen,
        masked=actor.scope(Perm.CUSTOMERS_PII_READ) != "all", created_by_id=actor.user_id)
    if total <= get_settings().export_inline_rows:
        if await ExportJob.filter(id=job.id, status="queued").update(status="running"):
            return await produce(job, actor)
    return job


async def _alert(actor: Actor, job: ExportJob, conn: Any) -> None:
    wanted = {Perm.AUDIT_READ.value, Perm.SETTINGS_MANAGE.value}
    roles = [r.id for r in await Role.all().using_db(conn) if wanted & set(r.permissions)]
    users = await User.filter(roles__id__in=roles, is_active=True).using_db(conn) \
        .distinct().values_list("id", flat=True)
    me = await User.filter(id=actor.user_id).using_db(conn).first()
    await notify(actor=actor, user_ids=[int(str(u)) for u in users], kind="export_alert",
                 using_db=conn, payload={"count": job.row_count, "kind": job.kind,
                                         "actor_name": me.display_name if me else actor.username})
    await audit.record(actor=actor, action="export.alert", target_type="export_job",
                       target_id=job.id, outcome="alert", using_db=conn,
                       changes={"kind": job.kind, "rows": job.row_count,
                                "threshold": get_settings().export_alert_rows})


async def produce(job: ExportJob, actor: Actor) -> ExportJob:
    """Write the file of a claimed job (status ``running``) and complete it."""
    stored = dict(job.filters)
    search = str(stored.pop("search", "") or "") or None
    rows: list[list[export_files.Cell]] = []
    async for page in export_rows.rows(actor, job.kind, stored, search, list(job.columns)):
        rows += page
    data = export_files.render(job.file_format, list(job.columns), rows)
    job.file_path = storage.export_path(job.id)
    storage.write(job.file_path, data, aad=f"export:{job.id}")
    now = now_utc()
    job.status, job.row_count, job.finished_at, job.expires_at = "done", len(rows), now, \
        now + LIFETIME
    async with in_transaction() as conn:
        await job.save(using_db=conn)
        await audit.record(actor=actor, action=f"{job.kind}.exported", target_type="export_job",
                           target_id=job.id, using_db=conn,
                           changes={"rows": job.row_count, "filter": _audit_filter(job),
                                    "columns": job.columns, "format": job.file_format,
                                    "masked": job.masked})
        if job.row_count > get_settings().export_alert_rows:
            await _alert(actor, job, conn)
    return job


async def run_export(job: ExportJob) -> ExportJob:
    """Background run of a claimed job with its owner's current rights."""
    from backend.dataio.runner import job_actor

    request_meta.set_current(request_meta.RequestMeta(user_agent="export-job",
                                                      request_id=f"export-{job.id}"))
    actor = await job_actor(job.created_by_id)
    try:
        if actor is None:
            raise Forbidden()
        check_rights(actor, job.kind)
        return await produce(job, actor)
    except Exception as error:
        code = getattr(error, "code", "INTERNAL")
        await ExportJob.filter(id=job.id).update(status="failed", error=str(code)[:255],
                                                 finished_at=now_utc())
        storage.remove(storage.export_path(job.id))
        return await ExportJob.get(id=job.id)


async def export_now(*, actor: Actor, kind: str, file_format: str, raw_filter: dict[str, Any],
                     columns: list[str] | None) -> tuple[ExportJob, bytes]:
    """For the console: produce the file whatever its size and hand it over at once."""
    if kind not in NEEDS or file_format not in FORMATS:
        raise ValidationFailed({"kind" if kind not in NEEDS else "format": ["UNKNOWN_VALUE"]})
    check_rights(actor, kind)
    chosen = _columns(kind, columns)
    await export_rows.count(actor, kind, raw_filter, None)  # checks the filter
    job = await ExportJob.create(
        kind=kind, file_format=file_format, status="running", filters=dict(raw_filter),
        columns=chosen, masked=actor.scope(Perm.CUSTOMERS_PII_READ) != "all",
        created_by_id=actor.user_id)
    job = await produce(job, actor)
    data = storage.read(job.file_path, aad=f"export:{job.id}")
    await mark_downloaded(actor, job)
    storage.remove(job.file_path)
    return job, data


async def get_job(actor: Actor, job_id: int) -> ExportJob:
    job = await ExportJob.get_or_none(id=job_id, created_by_id=actor.user_id)
    if job is None:
        raise NotFound()
    return job


async def mark_downloaded(actor: Actor, job: ExportJob) -> bool:
    """Claim the one download (false if it was taken); the file is then removed."""
    async with in_transaction() as conn:
        taken = await ExportJob.filter(id=job.id, status="done", downloaded_at__isnull=True) \
            .using_db(conn).update(downloaded_at=now_utc())
        if taken:
            await audit.record(actor=actor, action="export.downloaded",
                               target_type="export_job", target_id=job.id, using_db=conn,
                               changes={"rows": job.row_count})
    return bool(taken)
