"""Two-step verification with an authenticator app, in a real browser: enrol on the Security page
(codes from Debian's oathtool, an independent TOTP implementation), sign in with a fresh code, sign
in with a recovery code, and confirm a sensitive change through the step-up dialog."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.e2e import PASSWORD, create_user, enter_password, make_sign_in_stale, sign_out
from tests.support.mfa import away_from_step_edge, oathtool
from tests.support.server import LiveServer

RECOVERY_CODE = re.compile(r"^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$")


async def test_totp_enrolment_then_challenge_and_recovery_code(
        page: Page, live_server: LiveServer, output_dir: Path) -> None:
    server = live_server
    username = f"totp-{uuid.uuid4().hex[:8]}"
    create_user(server, username, "sales")

    # Given a signed-in user without a second factor, on My account → Security
    await enter_password(page, server, username)
    await expect(page.get_by_test_id("user-menu")).to_be_visible()
    await page.get_by_test_id("user-menu").click()
    await page.get_by_test_id("menu-security").click()
    section = page.get_by_test_id("mfa-section")
    await expect(section.get_by_test_id("mfa-status-off")).to_be_visible()

    # When they set up an authenticator app from the QR code's key
    await page.get_by_test_id("totp-start").click()
    qr = page.get_by_test_id("totp-qr")
    await expect(qr).to_be_visible()
    assert await qr.evaluate("img => img.complete && img.naturalWidth > 0"), "QR image did not load"
    secret = await page.get_by_test_id("totp-secret").get_attribute("data-secret")
    assert secret and re.fullmatch(r"[A-Z2-7]{32}", secret), secret
    await page.screenshot(path=output_dir / "totp-setup.png", full_page=True)
    away_from_step_edge()
    await page.get_by_test_id("totp-code").fill(oathtool(secret))
    await page.get_by_test_id("totp-confirm").click()

    # Then ten recovery codes are shown once, and can be downloaded as text
    codes = page.get_by_test_id("recovery-codes").get_by_test_id("recovery-code")
    await expect(codes).to_have_count(10)
    saved = [c.strip() for c in await codes.all_inner_texts()]
    assert all(RECOVERY_CODE.match(c) for c in saved), saved
    async with page.expect_download() as download_info:
        await page.get_by_test_id("recovery-download").click()
    download = await download_info.value
    assert download.suggested_filename.endswith(".txt")
    text = Path(await download.path()).read_text(encoding="utf-8")
    assert all(c in text for c in saved) and username in text
    await page.screenshot(path=output_dir / "recovery-codes.png", full_page=True)
    await page.get_by_test_id("recovery-done").click()
    await expect(page.get_by_test_id("recovery-codes")).to_have_count(0)
    await expect(section.get_by_test_id("mfa-status-on")).to_be_visible()
    await expect(page.get_by_test_id("recovery-remaining")).to_contain_text("10")
    await sign_out(page, server)

    # When they sign in again, the password alone is not enough
    await enter_password(page, server, username)
    await expect(page).to_have_url(f"{server.url}/mfa")
    code_input = page.get_by_test_id("mfa-code")
    await expect(code_input).to_be_focused()
    await expect(code_input).to_have_attribute("autocomplete", "one-time-code")
    # A wrong code is refused on the page
    await code_input.fill("000000")
    await page.get_by_test_id("mfa-submit").click()
    await expect(page.get_by_test_id("form-error")).to_be_visible()
    await page.screenshot(path=output_dir / "challenge-wrong.png")
    # The enrolment's code is spent: the next 30-second step's code is accepted (+1 drift)
    away_from_step_edge()
    await code_input.fill(oathtool(secret, offset_steps=1))
    await page.get_by_test_id("mfa-submit").click()
    await expect(page).to_have_url(f"{server.url}/")
    await expect(page.get_by_test_id("user-menu")).to_be_visible()
    await sign_out(page, server)

    # And a saved recovery code works instead of the app, once
    await enter_password(page, server, username)
    await expect(page).to_have_url(f"{server.url}/mfa")
    await page.get_by_test_id("mfa-use-recovery").click()
    await page.get_by_test_id("mfa-code").fill(saved[3].lower().replace("-", ""))
    await page.screenshot(path=output_dir / "challenge-recovery.png")
    await page.get_by_test_id("mfa-submit").click()
    await expect(page).to_have_url(f"{server.url}/")
    await expect(page.get_by_test_id("user-menu")).to_be_visible()

    # Given a sign-in older than the step-up window, making new recovery codes asks who it is
    make_sign_in_stale(server, username)
    await page.goto(f"{server.url}/account/security")
    await expect(page.get_by_test_id("recovery-remaining")).to_contain_text("9")
    await page.get_by_test_id("recovery-regenerate").click()
    await page.get_by_role("button", name="Yes").click()
    dialog = page.get_by_test_id("stepup-dialog")
    await expect(dialog).to_be_visible()
    await page.get_by_test_id("stepup-password").fill("Not-The-Password-1!")
    await page.get_by_test_id("stepup-submit").click()
    await expect(dialog.get_by_text("The password is wrong")).to_be_visible()
    await page.get_by_test_id("stepup-password").fill(PASSWORD)
    await page.screenshot(path=output_dir / "step-up.png")
    await page.get_by_test_id("stepup-submit").click()
    await expect(dialog).to_be_hidden()
    fresh = page.get_by_test_id("recovery-codes").get_by_test_id("recovery-code")
    await expect(fresh).to_have_count(10)
    assert not set(await fresh.all_inner_texts()) & set(saved)
    await page.get_by_test_id("recovery-done").click()
    await expect(page.get_by_test_id("recovery-remaining")).to_contain_text("10")


async def test_challenge_page_on_a_phone(page: Page, live_server: LiveServer,
                                         output_dir: Path) -> None:
    server = live_server
    username = f"phone-{uuid.uuid4().hex[:8]}"
    create_user(server, username, "sales")
    await page.set_viewport_size({"width": 390, "height": 844})
    await enter_password(page, server, username)
    await expect(page.get_by_test_id("user-menu")).to_be_visible()
    await page.goto(f"{server.url}/account/security")
    await page.get_by_test_id("totp-start").click()
    secret = await page.get_by_test_id("totp-secret").get_attribute("data-secret")
    assert secret
    away_from_step_edge()
    await page.get_by_test_id("totp-code").fill(oathtool(secret))
    await page.get_by_test_id("totp-confirm").click()
    await expect(page.get_by_test_id("recovery-code")).to_have_count(10)
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    await page.screenshot(path=output_dir / "security-phone.png", full_page=True)
    await page.get_by_test_id("recovery-done").click()
    await sign_out(page, server)

    await enter_password(page, server, username)
    await expect(page.get_by_test_id("mfa-code")).to_be_visible()
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    await page.screenshot(path=output_dir / "challenge-phone.png", full_page=True)
