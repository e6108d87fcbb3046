"""Shared pieces of the import/export tests: uploading a file and driving a job through the API."""

from __future__ import annotations

from typing import Any

import httpx

from backend.dataio import runner
from tests.conftest import gql

JOB = """id kind status fileName encoding headers mapping { column field } duplicateStrategy
totalRows processed progress createdCount updatedCount skippedCount failedCount problemCount
error reportUrl problems(first: 1000) { row column code }"""
SET_MAPPING = """mutation($id: ID!, $m: [ColumnMappingInput!]!, $s: DuplicateStrategy!,
  $t: String) { setImportMapping(jobId: $id, mapping: $m, duplicateStrategy: $s,
  saveTemplateAs: $t) { %s } }""" % JOB
DRY_RUN = "mutation($id: ID!) { dryRunImport(jobId: $id) { %s } }" % JOB
START = "mutation($id: ID!) { startImport(jobId: $id) { %s } }" % JOB
GET = "query($id: ID!) { importJob(id: $id) { %s } }" % JOB


async def upload(client: httpx.AsyncClient, data: bytes, name: str = "customers.csv",
                 kind: str = "customers", csrf: bool = True) -> httpx.Response:
    headers = {"x-csrf-token": client.cookies.get("crm_csrf") or ""} if csrf else {}
    return await client.post("/api/imports", files={"file": (name, data)},
                             data={"kind": kind}, headers=headers)


async def uploaded(client: httpx.AsyncClient, data: bytes, **kwargs: Any) -> dict[str, Any]:
    response = await upload(client, data, **kwargs)
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()["job"]
    return job


def mapping_of(job: dict[str, Any]) -> list[dict[str, str]]:
    return [{"column": m["column"], "field": m["field"]} for m in job["mapping"]]


async def ok(client: httpx.AsyncClient, query: str, variables: dict[str, Any]
             ) -> dict[str, Any]:
    body = await gql(client, query, variables)
    assert "errors" not in body, body
    result: dict[str, Any] = next(iter(body["data"].values()))
    return result


async def run_import(client: httpx.AsyncClient, data: bytes, strategy: str = "SKIP",
                     kind: str = "customers", name: str = "customers.csv",
                     mapping: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """Upload, keep the suggested mapping, dry run, start, let the runner run it; the job."""
    job = await uploaded(client, data, kind=kind, name=name)
    await ok(client, SET_MAPPING, {"id": job["id"], "m": mapping or mapping_of(job),
                                   "s": strategy})
    await ok(client, DRY_RUN, {"id": job["id"]})
    await ok(client, START, {"id": job["id"]})
    assert await runner.run_once()
    return await ok(client, GET, {"id": job["id"]})


def gbk_csv(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("gbk")
