"""The dashboard on the home page, in a real browser.

A manager with a few deals of their own opens the home page: the KPI cards show their figures,
every chart is drawn by echarts (fetched only after sign-in, never by the sign-in page), each
chart downloads as PNG and as CSV, and a click on a funnel segment opens the deals of that stage.
The manager then switches to the team view, and finally looks at it on a phone-sized screen. The
charts are saved as screenshots in the test's output folder.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.e2e import create_user, graphql, sign_in
from tests.support.server import LiveServer

PIPELINES = "{ pipelines { isDefault stages { id nameEn kind } } }"
ME = "{ me { id } }"
CREATE_CUSTOMER = "mutation ($input: CustomerInput!) { createCustomer(input: $input) { id } }"
CREATE_DEAL = "mutation ($input: DealInput!) { createDeal(input: $input) { id } }"


CHARTS = ("funnel", "stages", "revenue-month", "forecast", "growth")


async def seed_deals(page: Page, tag: str) -> tuple[dict[str, str], int]:
    """Three deals of the signed-in user on one customer: two open (1,000 and 2,000 CNY,
    closing next month) and one won (5,000 CNY). Returns the default pipeline's stage ids by
    English name and how many of its stages are funnel steps (all but the lost ones)."""
    pipelines = (await graphql(page, PIPELINES))["pipelines"]
    default = next(p for p in pipelines if p["isDefault"])["stages"]
    stages = {s["nameEn"]: s["id"] for s in default}
    won = next(s["nameEn"] for s in default if s["kind"] == "WON")
    customer = (await graphql(page, CREATE_CUSTOMER, {"input": {
        "name": f"Dash {tag}", "source": "expo"}}))["createCustomer"]["id"]
    close = (dt.date.today().replace(day=1) + dt.timedelta(days=40)).isoformat()
    for title, amount, stage in ((f"Open A {tag}", "1000.00", "Qualification"),
                                 (f"Open B {tag}", "2000.00", "Qualification"),
                                 (f"Won {tag}", "5000.00", won)):
        await graphql(page, CREATE_DEAL, {"input": {
            "title": title, "customerId": customer, "amount": amount, "currency": "CNY",
            "stageId": stages[stage], "expectedCloseDate": close}})
    return stages, len([s for s in default if s["kind"] != "LOST"])


async def test_manager_sees_charts_downloads_them_and_drills_into_a_stage(
        page: Page, live_server: LiveServer, output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    manager = f"mia-{tag}"
    create_user(live_server, manager, "manager")
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))

    await page.goto(f"{live_server.url}/login")
    await expect(page.get_by_test_id("login-submit")).to_be_visible()
    # The sign-in page does not download the charts library.
    assert not [u for u in fetched if "echarts" in u], fetched
    await sign_in(page, live_server, manager)
    stages, steps = await seed_deals(page, tag)
    me = (await graphql(page, ME))["me"]["id"]

    await page.goto(f"{live_server.url}/")
    await expect(page.get_by_test_id("dashboard")).to_be_visible()
    await expect(page.get_by_test_id("kpi-win-rate")).to_contain_text("100%")
    await expect(page.get_by_test_id("kpi-won")).to_contain_text("1 deal won")
    await expect(page.get_by_test_id("kpi-open")).to_contain_text("3")
    await expect(page.get_by_test_id("kpi-new-customers")).to_contain_text("1")
    for key in CHARTS:
        await expect(page.get_by_test_id(f"chart-{key}-canvas")).to_have_attribute(
            "data-ready", "true")
    assert [u for u in fetched if "echarts" in u], "the charts chunk loads after sign-in"
    charts = page.get_by_test_id("dashboard-charts")
    await charts.screenshot(path=output_dir / "dashboard-charts.png")
    await page.screenshot(path=output_dir / "dashboard.png", full_page=True)

    # Each chart downloads as a picture and as its figures.
    async with page.expect_download() as png:
        await page.get_by_test_id("chart-funnel-png").click()
    assert (await png.value).suggested_filename.endswith(".png")
    async with page.expect_download() as csv:
        await page.get_by_test_id("chart-revenue-month-csv").click()
    download = await csv.value
    assert download.suggested_filename.endswith(".csv")
    text = Path(str(await download.path())).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Month,Won,Target,Deals"
    assert f"{dt.date.today():%Y-%m},5000,,1" in text.splitlines()

    # A click on the first funnel segment (every deal reached the first stage) opens its deals.
    canvas = page.get_by_test_id("chart-funnel-canvas")
    box = await canvas.bounding_box()
    assert box is not None
    # echarts' funnel keeps 60 px above and below; the steps share the height between.
    first = 60 + (box["height"] - 120) / steps / 2
    await canvas.click(position={"x": box["width"] / 2, "y": first})
    await expect(page).to_have_url(re.compile(
        re.escape(f"/deals/list?stage={stages['Qualification']}&owner={me}&createdFrom=")))
    await expect(page.get_by_test_id("page-title")).to_be_visible()

    # Back on the dashboard, the manager switches to the team view.
    await page.go_back()
    await page.get_by_test_id("scope-team").click()
    await expect(page).to_have_url(re.compile(r"[?&]scope=team"))
    await expect(page.get_by_test_id("chart-revenue-owner")).to_be_visible()
    await expect(page.get_by_test_id("chart-revenue-team")).to_be_visible()

    # On a phone the cards and charts stack in one column, nothing wider than the screen.
    await page.set_viewport_size({"width": 375, "height": 800})
    await page.reload()
    for key in CHARTS:
        await expect(page.get_by_test_id(f"chart-{key}-canvas")).to_have_attribute(
            "data-ready", "true")
    assert await page.evaluate("document.documentElement.scrollWidth") <= 375
    await page.screenshot(path=output_dir / "dashboard-phone.png", full_page=True)
