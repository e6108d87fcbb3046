"""Sessions: timeouts, listing and revoking, sign-out, CSRF and origin checks."""

from __future__ import annotations

from datetime import timedelta

import httpx

from backend.accounts.models import Session
from backend.audit.models import AuditEvent
from backend.core.models import now_utc
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import PASSWORD, make_user, sign_in

ME = "{ me { username } }"


async def second_client(client: httpx.AsyncClient) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=client._transport, base_url=client.base_url,
                             headers={"user-agent": "Mozilla/5.0 (iPhone) Safari/604.1"})


async def test_logout_ends_the_session_on_the_server(client: httpx.AsyncClient) -> None:
    await make_user("alice")
    await sign_in(client, "alice")
    old = client.cookies["crm_session"]
    old_csrf = client.cookies["crm_csrf"]
    assert (await gql(client, "mutation { logout }"))["data"]["logout"] is True
    client.cookies.set("crm_session", old)
    client.cookies.set("crm_csrf", old_csrf)
    assert (await gql(client, ME))["data"]["me"] is None
    assert await AuditEvent.filter(action="auth.logout").exists()


async def test_idle_and_absolute_timeouts(client: httpx.AsyncClient, db: Settings) -> None:
    await make_user("bob")
    await sign_in(client, "bob")
    session = await Session.get(user__username="bob")
    await Session.filter(id=session.id).update(
        last_seen_at=now_utc() - timedelta(minutes=db.session_idle_minutes + 1))
    assert (await gql(client, ME))["data"]["me"] is None
    await sign_in(client, "bob")
    await Session.filter(revoked_at__isnull=True).update(expires_at=now_utc())
    assert (await gql(client, ME))["data"]["me"] is None


async def test_tampered_cookie_is_ignored(client: httpx.AsyncClient) -> None:
    await make_user("carl")
    await sign_in(client, "carl")
    value = client.cookies["crm_session"]
    client.cookies.set("crm_session", value[:-2] + ("AA" if value[-2:] != "AA" else "BB"))
    assert (await gql(client, ME))["data"]["me"] is None


async def test_list_and_revoke_sessions(client: httpx.AsyncClient) -> None:
    await make_user("dana")
    await sign_in(client, "dana")
    async with await second_client(client) as phone:
        await sign_in(phone, "dana")
        listed = (await gql(client, "{ mySessions { id current device } }"))["data"]["mySessions"]
        assert len(listed) == 2
        other = next(s for s in listed if not s["current"])
        assert other["device"] == "Safari / iOS"
        body = await gql(client, "mutation($id: ID!) { revokeSession(id: $id) }",
                         {"id": other["id"]})
        assert body["data"]["revokeSession"] is True
        assert (await gql(phone, ME))["data"]["me"] is None
        assert (await gql(client, ME))["data"]["me"]["username"] == "dana"


async def test_cannot_revoke_someone_elses_session(client: httpx.AsyncClient) -> None:
    await make_user("eve")
    await make_user("fay")
    async with await second_client(client) as other:
        await sign_in(other, "fay")
        fays = await Session.get(user__username="fay")
        await sign_in(client, "eve")
        body = await gql(client, "mutation($id: ID!) { revokeSession(id: $id) }",
                         {"id": str(fays.id)})
        assert error_codes(body) == ["NOT_FOUND"]
        assert (await gql(other, ME))["data"]["me"]["username"] == "fay"


async def test_sign_out_everywhere_else(client: httpx.AsyncClient) -> None:
    await make_user("gus")
    async with await second_client(client) as a, await second_client(client) as b:
        await sign_in(a, "gus")
        await sign_in(b, "gus")
        await sign_in(client, "gus")
        body = await gql(client, "mutation { revokeOtherSessions }")
        assert body["data"]["revokeOtherSessions"] == 2
        assert (await gql(a, ME))["data"]["me"] is None
        assert (await gql(b, ME))["data"]["me"] is None
        assert (await gql(client, ME))["data"]["me"]["username"] == "gus"


async def test_password_change_ends_other_sessions_and_rotates_this_one(
        client: httpx.AsyncClient) -> None:
    await make_user("hal")
    async with await second_client(client) as other:
        await sign_in(other, "hal")
        await sign_in(client, "hal")
        before = client.cookies["crm_session"]
        body = await gql(client, """mutation { changePassword(input: {
            currentPassword: "%s", newPassword: "Fresh-Pangolin-58"}) { status } }""" % PASSWORD)
        assert body["data"]["changePassword"]["status"] == "SUCCESS"
        assert client.cookies["crm_session"] != before
        assert (await gql(client, ME))["data"]["me"]["username"] == "hal"
        assert (await gql(other, ME))["data"]["me"] is None


async def test_change_password_needs_the_current_one(client: httpx.AsyncClient) -> None:
    await make_user("ida")
    await sign_in(client, "ida")
    body = await gql(client, """mutation { changePassword(input: {
        currentPassword: "guess", newPassword: "Fresh-Pangolin-58"}) { status } }""")
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["fields"] == {"currentPassword": ["WRONG_PASSWORD"]}


async def test_mutation_without_csrf_header_is_refused(client: httpx.AsyncClient) -> None:
    await make_user("jon")
    await sign_in(client, "jon")
    body = await gql(client, "mutation { revokeOtherSessions }", headers={"x-csrf-token": ""})
    assert error_codes(body) == ["FORBIDDEN"]
    body = await gql(client, "mutation { revokeOtherSessions }",
                     headers={"x-csrf-token": "0" * 64})
    assert error_codes(body) == ["FORBIDDEN"]
    # Queries need no token; the same mutation with the token passes.
    assert (await gql(client, ME, headers={"x-csrf-token": ""}))["data"]["me"]
    assert (await gql(client, "mutation { revokeOtherSessions }"))["data"]


async def test_cross_origin_mutation_is_refused(client: httpx.AsyncClient) -> None:
    await make_user("kim")
    body = await gql(client, "mutation { login(input: {username: \"kim\", password: \"%s\"}) "
                     "{ status } }" % PASSWORD, headers={"origin": "https://evil.example"})
    assert error_codes(body) == ["FORBIDDEN"]
    assert "crm_session" not in client.cookies
    body = await gql(client, "mutation { login(input: {username: \"kim\", password: \"%s\"}) "
                     "{ status } }" % PASSWORD, headers={"origin": "http://testserver.local"})
    assert body["data"]["login"]["status"] == "SUCCESS"
