"""Email and SMS codes: ten minutes, five guesses, a new code kills the old; SMS through a
signed webhook received by a real local HTTP server that checks the signature."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import re
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from backend.accounts.models import OneTimeToken
from backend.core.models import now_utc
from backend.mail.models import OutboxMail
from backend.mfa.models import MfaState
from backend.mfa.policy import MfaPolicy
from backend.settings import Settings, use_settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.mfa import verify

SECRET = "webhook-secret-for-tests-0123"


class SmsGateway:
    """Stands in for an SMS bridge: accepts only correctly signed, fresh requests."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self.rejected = 0
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                stamp = self.headers.get("x-crm-timestamp", "")
                expected = "sha256=" + hmac.new(SECRET.encode(), stamp.encode() + b"." + body,
                                                hashlib.sha256).hexdigest()
                if not hmac.compare_digest(expected, self.headers.get("x-crm-signature", "")):
                    gateway.rejected += 1
                    self.send_response(401)
                else:
                    gateway.messages.append(json.loads(body))
                    self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sms"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def last_code(self) -> str:
        match = re.search(r"\b(\d{6})\b", self.messages[-1]["text"])
        assert match
        return match.group(1)


@pytest.fixture
def gateway(db: Settings) -> Iterator[SmsGateway]:
    gw = SmsGateway()
    use_settings(dataclasses.replace(db, sms_webhook_url=gw.url, sms_webhook_secret=SECRET))
    yield gw
    use_settings(db)
    gw.server.shutdown()


async def mailed_code(to: str) -> str:
    mail = await OutboxMail.filter(to_addr=to).order_by("-id").first()
    assert mail is not None
    match = re.search(r"\b(\d{6})\b", mail.text_body)
    assert match
    return match.group(1)


async def fresh(client: httpx.AsyncClient) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=client._transport, base_url=client.base_url)


async def enable_email(client: httpx.AsyncClient, who: str) -> None:
    assert (await gql(client, "mutation { beginEmailMfa }"))["data"]["beginEmailMfa"]
    code = await mailed_code(f"{who}@example.com")
    body = await gql(client, """mutation($c: String!) { confirmEmailMfa(input: {code: $c}) {
        recoveryCodes } }""", {"c": code})
    assert len(body["data"]["confirmEmailMfa"]["recoveryCodes"]) == 10


async def test_email_code_signs_in(client: httpx.AsyncClient) -> None:
    await make_user("amy")
    await sign_in(client, "amy")
    await enable_email(client, "amy")
    async with await fresh(client) as c:
        login = await sign_in(c, "amy")
        assert login["data"]["login"]["mfaMethods"] == ["EMAIL", "RECOVERY_CODE"]
        await gql(c, "mutation { sendMfaCode(input: {method: EMAIL}) }")
        code = await mailed_code("amy@example.com")
        assert (await verify(c, "EMAIL", code))["data"]["verifyMfa"]["status"] == "SUCCESS"


async def test_email_code_expires_and_is_replaced(client: httpx.AsyncClient) -> None:
    await make_user("ben")
    await sign_in(client, "ben")
    await enable_email(client, "ben")
    async with await fresh(client) as c:
        await sign_in(c, "ben")
        await gql(c, "mutation { sendMfaCode(input: {method: EMAIL}) }")
        first = await mailed_code("ben@example.com")
        await gql(c, "mutation { sendMfaCode(input: {method: EMAIL}) }")
        second = await mailed_code("ben@example.com")
        if first != second:
            assert error_codes(await verify(c, "EMAIL", first)) == ["BAD_USER_INPUT"]
        await OneTimeToken.filter(purpose="mfa-email").update(
            expires_at=now_utc() - timedelta(seconds=1))
        assert error_codes(await verify(c, "EMAIL", second)) == ["BAD_USER_INPUT"]


async def test_email_code_allows_five_guesses(client: httpx.AsyncClient) -> None:
    from backend.core.models import Setting

    # A higher lockout threshold, so the code's own limit is what stops the sixth try.
    await Setting.create(key="password_policy", value={"lockout_threshold": 20})
    await make_user("cid")
    await sign_in(client, "cid")
    await enable_email(client, "cid")
    async with await fresh(client) as c:
        await sign_in(c, "cid")
        await gql(c, "mutation { sendMfaCode(input: {method: EMAIL}) }")
        code = await mailed_code("cid@example.com")
        wrong = f"{(int(code) + 1) % 10**6:06d}"
        for _ in range(5):
            assert error_codes(await verify(c, "EMAIL", wrong)) == ["BAD_USER_INPUT"]
        assert error_codes(await verify(c, "EMAIL", code)) == ["BAD_USER_INPUT"]
        await gql(c, "mutation { sendMfaCode(input: {method: EMAIL}) }")
        fresh_code = await mailed_code("cid@example.com")
        assert (await verify(c, "EMAIL", fresh_code))["data"]["verifyMfa"]["status"] == \
            "SUCCESS"


async def test_sms_through_the_signed_webhook(client: httpx.AsyncClient,
                                              gateway: SmsGateway) -> None:
    user = await make_user("dee", language="zh-CN")
    await sign_in(client, "dee")
    body = await gql(client, """mutation { beginSmsEnrollment(phone: "+86 138-0013-8000") }""")
    assert body["data"]["beginSmsEnrollment"] is True
    assert gateway.messages[-1]["to"] == "+8613800138000"
    assert "验证码" in gateway.messages[-1]["text"]
    state = await MfaState.get(user_id=user.id)
    assert state.phone_enc and "13800138000" not in state.phone_enc
    await gql(client, """mutation($c: String!) { confirmSmsEnrollment(input: {code: $c}) {
        recoveryCodes } }""", {"c": gateway.last_code()})
    mfa = await gql(client, "{ myMfa { methods smsPhone } }")
    assert mfa["data"]["myMfa"] == {"methods": ["SMS", "RECOVERY_CODE"],
                                    "smsPhone": "+86****8000"}
    async with await fresh(client) as c:
        await sign_in(c, "dee")
        await gql(c, "mutation { sendMfaCode(input: {method: SMS}) }")
        assert (await verify(c, "SMS", gateway.last_code()))["data"]["verifyMfa"]["status"] \
            == "SUCCESS"
    assert gateway.rejected == 0


def test_webhook_refuses_a_wrong_signature(gateway: SmsGateway) -> None:
    response = httpx.post(gateway.url, content=b'{"to":"1","text":"x"}',
                          headers={"x-crm-timestamp": "1", "x-crm-signature": "sha256=00"})
    assert response.status_code == 401 and gateway.rejected == 1


async def test_policy_can_turn_sms_off(client: httpx.AsyncClient, gateway: SmsGateway) -> None:
    from dataclasses import asdict

    from backend.core.models import Setting

    await make_user("eli")
    await sign_in(client, "eli")
    await gql(client, """mutation { beginSmsEnrollment(phone: "+8613900139000") }""")
    await gql(client, """mutation($c: String!) { confirmSmsEnrollment(input: {code: $c}) {
        recoveryCodes } }""", {"c": gateway.last_code()})
    await Setting.create(key="mfa_policy", value=asdict(MfaPolicy(
        allowed_methods=["TOTP", "WEBAUTHN", "EMAIL", "RECOVERY_CODE"])))
    async with await fresh(client) as c:
        login = await sign_in(c, "eli")
        # SMS was the only factor; with SMS off the user signs in with the password alone.
        assert login["data"]["login"]["status"] == "SUCCESS"
        # ... and cannot set SMS up again, nor see it offered.
        refused = await gql(c, """mutation { beginSmsEnrollment(phone: "+8613900139000") }""")
        assert refused["errors"][0]["extensions"]["fields"] == {"method": ["METHOD_NOT_ALLOWED"]}
        allowed = (await gql(c, "{ myMfa { allowedMethods } }"))["data"]["myMfa"]
        assert "SMS" not in allowed["allowedMethods"]


async def test_admin_edits_the_mfa_policy(client: httpx.AsyncClient) -> None:
    await make_user("root", "admin")
    await sign_in(client, "root")
    body = await gql(client, """mutation { updateMfaPolicy(input: {requiredRoles: ["admin",
        "sales"], allowedMethods: [TOTP, WEBAUTHN, RECOVERY_CODE], graceDays: 3,
        passwordlessAllowed: true}) { requiredRoles allowedMethods graceDays } }""")
    assert body["data"]["updateMfaPolicy"] == {"requiredRoles": ["admin", "sales"],
                                               "allowedMethods": ["TOTP", "WEBAUTHN",
                                                                  "RECOVERY_CODE"],
                                               "graceDays": 3}
    bad = await gql(client, """mutation { updateMfaPolicy(input: {requiredRoles: ["wizard"],
        allowedMethods: [RECOVERY_CODE], graceDays: 400, passwordlessAllowed: false}) {
        graceDays } }""")
    assert bad["errors"][0]["extensions"]["fields"] == {
        "requiredRoles": ["UNKNOWN_ROLE"], "allowedMethods": ["INVALID_METHODS"],
        "graceDays": ["OUT_OF_RANGE"]}


async def test_sms_code_expires_and_allows_five_guesses(client: httpx.AsyncClient,
                                                        gateway: SmsGateway) -> None:
    from backend.core.models import Setting

    await Setting.create(key="password_policy", value={"lockout_threshold": 20})
    await make_user("fay")
    await sign_in(client, "fay")
    await gql(client, """mutation { beginSmsEnrollment(phone: "+8613600136000") }""")
    await gql(client, """mutation($c: String!) { confirmSmsEnrollment(input: {code: $c}) {
        recoveryCodes } }""", {"c": gateway.last_code()})
    async with await fresh(client) as c:
        await sign_in(c, "fay")
        await gql(c, "mutation { sendMfaCode(input: {method: SMS}) }")
        code = gateway.last_code()
        wrong = f"{(int(code) + 1) % 10**6:06d}"
        for _ in range(5):
            assert error_codes(await verify(c, "SMS", wrong)) == ["BAD_USER_INPUT"]
        assert error_codes(await verify(c, "SMS", code)) == ["BAD_USER_INPUT"]
        await gql(c, "mutation { sendMfaCode(input: {method: SMS}) }")
        await OneTimeToken.filter(purpose="mfa-sms").update(
            expires_at=now_utc() - timedelta(seconds=1))
        assert error_codes(await verify(c, "SMS", gateway.last_code())) == ["BAD_USER_INPUT"]
