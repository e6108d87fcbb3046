"""GraphQL types of the reports. Every row carries what its drill-down needs: a stage id, a
month, an owner or team id, to pass to the `deals` (or `customers`) filter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry

from backend.customers.types import TeamRef, UserRef
from backend.deals.types import Money, Pipeline, PipelineStage


@strawberry.enum(description="Whose figures the dashboard shows.")
class DashboardScope(Enum):
    OWN = "own"
    TEAM = "team"


@strawberry.enum(description="How revenue is grouped.")
class RevenueGroup(Enum):
    MONTH = "month"
    OWNER = "owner"
    TEAM = "team"


@strawberry.input(description="What a report covers: a date range (inclusive, UTC days), and "
                  "optionally a team (with the teams below it), an owner or a pipeline. These "
                  "only narrow your data scope, never widen it.")
class ReportFilterInput:
    date_from: date | None = strawberry.field(default=None, name="from",
                                              description="First day.")
    date_to: date | None = strawberry.field(default=None, name="to", description="Last day.")
    team_id: strawberry.ID | None = strawberry.field(default=None, description="A team.")
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="An owner.")
    pipeline_id: strawberry.ID | None = strawberry.field(default=None,
                                                         description="A pipeline.")


@strawberry.type(description="The range and narrowing a report was computed for.")
class ReportRange:
    date_from: date | None = strawberry.field(name="from", description="First day.")
    date_to: date | None = strawberry.field(name="to", description="Last day.")


@strawberry.type(description="One stage of the funnel. count/amount/share: the cohort's deals "
                 "in this stage now (stage distribution); reached: deals that got this far; "
                 "conversionRate: share of those that reached the next stage.")
class FunnelStage:
    stage: PipelineStage = strawberry.field(description="The stage (drill down by its id).")
    count: int = strawberry.field(description="Deals in it now.")
    amount: Decimal = strawberry.field(description="Their amount, default currency.")
    other_currencies: list[Money] = strawberry.field(description="Other currencies' totals.")
    share: float | None = strawberry.field(description="count / all deals of the cohort.")
    reached: int | None = strawberry.field(
        description="Deals that reached this stage or a later one (null for lost stages).")
    conversion_rate: float | None = strawberry.field(
        description="reached of the next stage / reached of this one (0-1).")
    average_days_in_stage: float | None = strawberry.field(
        description="Average days deals stayed here before moving on.")


@strawberry.type(description="The sales funnel of a pipeline for the deals created in the "
                 "range.")
class SalesFunnel:
    pipeline: Pipeline = strawberry.field(description="The pipeline.")
    currency: str = strawberry.field(description="The default currency of the amounts.")
    total: int = strawberry.field(description="Deals in the cohort.")
    stages: list[FunnelStage] = strawberry.field(description="Its stages, in board order.")


@strawberry.type(description="Deals closed in the range: win rate, average deal size and "
                 "sales cycle.")
class SalesPerformance:
    currency: str = strawberry.field(description="The default currency.")
    won: int = strawberry.field(description="Deals won.")
    lost: int = strawberry.field(description="Deals lost.")
    win_rate: float | None = strawberry.field(description="won / (won + lost), 0-1.")
    won_amount: Decimal = strawberry.field(description="Won amount, default currency.")
    other_currencies: list[Money] = strawberry.field(description="Won in other currencies.")
    average_deal_size: Decimal | None = strawberry.field(
        description="Average won deal, default currency.")
    average_deal_sizes: list[Money] = strawberry.field(
        description="Average won deal per currency.")
    average_cycle_days: float | None = strawberry.field(
        description="Average days from creation to winning.")


@strawberry.type(description="Revenue won in one month, by one owner or by one team.")
class RevenueRow:
    month: str | None = strawberry.field(description="YYYY-MM (grouped by month).")
    owner: UserRef | None = strawberry.field(description="The owner (grouped by owner).")
    team: TeamRef | None = strawberry.field(description="The team (grouped by team).")
    count: int = strawberry.field(description="Deals won.")
    amount: Decimal = strawberry.field(description="Won amount, default currency.")
    other_currencies: list[Money] = strawberry.field(description="Won in other currencies.")


@strawberry.type(description="Revenue won in the range.")
class RevenueReport:
    currency: str = strawberry.field(description="The default currency.")
    total: Decimal = strawberry.field(description="All rows' amount, default currency.")
    rows: list[RevenueRow] = strawberry.field(description="The groups.")


@strawberry.type(description="Open deals expected to close in one month.")
class ForecastRow:
    month: str = strawberry.field(description="YYYY-MM of the expected close date.")
    count: int = strawberry.field(description="Open deals.")
    amount: Decimal = strawberry.field(description="Their amount, default currency.")
    weighted_amount: Decimal = strawberry.field(
        description="Σ amount × probability / 100, default currency.")
    other_currencies: list[Money] = strawberry.field(description="Other currencies' amounts.")


@strawberry.type(description="A monthly target and what was won against it.")
class TargetAttainment:
    month: str = strawberry.field(description="YYYY-MM.")
    user: UserRef | None = strawberry.field(description="The user (user targets).")
    team: TeamRef | None = strawberry.field(description="The team (team targets).")
    target: Decimal = strawberry.field(description="The target.")
    actual: Decimal = strawberry.field(description="Won in that month, target's currency.")
    currency: str = strawberry.field(description="The target's currency.")
    attainment: float | None = strawberry.field(description="actual / target (0-1 and up).")


@strawberry.type(description="New customers of one month and source.")
class CustomerGrowthRow:
    month: str = strawberry.field(description="YYYY-MM of creation.")
    source: str = strawberry.field(description="The customers' source (may be empty).")
    count: int = strawberry.field(description="How many.")


@strawberry.type(description="What one person did in the range.")
class ActivityStatsRow:
    user: UserRef = strawberry.field(description="The person.")
    calls: int = strawberry.field(description="Calls logged.")
    meetings: int = strawberry.field(description="Meetings logged.")
    notes: int = strawberry.field(description="Notes logged.")
    emails: int = strawberry.field(description="Emails logged.")
    tasks_done: int = strawberry.field(description="Tasks done in the range.")
    tasks_overdue: int = strawberry.field(description="Open tasks past due now.")


@strawberry.type(description="The home dashboard: your own figures, or your scope's.")
class Dashboard:
    scope: DashboardScope = strawberry.field(description="Own or team.")
    range: ReportRange = strawberry.field(description="The range shown.")
    currency: str = strawberry.field(description="The default currency.")
    open_deals: int = strawberry.field(description="Open deals now.")
    open_amount: Decimal = strawberry.field(description="Their amount, default currency.")
    weighted_open_amount: Decimal = strawberry.field(description="Weighted by probability.")
    performance: SalesPerformance = strawberry.field(description="Won/lost in the range.")
    revenue_by_month: list[RevenueRow] = strawberry.field(description="Won per month.")
    forecast: list[ForecastRow] = strawberry.field(
        description="Open deals by expected close month, this month and the next five.")
    targets: list[TargetAttainment] = strawberry.field(description="Targets vs actual.")
    funnel: SalesFunnel = strawberry.field(description="The default pipeline's funnel.")
    at_risk_customers: int = strawberry.field(
        description="Customers without activity for atRiskDays days.")
    at_risk_days: int = strawberry.field(description="The quiet period counted.")
    activity: list[ActivityStatsRow] = strawberry.field(description="Activity per person.")
