"""Importing customers: upload, mapping, dry run, background run, report — and who may."""

from __future__ import annotations

import httpx
import pytest

from backend import planner_stats
from backend.accounts.models import Role
from backend.audit.models import AuditEvent
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import Customer, CustomerKey, CustomerTag
from backend.customers.normalize import name_key
from backend.dataio.models import ImportJob
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user
from tests.support.customers import as_user, company
from tests.support.dataio import (
    DRY_RUN,
    GET,
    SET_MAPPING,
    gbk_csv,
    mapping_of,
    ok,
    run_import,
    upload,
    uploaded,
)

GOOD = ("客户名称,手机,邮箱,负责人,标签,行业,客户级别",
        "北京星辰科技有限公司,13800138000,info@xingchen.example.com,mike,VIP;重点客户,互联网,A",
        "上海海风贸易,021-62345678;13900139000,,,展会,零售,B")
BAD = ("客户名称,手机,邮箱,负责人",
       "甲公司,12,jia@example.com,",
       "乙公司,13800000002,not-an-email,",
       "丙公司,13800000003,bing@example.com,nobody.here",
       ",13800000004,,",
       "甲公司,13800000005,,",
       "丁公司,13800000002,,",
       "戊公司,13700000001,,")


async def test_gbk_file_with_chinese_headers_imports_as_the_app_stores(
        client: httpx.AsyncClient, db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    job = await uploaded(client, gbk_csv(*GOOD))
    assert job["encoding"] == "gb18030" and job["totalRows"] == 2
    assert {m["column"]: m["field"] for m in job["mapping"]} == {
        "客户名称": "name", "手机": "phones", "邮箱": "emails", "负责人": "owner",
        "标签": "tags", "行业": "industry", "客户级别": "level"}
    done = await run_import(client, gbk_csv(*GOOD))
    assert (done["status"], done["createdCount"], done["failedCount"]) == ("done", 2, 0)
    star = await Customer.get(name="北京星辰科技有限公司")
    assert pii.phones(star) == ["13800138000"]
    assert pii.emails(star) == ["info@xingchen.example.com"]
    assert "13800138000" not in (star.phones_enc or "")  # sealed at rest
    assert (star.level, star.industry, star.stage) == ("A", "互联网", "lead")
    assert star.name_key == name_key(star.name) == "北京星辰科技"
    assert star.search_text == await pii.search_document(star.id, star.name)
    assert sorted(await CustomerTag.filter(customer_id=star.id)
                  .values_list("tag__name", flat=True)) == ["VIP", "重点客户"]
    digest = blind_index.index("phone", "13800138000")
    assert await CustomerKey.filter(digest=digest).values_list("customer_id", flat=True) \
        == [star.id]
    sea = await Customer.get(name="上海海风贸易")
    assert pii.phones(sea) == ["021-62345678", "13900139000"]


async def test_dry_run_reports_every_problem_by_row_and_column(
        client: httpx.AsyncClient, db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    existing = Customer(name="戊公司", name_key=name_key("戊公司"), owner_id=None)
    await existing.save()
    job = await uploaded(client, gbk_csv(*BAD))
    await ok(client, SET_MAPPING, {"id": job["id"], "m": mapping_of(job), "s": "SKIP"})
    checked = await ok(client, DRY_RUN, {"id": job["id"]})
    problems = {(p["row"], p["column"], p["code"]) for p in checked["problems"]}
    assert problems == {
        (2, "手机", "INVALID_PHONE"), (3, "邮箱", "INVALID_EMAIL"),
        (4, "负责人", "UNKNOWN_OWNER"), (5, "客户名称", "REQUIRED"),
        (6, "客户名称", "DUPLICATE_IN_FILE"), (7, "手机", "DUPLICATE_IN_FILE"),
        (8, "客户名称", "DUPLICATE_IN_CRM")}
    assert (checked["status"], checked["failedCount"], checked["skippedCount"]) == \
        ("validated", 4, 3)
    assert await Customer.all().count() == 1  # a dry run writes nothing
    text = str(checked) + str(await AuditEvent.all().values_list("changes", flat=True))
    for value in ("not-an-email", "13800000002", "nobody.here"):
        assert value not in text  # positions and codes, never cell values


async def test_report_lists_each_row_outcome(client: httpx.AsyncClient, db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    done = await run_import(client, gbk_csv(*BAD))
    assert (done["createdCount"], done["failedCount"], done["skippedCount"]) == (1, 4, 2)
    report = await client.get(done["reportUrl"])
    assert report.status_code == 200
    lines = report.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "row,column,code,outcome"
    assert "2,手机,INVALID_PHONE,failed" in lines and "8,,,created" in lines
    assert "6,客户名称,DUPLICATE_IN_FILE,skipped" in lines
    events = await AuditEvent.filter(action="import.batch").values_list("changes", flat=True)
    assert [e["created"] for e in events] == [1]  # type: ignore[index]


async def test_upload_needs_import_right_session_and_csrf(client: httpx.AsyncClient,
                                                          db: Settings) -> None:
    await company()
    assert (await upload(client, gbk_csv(*GOOD))).status_code == 401
    await as_user(client, "sam")  # sales: no customers.import
    refused = await upload(client, gbk_csv(*GOOD))
    assert refused.status_code == 403 and refused.json()["error"] == "FORBIDDEN"
    await as_user(client, "mike")
    assert (await upload(client, gbk_csv(*GOOD), csrf=False)).status_code == 403
    assert await ImportJob.all().count() == 0
    assert (await upload(client, gbk_csv(*GOOD))).status_code == 201


async def test_someone_elses_job_is_not_found(client: httpx.AsyncClient, db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    job = await uploaded(client, gbk_csv(*GOOD))
    await Role.filter(name="admin").first()
    await make_user("mona", "manager")
    await as_user(client, "mona")
    body = await gql(client, GET, {"id": job["id"]})
    assert error_codes(body) == ["NOT_FOUND"]
    assert (await client.get(f"/api/imports/{job['id']}/report.csv")).status_code == 404


async def test_bad_files_and_mappings_are_refused(client: httpx.AsyncClient,
                                                  db: Settings) -> None:
    await company()
    await as_user(client, "mike")
    empty = await upload(client, b"name,phone\r\n")
    assert empty.status_code == 400 and empty.json()["fields"] == {"file": ["NO_ROWS"]}
    fake = await upload(client, b"not a zip", name="x.xlsx")
    assert fake.json()["fields"] == {"file": ["NOT_XLSX"]}
    job = await uploaded(client, gbk_csv(*GOOD))
    body = await gql(client, SET_MAPPING, {"id": job["id"], "s": "SKIP",
                                           "m": [{"column": "手机", "field": "phones"}]})
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["fields"] == {"mapping": ["REQUIRED_NAME"]}


async def test_a_file_with_ten_thousand_rows(client: httpx.AsyncClient, db: Settings,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    analysed_at: list[int] = []
    refresh = planner_stats.refresh

    async def counted_refresh() -> None:
        analysed_at.append(await Customer.all().count())
        await refresh()

    monkeypatch.setattr(planner_stats, "refresh", counted_refresh)
    await company()
    await as_user(client, "mike")
    lines = ["名称,手机,邮箱,标签"] + [
        f"万行客户{i:05d},135{i:08d},w{i}@example.com,批次{i % 3}" for i in range(10_000)]
    lines[5001] = "坏行客户,135,,"  # one bad phone in the middle
    done = await run_import(client, gbk_csv(*lines))
    assert (done["status"], done["processed"], done["createdCount"], done["failedCount"]) == \
        ("done", 10_000, 9_999, 1)
    assert done["problems"] == [{"row": 5002, "column": "手机", "code": "INVALID_PHONE"}]
    assert await Customer.all().count() == 9_999
    report = (await client.get(done["reportUrl"])).content.decode("utf-8-sig").splitlines()
    assert len(report) == 1 + 10_000 and "5002,手机,INVALID_PHONE,failed" in report
    # Statistics are refreshed while the table grows, not only once the import is done.
    assert any(0 < n < 9_999 for n in analysed_at) and analysed_at[-1] == 9_999
