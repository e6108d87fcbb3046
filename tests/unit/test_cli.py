"""The `crm` command from a shell, as an operator or a script would run it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from tests.support.server import CRM


def run(*args: str, data_dir: Path, stdin: str = "", **env: str
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CRM, *args], input=stdin, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CRM_DATA_DIR": str(data_dir), **env})


def test_help_lists_every_command(tmp_path: Path) -> None:
    out = run("--help", data_dir=tmp_path).stdout
    for command in ("serve", "migrate", "user", "schema"):
        assert command in out


def test_schema_prints_sdl(tmp_path: Path) -> None:
    out = run("schema", data_dir=tmp_path).stdout
    assert "type Query" in out and "login(input: LoginInput!)" in out


def test_serve_refuses_unmigrated_database(tmp_path: Path) -> None:
    result = run("serve", "--port", "1", data_dir=tmp_path)
    assert result.returncode != 0
    assert "crm migrate" in result.stderr


def test_bad_setting_stops_with_one_line(tmp_path: Path) -> None:
    result = run("migrate", data_dir=tmp_path, CRM_PUBLIC_URL="nonsense")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "CRM_PUBLIC_URL" in result.stderr


def test_user_create_reads_password_from_stdin(tmp_path: Path) -> None:
    assert run("migrate", data_dir=tmp_path).returncode == 0
    result = run("user", "create", "--username", "Ops.Admin", "--email", "ops@example.com",
                 "--role", "admin", "--password-stdin", data_dir=tmp_path,
                 stdin="Very-l0ng-and-unusual-passphrase!\n")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "crm.sqlite3") as conn:
        row = conn.execute(
            "SELECT username_key, email, password_hash FROM user").fetchone()
        roles = conn.execute("SELECT r.name FROM user_role ur JOIN role r ON r.id = ur.role_id"
                             ).fetchall()
        audit = conn.execute("SELECT action, changes FROM audit_event").fetchall()
    assert row[0] == "ops.admin" and row[1] == "ops@example.com"
    assert row[2].startswith("$argon2id$")
    assert roles == [("admin",)]
    assert audit[0][0] == "user.created" and "passphrase" not in audit[0][1]


def test_user_create_rejects_unknown_role_and_duplicate(tmp_path: Path) -> None:
    run("migrate", data_dir=tmp_path)
    bad = run("user", "create", "--username", "x1", "--email", "x1@example.com", "--role",
              "wizard", "--password-stdin", data_dir=tmp_path, stdin="pw-Long-enough-123!\n")
    assert bad.returncode == 1 and "roles" in bad.stderr
    ok = run("user", "create", "--username", "x2", "--email", "x2@example.com", "--role",
             "sales", "--password-stdin", data_dir=tmp_path, stdin="pw-Long-enough-123!\n")
    assert ok.returncode == 0
    dup = run("user", "create", "--username", "X2", "--email", "x3@example.com", "--role",
              "sales", "--password-stdin", data_dir=tmp_path, stdin="pw-Long-enough-123!\n")
    assert dup.returncode == 1 and "taken" in dup.stderr
