"""The deal list: filters a report can drill down by, and keyset pages for every sort."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from backend.deals import pipelines
from backend.deals.models import Deal
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import Company, as_user, company
from tests.support.deals import LIST, customers_of, stages, titles
from tests.support.queries import count_queries

# title, owner, amount, currency, stage, expected close, won at
ROWS: list[tuple[str, str, str, str, str, date | None, datetime | None]] = [
    ("Alpha", "sam", "900.00", "CNY", "Qualification", date(2026, 3, 10), None),
    ("Bravo", "sam", "1000.00", "CNY", "Won", date(2026, 2, 1), datetime(2026, 2, 3, tzinfo=UTC)),
    ("Charlie", "sue", "1000.00", "USD", "Won", None, datetime(2026, 3, 31, 23, tzinfo=UTC)),
    ("Delta", "sue", "50.50", "CNY", "Lost", date(2026, 3, 1), None),
    ("Echo", "wes", "7000.00", "CNY", "Proposal", None, None),
    ("Foxtrot", "sam", "120.00", "CNY", "Proposal", date(2026, 3, 31), None),
]


@pytest.fixture
async def world(db: Settings) -> Company:
    c = await company()
    customers = await customers_of(c)
    stage = await stages()
    pipeline = await pipelines.default_pipeline()
    teams = {"sam": "East-1", "sue": "East", "wes": "West"}
    for title, owner, amount, currency, stage_name, close, won in ROWS:
        await Deal.create(title=title, customer_id=customers[f"{owner.title()} Co"],
                          owner_id=c.users[owner], team_id=c.teams[teams[owner]],
                          amount=Decimal(amount), currency=currency, pipeline_id=pipeline.id,
                          stage_id=stage[stage_name], expected_close_date=close, won_at=won)
    return c


async def test_filters_narrow_within_scope(client: httpx.AsyncClient, world: Company) -> None:
    stage = await stages()
    await as_user(client, "mike")  # East subtree: sam and sue
    assert await titles(client) == ["Alpha", "Bravo", "Charlie", "Delta", "Foxtrot"]
    assert await titles(client, filter={"status": "WON"}) == ["Bravo", "Charlie"]
    assert await titles(client, filter={"wonFrom": "2026-03-01", "wonTo": "2026-03-31"}) == [
        "Charlie"]  # the last hour of March is still March
    assert await titles(client, filter={"expectedCloseFrom": "2026-03-01",
                                        "expectedCloseTo": "2026-03-31"}) == [
        "Alpha", "Delta", "Foxtrot"]
    assert await titles(client, filter={"stageIds": [str(stage["Proposal"])]}) == ["Foxtrot"]
    assert await titles(client, filter={"ownerIds": [str(world.users["sue"])]}) == [
        "Charlie", "Delta"]
    assert await titles(client, filter={"teamIds": [str(world.teams["East"])]}) == [
        "Charlie", "Delta"]
    assert await titles(client, filter={"teamIds": [str(world.teams["East"])],
                                        "includeSubteams": True}) == [
        "Alpha", "Bravo", "Charlie", "Delta", "Foxtrot"]
    assert await titles(client, filter={"currency": "usd"}) == ["Charlie"]
    assert await titles(client, filter={"search": "trot"}) == ["Foxtrot"]
    assert await titles(client, filter={"search": "sue co"}) == ["Charlie", "Delta"]
    # Asking for another team's deals can't widen the scope.
    assert await titles(client, filter={"teamIds": [str(world.teams["West"])]}) == []


async def walk(client: httpx.AsyncClient, order: dict[str, str], size: int = 2) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        body = await gql(client, LIST, {"first": size, "after": after, "order": order})
        assert "errors" not in body, body
        page = body["data"]["deals"]
        seen += [e["node"]["title"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return seen
        after = page["pageInfo"]["endCursor"]


@pytest.mark.parametrize(("order", "expected"), [
    ({"field": "AMOUNT", "direction": "DESC"},
     ["Echo", "Charlie", "Bravo", "Alpha", "Foxtrot", "Delta"]),
    ({"field": "AMOUNT", "direction": "ASC"},
     ["Delta", "Foxtrot", "Alpha", "Bravo", "Charlie", "Echo"]),
    ({"field": "EXPECTED_CLOSE_DATE", "direction": "ASC"},
     ["Bravo", "Delta", "Alpha", "Foxtrot", "Charlie", "Echo"]),
    ({"field": "EXPECTED_CLOSE_DATE", "direction": "DESC"},
     ["Foxtrot", "Alpha", "Delta", "Bravo", "Echo", "Charlie"]),
    ({"field": "CREATED_AT", "direction": "DESC"},
     ["Foxtrot", "Echo", "Delta", "Charlie", "Bravo", "Alpha"]),
])
async def test_keyset_pages_follow_every_sort(client: httpx.AsyncClient, world: Company,
                                              order: dict[str, str],
                                              expected: list[str]) -> None:
    await as_user(client, "root")
    assert await walk(client, order) == expected


async def test_foreign_or_forged_cursors_are_refused(client: httpx.AsyncClient,
                                                     world: Company) -> None:
    await as_user(client, "root")
    body = await gql(client, LIST, {"first": 2, "order": {"field": "AMOUNT"}})
    cursor = body["data"]["deals"]["pageInfo"]["endCursor"]
    for variables in ({"after": cursor}, {"after": "bm9wZQ"},
                      {"after": cursor, "order": {"field": "AMOUNT", "direction": "ASC"}}):
        body = await gql(client, LIST, {"first": 2, **variables})
        assert error_codes(body) == ["BAD_USER_INPUT"], variables
    assert error_codes(await gql(client, LIST, {"first": 101})) == ["BAD_USER_INPUT"]


async def test_a_page_costs_the_same_queries_for_5_and_50_rows(
        client: httpx.AsyncClient, world: Company, monkeypatch: pytest.MonkeyPatch) -> None:
    await as_user(client, "root")
    costs: list[int] = []
    for size in (2, 6):
        variables: dict[str, Any] = {"first": size}
        with count_queries(monkeypatch) as seen:
            body = await gql(client, LIST, variables)
        assert len(body["data"]["deals"]["edges"]) == size
        costs.append(len([q for q in seen if "deal" in q or "user" in q]))
    assert costs[0] == costs[1]
