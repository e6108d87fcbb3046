"""Transferring customers: customers.assign over every one of them, all or nothing, one audit
event per customer and one notification for the new owner."""

from __future__ import annotations

import httpx
import pytest

from backend.accounts.models import User
from backend.customers.models import Customer
from backend.notifications.models import Notification
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.lifecycle import World, events, make_world

TRANSFER = """mutation($ids: [ID!]!, $o: ID!, $t: ID, $n: String! = "") {
  transferCustomers(input: {customerIds: $ids, ownerId: $o, teamId: $t, note: $n}) {
    count owner { id displayName } customerIds } }"""


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


async def owners(world: World) -> dict[str, int | None]:
    return {name: (await Customer.get(id=cid)).owner_id
            for name, cid in world.customers.items()}


async def test_transfer_refused_to_anonymous_and_to_roles_without_assign(
        client: httpx.AsyncClient, world: World) -> None:
    args = {"ids": [world.cid("Sam Co")], "o": world.uid("sue")}
    assert error_codes(await gql(client, TRANSFER, args)) == ["UNAUTHENTICATED"]
    for username in ("sam", "sup", "nobody"):
        await sign_in(client, username)
        assert error_codes(await gql(client, TRANSFER, args)) == ["FORBIDDEN"]
    assert (await Customer.get(id=world.customers["Sam Co"])).owner_id == world.users["sam"]


async def test_manager_transfers_within_subtree_with_audit_and_notification(
        client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "mike")
    note = "Please call them before Friday"
    body = await gql(client, TRANSFER, {"ids": [world.cid("Sam Co"), world.cid("Sue Co")],
                                        "o": world.uid("sue"), "n": note})
    assert body["data"]["transferCustomers"] == {
        "count": 2, "owner": {"id": world.uid("sue"), "displayName": "Sue"},
        "customerIds": [world.cid("Sam Co"), world.cid("Sue Co")]}
    for name in ("Sam Co", "Sue Co"):
        row = await Customer.get(id=world.customers[name])
        assert (row.owner_id, row.team_id) == (world.users["sue"], world.teams["East"])
    audit = await events("customer.transferred")
    assert [e.target_id for e in audit] == [world.cid("Sam Co"), world.cid("Sue Co")]
    assert audit[0].changes == {"owner_id": [world.users["sam"], world.users["sue"]],
                                "team_id": [world.teams["East-1"], world.teams["East"]],
                                "note_length": len(note)}
    assert note not in str([e.changes for e in audit])
    (notice,) = await Notification.all()
    assert (notice.user_id, notice.kind, notice.actor_id) == (
        world.users["sue"], "assignment", world.users["mike"])
    assert notice.payload == {"count": 2, "customer_name": "Sam Co", "actor_name": "Mike",
                              "note": note}


async def test_one_customer_out_of_scope_changes_nothing(
        client: httpx.AsyncClient, world: World) -> None:
    before = await owners(world)
    await sign_in(client, "mike")  # Wes Co belongs to West, outside his subtree
    body = await gql(client, TRANSFER, {"ids": [world.cid("Sam Co"), world.cid("Wes Co")],
                                        "o": world.uid("sue")})
    assert error_codes(body) == ["NOT_FOUND"]
    assert await owners(world) == before
    assert await events("customer.transferred") == [] and await Notification.all().count() == 0


async def test_visible_but_not_assignable_is_forbidden(
        client: httpx.AsyncClient, world: World) -> None:
    # Reads every customer (read-all) but assigns only within the East subtree (manager).
    await make_user("max", "manager", "read-all", team_id=world.teams["East"])
    await sign_in(client, "max")
    body = await gql(client, TRANSFER, {"ids": [world.cid("Sam Co"), world.cid("Wes Co")],
                                        "o": world.uid("sue")})
    assert error_codes(body) == ["FORBIDDEN"]
    assert (await Customer.get(id=world.customers["Sam Co"])).owner_id == world.users["sam"]


async def test_transfer_input_is_validated(client: httpx.AsyncClient, world: World) -> None:
    await User.filter(id=world.users["wes"]).update(is_active=False)
    await sign_in(client, "ada")
    ids = [world.cid("Sam Co")]
    cases = [
        ({"ids": ids, "o": world.uid("wes")}, {"ownerId": ["UNKNOWN_USER"]}),
        ({"ids": ids, "o": "424242"}, {"ownerId": ["UNKNOWN_USER"]}),
        ({"ids": ids, "o": world.uid("sue"), "t": "424242"}, {"teamId": ["UNKNOWN_TEAM"]}),
        ({"ids": ids, "o": world.uid("sue"), "n": "x" * 201}, {"note": ["TOO_LONG"]}),
        ({"ids": [], "o": world.uid("sue")}, {"customerIds": ["REQUIRED"]}),
        ({"ids": [str(i) for i in range(1, 202)], "o": world.uid("sue")},
         {"customerIds": ["TOO_MANY"]}),
    ]
    for args, fields in cases:
        body = await gql(client, TRANSFER, args)
        assert error_codes(body) == ["BAD_USER_INPUT"], args
        assert body["errors"][0]["extensions"]["fields"] == fields
    assert (await Customer.get(id=world.customers["Sam Co"])).owner_id == world.users["sam"]


async def test_admin_transfers_to_an_explicit_team(client: httpx.AsyncClient,
                                                   world: World) -> None:
    await sign_in(client, "ada")
    body = await gql(client, TRANSFER, {"ids": [world.cid("Wes Co")], "o": world.uid("sam"),
                                        "t": str(world.teams["West"])})
    assert body["data"]["transferCustomers"]["count"] == 1
    row = await Customer.get(id=world.customers["Wes Co"])
    assert (row.owner_id, row.team_id) == (world.users["sam"], world.teams["West"])
    await sign_in(client, "sam")  # the new owner now sees it
    seen = await gql(client, "query($id: ID!) { customer(id: $id) { name } }",
                     {"id": world.cid("Wes Co")})
    assert seen["data"]["customer"]["name"] == "Wes Co"
