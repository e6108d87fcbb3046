"""The deal list: scoped, filtered, searched, sorted, keyset-paginated.

Pages never use OFFSET: the cursor carries the sort value and id of the last row, and the next
page starts strictly after that pair, so rows added meanwhile never shift a page. Deals without
an expected close date sort last in both directions. Every filter a report row can drill down
by is here (stage, owner, team, month of winning or of expected close, status).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.accounts.actor import Actor
from backend.accounts.teams import subtree_ids
from backend.api.errors import ValidationFailed
from backend.customers.search import Sql
from backend.deals.models import Deal, PipelineStage
from backend.deals.scope import visible_deals

MAX_PAGE = 100
MAX_VALUES = 50
COLUMNS = ("created_at", "updated_at", "amount", "expected_close_date")
NULLABLE = {"expected_close_date"}


@dataclass
class DealFilter:
    """Every given criterion must hold; within a list, any value matches. Date ranges include
    both ends."""

    pipeline_id: int | None = None
    stage_ids: list[int] | None = None
    owner_ids: list[int] | None = None
    team_ids: list[int] | None = None
    include_subteams: bool = False
    customer_id: int | None = None
    status: str | None = None
    currency: str | None = None
    expected_close_from: date | None = None
    expected_close_to: date | None = None
    won_from: date | None = None
    won_to: date | None = None
    created_from: date | None = None
    created_to: date | None = None
    search: str | None = None


@dataclass
class Order:
    column: str = "created_at"
    descending: bool = True


@dataclass
class Page:
    rows: list[Deal]
    cursors: list[str]
    total: int
    has_next: bool


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value) if isinstance(value, Decimal) else value


def encode_cursor(order: Order, row: Deal) -> str:
    raw = json.dumps([order.column, order.descending, _plain(getattr(row, order.column)), row.id])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(order: Order, cursor: str) -> tuple[Any, int]:
    """(sort value, id) of a cursor made for this same order; anything else is refused."""
    try:
        column, descending, value, row_id = json.loads(
            base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if column != order.column or descending != order.descending or type(row_id) is not int:
            raise ValueError
        if value is None:
            if column not in NULLABLE:
                raise ValueError
        elif column in ("created_at", "updated_at"):
            value = datetime.fromisoformat(value)
        elif column == "expected_close_date":
            value = date.fromisoformat(value)
        else:
            value = Decimal(value)
        return value, row_id
    except (ValueError, TypeError, UnicodeDecodeError, binascii.Error, InvalidOperation):
        raise ValidationFailed({"after": ["INVALID_CURSOR"]}) from None


def after_condition(order: Order, value: Any, row_id: int) -> Q:
    """Rows strictly after (value, id) in this order (NULLs last either way)."""
    col, op = order.column, "lt" if order.descending else "gt"
    tail: dict[str, Any] = {f"{col}__isnull": True}
    if value is None:
        tail[f"id__{op}"] = row_id
        return Q(**tail)
    after = Q(**{f"{col}__{op}": value}) | Q(**{col: value, f"id__{op}": row_id})
    return after | Q(**tail) if col in NULLABLE else after


def _day_after(value: date) -> date:
    return value + timedelta(days=1)


def _check(f: DealFilter, first: int) -> None:
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]}, message=f"first must be 1-{MAX_PAGE}")
    for name in ("stage_ids", "owner_ids", "team_ids"):
        values = getattr(f, name)
        if values is not None and len(values) > MAX_VALUES:
            raise ValidationFailed({f"filter.{name}": ["TOO_MANY"]})
    if f.search is not None and len(f.search) > 100:
        raise ValidationFailed({"filter.search": ["INVALID_LENGTH"]})


async def filtered(query: QuerySet[Deal], f: DealFilter) -> QuerySet[Deal]:
    """``query`` narrowed by ``f`` (it can only narrow: scope comes from the caller)."""
    team_ids = f.team_ids
    if team_ids is not None and f.include_subteams:
        team_ids = sorted({t for team in team_ids for t in await subtree_ids(team)})
    for values, column in ((f.stage_ids, "stage_id__in"), (f.owner_ids, "owner_id__in"),
                           (team_ids, "team_id__in")):
        if values is not None:
            query = query.filter(**{column: values})
    for value, column in ((f.pipeline_id, "pipeline_id"), (f.customer_id, "customer_id"),
                          (f.currency, "currency")):
        if value is not None:
            query = query.filter(**{column: value})
    if f.status is not None:
        query = query.filter(stage_id__in=Subquery(
            PipelineStage.filter(kind=f.status).values("id")))
    for low, high, column in ((f.expected_close_from, f.expected_close_to,
                               "expected_close_date"), (f.won_from, f.won_to, "won_at"),
                              (f.created_from, f.created_to, "created_at")):
        is_time = column != "expected_close_date"
        if low is not None:
            query = query.filter(**{f"{column}__gte": _start(low) if is_time else low})
        if high is not None:
            query = query.filter(**{f"{column}__lt": _start(_day_after(high)) if is_time
                                    else _day_after(high)})
    if f.search and f.search.strip():
        term = f.search.strip()
        query = query.filter(Q(title__icontains=term) | Q(customer__name__icontains=term))
    return query


def _start(day: date) -> datetime:
    """Midnight UTC of ``day`` (reports and filters count days and months in UTC)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _ordered(query: QuerySet[Deal], order: Order) -> QuerySet[Deal]:
    col, sign = order.column, "-" if order.descending else ""
    keys = [f"{sign}{col}", f"{sign}id"]
    if col in NULLABLE:
        query = query.annotate(_null_last=Sql(f'CASE WHEN "deal"."{col}" IS NULL THEN 1 '
                                              "ELSE 0 END"))
        keys.insert(0, "_null_last")
    return query.order_by(*keys)


async def list_deals(*, actor: Actor, first: int = 20, after: str | None = None,
                     filter: DealFilter | None = None, order: Order | None = None) -> Page:
    """One page of the deals the actor may read (see the module docstring)."""
    f, order = filter or DealFilter(), order or Order()
    _check(f, first)
    query = await filtered(await visible_deals(actor), f)
    total = await query.count()
    if after:
        query = query.filter(after_condition(order, *decode_cursor(order, after)))
    rows = list(await _ordered(query, order).limit(first + 1))
    page = rows[:first]
    return Page(rows=page, cursors=[encode_cursor(order, r) for r in page], total=total,
                has_next=len(rows) > first)
