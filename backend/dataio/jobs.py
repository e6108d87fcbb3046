"""Import jobs as the user drives them: upload, map columns, dry run, start, cancel.

A job is visible to the person who uploaded it only (NOT_FOUND for anyone else: a file name and
its problems say something about customers). Every step is audited with counts and codes; the
file name and cells are not (a file name may name a person).
"""

from __future__ import annotations

import asyncio

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.api.errors import Conflict, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.customers import custom_fields
from backend.dataio import fields, importer, sources, storage
from backend.dataio.engine import STRATEGIES
from backend.dataio.kinds import check_rights
from backend.dataio.models import ImportJob, ImportTemplate
from backend.settings import get_settings

EDITABLE = ("uploaded", "validated")
CANCELLABLE = ("uploaded", "validated", "queued", "running")
MAX_FILE_NAME = 255


async def get_job(actor: Actor, job_id: int) -> ImportJob:
    job = await ImportJob.get_or_none(id=job_id, created_by_id=actor.user_id)
    if job is None:
        raise NotFound()
    return job


async def list_jobs(actor: Actor, first: int = 20) -> list[ImportJob]:
    if not 1 <= first <= 100:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]})
    return list(await ImportJob.filter(created_by_id=actor.user_id).order_by("-id").limit(first))


async def _custom_labels(kind: str) -> dict[str, list[str]]:
    if kind != "customers":
        return {}
    return {k: [d.label_en, d.label_zh] for k, d in (await custom_fields.active_defs()).items()}


async def suggest_mapping(kind: str, headers: list[str]) -> tuple[dict[str, str], str | None]:
    """The newest saved template of this kind whose columns all appear in ``headers`` (and
    that covers most of them), else a mapping from the header synonyms."""
    best: ImportTemplate | None = None
    for template in await ImportTemplate.filter(kind=kind).order_by("-id"):
        if template.mapping and set(template.mapping) <= set(headers) and (
                best is None or len(template.mapping) > len(best.mapping)):
            best = template
    if best is not None:
        return dict(best.mapping), best.name
    return fields.suggest(kind, headers, await _custom_labels(kind)), None


async def create_job(*, actor: Actor, kind: str, file_name: str, data: bytes) -> ImportJob:
    """Store an uploaded file (encrypted) as a new job with a suggested mapping."""
    if kind not in fields.KINDS:
        raise ValidationFailed({"kind": ["UNKNOWN_VALUE"]})
    check_rights(actor, kind)
    if len(data) > get_settings().import_max_mb * 1024 * 1024:
        raise ValidationFailed({"file": ["TOO_LARGE"]})
    try:  # parsing a large file is CPU work: off the event loop
        seen = await asyncio.to_thread(sources.inspect, file_name, data)
    except sources.SourceError as error:
        raise ValidationFailed({"file": [error.code]}) from None
    mapping, _ = await suggest_mapping(kind, seen.headers)
    async with in_transaction() as conn:
        job = await ImportJob.create(
            kind=kind, status="uploaded", file_name=file_name.strip()[:MAX_FILE_NAME] or "upload",
            file_path="", file_format=seen.file_format, encoding=seen.encoding,
            headers=seen.headers, mapping=mapping, total_rows=seen.total_rows,
            created_by_id=actor.user_id, using_db=conn)
        job.file_path = storage.upload_path(job.id)
        await job.save(update_fields=["file_path"], using_db=conn)
        await audit.record(actor=actor, action="import.uploaded", target_type="import_job",
                           target_id=job.id, using_db=conn,
                           changes={"kind": kind, "format": seen.file_format,
                                    "encoding": seen.encoding, "rows": seen.total_rows,
                                    "bytes": len(data)})
        # Written inside the transaction: if it fails, no job points at a missing file.
        storage.write(job.file_path, data, aad=f"import:{job.id}")
    return job


def _editable(job: ImportJob) -> None:
    if job.status not in EDITABLE:
        raise Conflict("The import has started", fields={"jobId": ["JOB_STARTED"]})


async def _check_mapping(job: ImportJob, mapping: dict[str, str]) -> None:
    keys = list((await custom_fields.active_defs()).keys()) if job.kind == "customers" else []
    problems = fields.check_mapping(job.kind, job.headers, mapping, keys)
    if problems:
        raise ValidationFailed(problems)


async def set_mapping(*, actor: Actor, job_id: int, mapping: dict[str, str],
                      duplicate_strategy: str, save_template_as: str | None = None
                      ) -> ImportJob:
    """Choose the columns and the duplicate strategy; optionally save them as a template.
    A new mapping makes an earlier dry run stale."""
    job = await get_job(actor, job_id)
    check_rights(actor, job.kind)
    _editable(job)
    if duplicate_strategy not in STRATEGIES:
        raise ValidationFailed({"duplicateStrategy": ["UNKNOWN_VALUE"]})
    await _check_mapping(job, mapping)
    name = (save_template_as or "").strip()
    if save_template_as is not None and not 1 <= len(name) <= 100:
        raise ValidationFailed({"saveTemplateAs": ["INVALID_LENGTH"]})
    async with in_transaction() as conn:
        job.mapping = {h: f for h, f in mapping.items() if f != fields.IGNORE}
        job.duplicate_strategy = duplicate_strategy
        job.status, job.problems = "uploaded", []
        await job.save(using_db=conn, update_fields=["mapping", "duplicate_strategy", "status",
                                                     "problems", "updated_at"])
        if name:
            await ImportTemplate.filter(kind=job.kind, name=name).using_db(conn).delete()
            await ImportTemplate.create(kind=job.kind, name=name, mapping=job.mapping,
                                        created_by_id=actor.user_id, using_db=conn)
        await audit.record(actor=actor, action="import.mapping_set", target_type="import_job",
                           target_id=job.id, using_db=conn,
                           changes={"fields": sorted(set(job.mapping.values())),
                                    "duplicate_strategy": duplicate_strategy,
                                    "template": name or None})
    return job


async def dry_run(*, actor: Actor, job_id: int) -> ImportJob:
    """Check every row without writing customer data; the job keeps the problems (at most
    ``importer.STORED_PROBLEMS``) and the predicted counts."""
    job = await get_job(actor, job_id)
    _editable(job)
    await _check_mapping(job, job.mapping)
    tally, problems = await importer.dry_run(job, actor)
    async with in_transaction() as conn:
        job.status = "validated"
        job.problems = [p.as_dict() for p in problems[:importer.STORED_PROBLEMS]]
        job.created_count, job.updated_count = tally.created, tally.updated
        job.skipped_count, job.failed_count = tally.skipped, tally.failed
        await job.save(using_db=conn)
        await audit.record(actor=actor, action="import.dry_run", target_type="import_job",
                           target_id=job.id, using_db=conn,
                           changes={**tally.as_dict(), "problems": len(problems)})
    return job


async def start(*, actor: Actor, job_id: int) -> ImportJob:
    """Queue the job for the background runner."""
    job = await get_job(actor, job_id)
    check_rights(actor, job.kind)
    _editable(job)
    await _check_mapping(job, job.mapping)
    async with in_transaction() as conn:
        queued = await ImportJob.filter(id=job.id, status__in=EDITABLE).using_db(conn).update(
            status="queued", processed=0, created_count=0, updated_count=0, skipped_count=0,
            failed_count=0, error="")
        if not queued:
            raise Conflict("The import has started", fields={"jobId": ["JOB_STARTED"]})
        await audit.record(actor=actor, action="import.started", target_type="import_job",
                           target_id=job.id, using_db=conn,
                           changes={"kind": job.kind, "rows": job.total_rows,
                                    "duplicate_strategy": job.duplicate_strategy})
    storage.remove(storage.report_path(job.id))
    return await ImportJob.get(id=job.id)


async def cancel(*, actor: Actor, job_id: int) -> ImportJob:
    """Stop a job. Batches already committed stay (each is complete and audited); a running
    job stops before its next batch."""
    job = await get_job(actor, job_id)
    async with in_transaction() as conn:
        stopped = await ImportJob.filter(id=job.id, status__in=CANCELLABLE).using_db(conn) \
            .update(status="cancelled", finished_at=now_utc())
        if not stopped:
            raise Conflict("The import has finished", fields={"jobId": ["JOB_FINISHED"]})
        await audit.record(actor=actor, action="import.cancelled", target_type="import_job",
                           target_id=job.id, using_db=conn,
                           changes={"processed": job.processed, "rows": job.total_rows})
    storage.remove(job.file_path)
    return await ImportJob.get(id=job.id)


async def templates(kind: str) -> list[ImportTemplate]:
    return list(await ImportTemplate.filter(kind=kind).order_by("name"))
