"""Shared fixtures: a migrated database (SQLite, or PostgreSQL when CRM_TEST_DB=postgres), the
ASGI app with an httpx client, the real server, and Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tortoise import Tortoise

from backend.accounts.roles import ensure_builtin_roles
from backend.app import create_app
from backend.db import close_db, init_db, migrate
from backend.settings import Settings, load_settings, use_settings
from tests.support.pg import PgServer

pytest_plugins = ["tests.support.browser", "tests.support.smtp"]

USE_POSTGRES = os.environ.get("CRM_TEST_DB") == "postgres"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if USE_POSTGRES:
        pg: PgServer = request.getfixturevalue("pg_server")
        return pg.create_database("crm_test")
    return f"sqlite://{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def make_settings(data_dir: Path, database_url: str, **env: str) -> Settings:
    return load_settings({
        "CRM_DATA_DIR": str(data_dir),
        "CRM_DATABASE_URL": database_url,
        "CRM_PUBLIC_URL": "http://testserver.local",
        **env,
    })


@pytest.fixture(scope="session")
async def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory
                   ) -> AsyncIterator[Settings]:
    s = make_settings(tmp_path_factory.mktemp("data"), database_url)
    use_settings(s)
    await migrate(s)
    await init_db(s)
    if not USE_POSTGRES:
        # As the PostgreSQL of the tests runs with fsync off: no fsync per commit (~1 ms each on
        # this disk). Other processes still see every commit; only an OS crash could lose one.
        Tortoise.get_connection("default").pragmas["synchronous"] = "OFF"
        await _close_sqlite()
    await _clean_tables()
    await ensure_builtin_roles()
    if not USE_POSTGRES:
        await _close_sqlite()
        shutil.copyfile(_sqlite_path(s), _sqlite_template(s))
    yield s
    await close_db()


def _sqlite_path(s: Settings) -> Path:
    return Path(s.database_url.split("://", 1)[1])


def _sqlite_template(s: Settings) -> Path:
    return _sqlite_path(s).with_name("template.sqlite3")


async def _close_sqlite() -> None:
    """Fold the WAL into the file and close the connection (Tortoise reopens it on next use)."""
    conn = Tortoise.get_connection("default")
    await conn.execute_script("PRAGMA wal_checkpoint(TRUNCATE)")
    await conn.close()


async def _restore_sqlite(s: Settings) -> None:
    """Put back the copy of the migrated, emptied database with the built-in roles: a few
    milliseconds, where deleting what a 10,000-row import left behind took over 20 seconds."""
    await Tortoise.get_connection("default").close()
    path = _sqlite_path(s)
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(_sqlite_template(s), path)


# Every table but aerich emptied and every sequence restarted, as "TRUNCATE <all tables> RESTART
# IDENTITY CASCADE" would, in one round trip: only the tables holding rows are truncated (a TRUNCATE
# costs ~2 ms per table with its indexes, and a test fills a handful of some sixty tables), and
# only the sequences that were used are restarted.
PG_CLEAN = """DO $$
DECLARE
  t text;
  seq text;
  has_rows boolean;
  dirty text[] := '{}';
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'
  LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO has_rows;
    IF has_rows THEN
      dirty := dirty || format('%I', t);
    END IF;
  END LOOP;
  IF cardinality(dirty) > 0 THEN
    EXECUTE 'TRUNCATE ' || array_to_string(dirty, ', ') || ' RESTART IDENTITY CASCADE';
  END IF;
  FOR seq IN SELECT format('%I', sequencename) FROM pg_sequences
             WHERE schemaname = 'public' AND last_value IS NOT NULL
               AND sequencename NOT LIKE 'aerich%'
  LOOP
    EXECUTE 'ALTER SEQUENCE ' || seq || ' RESTART';
  END LOOP;
END $$;"""


async def _clean_tables() -> None:
    conn = Tortoise.get_connection("default")
    if conn.schema_generator.DIALECT == "postgres":
        await conn.execute_script(PG_CLEAN)
    else:
        _, rows = await conn.execute_query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            # The FTS5 index and its shadow tables follow customer through triggers; deleting
            # from them directly corrupts the index ("database disk image is malformed").
            " AND name NOT LIKE 'customer_fts%'")
        for r in rows:
            if r["name"] != "aerich":
                await conn.execute_script(f'DELETE FROM "{r["name"]}"')


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Settings]:
    """A database emptied before the test, with the built-in roles."""
    use_settings(settings)
    if USE_POSTGRES:
        await _clean_tables()
        await ensure_builtin_roles()
    else:
        await _restore_sqlite(settings)
    yield settings


@pytest.fixture
async def client(db: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(db, check_migrations=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url=db.public_url) as c:
        yield c


async def gql(client: httpx.AsyncClient, query: str, variables: dict[str, Any] | None = None,
              headers: dict[str, str] | None = None) -> dict[str, Any]:
    """POST a GraphQL operation as the SPA does (echoing the CSRF cookie); returns the body."""
    sent = {"x-csrf-token": client.cookies.get("crm_csrf") or ""}
    sent.update(headers or {})
    response = await client.post("/graphql", json={"query": query, "variables": variables or {}},
                                 headers=sent)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def error_codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors") or []]
