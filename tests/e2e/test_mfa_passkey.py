"""Passkeys in a real browser, with Chromium's virtual authenticator: register one on the Security
page, use it as the second step of a sign-in, then (once an admin allows it on the MFA policy page)
sign in with it alone.

WebAuthn refuses IP addresses as the relying party id, so this file runs its own server on
http://localhost:<port> instead of the shared one on 127.0.0.1."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, CDPSession, Page, expect

from tests.support.e2e import create_user, enter_password, sign_out
from tests.support.pg import free_port
from tests.support.server import LiveServer


@pytest.fixture
def localhost_server(tmp_path: Path) -> Iterator[LiveServer]:
    port = free_port()
    url = f"http://localhost:{port}"
    server = LiveServer(tmp_path / "data", {"CRM_PUBLIC_URL": url}, port=port)
    server.url = url  # the browser must see the same origin the server names as relying party
    server.migrate()
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def passkey_page(browser: Browser) -> AsyncIterator[Page]:
    context = await browser.new_context(locale="en-US", viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    cdp: CDPSession = await context.new_cdp_session(page)
    await cdp.send("WebAuthn.enable")
    await cdp.send("WebAuthn.addVirtualAuthenticator", {"options": {
        "protocol": "ctap2", "transport": "internal", "hasResidentKey": True,
        "hasUserVerification": True, "isUserVerified": True}})
    yield page
    await context.close()


async def test_passkey_second_factor_then_passwordless(
        passkey_page: Page, localhost_server: LiveServer, output_dir: Path) -> None:
    page, server = passkey_page, localhost_server
    tag = uuid.uuid4().hex[:8]
    username, admin = f"pk-{tag}", f"pkadmin-{tag}"
    create_user(server, username, "sales")
    create_user(server, admin, "admin")

    # Given a signed-in user, on My account → Security
    await enter_password(page, server, username)
    await expect(page.get_by_test_id("user-menu")).to_be_visible()
    await page.goto(f"{server.url}/account/security")

    # When they add a passkey with a name
    await page.get_by_test_id("passkey-add").click()
    await page.get_by_test_id("passkey-name").fill("Laptop key")
    await page.get_by_test_id("passkey-confirm").click()

    # Then it is listed, and the first factor comes with recovery codes
    row = page.get_by_test_id("passkey-row-Laptop key")
    await expect(row).to_be_visible()
    await expect(row).to_contain_text("never used")
    await expect(page.get_by_test_id("recovery-code")).to_have_count(10)
    await page.get_by_test_id("recovery-done").click()
    await page.screenshot(path=output_dir / "passkey-added.png", full_page=True)
    await sign_out(page, server)

    # When they sign in with the password, the passkey is the second step
    await enter_password(page, server, username)
    await expect(page).to_have_url(f"{server.url}/mfa")
    chosen = page.get_by_test_id("mfa-method-WEBAUTHN")
    await expect(chosen).to_have_attribute("aria-pressed", "true")
    await page.screenshot(path=output_dir / "challenge-passkey.png")
    await page.get_by_test_id("mfa-passkey").click()
    await expect(page).to_have_url(f"{server.url}/")
    await expect(page.get_by_test_id("user-menu")).to_contain_text(username.title())
    await page.goto(f"{server.url}/account/security")
    await expect(page.get_by_test_id("passkey-row-Laptop key")).not_to_contain_text("never used")
    await sign_out(page, server)

    # Passwordless sign-in is off by default: the sign-in page says so
    await page.get_by_test_id("login-passkey").click()
    await expect(page.get_by_test_id("login-passkey-off")).to_be_visible()
    await expect(page.get_by_test_id("login-passkey")).to_have_count(0)

    # Given an admin who allows it on the MFA policy page
    await enter_password(page, server, admin)
    await expect(page.get_by_test_id("mfa-banner")).to_be_visible()
    await page.get_by_test_id("nav-admin-mfa-policy").click()
    await expect(page).to_have_url(f"{server.url}/admin/mfa-policy")
    switch = page.get_by_test_id("mfa-policy-passwordless")
    await expect(switch).to_have_attribute("aria-checked", "false")
    await switch.click()
    await page.screenshot(path=output_dir / "mfa-policy.png", full_page=True)
    await page.get_by_test_id("mfa-policy-submit").click()
    await expect(page.get_by_text("MFA policy saved")).to_be_visible()
    await sign_out(page, server)

    # Then the passkey alone signs the user in (a new browser session forgets "turned off")
    await page.evaluate("sessionStorage.clear()")
    await page.reload()
    await page.get_by_test_id("login-passkey").click()
    await expect(page).to_have_url(f"{server.url}/")
    await expect(page.get_by_test_id("user-menu")).to_contain_text(username.title())
    await page.screenshot(path=output_dir / "passwordless-home.png")
