"""Exports of contacts and deals, from the console, and of files left too long."""

from __future__ import annotations

import csv
import io
import os
import subprocess
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import httpx

from backend.audit.models import AuditEvent
from backend.core.models import now_utc
from backend.customers import pii
from backend.customers.models import Contact, Customer
from backend.customers.normalize import name_key
from backend.dataio import runner, storage
from backend.dataio.models import ExportJob
from backend.deals import pipelines
from backend.deals.models import Deal
from backend.settings import Settings
from tests.conftest import gql
from tests.support.customers import Company, as_user, company
from tests.support.server import CRM

START = """mutation($i: StartExportInput!) { startExport(input: $i) {
  id status rowCount downloadUrl } }"""


async def _world() -> Company:
    world = await company()
    for name, owner, team in (("Sam Co", "sam", "East-1"), ("Wes Co", "wes", "West")):
        c = await Customer.create(name=name, name_key=name_key(name),
                                  owner_id=world.users[owner], team_id=world.teams[team])
        person = Contact(customer_id=c.id, name=f"{name} boss", is_primary=True)
        pii.set_contact_value(person, "phone", "13500000000")
        await person.save()
        pipeline = await pipelines.default_pipeline()
        stage = (await pipelines.stages_of(pipeline.id))[0]
        await Deal.create(title=f"{name} deal", customer_id=c.id, amount=Decimal("99.50"),
                          pipeline_id=pipeline.id, stage_id=stage.id, owner_id=world.users[owner],
                          team_id=world.teams[team])
    return world


async def _rows(client: httpx.AsyncClient, kind: str) -> list[dict[str, str]]:
    body = await gql(client, START, {"i": {"kind": kind, "format": "CSV"}})
    assert "errors" not in body, body
    response = await client.get(body["data"]["startExport"]["downloadUrl"])
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


async def test_contacts_and_deals_follow_the_exporters_scope(client: httpx.AsyncClient,
                                                             db: Settings) -> None:
    await _world()
    await as_user(client, "mike")  # manager of East: Sam Co is in the subtree, Wes Co is not
    contacts = await _rows(client, "CONTACTS")
    assert [(r["customer"], r["name"], r["phone"]) for r in contacts] == [
        ("Sam Co", "Sam Co boss", "13500000000")]
    deals = await _rows(client, "DEALS")
    assert [(r["title"], r["customer"], r["amount"]) for r in deals] == [
        ("Sam Co deal", "Sam Co", "99.50")]
    actions = await AuditEvent.filter(action__endswith=".exported") \
        .values_list("action", flat=True)
    assert sorted(actions) == ["contacts.exported", "deals.exported"]


def _export_cli(settings: Settings, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CRM, "export", str(out), *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "CRM_DATA_DIR": str(settings.data_dir),
             "CRM_DATABASE_URL": settings.database_url})


async def test_console_export_applies_the_users_rights(db: Settings, tmp_path: Path) -> None:
    await _world()
    out = tmp_path / "list.csv"
    refused = _export_cli(db, out, "--user", "sam")  # sales: no customers.export
    assert refused.returncode == 1 and not out.exists()
    done = _export_cli(db, out, "--user", "root", "--filter", '{"tags": ["none"]}')
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().decode("utf-8-sig").splitlines()[0].startswith("id,name,")
    assert await AuditEvent.filter(action="customers.exported").count() == 1
    handed = await ExportJob.get(status="done")
    assert not storage.path_of(handed.file_path).exists()  # handed over, not kept
    bad = _export_cli(db, out, "--user", "root", "--filter", '{"nope": 1}')
    assert bad.returncode == 1 and "INVALID_FILTER" in bad.stderr


async def test_files_not_downloaded_in_time_are_deleted(client: httpx.AsyncClient,
                                                        db: Settings) -> None:
    await _world()
    await as_user(client, "root")
    body = await gql(client, START, {"i": {"kind": "CUSTOMERS"}})
    job = await ExportJob.get(id=int(body["data"]["startExport"]["id"]))
    assert storage.path_of(job.file_path).exists()
    await ExportJob.filter(id=job.id).update(expires_at=now_utc() - timedelta(minutes=1))
    assert not await runner.run_once()  # nothing to run, but the sweep happens
    assert (await ExportJob.get(id=job.id)).status == "expired"
    assert not storage.path_of(job.file_path).exists()
    assert (await client.get(body["data"]["startExport"]["downloadUrl"])).status_code == 410
