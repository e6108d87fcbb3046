"""TOTP and recovery codes: enrolment, sign-in, replay, clock drift, lockout, step-up."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx

from backend.accounts.models import Session, User
from backend.audit.models import AuditEvent
from backend.core.models import now_utc
from backend.mail.models import OutboxMail
from backend.mfa.models import RecoveryCode, TotpDevice
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.mfa import away_from_step_edge, enroll_totp, oathtool, verify

ME = "{ me { username mfaEnabled } }"


async def fresh(client: httpx.AsyncClient) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=client._transport, base_url=client.base_url)


async def test_enrol_totp_then_sign_in_with_an_independent_code(
        client: httpx.AsyncClient) -> None:
    await make_user("alice")
    await sign_in(client, "alice")
    begin = await gql(client, "mutation { beginTotpEnrollment { secret otpauthUri qrSvg } }")
    setup = begin["data"]["beginTotpEnrollment"]
    assert setup["otpauthUri"].startswith("otpauth://totp/Bastion%20CRM:alice?secret=")
    assert setup["qrSvg"].lstrip().startswith("<svg")
    assert len(setup["secret"]) == 32
    wrong = await gql(client, """mutation { confirmTotpEnrollment(input: {code: "000000"}) {
        recoveryCodes } }""")
    assert error_codes(wrong) == ["BAD_USER_INPUT"]
    away_from_step_edge()
    body = await gql(client, """mutation($c: String!) { confirmTotpEnrollment(input: {code: $c})
        { recoveryCodes } }""", {"c": oathtool(setup["secret"])})
    codes = body["data"]["confirmTotpEnrollment"]["recoveryCodes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(re.fullmatch(r"[2-9A-Z]{4}(-[2-9A-Z]{4}){3}", c) for c in codes)
    device = await TotpDevice.get(user__username="alice")
    assert setup["secret"] not in device.secret_enc  # encrypted at rest
    assert await OutboxMail.filter(subject__icontains="security").exists()

    async with await fresh(client) as c:
        login = await sign_in(c, "alice")
        assert login["data"]["login"] == {"status": "MFA_REQUIRED",
                                          "mfaMethods": ["TOTP", "RECOVERY_CODE"], "user": None}
        assert (await gql(c, ME))["data"]["me"] is None  # a partial session grants nothing
        away_from_step_edge()
        # The code used to confirm the enrolment is spent; the next step's code is accepted.
        assert error_codes(await verify(c, "TOTP", oathtool(setup["secret"]))) \
            == ["BAD_USER_INPUT"]
        code = oathtool(setup["secret"], +1)
        assert (await verify(c, "TOTP", code))["data"]["verifyMfa"]["status"] == "SUCCESS"
        assert (await gql(c, ME))["data"]["me"] == {"username": "alice", "mfaEnabled": True}
    # The same code cannot be used twice.
    async with await fresh(client) as c:
        await sign_in(c, "alice")
        assert error_codes(await verify(c, "TOTP", code)) == ["BAD_USER_INPUT"]


async def test_clock_drift_of_one_step_accepted_two_refused(client: httpx.AsyncClient) -> None:
    await make_user("bob")
    await sign_in(client, "bob")
    secret, _ = await enroll_totp(client)
    # Let the step used at enrolment pass, so "one step back" is a code not yet used.
    await TotpDevice.filter(user__username="bob").update(last_step=0)
    async with await fresh(client) as c:
        await sign_in(c, "bob")
        away_from_step_edge()
        assert error_codes(await verify(c, "TOTP", oathtool(secret, -2))) == ["BAD_USER_INPUT"]
        assert error_codes(await verify(c, "TOTP", oathtool(secret, +2))) == ["BAD_USER_INPUT"]
        assert (await verify(c, "TOTP", oathtool(secret, -1)))["data"]["verifyMfa"]["status"] \
            == "SUCCESS"
    async with await fresh(client) as c:
        await sign_in(c, "bob")
        away_from_step_edge()
        assert (await verify(c, "TOTP", oathtool(secret, +1)))["data"]["verifyMfa"]["status"] \
            == "SUCCESS"


async def test_recovery_code_works_once_and_mails_the_owner(client: httpx.AsyncClient) -> None:
    await make_user("carol")
    await sign_in(client, "carol")
    _, codes = await enroll_totp(client)
    async with await fresh(client) as c:
        await sign_in(c, "carol")
        body = await verify(c, "RECOVERY_CODE", codes[3].lower().replace("-", " "))
        assert body["data"]["verifyMfa"]["status"] == "SUCCESS"
        remaining = await gql(c, "{ myMfa { recoveryCodesRemaining } }")
        assert remaining["data"]["myMfa"]["recoveryCodesRemaining"] == 9
    async with await fresh(client) as c:
        await sign_in(c, "carol")
        assert error_codes(await verify(c, "RECOVERY_CODE", codes[3])) == ["BAD_USER_INPUT"]
    mails = await OutboxMail.filter(to_addr="carol@example.com").values_list("text_body",
                                                                             flat=True)
    assert any("recovery code was used" in str(m) for m in mails)
    assert await AuditEvent.filter(action="mfa.recovery_code_used").exists()


async def test_regenerating_recovery_codes_kills_the_old_set(client: httpx.AsyncClient) -> None:
    await make_user("dan")
    await sign_in(client, "dan")
    _, old = await enroll_totp(client)
    body = await gql(client, "mutation { regenerateRecoveryCodes }")
    new = body["data"]["regenerateRecoveryCodes"]
    assert len(new) == 10 and not set(new) & set(old)
    async with await fresh(client) as c:
        await sign_in(c, "dan")
        assert error_codes(await verify(c, "RECOVERY_CODE", old[0])) == ["BAD_USER_INPUT"]
        assert (await verify(c, "RECOVERY_CODE", new[0]))["data"]["verifyMfa"]["status"] == \
            "SUCCESS"


async def test_wrong_second_factors_lock_the_account(client: httpx.AsyncClient) -> None:
    await make_user("eve")
    await sign_in(client, "eve")
    secret, _ = await enroll_totp(client)
    async with await fresh(client) as c:
        await sign_in(c, "eve")
        for _ in range(4):
            assert error_codes(await verify(c, "TOTP", "123456")) == ["BAD_USER_INPUT"]
        assert error_codes(await verify(c, "TOTP", "123456")) == ["UNAUTHENTICATED"]
        assert error_codes(await verify(c, "TOTP", oathtool(secret))) == ["UNAUTHENTICATED"]
    user = await User.get(username="eve")
    assert user.locked_until is not None and user.locked_until > now_utc()


async def test_role_requiring_mfa_gets_grace_then_enrolment_only(
        client: httpx.AsyncClient) -> None:
    admin = await make_user("fred", "admin")
    body = await sign_in(client, "fred")
    assert body["data"]["login"]["status"] == "SUCCESS"
    me = await gql(client, "{ me { mfaRequired mfaGraceEndsAt } }")
    assert me["data"]["me"]["mfaRequired"] is True and me["data"]["me"]["mfaGraceEndsAt"]
    from backend.mfa.models import MfaState

    await MfaState.filter(user_id=admin.id).update(grace_started_at=now_utc() - timedelta(days=8))
    async with await fresh(client) as c:
        login = await sign_in(c, "fred")
        assert login["data"]["login"]["status"] == "MFA_ENROLLMENT_REQUIRED"
        assert (await gql(c, "{ me { username } }"))["data"]["me"] is None
        assert error_codes(await gql(c, "{ users { total } }")) == ["UNAUTHENTICATED"]
        secret = (await gql(c, "mutation { beginTotpEnrollment { secret } }"))[
            "data"]["beginTotpEnrollment"]["secret"]
        away_from_step_edge()
        done = await gql(c, """mutation($c: String!) { confirmTotpEnrollment(input: {code: $c})
            { recoveryCodes login { status user { username } } } }""", {"c": oathtool(secret)})
        result = done["data"]["confirmTotpEnrollment"]
        assert result["login"]["status"] == "SUCCESS" and len(result["recoveryCodes"]) == 10
        assert (await gql(c, "{ users { total } }"))["data"]["users"]["total"] == 1


async def test_step_up_required_for_factor_changes(client: httpx.AsyncClient) -> None:
    await make_user("gail")
    await sign_in(client, "gail")
    await enroll_totp(client)
    await Session.filter(user__username="gail").update(reauth_at=now_utc() - timedelta(minutes=11))
    body = await gql(client, "mutation { regenerateRecoveryCodes }")
    assert error_codes(body) == ["STEP_UP_REQUIRED"]
    bad = await gql(client, """mutation { reauthenticate(input: {password: "nope"}) }""")
    assert bad["errors"][0]["extensions"]["fields"] == {"password": ["WRONG_PASSWORD"]}
    ok = await gql(client, """mutation { reauthenticate(input: {password: "Kumquat-Vortex-93!"})
        }""")
    assert ok["data"]["reauthenticate"] is True
    assert len((await gql(client, "mutation { regenerateRecoveryCodes }"))["data"][
        "regenerateRecoveryCodes"]) == 10
    assert await AuditEvent.filter(action="auth.step_up", outcome="success").exists()


async def test_admin_resets_a_users_mfa(client: httpx.AsyncClient) -> None:
    await make_user("root", "admin")
    user = await make_user("hugo", "manager")
    async with await fresh(client) as c:
        await sign_in(c, "hugo")
        await enroll_totp(c)
    await sign_in(client, "root")
    await Session.filter(user__username="root").update(reauth_at=now_utc() - timedelta(hours=1))
    body = await gql(client, "mutation($id: ID!) { resetUserMfa(id: $id) }", {"id": str(user.id)})
    assert error_codes(body) == ["STEP_UP_REQUIRED"]
    await gql(client, """mutation { reauthenticate(input: {password: "Kumquat-Vortex-93!"}) }""")
    body = await gql(client, "mutation($id: ID!) { resetUserMfa(id: $id) }", {"id": str(user.id)})
    assert body["data"]["resetUserMfa"] is True
    assert not await TotpDevice.filter(user_id=user.id).exists()
    assert not await RecoveryCode.filter(user_id=user.id).exists()
    async with await fresh(client) as c:
        # A manager must enrol again straight away: no new grace period after a reset.
        assert (await sign_in(c, "hugo"))["data"]["login"]["status"] == \
            "MFA_ENROLLMENT_REQUIRED"
    assert await AuditEvent.filter(action="mfa.reset", target_id=str(user.id)).exists()
    assert await OutboxMail.filter(to_addr="hugo@example.com",
                                   text_body__contains="administrator reset").exists()


async def test_last_factor_cannot_be_removed_when_required(client: httpx.AsyncClient) -> None:
    await make_user("ivy", "manager")
    await sign_in(client, "ivy")
    await enroll_totp(client)
    assert error_codes(await gql(client, "mutation { removeTotp }")) == ["CONFLICT"]
    await make_user("jay", "sales")
    async with await fresh(client) as c:
        await sign_in(c, "jay")
        await enroll_totp(c)
        assert (await gql(c, "mutation { removeTotp }"))["data"]["removeTotp"] is True
        assert (await gql(c, "{ myMfa { methods } }"))["data"]["myMfa"]["methods"] == []
