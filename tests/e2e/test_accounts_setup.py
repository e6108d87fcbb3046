"""First run in a real browser: the console's setup link creates the admin, who signs in, and an
expired password forces the change page before anything else."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.async_api import Page, expect

from tests.support.e2e import enter_password, sign_out
from tests.support.server import LiveServer

FIRST = "Kumquat-Vortex-93!"
SECOND = "Lantern-Quokka-58#"


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A server of its own: no admin yet, so it prints a setup link."""
    server = LiveServer(tmp_path / "data")
    server.migrate()
    server.start()
    yield server
    server.stop()


def setup_link(server: LiveServer) -> str:
    deadline = time.time() + 10
    while time.time() < deadline:
        found = re.search(r"(http\S+/setup#\S+)", server.log.read_text())
        if found:
            return found.group(1)
        time.sleep(0.2)
    raise AssertionError(f"no setup link in the server log: {server.log.read_text()[-2000:]}")


async def test_setup_then_forced_password_change(page: Page, fresh_server: LiveServer,
                                                 output_dir: Path) -> None:
    server = fresh_server
    # Given the link the server printed on its console
    await page.goto(setup_link(server))
    await expect(page.get_by_test_id("page-title")).to_have_text("Set up Bastion CRM")

    # When the first admin is created with a strong password
    await page.locator("#username").fill("root-admin")
    await page.locator("#email").fill("root-admin@example.com")
    await page.locator("#displayName").fill("Root Admin")
    await page.locator("#password").fill("short")
    await expect(page.get_by_test_id("password-problem-TOO_SHORT")).to_be_visible()
    await page.locator("#password").fill(FIRST)
    await expect(page.get_by_test_id("password-ok")).to_be_visible()
    await page.locator("#confirm").fill(FIRST)
    await page.screenshot(path=output_dir / "setup.png")
    await page.get_by_test_id("setup-submit").click()

    # Then the sign-in page says so, and the admin can sign in
    await expect(page.get_by_test_id("login-info")).to_be_visible()
    await expect(page).to_have_url(f"{server.url}/login")
    await enter_password(page, server, "root-admin", FIRST)
    await expect(page.get_by_test_id("page-title")).to_have_text("Welcome, Root Admin")
    await expect(page.get_by_test_id("nav-admin-users")).to_be_visible()
    await sign_out(page, server)

    # Given a password older than the policy's 90 days
    with sqlite3.connect(server.data_dir / "crm.sqlite3") as db:
        db.execute("UPDATE user SET password_changed_at = '2020-01-01 00:00:00+00:00' "
                   "WHERE username = 'root-admin'")

    # When the admin signs in, the forced change page comes first
    await enter_password(page, server, "root-admin", FIRST)
    await expect(page).to_have_url(f"{server.url}/change-password")
    # ... and nothing else works with the partial session
    await page.goto(f"{server.url}/")
    await expect(page).to_have_url(f"{server.url}/login")
    await enter_password(page, server, "root-admin", FIRST)
    await expect(page).to_have_url(f"{server.url}/change-password")

    # The old password again is refused under its field
    await page.locator("#currentPassword").fill(FIRST)
    await page.locator("#newPassword").fill(FIRST)
    await page.locator("#confirm").fill(FIRST)
    await page.get_by_test_id("change-submit").click()
    await expect(page.get_by_text("You used this password recently")).to_be_visible()
    await page.screenshot(path=output_dir / "change-reused.png")

    await page.locator("#newPassword").fill(SECOND)
    await page.locator("#confirm").fill(SECOND)
    await page.get_by_test_id("change-submit").click()

    # Then the admin lands on home with a full session
    await expect(page).to_have_url(f"{server.url}/")
    await expect(page.get_by_test_id("page-title")).to_have_text("Welcome, Root Admin")
    await page.screenshot(path=output_dir / "home-after-change.png")
    await sign_out(page, server)
