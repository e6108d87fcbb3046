"""Roles, teams and data scopes in a real browser, end to end.

An admin builds a team and a custom role "team-support" (customers.read + customers.pii.reveal
over the TEAM scope), confirms it's them again when saving the role (step-up), puts a sales user in
the team and gives them the role. That user then sees exactly the team's customers, phones masked,
and reveals one phone by giving a reason.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path

from playwright.async_api import Browser, Page, expect

from tests.support.e2e import PASSWORD, create_user, graphql, make_sign_in_stale, pick, sign_in
from tests.support.server import LiveServer

CREATE_CUSTOMER = """
mutation ($input: CustomerInput!) { createCustomer(input: $input) { id name phones piiMasked } }
"""
TEAMS = "{ teams { id name } }"


async def test_team_role_scope_and_reveal_walk(page: Page, browser: Browser,
                                               live_server: LiveServer,
                                               output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    admin, seller = f"chief-{tag}", f"emma-{tag}"
    east, west, role = f"East-{tag}", f"West-{tag}", f"team-support-{tag}"
    create_admin_and_seller = [(admin, "admin"), (seller, "sales")]
    for username, user_role in create_admin_and_seller:
        create_user(live_server, username, user_role)
    await sign_in(page, live_server, admin)

    # Admin → Teams: two teams
    await page.get_by_test_id("nav-admin-teams").click()
    await expect(page).to_have_url(f"{live_server.url}/admin/teams")
    for team in (east, west):
        await page.get_by_test_id("team-create").click()
        await page.get_by_test_id("team-name").fill(team)
        await page.get_by_test_id("team-save").click()
        await expect(page.get_by_test_id(f"team-node-{team}")).to_be_visible()

    # A sub-team, then moved back to the top level (rename / move)
    await page.get_by_test_id(f"team-node-{east}").click()
    await page.get_by_test_id("team-add-child").click()
    await page.get_by_test_id("team-name").fill(f"Shanghai-{tag}")
    await page.get_by_test_id("team-save").click()
    await expect(page.get_by_test_id(f"team-node-Shanghai-{tag}")).to_be_visible()

    # Put the seller in East
    await page.get_by_test_id("team-assign").click()
    await pick(page, "team-assign-user", seller, search=seller)
    await pick(page, "team-assign-team", east)
    await page.get_by_test_id("team-assign-save").click()
    await page.get_by_test_id(f"team-node-{east}").click()
    await expect(page.get_by_test_id("team-members")).to_contain_text(seller)
    await page.screenshot(path=output_dir / "teams.png")

    # Admin → Roles: a custom role, saved after confirming the password again
    await page.get_by_test_id("nav-admin-roles").click()
    await expect(page.get_by_test_id("role-row-sales")).to_be_visible()
    await page.get_by_test_id("role-create").click()
    await page.locator("#name").fill(role)
    await page.get_by_test_id("role-scope-team").click()
    await page.get_by_test_id("perm-customers.read").check()
    await page.get_by_test_id("perm-customers.pii.reveal").check()
    await expect(page.get_by_test_id("perm-group-customers")).to_contain_text(
        "See phone, email, ID number and address unmasked")
    await page.screenshot(path=output_dir / "role-drawer.png")
    make_sign_in_stale(live_server, admin)
    await page.get_by_test_id("role-save").click()
    await page.get_by_test_id("stepup-password").fill(PASSWORD)
    await page.get_by_test_id("stepup-submit").click()
    row = page.get_by_test_id(f"role-row-{role}")
    await expect(row).to_contain_text("Team")
    await expect(page.get_by_test_id(f"role-delete-{role}")).to_be_visible()
    await expect(page.get_by_test_id("role-delete-sales")).to_have_count(0)
    await expect(page.get_by_test_id("role-save")).to_have_count(0)
    await page.screenshot(path=output_dir / "roles.png")

    # Admin → Users: the seller's sales role becomes the custom role
    await page.get_by_test_id("nav-admin-users").click()
    await expect(page).to_have_url(f"{live_server.url}/admin/users")
    await page.get_by_test_id("users-search").fill(seller)
    await expect(page.locator("tr[data-row-key]").filter(has_text=seller)).to_have_count(1)
    await page.get_by_test_id(f"user-actions-{seller}").click()
    await page.get_by_test_id("action-roles").click()
    await page.locator("#roles").click()
    await page.keyboard.press("Backspace")
    await page.keyboard.type(role)
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter(
        has_text=re.compile(f"^{role}$")).click()
    await page.keyboard.press("Escape")
    await page.get_by_test_id("roles-confirm").click()
    await expect(page.locator("tr[data-row-key]").filter(has_text=seller)).to_contain_text(role)

    # Customers: two in East, one in West (seeded through the API), one of the admin's own (SPA)
    teams = {t["name"]: t["id"] for t in (await graphql(page, TEAMS))["teams"]}
    seeded = {}
    for name, phone, team in ((f"Acme East {tag}", "13812345678", east),
                              (f"Bolt East {tag}", "13987654321", east),
                              (f"Crane West {tag}", "13700001111", west)):
        created = (await graphql(page, CREATE_CUSTOMER, {"input": {
            "name": name, "phones": [phone], "teamId": teams[team]}}))["createCustomer"]
        assert created["piiMasked"] is False  # the admin reads PII in clear
        seeded[name] = created["id"]
    await page.get_by_test_id("nav-customers").click()
    await page.get_by_test_id("customer-create").click()
    await page.get_by_test_id("customer-name").fill(f"Delta Own {tag}")
    await page.get_by_test_id("customer-phone").fill("13600002222")
    await page.get_by_test_id("customer-save").click()
    await expect(page.get_by_test_id(f"customer-row-Delta Own {tag}")).to_contain_text(
        "13600002222")

    # The seller, on a phone: exactly East's customers, phones masked
    context = await browser.new_context(locale="en-US", viewport={"width": 390, "height": 844})
    try:
        phone = await context.new_page()
        await sign_in(phone, live_server, seller)
        await phone.get_by_test_id("menu-toggle").click()
        await expect(phone.get_by_test_id("nav-admin-roles")).to_have_count(0)
        await phone.get_by_test_id("nav-customers").click()
        table = phone.get_by_test_id("customers-table")
        await phone.get_by_test_id("customer-search").fill(tag)
        await expect(table.locator("tr[data-row-key]")).to_have_count(2)
        await expect(phone.get_by_test_id(f"customer-row-Acme East {tag}")).to_be_visible()
        await expect(phone.get_by_test_id(f"customer-row-Bolt East {tag}")).to_be_visible()
        await expect(phone.get_by_test_id(f"customer-row-Crane West {tag}")).to_have_count(0)
        await expect(phone.get_by_test_id(f"customer-row-Delta Own {tag}")).to_have_count(0)
        acme = seeded[f"Acme East {tag}"]
        await expect(phone.get_by_test_id(f"phone-{acme}")).to_have_text("138****5678")
        await expect(phone.get_by_test_id("customer-create")).to_have_count(0)
        width = await phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, width
        await phone.screenshot(path=output_dir / "customers-masked-phone.png", full_page=True)

        # When they reveal Acme's phone, a reason is required
        await phone.get_by_test_id(f"reveal-phone-{acme}").click()
        await phone.get_by_test_id("reveal-reason").fill("no")
        await phone.get_by_test_id("reveal-submit").click()
        await expect(phone.get_by_text("Give a reason of at least 3 characters")).to_be_visible()
        await phone.get_by_test_id("reveal-reason").fill("Customer called about an invoice")
        await phone.screenshot(path=output_dir / "reveal-reason.png")
        await phone.get_by_test_id("reveal-submit").click()

        # Then the clear phone shows in place; the other rows stay masked
        await expect(phone.get_by_test_id(f"revealed-phone-{acme}")).to_have_text("13812345678")
        bolt = seeded[f"Bolt East {tag}"]
        await expect(phone.get_by_test_id(f"phone-{bolt}")).to_have_text("139****4321")
        await phone.screenshot(path=output_dir / "customers-revealed.png", full_page=True)
    finally:
        await context.close()

    # And the audit log has the reveal with its reason
    with sqlite3.connect(live_server.data_dir / "crm.sqlite3") as db:
        reasons = db.execute("SELECT reason FROM audit_event WHERE action = 'customer.pii_revealed'"
                             " AND target_id = ?", (acme,)).fetchall()
    assert reasons == [("Customer called about an invoice",)]


async def test_roles_and_teams_on_a_phone_in_chinese(browser: Browser, live_server: LiveServer,
                                                     output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    admin, role, parent, child = f"boss-{tag}", f"temp-{tag}", f"North-{tag}", f"Harbin-{tag}"
    create_user(live_server, admin, "admin")
    context = await browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
    try:
        page = await context.new_page()
        await sign_in(page, live_server, admin)

        # Roles: create a custom role and delete it again
        await page.get_by_test_id("menu-toggle").click()
        await page.get_by_test_id("nav-admin-roles").click()
        await expect(page.get_by_test_id("page-title")).to_have_text("角色")
        await page.get_by_test_id("role-create").click()
        await page.locator("#name").fill(role)
        await page.get_by_test_id("role-scope-subtree").click()
        await page.get_by_test_id("perm-deals.read").check()
        await expect(page.get_by_test_id("perm-group-deals")).to_contain_text(
            "查看数据范围内的商机")
        await page.screenshot(path=output_dir / "role-drawer-zh.png")
        await page.get_by_test_id("role-save").click()
        await expect(page.get_by_test_id(f"role-row-{role}")).to_contain_text("本团队及下级团队")
        assert await page.evaluate("document.documentElement.scrollWidth") <= 390
        await page.screenshot(path=output_dir / "roles-zh.png", full_page=True)
        await page.get_by_test_id(f"role-delete-{role}").click()
        await page.get_by_test_id("confirm-ok").click()
        await expect(page.get_by_test_id(f"role-row-{role}")).to_have_count(0)

        # Teams: a team is not offered a place under its own sub-team
        await page.get_by_test_id("menu-toggle").click()
        await page.get_by_test_id("nav-admin-teams").click()
        await page.get_by_test_id("team-create").click()
        await page.get_by_test_id("team-name").fill(parent)
        await page.get_by_test_id("team-save").click()
        await page.get_by_test_id(f"team-node-{parent}").click()
        await page.get_by_test_id("team-add-child").click()
        await page.get_by_test_id("team-name").fill(child)
        await page.get_by_test_id("team-save").click()
        await expect(page.get_by_test_id(f"team-node-{child}")).to_be_visible()
        await page.get_by_test_id(f"team-node-{parent}").click()
        await page.get_by_test_id("team-edit").click()
        await page.get_by_test_id("team-parent").click()
        options = page.locator(".ant-select-dropdown:visible .ant-select-item-option")
        await expect(options.filter(has_text=f"Harbin-{tag}")).to_have_count(0)
        await expect(options.filter(has_text=f"North-{tag}")).to_have_count(0)
        await page.keyboard.press("Escape")
        await page.get_by_test_id("team-name").fill(f"North-East-{tag}")
        await page.get_by_test_id("team-save").click()
        await expect(page.get_by_test_id(f"team-node-North-East-{tag}")).to_be_visible()
        assert await page.evaluate("document.documentElement.scrollWidth") <= 390
        await page.screenshot(path=output_dir / "teams-zh.png", full_page=True)
    finally:
        await context.close()
