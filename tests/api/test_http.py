"""The HTTP surface: health, security headers, and clear 4xx answers for bad requests."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from backend.app import create_app
from backend.settings import Settings
from tests.conftest import gql, make_settings


async def test_healthz_checks_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["version"]


async def test_every_response_carries_security_headers(client: httpx.AsyncClient) -> None:
    for response in (await client.get("/healthz"), await client.get("/nope.js"),
                     await client.post("/graphql", content=b"{")):
        csp = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1]\
            .split(";")[0]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-request-id"]
        assert "strict-transport-security" not in response.headers


async def test_hsts_only_under_https(db: Settings, tmp_path: Path) -> None:
    https = make_settings(tmp_path, db.database_url, CRM_PUBLIC_URL="https://crm.example.com")
    app = create_app(https, check_migrations=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="https://crm.example.com") as c:
        response = await c.get("/healthz")
    assert response.headers["strict-transport-security"].startswith("max-age=")


async def test_graphql_query_over_post_and_get(client: httpx.AsyncClient) -> None:
    body = await gql(client, "{ serverInfo { name version } }")
    assert body["data"]["serverInfo"]["name"] == "Bastion CRM"
    response = await client.get("/graphql", params={"query": "{ serverInfo { version } }"})
    assert response.status_code == 200
    assert response.json()["data"]["serverInfo"]["version"]


async def test_mutation_over_get_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", params={"query": "mutation { logout }"})
    assert 400 <= response.status_code < 500
    assert "mutation" in response.text.lower()


async def test_malformed_json_is_a_400(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", content=b'{"query": ',
                                 headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "Traceback" not in response.text


async def test_body_over_one_mib_is_a_413(client: httpx.AsyncClient) -> None:
    big = b'{"query": "' + b" " * (1024 * 1024 + 10) + b'"}'
    response = await client.post("/graphql", content=big,
                                 headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_chunked_body_over_one_mib_is_a_413(client: httpx.AsyncClient) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(20):
            yield b" " * 65536

    response = await client.post("/graphql", content=chunks(),
                                 headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_unknown_field_gets_bad_user_input(client: httpx.AsyncClient) -> None:
    body = await gql(client, "{ nothingHere }")
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert body["errors"][0]["extensions"]["requestId"]


async def test_unknown_asset_and_api_paths_are_404(client: httpx.AsyncClient) -> None:
    for path in ("/assets/missing-abc.js", "/nope.js", "/api/v1/anything"):
        response = await client.get(path, headers={"accept": "application/json"})
        assert response.status_code == 404, path


@pytest.fixture
def spa_dist(tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")
    (dist / "assets" / "app-1a2b3c.js").write_text("console.log(1)")
    (dist / "favicon.svg").write_text("<svg/>")
    return dist


async def test_spa_history_fallback_and_asset_caching(db: Settings, spa_dist: Path) -> None:
    from dataclasses import replace

    app = create_app(replace(db, spa_dir=spa_dist), check_migrations=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url=db.public_url) as c:
        deep = await c.get("/customers/42", headers={"accept": "text/html"})
        assert deep.status_code == 200 and "root" in deep.text
        assert deep.headers["cache-control"] == "no-cache"
        asset = await c.get("/assets/app-1a2b3c.js")
        assert asset.status_code == 200
        assert "immutable" in asset.headers["cache-control"]
        assert (await c.get("/favicon.svg")).status_code == 200
        escape = await c.get("/assets/../../etc/passwd")
        assert escape.status_code == 404
