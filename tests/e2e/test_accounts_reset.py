"""Forgotten password in a real browser: request a mail, follow its link, choose a new password,
sign in with it."""

from __future__ import annotations

import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.e2e import PASSWORD, create_user, mail_link
from tests.support.server import LiveServer

NEW_PASSWORD = "Mosaic-Harbor-71$"


async def test_reset_password_by_mailed_link(page: Page, live_server: LiveServer,
                                             output_dir: Path) -> None:
    # Given a user who forgot their password
    username = f"reset-{uuid.uuid4().hex[:8]}"
    email = f"{username}@example.com"
    create_user(live_server, username, "sales", email)

    # When they ask for a reset from the sign-in page
    await page.goto(f"{live_server.url}/login")
    await page.get_by_test_id("forgot-link").click()
    await expect(page).to_have_url(f"{live_server.url}/forgot-password")
    await page.locator("#login").fill(username)
    await page.get_by_test_id("forgot-submit").click()
    await expect(page.get_by_test_id("forgot-done")).to_be_visible()

    # And follow the mailed link
    await page.goto(mail_link(live_server, email, "/reset-password"))
    await page.locator("#newPassword").fill("abc")
    await expect(page.get_by_test_id("password-problem-TOO_SHORT")).to_be_visible()
    await page.screenshot(path=output_dir / "reset-weak.png")
    await page.locator("#newPassword").fill(NEW_PASSWORD)
    await expect(page.get_by_test_id("password-ok")).to_be_visible()
    await page.locator("#confirm").fill(NEW_PASSWORD)
    await page.get_by_test_id("reset-submit").click()
    await expect(page.get_by_test_id("reset-done")).to_be_visible()
    await page.screenshot(path=output_dir / "reset-done.png")

    # Then the old password no longer works and the new one does
    await page.get_by_test_id("reset-login-link").click()
    await page.locator("#username").fill(username)
    await page.locator("#password").fill(PASSWORD)
    await page.get_by_test_id("login-submit").click()
    await expect(page.get_by_test_id("login-error")).to_have_text(
        "Wrong username or password, or the account cannot sign in right now.")
    await page.locator("#password").fill(NEW_PASSWORD)
    await page.get_by_test_id("login-submit").click()
    await expect(page.get_by_test_id("page-title")).to_have_text(f"Welcome, {username.title()}")


async def test_reset_link_works_only_once(page: Page, live_server: LiveServer) -> None:
    username = f"reuse-{uuid.uuid4().hex[:8]}"
    email = f"{username}@example.com"
    create_user(live_server, username, "sales", email)
    await page.goto(f"{live_server.url}/forgot-password")
    await page.locator("#login").fill(email)
    await page.get_by_test_id("forgot-submit").click()
    await expect(page.get_by_test_id("forgot-done")).to_be_visible()
    link = mail_link(live_server, email, "/reset-password")

    for attempt in range(2):
        await page.goto("about:blank")  # the same URL again would only be a fragment change
        await page.goto(link)
        await page.locator("#newPassword").fill(NEW_PASSWORD)
        await page.locator("#confirm").fill(NEW_PASSWORD)
        await page.get_by_test_id("reset-submit").click()
        if attempt == 0:
            await expect(page.get_by_test_id("reset-done")).to_be_visible()
    await expect(page.get_by_test_id("form-error")).to_contain_text("invalid or has expired")
