"""Counts reused while nothing changed are never stale: any commit, by this process or
another one, makes the next count real."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest
from tortoise import Tortoise

from backend import counts
from backend.customers.models import Customer
from tests.support.queries import count_queries


def sqlite_connection() -> Any:
    """The default connection; the test is skipped on PostgreSQL, which counts every time."""
    conn = Tortoise.get_connection("default")
    if str(conn.schema_generator.DIALECT) != "sqlite":
        pytest.skip("the cache is SQLite's (PostgreSQL counts every time)")
    return conn


def commit_elsewhere(filename: str, sql: str) -> None:
    """Run and commit ``sql`` on another connection: another process, as far as SQLite can
    tell."""
    other = sqlite3.connect(filename)
    try:
        other.execute(sql)
        other.commit()
    finally:
        other.close()


async def test_a_count_is_recounted_after_any_write(
        db: object, monkeypatch: pytest.MonkeyPatch) -> None:
    await Customer.bulk_create([Customer(name=f"C{i}") for i in range(3)])
    query = Customer.filter(deleted_at__isnull=True)
    assert await counts.count(query) == 3
    with count_queries(monkeypatch) as seen:
        assert await counts.count(query) == 3
    sqlite = str(Tortoise.get_connection("default").schema_generator.DIALECT) == "sqlite"
    # On SQLite the second count is served from the cache; PostgreSQL always counts.
    assert any("COUNT(" in q.upper() for q in seen) != sqlite
    await Customer.create(name="new")
    assert await counts.count(query) == 4
    await Customer.filter(name="new").delete()
    assert await counts.count(query) == 3


async def test_a_commit_by_another_connection_is_seen(db: object) -> None:
    conn = sqlite_connection()
    await Customer.create(name="one")
    query = Customer.filter(deleted_at__isnull=True)
    assert await counts.count(query) == 1
    commit_elsewhere(conn.filename, "INSERT INTO customer (kind, name, stage, level, industry, "
                     "created_at, updated_at) VALUES ('company', 'two', 'lead', 'C', '', "
                     "'2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00')")
    assert await counts.count(query) == 2


async def test_cached_counts_are_kept_apart_by_their_inputs(db: object) -> None:
    """The customer list keys its cached totals by actor scope, filters and search: two
    different questions asked back to back, with no write between, get their own answers."""
    from backend.accounts.actor import Actor
    from backend.customers import listing

    await Customer.bulk_create(
        [Customer(name=f"Alpha{i}", search_text=f"alpha{i}", level="A") for i in range(3)]
        + [Customer(name=f"Beta{i}", search_text=f"beta{i}", level="B") for i in range(2)])
    admin = Actor(user_id=1, username="root", roles=("admin",),
                  permissions=frozenset({"customers.read"}), scopes={"customers.read": "all"})
    nobody = Actor(user_id=99, username="sam", roles=("sales",),
                   permissions=frozenset({"customers.read"}), scopes={"customers.read": "own"})
    counts.forget()
    for _ in range(2):  # the second round is served from the cache on SQLite
        totals = [(await listing.list_customers(
            actor=actor, filter=listing.CustomerFilter(levels=levels), search_term=term,
            with_total=True)).total
            for actor, levels, term in ((admin, ["A"], None), (admin, ["B"], None),
                                        (admin, None, None), (admin, None, "Beta1"),
                                        (nobody, None, None))]
        assert totals == [3, 2, 5, 1, 0]


async def test_a_reopened_database_is_counted_again(db: object) -> None:
    """Change counters start over with each connection: a count cached before the database
    was closed and changed elsewhere must not be served after it is reopened."""
    conn = sqlite_connection()
    await Customer.create(name="one")
    query = Customer.filter(deleted_at__isnull=True)
    assert await counts.count(query) == 1
    await conn.close()
    commit_elsewhere(conn.filename, "DELETE FROM customer")
    assert await counts.count(query) == 0


async def test_the_same_count_asked_at_once_runs_once(
        db: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a commit every open list asks for its total together: one count serves them."""
    sqlite_connection()
    await Customer.bulk_create([Customer(name=f"C{i}") for i in range(3)])
    counts.forget()
    with count_queries(monkeypatch) as seen:
        found = await asyncio.gather(*(counts.count(Customer.filter(deleted_at__isnull=True))
                                       for _ in range(5)))
    assert found == [3] * 5
    assert sum("COUNT(" in q.upper() for q in seen) == 1, seen
    await Customer.create(name="new")  # a commit: the next count is real again
    assert await counts.count(Customer.filter(deleted_at__isnull=True)) == 4
