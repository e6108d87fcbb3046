"""Enrolment required, in a real browser: a manager whose grace period is over signs in, must set up
an authenticator app on the enrolment page, saves the recovery codes and only then reaches home."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.support.e2e import create_user, enter_password, sign_out
from tests.support.mfa import away_from_step_edge, oathtool
from tests.support.server import LiveServer


def end_grace_period(server: LiveServer, username: str) -> None:
    with sqlite3.connect(server.data_dir / "crm.sqlite3") as db:
        db.execute("UPDATE mfa_state SET grace_started_at = '2020-01-01 00:00:00+00:00' WHERE "
                   "user_id = (SELECT id FROM user WHERE username = ?)", (username,))


async def test_overdue_manager_enrols_before_anything_else(
        page: Page, live_server: LiveServer, output_dir: Path) -> None:
    server = live_server
    username = f"mgr-{uuid.uuid4().hex[:8]}"
    create_user(server, username, "manager")

    # Given a manager inside the grace period: signed in, with a reminder
    await enter_password(page, server, username)
    await expect(page.get_by_test_id("mfa-banner")).to_be_visible()
    await page.get_by_test_id("mfa-banner-link").click()
    await expect(page).to_have_url(f"{server.url}/account/security")
    await expect(page.get_by_test_id("mfa-required")).to_be_visible()
    await sign_out(page, server)

    # When the grace period is over, sign-in leads to the enrolment page only
    end_grace_period(server, username)
    await enter_password(page, server, username)
    await expect(page).to_have_url(f"{server.url}/mfa/enroll")
    await page.screenshot(path=output_dir / "enroll-choose.png")
    await page.get_by_test_id("mfa-enroll-TOTP").click()
    await page.get_by_test_id("totp-start").click()
    secret = await page.get_by_test_id("totp-secret").get_attribute("data-secret")
    assert secret
    away_from_step_edge()
    await page.get_by_test_id("totp-code").fill(oathtool(secret))
    await page.get_by_test_id("totp-confirm").click()

    # Then the recovery codes come first, and the sign-in carries on home
    await expect(page.get_by_test_id("recovery-code")).to_have_count(10)
    await page.screenshot(path=output_dir / "enroll-recovery.png")
    await page.get_by_test_id("recovery-done").click()
    await expect(page).to_have_url(f"{server.url}/")
    await expect(page.get_by_test_id("user-menu")).to_be_visible()
    await expect(page.get_by_test_id("mfa-banner")).to_have_count(0)
