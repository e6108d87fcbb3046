"""Short reads on SQLite's read-only side connection see what is committed, never what an
open transaction has not committed yet; inside a transaction they see its own writes."""

from __future__ import annotations

import asyncio

import pytest
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from backend.customers.models import Customer
from backend.db import fetch_rows
from backend.sqlite_client import CrmSqliteClient

NAMES = 'SELECT "name" FROM "customer" ORDER BY "id"'


def sqlite_only() -> CrmSqliteClient:
    conn = Tortoise.get_connection("default")
    if not isinstance(conn, CrmSqliteClient):
        pytest.skip("the side connection is SQLite's")
    return conn


async def test_reads_see_commits_and_transactions_see_their_own_writes(db: object) -> None:
    sqlite_only()
    await Customer.create(name="committed")
    assert [r[0] for r in await fetch_rows(NAMES, [])] == ["committed"]
    inside_started, outside_read = asyncio.Event(), asyncio.Event()
    seen_outside: list[str] = []

    async def writer() -> None:
        async with in_transaction():
            await Customer.create(name="pending")
            # Inside the transaction the read takes the normal path and sees the new row.
            assert [r[0] for r in await fetch_rows(NAMES, [])] == ["committed", "pending"]
            inside_started.set()
            await outside_read.wait()

    async def reader() -> None:
        await inside_started.wait()
        seen_outside.extend(r[0] for r in await fetch_rows(NAMES, []))
        outside_read.set()

    await asyncio.gather(writer(), reader())
    assert seen_outside == ["committed"]  # not the uncommitted row
    assert [r[0] for r in await fetch_rows(NAMES, [])] == ["committed", "pending"]


async def test_the_side_connection_closes_with_the_main_one(db: object) -> None:
    conn = sqlite_only()
    await Customer.create(name="x")
    await fetch_rows(NAMES, [])
    side = conn.reader()
    assert side is not None
    await conn.close()
    assert conn.reader() is None
    with pytest.raises(Exception, match="closed"):
        side.execute("SELECT 1")
    assert [r[0] for r in await fetch_rows(NAMES, [])] == ["x"]  # reopens on next use
