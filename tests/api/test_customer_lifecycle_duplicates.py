"""Duplicate checks report only customers the viewer may see: phone and email matches among
customers whose personal data they may read, name matches in their scope and in the pool."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import sign_in
from tests.support.lifecycle import World, add_contact, make_world

DUPES = """query($n: String! = "", $p: [String!]! = [], $e: [String!]! = [], $x: ID) {
  customerDuplicates(input: {name: $n, phones: $p, emails: $e, excludeId: $x}) {
    reasons customer { name phones } poolCustomer { name } } }"""


@pytest.fixture
async def world(db: Settings) -> World:
    w = await make_world()
    await add_contact(w.customers["Sue Co"], "Li Lei", email="li.lei@sue.example.com")
    return w


async def dupes(client: httpx.AsyncClient, **args: Any) -> list[tuple[str, list[str]]]:
    body = await gql(client, DUPES, args)
    found = []
    for d in body["data"]["customerDuplicates"]:
        shown = d["customer"] or d["poolCustomer"]
        found.append((("pool:" if d["poolCustomer"] else "") + shown["name"], d["reasons"]))
    return found


async def test_duplicates_refused_to_anonymous_and_without_customer_rights(
        client: httpx.AsyncClient, world: World) -> None:
    assert error_codes(await gql(client, DUPES, {"n": "Sam Co"})) == ["UNAUTHENTICATED"]
    await sign_in(client, "nobody")
    assert error_codes(await gql(client, DUPES, {"n": "Sam Co"})) == ["FORBIDDEN"]


async def test_phone_email_and_name_matches_in_scope(client: httpx.AsyncClient,
                                                     world: World) -> None:
    await sign_in(client, "sam")
    assert await dupes(client, p=["+86 138 0000 0001"]) == [("Sam Co", ["PHONE"])]
    assert await dupes(client, n="SAM CO., LTD.", e=["BOSS@sam.example.com"]) == [
        ("Sam Co", ["EMAIL", "NAME"])]
    body = await gql(client, DUPES, {"p": ["13800000001"]})
    assert body["data"]["customerDuplicates"][0]["customer"]["phones"] == ["13800000001"]
    assert await dupes(client, n="Sam Co", x=world.cid("Sam Co")) == []
    await sign_in(client, "mike")  # a contact's email counts too
    assert await dupes(client, e=["li.lei@sue.example.com"]) == [("Sue Co", ["EMAIL"])]


async def test_matches_outside_scope_are_not_reported(client: httpx.AsyncClient,
                                                      world: World) -> None:
    await sign_in(client, "sam")
    assert await dupes(client, n="Wes Co", p=["13800000003"], e=["boss@wes.example.com"]) == []
    await sign_in(client, "wes")
    assert await dupes(client, n="Wes Co", p=["13800000003"]) == [("Wes Co", ["PHONE", "NAME"])]


async def test_masked_readers_get_name_matches_but_no_phone_oracle(
        client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "sup")  # reads all customers, personal data masked
    assert await dupes(client, p=["13800000003"]) == []
    assert await dupes(client, n="wes co", p=["13800000003"]) == [("Wes Co", ["NAME"])]


async def test_pool_customers_match_by_name_only(client: httpx.AsyncClient,
                                                 world: World) -> None:
    await sign_in(client, "sam")
    assert await dupes(client, n="pool one") == [("pool:Pool One Ltd.", ["NAME"])]
    assert await dupes(client, p=["13900000001"]) == []
    await sign_in(client, "ada")  # may read every customer's personal data: a full match
    assert await dupes(client, n="Pool One", p=["13900000001"]) == [
        ("Pool One Ltd.", ["PHONE", "NAME"])]


async def test_duplicate_input_is_bounded(client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "sam")
    body = await gql(client, DUPES, {"p": [f"1380000{i:04d}" for i in range(21)]})
    assert body["errors"][0]["extensions"]["fields"] == {"phones": ["TOO_MANY"]}
    body = await gql(client, DUPES, {"n": "x" * 201})
    assert body["errors"][0]["extensions"]["fields"] == {"name": ["INVALID_LENGTH"]}
