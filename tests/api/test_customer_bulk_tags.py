"""Bulk tagging from the customer list: customers.write over every customer, all or nothing,
one audit event per changed customer, search finds the new tag."""

from __future__ import annotations

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.customers.models import CustomerTag
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import sign_in
from tests.support.lifecycle import World, make_world

TAG = """mutation($ids: [ID!]!, $add: [String!]! = [], $remove: [String!]! = []) {
  tagCustomers(input: {customerIds: $ids, add: $add, remove: $remove}) }"""
SEARCH = """query($s: String!) {
  customers(first: 10, search: $s) { edges { node { name tags } } } }"""


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


async def tag_names(customer_id: int) -> list[str]:
    return sorted(str(n) for n in await CustomerTag.filter(customer_id=customer_id)
                  .values_list("tag__name", flat=True))


async def test_bulk_tag_refused_to_anonymous_readers_and_out_of_scope(
        client: httpx.AsyncClient, world: World) -> None:
    args = {"ids": [world.cid("Sam Co"), world.cid("Sue Co")], "add": ["VIP"]}
    assert error_codes(await gql(client, TAG, args)) == ["UNAUTHENTICATED"]
    await sign_in(client, "sup")  # support reads all customers but may not edit them
    assert error_codes(await gql(client, TAG, args)) == ["FORBIDDEN"]
    await sign_in(client, "sam")  # Sue Co is not Sam's: nothing changes, not even Sam Co
    assert error_codes(await gql(client, TAG, args)) == ["NOT_FOUND"]
    assert await tag_names(world.customers["Sam Co"]) == []
    assert await AuditEvent.filter(action="customer.updated").count() == 0


async def test_bulk_tag_validates_names(client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "mike")
    for args in ({"ids": [world.cid("Sam Co")]},
                 {"ids": [world.cid("Sam Co")], "add": ["x" * 65]},
                 {"ids": [], "add": ["VIP"]}):
        assert error_codes(await gql(client, TAG, args)) == ["BAD_USER_INPUT"]


async def test_manager_adds_and_removes_tags_on_several_customers(
        client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "mike")
    ids = [world.cid("Sam Co"), world.cid("Sue Co")]
    body = await gql(client, TAG, {"ids": ids, "add": ["重点客户", "Expo 2026"]})
    assert body["data"]["tagCustomers"] == 2
    assert await tag_names(world.customers["Sam Co"]) == ["Expo 2026", "重点客户"]
    # Adding again changes nothing; removing is case-insensitive and leaves the other tag.
    assert (await gql(client, TAG, {"ids": ids, "add": ["expo 2026"]}))["data"]["tagCustomers"] == 0
    body = await gql(client, TAG, {"ids": ids, "remove": ["EXPO 2026"]})
    assert body["data"]["tagCustomers"] == 2
    assert await tag_names(world.customers["Sue Co"]) == ["重点客户"]
    events = await AuditEvent.filter(action="customer.updated").order_by("id")
    assert len(events) == 4
    assert events[-1].changes == {"tags": [["Expo 2026", "重点客户"], ["重点客户"]]}
    found = await gql(client, SEARCH, {"s": "重点客户"})
    names = sorted(e["node"]["name"] for e in found["data"]["customers"]["edges"])
    assert names == ["Sam Co", "Sue Co"]
