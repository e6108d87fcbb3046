"""A deal's timeline (activities, stage moves, changes) and linking activities to deals."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from backend.activities.models import Activity
from backend.audit.models import AuditEvent
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.customers import Company, as_user, company
from tests.support.deals import MOVE, created, customers_of, stages

TIMELINE = """query($id: ID!, $first: Int!, $after: String) {
  dealTimeline(dealId: $id, first: $first, after: $after) {
    edges { cursor node { __typename
      ... on Activity { subject }
      ... on DealStageMove { fromStage { nameEn } toStage { nameEn } actor { id } }
      ... on DealChange { action fields } } }
    pageInfo { hasNextPage endCursor } } }"""
LINK = "mutation($a: ID!, $d: ID) { linkDealActivity(activityId: $a, dealId: $d) }"


@pytest.fixture
async def world(db: Settings) -> tuple[Company, dict[str, int]]:
    c = await company()
    return c, await customers_of(c)


def label(node: dict[str, Any]) -> str:
    if node["__typename"] == "Activity":
        return f"activity:{node['subject']}"
    if node["__typename"] == "DealStageMove":
        return f"move:{(node['fromStage'] or {}).get('nameEn')}>{node['toStage']['nameEn']}"
    return f"change:{node['action']}"


async def entries(client: httpx.AsyncClient, deal_id: str, size: int = 3) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        body = await gql(client, TIMELINE, {"id": deal_id, "first": size, "after": after})
        assert "errors" not in body, body
        page = body["data"]["dealTimeline"]
        seen += [label(e["node"]) for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return seen
        after = page["pageInfo"]["endCursor"]


async def test_timeline_merges_moves_changes_and_linked_activities(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    c, customers = world
    stage = await stages()
    await as_user(client, "sam")
    deal = await created(client, title="T", customerId=str(customers["Sam Co"]))
    call = await Activity.create(kind="call", customer_id=customers["Sam Co"], subject="Intro",
                                 created_by_id=c.users["sam"])
    assert (await gql(client, LINK, {"a": str(call.id), "d": deal["id"]}))[
        "data"]["linkDealActivity"] is True
    await gql(client, MOVE, {"i": {"id": deal["id"], "stageId": str(stage["Proposal"])}})
    assert await entries(client, deal["id"]) == [
        "change:deal.moved", "move:Qualification>Proposal", "change:deal.activity_linked",
        "activity:Intro", "change:deal.created", "move:None>Qualification"]
    await as_user(client, "wes")
    body = await gql(client, TIMELINE, {"id": deal["id"], "first": 5})
    assert error_codes(body) == ["NOT_FOUND"]


async def test_activities_link_only_to_deals_of_their_customer_and_in_scope(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    await as_user(client, "sam")
    mine = await created(client, title="Mine", customerId=str(customers["Sam Co"]))
    other_customer = await Activity.create(kind="note", customer_id=customers["Sue Co"],
                                           subject="Other")
    body = await gql(client, LINK, {"a": str(other_customer.id), "d": mine["id"]})
    assert error_codes(body) == ["NOT_FOUND"]  # Sue's customer is out of Sam's sight
    await as_user(client, "sue")
    theirs = await created(client, title="Sue's", customerId=str(customers["Sue Co"]))
    await as_user(client, "sam")
    note = await Activity.create(kind="note", customer_id=customers["Sam Co"], subject="Note")
    body = await gql(client, LINK, {"a": str(note.id), "d": theirs["id"]})
    assert error_codes(body) == ["NOT_FOUND"]
    await as_user(client, "mike")  # sees both customers and both deals
    body = await gql(client, LINK, {"a": str(note.id), "d": theirs["id"]})
    assert body["errors"][0]["extensions"]["fields"] == {"dealId": ["OTHER_CUSTOMER"]}
    assert (await Activity.get(id=note.id)).deal_id is None
    await gql(client, LINK, {"a": str(note.id), "d": mine["id"]})
    assert (await Activity.get(id=note.id)).deal_id == int(mine["id"])
    await gql(client, LINK, {"a": str(note.id), "d": None})
    assert (await Activity.get(id=note.id)).deal_id is None
    assert await AuditEvent.filter(action__startswith="deal.activity_").count() == 2
