"""GraphQL types of imports and exports."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from backend.customers.inputs import CustomerFilterInput
from backend.dataio.models import ExportJob as ExportRow
from backend.dataio.models import ImportJob as ImportRow
from backend.dataio.models import ImportTemplate as TemplateRow
from backend.deals.inputs import DealFilterInput


@strawberry.enum(description="What a file imports.")
class ImportKind(Enum):
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    DEALS = "deals"


@strawberry.enum(description="What to do with a row that duplicates an existing record.")
class DuplicateStrategy(Enum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


@strawberry.type(description="Which field a column of the file feeds.")
class ColumnMapping:
    column: str = strawberry.field(description="The column header, as in the file.")
    field: str = strawberry.field(description="The field key (see importFields), or ignore.")


@strawberry.input(description="Which field a column of the file feeds.")
class ColumnMappingInput:
    column: str = strawberry.field(description="The column header, as in the file.")
    field: str = strawberry.field(description="The field key (see importFields), or ignore.")


@strawberry.type(description="A problem with one cell or row: position and code, never the "
                 "cell's value.")
class ImportProblem:
    row: int = strawberry.field(description="Row number as a spreadsheet shows it (header 1).")
    column: str = strawberry.field(description="Column header (or field key) concerned.")
    code: str = strawberry.field(description="INVALID_PHONE, INVALID_EMAIL, UNKNOWN_OWNER, "
                                 "DUPLICATE_IN_FILE, DUPLICATE_IN_CRM, REQUIRED, ...")


@strawberry.type(description="A field a column can be imported into.")
class ImportField:
    key: str = strawberry.field(description="Field key used in mappings.")
    required: bool = strawberry.field(description="Whether a column must feed it.")
    multiple: bool = strawberry.field(description="Whether several columns may feed it.")


def mapping_of(mapping: dict[str, str]) -> list[ColumnMapping]:
    return [ColumnMapping(column=c, field=f) for c, f in mapping.items()]


@strawberry.type(description="A suggested column mapping for an uploaded file.")
class ImportMappingSuggestion:
    mapping: list[ColumnMapping] = strawberry.field(description="Column → field.")
    template: str | None = strawberry.field(description="The saved template it comes from, "
                                            "if any (else from the header names).")


@strawberry.type(description="A saved column mapping.")
class ImportTemplate:
    id: strawberry.ID = strawberry.field(description="The template's id.")
    kind: ImportKind = strawberry.field(description="What it imports.")
    name: str = strawberry.field(description="Its name.")
    mapping: list[ColumnMapping] = strawberry.field(description="Column → field.")
    created_at: datetime = strawberry.field(description="When it was saved.")

    @classmethod
    def of(cls, row: TemplateRow) -> ImportTemplate:
        return cls(id=strawberry.ID(str(row.id)), kind=ImportKind(row.kind), name=row.name,
                   mapping=mapping_of(row.mapping), created_at=row.created_at)


@strawberry.type(description="An import: its file, mapping, progress and outcome counts. "
                 "Counts are predictions after a dry run and actual once it runs.")
class ImportJob:
    row: strawberry.Private[ImportRow]
    id: strawberry.ID = strawberry.field(description="The job's id.")
    kind: ImportKind = strawberry.field(description="What it imports.")
    status: str = strawberry.field(description="uploaded, validated, queued, running, done, "
                                   "failed or cancelled.")
    file_name: str = strawberry.field(description="Name of the uploaded file.")
    file_format: str = strawberry.field(description="csv or xlsx.")
    encoding: str = strawberry.field(description="Detected encoding of a CSV file (utf-8, "
                                     "utf-8-sig, gb18030).")
    headers: list[str] = strawberry.field(description="The columns of the file.")
    mapping: list[ColumnMapping] = strawberry.field(description="Column → field.")
    duplicate_strategy: DuplicateStrategy = strawberry.field(description="Duplicates rule.")
    total_rows: int = strawberry.field(description="Data rows in the file.")
    processed: int = strawberry.field(description="Rows whose batch has committed.")
    created_count: int = strawberry.field(description="Rows created (or to be created).")
    updated_count: int = strawberry.field(description="Rows updated (or to be updated).")
    skipped_count: int = strawberry.field(description="Rows skipped as duplicates.")
    failed_count: int = strawberry.field(description="Rows refused for their problems.")
    problem_count: int = strawberry.field(description="Problems found by the dry run (at "
                                          "most 10,000 are kept).")
    error: str = strawberry.field(description="Why the job failed (a code), if it did.")
    created_at: datetime = strawberry.field(description="When the file was uploaded.")
    started_at: datetime | None = strawberry.field(description="When the run started.")
    finished_at: datetime | None = strawberry.field(description="When it ended.")
    report_url: str = strawberry.field(description="Where the row-by-row report downloads.")

    @strawberry.field(description="Share of rows processed, 0 to 1.")
    def progress(self) -> float:
        return self.processed / self.total_rows if self.total_rows else 0.0

    @strawberry.field(description="Problems of the dry run, in row order (a page of them).")
    def problems(self, first: int = 100, offset: int = 0) -> list[ImportProblem]:
        first, offset = max(0, min(first, 1000)), max(0, offset)
        return [ImportProblem(row=int(str(p["row"])), column=str(p["column"]),
                              code=str(p["code"]))
                for p in self.row.problems[offset:offset + first]]

    @classmethod
    def of(cls, row: ImportRow) -> ImportJob:
        return cls(
            row=row, id=strawberry.ID(str(row.id)), kind=ImportKind(row.kind), status=row.status,
            file_name=row.file_name, file_format=row.file_format, encoding=row.encoding,
            headers=list(row.headers), mapping=mapping_of(row.mapping),
            duplicate_strategy=DuplicateStrategy(row.duplicate_strategy),
            total_rows=row.total_rows, processed=row.processed,
            created_count=row.created_count, updated_count=row.updated_count,
            skipped_count=row.skipped_count, failed_count=row.failed_count,
            problem_count=len(row.problems), error=row.error, created_at=row.created_at,
            started_at=row.started_at, finished_at=row.finished_at,
            report_url=f"/api/imports/{row.id}/report.csv")


@strawberry.enum(description="What an export lists.")
class ExportKind(Enum):
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    DEALS = "deals"


@strawberry.enum(description="File format of an export.")
class ExportFormat(Enum):
    CSV = "csv"
    XLSX = "xlsx"


@strawberry.input(description="What to export: a list view with its filter.")
class StartExportInput:
    kind: ExportKind = strawberry.field(description="Customers, their contacts, or deals.")
    format: ExportFormat = strawberry.field(default=ExportFormat.XLSX,
                                            description="CSV (UTF-8 with BOM) or XLSX.")
    filter: CustomerFilterInput | None = strawberry.field(
        default=None, description="The customer list's filter (customers and contacts).")
    search: str | None = strawberry.field(default=None, description="The customer list's "
                                          "search text (customers and contacts).")
    deal_filter: DealFilterInput | None = strawberry.field(
        default=None, description="The deal list's filter (deals).")
    columns: list[str] | None = strawberry.field(default=None, description="Columns, in "
                                                 "order (default: all of the kind).")


@strawberry.type(description="An export and, once done, where its file downloads (once, "
                 "within 24 hours, by whoever started it).")
class ExportJob:
    id: strawberry.ID = strawberry.field(description="The job's id.")
    kind: ExportKind = strawberry.field(description="What it lists.")
    format: ExportFormat = strawberry.field(description="File format.")
    status: str = strawberry.field(description="queued, running, done, failed or expired "
                                   "(not downloaded within 24 hours: the file is gone).")
    row_count: int = strawberry.field(description="Rows in the file.")
    masked: bool = strawberry.field(description="Whether personal data may be masked in it.")
    columns: list[str] = strawberry.field(description="Its columns.")
    error: str = strawberry.field(description="Why it failed (a code), if it did.")
    created_at: datetime = strawberry.field(description="When it was started.")
    finished_at: datetime | None = strawberry.field(description="When the file was ready.")
    expires_at: datetime | None = strawberry.field(description="Download deadline.")
    downloaded: bool = strawberry.field(description="Whether the file was downloaded.")
    download_url: str | None = strawberry.field(description="Where the file downloads, while "
                                                "it can.")

    @classmethod
    def of(cls, row: ExportRow) -> ExportJob:
        ready = row.status == "done" and row.downloaded_at is None
        return cls(id=strawberry.ID(str(row.id)), kind=ExportKind(row.kind),
                   format=ExportFormat(row.file_format), status=row.status,
                   row_count=row.row_count, masked=row.masked, columns=list(row.columns),
                   error=row.error, created_at=row.created_at, finished_at=row.finished_at,
                   expires_at=row.expires_at, downloaded=row.downloaded_at is not None,
                   download_url=f"/api/exports/{row.id}/download" if ready else None)
