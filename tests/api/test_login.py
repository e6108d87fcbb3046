"""Sign-in: the state machine, one generic failure, lockout, throttling, equal timing."""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import httpx
import pytest

from backend.accounts.models import User
from backend.accounts.passwords import HASHER
from backend.audit.models import AuditEvent
from backend.auth import services as auth_services
from backend.core.models import now_utc
from backend.mail.models import OutboxMail
from tests.conftest import error_codes, gql
from tests.support.accounts import PASSWORD, make_user, sign_in

ME = "{ me { username roles permissions passwordExpiresAt } }"


async def test_sign_in_succeeds_and_sets_http_only_cookie(client: httpx.AsyncClient) -> None:
    await make_user("alice", "sales")
    response = await client.post("/graphql", json={
        "query": "mutation { login(input: {username: \"ALICE\", password: \"%s\"}) "
                 "{ status user { username roles } } }" % PASSWORD})
    body = response.json()
    assert body["data"]["login"]["status"] == "SUCCESS"
    assert body["data"]["login"]["user"] == {"username": "alice", "roles": ["sales"]}
    cookies = response.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookies if c.startswith("crm_session="))
    assert "HttpOnly" in session_cookie and "SameSite=lax" in session_cookie
    csrf_cookie = next(c for c in cookies if c.startswith("crm_csrf="))
    assert "HttpOnly" not in csrf_cookie
    me = await gql(client, ME)
    assert me["data"]["me"]["username"] == "alice"
    assert "customers.read" in me["data"]["me"]["permissions"]


async def test_sign_in_by_email_works(client: httpx.AsyncClient) -> None:
    await make_user("bob", email="Bob.Smith@Example.com")
    body = await sign_in(client, "bob.smith@example.com")
    assert body["data"]["login"]["status"] == "SUCCESS"


@pytest.mark.parametrize("case", ["unknown", "wrong", "disabled", "locked"])
async def test_every_failure_gets_the_same_generic_error(client: httpx.AsyncClient,
                                                         case: str) -> None:
    await make_user("carol", active=case != "disabled",
                    locked_until=now_utc() + timedelta(minutes=5) if case == "locked" else None)
    username = "nobody" if case == "unknown" else "carol"
    password = "wrong-Password-1!" if case == "wrong" else PASSWORD
    body = await sign_in(client, username, password)
    assert error_codes(body) == ["UNAUTHENTICATED"]
    error = body["errors"][0]
    assert error["message"] == "Wrong username or password, or the account cannot sign in now"
    assert error["extensions"]["reason"] == "INVALID_CREDENTIALS"
    assert "crm_session" not in client.cookies
    event = await AuditEvent.filter(action="auth.login").order_by("-id").first()
    assert event is not None and event.outcome == "failure"
    assert event.reason == {"unknown": "UNKNOWN_USER", "wrong": "WRONG_PASSWORD",
                            "disabled": "DISABLED", "locked": "LOCKED"}[case]
    assert password not in str(event.changes)


async def test_lockout_after_threshold_mails_owner_and_grows(client: httpx.AsyncClient) -> None:
    user = await make_user("dave")
    for _ in range(5):
        await sign_in(client, "dave", "Not-the-password-9")
    await user.refresh_from_db()
    assert user.locked_until is not None
    first_lock = user.locked_until - now_utc()
    assert timedelta(minutes=14) < first_lock <= timedelta(minutes=15)
    # The right password does not help while locked, and the answer is the same generic one.
    body = await sign_in(client, "dave")
    assert error_codes(body) == ["UNAUTHENTICATED"]
    mail = await OutboxMail.filter(to_addr="dave@example.com").first()
    assert mail is not None and "locked" in mail.subject.lower()
    assert await AuditEvent.filter(action="user.locked", target_id=str(user.id)).exists()
    # After the lock expires, the next lockout lasts twice as long.
    await User.filter(id=user.id).update(locked_until=now_utc() - timedelta(seconds=1))
    for _ in range(5):
        await sign_in(client, "dave", "Not-the-password-9")
    await user.refresh_from_db()
    assert user.locked_until is not None
    assert user.locked_until - now_utc() > timedelta(minutes=29)


async def test_success_resets_failure_count(client: httpx.AsyncClient) -> None:
    user = await make_user("erin")
    for _ in range(4):
        await sign_in(client, "erin", "Not-the-password-9")
    assert (await sign_in(client, "erin"))["data"]["login"]["status"] == "SUCCESS"
    await user.refresh_from_db()
    assert user.failed_attempts == 0 and user.locked_until is None


async def test_ip_throttling_across_accounts(client: httpx.AsyncClient,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth_services, "IP_FAILURE_LIMIT", 6)
    await make_user("frank")
    for i in range(6):
        body = await sign_in(client, f"spray{i}", "Winter2026!")
        assert error_codes(body) == ["UNAUTHENTICATED"]
    body = await sign_in(client, "frank")  # even the right password is refused now
    assert error_codes(body) == ["RATE_LIMITED"]
    assert 0 < body["errors"][0]["extensions"]["retryAfter"] <= 15 * 60


async def test_expired_password_forces_change_and_grants_nothing_else(
        client: httpx.AsyncClient) -> None:
    await make_user("gina", "admin", password_changed_at=now_utc() - timedelta(days=91))
    body = await sign_in(client, "gina")
    assert body["data"]["login"] == {"status": "PASSWORD_CHANGE_REQUIRED", "mfaMethods": [],
                                     "user": None}
    assert (await gql(client, ME))["data"]["me"] is None
    assert error_codes(await gql(client, "{ users { total } }")) == ["UNAUTHENTICATED"]
    assert error_codes(await gql(client, "{ mySessions { id } }")) == ["UNAUTHENTICATED"]
    change = await gql(client, """mutation($c: String!, $n: String!) {
        changePassword(input: {currentPassword: $c, newPassword: $n}) { status user { username } }
    }""", {"c": PASSWORD, "n": "Brand-new-Quokka-77"})
    assert change["data"]["changePassword"]["status"] == "SUCCESS"
    assert (await gql(client, ME))["data"]["me"]["username"] == "gina"


async def test_admin_required_change_is_enforced(client: httpx.AsyncClient) -> None:
    await make_user("hank", must_change_password=True)
    assert (await sign_in(client, "hank"))["data"]["login"]["status"] == \
        "PASSWORD_CHANGE_REQUIRED"


async def test_old_hash_parameters_are_upgraded_on_sign_in(client: httpx.AsyncClient) -> None:
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    user = await make_user("ivan")
    await User.filter(id=user.id).update(password_hash=weak.hash(PASSWORD))
    assert (await sign_in(client, "ivan"))["data"]["login"]["status"] == "SUCCESS"
    await user.refresh_from_db()
    assert user.password_hash is not None
    assert not HASHER.check_needs_rehash(user.password_hash)
    assert "m=19456,t=2,p=1" in user.password_hash


async def test_sign_in_rotates_the_session_id(client: httpx.AsyncClient) -> None:
    await make_user("judy")
    await sign_in(client, "judy")
    first = client.cookies["crm_session"]
    await sign_in(client, "judy")
    second = client.cookies["crm_session"]
    assert first != second
    client.cookies.set("crm_session", first)
    assert (await gql(client, ME))["data"]["me"] is None


async def test_unknown_user_and_wrong_password_take_equal_time(
        client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth_services, "IP_FAILURE_LIMIT", 1000)
    await make_user("kate")

    async def timed(username: str) -> float:
        started = time.perf_counter()
        await sign_in(client, username, "Wrong-horse-42!")
        return time.perf_counter() - started

    await timed("kate")  # warm up
    unknown, wrong = [], []
    for _ in range(20):
        unknown.append(await timed("no-such-user"))
        wrong.append(await timed("kate"))
    a, b = statistics.median(unknown), statistics.median(wrong)
    assert abs(a - b) / max(a, b) < 0.20, (a, b)


async def test_a_password_typed_as_the_username_never_reaches_the_audit_log(
        client: httpx.AsyncClient) -> None:
    await make_user("lena")
    await sign_in(client, PASSWORD, PASSWORD)  # the password in the username box
    await sign_in(client, "lena", "Not-the-password-9")
    events = await AuditEvent.filter(action="auth.login", outcome="failure").order_by("id")
    assert PASSWORD not in str([e.changes for e in events])
    assert "login_digest" in events[0].changes
    assert events[1].changes == {"login": "lena"}  # a real account is still named
