"""A small company for the collaboration tests: two teams, people in every role, customers.

East (team) ⊃ East-1. sam (sales, East-1) owns "Sam Co"; wes (sales, West) owns "Wes Co";
mike manages East (sees its subtree); sup is support (all customers, masked PII); aud is an
auditor (no customer data); ex is a disabled sales account in East-1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from backend.accounts.models import Team, User
from backend.customers.models import Customer
from tests.conftest import gql
from tests.support.accounts import make_user, sign_in


@dataclass
class World:
    users: dict[str, User]
    customers: dict[str, Customer]

    def uid(self, name: str) -> str:
        return str(self.users[name].id)

    def cid(self, name: str) -> str:
        return str(self.customers[name].id)


NAMES = {"sam": "Sam Lee", "wes": "Wes Wu", "mike": "Mike Ma", "sup": "Sue Port",
         "aud": "Audra", "ex": "Ex Employee"}


async def make_world() -> World:
    east = await Team.create(name="East")
    east1 = await Team.create(name="East-1", parent_id=east.id)
    west = await Team.create(name="West")
    users = {
        "sam": await make_user("sam", "sales", team_id=east1.id),
        "wes": await make_user("wes", "sales", team_id=west.id),
        "mike": await make_user("mike", "manager", team_id=east.id),
        "sup": await make_user("sup", "support"),
        "aud": await make_user("aud", "auditor"),
        "ex": await make_user("ex", "sales", team_id=east1.id, active=False),
    }
    for name, shown in NAMES.items():
        users[name].display_name = shown
        await users[name].save(update_fields=["display_name"])
    customers = {
        "Sam Co": await Customer.create(name="Sam Co", owner_id=users["sam"].id,
                                        team_id=east1.id),
        "Wes Co": await Customer.create(name="Wes Co", owner_id=users["wes"].id,
                                        team_id=west.id),
    }
    return World(users=users, customers=customers)


async def as_user(client: httpx.AsyncClient, username: str) -> None:
    client.cookies.clear()
    body = await sign_in(client, username)
    assert body["data"]["login"]["status"] == "SUCCESS", body


async def call(client: httpx.AsyncClient, query: str, **variables: Any) -> dict[str, Any]:
    return await gql(client, query, variables)


def fields_of(body: dict[str, Any]) -> dict[str, list[str]]:
    """The per-field problem codes of a BAD_USER_INPUT error."""
    [error] = body["errors"]
    fields: dict[str, list[str]] = error["extensions"]["fields"]
    return fields
