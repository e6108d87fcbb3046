"""The kanban board: totals per column within scope, and drag-and-drop moves by rank."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.deals.models import Deal, DealStageChange, PipelineStage
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import Company, as_user, company
from tests.support.deals import BOARD, MOVE, create_deal, created, customers_of, stages


@pytest.fixture
async def world(db: Settings) -> tuple[Company, dict[str, int]]:
    c = await company()
    return c, await customers_of(c)


async def board(client: httpx.AsyncClient, per_column: int = 20,
                **filters: Any) -> dict[str, dict[str, Any]]:
    body = await gql(client, BOARD, {"n": per_column, "f": filters or None})
    assert "errors" not in body, body
    return {c["stage"]["nameEn"]: c for c in body["data"]["dealBoard"]["columns"]}


async def column_titles(client: httpx.AsyncClient, stage: str) -> list[str]:
    return [d["title"] for d in (await board(client))[stage]["deals"]]


async def test_columns_total_the_deals_in_scope_per_currency(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    stage = await stages()
    await as_user(client, "sam")
    for title, amount, currency in (("A", "100.10", None), ("B", "0.20", None),
                                    ("C", "50", "USD")):
        await created(client, title=title, customerId=str(customers["Sam Co"]), amount=amount,
                      stageId=str(stage["Proposal"]), **({"currency": currency}
                                                         if currency else {}))
    await as_user(client, "wes")
    await created(client, title="W", customerId=str(customers["Wes Co"]), amount="999",
                  stageId=str(stage["Proposal"]))
    await as_user(client, "sam")
    columns = await board(client)
    assert list(columns) == ["Qualification", "Needs analysis", "Proposal", "Negotiation",
                             "Won", "Lost"]
    proposal = columns["Proposal"]
    assert proposal["count"] == 3  # Wes's deal is not counted for Sam
    assert proposal["amount"] == "100.30"  # CNY only: USD is never added to it
    assert proposal["weightedAmount"] == "60.18"  # 60 % of 100.30
    assert proposal["otherCurrencies"] == [{"amount": "50.00", "currency": "USD"}]
    assert columns["Qualification"]["count"] == 0 and columns["Qualification"]["amount"] == "0.00"
    limited = (await board(client, per_column=2))["Proposal"]
    assert len(limited["deals"]) == 2 and limited["hasMore"] is True
    await as_user(client, "root")
    assert (await board(client))["Proposal"]["count"] == 4


async def test_moves_reorder_within_a_column_and_across_columns(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    stage = await stages()
    await as_user(client, "sam")
    ids = {}
    for title in ("A", "B", "C"):  # each new deal goes on top: C, B, A
        ids[title] = (await created(client, title=title,
                                    customerId=str(customers["Sam Co"])))["id"]
    assert await column_titles(client, "Qualification") == ["C", "B", "A"]
    moved = await gql(client, MOVE, {"i": {"id": ids["C"], "stageId": str(stage["Qualification"]),
                                           "afterId": ids["A"]}})
    assert "errors" not in moved, moved
    assert await column_titles(client, "Qualification") == ["B", "A", "C"]
    await gql(client, MOVE, {"i": {"id": ids["C"], "stageId": str(stage["Qualification"]),
                                   "beforeId": ids["A"]}})
    assert await column_titles(client, "Qualification") == ["B", "C", "A"]
    assert await DealStageChange.filter(deal_id=int(ids["C"])).count() == 1  # no stage change
    await gql(client, MOVE, {"i": {"id": ids["A"], "stageId": str(stage["Proposal"])}})
    await gql(client, MOVE, {"i": {"id": ids["B"], "stageId": str(stage["Proposal"]),
                                   "afterId": ids["A"]}})
    columns = await board(client)
    assert [d["title"] for d in columns["Proposal"]["deals"]] == ["A", "B"]
    assert [d["title"] for d in columns["Qualification"]["deals"]] == ["C"]
    row = await Deal.get(id=int(ids["B"]))
    assert row.stage_id == stage["Proposal"] and row.probability == 60
    assert await DealStageChange.filter(deal_id=row.id, to_stage_id=stage["Proposal"]).count() \
        == 1
    assert await AuditEvent.filter(action="deal.moved").count() == 4


async def test_ranks_are_renumbered_when_there_is_no_room_between_neighbours(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    stage = await stages()
    await as_user(client, "sam")
    ids = [(await created(client, title=t, customerId=str(customers["Sam Co"])))["id"]
           for t in ("A", "B", "C")]
    await Deal.filter(id__in=[int(i) for i in ids]).update(rank=5.0)  # e.g. imported rows
    # Ties sort by id: A, B, C. Put C between A and B.
    body = await gql(client, MOVE, {"i": {"id": ids[2], "stageId": str(stage["Qualification"]),
                                          "afterId": ids[0]}})
    assert "errors" not in body, body
    assert await column_titles(client, "Qualification") == ["A", "C", "B"]
    ranks = [d.rank for d in await Deal.filter(id__in=[int(i) for i in ids]).order_by("rank")]
    assert ranks == [1.0, 2.0, 3.0]


async def test_refused_moves_change_nothing(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    stage = await stages()
    await as_user(client, "sam")
    a = await created(client, title="A", customerId=str(customers["Sam Co"]))
    b = await created(client, title="B", customerId=str(customers["Sam Co"]),
                      stageId=str(stage["Proposal"]))
    body = await gql(client, MOVE, {"i": {"id": a["id"], "stageId": str(stage["Negotiation"]),
                                          "afterId": b["id"]}})
    assert body["errors"][0]["extensions"]["fields"] == {"afterId": ["NOT_IN_STAGE"]}
    body = await gql(client, MOVE, {"i": {"id": a["id"], "stageId": str(stage["Lost"])}})
    assert body["errors"][0]["extensions"]["fields"] == {"lostReason": ["REQUIRED"]}
    await as_user(client, "wes")
    body = await gql(client, MOVE, {"i": {"id": a["id"], "stageId": str(stage["Won"])}})
    assert error_codes(body) == ["NOT_FOUND"]
    row = await Deal.get(id=int(a["id"]))
    assert (row.stage_id, row.rank) == (stage["Qualification"], a["rank"])
    assert await AuditEvent.filter(action="deal.moved").count() == 0
    await as_user(client, "sam")
    lost = await gql(client, MOVE, {"i": {"id": a["id"], "stageId": str(stage["Lost"]),
                                          "lostReason": "Budget cut"}})
    node = lost["data"]["moveDeal"]
    assert node["status"] == "LOST" and node["lostReason"] == "Budget cut" and node["lostAt"]


async def test_archived_stages_show_only_while_deals_are_in_them(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    stage = await stages()
    await as_user(client, "sam")
    await created(client, title="Stuck", customerId=str(customers["Sam Co"]),
                  stageId=str(stage["Negotiation"]))
    await PipelineStage.filter(id__in=[stage["Negotiation"], stage["Needs analysis"]]).update(
        archived=True)
    columns = await board(client)
    assert "Negotiation" in columns and "Needs analysis" not in columns
    refused = await created_or_error(client, title="New", customerId=str(customers["Sam Co"]),
                                     stageId=str(stage["Negotiation"]))
    assert refused == {"stageId": ["UNKNOWN_STAGE"]}


async def created_or_error(client: httpx.AsyncClient, **fields: Any) -> Any:
    body = await create_deal(client, **fields)
    return body["errors"][0]["extensions"]["fields"] if "errors" in body else body["data"]
