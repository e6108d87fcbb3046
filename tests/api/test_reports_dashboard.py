"""The dashboard (own and team figures), customer growth, the at-risk list and activity
statistics, on the fixed dataset of ``tests/support/report_data.py``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import as_user
from tests.support.report_data import Data, build

Q1 = {"from": "2026-01-01", "to": "2026-03-31"}
DASHBOARD = """query($s: DashboardScope!, $f: ReportFilterInput) {
  dashboard(scope: $s, filter: $f) {
    scope range { from to } currency openDeals openAmount weightedOpenAmount
    performance { won lost winRate wonAmount averageCycleDays }
    revenueByMonth { month amount } forecast { month count }
    targets { month target actual } funnel { total stages { stage { id nameEn } reached } }
    atRiskCustomers atRiskDays activity { user { displayName } calls } } }"""
GROWTH = """query($f: ReportFilterInput) { customerGrowth(filter: $f) { month source count } }"""
AT_RISK = """query($d: Int!, $first: Int!, $after: String, $f: ReportFilterInput) {
  atRiskCustomers(days: $d, first: $first, after: $after, filter: $f) {
    totalCount edges { cursor node { name lastActivityAt } }
    pageInfo { hasNextPage endCursor } } }"""
ACTIVITY = """query($f: ReportFilterInput) { activityStats(filter: $f) {
  user { displayName } calls meetings notes emails tasksDone tasksOverdue } }"""
DEALS = """query($f: DealFilterInput) { deals(first: 50, filter: $f) {
  totalCount edges { node { title } } } }"""


@pytest.fixture
async def data(db: Settings) -> Data:
    return await build()


async def run(client: httpx.AsyncClient, query: str, name: str, **variables: Any) -> Any:
    body = await gql(client, query, variables)
    assert "errors" not in body, body
    return body["data"][name]


async def test_a_sales_user_dashboard_shows_only_their_figures(
        client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "sam")  # sales: no reports.read, yet their own dashboard works
    d = await run(client, DASHBOARD, "dashboard", s="OWN", f=Q1)
    assert (d["scope"], d["range"], d["currency"]) == (
        "OWN", {"from": "2026-01-01", "to": "2026-03-31"}, "CNY")
    assert (d["openDeals"], d["openAmount"], d["weightedOpenAmount"]) == (
        2, "550.55", "135.06")  # d3 400 × 30 % + d12 150.55 × 10 %
    assert d["performance"] == {"won": 2, "lost": 1, "winRate": 0.6667,
                                "wonAmount": "1000.00", "averageCycleDays": 30.0}
    assert d["revenueByMonth"] == [{"month": "2026-01", "amount": "0.00"},
                                   {"month": "2026-02", "amount": "1000.00"},
                                   {"month": "2026-03", "amount": "0.00"}]
    assert d["funnel"]["total"] == 5
    assert d["atRiskCustomers"] == 0 and d["atRiskDays"] == 30  # Sam Co: active 5 days ago
    assert d["activity"] == [{"user": {"displayName": "Sam"}, "calls": 1}]
    assert len(d["forecast"]) == 6  # this month and the five after it
    assert error_codes(await gql(client, DASHBOARD, {"s": "TEAM", "f": Q1})) == ["FORBIDDEN"]


async def test_a_manager_switches_to_the_team_figures(client: httpx.AsyncClient,
                                                      data: Data) -> None:
    await as_user(client, "mike")
    own = await run(client, DASHBOARD, "dashboard", s="OWN", f=Q1)
    assert own["openDeals"] == 0 and own["performance"]["won"] == 0
    team = await run(client, DASHBOARD, "dashboard", s="TEAM", f=Q1)
    # East subtree: sam's and sue's open deals d3, d6, d7, d12.
    assert (team["openDeals"], team["openAmount"]) == (4, "2550.55")
    assert team["performance"] == {"won": 4, "lost": 2, "winRate": 0.6667,
                                   "wonAmount": "6100.00", "averageCycleDays": 34.0}
    assert [r["amount"] for r in team["revenueByMonth"]] == ["100.00", "1000.00", "5000.00"]
    assert team["atRiskCustomers"] == 1  # Sue Co: no activity ever; Wes Co is out of scope
    assert [a["user"]["displayName"] for a in team["activity"]] == ["Sue", "Sam"]


async def test_dashboard_rows_drill_down_to_the_same_deals(client: httpx.AsyncClient,
                                                           data: Data) -> None:
    await as_user(client, "mike")
    team = await run(client, DASHBOARD, "dashboard", s="TEAM", f=Q1)
    proposal = next(s for s in team["funnel"]["stages"] if s["stage"]["nameEn"] == "Proposal")
    listed = await run(client, DEALS, "deals", f={"stageIds": [proposal["stage"]["id"]],
                                                  "createdFrom": "2026-01-01",
                                                  "createdTo": "2026-03-31"})
    assert [e["node"]["title"] for e in listed["edges"]] == ["d6"]
    march = await run(client, DEALS, "deals", f={"status": "WON", "wonFrom": "2026-03-01",
                                                 "wonTo": "2026-03-31", "currency": "CNY"})
    assert [e["node"]["title"] for e in march["edges"]] == ["d5"]  # the 5000.00 of March


async def test_customer_growth_by_month_and_source(client: httpx.AsyncClient,
                                                   data: Data) -> None:
    await as_user(client, "root")
    rows = await run(client, GROWTH, "customerGrowth", f=Q1)
    assert [(r["month"], r["source"], r["count"]) for r in rows] == [
        ("2026-01", "referral", 1), ("2026-01", "web", 1), ("2026-02", "referral", 0),
        ("2026-02", "web", 1), ("2026-03", "referral", 0), ("2026-03", "web", 0)]
    await as_user(client, "mike")
    rows = await run(client, GROWTH, "customerGrowth", f=Q1)
    assert sum(r["count"] for r in rows) == 2  # Sam Co and Sue Co


async def test_at_risk_list_is_scoped_and_paged_longest_quiet_first(
        client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "root")
    first = await run(client, AT_RISK, "atRiskCustomers", d=30, first=1)
    assert first["totalCount"] == 2
    assert [e["node"]["name"] for e in first["edges"]] == ["Sue Co"]
    rest = await run(client, AT_RISK, "atRiskCustomers", d=30, first=1,
                     after=first["pageInfo"]["endCursor"])
    assert [e["node"]["name"] for e in rest["edges"]] == ["Wes Co"]
    assert rest["pageInfo"]["hasNextPage"] is False
    quieter = await run(client, AT_RISK, "atRiskCustomers", d=60, first=10)
    assert [e["node"]["name"] for e in quieter["edges"]] == ["Sue Co"]
    await as_user(client, "wes")  # sales may open the list of their own customers
    mine = await run(client, AT_RISK, "atRiskCustomers", d=30, first=10)
    assert [e["node"]["name"] for e in mine["edges"]] == ["Wes Co"]
    body = await gql(client, AT_RISK, {"d": 0, "first": 10})
    assert body["errors"][0]["extensions"]["fields"] == {"days": ["OUT_OF_RANGE"]}


async def test_activity_statistics_per_user(client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "root")
    rows = await run(client, ACTIVITY, "activityStats", f=Q1)
    assert rows == [
        {"user": {"displayName": "Sue"}, "calls": 1, "meetings": 0, "notes": 0, "emails": 0,
         "tasksDone": 1, "tasksOverdue": 1},
        {"user": {"displayName": "Sam"}, "calls": 1, "meetings": 1, "notes": 0, "emails": 0,
         "tasksDone": 0, "tasksOverdue": 0},
        {"user": {"displayName": "Wes"}, "calls": 1, "meetings": 0, "notes": 0, "emails": 0,
         "tasksDone": 0, "tasksOverdue": 0}]
    east1 = await run(client, ACTIVITY, "activityStats",
                      f={**Q1, "teamId": str(data.company.teams["East-1"])})
    assert [r["user"]["displayName"] for r in east1] == ["Sam"]
    await as_user(client, "sam")
    assert error_codes(await gql(client, ACTIVITY, {"f": Q1})) == ["FORBIDDEN"]
