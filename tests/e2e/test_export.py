"""Exporting the customer list in a real browser.

A manager whose sign-in is no longer recent searches the customer list and exports what it shows
as CSV: the export asks them to confirm it's them (step-up), then the file downloads at once. It
holds exactly the customers the search found, with a name that starts like a spreadsheet formula
made inert. The exports page then lists the file as downloaded (each file downloads once).
"""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.e2e import (
    PASSWORD,
    choose,
    create_user,
    graphql,
    make_sign_in_stale,
    sign_in,
)
from tests.support.server import LiveServer

CREATE_CUSTOMER = "mutation ($input: CustomerInput!) { createCustomer(input: $input) { id } }"


async def test_manager_exports_the_searched_list_after_step_up(
        page: Page, live_server: LiveServer, output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    manager = f"eva-{tag}"
    create_user(live_server, manager, "manager")
    await sign_in(page, live_server, manager)
    for i, name in enumerate((f"=SUM(1) {tag}", f"Plain {tag}")):
        phone = f"139{(int(tag, 16) * 2 + i) % 10**8:08d}"
        await graphql(page, CREATE_CUSTOMER, {"input": {"name": name, "phones": [phone]}})
    await graphql(page, CREATE_CUSTOMER, {"input": {"name": f"Other {uuid.uuid4().hex[:6]}"}})
    make_sign_in_stale(live_server, manager)

    await page.get_by_test_id("nav-customers").click()
    await page.get_by_test_id("customer-search").fill(tag)
    await expect(page.get_by_test_id(f"customer-row-Plain {tag}")).to_be_visible()
    await expect(page.get_by_test_id("customers-count")).to_contain_text("2")

    await page.get_by_test_id("export-open").click()
    await choose(page, "export-format-CSV")
    await page.get_by_test_id("export-start").click()
    # The sign-in is stale: the export asks for the password first, then downloads.
    await expect(page.get_by_test_id("stepup-dialog")).to_be_visible()
    await page.get_by_test_id("stepup-password").fill(PASSWORD)
    async with page.expect_download() as started:
        await page.get_by_test_id("stepup-submit").click()
    download = await started.value
    assert download.suggested_filename.endswith(".csv")
    await expect(page.get_by_test_id("export-downloaded")).to_be_visible()
    await page.screenshot(path=output_dir / "exported.png")

    rows = list(csv.reader(io.StringIO(
        Path(str(await download.path())).read_text(encoding="utf-8-sig"))))
    # The name column only: the owner's display name holds the tag too when it is all digits.
    column = rows[0].index("name")
    names = sorted(row[column] for row in rows[1:] if tag in row[column])
    assert names == [f"'=SUM(1) {tag}", f"Plain {tag}"], rows

    # The exports page lists the file, downloaded (a second download is not offered).
    await page.get_by_test_id("export-open-list").click()
    await expect(page.get_by_test_id("page-title")).to_have_text("Exports")
    first = page.get_by_test_id("exports-list").locator("[data-testid^=export-status-]").first
    await expect(first).to_have_text("Downloaded")
