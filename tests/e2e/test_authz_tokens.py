"""API tokens in a real browser: a partner creates a token under My account → API tokens, copies
the value shown once, calls the API with it, revokes it in the SPA, and the same call is refused."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
from playwright.async_api import Page, expect

from tests.support.e2e import create_user, sign_in
from tests.support.server import LiveServer

ME = "{ me { username permissions } }"


def call_me(server: LiveServer, token: str) -> httpx.Response:
    return httpx.post(f"{server.url}/graphql", json={"query": ME},
                      headers={"Authorization": f"Bearer {token}"}, timeout=10)


async def test_partner_creates_uses_and_revokes_a_token(page: Page, live_server: LiveServer,
                                                        output_dir: Path) -> None:
    username = f"partner-{uuid.uuid4().hex[:8]}"
    name = "ERP sync"
    create_user(live_server, username, "partner")
    await sign_in(page, live_server, username)

    # Given My account → Security → API tokens
    await page.get_by_test_id("user-menu").click()
    await page.get_by_test_id("menu-security").click()
    await page.get_by_test_id("nav-tokens").click()
    await expect(page).to_have_url(f"{live_server.url}/account/tokens")

    # When they create a token with customers.read (only rights they hold are offered)
    await page.get_by_test_id("token-create").click()
    await page.get_by_test_id("token-name").fill(name)
    await expect(page.get_by_test_id("token-scope-users.manage")).to_have_count(0)
    await page.get_by_test_id("token-scope-customers.read").check()
    # The expiry defaults to 90 days from today
    default_expiry = (date.today() + timedelta(days=90)).isoformat()
    await expect(page.get_by_test_id("token-expiry")).to_have_value(default_expiry)
    await page.screenshot(path=output_dir / "token-create.png")
    await page.get_by_test_id("token-save").click()

    # Then the secret is shown once, with a warning
    value = page.get_by_test_id("token-value")
    await expect(value).to_contain_text("crm_pat_")
    token = (await value.inner_text()).strip()
    await expect(page.get_by_test_id("token-copy")).to_be_visible()
    await page.screenshot(path=output_dir / "token-created.png")
    await page.get_by_test_id("token-done").click()
    await expect(value).to_have_count(0)
    row = page.get_by_test_id(f"token-row-{name}")
    await expect(row).to_contain_text(token[:12])
    await expect(page.get_by_test_id(f"token-status-{name}")).to_have_text("Active")

    # And the token works against the API, with exactly its scope
    response = call_me(live_server, token)
    assert response.status_code == 200, response.text
    assert response.json()["data"]["me"] == {"username": username,
                                             "permissions": ["customers.read"]}

    # When they revoke it in the SPA
    await page.get_by_test_id(f"token-revoke-{name}").click()
    await page.get_by_test_id("confirm-ok").click()
    await expect(page.get_by_test_id(f"token-status-{name}")).to_have_text("Revoked")
    await expect(page.get_by_test_id(f"token-revoke-{name}")).to_have_count(0)
    await page.screenshot(path=output_dir / "token-revoked.png")

    # Then the same call is refused
    assert call_me(live_server, token).status_code == 401


async def test_tokens_page_without_tokens_manage_has_no_create_button(
        page: Page, live_server: LiveServer) -> None:
    username = f"seller-{uuid.uuid4().hex[:8]}"
    create_user(live_server, username, "sales")
    await sign_in(page, live_server, username)
    await page.goto(f"{live_server.url}/account/tokens")
    await expect(page.get_by_test_id("page-title")).to_have_text("API tokens")
    await expect(page.get_by_test_id("token-create")).to_have_count(0)
