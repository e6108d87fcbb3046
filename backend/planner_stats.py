"""Keep the query planner's table statistics in step with bulk loads.

SQLite has no autovacuum: without ``ANALYZE`` it guesses every index equally selective, and on
100,000 customers it then answers "my team's customers, newest first" by collecting ~70,000 rows
through the owner and team indexes and sorting them (~300 ms) instead of walking the primary key
for 51 rows (<1 ms). PostgreSQL's autovacuum analyses eventually; right after a big import or
``crm demo`` it may not have yet.

``refresh()`` analyses only the tables whose row count moved a lot since their last analysis,
so it is cheap to call at start-up and after every import.
"""

from __future__ import annotations

import logging
from typing import Any

from tortoise import Tortoise

log = logging.getLogger(__name__)

# The tables lists and reports filter and sort; the rest stay small or are read by id.
TABLES = ("customer", "customer_key", "customer_tag", "contact", "activity", "deal",
          "deal_stage_change")
MIN_ROWS = 1000  # below this every plan is fast
DRIFT = 2.0  # re-analyse when the table grew or shrank by this factor


def _stale(rows: int, recorded: float | None) -> bool:
    if rows < MIN_ROWS:
        return False
    if recorded is None or recorded <= 0:
        return True
    return not recorded / DRIFT <= rows <= recorded * DRIFT


async def _recorded(conn: Any, dialect: str, table: str) -> float | None:
    if dialect == "postgres":
        _, rows = await conn.execute_query(
            "SELECT reltuples FROM pg_class WHERE relname = $1 AND relkind = 'r'", [table])
        return float(rows[0]["reltuples"]) if rows else None
    try:
        _, rows = await conn.execute_query(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = ? AND idx IS NOT NULL LIMIT 1", [table])
        _, unmeasured = await conn.execute_query(
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE tbl = ? AND idx IS NOT NULL)",
            [table, table])
    except Exception:  # no sqlite_stat1 table: nothing was ever analysed
        return None
    if unmeasured[0]["n"]:
        # An index added since (a migration): SQLite would take it for a very selective one.
        return None
    return float(str(rows[0]["stat"]).split()[0]) if rows else None


async def refresh() -> list[str]:
    """``ANALYZE`` the tables whose statistics are missing or stale; returns their names."""
    conn = Tortoise.get_connection("default")
    dialect = str(conn.schema_generator.DIALECT)
    analysed = []
    for table in TABLES:
        # Table names come from TABLES above, never from input.
        _, counted = await conn.execute_query(f'SELECT COUNT(*) AS n FROM "{table}"')  # noqa: S608
        if _stale(int(counted[0]["n"]), await _recorded(conn, dialect, table)):
            await conn.execute_script(f'ANALYZE "{table}"')
            analysed.append(table)
    if analysed:
        log.info("planner statistics refreshed for %s", ", ".join(analysed))
    return analysed
