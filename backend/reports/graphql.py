"""Reports and the dashboard in the API. Every number obeys the viewer's data scope: deals by
deals.read, customers by customers.read, activities by activities.read on visible customers."""

from __future__ import annotations

import strawberry
from strawberry.permission import BasePermission

from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_optional_id
from backend.api.permissions import HasAnyPerm, HasPerm
from backend.customers.loaders import build_customers
from backend.customers.queries import selected
from backend.customers.types import CustomerConnection, CustomerEdge, PageInfo
from backend.deals.queries import actor_of
from backend.reports import activity, build, customers, dashboard, funnel, revenue
from backend.reports import types as t
from backend.reports.filters import ReportFilter
from backend.settings import get_settings

REPORTS: list[type[BasePermission]] = [HasPerm(Perm.REPORTS_READ)]


def report_filter(data: t.ReportFilterInput | None) -> ReportFilter:
    if data is None:
        return ReportFilter()
    return ReportFilter(date_from=data.date_from, date_to=data.date_to,
                        team_id=parse_optional_id(data.team_id),
                        owner_id=parse_optional_id(data.owner_id),
                        pipeline_id=parse_optional_id(data.pipeline_id)).checked()


@strawberry.type
class Query:
    @strawberry.field(description="The sales funnel of a pipeline (default pipeline unless "
                      "filtered) for the deals created in the range.", permission_classes=REPORTS)
    async def sales_funnel(self, info: Info,
                           filter: t.ReportFilterInput | None = None) -> t.SalesFunnel:
        return build.sales_funnel(await funnel.funnel(actor_of(info), report_filter(filter)))

    @strawberry.field(description="Win rate, average deal size and cycle length of the deals "
                      "won or lost in the range.", permission_classes=REPORTS)
    async def sales_performance(self, info: Info, filter: t.ReportFilterInput | None = None
                                ) -> t.SalesPerformance:
        return build.performance(await funnel.performance(actor_of(info),
                                                          report_filter(filter)))

    @strawberry.field(description="Revenue won in the range by month (every month listed), "
                      "owner or team.", permission_classes=REPORTS)
    async def revenue(self, info: Info, group_by: t.RevenueGroup = t.RevenueGroup.MONTH,
                      filter: t.ReportFilterInput | None = None) -> t.RevenueReport:
        rows = await revenue.revenue(actor_of(info), report_filter(filter), group_by.value)
        return t.RevenueReport(currency=get_settings().default_currency,
                               total=sum((r.totals.amount for r in rows), start=build.ZERO),
                               rows=await build.revenue_rows(rows, group_by.value))

    @strawberry.field(description="Open deals by month of expected close in the range: "
                      "amount and weighted amount.", permission_classes=REPORTS)
    async def sales_forecast(self, info: Info, filter: t.ReportFilterInput | None = None
                             ) -> list[t.ForecastRow]:
        return build.forecast_rows(await revenue.forecast(actor_of(info),
                                                          report_filter(filter)))

    @strawberry.field(description="The targets of the range's months you may see, against "
                      "what was won.", permission_classes=REPORTS)
    async def target_attainment(self, info: Info, filter: t.ReportFilterInput | None = None
                                ) -> list[t.TargetAttainment]:
        return await build.target_rows(await revenue.targets_vs_actual(
            actor_of(info), report_filter(filter)))

    @strawberry.field(description="New customers per month and source (a full grid).",
                      permission_classes=REPORTS)
    async def customer_growth(self, info: Info, filter: t.ReportFilterInput | None = None
                              ) -> list[t.CustomerGrowthRow]:
        rows = await customers.growth(actor_of(info), report_filter(filter))
        return [t.CustomerGrowthRow(month=r.month, source=r.source, count=r.count)
                for r in rows]

    @strawberry.field(description="Customers you may see without activity for `days` days, "
                      "the longest quiet first (the dashboard's drill-down).",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_READ)])
    async def at_risk_customers(self, info: Info, days: int = 30, first: int = 20,
                                after: str | None = None,
                                filter: t.ReportFilterInput | None = None
                                ) -> CustomerConnection:
        actor = actor_of(info)
        page = await customers.at_risk(actor, report_filter(filter), days=days, first=first,
                                       after=after)
        nodes = await build_customers(actor, page.rows, selected(info, "edges", "node"))
        return CustomerConnection(
            edges=[CustomerEdge(cursor=c, node=n) for c, n in zip(page.cursors, nodes,
                                                                   strict=True)],
            total_count=page.total, page_info=PageInfo(
                has_next_page=page.has_next,
                end_cursor=page.cursors[-1] if page.cursors else None))

    @strawberry.field(description="Calls, meetings, notes, emails, tasks done and overdue "
                      "per person.", permission_classes=REPORTS)
    async def activity_stats(self, info: Info, filter: t.ReportFilterInput | None = None
                             ) -> list[t.ActivityStatsRow]:
        return await build.activity_rows(await activity.activity_stats(
            actor_of(info), report_filter(filter)))

    @strawberry.field(description="The home dashboard: your own figures (OWN), or, with "
                      "reports.read and a team scope, your scope's (TEAM). Default range: the "
                      "last twelve months.",
                      permission_classes=[HasAnyPerm(Perm.DEALS_READ, Perm.REPORTS_READ)])
    async def dashboard(self, info: Info, scope: t.DashboardScope = t.DashboardScope.OWN,
                        filter: t.ReportFilterInput | None = None,
                        at_risk_days: int = 30) -> t.Dashboard:
        d = await dashboard.dashboard(actor=actor_of(info), f=report_filter(filter),
                                      team=scope == t.DashboardScope.TEAM,
                                      at_risk_days=at_risk_days)
        return t.Dashboard(
            scope=scope, range=t.ReportRange(date_from=d.filter.date_from,
                                             date_to=d.filter.date_to),
            currency=d.currency, open_deals=d.open.count, open_amount=d.open.amount,
            weighted_open_amount=d.open_weighted, performance=build.performance(d.performance),
            revenue_by_month=await build.revenue_rows(d.revenue_by_month, "month"),
            forecast=build.forecast_rows(d.forecast), targets=await build.target_rows(d.targets),
            funnel=build.sales_funnel(d.funnel), at_risk_customers=d.at_risk,
            at_risk_days=d.at_risk_days, activity=await build.activity_rows(d.activity))
