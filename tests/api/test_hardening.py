"""GraphQL hardening: each abusive request gets a clear error and no work is done."""

from __future__ import annotations

import httpx
import pytest
import strawberry

from backend.api.schema import EXTENSIONS
from backend.audit.models import AuditEvent
from backend.customers.models import Customer
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in


@strawberry.type
class DeepNode:
    name: str = "n"

    @strawberry.field
    def child(self) -> DeepNode:
        return DeepNode()


@strawberry.type
class DeepQuery:
    @strawberry.field
    def root(self) -> DeepNode:
        return DeepNode()


def test_too_deep_query_is_refused() -> None:
    """The live schema has no recursive types yet, so the limits are proven on one that has."""
    schema = strawberry.Schema(query=DeepQuery, extensions=EXTENSIONS)
    ok = schema.execute_sync("{ root " + "{ child " * 10 + "{ name }" + " }" * 10 + " }")
    assert ok.errors is None
    deep = schema.execute_sync("{ root " + "{ child " * 13 + "{ name }" + " }" * 13 + " }")
    assert deep.errors and "depth" in deep.errors[0].message
    assert deep.errors[0].extensions and deep.errors[0].extensions["code"] == "BAD_USER_INPUT"


async def test_hundred_login_aliases_are_refused_without_any_attempt(
        client: httpx.AsyncClient) -> None:
    await make_user("alice")
    aliases = " ".join(
        f'a{i}: login(input: {{username: "alice", password: "guess-{i}"}}) {{ status }}'
        for i in range(100))
    body = await gql(client, "mutation { " + aliases + " }")
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert not await AuditEvent.filter(action="auth.login").exists()


async def test_huge_query_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={
        "query": "{ " + "serverInfo { name } " * 60_000 + "}"})
    assert response.status_code == 413  # over 1 MiB: refused before parsing
    body = await gql(client, "{ " + " ".join(["__typename"] * 5000) + " }")
    assert error_codes(body) == ["BAD_USER_INPUT"]  # over the token limit


async def test_page_of_ten_thousand_is_refused(client: httpx.AsyncClient) -> None:
    await make_user("root", "admin")
    await sign_in(client, "root")
    await Customer.create(name="Acme")
    body = await gql(client, "{ customers(first: 10000) { totalCount edges { node { id } } } }")
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["data"] is None


async def test_query_cost_limit(client: httpx.AsyncClient,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.api import limits

    monkeypatch.setattr(limits, "MAX_COST", 500)
    await make_user("root", "admin")
    await sign_in(client, "root")
    query = "query($n: Int!) { customers(first: $n) { edges { node { id name owner { id } } } } }"
    assert "errors" not in await gql(client, query, {"n": 50})  # cost 1 + 50 * 6 = 301
    body = await gql(client, query, {"n": 100})  # 601
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["maxCost"] == 500


async def test_introspection_only_for_signed_in_callers(client: httpx.AsyncClient) -> None:
    query = "{ __schema { queryType { name } } }"
    assert error_codes(await gql(client, query)) == ["UNAUTHENTICATED"]
    assert error_codes(await gql(client, "{ __type(name: \"User\") { name } }")) == \
        ["UNAUTHENTICATED"]
    await make_user("bob")
    await sign_in(client, "bob")
    assert (await gql(client, query))["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_batched_requests_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json=[{"query": "{ serverInfo { name } }"},
                                                   {"query": "{ serverInfo { name } }"}])
    assert 400 <= response.status_code < 500


async def test_errors_carry_request_id_and_no_stack_trace(client: httpx.AsyncClient) -> None:
    body = await gql(client, "{ customer(id: \"1\") { name } }")
    error = body["errors"][0]
    assert error["extensions"]["code"] == "UNAUTHENTICATED" and error["extensions"]["requestId"]
    assert "Traceback" not in str(body) and "File \"" not in str(body)
