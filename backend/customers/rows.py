"""Customers and contacts read as plain rows for lists: no model objects.

A page of 50 customers built as Tortoise models costs several milliseconds of hydration (field
by field, with change tracking) for objects that are only read once to build the API types.
These rows carry the same attribute names as the models for the columns a list shows, so
``loaders.build_customers`` and ``pii`` read either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from ciso8601 import parse_datetime
from tortoise.queryset import QuerySet

from backend.customers.models import Contact, Customer
from backend.db import fetch_rows, placeholders, read

ZERO = timedelta(0)
CUSTOMER_COLUMNS = ("id", "kind", "name", "stage", "level", "industry", "source", "website",
                    "needs", "preferences", "phones_enc", "emails_enc", "id_number_enc",
                    "address_enc", "owner_id", "team_id", "created_by_id", "updated_by_id",
                    "created_at", "updated_at", "last_activity_at", "deleted_at")
CONTACT_COLUMNS = ("id", "customer_id", "name", "title", "phone_enc", "email_enc", "im_enc",
                   "birthday_enc", "is_primary", "created_at", "updated_at")


@dataclass(slots=True)
class CustomerRow:
    id: int
    kind: str
    name: str
    stage: str
    level: str
    industry: str
    source: str
    website: str
    needs: str
    preferences: dict[str, Any]
    phones_enc: str | None
    emails_enc: str | None
    id_number_enc: str | None
    address_enc: str | None
    owner_id: int | None
    team_id: int | None
    created_by_id: int | None
    updated_by_id: int | None
    created_at: datetime
    updated_at: datetime
    last_activity_at: datetime | None
    deleted_at: datetime | None


@dataclass(slots=True)
class ContactRow:
    id: int
    customer_id: int
    name: str
    title: str
    phone_enc: str | None
    email_enc: str | None
    im_enc: str | None
    birthday_enc: str | None
    is_primary: bool
    created_at: datetime
    updated_at: datetime


def _datetime(value: Any) -> datetime:
    """What Tortoise's DatetimeField gives (``use_tz``: aware, in UTC) at a fraction of the
    cost: SQLite stores text, PostgreSQL returns datetimes."""
    if type(value) is str:
        value = parse_datetime(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
    return value if value.utcoffset() == ZERO else value.astimezone(UTC)  # type: ignore[no-any-return]


@cache
def _converters(model: Any, columns: tuple[str, ...]) -> list[tuple[int, Any]]:
    """(position, converter) for the columns whose driver value is not already the Python
    value: datetimes, JSON (text in SQLite), booleans (0/1 in SQLite); other than datetimes,
    the model field's own to_python_value. Built on first use: the models' field maps are
    complete only once Tortoise is initialised."""
    found = []
    for i, name in enumerate(columns):
        field = model._meta.fields_map.get(name)
        kind = type(field).__name__
        if kind == "DatetimeField":
            found.append((i, _datetime))
        elif kind in ("JSONField", "BooleanField"):
            found.append((i, field.to_python_value))
    return found


def _convert(row: Any, converters: list[tuple[int, Any]]) -> list[Any]:
    values = list(row)
    for i, to_python in converters:
        if values[i] is not None:
            values[i] = to_python(values[i])
    return values


async def fetch_customers(query: QuerySet[Customer]) -> list[CustomerRow]:
    """The rows ``query`` selects (its filters, order and limit), as ``CustomerRow``."""
    listed = query.values_list(*CUSTOMER_COLUMNS)
    # What awaiting ``listed`` would run, minus the per-field conversion into dicts of values.
    listed._choose_db_if_not_chosen()
    listed._make_query()
    rows = await read(listed._db, *listed.query.get_parameterized_sql())
    return [CustomerRow(*_convert(r, _converters(Customer, CUSTOMER_COLUMNS))) for r in rows]

async def fetch_contacts(customer_ids: list[int], primary_only: bool) -> list[ContactRow]:
    """The contacts of these customers, primary first then oldest first."""
    if not customer_ids:
        return []
    primary = ' AND "is_primary" = ?' if primary_only else ""
    rows = await fetch_rows(
        f'SELECT {", ".join(CONTACT_COLUMNS)} FROM "contact" '  # noqa: S608 - fixed names
        f'WHERE "customer_id" IN ({placeholders(len(customer_ids))}){primary} '
        'ORDER BY "is_primary" DESC, "id"',
        [*customer_ids, *([True] if primary_only else [])])
    return [ContactRow(*_convert(r, _converters(Contact, CONTACT_COLUMNS))) for r in rows]
