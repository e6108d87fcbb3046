"""Shared pieces of the deal, pipeline, target and report tests: customers to sell to, the
default pipeline's stages, and the GraphQL operations."""

from __future__ import annotations

from typing import Any

import httpx

from backend.customers.models import Customer
from backend.deals import pipelines
from backend.deals.models import PipelineStage
from tests.conftest import gql
from tests.support.customers import Company

NODE = """id title customer { id name } contact { id name } amount currency pipelineId
stage { id nameEn kind probability } status probability expectedCloseDate
owner { id displayName } team { id name } source lostReason wonAt lostAt stageEnteredAt notes
products { name quantity price total } rank createdBy { id } createdAt updatedAt"""

CREATE = "mutation($i: DealInput!) { createDeal(input: $i) { %s } }" % NODE
UPDATE = "mutation($i: DealUpdateInput!) { updateDeal(input: $i) { %s } }" % NODE
MOVE = "mutation($i: MoveDealInput!) { moveDeal(input: $i) { %s } }" % NODE
DELETE = "mutation($id: ID!) { deleteDeal(id: $id) }"
ONE = "query($id: ID!) { deal(id: $id) { %s } }" % NODE
LIST = """query($first: Int, $after: String, $filter: DealFilterInput, $order: DealOrderInput) {
  deals(first: $first, after: $after, filter: $filter, orderBy: $order) {
    totalCount edges { cursor node { id title amount expectedCloseDate owner { id } } }
    pageInfo { hasNextPage endCursor } } }"""
BOARD = """query($p: ID, $f: DealFilterInput, $n: Int!) {
  dealBoard(pipelineId: $p, filter: $f, perColumn: $n) {
    currency pipeline { id name }
    columns { stage { id nameEn } count amount weightedAmount
              otherCurrencies { amount currency } hasMore deals { id title rank } } } }"""


async def stages() -> dict[str, int]:
    """The default pipeline's stage ids by English name (Qualification ... Won, Lost)."""
    pipeline = await pipelines.default_pipeline()
    return {s.name_en: s.id for s in await PipelineStage.filter(pipeline_id=pipeline.id)}


async def customers_of(c: Company) -> dict[str, int]:
    """One customer per sales person: "Sam Co", "Sue Co", "Wes Co"."""
    ids = {}
    for user, team in (("sam", "East-1"), ("sue", "East"), ("wes", "West")):
        row = await Customer.create(name=f"{user.title()} Co", owner_id=c.users[user],
                                    team_id=c.teams[team])
        ids[f"{user.title()} Co"] = row.id
    return ids


async def create_deal(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    """createDeal with ``fields`` (camelCase); returns the whole body."""
    return await gql(client, CREATE, {"i": fields})


async def created(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    body = await create_deal(client, **fields)
    assert "errors" not in body, body
    deal: dict[str, Any] = body["data"]["createDeal"]
    return deal


async def titles(client: httpx.AsyncClient, **variables: Any) -> list[str]:
    body = await gql(client, LIST, {"first": 100, **variables})
    assert "errors" not in body, body
    return sorted(e["node"]["title"] for e in body["data"]["deals"]["edges"])
