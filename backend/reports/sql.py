"""Report SQL that runs on SQLite and PostgreSQL alike, with bound parameters only.

``Statement`` collects parameters and hands out the placeholder of the current engine (``?`` or
``$n``); the helpers hide the few dialect differences reports meet: month buckets (strftime vs
to_char), day differences (julianday vs epoch), and time bounds (SQLite stores times as ISO
text in UTC, so a day boundary is compared as text; PostgreSQL gets a real timestamp). Column
and table names in the statements are constants of this package, never input.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from tortoise import Tortoise

from backend.deals.money import cents, is_postgres
from backend.deals.scope import Rule


class Statement:
    """Parameters of one statement, and the engine's placeholders for them."""

    def __init__(self) -> None:
        self.pg = is_postgres()
        self.params: list[Any] = []

    def p(self, value: Any) -> str:
        self.params.append(value)
        return f"${len(self.params)}" if self.pg else "?"

    def ids(self, values: list[int] | tuple[int, ...]) -> str:
        """A parenthesised list of placeholders (never empty: callers check)."""
        return "(" + ", ".join(self.p(int(v)) for v in values) + ")"

    def day(self, value: date) -> str:
        """Midnight UTC of ``value``, comparable with a stored timestamp."""
        if self.pg:
            return self.p(datetime(value.year, value.month, value.day, tzinfo=UTC))
        return self.p(value.isoformat())

    def month(self, column: str, *, is_date: bool = False) -> str:
        """YYYY-MM of a timestamp (in UTC) or of a date column."""
        if self.pg:
            source = column if is_date else f"({column} AT TIME ZONE 'UTC')"
            return f"to_char({source}, 'YYYY-MM')"
        return f"strftime('%Y-%m', {column})"

    def days(self, start: str, end: str) -> str:
        """Days (fractional) from timestamp ``start`` to ``end``."""
        if self.pg:
            return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 86400.0)"
        return f"(julianday({end}) - julianday({start}))"

    def greatest(self, a: str, b: str) -> str:
        """The larger of two non-NULL values."""
        return f"GREATEST({a}, {b})" if self.pg else f"max({a}, {b})"

    def cents(self, column: str) -> str:
        return cents(column)

    def scope(self, rule: Rule, alias: str) -> str:
        """The rows ``rule`` covers, on table ``alias`` (owner_id / team_id columns)."""
        if rule.nothing:
            return "1 = 0"
        if rule.everything:
            return "1 = 1"
        mine = f"{alias}.owner_id = {self.p(rule.owner_id)}"
        if not rule.team_ids:
            return mine
        return f"({mine} OR {alias}.team_id IN {self.ids(rule.team_ids)})"


async def fetch(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows of a read-only statement, as dicts."""
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(sql, params)
    return [dict(r) for r in rows]
