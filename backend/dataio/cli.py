"""``crm import`` and ``crm export``: the same services as the API, run by an operator.

Both act as a named user (``--user``), with that user's rights and data scope, and are audited
under their name: the console is no way around the permission model. Export from the console
needs no step-up: whoever runs it already holds the server's keys.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from tortoise import Tortoise

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.api.errors import CrmError
from backend.auth.sessions import actor_for
from backend.core import request_meta
from backend.dataio import jobs, runner
from backend.dataio.models import ImportJob, ImportTemplate
from backend.dataio.report import import_report


async def acting_user(username: str) -> Actor:
    user = await User.get_or_none(username_key=username.casefold(), is_active=True)
    if user is None:
        raise CrmError(f"no active user {username!r}", code="NOT_FOUND")
    request_meta.set_current(request_meta.CLI)
    return await actor_for(user)


async def run_claimed(job: ImportJob) -> ImportJob:
    columns = (*Progress.get_default_columns()[:1], BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns) as bar:
        task = bar.add_task("importing", total=job.total_rows, completed=job.processed)
        return await runner.run_import(job, lambda n: bar.advance(task, n))


async def _bulk_pragmas() -> None:
    conn = Tortoise.get_connection("default")
    if conn.schema_generator.DIALECT == "sqlite":
        # This process only imports: keep the index and FTS pages of a growing table in memory
        # (256 MiB, this connection only) rather than rereading them for every batch.
        await conn.execute_script("PRAGMA cache_size = -262144")


def _summary(job: ImportJob) -> str:
    return (f"import job {job.id}: {job.status}; {job.processed}/{job.total_rows} rows, "
            f"{job.created_count} created, {job.updated_count} updated, "
            f"{job.skipped_count} skipped, {job.failed_count} failed"
            + (f" ({job.error})" if job.error else ""))


async def import_file(*, path: Path, kind: str, username: str, duplicates: str,
                      template: str | None, dry_run: bool, report: Path | None) -> int:
    """Upload, map (template or suggestion), then dry-run or run. Returns the exit code."""
    actor = await acting_user(username)
    job = await jobs.create_job(actor=actor, kind=kind, file_name=path.name,
                                data=path.read_bytes())
    mapping = job.mapping
    if template:
        saved = await ImportTemplate.get_or_none(kind=kind, name=template)
        if saved is None:
            raise CrmError(f"no {kind} template named {template!r}", code="NOT_FOUND")
        mapping = dict(saved.mapping)
    typer.echo(f"job {job.id}: {job.total_rows} rows, {job.file_format}"
               + (f", encoding {job.encoding}" if job.encoding else ""))
    for header in job.headers:
        typer.echo(f"  {header} -> {mapping.get(header, '(ignored)')}")
    job = await jobs.set_mapping(actor=actor, job_id=job.id, mapping=mapping,
                                 duplicate_strategy=duplicates)
    if dry_run:
        job = await jobs.dry_run(actor=actor, job_id=job.id)
        typer.echo(f"dry run: {job.created_count} to create, {job.updated_count} to update, "
                   f"{job.skipped_count} to skip, {job.failed_count} failing")
        for problem in job.problems[:50]:
            typer.echo(f"  row {problem['row']} [{problem['column']}]: {problem['code']}")
    else:
        await jobs.start(actor=actor, job_id=job.id)
        claimed = await runner.claim_import(job.id)
        await _bulk_pragmas()
        if claimed is None:  # a server's runner took it first: it runs there
            typer.echo(f"job {job.id} is being run by the server")
            return 0
        job = await run_claimed(claimed)
        typer.echo(_summary(job))
    if report:
        report.write_text(import_report(job), encoding="utf-8")
    return 0 if job.status in ("validated", "done") else 1


async def resume(job_id: int) -> int:
    """Continue a job whose process died (or that is queued) from its last committed batch."""
    job = await runner.claim_import(job_id)
    if job is None:
        current = await ImportJob.get_or_none(id=job_id)
        state = current.status if current else "missing"
        typer.echo(f"job {job_id} cannot be resumed now ({state}; a running job resumes once "
                   "its heartbeat is older than CRM_JOB_STALE_SECONDS)", err=True)
        return 1
    request_meta.set_current(request_meta.CLI)
    await _bulk_pragmas()
    job = await run_claimed(job)
    typer.echo(_summary(job))
    return 0 if job.status == "done" else 1


async def export_file(*, kind: str, username: str, out: Path, file_format: str,
                      filter_json: str | None, columns: str | None) -> int:
    from backend.dataio import exporting

    actor = await acting_user(username)
    try:
        raw_filter = json.loads(filter_json) if filter_json else {}
    except ValueError:
        raise CrmError("--filter must be a JSON object", code="BAD_USER_INPUT") from None
    job, data = await exporting.export_now(
        actor=actor, kind=kind, file_format=file_format, raw_filter=raw_filter,
        columns=[c.strip() for c in columns.split(",")] if columns else None)
    out.write_bytes(data)
    typer.echo(f"exported {job.row_count} row(s) to {out}"
               + (" (personal data masked)" if job.masked else ""))
    return 0
