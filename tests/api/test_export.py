"""Exports: masked unless the exporter may read PII, formulas escaped, audited, downloaded once,
alerting admins above the threshold; customers.export and step-up required."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import timedelta

import httpx
from openpyxl import load_workbook

from backend.accounts.models import Role, Session
from backend.audit.models import AuditEvent
from backend.core.models import now_utc
from backend.customers import pii
from backend.customers.models import Customer
from backend.dataio import runner
from backend.notifications.models import Notification
from backend.settings import Settings, use_settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user
from tests.support.customers import Company, as_user, company

START = """mutation($i: StartExportInput!) { startExport(input: $i) {
  id status rowCount masked columns downloadUrl downloaded } }"""
GET = "query($id: ID!) { exportJob(id: $id) { id status rowCount downloadUrl } }"
EVIL = '=HYPERLINK("http://evil.example","click")'


async def _world() -> Company:
    world = await company()
    await Role.create(name="support_export", data_scope="all", permissions=[
        "customers.read", "customers.pii.reveal", "customers.export"])
    await make_user("supx", "support_export")
    rows = [("Sam Co", "sam", "East-1", "13800000001", "lead"),
            (EVIL, "sue", "East", "13800000002", "lead"),
            ("Wes Co", "wes", "West", "13800000003", "customer")]
    for name, owner, team, phone, stage in rows:
        c = Customer(name=name, owner_id=world.users[owner], team_id=world.teams[team],
                     stage=stage, industry="+cmd|' /C calc'!A0", needs="@SUM(1+1)")
        pii.set_phones(c, [phone])
        pii.set_emails(c, [f"boss{phone[-1]}@example.com"])
        await c.save()
    return world


async def _export(client: httpx.AsyncClient, **fields: object) -> dict[str, object]:
    body = await gql(client, START, {"i": {"kind": "CUSTOMERS", "format": "CSV", **fields}})
    assert "errors" not in body, body
    job: dict[str, object] = body["data"]["startExport"]
    return job


def _csv_rows(response: httpx.Response) -> list[dict[str, str]]:
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


async def test_support_export_has_masked_phones_escaped_formulas_and_an_audit_event(
        client: httpx.AsyncClient, db: Settings) -> None:
    await _world()
    await as_user(client, "supx")
    job = await _export(client, columns=["name", "phones", "emails", "industry", "needs"])
    assert job["status"] == "done" and job["rowCount"] == 3 and job["masked"] is True
    rows = _csv_rows(await client.get(str(job["downloadUrl"])))
    by_name = {r["name"]: r for r in rows}
    assert by_name["Sam Co"]["phones"] == "138****0001"
    assert by_name["Sam Co"]["emails"] == "b***@example.com"
    assert "'" + EVIL in by_name  # a formula becomes text
    assert all(r["industry"].startswith("'+") and r["needs"] == "'@SUM(1+1)" for r in rows)
    events = await AuditEvent.filter(action="customers.exported")
    assert len(events) == 1 and events[0].changes["rows"] == 3
    assert "13800000001" not in str(events[0].changes)


async def test_a_manager_sees_pii_of_the_subtree_in_clear_within_the_filter(
        client: httpx.AsyncClient, db: Settings) -> None:
    await _world()
    await as_user(client, "mike")
    job = await _export(client, filter={"stages": ["lead"]}, columns=["name", "phones"])
    rows = _csv_rows(await client.get(str(job["downloadUrl"])))
    assert sorted(r["phones"] for r in rows) == ["13800000001", "13800000002"]
    event = await AuditEvent.get(action="customers.exported")
    assert event.changes["filter"] == {"stages": ["lead"]} and event.changes["rows"] == 2


async def test_xlsx_cells_are_escaped_and_masked(client: httpx.AsyncClient,
                                                 db: Settings) -> None:
    await _world()
    await as_user(client, "supx")
    job = await _export(client, format="XLSX", columns=["name", "phones"])
    response = await client.get(str(job["downloadUrl"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["name", "phones"]
    assert ["'" + EVIL, "138****0002"] in values
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


async def test_export_needs_the_right_and_a_recent_sign_in(client: httpx.AsyncClient,
                                                            db: Settings) -> None:
    await _world()
    await as_user(client, "sam")  # sales: no customers.export
    body = await gql(client, START, {"i": {"kind": "CUSTOMERS"}})
    assert error_codes(body) == ["FORBIDDEN"]
    await as_user(client, "supx")
    await Session.filter(user__username="supx").update(
        reauth_at=now_utc() - timedelta(minutes=30))
    body = await gql(client, START, {"i": {"kind": "CUSTOMERS"}})
    assert error_codes(body) == ["STEP_UP_REQUIRED"]
    assert await AuditEvent.filter(action="customers.exported").count() == 0
    await Session.filter(user__username="supx").update(reauth_at=now_utc())
    assert (await _export(client))["status"] == "done"


async def test_the_file_downloads_once_and_only_by_its_owner(client: httpx.AsyncClient,
                                                              db: Settings) -> None:
    await _world()
    await as_user(client, "supx")
    job = await _export(client)
    url = str(job["downloadUrl"])
    await as_user(client, "mike")
    assert (await client.get(url)).status_code == 404
    await as_user(client, "supx")
    assert (await client.get(url)).status_code == 200
    assert (await client.get(url)).status_code == 410
    again = await gql(client, GET, {"id": job["id"]})
    assert again["data"]["exportJob"]["downloadUrl"] is None
    assert await AuditEvent.filter(action="export.downloaded").count() == 1


async def test_large_exports_run_in_the_background_and_alert_admins(
        client: httpx.AsyncClient, db: Settings) -> None:
    world = await _world()
    use_settings(dataclasses.replace(db, export_inline_rows=1, export_alert_rows=2))
    await as_user(client, "supx")
    job = await _export(client)
    assert job["status"] == "queued" and job["downloadUrl"] is None
    assert await runner.run_once()
    done = (await gql(client, GET, {"id": job["id"]}))["data"]["exportJob"]
    assert done["status"] == "done" and done["rowCount"] == 3
    alerted = await Notification.filter(kind="export_alert").values_list("user_id", flat=True)
    assert sorted(alerted) == sorted([world.users["root"], world.users["aud"]])
    alert = await AuditEvent.get(action="export.alert")
    assert alert.changes["rows"] == 3
    small = await _export(client, filter={"stages": ["customer"]})
    assert small["status"] == "done"  # one row: inline, and under the alert threshold
    assert await AuditEvent.filter(action="export.alert").count() == 1
