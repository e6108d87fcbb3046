"""GraphiQL at /graphiql in a real browser: signed-in users run queries with their session, partners
with a pasted API token, under the strict CSP and with nothing fetched from outside the app's
origin."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import ConsoleMessage, Page, Request, expect

from tests.support.e2e import create_user, sign_in
from tests.support.server import LiveServer

QUERY = "{ me { username } }"
INTROSPECTION_FIELD = "__schema"


def query_of(request: Request) -> str:
    return str(json.loads(request.post_data or "{}").get("query", ""))


def is_graphiql(request: Request) -> bool:
    """GraphiQL's own requests (the SPA's urql client sends only named operations)."""
    query = query_of(request)
    return INTROSPECTION_FIELD in query or query.lstrip().startswith("{")


async def run_in_editor(page: Page, query: str) -> None:
    """Replace the operation editor's text (Monaco) and run it."""
    editor = page.locator(".graphiql-query-editor .monaco-editor").first
    await editor.click()
    await page.keyboard.press("ControlOrMeta+A")
    # insert_text, not type(): typed key by key, Monaco would auto-close every brace.
    await page.keyboard.insert_text(query)
    # Monaco still auto-closes the first brace: drop whatever follows the cursor.
    await page.keyboard.press("ControlOrMeta+Shift+End")
    await page.keyboard.press("Delete")
    await expect(editor).to_contain_text("username")
    await page.locator(".graphiql-execute-button").click()


async def watch(page: Page, origin: str) -> tuple[list[str], list[str], list[Request]]:
    """Console errors, requests that left the app's origin, and every POST to /graphql."""
    errors: list[str] = []
    foreign: list[str] = []
    graphql: list[Request] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    def on_request(request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https"} and f"{parts.scheme}://{parts.netloc}" != origin:
            foreign.append(request.url)
        if parts.path == "/graphql" and request.method == "POST":
            graphql.append(request)

    page.on("console", on_console)
    # Violations are also reported as DOM events: count them in case one is not logged.
    await page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));")
    page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    page.on("request", on_request)
    return errors, foreign, graphql


async def test_graphiql_runs_queries_with_session_and_token(page: Page, live_server: LiveServer,
                                                            output_dir: Path) -> None:
    errors, foreign, graphql = await watch(page, live_server.url)
    username = f"gql-{uuid.uuid4().hex[:8]}"
    create_user(live_server, username, "partner")
    await sign_in(page, live_server, username)

    # The menu entry every signed-in user gets leads to the explorer
    await page.get_by_test_id("nav-graphiql").click()
    await expect(page).to_have_url(f"{live_server.url}/graphiql")
    await expect(page.locator(".graphiql-query-editor .monaco-editor").first).to_be_visible(
        timeout=30_000)
    credential = page.get_by_test_id("graphiql-credential")
    await expect(credential).to_have_text(f"Signed in as {username}")

    # The session may introspect: the schema reached the documentation explorer
    await page.locator("button[aria-label='Show Documentation Explorer']").click()
    await expect(page.locator(".graphiql-doc-explorer")).to_contain_text("Query", timeout=15_000)
    await page.locator("button[aria-label='Hide Documentation Explorer']").click()

    await run_in_editor(page, QUERY)
    response = page.locator(".graphiql-response")
    await expect(response).to_contain_text(f'"username": "{username}"', timeout=15_000)
    await page.screenshot(path=output_dir / "graphiql-session.png")

    # GraphiQL's requests went as POST with the session cookie and its CSRF token, no bearer token
    cookies = {c["name"]: c["value"] for c in await page.context.cookies(live_server.url)}
    session_calls = [r for r in graphql if is_graphiql(r)]
    assert any(INTROSPECTION_FIELD in query_of(r) for r in session_calls), "no introspection"
    assert any(query_of(r) == QUERY for r in session_calls), [query_of(r) for r in session_calls]
    for call in session_calls:
        headers = await call.all_headers()
        assert headers.get("x-csrf-token") == cookies["crm_csrf"]
        assert "crm_session=" in headers.get("cookie", "")
        assert "authorization" not in headers

    # A partner's API token: created with the (fresh) session, then pasted into the toolbar
    token = await page.evaluate(
        """async () => {
            const csrf = document.cookie.split('; ').find((c) => c.startsWith('crm_csrf='));
            const res = await fetch('/graphql', {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json',
                          'X-CSRF-Token': decodeURIComponent(csrf.split('=')[1])},
                body: JSON.stringify({query: `mutation($input: CreateApiTokenInput!) {
                    createApiToken(input: $input) { token } }`,
                    variables: {input: {name: 'graphiql e2e', scopes: ['customers.read'],
                        expiresAt: new Date(Date.now() + 86400000).toISOString()}}}),
            });
            return (await res.json()).data.createApiToken.token;
        }""")
    assert token.startswith("crm_pat_")
    before = len(graphql)
    await page.get_by_test_id("graphiql-token").fill(token)
    await expect(page.get_by_test_id("graphiql-credential")).to_have_text("Using an API token")
    await run_in_editor(page, "{ me { username permissions } }")
    await expect(response).to_contain_text('"customers.read"', timeout=15_000)
    # The token's rights, not the session's.
    await expect(response).not_to_contain_text("tokens.manage")
    token_calls = [r for r in graphql[before:] if is_graphiql(r)]
    assert token_calls
    for call in token_calls:
        headers = await call.all_headers()
        assert headers.get("authorization") == f"Bearer {token}"
        assert "x-csrf-token" not in headers
        assert "cookie" not in headers  # credentials: 'omit'
    # The token introspects too (GraphiQL refetches the schema for the new credentials)
    assert any(INTROSPECTION_FIELD in query_of(r) for r in token_calls)
    await page.screenshot(path=output_dir / "graphiql-token.png")

    # The token was kept in memory only
    stored = await page.evaluate(
        "() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
    assert token not in stored
    assert token not in json.dumps(await page.context.cookies())

    assert not [e for e in errors if "Content Security Policy" in e or "Refused to" in e], errors
    assert await page.evaluate("window.__csp") == []
    assert not [e for e in errors if re.search(r"worker|monaco|pageerror", e, re.I)], errors
    assert not foreign, foreign


async def test_graphiql_needs_sign_in(page: Page, live_server: LiveServer) -> None:
    await page.goto(f"{live_server.url}/graphiql")
    await expect(page).to_have_url(f"{live_server.url}/login")
    await expect(page.get_by_test_id("page-title")).to_have_text("Sign in")
    # The explorer's code was never fetched for a signed-out visitor
    loaded = await page.evaluate(
        "() => performance.getEntriesByType('resource').map((e) => e.name)")
    assert not [u for u in loaded if re.search(r"GraphiQLPage|monaco|worker", u)], loaded
