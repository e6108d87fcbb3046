"""Invitation in a real browser: an admin invites a user from Admin → Users, the user opens the
mailed link (in Chinese), chooses a password and signs in."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from playwright.async_api import Browser, Page, expect

from tests.support.e2e import PASSWORD, create_user, mail_link
from tests.support.server import LiveServer

INVITEE_PASSWORD = "Gondola-Saffron-64%"


async def test_admin_invites_a_user_who_signs_in(page: Page, browser: Browser,
                                                 live_server: LiveServer,
                                                 output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    admin, invitee = f"inviter-{tag}", f"newbie-{tag}"
    email = f"{invitee}@example.com"
    create_user(live_server, admin, "admin")

    # Given a signed-in admin on Admin → Users
    await page.goto(f"{live_server.url}/login")
    await page.locator("#username").fill(admin)
    await page.locator("#password").fill(PASSWORD)
    await page.get_by_test_id("login-submit").click()
    await page.get_by_test_id("nav-admin-users").click()
    await expect(page).to_have_url(f"{live_server.url}/admin/users")

    # When they invite a sales user
    await page.get_by_test_id("invite-user").click()
    await page.locator("#username").fill(invitee)
    await page.locator("#email").fill(email)
    await page.locator("#displayName").fill("New Bie")
    await page.locator("#roles").click()
    await page.locator(".ant-select-item-option").filter(has_text=re.compile(r"^sales$")).click()
    await page.keyboard.press("Escape")
    await page.screenshot(path=output_dir / "invite-modal.png")
    await page.get_by_test_id("invite-confirm").click()

    # Then the new account shows as invited
    await page.get_by_test_id("users-search").fill(invitee)
    row = page.locator("tr[data-row-key]").filter(has_text=invitee)
    await expect(row).to_have_count(1)
    await expect(row.get_by_test_id("status-invited")).to_be_visible()
    await page.screenshot(path=output_dir / "users.png")

    # When the invitee opens the mailed link in a Chinese browser and chooses a password
    context = await browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
    try:
        phone = await context.new_page()
        await phone.goto(mail_link(live_server, email, "/accept-invite"))
        await expect(phone.get_by_test_id("page-title")).to_have_text("欢迎使用 Bastion CRM")
        await phone.locator("#newPassword").fill("newbie")
        await expect(phone.get_by_test_id("password-problem-TOO_SHORT")).to_have_text(
            re.compile("长度不满足"))
        await phone.locator("#newPassword").fill(INVITEE_PASSWORD)
        await phone.locator("#confirm").fill(INVITEE_PASSWORD)
        await phone.get_by_test_id("invite-submit").click()
        await expect(phone.get_by_test_id("login-info")).to_have_text(
            "密码已设置，现在可以登录了。")
        await phone.screenshot(path=output_dir / "invite-accepted-zh.png")

        # Then they sign in, and see no admin menu
        await phone.locator("#username").fill(invitee)
        await phone.locator("#password").fill(INVITEE_PASSWORD)
        await phone.get_by_test_id("login-submit").click()
        await expect(phone.get_by_test_id("page-title")).to_have_text("欢迎，New Bie")
        await phone.get_by_test_id("menu-toggle").click()
        await expect(phone.get_by_test_id("nav-home")).to_be_visible()
        await expect(phone.get_by_test_id("nav-admin-users")).to_have_count(0)
        await phone.screenshot(path=output_dir / "invitee-home-zh.png")
    finally:
        await context.close()

    # And the admin sees them active now
    await page.reload()
    await page.get_by_test_id("users-search").fill(invitee)
    await expect(row.get_by_test_id("status-active")).to_be_visible()
    await expect(row.get_by_test_id("status-invited")).to_have_count(0)
