"""What every report is narrowed by, and the scope it can never leave.

A report first restricts rows to what the viewer may read (``deals.scope.rule_for`` for deals,
``customers.scope.visible_to`` for customers), then applies the filter: a team (with the teams
below it) or an owner can only narrow that, never widen it. Days and months are counted in UTC;
date ranges include both ends.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.accounts.teams import subtree_ids
from backend.api.errors import ValidationFailed
from backend.deals.models import PipelineStage
from backend.deals.scope import rule_for
from backend.reports.sql import Statement

MAX_DAYS = 3700  # about ten years: enough for any chart, bounded for the database


@dataclass(frozen=True)
class ReportFilter:
    """Date range (inclusive, UTC days), and optional team (with sub-teams), owner, pipeline."""

    date_from: date | None = None
    date_to: date | None = None
    team_id: int | None = None
    owner_id: int | None = None
    pipeline_id: int | None = None

    def checked(self) -> ReportFilter:
        if self.date_from and self.date_to:
            if self.date_from > self.date_to:
                raise ValidationFailed({"filter.to": ["BEFORE_FROM"]})
            if (self.date_to - self.date_from).days > MAX_DAYS:
                raise ValidationFailed({"filter.to": ["RANGE_TOO_LONG"]})
        return self

    def with_owner(self, owner_id: int) -> ReportFilter:
        return replace(self, owner_id=owner_id)

    def months(self) -> list[str]:
        """Every YYYY-MM of the range (empty when the range is open)."""
        if self.date_from is None or self.date_to is None:
            return []
        out, year, month = [], self.date_from.year, self.date_from.month
        while (year, month) <= (self.date_to.year, self.date_to.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


def last_twelve_months(today: date) -> ReportFilter:
    """The default range of the dashboard: this month and the eleven before it."""
    year, month = today.year, today.month - 11
    if month < 1:
        year, month = year - 1, month + 12
    return ReportFilter(date_from=date(year, month, 1), date_to=today)


async def deal_conditions(st: Statement, actor: Actor, f: ReportFilter, alias: str = "d",
                          *, pipeline: bool = True) -> list[str]:
    """SQL conditions on deal table ``alias``: not deleted, in scope, narrowed by ``f``."""
    conditions = [f"{alias}.deleted_at IS NULL",
                  st.scope(await rule_for(actor, Perm.DEALS_READ), alias)]
    conditions += await narrowing(st, f, alias)
    if pipeline and f.pipeline_id is not None:
        conditions.append(f"{alias}.pipeline_id = {st.p(f.pipeline_id)}")
    return conditions


async def narrowing(st: Statement, f: ReportFilter, alias: str) -> list[str]:
    """Team (and sub-teams) and owner conditions of ``f`` on table ``alias``."""
    conditions = []
    if f.team_id is not None:
        conditions.append(f"{alias}.team_id IN {st.ids(await subtree_ids(f.team_id))}")
    if f.owner_id is not None:
        conditions.append(f"{alias}.owner_id = {st.p(f.owner_id)}")
    return conditions


def time_range(st: Statement, column: str, f: ReportFilter) -> list[str]:
    """``column`` (a timestamp) within the filter's days."""
    conditions = []
    if f.date_from is not None:
        conditions.append(f"{column} >= {st.day(f.date_from)}")
    if f.date_to is not None:
        conditions.append(f"{column} < {st.day(f.date_to + timedelta(days=1))}")
    return conditions


def date_range(st: Statement, column: str, f: ReportFilter) -> list[str]:
    """``column`` (a date) within the filter's days."""
    conditions = []
    for bound, op in ((f.date_from, ">="), (f.date_to, "<=")):
        if bound is not None:
            conditions.append(f"{column} {op} {st.p(bound if st.pg else bound.isoformat())}")
    return conditions


async def in_stages(st: Statement, kind: str, alias: str = "d") -> str:
    """Deals of table ``alias`` in a stage of ``kind`` (open, won, lost) of any pipeline.

    A list of stage ids rather than a join on pipeline_stage: the planner then reads the deals
    through the report index on the date or stage, instead of guessing the join order (a stage's
    kind can't change once deals use it, so the list is as good as the join).
    """
    ids: list[int] = [int(r["id"]) for r in await PipelineStage.filter(kind=kind)
                      .order_by("id").values("id")]
    return f"{alias}.stage_id IN {st.ids(ids)}" if ids else "1 = 0"
