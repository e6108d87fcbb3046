"""The customer list: scoped, filtered, searched, sorted, keyset-paginated.

Pages never use OFFSET: the cursor carries the sort value and the id of the last row, and the
next page starts strictly after that pair. A row inserted or changed meanwhile therefore never
shifts the rows after it, so no row present at the start is skipped or seen twice. The only
nullable sort key (last activity) sorts as the oldest value: last when descending.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import ValidationFailed
from backend.customers import search
from backend.customers.custom_fields import FieldFilter, filter_condition
from backend.customers.models import Customer, CustomerTag
from backend.customers.rows import CustomerRow, fetch_customers
from backend.customers.scope import count_visible, scope_filter, visible_to

MAX_PAGE = 100
MAX_VALUES = 50
SORT_COLUMNS = {"id": "id", "name": "name", "created_at": "created_at",
                "updated_at": "updated_at", "last_activity_at": "last_activity_at"}
NULLABLE = {"last_activity_at"}
DATETIMES = {"created_at", "updated_at", "last_activity_at"}


@dataclass
class CustomerFilter:
    """Every given criterion must hold; within a list, any value matches."""

    stages: list[str] | None = None
    levels: list[str] | None = None
    kinds: list[str] | None = None
    sources: list[str] | None = None
    owner_ids: list[int] | None = None
    team_ids: list[int] | None = None
    tags: list[str] | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    last_activity_from: datetime | None = None
    last_activity_to: datetime | None = None
    custom_fields: list[FieldFilter] = field(default_factory=list)


@dataclass
class Order:
    column: str = "id"
    descending: bool = True


@dataclass
class Page:
    rows: list[CustomerRow]
    cursors: list[str]
    total: int | None  # None unless asked for: counting a big scope costs more than a page
    has_next: bool


def encode_cursor(order: Order, row: CustomerRow) -> str:
    value = getattr(row, order.column)
    if isinstance(value, datetime):
        value = value.isoformat()
    raw = orjson.dumps([order.column, order.descending, value, row.id])  # UTF-8, compact
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(order: Order, cursor: str) -> tuple[Any, int]:
    """(sort value, id) of a cursor made for this same order; anything else is refused."""
    try:
        column, descending, value, row_id = json.loads(
            base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if column != order.column or descending != order.descending or type(row_id) is not int:
            raise ValueError
        if column in DATETIMES and value is not None:
            value = datetime.fromisoformat(value)
        elif value is None and column not in NULLABLE:
            raise ValueError
        elif (column == "id" and type(value) is not int) or (
                column == "name" and not isinstance(value, str)):
            raise ValueError
        return value, row_id
    except (ValueError, TypeError, UnicodeDecodeError):
        raise ValidationFailed({"after": ["INVALID_CURSOR"]}) from None


def after_condition(order: Order, value: Any, row_id: int) -> Q:
    """Rows strictly after (value, id) in this order."""
    col = order.column

    def q(**conditions: Any) -> Q:
        return Q(**conditions)

    if col == "id":  # one column: a plain range, which SQLite serves from the primary key
        return Q(id__lt=row_id) if order.descending else Q(id__gt=row_id)
    if order.descending:
        if value is None:
            return q(**{f"{col}__isnull": True, "id__lt": row_id})
        after = q(**{f"{col}__lt": value}) | q(**{col: value, "id__lt": row_id})
        return after | q(**{f"{col}__isnull": True}) if col in NULLABLE else after
    if value is None:
        return q(**{f"{col}__isnull": True, "id__gt": row_id}) | q(**{f"{col}__isnull": False})
    return q(**{f"{col}__gt": value}) | q(**{col: value, "id__gt": row_id})


def _ordered(query: QuerySet[Customer], order: Order) -> QuerySet[Customer]:
    col, sign = order.column, "-" if order.descending else ""
    keys = [f"{sign}{col}", f"{sign}id"] if col != "id" else [f"{sign}id"]
    if col in NULLABLE:
        # NULL sorts as the oldest value on both engines (SQLite and PostgreSQL disagree).
        query = query.annotate(_null_last=search.Sql(f'CASE WHEN "{col}" IS NULL THEN 1 '
                                                      "ELSE 0 END"))
        keys.insert(0, "_null_last" if order.descending else "-_null_last")
    return query.order_by(*keys)


def _check(f: CustomerFilter, first: int) -> None:
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]}, message=f"first must be 1-{MAX_PAGE}")
    for name in ("stages", "levels", "kinds", "sources", "owner_ids", "team_ids", "tags"):
        values = getattr(f, name)
        if values is not None and len(values) > MAX_VALUES:
            raise ValidationFailed({f"filter.{name}": ["TOO_MANY"]})
    if len(f.custom_fields) > 10:
        raise ValidationFailed({"filter.customFields": ["TOO_MANY"]})


async def _filtered(query: QuerySet[Customer], f: CustomerFilter) -> QuerySet[Customer]:
    for name, column in (("stages", "stage__in"), ("levels", "level__in"),
                         ("kinds", "kind__in"), ("sources", "source__in"),
                         ("owner_ids", "owner_id__in"),
                         ("team_ids", "team_id__in")):
        values = getattr(f, name)
        if values is not None:
            query = query.filter(**{column: values})
    if f.tags is not None:
        tagged = CustomerTag.filter(tag__name__in=f.tags).values("customer_id")
        query = query.filter(id__in=Subquery(tagged))
    for bound, column in ((f.created_from, "created_at__gte"), (f.created_to, "created_at__lt"),
                          (f.last_activity_from, "last_activity_at__gte"),
                          (f.last_activity_to, "last_activity_at__lt")):
        if bound is not None:
            query = query.filter(**{column: bound})
    if f.custom_fields:
        query = query.filter(await filter_condition(f.custom_fields))
    return query


async def list_customers(*, actor: Actor, first: int = 20, after: str | None = None,
                         search_term: str | None = None, filter: CustomerFilter | None = None,
                         order: Order | None = None, with_total: bool = False) -> Page:
    """One page of the customers the actor may read (see the module docstring); with
    ``with_total`` also how many match in all."""
    f, order = filter or CustomerFilter(), order or Order()
    _check(f, first)
    found = None
    if search_term and search_term.strip():
        found = await search.condition(search_term,
                                       await scope_filter(actor, Perm.CUSTOMERS_PII_READ))

    async def narrow(query: QuerySet[Customer]) -> QuerySet[Customer]:
        query = await _filtered(query, f)
        return query if found is None else query.filter(found)

    query = await narrow(await visible_to(actor, Perm.CUSTOMERS_READ))
    total = await count_visible(actor, Perm.CUSTOMERS_READ, narrow, (f, search_term)) \
        if with_total else None
    if after:
        query = query.filter(after_condition(order, *decode_cursor(order, after)))
    rows = await fetch_customers(_ordered(query, order).limit(first + 1))
    page = rows[:first]
    return Page(rows=page, cursors=[encode_cursor(order, r) for r in page], total=total,
                has_next=len(rows) > first)
