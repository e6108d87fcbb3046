"""Running an import job: the dry run, and the real run batch by batch.

Each batch is ONE transaction that (1) advances the job's ``processed`` — only if the job is
still running and still at the position this worker read, so a cancelled job or one taken over
by another process writes nothing more — (2) writes its rows, (3) adds its counts and (4) its
``import.batch`` audit event. A process killed between batches therefore loses nothing and
repeats nothing: the job resumes from ``processed``; one killed inside a batch leaves no trace of
that batch.

Fault injection for tests (documented, test-only): with ``CRM_FAULT_IMPORT_EXIT_AFTER_BATCHES=N``
the process dies hard (``os._exit``) inside batch N+1, after its rows were written and before its
transaction commits — the worst moment for an interrupted import.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from backend import planner_stats
from backend.accounts.actor import Actor
from backend.api.errors import CrmError, ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.dataio import sources, storage
from backend.dataio.engine import (
    Columns,
    Decision,
    Draft,
    Kind,
    Problem,
    Tally,
    decide,
    file_duplicates,
    is_blank,
)
from backend.dataio.escape import escape_cell
from backend.dataio.kinds import load_kind
from backend.dataio.models import ImportJob

log = logging.getLogger("backend.dataio")

BATCH = 500
PARSE_SLICE = 25
STORED_PROBLEMS = 10_000
FAULT_ENV = "CRM_FAULT_IMPORT_EXIT_AFTER_BATCHES"
_committed = 0  # batches this process committed (for the fault injection above)

Row = tuple[int, list[str]]


class JobLost(Exception):
    """The job was cancelled or another worker moved it on: stop without writing."""


@dataclass
class Source:
    job: ImportJob
    actor: Actor
    kind: Kind
    columns: Columns
    data: bytes
    # Keys of the rows parsed so far (rows are parsed in file order, one batch at a time) and
    # the rows found repeating an earlier one.
    seen: dict[str, int] = field(default_factory=dict)
    in_file: dict[int, str] = field(default_factory=dict)

    def rows(self, skip: int = 0) -> Iterator[Row]:
        return sources.data_rows(self.data, self.job.file_format, self.job.encoding, skip)


def batches(rows: Iterable[Row], size: int = BATCH) -> Iterator[list[Row]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def _parse(source: Source, batch: list[Row], seal: bool = False) -> list[Draft]:
    """Drafts of a batch's rows (blank rows skipped), noting rows that repeat earlier ones;
    with ``seal``, valid drafts get their personal data encrypted too."""
    cells = [source.columns.cells(n, values) for n, values in batch if not is_blank(values)]
    source.in_file.update(file_duplicates(source.kind, cells, source.seen))
    drafts = [source.kind.parse(c) for c in cells]
    if seal:
        for draft in drafts:
            if not draft.problems:
                source.kind.seal(draft)
    return drafts


async def _parse_meanwhile(source: Source, batch: list[Row]) -> list[Draft]:
    """``_parse`` in slices, yielding to the event loop between them: run as a task while the
    previous batch is written, it fills the time the loop would spend waiting for the database
    (which works in its own thread, outside the GIL). A worker thread would not do: two Python
    threads hand the GIL to each other every few milliseconds, and each hand-off delays the
    database's answers."""
    drafts: list[Draft] = []
    for start in range(0, len(batch), PARSE_SLICE):
        drafts += _parse(source, batch[start:start + PARSE_SLICE], seal=True)
        await asyncio.sleep(0)
    return drafts


async def open_source(job: ImportJob, actor: Actor) -> Source:
    """The job's file, decrypted, with its kind's lookups; a resumed job first notes the keys
    of the rows it already did, so later repeats of them are still found."""
    data = storage.read(job.file_path, aad=f"import:{job.id}")
    source = Source(job=job, actor=actor, kind=await load_kind(job.kind, actor),
                    columns=Columns(job.headers, job.mapping), data=data)
    for batch in batches(islice(source.rows(), job.processed), 2000):
        cells = [source.columns.cells(n, values) for n, values in batch if not is_blank(values)]
        file_duplicates(source.kind, cells, source.seen)
        await asyncio.sleep(0)  # CPU work: let requests through between batches
    return source


async def _decide(source: Source, drafts: list[Draft]) -> list[Decision]:
    await source.kind.match([d for d in drafts if not d.problems])
    return [decide(d, source.job.duplicate_strategy, source.in_file) for d in drafts]


async def dry_run(job: ImportJob, actor: Actor) -> tuple[Tally, list[Problem]]:
    """What the run would do, row by row, without writing customer data."""
    source = await open_source(job, actor)
    tally, problems = Tally(), []
    for batch in batches(source.rows()):
        for decision in await _decide(source, _parse(source, batch)):
            tally.add(decision.outcome)
            problems += decision.notes
        await asyncio.sleep(0)
    return tally, problems


def _report_chunk(decisions: list[Decision]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for d in decisions:
        for note in d.notes or [Problem(d.draft.number, "", "")]:
            writer.writerow([note.row, escape_cell(note.column), note.code, d.outcome])
    return out.getvalue()


def _error_problem(draft: Draft, error: CrmError) -> Problem:
    """The row's problem for a service's refusal: the first field it names (camelCase in the
    API, a field key here) and its code."""
    fields = error.fields if isinstance(error, ValidationFailed) else \
        error.extensions.get("fields") or {}
    for name, codes in fields.items():
        key = re.sub(r"(?<!^)([A-Z])", r"_\1", name.split(".")[0]).lower()
        return Problem(draft.number, draft.columns.get(key, key),
                       codes[0] if codes else error.code)
    return Problem(draft.number, "", error.code)


def _maybe_die() -> None:
    limit = os.environ.get(FAULT_ENV, "")
    if limit.isdigit() and _committed >= int(limit):
        os._exit(75)


async def run_batch(source: Source, start: int, batch: list[Row], drafts: list[Draft]
                    ) -> Tally:
    """Write one batch, parsed into ``drafts`` (see the module docstring); raises
    ``JobLost``."""
    global _committed
    job, kind = source.job, source.kind
    async with in_transaction() as conn:
        moved = await ImportJob.filter(id=job.id, status="running", processed=start) \
            .using_db(conn).update(processed=start + len(batch), heartbeat_at=now_utc())
        if not moved:
            raise JobLost()
        decisions = await _decide(source, drafts)
        creating = [d for d in decisions if d.outcome == "created"]
        known = [len(d.draft.problems) for d in creating]
        ids = await kind.create(conn, [d.draft for d in creating])
        for decision, count in zip(creating, known, strict=True):
            if len(decision.draft.problems) > count:  # refused by the service while writing
                decision.outcome = "failed"
                decision.notes += decision.draft.problems[count:]
        for decision in decisions:
            if decision.outcome != "updated":
                continue
            try:
                async with in_transaction():
                    await kind.update(conn, decision.draft)
            except CrmError as error:
                decision.outcome = "failed"
                decision.notes.append(_error_problem(decision.draft, error))
        tally = Tally()
        for decision in decisions:
            tally.add(decision.outcome)
        await ImportJob.filter(id=job.id).using_db(conn).update(
            created_count=F("created_count") + tally.created,
            updated_count=F("updated_count") + tally.updated,
            skipped_count=F("skipped_count") + tally.skipped,
            failed_count=F("failed_count") + tally.failed)
        await audit.record(
            actor=source.actor, action="import.batch", target_type="import_job",
            target_id=job.id, using_db=conn,
            changes={"kind": job.kind, "rows": [batch[0][0], batch[-1][0]], **tally.as_dict(),
                     "created_ids": ids})
        storage.append_report(job.id, batch[0][0], _report_chunk(decisions))
        _maybe_die()
    _committed += 1
    return tally


async def run(job: ImportJob, actor: Actor,
              progress: Callable[[int], None] | None = None) -> ImportJob:
    """Run a claimed job (status ``running``) from its ``processed`` position to the end."""
    source = await open_source(job, actor)
    position = job.processed
    chunks = batches(source.rows(skip=position))
    batch = next(chunks, None)
    # The next batch is parsed while this one is written (see ``_parse_meanwhile``).
    parsing = asyncio.create_task(_parse_meanwhile(source, batch)) if batch else None
    written = 0
    try:
        while batch is not None and parsing is not None:
            drafts = await parsing
            following = next(chunks, None)
            parsing = asyncio.create_task(_parse_meanwhile(source, following)) \
                if following else None
            await run_batch(source, position, batch, drafts)
            position += len(batch)
            written += 1
            if written >= 4 and written & (written - 1) == 0:
                # After 4, 8, 16... batches, as the tables double: plans made for the empty
                # tables (PostgreSQL: ~2 s per batch for the duplicate lookup) are replaced.
                await planner_stats.refresh()
            if progress:
                progress(len(batch))
            batch = following
    except JobLost:
        log.info("import job %s stopped: cancelled or taken over", job.id)
        return await ImportJob.get(id=job.id)
    finally:
        if parsing is not None and not parsing.done():
            parsing.cancel()
    async with in_transaction() as conn:
        done = await ImportJob.filter(id=job.id, status="running", processed=position) \
            .using_db(conn).update(status="done", finished_at=now_utc(), heartbeat_at=now_utc())
        job = await ImportJob.filter(id=job.id).using_db(conn).get()
        if done:
            await audit.record(
                actor=actor, action="import.finished", target_type="import_job",
                target_id=job.id, using_db=conn,
                changes={"kind": job.kind, "rows": job.total_rows,
                         "created": job.created_count, "updated": job.updated_count,
                         "skipped": job.skipped_count, "failed": job.failed_count})
    if done:
        storage.remove(job.file_path)
        await planner_stats.refresh()  # a big import can change which plan is best
    return job
