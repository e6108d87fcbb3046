"""The customer pool: shared, PII-free browsing; one winner per claim; a daily claim limit;
owners (or assigners) release customers back with a reason."""

from __future__ import annotations

import asyncio
import dataclasses

import httpx
import pytest

from backend.api.schema import schema as crm_schema
from backend.customers.models import Customer
from backend.settings import Settings, use_settings
from tests.conftest import error_codes, gql
from tests.support.accounts import sign_in
from tests.support.lifecycle import World, events, make_customer, make_world

POOL = """query($s: String, $a: String, $f: Int) { customerPool(search: $s, after: $a,
  first: $f) { totalCount edges { cursor node { id name kind industry level source stage tags
  createdAt } } pageInfo { hasNextPage endCursor } } }"""
CLAIM = "mutation($id: ID!) { claimCustomer(id: $id) { id owner { displayName } phones } }"
RELEASE = """mutation($ids: [ID!]!, $r: String!) { releaseCustomers(input: {customerIds: $ids,
  reason: $r}) { count } }"""


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


def pool_names(body: dict[str, object]) -> list[str]:
    data = body["data"]["customerPool"]  # type: ignore[index]
    return [e["node"]["name"] for e in data["edges"]]


async def test_pool_is_refused_to_anonymous_and_to_users_without_customer_rights(
        client: httpx.AsyncClient, world: World) -> None:
    assert error_codes(await gql(client, POOL)) == ["UNAUTHENTICATED"]
    assert error_codes(await gql(client, CLAIM, {"id": world.cid("Pool Two")})) \
        == ["UNAUTHENTICATED"]
    await sign_in(client, "nobody")
    assert error_codes(await gql(client, POOL)) == ["FORBIDDEN"]
    assert error_codes(await gql(client, CLAIM, {"id": world.cid("Pool Two")})) == ["FORBIDDEN"]


async def test_pool_lists_unowned_customers_to_every_reader_without_pii(
        client: httpx.AsyncClient, world: World) -> None:
    deleted = await make_customer("Pool Deleted", phones=["13900000009"])
    await Customer.filter(id=deleted.id).update(deleted_at=deleted.created_at)
    for reader in ("sam", "sup"):
        await sign_in(client, reader)
        body = await gql(client, POOL)
        assert pool_names(body) == ["Pool Two", "Pool One Ltd."]
        assert body["data"]["customerPool"]["totalCount"] == 2
        node = body["data"]["customerPool"]["edges"][1]["node"]
        assert (node["industry"], node["source"], node["tags"]) == ("retail", "fair", [])
        assert "1390000000" not in str(body)
    # The type itself has nothing personal to select.
    pool_type = crm_schema._schema.get_type("PoolCustomer")
    assert set(pool_type.fields) == {  # type: ignore[union-attr]
        "id", "name", "kind", "industry", "level", "source", "stage", "tags", "createdAt"}


async def test_pool_search_and_pages(client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "sam")
    assert pool_names(await gql(client, POOL, {"s": "one"})) == ["Pool One Ltd."]
    first = await gql(client, POOL, {"f": 1})
    after = first["data"]["customerPool"]["pageInfo"]["endCursor"]
    second = await gql(client, POOL, {"f": 1, "a": after})
    assert pool_names(first) + pool_names(second) == ["Pool Two", "Pool One Ltd."]
    assert second["data"]["customerPool"]["pageInfo"]["hasNextPage"] is False
    assert error_codes(await gql(client, POOL, {"a": "bm9wZTox"})) == ["BAD_USER_INPUT"]


async def test_claim_makes_the_claimer_owner_and_their_team_the_team(
        client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "sam")
    body = await gql(client, CLAIM, {"id": world.cid("Pool One Ltd.")})
    assert body["data"]["claimCustomer"] == {"id": world.cid("Pool One Ltd."),
                                             "owner": {"displayName": "Sam"},
                                             "phones": ["13900000001"]}
    row = await Customer.get(id=world.customers["Pool One Ltd."])
    assert (row.owner_id, row.team_id) == (world.users["sam"], world.teams["East-1"])
    (event,) = await events("customer.claimed")
    assert event.target_id == world.cid("Pool One Ltd.") and event.actor_id == world.users["sam"]
    assert pool_names(await gql(client, POOL)) == ["Pool Two"]


async def test_claim_refused_for_owned_missing_or_without_write(
        client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "sam")
    assert error_codes(await gql(client, CLAIM, {"id": world.cid("Wes Co")})) == ["CONFLICT"]
    assert error_codes(await gql(client, CLAIM, {"id": "999999"})) == ["NOT_FOUND"]
    await sign_in(client, "sup")  # reads everything, writes nothing
    assert error_codes(await gql(client, CLAIM, {"id": world.cid("Pool Two")})) == ["FORBIDDEN"]
    assert (await Customer.get(id=world.customers["Pool Two"])).owner_id is None
    assert await events("customer.claimed") == []


async def test_two_concurrent_claims_have_exactly_one_winner(
        client: httpx.AsyncClient, world: World) -> None:
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as other:
        await sign_in(client, "sam")
        await sign_in(other, "sue")
        bodies = await asyncio.gather(
            gql(client, CLAIM, {"id": world.cid("Pool Two")}),
            gql(other, CLAIM, {"id": world.cid("Pool Two")}))
    outcomes = sorted("won" if b.get("data") else error_codes(b)[0] for b in bodies)
    assert outcomes == ["CONFLICT", "won"]
    row = await Customer.get(id=world.customers["Pool Two"])
    assert row.owner_id in (world.users["sam"], world.users["sue"])
    assert len(await events("customer.claimed")) == 1


async def test_daily_claim_limit(client: httpx.AsyncClient, world: World, db: Settings) -> None:
    use_settings(dataclasses.replace(db, pool_claims_per_day=1))
    try:
        await sign_in(client, "sam")
        assert (await gql(client, CLAIM, {"id": world.cid("Pool One Ltd.")}))["data"]
        body = await gql(client, CLAIM, {"id": world.cid("Pool Two")})
        assert error_codes(body) == ["RATE_LIMITED"]
        assert body["errors"][0]["extensions"]["retryAfter"] >= 1
        assert (await Customer.get(id=world.customers["Pool Two"])).owner_id is None
        await sign_in(client, "sue")  # the limit is per user
        assert (await gql(client, CLAIM, {"id": world.cid("Pool Two")}))["data"]
    finally:
        use_settings(db)


async def test_owner_releases_with_a_reason(client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "sam")
    no_reason = await gql(client, RELEASE, {"ids": [world.cid("Sam Co")], "r": " "})
    assert no_reason["errors"][0]["extensions"]["fields"] == {"reason": ["REQUIRED"]}
    body = await gql(client, RELEASE, {"ids": [world.cid("Sam Co")], "r": "No budget this year"})
    assert body["data"]["releaseCustomers"] == {"count": 1}
    row = await Customer.get(id=world.customers["Sam Co"])
    assert row.owner_id is None and row.team_id == world.teams["East-1"]
    (event,) = await events("customer.released")
    assert event.reason == "No budget this year"
    assert event.changes["owner_id"] == [world.users["sam"], None]
    assert "Sam Co" in pool_names(await gql(client, POOL))


async def test_release_of_others_customers_needs_assign_rights(
        client: httpx.AsyncClient, world: World) -> None:
    ids = [world.cid("Sam Co"), world.cid("Wes Co")]
    await sign_in(client, "wes")  # sales: cannot see Sam's customer at all
    assert error_codes(await gql(client, RELEASE, {"ids": ids, "r": "cleanup"})) \
        == ["NOT_FOUND"]
    await sign_in(client, "rita")  # reads everything, writes only her own
    assert error_codes(await gql(client, RELEASE, {"ids": ids, "r": "cleanup"})) \
        == ["FORBIDDEN"]
    await sign_in(client, "sup")
    assert error_codes(await gql(client, RELEASE, {"ids": ids, "r": "cleanup"})) \
        == ["FORBIDDEN"]
    await sign_in(client, "mike")  # manager of East: Wes Co is outside his subtree
    assert error_codes(await gql(client, RELEASE, {"ids": ids, "r": "cleanup"})) \
        == ["NOT_FOUND"]
    assert await Customer.filter(owner_id__isnull=True).count() == 2  # nothing changed
    assert await events("customer.released") == []
    body = await gql(client, RELEASE, {"ids": [world.cid("Sam Co"), world.cid("Sue Co")],
                                       "r": "cleanup"})
    assert body["data"]["releaseCustomers"] == {"count": 2}
    assert len(await events("customer.released")) == 2
