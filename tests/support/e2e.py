"""Steps the browser tests share: users made with the CLI, signing in and out, reading mail."""

from __future__ import annotations

import re
import sqlite3
import time
from typing import Any

from playwright.async_api import Page, expect
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from tests.support.server import LiveServer

PASSWORD = "Kumquat-Vortex-93!"


def create_user(server: LiveServer, username: str, role: str, email: str | None = None,
                password: str = PASSWORD) -> None:
    """A user with a password, made as an operator would: ``crm user create`` (run in the
    server's long-lived `crm` runner, see tests/support/crm_runner.py)."""
    server.crm("user", "create", "--username", username,
               "--email", email or f"{username}@example.com", "--role", role,
               "--display-name", username.title(), "--password-stdin", input=password + "\n")


async def appears(page: Page, selector: str, within_ms: float = 5000) -> None:
    """Wait until ``selector`` matches, checked in the page on every animation frame.

    Playwright's own waits (expect, actions) re-check after 20, 50, 100, 100 and then every
    500 ms, so they notice a page that became ready up to half a second late; a sign-in waits for
    the SPA twice. This only shortens the wait: the assertion or action that follows still runs
    (and reports the failure if the element never came)."""
    try:
        await page.wait_for_function("s => document.querySelector(s) !== null", arg=selector,
                                     polling="raf", timeout=within_ms)
    except PlaywrightTimeoutError:
        pass


async def enter_password(page: Page, server: LiveServer, username: str,
                         password: str = PASSWORD) -> None:
    """The password step only; what comes next (home, MFA, forced change) is the test's."""
    await page.goto(f"{server.url}/login")
    await appears(page, "#username")
    await page.locator("#username").fill(username)
    await page.locator("#password").fill(password)
    await page.get_by_test_id("login-submit").click()


async def sign_in(page: Page, server: LiveServer, username: str,
                  password: str = PASSWORD) -> None:
    await enter_password(page, server, username, password)
    await appears(page, '[data-testid="user-menu"]')
    await expect(page.get_by_test_id("user-menu")).to_be_visible()


async def sign_out(page: Page, server: LiveServer) -> None:
    await page.get_by_test_id("user-menu").click()
    await page.get_by_test_id("logout").click()
    # Sign-out reloads the page at /login; the next navigation must not race that reload.
    await page.wait_for_url(f"{server.url}/login")  # on the navigation event, without polling
    await expect(page).to_have_url(f"{server.url}/login")
    await page.wait_for_load_state()


def mail_link(server: LiveServer, to: str, path: str) -> str:
    """The link to ``path`` in the newest mail to ``to`` (no SMTP here: mail stays in the
    outbox table)."""
    deadline = time.time() + 10
    while time.time() < deadline:
        with sqlite3.connect(server.data_dir / "crm.sqlite3") as db:
            rows = db.execute("SELECT text_body FROM outbox_mail WHERE to_addr = ? "
                              "ORDER BY id DESC", (to,)).fetchall()
        for (body,) in rows:
            found = re.search(rf"(http\S+{re.escape(path)}#\S+)", body)
            if found:
                return found.group(1)
        time.sleep(0.2)
    raise AssertionError(f"no mail to {to} with a {path} link")


def make_sign_in_stale(server: LiveServer, username: str) -> None:
    """As if the last sign-in were long ago: sensitive changes now need a step-up."""
    with sqlite3.connect(server.data_dir / "crm.sqlite3") as db:
        db.execute("UPDATE session SET reauth_at = '2020-01-01 00:00:00+00:00' WHERE user_id = "
                   "(SELECT id FROM user WHERE username = ?)", (username,))


async def choose(page: Page, test_id: str) -> None:
    """Select a radio button (antd puts the test id on its input). A click that lands while its
    dialog is still opening is sometimes lost on a loaded machine (a clean-clone run exported
    XLSX after "CSV" was clicked), so it is clicked again until the input is checked."""
    radio = page.get_by_test_id(test_id)
    for _ in range(3):
        await radio.click()
        try:
            await expect(radio).to_be_checked(timeout=2000)
            return
        except AssertionError:
            continue
    raise AssertionError(f"could not choose {test_id}")


async def pick(page: Page, select_test_id: str, text: str, search: str | None = None,
               multiple: bool = False) -> None:
    """Choose an option in an antd Select by its visible text (typing `search` first). A
    single-choice list closes once chosen; a click that lands while it is still opening is
    sometimes lost on a loaded machine, so it is clicked again until the list closes."""
    await page.get_by_test_id(select_test_id).click()
    if search:
        await page.keyboard.type(search)
    dropdown = page.locator(".ant-select-dropdown:visible")
    option = dropdown.locator(".ant-select-item-option").filter(has_text=text).first
    if multiple:
        # A multiple-choice list stays open: the option's selected state tells the click landed.
        for _ in range(3):
            await option.click()
            try:
                await expect(option).to_have_class(re.compile("ant-select-item-option-selected"),
                                                   timeout=2000)
                return
            except AssertionError:
                continue
        raise AssertionError(f"could not pick {text!r} in {select_test_id}")
    for _ in range(3):
        await option.click()
        try:
            await expect(dropdown).to_have_count(0, timeout=2000)
            return
        except AssertionError:
            continue
    raise AssertionError(f"could not pick {text!r} in {select_test_id}")


# The SPA's own way of calling the API: POST with the session cookie and the CSRF header.
GRAPHQL_IN_PAGE = """
async ({ query, variables }) => {
  const csrf = document.cookie.split('; ').find((c) => c.startsWith('crm_csrf='));
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json',
               'X-CSRF-Token': decodeURIComponent(csrf ? csrf.split('=')[1] : '') },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
"""


async def graphql(page: Page, query: str, variables: dict[str, Any] | None = None) -> Any:
    """Call the API from the signed-in page; the data of an answer without errors."""
    body = await page.evaluate(GRAPHQL_IN_PAGE, {"query": query, "variables": variables or {}})
    assert "errors" not in body, body
    return body["data"]
