"""The deal board in a real browser.

A salesperson drags a deal card with the mouse from one stage to the next and finds it there after
a reload; does the same with the keyboard alone (Space, arrows, Space), which also sets its place
within the column; and, in Chinese on a phone-sized screen, sees the stages' Chinese names and
moves a deal to the lost stage through the card's "Move to…" menu, giving the reason it asks for.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from playwright.async_api import Browser, Page, expect

from tests.support.e2e import create_user, graphql, pick, sign_in
from tests.support.server import LiveServer

PIPELINES = "{ pipelines { isDefault stages { id nameEn nameZh } } }"
CREATE_CUSTOMER = "mutation ($input: CustomerInput!) { createCustomer(input: $input) { id } }"
CREATE_DEAL = "mutation ($input: DealInput!) { createDeal(input: $input) { id } }"
DEAL = "query ($id: ID!) { deal(id: $id) { stage { nameEn } status lostReason } }"
CUSTOMERS = "query ($q: String) { customers(search: $q) { edges { node { id } } } }"
CREATE_ACTIVITY = "mutation ($input: ActivityInput!) { logActivity(input: $input) { id } }"


async def stages(page: Page) -> dict[str, str]:
    """The default pipeline's stage ids by English name."""
    pipelines = (await graphql(page, PIPELINES))["pipelines"]
    default = next(p for p in pipelines if p["isDefault"])
    return {s["nameEn"]: s["id"] for s in default["stages"]}


async def seller_with_deals(page: Page, server: LiveServer, tag: str,
                            deals: list[tuple[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """A salesperson (own data only) signed in, with a customer and ``deals`` (title, stage name);
    returns the stage ids and the deal ids by title."""
    seller = f"sam-{tag}"
    create_user(server, seller, "sales")
    await sign_in(page, server, seller)
    ids = await stages(page)
    customer = (await graphql(page, CREATE_CUSTOMER, {"input": {"name": f"Acme {tag}"}}))
    made = {}
    for title, stage in deals:
        found = await graphql(page, CREATE_DEAL, {"input": {
            "title": title, "customerId": customer["createCustomer"]["id"], "amount": "1200.50",
            "currency": "CNY", "stageId": ids[stage]}})
        made[title] = found["createDeal"]["id"]
    return ids, made


async def card_order(page: Page, stage_id: str, count: int) -> list[str | None]:
    """The deal ids of a column top to bottom, once ``count`` cards show."""
    cards = page.get_by_test_id(f"column-cards-{stage_id}").locator("[data-card-id]")
    await expect(cards).to_have_count(count)
    return [await c.get_attribute("data-card-id") for c in await cards.all()]


async def open_board(page: Page, server: LiveServer) -> None:
    await page.get_by_test_id("nav-deals").click()
    await expect(page).to_have_url(f"{server.url}/deals")
    await expect(page.get_by_test_id("deal-board")).to_be_visible()


async def test_seller_drags_a_deal_to_the_next_stage_and_it_stays_there(
        page: Page, live_server: LiveServer, output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    ids, deals = await seller_with_deals(page, live_server, tag,
                                         [(f"Pumps {tag}", "Qualification")])
    deal = deals[f"Pumps {tag}"]
    await open_board(page, live_server)
    qualification = page.get_by_test_id(f"column-cards-{ids['Qualification']}")
    needs = page.get_by_test_id(f"column-cards-{ids['Needs analysis']}")
    card = page.get_by_test_id(f"deal-card-{deal}")
    await expect(qualification.get_by_test_id(f"deal-card-{deal}")).to_be_visible()
    await expect(card).to_contain_text("¥1,200.50")
    await expect(page.get_by_test_id(f"column-count-{ids['Qualification']}")).to_contain_text("1")

    # A real mouse drag: press on the card, move over the next column, release
    await card.drag_to(needs)
    await expect(page.get_by_test_id("board-announcer")).to_contain_text(
        f"Pumps {tag} moved to Needs analysis")
    await expect(needs.get_by_test_id(f"deal-card-{deal}")).to_be_visible()
    await expect(page.get_by_test_id(f"column-count-{ids['Needs analysis']}")).to_contain_text("1")
    await page.screenshot(path=output_dir / "dragged.png")

    # The move was saved: after a reload the card is still in the new column
    await page.reload()
    await expect(needs.get_by_test_id(f"deal-card-{deal}")).to_be_visible()
    await expect(qualification.get_by_test_id(f"deal-card-{deal}")).to_have_count(0)
    assert (await graphql(page, DEAL, {"id": deal}))["deal"]["stage"]["nameEn"] == "Needs analysis"


async def test_seller_moves_a_deal_with_the_keyboard_only(page: Page, live_server: LiveServer,
                                                          output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    ids, deals = await seller_with_deals(page, live_server, tag, [
        (f"Alpha {tag}", "Qualification"), (f"Beta {tag}", "Needs analysis")])
    alpha, beta = deals[f"Alpha {tag}"], deals[f"Beta {tag}"]
    await open_board(page, live_server)
    announcer = page.get_by_test_id("board-announcer")
    await expect(page.get_by_test_id("board-help")).to_contain_text("Space")

    # Focus the card, pick it up, move it one column right and below Beta, drop it
    await page.get_by_test_id(f"deal-card-{alpha}").focus()
    await page.keyboard.press("Space")
    await expect(announcer).to_contain_text(f"Picked up Alpha {tag} in Qualification")
    await page.keyboard.press("ArrowRight")
    await expect(announcer).to_contain_text(f"Alpha {tag}: Needs analysis, position 1 of 2")
    await page.keyboard.press("ArrowDown")
    await expect(announcer).to_contain_text(f"Alpha {tag}: Needs analysis, position 2 of 2")
    await page.keyboard.press("Space")
    await expect(announcer).to_contain_text(f"Alpha {tag} moved to Needs analysis, position 2")
    # The card keeps the focus, so the next move can follow at once
    await expect(page.get_by_test_id(f"deal-card-{alpha}")).to_be_focused()
    await page.screenshot(path=output_dir / "keyboard.png")

    # Saved with its place in the column: Beta first, then Alpha, after a reload
    await page.reload()
    needs = ids["Needs analysis"]
    await expect(page.get_by_test_id(f"column-cards-{needs}").get_by_test_id(
        f"deal-card-{alpha}")).to_be_visible()
    assert await card_order(page, needs, 2) == [beta, alpha]

    # Escape puts a picked-up card back and saves nothing
    await page.get_by_test_id(f"deal-card-{alpha}").focus()
    await page.keyboard.press("Space")
    await page.keyboard.press("ArrowLeft")
    await page.keyboard.press("Escape")
    await expect(announcer).to_contain_text("cancelled")
    await page.reload()
    assert await card_order(page, needs, 2) == [beta, alpha]


async def test_board_in_chinese_on_a_phone_with_the_move_menu(browser: Browser,
                                                              live_server: LiveServer,
                                                              output_dir: Path) -> None:
    context = await browser.new_context(locale="zh-CN", viewport={"width": 375, "height": 740},
                                        is_mobile=True, has_touch=True)
    page = await context.new_page()
    try:
        tag = uuid.uuid4().hex[:6]
        ids, deals = await seller_with_deals(page, live_server, tag,
                                             [(f"Valves {tag}", "Proposal")])
        deal = deals[f"Valves {tag}"]
        await page.goto(f"{live_server.url}/deals")
        titles = {name: page.get_by_test_id(f"column-title-{ids[name]}") for name in ids}
        await expect(titles["Qualification"]).to_have_text("初步接洽")
        await expect(titles["Needs analysis"]).to_have_text("需求确认")
        await expect(titles["Proposal"]).to_have_text("方案报价")
        await expect(titles["Negotiation"]).to_have_text("商务谈判")
        await expect(titles["Won"]).to_have_text("赢单")
        await expect(titles["Lost"]).to_have_text("输单")
        # One column fills the screen; the others are a sideways scroll or a jump away
        await expect(page.get_by_test_id("board-jump")).to_be_visible()
        await page.screenshot(path=output_dir / "board-zh-phone.png")

        # Touch screens have no drag and drop: the card's menu moves it; a lost stage asks why
        card = page.get_by_test_id(f"deal-card-{deal}")
        await card.scroll_into_view_if_needed()
        await page.get_by_test_id(f"deal-card-menu-{deal}").click()
        await page.locator(".ant-dropdown:visible").get_by_text("输单").click()
        await page.get_by_test_id("lost-reason").fill("预算取消")
        await page.get_by_test_id("lost-reason-ok").click()
        await expect(page.get_by_test_id(f"column-cards-{ids['Lost']}").get_by_test_id(
            f"deal-card-{deal}")).to_be_attached()
        await expect(page.get_by_test_id("board-announcer")).to_contain_text("已移到输单")
        saved = (await graphql(page, DEAL, {"id": deal}))["deal"]
        assert saved == {"stage": {"nameEn": "Lost"}, "status": "LOST", "lostReason": "预算取消"}
    finally:
        await context.close()


async def test_seller_creates_a_deal_with_products_and_follows_it(page: Page,
                                                                  live_server: LiveServer,
                                                                  output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    await seller_with_deals(page, live_server, tag, [])
    await page.goto(f"{live_server.url}/deals/list")
    await page.get_by_test_id("deal-create").click()
    await page.get_by_test_id("deal-title").fill(f"Boilers {tag}")
    await pick(page, "deal-customer", f"Acme {tag}", search=f"Acme {tag}")
    await pick(page, "deal-stage", "Proposal")
    # The probability follows the stage until typed in
    await expect(page.get_by_test_id("deal-probability")).to_have_value("60")
    await page.get_by_test_id("product-add").click()
    await page.get_by_test_id("product-name-0").fill("Boiler B-2")
    await page.get_by_test_id("product-quantity-0").fill("2")
    await page.get_by_test_id("product-price-0").fill("300.25")
    await expect(page.get_by_test_id("products-total")).to_contain_text("600.50")
    await page.get_by_test_id("products-use-total").click()
    await expect(page.get_by_test_id("deal-amount")).to_have_value("600.50")
    await page.screenshot(path=output_dir / "drawer.png")
    await page.get_by_test_id("deal-save").click()
    row = page.get_by_test_id(f"deal-row-Boilers {tag}")
    await expect(row).to_contain_text("CN¥600.50")
    await expect(row).to_contain_text("Proposal")

    # Its page: fields, products, and the timeline with its creation in Proposal
    await row.get_by_role("link", name=f"Boilers {tag}").click()
    await expect(page.get_by_test_id("page-title")).to_have_text(f"Boilers {tag}")
    await expect(page.get_by_test_id("detail-amount")).to_have_text("CN¥600.50")
    await expect(page.get_by_test_id("deal-products")).to_contain_text("Boiler B-2")
    await expect(page.get_by_test_id("deal-timeline")).to_contain_text("Created in")

    # Won from the edit drawer: the status and the timeline follow
    await page.get_by_test_id("deal-edit").click()
    await pick(page, "deal-stage", "Won")
    await page.get_by_test_id("deal-save").click()
    await expect(page.get_by_test_id("deal-status")).to_have_text("Won")
    await expect(page.get_by_test_id("deal-timeline").locator("[data-testid^=timeline-move-]")
                 .first).to_contain_text("Won")

    # A call logged on the customer is linked to the deal, shows in its timeline, and unlinks
    customer = (await graphql(page, CUSTOMERS, {"q": f"Acme {tag}"}))["customers"]["edges"][0]
    await graphql(page, CREATE_ACTIVITY, {"input": {
        "customerId": customer["node"]["id"], "kind": "CALL", "subject": f"Budget call {tag}"}})
    await page.get_by_test_id("link-activity").click()
    await pick(page, "link-activity-select", f"Budget call {tag}")
    await page.get_by_test_id("link-activity-ok").click()
    activity = page.get_by_test_id("deal-timeline").locator("[data-testid^=timeline-activity-]")
    await expect(activity).to_contain_text(f"Budget call {tag}")
    await activity.locator("[data-testid^=unlink-activity-]").click()
    await expect(activity).to_have_count(0)
    await page.screenshot(path=output_dir / "deal-page.png", full_page=True)


async def test_admin_edits_a_pipeline_and_sets_a_target(page: Page, live_server: LiveServer,
                                                        output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    admin, seller = f"root-{tag}", f"sue-{tag}"
    create_user(live_server, seller, "sales")
    create_user(live_server, admin, "admin")
    await sign_in(page, live_server, admin)

    # A new pipeline starts with the standard stages; a stage is added and moved up
    await page.get_by_test_id("nav-admin-pipelines").click()
    await page.get_by_test_id("pipeline-create").click()
    await page.get_by_test_id("pipeline-create-name").fill(f"Projects {tag}")
    await page.get_by_test_id("pipeline-create-ok").click()
    await expect(page.locator(".ant-message")).to_contain_text(f"Projects {tag}")
    listed = "{ pipelines { id name stages { id nameEn nameZh } } }"
    created_pipeline = next(p for p in (await graphql(page, listed))["pipelines"]
                            if p["name"] == f"Projects {tag}")
    created = created_pipeline["id"]
    form = page.get_by_test_id(f"stages-form-{created}")
    await expect(form.get_by_test_id("stage-name-en-0")).to_have_value("Qualification")
    await form.get_by_test_id("stage-add").click()
    await form.get_by_test_id("stage-name-en-6").fill("Site visit")
    await form.get_by_test_id("stage-name-zh-6").fill("现场考察")
    for index in (6, 5, 4):
        await form.get_by_test_id(f"stage-up-{index}").click()
    await form.get_by_test_id("stages-save").click()
    await expect(page.locator(".ant-message")).to_contain_text("Stages saved")
    mine = next(p for p in (await graphql(page, listed))["pipelines"] if p["id"] == created)
    assert [s["nameEn"] for s in mine["stages"]][2:5] == ["Proposal", "Site visit", "Negotiation"]
    # The existing stages were kept (same ids), not replaced by look-alikes
    before = {s["nameEn"]: s["id"] for s in created_pipeline["stages"]}
    assert {s["nameEn"]: s["id"] for s in mine["stages"] if s["nameEn"] != "Site visit"} == before
    await page.screenshot(path=output_dir / "pipelines.png", full_page=True)

    # A monthly target for the seller
    await page.get_by_test_id("nav-admin-targets").click()
    await page.get_by_test_id("target-add").click()
    await pick(page, "target-user", seller.title(), search=seller)
    await page.get_by_test_id("target-amount").fill("50000")
    await page.get_by_test_id("target-save").click()
    await expect(page.get_by_test_id(f"target-row-{seller.title()}")).to_contain_text("50,000.00")
    await page.screenshot(path=output_dir / "targets.png")
