"""The password policy: MLPS 2.0 by default, NIST one click away, always-on checks."""

from __future__ import annotations

import httpx
import pytest

from backend.accounts.policy import PRESETS, password_problems
from backend.audit.models import AuditEvent
from tests.conftest import error_codes, gql
from tests.support.accounts import PASSWORD, make_user, sign_in

CHANGE = """mutation($c: String!, $n: String!) {
  changePassword(input: {currentPassword: $c, newPassword: $n}) { status } }"""
POLICY_FIELDS = ("preset minLength minLengthWithoutMfa requireUpper requireLower requireDigit "
                 "requireSpecial maxAgeDays history lockoutThreshold lockoutMinutes")
UPDATE = """mutation($p: PasswordPolicyInput!) { updatePasswordPolicy(input: $p) { %s } }""" \
    % POLICY_FIELDS
NIST = {"preset": "NIST", "minLength": 12, "minLengthWithoutMfa": 15, "requireUpper": False,
        "requireLower": False, "requireDigit": False, "requireSpecial": False, "maxAgeDays": 0,
        "history": 0, "lockoutThreshold": 5, "lockoutMinutes": 15}


@pytest.mark.parametrize(("password", "expected"), [
    ("Sh0rt!a", {"TOO_SHORT"}),
    ("alllowercase-words-9", {"NEEDS_UPPER"}),
    ("ALLUPPER-WORDS-9", {"NEEDS_LOWER"}),
    ("No-Digits-Here-Ever", {"NEEDS_DIGIT"}),
    ("NoSpecial4Chars9Here", {"NEEDS_SPECIAL"}),
    ("P@ssw0rd", {"COMMON"}),
    ("Aa1!aaaa", {"WEAK"}),
    ("Zhangsan-Kumquat-9", {"CONTAINS_USERNAME"}),
    ("Kumquat-zs.mail-9!", {"CONTAINS_EMAIL"}),
    ("Kumquat-Vortex-93!", set()),
])
def test_mlps_rules(password: str, expected: set[str]) -> None:
    problems = password_problems(password, PRESETS["MLPS"], username="zhangsan",
                                 email="zs.mail@example.com")
    assert expected <= set(problems) if expected else problems == []


def test_nist_preset_wants_length_not_composition() -> None:
    nist = PRESETS["NIST"]
    assert password_problems("correct horse battery staple", nist) == []
    assert "TOO_SHORT" in password_problems("Zx9#kLm2!qP4", nist)  # 12 chars, no MFA: needs 15
    assert password_problems("Zx9#kLm2!qP4", nist, has_mfa=True) == []


def test_long_passwords_are_accepted_whole() -> None:
    long = "Grey-heron stands in the reed bed at dawn, 7 minutes past six! " * 2
    assert len(long) > 64
    assert password_problems(long, PRESETS["MLPS"]) == []
    assert password_problems("x" * 300, PRESETS["MLPS"]) == ["TOO_LONG"]


async def test_long_password_is_not_truncated(client: httpx.AsyncClient) -> None:
    long = "Grey-heron stands in the reed bed at dawn, 7 minutes past six! " * 2
    await make_user("amy", password=long)
    assert (await sign_in(client, "amy", long))["data"]["login"]["status"] == "SUCCESS"
    assert error_codes(await sign_in(client, "amy", long[:-1] + "?")) == ["UNAUTHENTICATED"]


async def test_every_failed_rule_is_listed(client: httpx.AsyncClient) -> None:
    await make_user("ben")
    await sign_in(client, "ben")
    body = await gql(client, CHANGE, {"c": PASSWORD, "n": "ben"})
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert set(body["errors"][0]["extensions"]["fields"]["newPassword"]) >= {
        "TOO_SHORT", "NEEDS_UPPER", "NEEDS_DIGIT", "NEEDS_SPECIAL", "CONTAINS_USERNAME"}


async def test_history_forbids_reuse_of_last_five(client: httpx.AsyncClient) -> None:
    await make_user("cat")
    await sign_in(client, "cat")
    current = PASSWORD
    for i in range(5):
        new = f"Rotating-Pass-{i}-Tulip!"
        assert (await gql(client, CHANGE, {"c": current, "n": new}))["data"], i
        current = new
    body = await gql(client, CHANGE, {"c": current, "n": "Rotating-Pass-1-Tulip!"})
    assert body["errors"][0]["extensions"]["fields"]["newPassword"] == ["REUSED"]
    # Six changes ago is outside the history of five.
    assert (await gql(client, CHANGE, {"c": current, "n": PASSWORD}))["data"]


async def test_admin_switches_to_nist_and_it_applies(client: httpx.AsyncClient) -> None:
    await make_user("root", "admin")
    await sign_in(client, "root")
    body = await gql(client, UPDATE, {"p": NIST})
    assert body["data"]["updatePasswordPolicy"] == NIST
    event = await AuditEvent.get(action="policy.changed")
    assert event.changes["min_length"] == [8, 12] and event.changes["max_age_days"] == [90, 0]
    check = await gql(client, """query($p: String!) { passwordCheck(input: {password: $p}) {
        ok problems score } }""", {"p": "correct horse battery staple"})
    assert check["data"]["passwordCheck"]["ok"] is True
    me = await gql(client, "{ me { passwordExpiresAt } }")
    assert me["data"]["me"]["passwordExpiresAt"] is None


async def test_policy_values_are_validated_and_admin_only(client: httpx.AsyncClient) -> None:
    await make_user("sue", "sales")
    await sign_in(client, "sue")
    assert error_codes(await gql(client, UPDATE, {"p": NIST})) == ["FORBIDDEN"]
    await make_user("root", "admin")
    await sign_in(client, "root")
    bad = {**NIST, "minLength": 4, "history": 99, "preset": "LAX"}
    body = await gql(client, UPDATE, {"p": bad})
    assert body["errors"][0]["extensions"]["fields"] == {
        "minLength": ["OUT_OF_RANGE"], "history": ["OUT_OF_RANGE"], "preset": ["UNKNOWN_PRESET"]}
    assert not await AuditEvent.filter(action="policy.changed").exists()


async def test_password_check_for_the_strength_meter(client: httpx.AsyncClient) -> None:
    body = await gql(client, """{ passwordCheck(input: {password: "qwerty", username: "qq"}) {
        ok problems score } }""")
    result = body["data"]["passwordCheck"]
    assert result["ok"] is False and "COMMON" in result["problems"] and result["score"] <= 1


async def test_nist_minimum_depends_on_mfa(client: httpx.AsyncClient) -> None:
    from backend.core.models import Setting
    from tests.support.mfa import enroll_totp

    await Setting.create(key="password_policy", value={
        "preset": "NIST", "min_length": 12, "min_length_without_mfa": 15,
        "require_upper": False, "require_lower": False, "require_digit": False,
        "require_special": False, "max_age_days": 0, "history": 0})
    await make_user("dora")
    await sign_in(client, "dora")
    twelve = "quiet maple 7"  # 13 characters: enough with MFA, too short without
    body = await gql(client, CHANGE, {"c": PASSWORD, "n": twelve})
    assert "TOO_SHORT" in body["errors"][0]["extensions"]["fields"]["newPassword"]
    await enroll_totp(client)
    assert (await gql(client, CHANGE, {"c": PASSWORD, "n": twelve}))["data"]
