"""Lockout and throttling live in the database: two server processes sharing one PostgreSQL
database enforce them together, whichever process an attacker reaches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.accounts import LOGIN, PASSWORD
from tests.support.pg import PgServer
from tests.support.server import LiveServer


@pytest.fixture
def two_servers(pg_server: PgServer, tmp_path: Path) -> Iterator[tuple[LiveServer, LiveServer]]:
    env = {"CRM_DATABASE_URL": pg_server.create_database("crm_shared"),
           "CRM_SECRET_KEY": "s" * 48}
    a = LiveServer(tmp_path / "a", env)
    b = LiveServer(tmp_path / "b", env)
    a.data_dir.mkdir()
    b.data_dir.mkdir()
    a.start_crm_runner()  # its imports overlap the migration
    a.migrate()
    a.crm("user", "create", "--username", "shared", "--email", "shared@example.com", "--role",
          "sales", "--password-stdin", input=PASSWORD + "\n")
    a.start()
    b.start()
    yield a, b
    a.stop()
    b.stop()


def login(server: LiveServer, username: str, password: str) -> dict[str, object]:
    response = httpx.post(f"{server.url}/graphql", timeout=30, json={
        "query": LOGIN, "variables": {"u": username, "p": password}})
    body: dict[str, object] = response.json()
    return body


def code(body: dict[str, object]) -> str | None:
    errors = body.get("errors")
    return errors[0]["extensions"]["code"] if errors else None  # type: ignore[index]


def test_lockout_and_ip_throttle_hold_across_processes(
        two_servers: tuple[LiveServer, LiveServer]) -> None:
    a, b = two_servers
    # Five failures split over both processes lock the account (threshold 5).
    for i in range(5):
        assert code(login((a, b)[i % 2], "shared", "Wrong-Guess-55")) == "UNAUTHENTICATED"
    assert code(login(a, "shared", PASSWORD)) == "UNAUTHENTICATED"
    assert code(login(b, "shared", PASSWORD)) == "UNAUTHENTICATED"
    # Seven failures so far from this address; the per-IP limit is 30 across all accounts.
    for i in range(23):
        assert code(login((a, b)[i % 2], f"sprayed{i}", "Spring2026!")) == "UNAUTHENTICATED"
    assert code(login(a, "anyone", "Spring2026!")) == "RATE_LIMITED"
    assert code(login(b, "anyone", "Spring2026!")) == "RATE_LIMITED"
