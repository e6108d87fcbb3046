"""Imports and exports in the API. The file itself goes up through ``POST /api/imports`` and
comes down through ``/api/imports/{id}/report.csv`` and ``/api/exports/{id}/download``; the
steps in between are these fields. Thin: parse, call ``jobs`` / ``exporting``, shape."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry.permission import BasePermission

from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import HasPerm, StepUp
from backend.customers.queries import actor_of
from backend.dataio import exporting, fields, jobs
from backend.dataio import types as t
from backend.dataio.models import ExportJob as ExportRow

IMPORT = [HasPerm(Perm.CUSTOMERS_IMPORT)]
EXPORT = [HasPerm(Perm.CUSTOMERS_EXPORT)]
EXPORT_STEP_UP: list[type[BasePermission]] = [HasPerm(Perm.CUSTOMERS_EXPORT), StepUp]


def _plain(value: Any) -> Any:
    """An input object as JSON (snake_case keys), as the export job keeps its filter."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if getattr(value, f.name) is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


@strawberry.type
class Query:
    @strawberry.field(description="One of your imports.", permission_classes=IMPORT)
    async def import_job(self, info: Info, id: strawberry.ID) -> t.ImportJob:
        return t.ImportJob.of(await jobs.get_job(actor_of(info), parse_id(id)))

    @strawberry.field(description="Your imports, newest first.", permission_classes=IMPORT)
    async def import_jobs(self, info: Info, first: int = 20) -> list[t.ImportJob]:
        return [t.ImportJob.of(j) for j in await jobs.list_jobs(actor_of(info), first)]

    @strawberry.field(description="The fields a column can feed, for a kind.",
                      permission_classes=IMPORT)
    async def import_fields(self, kind: t.ImportKind) -> list[t.ImportField]:
        from backend.customers.custom_fields import active_defs

        found = [t.ImportField(key=f.key, required=f.required, multiple=f.multiple)
                 for f in fields.FIELDS[kind.value]]
        if kind is t.ImportKind.CUSTOMERS:
            found += [t.ImportField(key=fields.CUSTOM_PREFIX + k, required=d.required,
                                    multiple=False) for k, d in (await active_defs()).items()]
        return found

    @strawberry.field(description="A column mapping for the job's file: from a saved template "
                      "whose columns it has, else from the header names (Chinese or English).",
                      permission_classes=IMPORT)
    async def suggest_import_mapping(self, info: Info, job_id: strawberry.ID
                                     ) -> t.ImportMappingSuggestion:
        job = await jobs.get_job(actor_of(info), parse_id(job_id))
        mapping, template = await jobs.suggest_mapping(job.kind, job.headers)
        return t.ImportMappingSuggestion(mapping=t.mapping_of(mapping), template=template)

    @strawberry.field(description="Saved column mappings of a kind.", permission_classes=IMPORT)
    async def import_templates(self, kind: t.ImportKind) -> list[t.ImportTemplate]:
        return [t.ImportTemplate.of(r) for r in await jobs.templates(kind.value)]

    @strawberry.field(description="One of your exports.", permission_classes=EXPORT)
    async def export_job(self, info: Info, id: strawberry.ID) -> t.ExportJob:
        return t.ExportJob.of(await exporting.get_job(actor_of(info), parse_id(id)))

    @strawberry.field(description="Your exports, newest first.", permission_classes=EXPORT)
    async def export_jobs(self, info: Info, first: int = 20) -> list[t.ExportJob]:
        rows = await ExportRow.filter(created_by_id=actor_of(info).user_id) \
            .order_by("-id").limit(max(1, min(first, 100)))
        return [t.ExportJob.of(r) for r in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Choose the columns and the duplicate strategy of an "
                         "import; optionally save them as a template. Makes a dry run stale.",
                         permission_classes=IMPORT)
    async def set_import_mapping(
            self, info: Info, job_id: strawberry.ID, mapping: list[t.ColumnMappingInput],
            duplicate_strategy: t.DuplicateStrategy = t.DuplicateStrategy.SKIP,
            save_template_as: str | None = None) -> t.ImportJob:
        job = await jobs.set_mapping(
            actor=actor_of(info), job_id=parse_id(job_id),
            mapping={m.column: m.field for m in mapping},
            duplicate_strategy=duplicate_strategy.value, save_template_as=save_template_as)
        return t.ImportJob.of(job)

    @strawberry.mutation(description="Check every row without writing: problems by row and "
                         "column, and how many rows would be created, updated, skipped or "
                         "refused.", permission_classes=IMPORT)
    async def dry_run_import(self, info: Info, job_id: strawberry.ID) -> t.ImportJob:
        return t.ImportJob.of(await jobs.dry_run(actor=actor_of(info), job_id=parse_id(job_id)))

    @strawberry.mutation(description="Run the import in the background; follow it with "
                         "importJob.", permission_classes=IMPORT)
    async def start_import(self, info: Info, job_id: strawberry.ID) -> t.ImportJob:
        return t.ImportJob.of(await jobs.start(actor=actor_of(info), job_id=parse_id(job_id)))

    @strawberry.mutation(description="Stop an import. Batches already written stay.",
                         permission_classes=IMPORT)
    async def cancel_import(self, info: Info, job_id: strawberry.ID) -> t.ImportJob:
        return t.ImportJob.of(await jobs.cancel(actor=actor_of(info), job_id=parse_id(job_id)))

    @strawberry.mutation(description="Export a list view with its filter. Personal data stays "
                         "masked where you lack customers.pii.read. Small exports are ready at "
                         "once, large ones follow in the background. Needs a recent sign-in.",
                         permission_classes=EXPORT_STEP_UP)
    async def start_export(self, info: Info, input: t.StartExportInput) -> t.ExportJob:
        kind = input.kind.value
        chosen = input.deal_filter if kind == "deals" else input.filter
        job = await exporting.start_export(
            actor=actor_of(info), kind=kind, file_format=input.format.value,
            raw_filter=_plain(chosen) if chosen else {},
            search=input.search if kind != "deals" else None, columns=input.columns)
        return t.ExportJob.of(job)

