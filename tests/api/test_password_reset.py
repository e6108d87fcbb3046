"""Forgotten passwords: same answer for everyone, a mailed single-use link or code, limits."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx

from backend.accounts.models import OneTimeToken, User
from backend.audit.models import AuditEvent
from backend.core.models import now_utc
from backend.mail.models import OutboxMail
from backend.mail.services import wait_for_deliveries
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.smtp import Collector, UseSmtp

REQUEST = "mutation($l: String!) { requestPasswordReset(input: {login: $l}) }"
RESET = """mutation($t: String, $l: String, $c: String, $p: String!) {
  resetPassword(input: {token: $t, login: $l, code: $c, newPassword: $p}) }"""
NEW = "Orchid-Lantern-2048"


async def latest_mail(to: str) -> OutboxMail:
    mail = await OutboxMail.filter(to_addr=to).order_by("-id").first()
    assert mail is not None
    return mail


def link_token(text: str) -> str:
    match = re.search(r"/reset-password#([\w-]+)", text)
    assert match, text
    return match.group(1)


def code_in(text: str) -> str:
    match = re.search(r"\b(\d{6})\b", text)
    assert match, text
    return match.group(1)


async def test_reset_by_link_from_a_real_smtp_server(
        client: httpx.AsyncClient, server: Collector, use_smtp: UseSmtp) -> None:
    use_smtp(f"smtp://127.0.0.1:{server.port}")
    user = await make_user("alice", language="zh-CN")
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as other:
        await sign_in(other, "alice")
        body = await gql(client, REQUEST, {"l": "alice"})
        assert body["data"]["requestPasswordReset"] is True
        await wait_for_deliveries()
        assert len(server.messages) == 1
        message = server.messages[0]
        assert message["To"] == "alice@example.com"
        text = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
        body = await gql(client, RESET, {"t": link_token(text), "p": NEW})
        assert body["data"]["resetPassword"] is True
        # Every session ended, the old password is dead, the new one works.
        assert (await gql(other, "{ me { username } }"))["data"]["me"] is None
        assert error_codes(await sign_in(client, "alice")) == ["UNAUTHENTICATED"]
        assert (await sign_in(client, "alice", NEW))["data"]["login"]["status"] == "SUCCESS"
        await wait_for_deliveries()
        assert "密码" in str(server.messages[-1]["Subject"])  # "your password was changed"
    assert await AuditEvent.filter(action="password.reset", target_id=str(user.id)).exists()


async def test_same_answer_for_unknown_account(client: httpx.AsyncClient) -> None:
    body = await gql(client, REQUEST, {"l": "nobody@example.com"})
    assert body == {"data": {"requestPasswordReset": True}}
    assert await OutboxMail.all().count() == 0


async def test_link_is_single_use_and_expires(client: httpx.AsyncClient) -> None:
    await make_user("bob")
    await gql(client, REQUEST, {"l": "bob"})
    token = link_token((await latest_mail("bob@example.com")).text_body)
    assert (await gql(client, RESET, {"t": token, "p": NEW}))["data"]["resetPassword"]
    again = await gql(client, RESET, {"t": token, "p": "Another-Pelican-77"})
    assert again["errors"][0]["extensions"]["fields"] == {"token": ["INVALID_TOKEN"]}
    await gql(client, REQUEST, {"l": "bob"})
    token = link_token((await latest_mail("bob@example.com")).text_body)
    await OneTimeToken.filter(purpose="reset").update(expires_at=now_utc() - timedelta(seconds=1))
    assert error_codes(await gql(client, RESET, {"t": token, "p": NEW})) == ["BAD_USER_INPUT"]


async def test_new_request_invalidates_the_previous_link(client: httpx.AsyncClient) -> None:
    await make_user("carl")
    await gql(client, REQUEST, {"l": "carl"})
    first = link_token((await latest_mail("carl@example.com")).text_body)
    await gql(client, REQUEST, {"l": "carl"})
    second = link_token((await latest_mail("carl@example.com")).text_body)
    assert error_codes(await gql(client, RESET, {"t": first, "p": NEW})) == ["BAD_USER_INPUT"]
    assert (await gql(client, RESET, {"t": second, "p": NEW}))["data"]["resetPassword"]


async def test_reset_by_code_with_at_most_five_guesses(client: httpx.AsyncClient) -> None:
    await make_user("dora")
    await gql(client, REQUEST, {"l": "dora@example.com"})
    code = code_in((await latest_mail("dora@example.com")).text_body)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(5):
        body = await gql(client, RESET, {"l": "dora", "c": wrong, "p": NEW})
        assert error_codes(body) == ["BAD_USER_INPUT"]
    # The right code no longer works after five wrong guesses.
    assert error_codes(await gql(client, RESET, {"l": "dora", "c": code, "p": NEW})) \
        == ["BAD_USER_INPUT"]
    await gql(client, REQUEST, {"l": "dora"})
    code = code_in((await latest_mail("dora@example.com")).text_body)
    assert (await gql(client, RESET, {"l": "dora", "c": code, "p": NEW}))["data"]["resetPassword"]


async def test_reset_applies_the_policy(client: httpx.AsyncClient) -> None:
    await make_user("emil")
    await gql(client, REQUEST, {"l": "emil"})
    token = link_token((await latest_mail("emil@example.com")).text_body)
    body = await gql(client, RESET, {"t": token, "p": "password1"})
    problems = body["errors"][0]["extensions"]["fields"]["newPassword"]
    assert {"NEEDS_UPPER", "NEEDS_SPECIAL", "COMMON"} <= set(problems)
    # The failed attempt did not use up the link.
    assert (await gql(client, RESET, {"t": token, "p": NEW}))["data"]["resetPassword"]


async def test_requests_are_limited_per_account_and_per_ip(client: httpx.AsyncClient) -> None:
    await make_user("finn")
    for _ in range(5):
        assert (await gql(client, REQUEST, {"l": "finn"}))["data"]["requestPasswordReset"]
    # Three mails per hour per account; the answer never changes.
    assert await OutboxMail.filter(to_addr="finn@example.com").count() == 3
    for _ in range(15):
        await gql(client, REQUEST, {"l": "someone-else"})
    body = await gql(client, REQUEST, {"l": "finn"})
    assert error_codes(body) == ["RATE_LIMITED"]


async def test_reset_does_not_bypass_a_locked_or_disabled_account(
        client: httpx.AsyncClient) -> None:
    await make_user("gwen", active=False)
    await gql(client, REQUEST, {"l": "gwen"})
    assert await OutboxMail.filter(to_addr="gwen@example.com").count() == 0
    assert await User.filter(username="gwen", is_active=False).exists()
