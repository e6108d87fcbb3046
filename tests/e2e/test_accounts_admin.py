"""Signed-in account pages in a real browser: my security page, the password policy, the outbox and
the per-user actions on Admin → Users."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.e2e import PASSWORD, create_user, sign_in, sign_out
from tests.support.server import LiveServer

NEW_PASSWORD = "Tundra-Pelican-47&"


async def test_security_page_changes_password_and_lists_sessions(
        page: Page, live_server: LiveServer, output_dir: Path) -> None:
    username = f"secure-{uuid.uuid4().hex[:8]}"
    create_user(live_server, username, "sales")
    await sign_in(page, live_server, username)

    await page.get_by_test_id("user-menu").click()
    await page.get_by_test_id("menu-security").click()
    await expect(page).to_have_url(f"{live_server.url}/account/security")
    table = page.get_by_test_id("sessions-table")
    await expect(table.get_by_test_id("this-device")).to_be_visible()

    # A wrong current password is reported under its field
    await page.locator("#currentPassword").fill("Not-The-Password-1!")
    await page.locator("#newPassword").fill(NEW_PASSWORD)
    await page.locator("#confirm").fill(NEW_PASSWORD)
    await page.get_by_test_id("password-submit").click()
    await expect(page.get_by_text("The current password is wrong")).to_be_visible()

    await page.locator("#currentPassword").fill(PASSWORD)
    await page.get_by_test_id("password-submit").click()
    await expect(page.get_by_test_id("password-changed")).to_be_visible()
    # The rotated cookie keeps this browser signed in
    await page.get_by_test_id("revoke-others").click()
    await page.get_by_role("button", name="Yes").click()
    await expect(table.get_by_test_id("this-device")).to_be_visible()
    await page.screenshot(path=output_dir / "security.png", full_page=True)

    # Sign-out reloads the page at /login; wait for it, or the next navigation races it.
    await sign_out(page, live_server)
    await sign_in(page, live_server, username, NEW_PASSWORD)


async def test_admin_pages_and_user_actions(page: Page, live_server: LiveServer,
                                            output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    admin, target = f"boss-{tag}", f"staff-{tag}"
    create_user(live_server, admin, "admin")
    create_user(live_server, target, "sales")
    await sign_in(page, live_server, admin)

    # Password policy: presets fill the form; a hand edit makes it custom
    await page.get_by_test_id("nav-admin-policy").click()
    await page.get_by_test_id("preset-nist").click()
    await expect(page.locator("#minLength")).to_have_value("12")
    await expect(page.get_by_test_id("policy-preset")).to_have_text("NIST 800-63B")
    await page.locator("#history").fill("3")
    await expect(page.get_by_test_id("policy-preset")).to_have_text("Custom")
    await page.screenshot(path=output_dir / "policy.png", full_page=True)
    # Saved as MLPS (the default), so other tests on this server see the same rules
    await page.get_by_test_id("preset-mlps").click()
    await expect(page.locator("#minLength")).to_have_value("8")
    await page.get_by_test_id("policy-submit").click()
    await expect(page.get_by_text("Password policy saved")).to_be_visible()

    # Users: act on a row through its action menu
    await page.get_by_test_id("nav-admin-users").click()
    await page.get_by_test_id("users-search").fill(target)
    row = page.locator("tr[data-row-key]").filter(has_text=target)
    await expect(row).to_have_count(1)

    async def act(action: str) -> None:
        await page.get_by_test_id(f"user-actions-{target}").click()
        await page.get_by_test_id(f"action-{action}").click()

    await act("disable")
    await page.get_by_test_id("confirm-ok").click()
    await expect(row.get_by_test_id("status-disabled")).to_be_visible()
    await act("enable")
    await expect(row.get_by_test_id("status-active")).to_be_visible()
    await act("require-change")
    await expect(row.get_by_test_id("status-must-change")).to_be_visible()
    await act("signout")
    await page.get_by_test_id("confirm-ok").click()
    await expect(page.get_by_text("User signed out everywhere")).to_be_visible()
    await act("edit")
    await page.locator("#displayName").fill("Renamed Staff")
    await page.get_by_test_id("edit-confirm").click()
    await expect(row).to_contain_text("Renamed Staff")
    await page.screenshot(path=output_dir / "users-actions.png")

    # Outbox: a mail opens in a drawer as plain text
    await page.get_by_test_id("nav-admin-outbox").click()
    await page.locator("[data-testid=outbox-table] tr[data-row-key]").first.click()
    await expect(page.get_by_test_id("outbox-body")).to_be_visible()
    await page.screenshot(path=output_dir / "outbox.png")


async def test_users_page_on_a_phone(page: Page, live_server: LiveServer,
                                     output_dir: Path) -> None:
    admin = f"mobile-{uuid.uuid4().hex[:8]}"
    create_user(live_server, admin, "admin")
    await page.set_viewport_size({"width": 390, "height": 844})
    await sign_in(page, live_server, admin)
    await page.get_by_test_id("menu-toggle").click()
    await page.get_by_test_id("nav-admin-users").click()
    await expect(page.get_by_test_id("invite-user")).to_be_visible()
    # Nothing spills sideways out of the phone's width
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    rows = page.locator("tr[data-row-key]").filter(has_text=re.compile(admin))
    await expect(rows).to_have_count(1)
    await page.screenshot(path=output_dir / "users-phone.png", full_page=True)
