"""First run: a one-time link creates the first admin, once."""

from __future__ import annotations

import httpx

from backend.audit.models import AuditEvent
from backend.auth.setup import create_setup_link
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import sign_in

SETUP = """mutation($t: String!, $u: String!, $p: String!) { completeSetup(input: {token: $t,
  username: $u, email: "boss@example.com", displayName: "Boss", password: $p,
  language: "zh-CN"}) }"""


async def test_setup_link_creates_the_first_admin_once(client: httpx.AsyncClient,
                                                       db: Settings) -> None:
    assert (await gql(client, "{ setupStatus { needsSetup } }"))["data"]["setupStatus"] == \
        {"needsSetup": True}
    link = await create_setup_link(db)
    assert link is not None and link.startswith(f"{db.public_url}/setup#")
    token = link.split("#", 1)[1]
    weak = await gql(client, SETUP, {"t": token, "u": "boss", "p": "boss1234"})
    assert error_codes(weak) == ["BAD_USER_INPUT"]
    body = await gql(client, SETUP, {"t": token, "u": "boss", "p": "Kumquat-Vortex-93!"})
    assert body["data"]["completeSetup"] is True
    login = await sign_in(client, "boss", "Kumquat-Vortex-93!")
    assert login["data"]["login"]["user"]["roles"] == ["admin"]
    assert (await gql(client, "{ setupStatus { needsSetup } }"))["data"]["setupStatus"] == \
        {"needsSetup": False}
    again = await gql(client, SETUP, {"t": token, "u": "boss2", "p": "Kumquat-Vortex-93!"})
    assert error_codes(again) == ["BAD_USER_INPUT"]
    assert await create_setup_link(db) is None
    assert await AuditEvent.filter(action="setup.completed").count() == 1


async def test_bad_setup_token_is_refused(client: httpx.AsyncClient) -> None:
    body = await gql(client, SETUP, {"t": "forged", "u": "boss", "p": "Kumquat-Vortex-93!"})
    assert body["errors"][0]["extensions"]["fields"] == {"token": ["INVALID_TOKEN"]}
