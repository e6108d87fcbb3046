"""Every root field declares its permission, and the declaration holds at run time.

For each Query and Mutation field the test runs three callers: anonymous, a signed-in user whose
role holds no permission, and an admin (who holds all). It asserts refused / refused-or-allowed
(as declared) / allowed. Arguments are filled with harmless values that name nothing, so a
mutation reached by the admin fails on NOT_FOUND or BAD_USER_INPUT rather than changing data.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    get_named_type,
    is_leaf_type,
)

from backend.accounts.models import Role
from backend.api.permissions import HasPerm, PermissionCheck, Public
from backend.api.schema import schema as crm_schema
from backend.customers import pii
from backend.customers.models import Customer
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in

# Open to everyone on purpose. "step" fields belong to a sign-in in progress and check the
# partial session themselves (anonymous callers are still refused).
PUBLIC: dict[str, str] = {
    "serverInfo": "open", "me": "open", "setupStatus": "open", "passwordCheck": "open",
    "login": "open", "logout": "open", "requestPasswordReset": "open",
    "resetPassword": "open", "acceptInvitation": "open", "completeSetup": "open",
    "beginPasskeyLogin": "open", "passkeyLogin": "open",
    "changePassword": "step", "verifyMfa": "step", "sendMfaCode": "step",
    "beginPasskeyAuthentication": "step",
}
REFUSED = {"UNAUTHENTICATED", "FORBIDDEN"}


def permission_problems(schema: strawberry.Schema, public: dict[str, str]) -> list[str]:
    """Root fields without a declared permission, or public without being on the list."""
    problems = []
    for root in (schema.query, schema.mutation):
        if root is None:
            continue
        for field in root.__strawberry_definition__.fields:
            name = schema.config.name_converter.get_graphql_name(field)
            classes = field.permission_classes
            if not classes:
                problems.append(f"{name}: no permission declared")
            elif Public in classes and name not in public:
                problems.append(f"{name}: public but not on the allow-list")
    return problems


def test_every_root_field_declares_a_permission() -> None:
    assert permission_problems(crm_schema, PUBLIC) == []


@strawberry.type
class _LeakyQuery:
    @strawberry.field
    def secrets(self) -> str:
        return "oops"

    @strawberry.field(permission_classes=[Public])
    def open_door(self) -> str:
        return "hi"


def test_the_check_catches_an_undeclared_field() -> None:
    leaky = strawberry.Schema(query=_LeakyQuery)
    assert permission_problems(leaky, PUBLIC) == [
        "secrets: no permission declared", "openDoor: public but not on the allow-list"]


def _dummy(type_: Any) -> str:
    """A GraphQL literal of ``type_`` that names nothing real."""
    if isinstance(type_, GraphQLNonNull):
        return _dummy(type_.of_type)
    if isinstance(type_, GraphQLList):
        return "[]"
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        parts = [f"{n}: {_dummy(f.type)}" for n, f in type_.fields.items()
                 if isinstance(f.type, GraphQLNonNull)]
        return "{" + ", ".join(parts) + "}"
    assert isinstance(type_, GraphQLScalarType)
    return {"ID": '"999999"', "Int": "1", "Boolean": "false", "Float": "1.0",
            "DateTime": '"2099-01-01T00:00:00+00:00"', "Date": '"2099-01-01"',
            "Decimal": '"0"'}.get(type_.name, '"x-nope"')


def _operation(kind: str, name: str, field: GraphQLField) -> str:
    args = [f"{a}: {_dummy(arg.type)}" for a, arg in field.args.items()
            if isinstance(arg.type, GraphQLNonNull)]
    call = name + (f"({', '.join(args)})" if args else "")
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    return f"{kind} {{ {call}{selection} }}"


def _cases() -> list[tuple[str, str, str, type | None]]:
    """(graphql name, operation text, access kind, required permission class or None)."""
    out = []
    gql_schema = crm_schema._schema
    for kind, root, gql_type in (("query", crm_schema.query, gql_schema.query_type),
                                 ("mutation", crm_schema.mutation, gql_schema.mutation_type)):
        assert gql_type is not None
        for field in root.__strawberry_definition__.fields:
            name = crm_schema.config.name_converter.get_graphql_name(field)
            perm = next((c for c in field.permission_classes
                         if issubclass(c, PermissionCheck)), None)
            access = PUBLIC.get(name, "perm" if perm else "session")
            out.append((name, _operation(kind, name, gql_type.fields[name]), access, perm))
    return out


ME = "{ me { username } }"


class _Browsers:
    """New browsers for each field: anonymous, or carrying the user's session. Each user signs
    in once (argon2 makes a sign-in cost ~50 ms, and the matrix needs hundreds); before reuse
    the session is checked to still be fully signed in, and the user signs in again if a field
    ended or downgraded it. Step-up stays satisfied: the sign-in is seconds old."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.cookies: dict[str, httpx.Cookies] = {}

    def _new(self, cookies: httpx.Cookies | None = None) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.client._transport,
                                 base_url=self.client.base_url, cookies=cookies)

    async def _signed_in(self, c: httpx.AsyncClient, username: str) -> bool:
        body = await gql(c, ME)
        return bool(body.get("data") and (body["data"]["me"] or {}).get("username") == username)

    @asynccontextmanager
    async def fresh(self, username: str | None) -> AsyncIterator[httpx.AsyncClient]:
        if username is None:
            async with self._new() as anon:
                yield anon
            return
        kept = self.cookies.get(username)
        if kept is not None:
            async with self._new(kept) as c:
                if await self._signed_in(c, username):
                    yield c
                    return
        async with self._new() as c:
            body = await sign_in(c, username)
            assert body["data"]["login"]["status"] == "SUCCESS", body
            self.cookies[username] = httpx.Cookies(c.cookies)
            yield c


async def test_anonymous_no_permission_and_admin_for_every_root_field(
        client: httpx.AsyncClient) -> None:
    await Role.create(name="nothing", permissions=[], data_scope="own")
    await make_user("nobody", "nothing")
    await make_user("root", "admin")
    browsers = _Browsers(client)
    failures = []
    for name, operation, access, perm in _cases():
        if access == "open":
            continue
        async with browsers.fresh(None) as anon:
            codes = error_codes(await gql(anon, operation))
            if not set(codes) & REFUSED:
                failures.append(f"{name}: anonymous got {codes or 'data'}")
        async with browsers.fresh("nobody") as nobody:
            codes = error_codes(await gql(nobody, operation))
            refused = bool(set(codes) & REFUSED)
            if access == "perm" and not refused:
                failures.append(f"{name}: user without {perm.describe()} got {codes}")
            if access == "session" and refused:
                failures.append(f"{name}: signed-in user refused with {codes}")
        if access == "step":
            continue
        async with browsers.fresh("root") as admin:
            codes = error_codes(await gql(admin, operation))
            if set(codes) & REFUSED:
                failures.append(f"{name}: admin refused with {codes}")
    assert failures == []


async def test_masked_fields_never_leak_to_a_role_without_pii_rights(
        client: httpx.AsyncClient) -> None:
    await Role.create(name="reader", permissions=["customers.read"], data_scope="all")
    await make_user("reader", "reader")
    customer = Customer(name="Leak Test")
    for field, value in (("phone", "13912345678"), ("email", "secret.person@example.com"),
                         ("id_number", "110101199003071234"), ("address", "1 Hidden Road")):
        pii.set_pii(customer, field, value)
    await customer.save()
    all_fields = "id name phones emails idNumber address piiMasked owner { displayName }"
    async with _Browsers(client).fresh("reader") as reader:
        listed = await gql(reader, "{ customers { edges { node { %s } } } }" % all_fields)
        one = await gql(reader, 'query($id: ID!) { customer(id: $id) { %s } }' % all_fields,
                        {"id": str(customer.id)})
    text = str(listed) + str(one)
    assert listed["data"]["customers"]["edges"][0]["node"]["piiMasked"] is True
    for clear in ("13912345678", "secret.person", "110101199003071234", "Hidden Road"):
        assert clear not in text


def test_has_perm_classes_name_their_permission() -> None:
    assert HasPerm("customers.read").perms == ("customers.read",)  # type: ignore[attr-defined]
