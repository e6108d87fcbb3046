"""The SPA shell in a real browser: it loads, switches language and remembers the choice."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.server import LiveServer


async def test_spa_loads_and_switches_language(page: Page, live_server: LiveServer,
                                               output_dir: Path) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    await page.goto(f"{live_server.url}/")
    # Not signed in: the protected home page sends us to the sign-in page.
    await expect(page).to_have_url(f"{live_server.url}/login")
    title = page.get_by_test_id("page-title")
    await expect(title).to_have_text("Sign in")
    await page.screenshot(path=output_dir / "login-en.png")

    await page.get_by_test_id("lang-switch").click()
    await expect(title).to_have_text("登录")
    assert await page.evaluate("document.documentElement.lang") == "zh-CN"
    await page.reload()
    await expect(page.get_by_test_id("page-title")).to_have_text("登录")
    await page.screenshot(path=output_dir / "login-zh.png")
    # The strict CSP (no inline script) must not have blocked anything the app needs.
    assert not [e for e in errors if "Content Security Policy" in e], errors


async def test_unknown_route_shows_the_spa_404(page: Page, live_server: LiveServer) -> None:
    await page.goto(f"{live_server.url}/no/such/page")
    await expect(page.get_by_test_id("not-found")).to_be_visible()
