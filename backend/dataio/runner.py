"""The background job runner: an asyncio task in each server process.

Claiming is one conditional UPDATE (``… WHERE id = ? AND status = 'queued'``): when several
processes race for a job exactly one update matches, so no job runs twice. A job left
``running`` by a process that died (its heartbeat older than ``CRM_JOB_STALE_SECONDS``) is
claimed the same way and resumes from its ``processed`` position; each batch renews the
heartbeat, and a batch only commits while its worker still holds the position it read
(``importer.run_batch``), so even a worker wrongly judged dead cannot write a batch twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import timedelta

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.api.errors import CrmError
from backend.audit import services as audit
from backend.auth.sessions import actor_for
from backend.core import request_meta
from backend.core.models import now_utc
from backend.dataio import importer, sources, storage
from backend.dataio.models import ExportJob, ImportJob
from backend.settings import get_settings

log = logging.getLogger("backend.dataio")
POLL_SECONDS = 2.0
EXPORT_STALE = timedelta(minutes=30)


async def claim_import(job_id: int | None = None) -> ImportJob | None:
    """Take a queued job, or a running one whose worker stopped beating (see above)."""
    now = now_utc()
    stale = now - timedelta(seconds=get_settings().job_stale_seconds)
    candidates = ImportJob.filter(Q(status="queued") | Q(status="running",
                                                         heartbeat_at__lt=stale))
    if job_id is not None:
        candidates = candidates.filter(id=job_id)
    for job in await candidates.order_by("id").limit(5):
        condition = Q(status="queued") if job.status == "queued" else \
            Q(status="running", heartbeat_at__lt=stale)
        taken = await ImportJob.filter(condition, id=job.id).update(
            status="running", heartbeat_at=now, started_at=job.started_at or now)
        if taken:
            return await ImportJob.get(id=job.id)
    return None


async def job_actor(user_id: int | None) -> Actor | None:
    """The uploader with their rights as they are now (a disabled user's jobs stop)."""
    user = await User.get_or_none(id=user_id, is_active=True) if user_id else None
    return await actor_for(user) if user else None


async def _fail(job: ImportJob, actor: Actor | None, code: str) -> None:
    async with in_transaction() as conn:
        failed = await ImportJob.filter(id=job.id, status="running").using_db(conn).update(
            status="failed", error=code, finished_at=now_utc())
        if failed:
            await audit.record(actor=actor, action="import.failed", target_type="import_job",
                               target_id=job.id, outcome="failure", reason=code,
                               changes={"processed": job.processed}, using_db=conn)
    storage.remove(job.file_path)


async def run_import(job: ImportJob, progress: Callable[[int], None] | None = None
                     ) -> ImportJob:
    """Run a claimed job to its end; failures mark it failed with a code (never a value)."""
    request_meta.set_current(request_meta.RequestMeta(user_agent="import-job",
                                                      request_id=f"import-{job.id}"))
    actor = await job_actor(job.created_by_id)
    if actor is None:
        await _fail(job, None, "UNAUTHENTICATED")
        return await ImportJob.get(id=job.id)
    try:
        return await importer.run(job, actor, progress)
    except CrmError as error:
        await _fail(job, actor, error.code)
    except storage.StorageError:
        await _fail(job, actor, "FILE_UNREADABLE")
    except sources.SourceError as error:
        await _fail(job, actor, error.code)
    except Exception as error:
        # Only the type: messages of database errors can quote the values that broke them.
        log.error("import job %s failed: %s", job.id, type(error).__name__)
        await _fail(job, actor, "INTERNAL")
    return await ImportJob.get(id=job.id)


async def claim_export() -> ExportJob | None:
    """A queued export, or one left running by a process that died (exports keep no
    heartbeat: one still running after ``EXPORT_STALE`` is presumed dead and made again)."""
    stale = now_utc() - EXPORT_STALE
    condition = Q(status="queued") | Q(status="running", created_at__lt=stale)
    for job in await ExportJob.filter(condition).order_by("id").limit(5):
        again = Q(status="queued") if job.status == "queued" else \
            Q(status="running", created_at__lt=stale)
        if await ExportJob.filter(again, id=job.id).update(status="running",
                                                           created_at=now_utc()):
            return await ExportJob.get(id=job.id)
    return None


async def sweep_expired() -> int:
    """Delete the files of exports nobody downloaded within their 24 hours."""
    gone = 0
    for job in await ExportJob.filter(status="done", expires_at__lt=now_utc()):
        if await ExportJob.filter(id=job.id, status="done").update(status="expired"):
            storage.remove(job.file_path)
            gone += 1
    return gone


async def run_once() -> bool:
    """Run one pending job, if any; whether there was one."""
    job = await claim_import()
    if job is not None:
        await run_import(job)
        return True
    export = await claim_export()
    if export is not None:
        from backend.dataio.exporting import run_export

        await run_export(export)
        return True
    await sweep_expired()
    return False


async def _loop(stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            worked = await run_once()
        except Exception as error:
            log.error("job runner: %s", type(error).__name__)
            worked = False
        if not worked:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), POLL_SECONDS)


class Runner:
    """Started and stopped with the application (``app.py`` lifespan)."""

    def __init__(self) -> None:
        self.stop_event = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(_loop(self.stop_event))

    async def stop(self) -> None:
        self.stop_event.set()
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
