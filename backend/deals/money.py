"""Summing money in SQL exactly, on both engines.

Tortoise stores Decimal as text on SQLite, where ``SUM`` would add binary floats. Amounts are
therefore summed as whole cents (integers, exact on both engines) and turned back into Decimal
in Python. Weighted sums (amount × probability %) are kept in cent-percents until then.
Amounts in different currencies are never added: callers group by currency.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pypika_tortoise.context import SqlContext
from pypika_tortoise.terms import Term
from pypika_tortoise.utils import format_alias_sql
from tortoise import Tortoise

CENT = Decimal("0.01")


def is_postgres() -> bool:
    return str(Tortoise.get_connection("default").schema_generator.DIALECT) == "postgres"


def cents(column: str) -> str:
    """SQL of a money column (quoted, e.g. ``"d"."amount"``) as whole cents."""
    if is_postgres():
        return f"ROUND({column} * 100)"
    return f"CAST(ROUND({column} * 100) AS INTEGER)"


def from_cents(value: object, scale: int = 100) -> Decimal:
    """A SQL sum of cents (or of cent-percents, ``scale`` 10000) as an amount."""
    if value is None:
        return Decimal("0.00")
    return (Decimal(str(value)) / scale).quantize(CENT, rounding=ROUND_HALF_UP)


class Aggregate(Term):
    """A SQL aggregate written out in full, for Tortoise ``annotate`` with ``group_by``."""

    is_aggregate = True

    def __init__(self, sql: str) -> None:
        super().__init__()
        self.sql = sql

    def get_sql(self, ctx: SqlContext) -> str:
        return format_alias_sql(self.sql, self.alias, ctx) if ctx.with_alias else self.sql


def cents_sum(table: str = "deal") -> Aggregate:
    column = f'"{table}"."amount"'
    return Aggregate(f"SUM({cents(column)})")


def weighted_sum(table: str = "deal") -> Aggregate:
    """Σ cents × probability: divide by 10000 (``from_cents(v, 10000)``) for the amount."""
    column = f'"{table}"."amount"'
    return Aggregate(f'SUM({cents(column)} * "{table}"."probability")')
