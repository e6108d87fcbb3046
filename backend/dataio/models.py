"""Import and export jobs. A job row is the resumable record of a background run: ``processed``
is the number of source rows whose batch has committed, so a restarted job continues after it.

Uploaded files and export results may hold PII: they are stored encrypted (AES-GCM, the same key
ring as the database columns) under the data directory, never in clear.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class ImportJob(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16)  # customers | contacts | deals
    status = fields.CharField(max_length=16, default="uploaded", db_index=True)
    # uploaded → validated (dry run done) → queued → running → done | failed | cancelled
    file_name = fields.CharField(max_length=255)
    file_path = fields.CharField(max_length=255)  # encrypted blob under the data directory
    file_format = fields.CharField(max_length=8)  # csv | xlsx
    encoding = fields.CharField(max_length=16, default="")
    headers: list[str] = fields.JSONField(default=list)
    mapping: dict[str, str] = fields.JSONField(default=dict)  # column header -> field
    duplicate_strategy = fields.CharField(max_length=8, default="skip")  # skip | update | create
    total_rows = fields.IntField(default=0)
    processed = fields.IntField(default=0)
    created_count = fields.IntField(default=0)
    updated_count = fields.IntField(default=0)
    skipped_count = fields.IntField(default=0)
    failed_count = fields.IntField(default=0)
    # [{"row": int, "column": str, "code": str}] — codes and positions, never cell values.
    problems: list[dict[str, object]] = fields.JSONField(default=list)
    error = fields.CharField(max_length=255, default="")
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    heartbeat_at = fields.DatetimeField(null=True)

    class Meta:
        table = "import_job"


class ImportTemplate(Model):
    """A saved column mapping, offered again for files with the same headers."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16)
    name = fields.CharField(max_length=100)
    mapping: dict[str, str] = fields.JSONField(default=dict)
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "import_template"


class ExportJob(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16)  # customers | contacts | deals
    file_format = fields.CharField(max_length=8)  # csv | xlsx
    status = fields.CharField(max_length=16, default="queued", db_index=True)
    filters: dict[str, object] = fields.JSONField(default=dict)
    columns: list[str] = fields.JSONField(default=list)
    masked = fields.BooleanField(default=True)
    row_count = fields.IntField(default=0)
    file_path = fields.CharField(max_length=255, default="")
    error = fields.CharField(max_length=255, default="")
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True)
    downloaded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "export_job"
