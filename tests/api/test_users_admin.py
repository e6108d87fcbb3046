"""Admins manage accounts; every act is audited; nobody else may."""

from __future__ import annotations

import re

import httpx

from backend.accounts.models import Session, User
from backend.audit.models import AuditEvent
from backend.mail.services import wait_for_deliveries
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.smtp import Collector, UseSmtp

CREATE = """mutation($u: String!, $e: String!, $r: [String!]!) {
  createUser(input: {username: $u, email: $e, displayName: "New Person", roles: $r}) {
    id username roles hasPassword isActive } }"""
ACCEPT = """mutation($t: String!, $p: String!) {
  acceptInvitation(input: {token: $t, newPassword: $p}) }"""


async def as_admin(client: httpx.AsyncClient) -> User:
    admin = await make_user("root", "admin")
    await sign_in(client, "root")
    return admin


async def test_invitation_mail_lets_the_user_choose_a_password(
        client: httpx.AsyncClient, server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")
    await as_admin(client)
    body = await gql(client, CREATE, {"u": "newbie", "e": "newbie@example.com", "r": ["sales"]})
    created = body["data"]["createUser"]
    assert created["hasPassword"] is False and created["roles"] == ["sales"]
    await wait_for_deliveries()
    text = server.messages[0].get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    token = re.search(r"/accept-invite#([\w-]+)", text).group(1)  # type: ignore[union-attr]
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as new:
        assert (await gql(new, ACCEPT, {"t": token, "p": "Saffron-Beacon-71"}))["data"]
        assert (await sign_in(new, "newbie", "Saffron-Beacon-71"))["data"]["login"]["status"] \
            == "SUCCESS"
        assert error_codes(await gql(new, ACCEPT, {"t": token, "p": "Saffron-Beacon-72"})) \
            == ["BAD_USER_INPUT"]
    assert await AuditEvent.filter(action="user.created").exists()
    assert await AuditEvent.filter(action="invitation.accepted").exists()


async def test_create_user_validates_input(client: httpx.AsyncClient) -> None:
    await as_admin(client)
    body = await gql(client, CREATE, {"u": "a b", "e": "not-an-email", "r": ["wizard"]})
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["fields"] == {
        "username": ["INVALID_USERNAME"], "email": ["INVALID_EMAIL"], "roles": ["UNKNOWN_ROLE"]}
    body = await gql(client, CREATE, {"u": "ROOT", "e": "x@example.com", "r": ["sales"]})
    assert error_codes(body) == ["CONFLICT"]
    assert await User.all().count() == 1


async def test_non_admins_are_refused(client: httpx.AsyncClient) -> None:
    await make_user("sam", "sales")
    target = await make_user("tom", "sales")
    assert error_codes(await gql(client, "{ users { total } }")) == ["UNAUTHENTICATED"]
    await sign_in(client, "sam")
    assert error_codes(await gql(client, "{ users { total } }")) == ["FORBIDDEN"]
    body = await gql(client, "mutation($id: ID!) { disableUser(id: $id) { isActive } }",
                     {"id": str(target.id)})
    assert error_codes(body) == ["FORBIDDEN"]
    await target.refresh_from_db()
    assert target.is_active


async def test_disable_ends_sessions_and_enable_restores(client: httpx.AsyncClient) -> None:
    await as_admin(client)
    victim = await make_user("vic")
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as other:
        await sign_in(other, "vic")
        body = await gql(client, "mutation($id: ID!) { disableUser(id: $id) { isActive } }",
                         {"id": str(victim.id)})
        assert body["data"]["disableUser"]["isActive"] is False
        assert (await gql(other, "{ me { username } }"))["data"]["me"] is None
        assert not await Session.filter(user_id=victim.id, revoked_at__isnull=True).exists()
        assert error_codes(await sign_in(other, "vic")) == ["UNAUTHENTICATED"]
        await gql(client, "mutation($id: ID!) { enableUser(id: $id) { isActive } }",
                  {"id": str(victim.id)})
        assert (await sign_in(other, "vic"))["data"]["login"]["status"] == "SUCCESS"
    event = await AuditEvent.get(action="user.disabled")
    assert event.changes == {"is_active": [True, False]} and event.actor_label == "root"


async def test_unlock_and_require_change(client: httpx.AsyncClient) -> None:
    await as_admin(client)
    user = await make_user("una")
    for _ in range(5):
        await sign_in(httpx.AsyncClient(transport=client._transport, base_url=client.base_url),
                      "una", "Wrong-Wrong-11")
    listed = await gql(client, "{ users(locked: true) { total items { username isLocked } } }")
    assert listed["data"]["users"]["items"] == [{"username": "una", "isLocked": True}]
    await gql(client, "mutation($id: ID!) { unlockUser(id: $id) { isLocked } }",
              {"id": str(user.id)})
    await gql(client, """mutation($id: ID!) {
        requirePasswordChange(id: $id) { mustChangePassword } }""", {"id": str(user.id)})
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as c:
        assert (await sign_in(c, "una"))["data"]["login"]["status"] == "PASSWORD_CHANGE_REQUIRED"
    actions = set(await AuditEvent.all().values_list("action", flat=True))
    assert {"user.unlocked", "user.password_change_required"} <= actions


async def test_roles_and_the_last_admin(client: httpx.AsyncClient) -> None:
    admin = await as_admin(client)
    user = await make_user("rita", "sales")
    body = await gql(client, """mutation($id: ID!) { setUserRoles(input: {id: $id,
        roles: ["manager", "support"]}) { roles } }""", {"id": str(user.id)})
    assert body["data"]["setUserRoles"]["roles"] == ["manager", "support"]
    body = await gql(client, """mutation($id: ID!) { setUserRoles(input: {id: $id,
        roles: ["sales"]}) { roles } }""", {"id": str(admin.id)})
    assert error_codes(body) == ["CONFLICT"]
    body = await gql(client, "mutation($id: ID!) { disableUser(id: $id) { isActive } }",
                     {"id": str(admin.id)})
    assert error_codes(body) == ["CONFLICT"]
    event = await AuditEvent.get(action="user.roles_changed")
    assert event.changes == {"roles": [["sales"], ["manager", "support"]]}


async def test_edit_user_and_search(client: httpx.AsyncClient) -> None:
    await as_admin(client)
    user = await make_user("wang", "sales")
    body = await gql(client, """mutation($id: ID!) { updateUser(input: {id: $id,
        displayName: "王伟", language: "zh-CN"}) { displayName language } }""",
                     {"id": str(user.id)})
    assert body["data"]["updateUser"] == {"displayName": "王伟", "language": "zh-CN"}
    found = await gql(client, '{ users(search: "王") { total items { username } } }')
    assert found["data"]["users"]["items"] == [{"username": "wang"}]
    body = await gql(client, """mutation($id: ID!) { updateUser(input: {id: $id,
        email: "ROOT@example.com"}) { email } }""", {"id": str(user.id)})
    assert error_codes(body) == ["CONFLICT"]
    assert error_codes(await gql(client, "{ users(limit: 10000) { total } }")) \
        == ["BAD_USER_INPUT"]
