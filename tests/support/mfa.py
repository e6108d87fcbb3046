"""Second-factor helpers for tests: TOTP codes from oathtool, an independent implementation."""

from __future__ import annotations

import subprocess
import time
from typing import Any

import httpx

from tests.conftest import gql


def oathtool(secret: str, offset_steps: int = 0) -> str:
    at = int(time.time()) + 30 * offset_steps
    out = subprocess.run(["oathtool", "--totp", "-b", secret, "--now", f"@{at}"],
                         capture_output=True, text=True, check=True, timeout=10)
    return out.stdout.strip()


def away_from_step_edge(margin: float = 4.0) -> None:
    """Codes are tied to 30-second steps: don't start a check just before a step changes."""
    left = 30 - time.time() % 30
    if left < margin:
        time.sleep(left + 0.2)


async def enroll_totp(client: httpx.AsyncClient) -> tuple[str, list[str]]:
    begin = await gql(client, "mutation { beginTotpEnrollment { secret otpauthUri qrSvg } }")
    setup = begin["data"]["beginTotpEnrollment"]
    away_from_step_edge()
    body = await gql(client, """mutation($c: String!) { confirmTotpEnrollment(input: {code: $c})
        { recoveryCodes login { status } } }""", {"c": oathtool(setup["secret"])})
    return setup["secret"], body["data"]["confirmTotpEnrollment"]["recoveryCodes"]


async def verify(client: httpx.AsyncClient, method: str, code: str) -> dict[str, Any]:
    return await gql(client, """mutation($m: MfaMethod!, $c: String!) {
        verifyMfa(input: {method: $m, code: $c}) { status user { username } } }""",
                     {"m": method, "c": code})
