"""Security review findings: each test demonstrated a defect before its fix and guards it now.

(F1 escalation through users.manage, F2 through roles.manage, F3 second-factor guessing past the
lockout, F4 changePassword as a password oracle, F5 reset links in the outbox, F6 exact search
behind masks, F7 concurrent code guesses, F8 factor removal audited outside its transaction.)
"""

from __future__ import annotations

import asyncio
import re
import time
from datetime import timedelta

import httpx
import pyotp
import pytest

from backend.accounts.models import Role, User
from backend.audit import services as audit_services
from backend.auth import tokens
from backend.customers import pii
from backend.customers.models import Customer
from backend.mfa.models import TotpDevice
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.mfa import enroll_totp, verify

ALL_PERMS_ENUM = ["CUSTOMERS_READ", "USERS_MANAGE", "ROLES_MANAGE", "SETTINGS_MANAGE",
                  "AUDIT_READ", "TOKENS_MANAGE"]


def _other(client: httpx.AsyncClient) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=client._transport, base_url=client.base_url)


def _wrong_totp(secret: str) -> str:
    """A 6-digit code that is not valid for any step the server would accept right now."""
    totp = pyotp.TOTP(secret)
    now = int(time.time() // 30)
    valid = {totp.at(step * 30) for step in range(now - 3, now + 4)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in valid)


# --- F1: users.manage is enough to become admin ------------------------------------------------

async def test_user_manager_cannot_grant_themselves_admin(client: httpx.AsyncClient) -> None:
    await Role.create(name="helpdesk", permissions=["users.manage"], data_scope="all")
    await make_user("root", "admin")
    hd = await make_user("hd", "helpdesk")
    assert (await sign_in(client, "hd"))["data"]["login"]["status"] == "SUCCESS"
    body = await gql(client, """mutation($id: ID!) {
        setUserRoles(input: {id: $id, roles: ["admin"]}) { roles } }""", {"id": str(hd.id)})
    assert error_codes(body) == ["FORBIDDEN"]
    assert [r.name for r in await hd.roles.all()] == ["helpdesk"]


async def test_user_manager_cannot_create_an_admin(client: httpx.AsyncClient) -> None:
    await Role.create(name="helpdesk", permissions=["users.manage"], data_scope="all")
    await make_user("root", "admin")
    await make_user("hd", "helpdesk")
    await sign_in(client, "hd")
    body = await gql(client, """mutation {
        createUser(input: {username: "shadow", email: "shadow@evil.example", displayName: "S",
                           roles: ["admin"]}) { id roles } }""")
    assert error_codes(body) == ["FORBIDDEN"]
    assert not await User.filter(username="shadow").exists()


async def test_user_manager_cannot_redirect_an_admins_email(client: httpx.AsyncClient) -> None:
    await Role.create(name="helpdesk", permissions=["users.manage"], data_scope="all")
    root = await make_user("root", "admin")
    await make_user("hd", "helpdesk")
    await sign_in(client, "hd")
    body = await gql(client, """mutation($id: ID!) {
        updateUser(input: {id: $id, email: "attacker@evil.example"}) { email } }""",
                     {"id": str(root.id)})
    assert error_codes(body) == ["FORBIDDEN"]
    await root.refresh_from_db()
    assert root.email == "root@example.com"


# --- F2: roles.manage can widen its own role ---------------------------------------------------

async def test_role_editor_cannot_grant_permissions_they_lack(client: httpx.AsyncClient) -> None:
    await Role.create(name="roleeditor", permissions=["roles.manage"], data_scope="own")
    await make_user("re", "roleeditor")
    await sign_in(client, "re")
    body = await gql(client, """mutation($p: [Permission!]!) {
        updateRole(input: {name: "roleeditor", permissions: $p, dataScope: ALL}) { permissions }
    }""", {"p": ALL_PERMS_ENUM})
    assert error_codes(body) == ["FORBIDDEN"]
    role = await Role.get(name="roleeditor")
    assert role.permissions == ["roles.manage"] and role.data_scope == "own"


# --- F3: the password step resets the lockout counter before the second factor ----------------

async def test_second_factor_guessing_locks_despite_repeated_password_logins(
        client: httpx.AsyncClient) -> None:
    user = await make_user("tina", "sales")
    await sign_in(client, "tina")
    secret, _ = await enroll_totp(client)
    wrong = _wrong_totp(secret)
    guesses = 0
    async with _other(client) as attacker:  # knows the password, not the second factor
        for _ in range(3):
            login = await sign_in(attacker, "tina")
            if login["data"] is None:
                break  # locked: even the right password gets the generic refusal now
            assert login["data"]["login"]["status"] == "MFA_REQUIRED"
            for _ in range(4):
                guesses += 1
                if error_codes(await verify(attacker, "TOTP", wrong)) == ["UNAUTHENTICATED"]:
                    break
    await user.refresh_from_db()
    # A threshold of 5 holds across sign-ins: the fifth wrong code locks the account.
    assert user.locked_until is not None and guesses == 5


# --- F4: changePassword is an unlimited password oracle ----------------------------------------

async def test_change_password_guesses_count_towards_lockout(client: httpx.AsyncClient) -> None:
    user = await make_user("carl", "sales")
    await sign_in(client, "carl")
    codes: list[str] = []
    for i in range(8):
        body = await gql(client, """mutation($c: String!) {
            changePassword(input: {currentPassword: $c, newPassword: "Tangerine-Orbit-58!"})
            { status } }""", {"c": f"guess-{i}"})
        codes += error_codes(body)
    await user.refresh_from_db()
    assert user.locked_until is not None or "RATE_LIMITED" in codes or \
        "UNAUTHENTICATED" in codes


# --- F5: the outbox hands out reset links and codes --------------------------------------------

async def test_outbox_does_not_leak_reset_links(client: httpx.AsyncClient) -> None:
    await Role.create(name="ops", permissions=["settings.manage"], data_scope="own")
    await make_user("root", "admin")
    await make_user("opal", "ops")
    await sign_in(client, "opal")
    assert (await gql(client, 'mutation { requestPasswordReset(input: {login: "root"}) }')
            )["data"]["requestPasswordReset"] is True
    body = await gql(client, "{ outbox { to textBody } }")
    leaked = [m for m in (body.get("data") or {}).get("outbox") or []
              if re.search(r"reset-password#[\w-]{20,}", m["textBody"])]
    assert leaked == []


# --- F6: blind-index search unmasks PII ---------------------------------------------------------

async def test_masked_reader_cannot_confirm_pii_by_search(client: httpx.AsyncClient) -> None:
    owner = await make_user("sam", "sales")
    await make_user("sup", "support")  # customers.read over all, PII masked
    c = Customer(name="Acme", owner_id=owner.id)
    pii.set_pii(c, "phone", "13812345678")
    await c.save()
    await pii.sync_keys(c.id)
    await pii.refresh_search_text(c.id)
    await sign_in(client, "sup")
    query = "query($s: String!) { customers(first: 10, search: $s) { totalCount " \
            "edges { node { phones piiMasked } } } }"
    listed = await gql(client, query, {"s": "Acme"})
    assert listed["data"]["customers"]["edges"][0]["node"]["phones"] == ["138****5678"]
    right = await gql(client, query, {"s": "13812345678"})
    wrong = await gql(client, query, {"s": "13812340000"})
    # The answer must not depend on whether the guessed full number is the real one.
    assert right["data"]["customers"]["totalCount"] == wrong["data"]["customers"]["totalCount"]


# --- F7: one-time code attempt counter is not atomic -------------------------------------------

async def test_code_attempt_limit_holds_under_concurrency(db: object) -> None:
    user = await make_user("rita", "sales")
    _, code = await tokens.issue(purpose="reset", user=user, lifetime=timedelta(minutes=30),
                                 with_code=True)
    assert code is not None
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    results = await asyncio.gather(*(tokens.match_code("reset", user, wrong)
                                     for _ in range(20)))
    assert all(r is None for r in results)
    # 20 wrong guesses against a limit of 5: the code must be dead now.
    assert await tokens.match_code("reset", user, code) is None


# --- F8: factor removal audited outside the change's transaction -------------------------------

async def test_factor_removal_and_its_audit_commit_together(
        client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    user = await make_user("fred", "sales")
    await sign_in(client, "fred")
    await enroll_totp(client)

    async def broken(**kwargs: object) -> None:
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(audit_services, "record", broken)
    body = await gql(client, "mutation { removeTotp }")
    assert error_codes(body) == ["INTERNAL"]
    # The audit failed, so the removal must have rolled back with it.
    assert await TotpDevice.filter(user_id=user.id).exists()
