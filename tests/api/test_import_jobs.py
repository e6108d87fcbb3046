"""Import jobs around the rows: templates, cancelling, XLSX files, size limit, custom fields."""

from __future__ import annotations

import dataclasses
import io

import httpx
from openpyxl import Workbook

from backend.accounts.models import User
from backend.customers import pii
from backend.customers.models import Customer, CustomFieldDef, CustomFieldValue
from backend.dataio import runner
from backend.dataio.models import ImportJob
from backend.settings import Settings, use_settings
from tests.conftest import error_codes, gql
from tests.support.customers import as_user, company
from tests.support.dataio import (
    GET,
    SET_MAPPING,
    START,
    gbk_csv,
    mapping_of,
    ok,
    run_import,
    upload,
    uploaded,
)

ODD = ("Firma,Rufnummer,Notiz", "Alpha GmbH,030 1234567,x")
SUGGEST = """query($id: ID!) { suggestImportMapping(jobId: $id) { template
  mapping { column field } } }"""
CANCEL = "mutation($id: ID!) { cancelImport(jobId: $id) { status } }"


async def test_a_saved_template_maps_the_next_file_with_the_same_columns(
        client: httpx.AsyncClient, db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    first = await uploaded(client, gbk_csv(*ODD))
    assert first["mapping"] == []  # German headers: no synonym matches
    chosen = [{"column": "Firma", "field": "name"}, {"column": "Rufnummer", "field": "phones"},
              {"column": "Notiz", "field": "ignore"}]
    await ok(client, SET_MAPPING, {"id": first["id"], "m": chosen, "s": "SKIP",
                                   "t": "Berlin list"})
    second = await uploaded(client, gbk_csv(*ODD))
    suggestion = await ok(client, SUGGEST, {"id": second["id"]})
    assert suggestion["template"] == "Berlin list"
    assert {m["column"]: m["field"] for m in suggestion["mapping"]} == {
        "Firma": "name", "Rufnummer": "phones"}
    assert mapping_of(second) == suggestion["mapping"]  # offered at upload already


async def test_a_cancelled_job_never_runs_and_a_started_one_cannot_be_remapped(
        client: httpx.AsyncClient, db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    job = await uploaded(client, gbk_csv("名称", "甲"))
    await ok(client, START, {"id": job["id"]})
    again = await gql(client, SET_MAPPING, {"id": job["id"], "m": mapping_of(job), "s": "SKIP"})
    assert error_codes(again) == ["CONFLICT"]
    assert (await ok(client, CANCEL, {"id": job["id"]}))["status"] == "cancelled"
    assert not await runner.run_once()
    assert await Customer.all().count() == 0
    assert error_codes(await gql(client, CANCEL, {"id": job["id"]})) == ["CONFLICT"]


async def test_xlsx_with_numeric_phones_imports(client: httpx.AsyncClient,
                                                db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["公司名称", "联系电话", "电子邮箱"])
    sheet.append(["表格客户", 13812345678, "x@example.com"])
    out = io.BytesIO()
    book.save(out)
    done = await run_import(client, out.getvalue(), name="list.xlsx")
    assert done["createdCount"] == 1
    assert pii.phones(await Customer.get(name="表格客户")) == ["13812345678"]


async def test_files_above_the_size_limit_are_refused(client: httpx.AsyncClient,
                                                      db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    use_settings(dataclasses.replace(db, import_max_mb=1))
    big = gbk_csv("名称", *[f"客户{i:07d}" for i in range(120_000)])
    assert len(big) > 1024 * 1024
    response = await upload(client, big)
    assert response.status_code == 400 and response.json()["fields"] == {"file": ["TOO_LARGE"]}
    assert await ImportJob.all().count() == 0


async def test_custom_fields_are_checked_and_stored(client: httpx.AsyncClient,
                                                    db: Settings) -> None:
    await company()
    size = await CustomFieldDef.create(key="size", label_en="Size", label_zh="规模",
                                       type="select", options=["small", "large"],
                                       required=True)
    await as_user(client, "mike")
    data = gbk_csv("名称,规模", "大客户,large", "怪客户,huge", "空客户,")
    job = await uploaded(client, data)
    assert {m["column"]: m["field"] for m in job["mapping"]}["规模"] == "custom.size"
    done = await run_import(client, data)
    assert {(p["row"], p["code"]) for p in done["problems"]} == {
        (3, "INVALID_VALUE"), (4, "REQUIRED")}
    big = await Customer.get(name="大客户")
    value = await CustomFieldValue.get(customer_id=big.id, field_id=size.id)
    assert value.value_text == "large"
    assert (await gql(client, GET, {"id": done["id"]}))["data"]["importJob"]["failedCount"] == 2


async def test_a_job_stops_when_its_owner_is_disabled(client: httpx.AsyncClient,
                                                      db: Settings) -> None:
    world = await company()
    await as_user(client, "mike")
    job = await uploaded(client, gbk_csv("名称", "甲"))
    await ok(client, START, {"id": job["id"]})
    await User.filter(id=world.users["mike"]).update(is_active=False)
    assert await runner.run_once()
    stopped = await ImportJob.get(id=int(job["id"]))
    assert (stopped.status, stopped.error) == ("failed", "UNAUTHENTICATED")
    assert await Customer.all().count() == 0
