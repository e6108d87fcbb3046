"""Collaboration in a real browser: timeline, @mentions, the notification bell, My tasks.

A sales manager opens a customer of her team, logs a call and writes a comment mentioning the
salesperson who owns it (picked in the mention picker). On his phone, the salesperson sees the
unread count on the bell, opens the notification and lands on the customer, where the comment is.
The manager's task for today shows under My tasks and is completed there.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path

from playwright.async_api import Browser, Page, ViewportSize, expect

from tests.support.e2e import create_user, graphql, sign_in, sign_out
from tests.support.server import LiveServer

CREATE_TEAM = "mutation ($name: String!) { createTeam(input: {name: $name}) { id } }"
SET_TEAM = "mutation ($user: ID!, $team: ID!) { setUserTeam(userId: $user, teamId: $team) }"
CREATE_CUSTOMER = """
mutation ($name: String!, $owner: ID!) {
  createCustomer(input: {name: $name, ownerId: $owner}) { id } }
"""
PHONE: ViewportSize = {"width": 375, "height": 740}


def user_id(server: LiveServer, username: str) -> str:
    with sqlite3.connect(server.data_dir / "crm.sqlite3") as db:
        (uid,) = db.execute("SELECT id FROM user WHERE username = ?", (username,)).fetchone()
    return str(uid)


async def test_mention_reaches_colleague_and_task_is_done(page: Page, browser: Browser,
                                                          live_server: LiveServer,
                                                          output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    admin, manager, seller = f"root-{tag}", f"ada-{tag}", f"ben-{tag}"
    seller_name = seller.title()  # create_user's display name
    for username, role in ((admin, "admin"), (manager, "manager"), (seller, "sales")):
        create_user(live_server, username, role)

    # Given a team with the manager and the salesperson, and a customer the salesperson owns
    await sign_in(page, live_server, admin)
    team = (await graphql(page, CREATE_TEAM, {"name": f"North-{tag}"}))["createTeam"]["id"]
    for username in (manager, seller):
        await graphql(page, SET_TEAM, {"user": user_id(live_server, username), "team": team})
    await sign_out(page, live_server)
    await sign_in(page, live_server, manager)
    customer_name = f"Harbor Tea {tag}"
    created = await graphql(page, CREATE_CUSTOMER,
                            {"name": customer_name, "owner": user_id(live_server, seller)})
    customer = created["createCustomer"]["id"]

    # The manager opens the customer and logs a call
    await page.goto(f"{live_server.url}/customers/{customer}")
    await expect(page.get_by_test_id("page-title")).to_have_text(customer_name)
    timeline = page.get_by_test_id("timeline")
    await page.get_by_test_id("composer-tab-call").click()
    await page.get_by_test_id("activity-call-subject").fill("Talked about the spring order")
    await page.get_by_test_id("activity-call-body").fill("Wants 40 boxes, asks for a discount")
    await page.get_by_test_id("activity-call-submit").click()
    await expect(timeline.get_by_text("Talked about the spring order")).to_be_visible()

    # ... and comments, mentioning the salesperson picked in the mention picker
    await page.get_by_test_id("composer-tab-comment").click()
    box = page.get_by_test_id("comment-input")
    await box.click()
    await box.press_sequentially("Please send them the price list @Be")
    option = page.locator(".ant-mentions-dropdown:visible [data-testid=mention-option]")
    await option.filter(has_text=seller_name).click()
    await expect(box).to_have_value(f"Please send them the price list @{seller_name} ")
    await box.press_sequentially("today")
    await page.get_by_test_id("comment-submit").click()
    mention = timeline.get_by_test_id(f"mention-{user_id(live_server, seller)}")
    await expect(mention).to_have_text(f"@{seller_name}")
    await expect(box).to_have_value("")

    # ... and sets herself a task for today (due at 18:00 by default)
    await page.get_by_test_id("composer-tab-task").click()
    await page.get_by_test_id("activity-task-subject").fill("Call back about the discount")
    await page.get_by_test_id("activity-task-submit").click()
    await expect(timeline.get_by_text("Call back about the discount")).to_be_visible()
    await page.screenshot(path=output_dir / "timeline.png", full_page=True)

    # My tasks → Today lists it with a link to the customer; completing it moves it to Done
    await page.get_by_test_id("nav-tasks").click()
    await expect(page).to_have_url(f"{live_server.url}/tasks")
    task = page.locator("[data-testid^=task-subject-]").filter(
        has_text="Call back about the discount")
    await expect(task).to_be_visible()
    task_id = (await task.get_attribute("data-testid") or "").removeprefix("task-subject-")
    await expect(page.get_by_test_id(f"task-customer-{task_id}")).to_have_text(customer_name)
    # The box follows the server: it ticks once the task is done there.
    await page.get_by_test_id(f"task-done-{task_id}").click()
    await expect(page.get_by_test_id("tasks-empty")).to_be_visible()
    await page.get_by_test_id("tasks-tab-done").click()
    await expect(page.get_by_test_id(f"task-{task_id}")).to_be_visible()
    await expect(page.get_by_test_id(f"task-done-{task_id}")).to_be_checked()
    await page.screenshot(path=output_dir / "tasks-done.png")
    await sign_out(page, live_server)

    # The salesperson, on a phone, sees one unread notification on the bell
    phone = await browser.new_context(locale="en-US", viewport=PHONE)
    try:
        mobile = await phone.new_page()
        await sign_in(mobile, live_server, seller)
        bell = mobile.get_by_test_id("notification-bell")
        await expect(bell).to_have_attribute("data-count", "1")
        await bell.click()
        item = mobile.locator("[data-testid^=notification-open-]").filter(
            has_text=f"{manager.title()} mentioned you on {customer_name}")
        await expect(item).to_be_visible()
        await expect(item).to_contain_text("Please send them the price list")
        await mobile.screenshot(path=output_dir / "bell-phone.png")

        # Opening it marks it read and lands on the customer, showing the comment
        await item.click()
        await expect(mobile).to_have_url(re.compile(rf"/customers/{customer}#comment-\d+$"))
        await expect(mobile.get_by_test_id("page-title")).to_have_text(customer_name)
        await expect(mobile.get_by_test_id("timeline").get_by_text(
            "Please send them the price list")).to_be_visible()
        # ... marked as the one the notification was about
        await expect(mobile.locator("[data-focused=true]")).to_contain_text(
            "Please send them the price list")
        await expect(bell).to_have_attribute("data-count", "0")
        await mobile.screenshot(path=output_dir / "customer-phone.png", full_page=True)

        # The page fits the phone: nothing wider than the screen
        overflow = await mobile.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"page is {overflow}px wider than the phone"
    finally:
        await phone.close()
