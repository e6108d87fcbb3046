"""Forgotten password in a real browser: request a mail, follow its link, choose a new password,
sign in with it."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import time
import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.server import CRM, LiveServer

PASSWORD = "Kumquat-Vortex-93!"
NEW_PASSWORD = "Mosaic-Harbor-71$"


def create_user(server: LiveServer, username: str, email: str, role: str) -> None:
    subprocess.run([CRM, "user", "create", "--username", username, "--email", email, "--role", role,
                    "--display-name", username.title(), "--password-stdin"],
                   input=PASSWORD + "\n", env=server.env, text=True, check=True,
                   capture_output=True)


def mail_link(server: LiveServer, to: str, path: str) -> str:
    """The link to `path` in the newest mail to `to` (no SMTP here: mail stays in the outbox)."""
    deadline = time.time() + 10
    while time.time() < deadline:
        with sqlite3.connect(server.data_dir / "crm.sqlite3") as db:
            rows = db.execute("SELECT text_body FROM outbox_mail WHERE to_addr = ? "
                              "ORDER BY id DESC", (to,)).fetchall()
        for (body,) in rows:
            found = re.search(rf"(http\S+{re.escape(path)}#\S+)", body)
            if found:
                return found.group(1)
        time.sleep(0.2)
    raise AssertionError(f"no mail to {to} with a {path} link")


async def test_reset_password_by_mailed_link(page: Page, live_server: LiveServer,
                                             output_dir: Path) -> None:
    # Given a user who forgot their password
    username = f"reset-{uuid.uuid4().hex[:8]}"
    email = f"{username}@example.com"
    create_user(live_server, username, email, "sales")

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
    create_user(live_server, username, email, "sales")
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
