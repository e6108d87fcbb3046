"""API tokens for partners: creation rules, bearer authentication, scopes, limits and audit."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from itsdangerous import Signer

from backend.accounts.models import Role, Session, User
from backend.audit.models import AuditEvent
from backend.settings import Settings
from backend.tokens import auth as token_auth
from backend.tokens.models import ApiToken
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in

ME = "{ me { username permissions } }"
CREATE = """mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token apiToken { id name prefix scopes allowedIps expiresAt revoked }
  }
}"""
LIST = "{ myApiTokens { id name prefix scopes revoked lastUsedAt lastUsedIp } }"
REVOKE = "mutation($id: ID!) { revokeApiToken(id: $id) }"


def later(days: float = 30) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


async def create(client: httpx.AsyncClient, scopes: list[str], *, name: str = "ERP sync",
                 expires_at: str | None = None, allowed_ips: list[str] | None = None
                 ) -> dict[str, Any]:
    return await gql(client, CREATE, {"input": {
        "name": name, "scopes": scopes, "expiresAt": expires_at or later(),
        "allowedIps": allowed_ips}})


async def new_token(client: httpx.AsyncClient, scopes: list[str], **kw: Any) -> tuple[str, str]:
    """Create a token through the API; returns (secret, id)."""
    body = await create(client, scopes, **kw)
    created = body["data"]["createApiToken"]
    return created["token"], created["apiToken"]["id"]


def bearer(client: httpx.AsyncClient, token: str, **headers: str) -> httpx.AsyncClient:
    """A partner's client: same app, the token in Authorization, no cookies."""
    return httpx.AsyncClient(transport=client._transport, base_url=client.base_url,
                             headers={"authorization": f"Bearer {token}", **headers})


async def call(partner: httpx.AsyncClient, query: str,
               variables: dict[str, Any] | None = None) -> httpx.Response:
    return await partner.post("/graphql", json={"query": query, "variables": variables or {}})


async def partner_user(client: httpx.AsyncClient, username: str = "pat") -> User:
    """A signed-in user holding tokens.manage (partner role) and CRM work rights (sales)."""
    user = await make_user(username, "sales", "partner")
    assert (await sign_in(client, username))["data"]["login"]["status"] == "SUCCESS"
    return user


def refused(response: httpx.Response) -> bool:
    return response.status_code == 401 and response.json() == {"errors": [{
        "message": "invalid token", "extensions": {
            "code": "UNAUTHENTICATED", "requestId": response.headers["x-request-id"]}}]}


async def test_token_is_shown_once_and_stored_only_as_a_hash(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    body = await create(client, ["customers.read"], allowed_ips=["10.0.0.0/8", "192.0.2.7"])
    created = body["data"]["createApiToken"]
    token = created["token"]
    assert token.startswith("crm_pat_") and len(token) >= len("crm_pat_") + 43
    assert created["apiToken"]["prefix"] == token[:12]
    assert created["apiToken"]["scopes"] == ["customers.read"]
    assert created["apiToken"]["allowedIps"] == ["10.0.0.0/8", "192.0.2.7"]
    row = await ApiToken.get(id=int(created["apiToken"]["id"]))
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in json.dumps([str(v) for v in row.__dict__.values()])
    listed = (await gql(client, LIST))["data"]["myApiTokens"]
    assert [t["prefix"] for t in listed] == [token[:12]]
    assert "token" not in listed[0]
    assert await AuditEvent.filter(action="token.created", target_id=str(row.id)).exists()


async def test_me_with_a_token_shows_the_intersected_permissions(
        client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, _ = await new_token(client, ["customers.read", "deals.read"])
    async with bearer(client, token) as partner:
        response = await call(partner, ME)
    assert response.status_code == 200
    assert response.json()["data"]["me"] == {
        "username": "pat", "permissions": ["customers.read", "deals.read"]}


async def test_rights_the_owner_loses_are_lost_by_the_token(client: httpx.AsyncClient) -> None:
    user = await partner_user(client)
    token, _ = await new_token(client, ["customers.read", "deals.read"])
    # Roles are read afresh on every call: no cache keeps the old rights alive.
    await user.roles.clear()
    await user.roles.add(*await Role.filter(name="support"))
    async with bearer(client, token) as partner:
        assert (await call(partner, ME)).json()["data"]["me"]["permissions"] == [
            "customers.read"]
        await user.roles.clear()
        await user.roles.add(*await Role.filter(name="auditor"))
        assert (await call(partner, ME)).json()["data"]["me"]["permissions"] == []


async def test_expired_token_is_refused(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, token_id = await new_token(client, ["customers.read"])
    async with bearer(client, token) as partner:
        assert (await call(partner, ME)).status_code == 200
        await ApiToken.filter(id=int(token_id)).update(
            expires_at=datetime.now(UTC) - timedelta(seconds=1))
        response = await call(partner, ME)
    assert refused(response)
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'


async def test_revocation_is_effective_immediately(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, token_id = await new_token(client, ["customers.read"])
    async with bearer(client, token) as partner:
        assert (await call(partner, ME)).status_code == 200
        assert (await gql(client, REVOKE, {"id": token_id}))["data"]["revokeApiToken"] is True
        assert refused(await call(partner, ME))
    assert (await gql(client, LIST))["data"]["myApiTokens"][0]["revoked"] is True
    assert await AuditEvent.filter(action="token.revoked", target_id=token_id).count() == 1


async def test_disabled_owner_and_unknown_tokens_are_refused(client: httpx.AsyncClient) -> None:
    user = await partner_user(client)
    token, _ = await new_token(client, ["customers.read"])
    for wrong in ("crm_pat_" + "x" * 43, "", token[:-1]):
        async with bearer(client, wrong) as stranger:
            assert refused(await call(stranger, ME))
    await User.filter(id=user.id).update(is_active=False)
    async with bearer(client, token) as partner:
        assert refused(await call(partner, ME))


async def test_ip_allow_list(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    elsewhere, _ = await new_token(client, ["customers.read"], allowed_ips=["10.0.0.0/8"])
    here, here_id = await new_token(client, ["customers.read"], allowed_ips=["127.0.0.1"])
    async with bearer(client, elsewhere) as partner:
        assert refused(await call(partner, ME))
    async with bearer(client, here) as partner:
        assert (await call(partner, ME)).json()["data"]["me"]["username"] == "pat"
    row = await ApiToken.get(id=int(here_id))
    assert row.last_used_ip == "127.0.0.1" and row.last_used_at is not None


async def test_bad_allow_list_entries_are_rejected(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    body = await create(client, ["customers.read"], allowed_ips=["10.0.0.1/8"])
    assert body["errors"][0]["extensions"]["fields"] == {"allowedIps": ["INVALID_IP"]}
    body = await create(client, ["customers.read"], allowed_ips=["partner.example"])
    assert body["errors"][0]["extensions"]["fields"] == {"allowedIps": ["INVALID_IP"]}


async def test_last_use_is_recorded_at_most_once_a_minute(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, token_id = await new_token(client, ["customers.read"])
    async with bearer(client, token) as partner:
        await call(partner, ME)
        first = (await ApiToken.get(id=int(token_id))).last_used_at
        await call(partner, ME)
        assert (await ApiToken.get(id=int(token_id))).last_used_at == first


def wait_for_fresh_window() -> None:
    # The counter is a fixed one-minute window: don't start a counting test at its edge.
    if 60 - time.time() % 60 < 5:
        time.sleep(60 - time.time() % 60 + 0.1)


async def test_rate_limit_headers_and_refusal(client: httpx.AsyncClient,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token_auth, "RATE_LIMIT", 3)
    await partner_user(client)
    token, _ = await new_token(client, ["customers.read"])
    wait_for_fresh_window()
    async with bearer(client, token) as partner:
        for remaining in ("2", "1", "0"):
            response = await call(partner, ME)
            assert response.status_code == 200
            assert response.headers["ratelimit-limit"] == "3"
            assert response.headers["ratelimit-remaining"] == remaining
            assert 0 < int(response.headers["ratelimit-reset"]) <= 61
        response = await call(partner, ME)
    assert response.status_code == 429
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["extensions"]["retryAfter"] == int(response.headers["retry-after"]) > 0
    assert response.headers["ratelimit-remaining"] == "0"
    # The limit is per token: the owner's other tokens are not affected.
    other, _ = await new_token(client, ["customers.read"])
    async with bearer(client, other) as partner:
        assert (await call(partner, ME)).status_code == 200


async def test_token_sent_as_session_cookie_does_not_authenticate(
        client: httpx.AsyncClient, db: Settings) -> None:
    await partner_user(client)
    token, _ = await new_token(client, ["customers.read"])
    # Even signed with the server's key, a token is no session id: tokens never ride in cookies.
    signed = Signer(db.secret_key, salt="crm.session").sign(token).decode()
    for value in (token, signed):
        async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url,
                                     cookies={"crm_session": value}) as browser:
            assert (await gql(browser, ME))["data"]["me"] is None
            assert error_codes(await gql(browser, LIST)) == ["UNAUTHENTICATED"]


async def test_bearer_requests_ignore_cookies(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, _ = await new_token(client, ["customers.read"])
    # The signed-in browser's cookies ride along, but the token alone decides.
    body = await gql(client, ME, headers={"authorization": f"Bearer {token}"})
    assert body["data"]["me"]["permissions"] == ["customers.read"]
    response = await client.post("/graphql", json={"query": ME},
                                 headers={"authorization": "Bearer crm_pat_unknown"})
    assert refused(response)


async def test_a_token_cannot_create_tokens(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, _ = await new_token(client, ["customers.read", "tokens.manage"])
    async with bearer(client, token) as partner:
        response = await call(partner, CREATE, {"input": {
            "name": "child", "scopes": ["customers.read"], "expiresAt": later()}})
    assert error_codes(response.json()) == ["FORBIDDEN"]
    assert await ApiToken.all().count() == 1


async def test_creation_needs_step_up_and_tokens_manage(client: httpx.AsyncClient) -> None:
    user = await partner_user(client)
    await Session.filter(user_id=user.id).update(
        reauth_at=datetime.now(UTC) - timedelta(minutes=11))
    assert error_codes(await create(client, ["customers.read"])) == ["STEP_UP_REQUIRED"]
    async with httpx.AsyncClient(transport=client._transport,
                                 base_url=client.base_url) as sales:
        await make_user("sam", "sales")
        await sign_in(sales, "sam")
        assert error_codes(await create(sales, ["customers.read"])) == ["FORBIDDEN"]
    assert await ApiToken.all().count() == 0


async def test_scopes_must_exist_and_be_held(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    body = await create(client, ["users.manage"])
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["fields"] == {"scopes": ["NOT_HELD"]}
    body = await create(client, ["customers.read", "customers.everything"])
    assert body["errors"][0]["extensions"]["fields"] == {"scopes": ["UNKNOWN_SCOPE"]}
    body = await create(client, [])
    assert body["errors"][0]["extensions"]["fields"] == {"scopes": ["REQUIRED"]}
    assert await ApiToken.all().count() == 0


async def test_expiry_is_required_in_the_future_within_a_year(
        client: httpx.AsyncClient) -> None:
    await partner_user(client)
    body = await create(client, ["customers.read"], expires_at=later(-1))
    assert body["errors"][0]["extensions"]["fields"] == {"expiresAt": ["IN_PAST"]}
    body = await create(client, ["customers.read"], expires_at=later(366))
    assert body["errors"][0]["extensions"]["fields"] == {"expiresAt": ["TOO_FAR"]}
    # No expiry at all: refused by the schema (expiresAt is non-null) before any rule runs.
    body = await gql(client, CREATE, {"input": {"name": "x", "scopes": ["customers.read"]}})
    assert body["data"] is None and body["errors"]
    assert await ApiToken.all().count() == 0
    assert (await create(client, ["customers.read"], expires_at=later(364.9)))["data"]


async def test_cross_origin_mutation_needs_a_token_not_a_cookie(
        client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, token_id = await new_token(client, ["customers.read"])
    evil = {"origin": "https://evil.example"}
    body = await gql(client, REVOKE, {"id": token_id}, headers=evil)
    assert error_codes(body) == ["FORBIDDEN"]
    assert body["errors"][0]["extensions"]["reason"] == "ORIGIN"
    async with bearer(client, token, **evil) as partner:
        # No cookie, no CSRF header: a hostile page cannot make a browser send a bearer token.
        response = await call(partner, REVOKE, {"id": token_id})
    assert response.json()["data"]["revokeApiToken"] is True


async def test_calls_with_a_token_are_attributed_in_the_audit_log(
        client: httpx.AsyncClient) -> None:
    user = await partner_user(client)
    manager, manager_id = await new_token(client, ["customers.read", "tokens.manage"])
    _, other_id = await new_token(client, ["customers.read"])
    async with bearer(client, manager) as partner:
        response = await call(partner, REVOKE, {"id": other_id})
    assert response.json()["data"]["revokeApiToken"] is True
    event = await AuditEvent.get(action="token.revoked", target_id=other_id)
    assert (event.actor_id, event.actor_label) == (user.id, "pat")
    assert event.token_id == int(manager_id)
    assert event.ip == "127.0.0.1" and event.request_id == response.headers["x-request-id"]


async def test_a_read_only_token_manages_only_itself(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    token, token_id = await new_token(client, ["customers.read"])
    _, other_id = await new_token(client, ["customers.read"])
    async with bearer(client, token) as partner:
        listed = (await call(partner, LIST)).json()["data"]["myApiTokens"]
        assert [t["id"] for t in listed] == [token_id]
        assert error_codes((await call(partner, REVOKE, {"id": other_id})).json()) == [
            "NOT_FOUND"]
        # A leaked token can always switch itself off.
        assert (await call(partner, REVOKE, {"id": token_id})).json()["data"][
            "revokeApiToken"] is True


async def test_only_admins_revoke_other_peoples_tokens(client: httpx.AsyncClient) -> None:
    await partner_user(client)
    _, token_id = await new_token(client, ["customers.read"])
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as other:
        await make_user("mallory", "sales", "partner")
        await sign_in(other, "mallory")
        assert error_codes(await gql(other, REVOKE, {"id": token_id})) == ["NOT_FOUND"]
        assert (await gql(other, LIST))["data"]["myApiTokens"] == []
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as admin:
        await make_user("root", "admin")
        await sign_in(admin, "root")
        assert (await gql(admin, REVOKE, {"id": token_id}))["data"]["revokeApiToken"] is True
    assert (await ApiToken.get(id=int(token_id))).revoked_at is not None


async def test_the_secret_never_reaches_the_audit_log_or_the_logs(
        client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await partner_user(client)
    token, token_id = await new_token(client, ["customers.read"], allowed_ips=["10.0.0.0/8"])
    async with bearer(client, token) as partner:
        assert refused(await call(partner, ME))  # logged: address not allowed
        await gql(client, REVOKE, {"id": token_id})
        assert refused(await call(partner, ME))  # logged: revoked
    assert "api token refused: revoked" in caplog.text
    secret_part = token[12:]
    audit = json.dumps([e.__dict__ for e in await AuditEvent.all()], default=str)
    assert await AuditEvent.filter(action__startswith="token.").count() == 2
    assert secret_part not in audit and secret_part not in caplog.text
    # The hash is no credential, but our own records keep it out too. (Tortoise's DEBUG SQL log
    # shows it as the lookup parameter, like every query parameter; production logs at INFO.)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("backend"))
    assert hashlib.sha256(token.encode()).hexdigest() not in audit + ours
