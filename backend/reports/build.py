"""Turning report results into GraphQL objects (names of people and teams in one query each)."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from backend.customers.types import UserRef
from backend.deals.loaders import pipeline_type, stage_type, team_names, team_ref, user_names
from backend.deals.loaders import user_ref as deal_user_ref
from backend.deals.types import Money
from backend.reports import activity, funnel, revenue
from backend.reports import types as t
from backend.settings import get_settings

ZERO = Decimal("0.00")


def money(values: dict[str, Decimal]) -> list[Money]:
    return [Money(amount=v, currency=k) for k, v in sorted(values.items())]


def sales_funnel(report: funnel.Funnel) -> t.SalesFunnel:
    stages = [s.stage for s in report.stages]
    return t.SalesFunnel(
        pipeline=pipeline_type(report.pipeline, stages), total=report.total,
        currency=get_settings().default_currency,
        stages=[t.FunnelStage(stage=stage_type(s.stage), count=s.now.count, amount=s.now.amount,
                              other_currencies=money(s.now.others), share=s.share,
                              reached=s.reached, conversion_rate=s.conversion,
                              average_days_in_stage=s.average_days) for s in report.stages])


def performance(p: funnel.Performance) -> t.SalesPerformance:
    currency = get_settings().default_currency
    return t.SalesPerformance(
        currency=currency, won=p.won.count, lost=p.lost, win_rate=p.win_rate,
        won_amount=p.won.amount, other_currencies=money(p.won.others),
        average_deal_size=p.average_size, average_deal_sizes=money(p.average_sizes),
        average_cycle_days=p.cycle_days)


async def revenue_rows(rows: list[revenue.RevenueRow], group: str) -> list[t.RevenueRow]:
    ids = [r.key for r in rows if isinstance(r.key, int)]
    people = await user_names(ids) if group == "owner" else {}
    teams = await team_names(ids) if group == "team" else {}
    out = []
    for r in rows:
        key = r.key if isinstance(r.key, int) else None
        out.append(t.RevenueRow(
            month=str(r.key) if group == "month" else None,
            owner=deal_user_ref(key, people) if group == "owner" else None,
            team=team_ref(key, teams) if group == "team" else None, count=r.totals.count,
            amount=r.totals.amount, other_currencies=money(r.totals.others)))
    return out


def forecast_rows(rows: list[revenue.ForecastRow]) -> list[t.ForecastRow]:
    return [t.ForecastRow(month=r.month, count=r.totals.count, amount=r.totals.amount,
                          weighted_amount=r.weighted, other_currencies=money(r.totals.others))
            for r in rows]


async def target_rows(rows: list[revenue.TargetRow]) -> list[t.TargetAttainment]:
    people = await user_names(r.target.user_id for r in rows)
    teams = await team_names(r.target.team_id for r in rows)
    return [t.TargetAttainment(
        month=r.target.month, user=deal_user_ref(r.target.user_id, people),
        team=team_ref(r.target.team_id, teams), target=r.target.amount, actual=r.actual,
        currency=r.target.currency, attainment=r.attainment) for r in rows]


async def activity_rows(rows: list[activity.ActivityStats]) -> list[t.ActivityStatsRow]:
    people = await user_names(r.user_id for r in rows)
    out = []
    for r in rows:
        user = deal_user_ref(r.user_id, people)
        if user is None:  # a deleted account: its counts stay, under its id
            user = UserRef(id=strawberry.ID(str(r.user_id)), display_name="")
        out.append(t.ActivityStatsRow(user=user, calls=r.calls, meetings=r.meetings,
                                      notes=r.notes, emails=r.emails, tasks_done=r.tasks_done,
                                      tasks_overdue=r.tasks_overdue))
    return out
