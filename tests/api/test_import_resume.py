"""A 10,000-row import killed halfway, then resumed: exactly the right rows, each once.

The kill is real: `crm import` runs in its own process with CRM_FAULT_IMPORT_EXIT_AFTER_BATCHES
(see backend/dataio/importer.py), which makes it die with os._exit inside the batch after the
given number, after writing that batch's rows and before committing them.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
from pathlib import Path

from backend.audit.models import AuditEvent
from backend.customers import pii
from backend.customers.models import Customer
from backend.dataio.importer import BATCH
from backend.dataio.models import ImportJob
from backend.settings import Settings
from tests.support.accounts import make_user
from tests.support.server import CRM

ROWS = 10_000


def _crm(settings: Settings, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CRM, *args], capture_output=True, text=True, timeout=600,
        env={**os.environ, "CRM_DATA_DIR": str(settings.data_dir),
             "CRM_DATABASE_URL": settings.database_url, "CRM_PUBLIC_URL": settings.public_url,
             **env})


def _file(path: Path) -> Path:
    lines = ["名称,手机,邮箱"] + [f"断点客户{i:05d},139{i:08d},r{i}@example.com"
                                for i in range(ROWS)]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"))
    return path


async def test_killed_import_resumes_without_losing_or_repeating_rows(
        db: Settings, tmp_path: Path) -> None:
    await make_user("importer", "admin")
    source = _file(tmp_path / "big.csv")
    killed = _crm(db, "import", str(source), "--type", "customers", "--user", "importer",
                  CRM_FAULT_IMPORT_EXIT_AFTER_BATCHES="6")
    assert killed.returncode == 75, killed.stderr[-2000:]
    job = await ImportJob.get(status="running")
    # Six batches committed; the seventh wrote its rows but died before its commit.
    assert job.processed == 6 * BATCH
    assert await Customer.all().count() == 6 * BATCH
    assert await AuditEvent.filter(action="import.batch").count() == 6

    refused = _crm(db, "import", "--resume", str(job.id))  # its heartbeat is still fresh
    assert refused.returncode == 1 and "cannot be resumed" in refused.stderr
    await asyncio.sleep(1.2)
    resumed = _crm(db, "import", "--resume", str(job.id), CRM_JOB_STALE_SECONDS="1")
    assert resumed.returncode == 0, resumed.stderr[-2000:]

    job = await ImportJob.get(id=job.id)
    assert (job.status, job.processed, job.created_count) == ("done", ROWS, ROWS)
    names = await Customer.all().values_list("name", flat=True)
    assert sorted(names) == [f"断点客户{i:05d}" for i in range(ROWS)]  # each exactly once
    sample = await Customer.get(name="断点客户06789")
    assert pii.phones(sample) == ["13900006789"]
    batches = await AuditEvent.filter(action="import.batch").values_list("changes", flat=True)
    assert sum(b["created"] for b in batches) == ROWS  # type: ignore[index]
    report = _crm(db, "import", "--resume", str(job.id))
    assert report.returncode == 1  # a finished job is not run again
    assert await Customer.all().count() == ROWS
