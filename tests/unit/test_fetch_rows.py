"""Raw reads write ``?`` placeholders once; PostgreSQL gets them numbered."""

from __future__ import annotations

from backend.db import _numbered, placeholders


def test_placeholders_are_numbered_in_order_for_postgres() -> None:
    sql = f'SELECT "id" FROM "user" WHERE "id" IN ({placeholders(3)}) AND "team_id" = ?'
    assert _numbered(sql) == 'SELECT "id" FROM "user" WHERE "id" IN ($1, $2, $3) AND "team_id" = $4'
    assert _numbered("SELECT 1") == "SELECT 1"
