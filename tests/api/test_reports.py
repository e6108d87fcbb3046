"""Funnel, performance, revenue, forecast and targets, checked against figures computed by
hand from the fixed dataset in ``tests/support/report_data.py`` (range: Q1 2026)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from backend.accounts.models import Role, User
from backend.deals.models import Deal
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import as_user
from tests.support.report_data import Data, build, noon

Q1 = {"from": "2026-01-01", "to": "2026-03-31"}
FUNNEL = """query($f: ReportFilterInput) { salesFunnel(filter: $f) {
  currency total stages { stage { nameEn } count amount otherCurrencies { amount currency }
  share reached conversionRate averageDaysInStage } } }"""
PERFORMANCE = """query($f: ReportFilterInput) { salesPerformance(filter: $f) {
  won lost winRate wonAmount otherCurrencies { amount currency } averageDealSize
  averageDealSizes { amount currency } averageCycleDays } }"""
REVENUE = """query($f: ReportFilterInput, $g: RevenueGroup!) { revenue(filter: $f, groupBy: $g) {
  currency total rows { month owner { displayName } team { name } count amount
  otherCurrencies { amount currency } } } }"""
FORECAST = """query($f: ReportFilterInput) { salesForecast(filter: $f) {
  month count amount weightedAmount otherCurrencies { amount currency } } }"""
TARGETS = """query($f: ReportFilterInput) { targetAttainment(filter: $f) {
  month user { displayName } team { name } target actual currency attainment } }"""
SET_TARGET = "mutation($i: SalesTargetInput!) { setSalesTarget(input: $i) { id } }"


@pytest.fixture
async def data(db: Settings) -> Data:
    return await build()


async def report(client: httpx.AsyncClient, query: str, name: str,
                 **variables: Any) -> Any:
    body = await gql(client, query, variables)
    assert "errors" not in body, body
    return body["data"][name]


async def test_funnel_counts_amounts_conversion_and_time_in_stage(
        client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "root")
    funnel = await report(client, FUNNEL, "salesFunnel", f=Q1)
    assert funnel["total"] == 12 and funnel["currency"] == "CNY"
    rows = {s["stage"]["nameEn"]: s for s in funnel["stages"]}
    assert list(rows) == ["Qualification", "Needs analysis", "Proposal", "Negotiation", "Won",
                          "Lost"]
    assert {k: (r["count"], r["amount"]) for k, r in rows.items()} == {
        "Qualification": (2, "1350.55"), "Needs analysis": (1, "400.00"),
        "Proposal": (1, "800.00"), "Negotiation": (1, "3000.00"), "Won": (4, "13000.00"),
        "Lost": (3, "4100.49")}
    assert rows["Won"]["otherCurrencies"] == [{"amount": "300.00", "currency": "USD"}]
    assert {k: r["share"] for k, r in rows.items()} == {
        "Qualification": 0.1667, "Needs analysis": 0.0833, "Proposal": 0.0833,
        "Negotiation": 0.0833, "Won": 0.3333, "Lost": 0.25}
    assert {k: r["reached"] for k, r in rows.items()} == {
        "Qualification": 12, "Needs analysis": 9, "Proposal": 7, "Negotiation": 5, "Won": 4,
        "Lost": None}
    assert {k: r["conversionRate"] for k, r in rows.items()} == {
        "Qualification": 0.75, "Needs analysis": 0.7778, "Proposal": 0.7143,
        "Negotiation": 0.8, "Won": None, "Lost": None}
    assert {k: r["averageDaysInStage"] for k, r in rows.items()} == {
        "Qualification": 10.6, "Needs analysis": 15.25, "Proposal": 13.67,
        "Negotiation": 28.0, "Won": None, "Lost": None}


async def test_win_rate_deal_size_and_cycle(client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "root")
    perf = await report(client, PERFORMANCE, "salesPerformance", f=Q1)
    assert perf == {
        "won": 5, "lost": 3, "winRate": 0.625, "wonAmount": "13100.00",
        "otherCurrencies": [{"amount": "300.00", "currency": "USD"}],
        "averageDealSize": "3275.00",
        "averageDealSizes": [{"amount": "3275.00", "currency": "CNY"},
                             {"amount": "300.00", "currency": "USD"}],
        "averageCycleDays": 34.4}


async def test_revenue_by_month_owner_and_team(client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "root")
    by_month = await report(client, REVENUE, "revenue", f=Q1, g="MONTH")
    assert by_month["total"] == "13100.00"
    assert [(r["month"], r["count"], r["amount"], r["otherCurrencies"])
            for r in by_month["rows"]] == [
        ("2026-01", 1, "100.00", []), ("2026-02", 2, "8000.00", []),
        ("2026-03", 2, "5000.00", [{"amount": "300.00", "currency": "USD"}])]
    by_owner = await report(client, REVENUE, "revenue", f=Q1, g="OWNER")
    assert [(r["owner"]["displayName"], r["count"], r["amount"]) for r in by_owner["rows"]] == [
        ("Wes", 1, "7000.00"), ("Sue", 2, "5100.00"), ("Sam", 2, "1000.00")]
    by_team = await report(client, REVENUE, "revenue", f=Q1, g="TEAM")
    assert [(r["team"]["name"], r["count"], r["amount"]) for r in by_team["rows"]] == [
        ("West", 1, "7000.00"), ("East", 2, "5100.00"), ("East-1", 2, "1000.00")]
    feb = await report(client, REVENUE, "revenue", g="MONTH",
                       f={"from": "2026-02-01", "to": "2026-02-28"})
    assert [(r["month"], r["amount"]) for r in feb["rows"]] == [("2026-02", "8000.00")]


async def test_forecast_weights_open_deals_by_expected_close_month(
        client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "root")
    rows = await report(client, FORECAST, "salesForecast",
                        f={"from": "2026-04-01", "to": "2026-06-30"})
    assert rows == [
        {"month": "2026-04", "count": 3, "amount": "4200.00", "weightedAmount": "2850.00",
         "otherCurrencies": []},
        {"month": "2026-05", "count": 2, "amount": "1350.55", "weightedAmount": "135.06",
         "otherCurrencies": []},
        {"month": "2026-06", "count": 0, "amount": "0.00", "weightedAmount": "0.00",
         "otherCurrencies": []}]


async def test_targets_against_actuals(client: httpx.AsyncClient, data: Data) -> None:
    c = data.company
    await as_user(client, "root")
    for month, who, amount in (("2026-02", ("userId", c.users["sam"]), "2000"),
                               ("2026-03", ("userId", c.users["sam"]), "1000"),
                               ("2026-03", ("teamId", c.teams["East"]), "4000"),
                               ("2026-02", ("teamId", c.teams["West"]), "10000")):
        await gql(client, SET_TARGET, {"i": {"month": month, who[0]: str(who[1]),
                                             "amount": amount}})
    rows = await report(client, TARGETS, "targetAttainment", f=Q1)
    got = {(r["month"], (r["user"] or r["team"] or {}).get("displayName") or r["team"]["name"]):
           (r["target"], r["actual"], r["attainment"]) for r in rows}
    assert got == {("2026-02", "Sam"): ("2000.00", "1000.00", 0.5),
                   ("2026-03", "Sam"): ("1000.00", "0.00", 0.0),  # USD is not counted in CNY
                   ("2026-03", "East"): ("4000.00", "5000.00", 1.25),
                   ("2026-02", "West"): ("10000.00", "7000.00", 0.7)}
    await as_user(client, "mike")
    rows = await report(client, TARGETS, "targetAttainment", f=Q1)
    assert sorted((r["month"], r["target"]) for r in rows) == [
        ("2026-02", "2000.00"), ("2026-03", "1000.00"), ("2026-03", "4000.00")]


async def test_a_sales_user_counts_only_their_own_deals(client: httpx.AsyncClient,
                                                        data: Data) -> None:
    await as_user(client, "sam")
    assert error_codes(await gql(client, REVENUE, {"f": Q1, "g": "MONTH"})) == ["FORBIDDEN"]
    await Role.create(name="reporter", permissions=["reports.read"], data_scope="own")
    sam = await User.get(id=data.company.users["sam"])
    await sam.roles.add(await Role.get(name="reporter"))
    await as_user(client, "sam")
    by_month = await report(client, REVENUE, "revenue", f=Q1, g="MONTH")
    assert [(r["month"], r["count"], r["amount"], r["otherCurrencies"])
            for r in by_month["rows"]] == [
        ("2026-01", 0, "0.00", []), ("2026-02", 1, "1000.00", []),
        ("2026-03", 1, "0.00", [{"amount": "300.00", "currency": "USD"}])]
    perf = await report(client, PERFORMANCE, "salesPerformance", f=Q1)
    assert (perf["won"], perf["lost"], perf["winRate"], perf["averageCycleDays"]) == (
        2, 1, 0.6667, 30.0)
    funnel = await report(client, FUNNEL, "salesFunnel", f=Q1)
    assert funnel["total"] == 5  # d1, d2, d3, d4, d12
    assert [s["reached"] for s in funnel["stages"]] == [5, 4, 3, 2, 2, None]
    # Asking for the whole company or for someone else's deals can't widen the scope.
    wide = await report(client, REVENUE, "revenue", g="OWNER",
                        f={**Q1, "ownerId": str(data.company.users["wes"])})
    assert wide["rows"] == [] and wide["total"] == "0.00"


async def test_a_team_filter_narrows_but_never_widens(client: httpx.AsyncClient,
                                                      data: Data) -> None:
    c = data.company
    await as_user(client, "mike")  # East and East-1: sam and sue
    mine = await report(client, REVENUE, "revenue", f=Q1, g="MONTH")
    assert mine["total"] == "6100.00"
    west = await report(client, REVENUE, "revenue", g="MONTH",
                        f={**Q1, "teamId": str(c.teams["West"])})
    assert west["total"] == "0.00"
    east1 = await report(client, REVENUE, "revenue", g="MONTH",
                         f={**Q1, "teamId": str(c.teams["East-1"])})
    assert east1["total"] == "1000.00"
    await as_user(client, "root")
    east = await report(client, REVENUE, "revenue", g="TEAM",
                        f={**Q1, "teamId": str(c.teams["East"])})
    assert [r["team"]["name"] for r in east["rows"]] == ["East", "East-1"]


async def test_report_filters_are_validated(client: httpx.AsyncClient, data: Data) -> None:
    await as_user(client, "root")
    body = await gql(client, REVENUE, {"g": "MONTH", "f": {"from": "2026-03-01",
                                                          "to": "2026-01-01"}})
    assert body["errors"][0]["extensions"]["fields"] == {"filter.to": ["BEFORE_FROM"]}
    body = await gql(client, REVENUE, {"g": "MONTH", "f": {"from": "2000-01-01",
                                                          "to": "2026-01-01"}})
    assert body["errors"][0]["extensions"]["fields"] == {"filter.to": ["RANGE_TOO_LONG"]}


async def test_deals_without_history_count_by_their_current_stage(
        client: httpx.AsyncClient, data: Data) -> None:
    c = data.company
    imported = await Deal.create(  # e.g. an import that wrote no stage history
        title="imported", customer_id=data.customers["Sue Co"], owner_id=c.users["sue"],
        team_id=c.teams["East"], amount=Decimal("10"),
        pipeline_id=(await Deal.get(id=data.deals["d1"])).pipeline_id,
        stage_id=data.stages["Proposal"])
    await Deal.filter(id=imported.id).update(created_at=noon("02-02"))
    await as_user(client, "root")
    funnel = await report(client, FUNNEL, "salesFunnel", f=Q1)
    assert funnel["total"] == 13
    assert [s["reached"] for s in funnel["stages"]] == [13, 10, 8, 5, 4, None]
