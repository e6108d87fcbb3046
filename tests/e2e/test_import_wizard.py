"""The import wizard in a real browser.

A manager uploads a CSV saved the way Excel in China saves it (GBK) with Chinese headers. The
wizard shows the detected encoding and the columns mapped from their Chinese names, saves the
mapping as a template, reports the bad phone number of one row by row and column, runs the import
in the background with a progress bar, and shows the counts; the imported customers are in the
customer list, and the result report downloads. A second file with the same headers, on a
phone-sized screen, is mapped by the saved template.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.e2e import create_user, sign_in
from tests.support.server import LiveServer


def gbk_csv(tag: str) -> bytes:
    rows = [
        "客户名称,手机,邮箱,标签,备注说明",
        f"导入甲{tag},13812340001,a-{tag}@example.com,imp-{tag},",
        f"导入乙{tag},13812340002,,imp-{tag},老客户",
        f"导入丙{tag},12-34,,imp-{tag},",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("gbk")


async def upload(page: Page, name: str, data: bytes) -> None:
    await page.get_by_test_id("import-upload").locator("input[type=file]").set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": data})


async def test_manager_imports_a_gbk_csv_with_chinese_headers(
        page: Page, live_server: LiveServer, output_dir: Path) -> None:
    tag = uuid.uuid4().hex[:6]
    manager = f"ivy-{tag}"
    create_user(live_server, manager, "manager")
    await sign_in(page, live_server, manager)
    await page.get_by_test_id("nav-import").click()
    await expect(page).to_have_url(f"{live_server.url}/import")

    # Upload: the encoding is detected, the columns are mapped from their Chinese names.
    await upload(page, f"客户-{tag}.csv", gbk_csv(tag))
    await expect(page.get_by_test_id("import-detected")).to_contain_text("3 rows")
    await expect(page.get_by_test_id("import-detected")).to_contain_text("GBK")
    await expect(page.get_by_test_id("import-map-0")).to_contain_text("Name")
    await expect(page.get_by_test_id("import-map-1")).to_contain_text("Phone")
    await expect(page.get_by_test_id("import-map-2")).to_contain_text("Email")
    await expect(page.get_by_test_id("import-map-3")).to_contain_text("Tags")
    await expect(page.get_by_test_id("import-map-4")).to_contain_text("do not import")
    await page.get_by_test_id("import-save-template").check()
    await page.get_by_test_id("import-template-name").fill(f"Expo list {tag}")
    await page.screenshot(path=output_dir / "mapping.png", full_page=True)
    await page.get_by_test_id("import-check").click()

    # Dry run: the bad phone of the third data row (row 4 with the header), by column.
    problems = page.get_by_test_id("import-problems")
    await expect(problems).to_contain_text("Not a phone number")
    await expect(problems.get_by_role("row").filter(has_text="手机")).to_contain_text("4")
    await expect(page.get_by_test_id("import-count-created")).to_contain_text("2")
    await expect(page.get_by_test_id("import-count-failed")).to_contain_text("1")
    await page.screenshot(path=output_dir / "dry-run.png", full_page=True)
    await page.get_by_test_id("import-next").click()

    # Duplicates: skip (the default), then the background run with its progress bar.
    await expect(page.get_by_test_id("import-strategy-SKIP")).to_be_checked()
    await page.get_by_test_id("import-start").click()
    result = page.get_by_test_id("import-result")
    await expect(result).to_be_visible(timeout=30_000)
    await expect(result).to_have_attribute("data-status", "done")
    await expect(page.get_by_test_id("import-count-created")).to_contain_text("2")
    await expect(page.get_by_test_id("import-count-failed")).to_contain_text("1")
    await page.screenshot(path=output_dir / "result.png", full_page=True)

    async with page.expect_download() as report:
        await page.get_by_test_id("import-result-report").click()
    text = Path(str(await (await report.value).path())).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "row,column,code,outcome"
    assert "4,手机,INVALID_PHONE,failed" in text.splitlines()

    # The rows are customers now, in the list.
    await page.get_by_test_id("nav-customers").click()
    await page.get_by_test_id("customer-search").fill(tag)
    await expect(page.get_by_test_id(f"customer-row-导入甲{tag}")).to_be_visible()
    await expect(page.get_by_test_id(f"customer-row-导入乙{tag}")).to_be_visible()
    await expect(page.get_by_test_id(f"customer-row-导入丙{tag}")).to_have_count(0)

    # A second file with the same headers is mapped by the saved template; on a phone the
    # columns and their fields stack, nothing wider than the screen.
    await page.set_viewport_size({"width": 375, "height": 800})
    await page.goto(f"{live_server.url}/import")
    await upload(page, f"more-{tag}.csv", gbk_csv(f"{tag}b"))
    await expect(page.get_by_test_id("import-mapping")).to_contain_text(f"Expo list {tag}")
    await expect(page.get_by_test_id("import-map-1")).to_contain_text("Phone")
    assert await page.evaluate("document.documentElement.scrollWidth") <= 375
    await page.screenshot(path=output_dir / "mapping-phone.png", full_page=True)
