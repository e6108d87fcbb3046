"""Customers in a real browser, end to end.

A sales manager creates a customer with a contact in the SPA, seeds a second one, tags both and
hands both to a colleague from the list (bulk transfer with a note); the colleague signs in and
finds both in their list. A support user sees the same customer's phones masked. On a phone-sized
screen the list switches to Chinese and a customer's detail page shows its contacts. An admin
defines a custom field and a stage, then a duplicate is flagged, merged, deleted, restored, erased,
and a customer released to the pool is claimed by a seller.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from playwright.async_api import Browser, Page, expect

from tests.support.e2e import (
    PASSWORD,
    create_user,
    graphql,
    make_sign_in_stale,
    pick,
    sign_in,
    sign_out,
)
from tests.support.server import LiveServer

CREATE_ROLE = "mutation ($input: RoleInput!) { createRole(input: $input) { name } }"
CREATE_CUSTOMER = "mutation ($input: CustomerInput!) { createCustomer(input: $input) { id } }"
CREATE_CONTACT = "mutation ($input: ContactInput!) { createContact(input: $input) { id } }"
CREATE_TEAM = "mutation ($input: TeamInput!) { createTeam(input: $input) { id } }"
SET_TEAM = "mutation ($user: ID!, $team: ID) { setUserTeam(userId: $user, teamId: $team) }"
USERS = "query ($search: String!) { users(search: $search) { items { id } } }"


def create_user_with_roles(server: LiveServer, username: str, *roles: str) -> None:
    args = [arg for role in roles for arg in ("--role", role)]
    server.crm("user", "create", "--username", username, "--email", f"{username}@example.com",
               "--display-name", username.title(), *args, "--password-stdin",
               input=PASSWORD + "\n")


async def sales_team(page: Page, server: LiveServer, tag: str, seller: str) -> str:
    """A sales manager and a seller in one team. The manager may also look people up: the API
    lists users only to users.manage holders (there is no user directory for customers.assign
    yet), and the transfer picker needs one."""
    admin, boss = f"root-{tag}", f"mona-{tag}"
    create_user(server, admin, "admin")
    await sign_in(page, server, admin)
    await graphql(page, CREATE_ROLE, {"input": {
        "name": f"directory-{tag}", "description": "Look up colleagues",
        "permissions": ["USERS_MANAGE"], "dataScope": "OWN"}})
    create_user_with_roles(server, boss, "manager", f"directory-{tag}")
    team = (await graphql(page, CREATE_TEAM, {"input": {"name": f"Sales-{tag}"}}))["createTeam"]
    for username in (boss, seller):
        found = (await graphql(page, USERS, {"search": username}))["users"]["items"]
        await graphql(page, SET_TEAM, {"user": found[0]["id"], "team": team["id"]})
    await sign_out(page, server)
    return boss


async def test_manager_transfers_two_customers_to_a_colleague(page: Page, browser: Browser,
                                                               live_server: LiveServer,
                                                               output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    mate, helper = f"sam-{tag}", f"sue-{tag}"
    create_user(live_server, mate, "sales")
    create_user(live_server, helper, "support")
    boss = await sales_team(page, live_server, tag, mate)
    await sign_in(page, live_server, boss)

    # The manager creates a customer in the drawer: two phones, a tag
    await page.get_by_test_id("nav-customers").click()
    await expect(page).to_have_url(f"{live_server.url}/customers")
    await page.get_by_test_id("customer-create").click()
    await page.get_by_test_id("customer-name").fill(f"Acme {tag}")
    await page.get_by_test_id("customer-phone").fill("13812345678")
    await page.get_by_test_id("customer-phone-add").click()
    await page.get_by_test_id("customer-phone-1").fill("021 5555 0101")
    await page.get_by_test_id("customer-tags").click()
    await page.keyboard.type(f"fair-{tag}")
    await page.keyboard.press("Enter")
    await page.keyboard.press("Escape")
    await page.screenshot(path=output_dir / "customer-drawer.png")
    await page.get_by_test_id("customer-save").click()
    row = page.get_by_test_id(f"customer-row-Acme {tag}")
    await expect(row).to_contain_text("13812345678")
    await expect(row).to_contain_text(f"fair-{tag}")

    # Opens it and adds a contact, who becomes the primary one
    await row.get_by_role("link", name=f"Acme {tag}").click()
    await expect(page.get_by_test_id("page-title")).to_have_text(f"Acme {tag}")
    acme = page.url.rsplit("/", 1)[1]
    await expect(page.get_by_test_id("detail-phone-1")).to_have_text("021 5555 0101")
    await page.get_by_test_id("contact-add").click()
    await page.get_by_test_id("contact-name").fill("Li Lei")
    await page.get_by_test_id("contact-title").fill("Buyer")
    await page.get_by_test_id("contact-phone").fill("13900001111")
    await page.get_by_test_id("contact-save").click()
    contacts = page.get_by_test_id("customer-contacts")
    await expect(contacts).to_contain_text("Li Lei")
    await expect(contacts).to_contain_text("13900001111")
    await expect(contacts.locator("[data-testid^=contact-primary-]")).to_have_count(1)
    await page.screenshot(path=output_dir / "customer-detail.png", full_page=True)

    # A second customer (seeded), then both picked from the list and transferred
    await graphql(page, CREATE_CUSTOMER, {"input": {"name": f"Bolt {tag}",
                                                    "phones": ["13987654321"]}})
    await page.get_by_test_id("customer-back").click()
    await page.get_by_test_id("customer-search").fill(tag)
    table = page.get_by_test_id("customers-table")
    await expect(table.locator("tr[data-row-key]")).to_have_count(2)
    await expect(page.get_by_test_id("customers-count")).to_contain_text("2")
    keys = await table.locator("tr[data-row-key]").evaluate_all(
        "rows => rows.map((r) => r.dataset.rowKey)")
    for key in keys:
        await page.get_by_test_id(f"select-{key}").check()
    await expect(page.get_by_test_id("bulk-count")).to_contain_text("2 selected")
    await page.get_by_test_id("bulk-tags").click()
    await page.get_by_test_id("tags-add").click()
    await page.keyboard.type(f"q3-{tag}")
    await page.keyboard.press("Enter")
    await page.keyboard.press("Escape")
    await page.get_by_test_id("tags-submit").click()
    await expect(page.get_by_text("Tags changed on 2 customers")).to_be_visible()
    await expect(page.get_by_test_id(f"customer-row-Bolt {tag}")).to_contain_text(f"q3-{tag}")
    await expect(page.get_by_test_id(f"customer-row-Acme {tag}")).to_contain_text(f"q3-{tag}")
    for key in keys:
        await page.get_by_test_id(f"select-{key}").check()
    await page.get_by_test_id("bulk-transfer").click()
    await pick(page, "transfer-owner", mate, search=mate)
    await page.get_by_test_id("transfer-note").fill("Both are in your region now")
    await page.screenshot(path=output_dir / "transfer-drawer.png")
    await page.get_by_test_id("transfer-save").click()
    await expect(page.get_by_text(f"2 customers transferred to {mate.title()}")).to_be_visible()
    await expect(page.get_by_test_id(f"owner-{acme}")).to_have_text(mate.title())
    await sign_out(page, live_server)

    # A support user sees the customer with its phones masked, and may reveal
    await sign_in(page, live_server, helper)
    await page.goto(f"{live_server.url}/customers/{acme}")
    await expect(page.get_by_test_id("detail-phone-0")).to_have_text("138****5678")
    await expect(page.get_by_test_id("reveal-detail-phone-0")).to_be_visible()
    await expect(page.get_by_test_id("customer-contacts")).not_to_contain_text("13900001111")
    await expect(page.get_by_test_id("customer-edit")).to_have_count(0)
    await page.screenshot(path=output_dir / "customer-masked.png", full_page=True)
    await sign_out(page, live_server)

    # The colleague signs in and finds both customers in their list
    await sign_in(page, live_server, mate)
    await page.get_by_test_id("nav-customers").click()
    await page.get_by_test_id("customer-search").fill(tag)
    await expect(page.get_by_test_id(f"customer-row-Acme {tag}")).to_be_visible()
    await expect(page.get_by_test_id(f"customer-row-Bolt {tag}")).to_be_visible()
    rows = page.get_by_test_id("customers-table").locator("tr[data-row-key]")
    await expect(rows).to_have_count(2)
    await page.screenshot(path=output_dir / "colleague-list.png")


async def test_list_in_chinese_and_detail_on_a_phone(browser: Browser, live_server: LiveServer,
                                                     output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    seller = f"lily-{tag}"
    create_user(live_server, seller, "sales")
    context = await browser.new_context(locale="en-US", viewport={"width": 390, "height": 844})
    try:
        phone = await context.new_page()
        await sign_in(phone, live_server, seller)
        created = await graphql(phone, CREATE_CUSTOMER, {"input": {
            "name": f"Crane {tag}", "phones": ["13700001111"], "tags": ["vip"]}})
        customer = created["createCustomer"]["id"]
        await graphql(phone, CREATE_CONTACT, {"input": {
            "customerId": customer, "name": "Wang Fang", "title": "CFO",
            "email": "wang@example.com"}})

        # Switching to Chinese: the list's title and headers follow
        await phone.get_by_test_id("lang-switch").click()
        await phone.get_by_test_id("menu-toggle").click()
        await phone.get_by_test_id("nav-customers").click()
        await expect(phone.get_by_test_id("page-title")).to_have_text("客户")
        headers = phone.get_by_test_id("customers-table").locator("th")
        await expect(headers.filter(has_text=re.compile("^名称$"))).to_have_count(1)
        await expect(headers.filter(has_text=re.compile("^阶段$"))).to_have_count(1)
        await phone.get_by_test_id("customer-search").fill(tag)
        row = phone.get_by_test_id(f"customer-row-Crane {tag}")
        await expect(row).to_contain_text("13700001111")
        width = await phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, width
        await phone.screenshot(path=output_dir / "list-zh-phone.png", full_page=True)

        # Opening the customer on the phone: profile and contacts, nothing wider than the screen
        await row.get_by_role("link", name=f"Crane {tag}").click()
        await expect(phone.get_by_test_id("page-title")).to_have_text(f"Crane {tag}")
        contacts = phone.get_by_test_id("customer-contacts")
        await expect(contacts).to_contain_text("Wang Fang")
        await expect(contacts).to_contain_text("wang@example.com")
        await expect(phone.get_by_test_id("customer-edit")).to_be_visible()
        width = await phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, width
        await phone.screenshot(path=output_dir / "detail-zh-phone.png", full_page=True)
    finally:
        await context.close()


async def test_fields_duplicates_merge_recycle_bin_and_pool(page: Page, live_server: LiveServer,
                                                            output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    admin, seller = f"ada-{tag}", f"ben-{tag}"
    create_user(live_server, admin, "admin")
    create_user(live_server, seller, "sales")
    await sign_in(page, live_server, admin)

    # Admin → Custom fields: a choice field, then a new lifecycle stage
    await page.get_by_test_id("nav-admin-custom-fields").click()
    await page.get_by_test_id("field-create").click()
    await page.get_by_test_id("field-key").fill(f"tier_{tag}")
    await page.get_by_test_id("field-label-en").fill(f"Tier {tag}")
    await page.get_by_test_id("field-label-zh").fill(f"级别{tag}")
    await pick(page, "field-type", "Choice")
    await page.get_by_test_id("field-options").click()
    for option in ("gold", "silver"):
        await page.keyboard.type(option)
        await page.keyboard.press("Enter")
    await page.get_by_test_id("field-save").click()
    await expect(page.get_by_test_id(f"field-row-tier_{tag}")).to_contain_text("Choice")
    await page.get_by_test_id("tab-stages").click()
    await page.get_by_test_id("stage-add").click()
    await page.locator("[data-testid^=stage-key-]").last.fill(f"won_{tag}")
    await page.locator("[data-testid^=stage-label-en-]").last.fill(f"Won {tag}")
    await page.locator("[data-testid^=stage-label-zh-]").last.fill("赢单")
    await page.get_by_test_id("stages-save").click()
    await expect(page.get_by_text("Stages saved")).to_be_visible()
    await page.screenshot(path=output_dir / "stages.png", full_page=True)

    # A customer with the new stage and field
    await page.get_by_test_id("nav-customers").click()
    await page.get_by_test_id("customer-create").click()
    await page.get_by_test_id("customer-name").fill(f"Delta {tag}")
    await page.get_by_test_id("customer-phone").fill("13500001234")
    await pick(page, "customer-stage", f"Won {tag}")
    await pick(page, f"customer-cf-tier_{tag}", "gold")
    await page.get_by_test_id("customer-save").click()
    await expect(page.get_by_test_id(f"customer-row-Delta {tag}")).to_contain_text(f"Won {tag}")

    # A similar one is flagged before saving; saving anyway is a second, deliberate click
    await page.get_by_test_id("customer-create").click()
    await page.get_by_test_id("customer-name").fill(f"DELTA {tag} Ltd.")
    await page.get_by_test_id("customer-phone").fill("13500009999")
    await page.get_by_test_id("customer-save").click()
    warning = page.get_by_test_id("duplicate-warning")
    await expect(warning).to_contain_text(f"Delta {tag}")
    await expect(warning).to_contain_text("Same name")
    await page.screenshot(path=output_dir / "duplicate-warning.png")
    await page.get_by_test_id("duplicate-save-anyway").click()
    await expect(page.get_by_test_id(f"customer-row-DELTA {tag} Ltd.")).to_be_visible()

    # Filtering on the custom field, saved as a named filter, and a column chosen
    rows = page.get_by_test_id("customers-table").locator("tr[data-row-key]")
    await page.get_by_test_id("customer-search").fill(tag)
    await expect(rows).to_have_count(2)
    await page.get_by_test_id("filters-toggle").click()
    await pick(page, f"filter-cf-tier_{tag}", "gold", multiple=True)
    await page.keyboard.press("Escape")
    await page.get_by_test_id("filters-apply").click()
    await expect(rows).to_have_count(1)
    await expect(page.get_by_test_id("customers-count")).to_have_text("1 of 1")
    await page.get_by_test_id("views-toggle").click()
    await page.get_by_test_id("view-save").click()
    await page.get_by_test_id("view-name").fill("Gold")
    await page.get_by_test_id("view-name-save").click()
    await page.get_by_test_id("filters-toggle").click()
    await page.get_by_test_id("filters-reset").click()
    await expect(rows).to_have_count(2)
    await page.get_by_test_id("views-toggle").click()
    await page.get_by_test_id("view-Gold").click()
    await expect(rows).to_have_count(1)
    await page.get_by_test_id("columns-toggle").click()
    await page.get_by_test_id(f"column-cf:tier_{tag}").click()
    await expect(rows.first).to_contain_text("gold")
    await page.keyboard.press("Escape")
    await page.screenshot(path=output_dir / "filtered-list.png")

    # Merge the copy into the first: the preview says what moves
    await page.get_by_test_id(f"customer-row-Delta {tag}").get_by_role(
        "link", name=f"Delta {tag}").click()
    await expect(page.get_by_test_id(f"cf-tier_{tag}")).to_have_text("gold")
    delta = page.url.rsplit("/", 1)[1]
    await page.get_by_test_id("customer-merge").click()
    await pick(page, "merge-source", f"DELTA {tag} Ltd.", search=f"{tag} Ltd")
    await expect(page.get_by_test_id("merge-preview")).to_contain_text(
        f"DELTA {tag} Ltd. goes to the recycle bin")
    await page.get_by_test_id("merge-submit").click()
    await expect(page.get_by_test_id("detail-phone-1")).to_have_text("13500009999")

    # Delete it; the recycle bin restores it, but not the merged copy
    await page.get_by_test_id("customer-delete").click()
    await page.get_by_test_id("confirm-ok").click()
    await expect(page).to_have_url(f"{live_server.url}/customers")
    await page.get_by_test_id("nav-customer-trash").click()
    await expect(page.get_by_test_id(f"trash-row-Delta {tag}")).to_be_visible()
    copy = page.get_by_test_id(f"trash-row-DELTA {tag} Ltd.")
    copy_id = await copy.get_attribute("data-row-key")
    await expect(page.get_by_test_id(f"trash-merged-{copy_id}")).to_be_visible()
    await expect(page.get_by_test_id(f"trash-restore-{copy_id}")).to_have_count(0)
    await page.screenshot(path=output_dir / "recycle-bin.png")
    await page.get_by_test_id(f"trash-restore-{delta}").click()
    await expect(page.get_by_test_id(f"trash-row-Delta {tag}")).to_have_count(0)

    # Erasing for good asks who you are again
    make_sign_in_stale(live_server, admin)
    await page.get_by_test_id(f"trash-purge-{copy_id}").click()
    await page.get_by_test_id("confirm-ok").click()
    await page.get_by_test_id("stepup-password").fill(PASSWORD)
    await page.get_by_test_id("stepup-submit").click()
    await expect(copy).to_have_count(0)

    # Released to the pool, a seller claims it and becomes its owner
    await page.get_by_test_id("nav-customers").click()
    await page.get_by_test_id("customer-search").fill(tag)
    await expect(rows).to_have_count(1)
    await page.get_by_test_id(f"select-{delta}").check()
    await page.get_by_test_id("bulk-release").click()
    await page.get_by_test_id("release-reason").fill("Not our region")
    await page.get_by_test_id("release-submit").click()
    await expect(page.get_by_test_id(f"owner-{delta}")).to_have_text("In the pool")
    await sign_out(page, live_server)
    await sign_in(page, live_server, seller)
    await page.get_by_test_id("nav-customer-pool").click()
    await page.get_by_test_id("pool-search").fill(tag)
    await expect(page.get_by_test_id(f"pool-row-Delta {tag}")).to_contain_text(f"Won {tag}")
    await page.screenshot(path=output_dir / "pool.png")
    await page.get_by_test_id(f"pool-claim-{delta}").click()
    await expect(page).to_have_url(f"{live_server.url}/customers/{delta}")
    await expect(page.get_by_test_id("detail-owner")).to_have_text(seller.title())
