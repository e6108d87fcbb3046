"""Data scopes and field masking on customers: every role sees exactly its share."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import httpx
import pytest

from backend.accounts.models import Session, Team, User
from backend.audit.models import AuditEvent
from backend.core.models import now_utc
from backend.customers import pii
from backend.customers.models import Customer
from backend.settings import Settings, use_settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in

LIST = "{ customers(first: 50) { totalCount edges { node { name phones emails piiMasked } } } }"
REVEAL = """mutation($id: ID!, $f: CustomerPiiField!, $r: String!) {
  revealCustomerField(customerId: $id, field: $f, reason: $r) }"""


@pytest.fixture
async def world(db: Settings) -> dict[str, int]:
    east = await Team.create(name="East")
    east1 = await Team.create(name="East-1", parent_id=east.id)
    west = await Team.create(name="West")
    sam = await make_user("sam", "sales", team_id=east1.id)
    sue = await make_user("sue", "sales", team_id=east.id)
    wes = await make_user("wes", "sales", team_id=west.id)
    await make_user("mike", "manager", team_id=east.id)
    await make_user("sup", "support")
    await make_user("aud", "auditor")
    ids = {}
    for name, owner, team, phone in (("Sam Co", sam, east1, "13800000001"),
                                     ("Sue Co", sue, east, "13800000002"),
                                     ("Wes Co", wes, west, "13800000003")):
        c = Customer(name=name, owner_id=owner.id, team_id=team.id)
        pii.set_pii(c, "phone", phone)
        pii.set_pii(c, "email", f"boss@{name.split()[0].lower()}.example.com")
        await c.save()
        await pii.sync_keys(c.id)
        ids[name] = c.id
    return ids


async def names(client: httpx.AsyncClient) -> list[str]:
    body = await gql(client, LIST)
    return sorted(e["node"]["name"] for e in body["data"]["customers"]["edges"])


async def test_sales_see_only_their_own(client: httpx.AsyncClient, world: dict[str, int]) -> None:
    await sign_in(client, "sam")
    assert await names(client) == ["Sam Co"]
    body = await gql(client, LIST)
    node = body["data"]["customers"]["edges"][0]["node"]
    assert node["phones"] == ["13800000001"] and node["piiMasked"] is False
    other = await gql(client, "query($id: ID!) { customer(id: $id) { name } }",
                      {"id": str(world["Wes Co"])})
    assert error_codes(other) == ["NOT_FOUND"]  # out of scope looks like absent


async def test_manager_sees_team_subtree(client: httpx.AsyncClient,
                                         world: dict[str, int]) -> None:
    await sign_in(client, "mike")
    assert await names(client) == ["Sam Co", "Sue Co"]


async def test_support_sees_all_with_masked_pii(client: httpx.AsyncClient,
                                                world: dict[str, int]) -> None:
    await sign_in(client, "sup")
    body = await gql(client, LIST)
    nodes = {e["node"]["name"]: e["node"] for e in body["data"]["customers"]["edges"]}
    assert sorted(nodes) == ["Sam Co", "Sue Co", "Wes Co"]
    assert nodes["Sam Co"]["phones"] == ["138****0001"]
    assert nodes["Sam Co"]["emails"] == ["b***@sam.example.com"]
    assert all(n["piiMasked"] for n in nodes.values())
    assert "13800000001" not in str(body)


async def test_auditor_sees_no_customer_data(client: httpx.AsyncClient,
                                             world: dict[str, int]) -> None:
    await sign_in(client, "aud")
    assert error_codes(await gql(client, LIST)) == ["FORBIDDEN"]


async def test_reveal_with_reason_is_audited(client: httpx.AsyncClient,
                                             world: dict[str, int]) -> None:
    await sign_in(client, "sup")
    cid = str(world["Wes Co"])
    no_reason = await gql(client, REVEAL, {"id": cid, "f": "PHONE", "r": " "})
    assert no_reason["errors"][0]["extensions"]["fields"] == {"reason": ["REQUIRED"]}
    body = await gql(client, REVEAL, {"id": cid, "f": "PHONE", "r": "Customer called back"})
    assert body["data"]["revealCustomerField"] == "13800000003"
    event = await AuditEvent.get(action="customer.pii_revealed")
    assert event.reason == "Customer called back" and event.changes == {"field": "phone"}
    assert event.actor_label == "sup" and "13800000003" not in str(event.changes)


async def test_reveal_refused_without_rights_or_scope(client: httpx.AsyncClient,
                                                      world: dict[str, int]) -> None:
    await sign_in(client, "sam")
    out_of_scope = await gql(client, REVEAL, {"id": str(world["Wes Co"]), "f": "PHONE",
                                              "r": "curious"})
    assert error_codes(out_of_scope) == ["NOT_FOUND"]
    await sign_in(client, "aud")
    assert error_codes(await gql(client, REVEAL, {"id": str(world["Wes Co"]), "f": "PHONE",
                                                  "r": "curious"})) == ["FORBIDDEN"]


async def test_reveal_needs_step_up_and_is_rate_limited(
        client: httpx.AsyncClient, world: dict[str, int], db: Settings) -> None:
    await sign_in(client, "sup")
    cid = str(world["Sam Co"])
    await Session.filter(user__username="sup").update(reauth_at=now_utc() - timedelta(minutes=30))
    assert error_codes(await gql(client, REVEAL, {"id": cid, "f": "EMAIL", "r": "callback"})) \
        == ["STEP_UP_REQUIRED"]
    await Session.filter(user__username="sup").update(reauth_at=now_utc())
    use_settings(dataclasses.replace(db, reveal_per_hour=2))
    try:
        for _ in range(2):
            assert (await gql(client, REVEAL, {"id": cid, "f": "EMAIL", "r": "callback"}))["data"]
        body = await gql(client, REVEAL, {"id": cid, "f": "EMAIL", "r": "callback"})
        assert error_codes(body) == ["RATE_LIMITED"]
    finally:
        use_settings(db)


async def test_write_protected_owner_field_is_named(client: httpx.AsyncClient,
                                                    world: dict[str, int]) -> None:
    wes = await User.get(username="wes")
    await sign_in(client, "sam")
    body = await gql(client, """mutation($id: ID!, $o: ID!) { updateCustomer(input: {id: $id,
        ownerId: $o}) { name } }""", {"id": str(world["Sam Co"]), "o": str(wes.id)})
    assert error_codes(body) == ["FORBIDDEN"]
    assert body["errors"][0]["extensions"]["fields"] == {"ownerId": ["FORBIDDEN_FIELD"]}
    body = await gql(client, """mutation($id: ID!) { updateCustomer(input: {id: $id,
        stage: "prospect", phones: ["13900000000"]}) { stage phones } }""",
                     {"id": str(world["Sam Co"])})
    assert body["data"]["updateCustomer"] == {"stage": "prospect", "phones": ["13900000000"]}
    event = await AuditEvent.get(action="customer.updated")
    assert event.changes["phones"] == "(changed)" and "13900000000" not in str(event.changes)
    # Visible for reading but not for writing: support may not edit.
    await sign_in(client, "sup")
    body = await gql(client, """mutation($id: ID!) { updateCustomer(input: {id: $id,
        stage: "churned"}) { stage } }""", {"id": str(world["Sam Co"])})
    assert error_codes(body) == ["FORBIDDEN"]


async def test_exact_phone_and_email_lookup_through_blind_index(
        client: httpx.AsyncClient, world: dict[str, int]) -> None:
    await make_user("root", "admin")
    await sign_in(client, "root")
    for term, expected in (("+86 138-0000-0002", ["Sue Co"]),
                           ("BOSS@wes.example.com", ["Wes Co"])):
        body = await gql(client, "query($s: String!) { customers(search: $s) { edges { node {"
                         " name } } } }", {"s": term})
        assert [e["node"]["name"] for e in body["data"]["customers"]["edges"]] == expected
    row = await Customer.get(name="Sue Co")
    assert "13800000002" not in (row.phones_enc or "")


async def test_keyset_pages_do_not_repeat_or_skip(client: httpx.AsyncClient,
                                                  world: dict[str, int]) -> None:
    await make_user("root", "admin")
    await sign_in(client, "root")
    query = """query($a: String) { customers(first: 2, after: $a) { edges { node { name } }
        pageInfo { hasNextPage endCursor } } }"""
    first = (await gql(client, query))["data"]["customers"]
    await Customer.create(name="Inserted meanwhile")
    second = (await gql(client, query, {"a": first["pageInfo"]["endCursor"]}))["data"][
        "customers"]
    seen = [e["node"]["name"] for e in first["edges"] + second["edges"]]
    assert sorted(seen) == ["Sam Co", "Sue Co", "Wes Co"] and not second["pageInfo"][
        "hasNextPage"]
    bad = await gql(client, query, {"a": "not-a-cursor"})
    assert error_codes(bad) == ["BAD_USER_INPUT"]


async def test_partner_token_sees_only_its_scopes(client: httpx.AsyncClient,
                                                  world: dict[str, int]) -> None:
    from tests.api.test_tokens import bearer, new_token

    partner = await make_user("pat", "partner")
    await Customer.create(name="Pat Co", owner_id=partner.id)
    await sign_in(client, "pat")
    token, _ = await new_token(client, ["customers.read"])
    no_read, _ = await new_token(client, ["tokens.manage"], name="other")
    async with bearer(client, token) as api:
        body = (await api.post("/graphql", json={"query": LIST})).json()
        # The partner role's scope is "own": only the partner's own customer, PII masked.
        nodes = body["data"]["customers"]["edges"]
        assert [n["node"]["name"] for n in nodes] == ["Pat Co"]
    async with bearer(client, no_read) as api:
        body = (await api.post("/graphql", json={"query": LIST})).json()
        assert error_codes(body) == ["FORBIDDEN"]
