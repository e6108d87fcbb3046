"""Revenue won (by month, owner or team), the weighted forecast, and targets against actuals.

Revenue: deals won in the range, by the month they were won (UTC). Forecast: open deals by
the month of their expected close date, with amount × probability / 100 as the weighted
amount. Targets: each target the viewer may see, against the revenue won in its month by its
user (as owner) or its team (and the teams below it), counted within the viewer's scope and in
the target's currency.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.accounts.teams import subtree_ids
from backend.deals.models import SalesTarget
from backend.deals.money import from_cents
from backend.deals.targets import visible_targets
from backend.reports.filters import (
    ReportFilter,
    date_range,
    deal_conditions,
    in_stages,
    time_range,
)
from backend.reports.funnel import Amounts, ratio
from backend.reports.sql import Statement, fetch
from backend.settings import get_settings

GROUPS = ("month", "owner", "team")


@dataclass
class RevenueRow:
    key: str | int | None  # YYYY-MM, owner id or team id (None: no owner / no team)
    totals: Amounts


@dataclass
class ForecastRow:
    month: str
    totals: Amounts
    weighted: Decimal = Decimal("0.00")
    weighted_others: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class TargetRow:
    target: SalesTarget
    actual: Decimal
    attainment: float | None


async def _won(actor: Actor, f: ReportFilter) -> tuple[Statement, str]:
    st = Statement()
    where = await deal_conditions(st, actor, f)
    where += ["d.won_at IS NOT NULL", *time_range(st, "d.won_at", f),
              await in_stages(st, "won")]
    return st, " AND ".join(where)


async def revenue(actor: Actor, f: ReportFilter, group: str) -> list[RevenueRow]:
    """Won revenue grouped by ``group`` (month, owner or team). By month, every month of the
    range is listed, empty ones with zeros; otherwise the largest totals come first."""
    st, where = await _won(actor, f)
    key = {"month": st.month("d.won_at"), "owner": "d.owner_id", "team": "d.team_id"}[group]
    sql = (f"SELECT {key} AS k, d.currency AS currency, COUNT(*) AS n, "  # noqa: S608 - values are bound
           f"SUM({st.cents('d.amount')}) AS cents FROM deal d WHERE {where} "
           f"GROUP BY {key}, d.currency")
    rows: dict[str | int | None, Amounts] = defaultdict(Amounts)
    if group == "month":
        rows.update({m: Amounts() for m in f.months()})
    for row in await fetch(sql, st.params):
        rows[row["k"]].add(row["currency"], row["n"], row["cents"])
    if group == "month":
        return [RevenueRow(k, rows[k]) for k in sorted(rows, key=str)]
    return [RevenueRow(k, v) for k, v in sorted(
        rows.items(), key=lambda kv: (-kv[1].amount, -kv[1].count, str(kv[0])))]


async def forecast(actor: Actor, f: ReportFilter) -> list[ForecastRow]:
    """Open deals expected to close in the range, by month of expected close."""
    st = Statement()
    where = await deal_conditions(st, actor, f)
    where += ["d.expected_close_date IS NOT NULL",
              *date_range(st, "d.expected_close_date", f), await in_stages(st, "open")]
    month = st.month("d.expected_close_date", is_date=True)
    sql = (f"SELECT {month} AS month, d.currency AS currency, COUNT(*) AS n, "  # noqa: S608 - values are bound
           f"SUM({st.cents('d.amount')}) AS cents, "
           f"SUM({st.cents('d.amount')} * d.probability) AS weighted FROM deal d "
           f"WHERE {' AND '.join(where)} GROUP BY {month}, d.currency")
    rows = {m: ForecastRow(m, Amounts()) for m in f.months()}
    currency = get_settings().default_currency
    for row in await fetch(sql, st.params):
        out = rows.setdefault(row["month"], ForecastRow(row["month"], Amounts()))
        out.totals.add(row["currency"], row["n"], row["cents"])
        weighted = from_cents(row["weighted"], 10_000)
        if row["currency"] == currency:
            out.weighted += weighted
        else:
            out.weighted_others[row["currency"]] = weighted
    return [rows[m] for m in sorted(rows)]


async def targets_vs_actual(actor: Actor, f: ReportFilter) -> list[TargetRow]:
    """The targets of the range's months you may see, each with what was won against it."""
    months = f.months()
    condition = await visible_targets(actor)
    if not months or condition is None:
        return []
    targets = list(await SalesTarget.filter(condition, month__in=months)
                   .order_by("month", "user_id", "team_id", "id"))
    if f.owner_id is not None:
        targets = [t for t in targets if t.user_id == f.owner_id]
    if f.team_id is not None:
        teams = set(await subtree_ids(f.team_id))
        members = {r["id"] for r in await User.filter(team_id__in=list(teams)).values("id")}
        targets = [t for t in targets if t.team_id in teams or t.user_id in members]
    if not targets:
        return []
    st, where = await _won(actor, f)
    month = st.month("d.won_at")
    sql = (f"SELECT {month} AS month, d.owner_id AS owner_id, d.team_id AS team_id, "  # noqa: S608 - values are bound
           f"d.currency AS currency, SUM({st.cents('d.amount')}) AS cents FROM deal d "
           f"WHERE {where} GROUP BY {month}, d.owner_id, d.team_id, d.currency")
    won = await fetch(sql, st.params)
    out = []
    for t in targets:
        if t.user_id is not None:
            hits = [r for r in won if r["owner_id"] == t.user_id]
        else:
            teams = set(await subtree_ids(t.team_id)) if t.team_id is not None else set()
            hits = [r for r in won if r["team_id"] in teams]
        actual = sum((from_cents(r["cents"]) for r in hits
                      if r["month"] == t.month and r["currency"] == t.currency),
                     Decimal("0.00"))
        out.append(TargetRow(target=t, actual=actual,
                             attainment=ratio(float(actual), float(t.amount))))
    return out
