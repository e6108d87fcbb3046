"""The home dashboard: the viewer's own figures, or (managers) their whole scope's.

``own`` narrows every figure to deals, customers and activities of the viewer; ``team`` keeps
the viewer's full data scope (a team filter may narrow it) and needs reports.read and a team,
subtree or all scope. Without a range the last twelve months are shown; the forecast always
looks ahead (this month and the five after it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import Forbidden, ValidationFailed
from backend.deals.money import from_cents
from backend.reports import activity, customers, funnel, revenue
from backend.reports.filters import (
    ReportFilter,
    deal_conditions,
    in_stages,
    last_twelve_months,
)
from backend.reports.funnel import Amounts
from backend.reports.sql import Statement, fetch
from backend.settings import get_settings

FORECAST_MONTHS = 6


@dataclass
class Dashboard:
    scope: str
    filter: ReportFilter
    currency: str
    open: Amounts
    open_weighted: Decimal
    performance: funnel.Performance
    revenue_by_month: list[revenue.RevenueRow]
    forecast: list[revenue.ForecastRow]
    targets: list[revenue.TargetRow]
    funnel: funnel.Funnel
    at_risk: int
    at_risk_days: int
    activity: list[activity.ActivityStats]


async def open_pipeline(actor: Actor, f: ReportFilter) -> tuple[Amounts, Decimal]:
    """Open deals now (whatever their dates): count, amount and weighted amount."""
    st = Statement()
    where = " AND ".join([*await deal_conditions(st, actor, f), await in_stages(st, "open")])
    sql = (f"SELECT d.currency AS currency, COUNT(*) AS n, "  # noqa: S608 - values are bound
           f"SUM({st.cents('d.amount')}) AS cents, "
           f"SUM({st.cents('d.amount')} * d.probability) AS weighted FROM deal d "
           f"WHERE {where} GROUP BY d.currency")
    totals, weighted = Amounts(), Decimal("0.00")
    for row in await fetch(sql, st.params):
        totals.add(row["currency"], row["n"], row["cents"])
        if row["currency"] == get_settings().default_currency:
            weighted = from_cents(row["weighted"], 10_000)
    return totals, weighted


def _ahead(today: date, f: ReportFilter) -> ReportFilter:
    after = today.year * 12 + today.month - 1 + FORECAST_MONTHS  # the month after the window
    return replace(f, date_from=date(today.year, today.month, 1),
                   date_to=date(after // 12, after % 12 + 1, 1) - timedelta(days=1))


async def dashboard(*, actor: Actor, f: ReportFilter, team: bool,
                    at_risk_days: int = 30) -> Dashboard:
    """Every figure of the home page in one call (see the module docstring)."""
    if team:
        if not actor.has(Perm.REPORTS_READ) or actor.scope(Perm.DEALS_READ) not in (
                "team", "subtree", "all"):
            raise Forbidden("The team dashboard needs reports.read and a team scope")
    else:
        f = f.with_owner(actor.user_id)
    if not 1 <= at_risk_days <= 3650:
        raise ValidationFailed({"atRiskDays": ["OUT_OF_RANGE"]})
    today = datetime.now(UTC).date()
    if f.date_from is None and f.date_to is None:
        f = replace(last_twelve_months(today), team_id=f.team_id, owner_id=f.owner_id,
                    pipeline_id=f.pipeline_id)
    f = f.checked()
    open_totals, open_weighted = await open_pipeline(actor, f)
    return Dashboard(
        scope="team" if team else "own", filter=f, currency=get_settings().default_currency,
        open=open_totals, open_weighted=open_weighted,
        performance=await funnel.performance(actor, f),
        revenue_by_month=await revenue.revenue(actor, f, "month"),
        forecast=await revenue.forecast(actor, _ahead(today, f)),
        targets=await revenue.targets_vs_actual(actor, f),
        funnel=await funnel.funnel(actor, f),
        at_risk=await customers.at_risk_count(actor, f, days=at_risk_days),
        at_risk_days=at_risk_days, activity=await activity.activity_stats(actor, f))
