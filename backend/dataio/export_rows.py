"""The rows of an export: the list the exporter sees in the app, page by page.

Rows come from the very functions behind the list views (``customers.listing.list_customers``,
``deals.listing.list_deals``) with the same filter, and are shaped by the same builders
(``customers.loaders.build_customers``, ``deals.loaders.build_deals``), so scope and masking
are decided exactly as on screen: personal data is in clear only where the exporter holds
customers.pii.read over that row.

A filter is kept on the job as JSON (snake_case keys, ISO dates), so a background run rebuilds
the very same filter.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

from backend.accounts.actor import Actor
from backend.api.errors import ValidationFailed
from backend.customers import listing
from backend.customers import types as ct
from backend.customers.custom_fields import FieldFilter
from backend.customers.loaders import build_customers
from backend.deals import listing as deal_listing
from backend.deals.loaders import build_deals

PAGE = 100
COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": ("id", "name", "kind", "stage", "level", "industry", "source", "website",
                  "phones", "emails", "id_number", "address", "tags", "owner", "team",
                  "needs", "created_at", "updated_at", "last_activity_at"),
    "contacts": ("id", "customer", "name", "title", "phone", "email", "im", "birthday",
                 "is_primary", "created_at"),
    "deals": ("id", "title", "customer", "amount", "currency", "stage", "status",
              "probability", "expected_close_date", "owner", "team", "source", "won_at",
              "lost_at", "created_at"),
}
_CUSTOMER_FILTER = {"stages": str, "levels": str, "kinds": str, "owner_ids": int,
                    "team_ids": int, "tags": str}
_CUSTOMER_TIMES = ("created_from", "created_to", "last_activity_from", "last_activity_to")
_DEAL_IDS = ("stage_ids", "owner_ids", "team_ids")
_DEAL_DATES = ("expected_close_from", "expected_close_to", "won_from", "won_to",
               "created_from", "created_to")
Cell = str | int | float | None


def _bad() -> ValidationFailed:
    return ValidationFailed({"filter": ["INVALID_FILTER"]})


def customer_filter(raw: dict[str, Any]) -> listing.CustomerFilter:
    """The customer list filter from its JSON form; unknown keys are refused."""
    f = listing.CustomerFilter()
    try:
        for key, value in raw.items():
            if value is None:
                continue
            if key in _CUSTOMER_FILTER:
                setattr(f, key, [_CUSTOMER_FILTER[key](v) for v in value])
            elif key in _CUSTOMER_TIMES:
                setattr(f, key, datetime.fromisoformat(str(value)))
            elif key == "custom_fields":
                f.custom_fields = [FieldFilter(**c) for c in value]
            else:
                raise _bad()
    except (TypeError, ValueError):
        raise _bad() from None
    return f


def deal_filter(raw: dict[str, Any]) -> deal_listing.DealFilter:
    f = deal_listing.DealFilter()
    try:
        for key, value in raw.items():
            if value is None:
                continue
            if key in _DEAL_IDS:
                setattr(f, key, [int(v) for v in value])
            elif key in _DEAL_DATES:
                setattr(f, key, date.fromisoformat(str(value)))
            elif key in ("pipeline_id", "customer_id"):
                setattr(f, key, int(value))
            elif key in ("status", "currency", "search"):
                setattr(f, key, str(value))
            elif key == "include_subteams":
                f.include_subteams = bool(value)
            else:
                raise _bad()
    except (TypeError, ValueError):
        raise _bad() from None
    return f


def _text(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, int | float):
        return value
    return str(getattr(value, "value", value))


def _customer_cells(c: ct.Customer, columns: list[str]) -> list[Cell]:
    special: dict[str, object] = {
        "id": int(c.id), "owner": c.owner.display_name if c.owner else None,
        "team": c.team.name if c.team else None}
    return [_text(special[k] if k in special else getattr(c, k)) for k in columns]


def _deal_cell(d: Any, key: str) -> Cell:
    if key == "customer":
        return _text(d.customer.name)
    if key == "id":
        return int(d.id)
    if key == "stage":
        return _text(d.stage.name_en)
    if key == "amount":
        return str(d.amount)
    if key in ("owner", "team"):
        ref = getattr(d, key)
        return _text(ref.display_name if key == "owner" else ref.name) if ref else None
    return _text(getattr(d, key))


async def _customer_pages(actor: Actor, raw: dict[str, Any], search: str | None,
                          include: set[str]) -> AsyncIterator[list[ct.Customer]]:
    f = customer_filter(raw)
    after = None
    while True:
        page = await listing.list_customers(actor=actor, first=PAGE, after=after,
                                            search_term=search, filter=f)
        yield await build_customers(actor, page.rows, include)
        if not page.has_next:
            return
        after = page.cursors[-1]


async def count(actor: Actor, kind: str, raw: dict[str, Any], search: str | None) -> int:
    """How many records the export covers (contacts: how many customers)."""
    if kind == "deals":
        return (await deal_listing.list_deals(actor=actor, first=1,
                                              filter=deal_filter(raw))).total
    return (await listing.list_customers(actor=actor, first=1, search_term=search,
                                         filter=customer_filter(raw), with_total=True)).total or 0


async def rows(actor: Actor, kind: str, raw: dict[str, Any], search: str | None,
               columns: list[str]) -> AsyncIterator[list[list[Cell]]]:
    """The export's rows, a page at a time."""
    if kind == "customers":
        camel = {"id_number": "idNumber"}
        include = {camel.get(c, c) for c in columns}
        async for customers in _customer_pages(actor, raw, search, include):
            yield [_customer_cells(c, columns) for c in customers]
    elif kind == "contacts":
        async for customers in _customer_pages(actor, raw, search, {"contacts"}):
            yield [[_text(c.name if k == "customer" else int(p.id) if k == "id"
                          else getattr(p, k)) for k in columns]
                   for c in customers for p in c.contacts]
    else:
        f, after = deal_filter(raw), None
        while True:
            page = await deal_listing.list_deals(actor=actor, first=PAGE, after=after, filter=f)
            yield [[_deal_cell(d, k) for k in columns] for d in await build_deals(page.rows)]
            if not page.has_next:
                return
            after = page.cursors[-1]
