"""schema.graphql is the contract partners and the SPA build on: it must match the server."""

from __future__ import annotations

from pathlib import Path

from backend.api.schema import export_sdl

ROOT = Path(__file__).resolve().parents[2]


def test_committed_schema_matches_the_server() -> None:
    committed = (ROOT / "schema.graphql").read_text()
    assert committed == export_sdl(), (
        "schema.graphql is stale: run `make schema` and commit it with the generated SPA types")


def test_contract_names_are_present() -> None:
    sdl = export_sdl()
    for name in ("login(input: LoginInput!): LoginResult!", "logout: Boolean!", "me: Me",
                 "enum MfaMethod", "enum LoginStatus"):
        assert name in sdl
