"""Shared pieces of the customer API tests: a small company and the GraphQL operations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from backend.accounts.models import Team
from tests.conftest import gql
from tests.support.accounts import make_user, sign_in

NODE = """id kind name stage level industry source website address phones emails idNumber
needs preferences { key value } tags owner { id displayName } team { id name }
primaryContact { id name phone email isPrimary piiMasked }
contacts { id name title phone email im birthday isPrimary piiMasked }
customFields { key value masked } piiMasked createdBy { id } updatedBy { id }
createdAt updatedAt lastActivityAt deletedAt"""

CREATE = "mutation($i: CustomerInput!) { createCustomer(input: $i) { %s } }" % NODE
UPDATE = "mutation($i: CustomerUpdateInput!) { updateCustomer(input: $i) { %s } }" % NODE
DELETE = "mutation($id: ID!) { deleteCustomer(id: $id) }"
ONE = "query($id: ID!) { customer(id: $id) { %s } }" % NODE
LIST = """query($first: Int, $after: String, $search: String, $filter: CustomerFilterInput,
  $order: CustomerOrderInput) {
  customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $order) {
    totalCount edges { cursor node { id name phones piiMasked } }
    pageInfo { hasNextPage endCursor } } }"""


@dataclass
class Company:
    teams: dict[str, int] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)


async def company() -> Company:
    """East (East-1 below it) and West; sales people, a manager of East, support (reads all,
    PII masked), an auditor (no customer rights) and an admin."""
    c = Company()
    east = await Team.create(name="East")
    east1 = await Team.create(name="East-1", parent_id=east.id)
    west = await Team.create(name="West")
    c.teams = {"East": east.id, "East-1": east1.id, "West": west.id}
    for name, role, team in (("sam", "sales", east1), ("sue", "sales", east),
                             ("wes", "sales", west), ("mike", "manager", east),
                             ("sup", "support", None), ("aud", "auditor", None),
                             ("root", "admin", None)):
        user = await make_user(name, role, team_id=team.id if team else None)
        c.users[name] = user.id
    return c


async def as_user(client: httpx.AsyncClient, username: str) -> None:
    body = await sign_in(client, username)
    assert body["data"]["login"]["status"] == "SUCCESS", body


async def create(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    """createCustomer with ``fields`` (camelCase); returns the whole body."""
    return await gql(client, CREATE, {"i": {"allowDuplicates": True, **fields}})


async def created_id(client: httpx.AsyncClient, **fields: Any) -> str:
    body = await create(client, **fields)
    assert "errors" not in body, body
    return str(body["data"]["createCustomer"]["id"])


async def page(client: httpx.AsyncClient, **variables: Any) -> dict[str, Any]:
    body = await gql(client, LIST, variables)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["customers"]
    return result


async def names(client: httpx.AsyncClient, **variables: Any) -> list[str]:
    return [e["node"]["name"] for e in (await page(client, first=100, **variables))["edges"]]
