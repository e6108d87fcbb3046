"""Planner statistics follow bulk loads: without them SQLite sorts a whole team's customers to
show 50 of them."""

from __future__ import annotations

import pytest
from tortoise import Tortoise

from backend import planner_stats
from backend.customers.models import Customer


def test_only_tables_that_moved_a_lot_are_stale() -> None:
    assert planner_stats._stale(5000, None)
    assert planner_stats._stale(5000, 1000.0)
    assert planner_stats._stale(1000, 5000.0)
    assert not planner_stats._stale(5000, 4000.0)
    assert not planner_stats._stale(10, None)  # small tables plan well without statistics


async def test_a_bulk_load_is_analysed_once(db: object) -> None:
    await Customer.bulk_create([Customer(name=f"C{i}") for i in range(1500)], batch_size=500)
    first = await planner_stats.refresh()
    conn = Tortoise.get_connection("default")
    dialect = str(conn.schema_generator.DIALECT)
    recorded = await planner_stats._recorded(conn, dialect, "customer")
    assert recorded is not None and 750 <= recorded <= 3000, recorded
    assert "contact" not in first  # empty tables are left alone
    assert await planner_stats.refresh() == []  # nothing moved since


async def test_a_new_index_gets_statistics(db: object) -> None:
    conn = Tortoise.get_connection("default")
    if str(conn.schema_generator.DIALECT) != "sqlite":
        pytest.skip("PostgreSQL plans from column statistics, which a new index does not change")
    await Customer.bulk_create([Customer(name=f"C{i}") for i in range(1500)], batch_size=500)
    await planner_stats.refresh()
    await conn.execute_script('CREATE INDEX "idx_test_new" ON "customer" ("level", "kind")')
    try:
        assert "customer" in await planner_stats.refresh()
        _, rows = await conn.execute_query(
            "SELECT COUNT(*) AS n FROM sqlite_stat1 WHERE idx = 'idx_test_new'")
        assert rows[0]["n"] == 1
    finally:
        await conn.execute_script('DROP INDEX "idx_test_new"')
