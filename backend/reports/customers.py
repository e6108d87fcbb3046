"""Customer reports: growth by month and source, and the "at risk" list (customers without
activity for N days). Both start from ``customers.scope.visible_to``."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend.accounts.actor import Actor
from backend.accounts.teams import subtree_ids
from backend.api.errors import ValidationFailed
from backend.customers.models import Customer
from backend.customers.scope import visible_to
from backend.customers.search import Sql
from backend.reports.filters import ReportFilter
from backend.reports.sql import Statement

MAX_PAGE = 100
QUIET = Sql('COALESCE("customer"."last_activity_at", "customer"."created_at")')


@dataclass
class GrowthRow:
    month: str
    source: str
    count: int


@dataclass
class AtRiskPage:
    rows: list[Customer]
    cursors: list[str]
    total: int
    has_next: bool


async def _scoped(actor: Actor, f: ReportFilter) -> QuerySet[Customer]:
    query = await visible_to(actor)
    if f.team_id is not None:
        query = query.filter(team_id__in=await subtree_ids(f.team_id))
    if f.owner_id is not None:
        query = query.filter(owner_id=f.owner_id)
    return query


def _day(value: Any) -> datetime:
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


async def growth(actor: Actor, f: ReportFilter) -> list[GrowthRow]:
    """New customers per month (UTC) and source, within scope; every month of the range."""
    query = await _scoped(actor, f)
    if f.date_from is not None:
        query = query.filter(created_at__gte=_day(f.date_from))
    if f.date_to is not None:
        query = query.filter(created_at__lt=_day(f.date_to + timedelta(days=1)))
    month = Sql(Statement().month('"customer"."created_at"'))
    rows: list[dict[str, Any]] = await query.annotate(month=month, n=Count("id")).group_by(
        "month", "source").values("month", "source", "n")
    found = {(r["month"], r["source"]): r["n"] for r in rows}
    # A full month × source grid (zeros included), so charts need no gap filling.
    months = sorted({m for m, _ in found} | set(f.months()))
    sources = sorted({s for _, s in found})
    return [GrowthRow(m, s, found.get((m, s), 0)) for m in months for s in sources]


def _cursor(quiet: datetime, row_id: int) -> str:
    raw = json.dumps(["at_risk", quiet.astimezone(UTC).isoformat(), row_id])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[datetime, int]:
    try:
        tag, quiet, row_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor)
                                                                                % 4)))
        if tag != "at_risk" or type(row_id) is not int:
            raise ValueError
        return datetime.fromisoformat(quiet), row_id
    except (ValueError, TypeError, UnicodeDecodeError, binascii.Error):
        raise ValidationFailed({"after": ["INVALID_CURSOR"]}) from None


def _quiet_after(quiet: datetime, row_id: int) -> Q:
    """Customers whose quiet-since time (last activity, else creation) sorts after the cursor."""
    later = Q(last_activity_at__gt=quiet) | Q(last_activity_at__isnull=True,
                                                created_at__gt=quiet)
    same = Q(last_activity_at=quiet) | Q(last_activity_at__isnull=True, created_at=quiet)
    return later | (same & Q(id__gt=row_id))


async def at_risk(actor: Actor, f: ReportFilter, *, days: int, first: int = 20,
                  after: str | None = None) -> AtRiskPage:
    """Customers you may see with no activity for ``days`` days (never any: counted from
    their creation), the longest quiet first."""
    if not 1 <= days <= 3650:
        raise ValidationFailed({"days": ["OUT_OF_RANGE"]})
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]})
    query = await _quiet(actor, f, days)
    total = await query.count()
    if after:
        query = query.filter(_quiet_after(*_decode(after)))
    rows = list(await query.order_by("_quiet", "id").limit(first + 1))
    page = rows[:first]
    cursors = [_cursor(r.last_activity_at or r.created_at, r.id) for r in page]
    return AtRiskPage(rows=page, cursors=cursors, total=total, has_next=len(rows) > first)


async def _quiet(actor: Actor, f: ReportFilter, days: int) -> QuerySet[Customer]:
    """Quiet since before the cutoff: one expression rather than ``last < cutoff OR (last IS
    NULL AND created < cutoff)``, which SQLite answers by fetching ~90% of the customers row by
    row through the last-activity index (100k customers: 230 ms, against 90 ms for reading the
    rows in order; a small scope still goes through its owner or team index)."""
    cutoff = datetime.now(UTC) - timedelta(days=days)
    return (await _scoped(actor, f)).annotate(_quiet=QUIET).filter(_quiet__lt=cutoff)


async def at_risk_count(actor: Actor, f: ReportFilter, *, days: int) -> int:
    """How many customers ``at_risk`` would list (the count alone: no page is sorted)."""
    if not 1 <= days <= 3650:
        raise ValidationFailed({"days": ["OUT_OF_RANGE"]})
    return await (await _quiet(actor, f, days)).count()
