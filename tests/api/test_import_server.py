"""The job runner inside `crm serve`: it picks up imports started in the app, and on start-up
resumes one whose process died (its heartbeat gone stale)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
from pathlib import Path

import httpx

from tests.support.accounts import LOGIN, PASSWORD
from tests.support.server import CRM, LiveServer

JOB = "query($id: ID!) { importJob(id: $id) { status processed createdCount } }"


def _rows(path: Path, count: int, prefix: str, phones: str) -> Path:
    lines = ["客户名称,手机"] + [f"{prefix}{i:05d},{phones}{i:08d}" for i in range(count)]
    path.write_bytes(("\n".join(lines) + "\n").encode("gbk"))
    return path


def _count(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "crm.sqlite3") as conn:
        return conn.execute(sql).fetchall()


def _server_with_a_dead_import(tmp_path: Path) -> LiveServer:
    """A migrated data dir with a user and a 2,000-row import killed after two batches."""
    server = LiveServer(tmp_path / "data", {"CRM_JOB_STALE_SECONDS": "1"})
    server.data_dir.mkdir(parents=True)
    server.migrate()
    subprocess.run([CRM, "user", "create", "--username", "ops", "--email", "ops@example.com",
                    "--role", "admin", "--password-stdin"], env=server.env, check=True,
                   input=PASSWORD + "\n", text=True, capture_output=True, timeout=120)
    dead = subprocess.run(
        [CRM, "import", str(_rows(tmp_path / "a.csv", 2000, "旧客户", "137")), "--user", "ops"],
        env={**server.env, "CRM_FAULT_IMPORT_EXIT_AFTER_BATCHES": "2"}, capture_output=True,
        text=True, timeout=300)
    assert dead.returncode == 75, dead.stderr[-2000:]
    return server


async def _gql(client: httpx.AsyncClient, query: str, variables: dict[str, object]
               ) -> dict[str, object]:
    response = await client.post("/graphql", json={"query": query, "variables": variables},
                                 headers={"x-csrf-token": client.cookies.get("crm_csrf") or ""})
    body: dict[str, object] = response.json()
    assert "errors" not in body, body
    return body


async def test_server_resumes_a_dead_import_and_runs_new_ones(tmp_path: Path) -> None:
    server = _server_with_a_dead_import(tmp_path)
    assert _count(server.data_dir, "SELECT status, processed FROM import_job") == \
        [("running", 1000)]
    server.start()
    try:
        for _ in range(300):
            if _count(server.data_dir, "SELECT status FROM import_job") == [("done",)]:
                break
            await asyncio.sleep(0.2)
        assert _count(server.data_dir, "SELECT COUNT(*) FROM customer") == [(2000,)]

        async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
            await _gql(client, LOGIN, {"u": "ops", "p": PASSWORD})
            data = _rows(tmp_path / "b.csv", 600, "新客户", "136").read_bytes()
            response = await client.post(
                "/api/imports", files={"file": ("b.csv", data)}, data={"kind": "customers"},
                headers={"x-csrf-token": client.cookies.get("crm_csrf") or ""})
            assert response.status_code == 201, response.text
            job_id = response.json()["job"]["id"]
            await _gql(client, "mutation($id: ID!) { startImport(jobId: $id) { status } }",
                       {"id": job_id})
            state: dict[str, object] = {}
            for _ in range(300):
                body = await _gql(client, JOB, {"id": job_id})
                state = body["data"]["importJob"]  # type: ignore[index]
                if state["status"] == "done":
                    break
                await asyncio.sleep(0.2)
            assert state == {"status": "done", "processed": 600, "createdCount": 600}
    finally:
        server.stop()
    assert _count(server.data_dir, "SELECT COUNT(*) FROM customer") == [(2600,)]
