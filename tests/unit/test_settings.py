"""Settings come from CRM_* variables; a bad value names the variable in one line."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from backend.settings import SettingsError, load_settings, new_key_entry


def test_defaults_use_sqlite_in_data_dir_and_generate_keys(tmp_path: Path) -> None:
    s = load_settings({"CRM_DATA_DIR": str(tmp_path)})
    assert s.database_url == f"sqlite://{tmp_path / 'crm.sqlite3'}"
    assert s.public_url == "http://127.0.0.1:8000"
    assert not s.secure_cookies
    assert s.smtp_url is None
    for name in ("session.key", "encryption.keys"):
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode == 0o600, name
    assert len(s.encryption_keys[s.primary_key_id]) == 32


def test_generated_keys_are_reused_on_next_start(tmp_path: Path) -> None:
    first = load_settings({"CRM_DATA_DIR": str(tmp_path)})
    second = load_settings({"CRM_DATA_DIR": str(tmp_path)})
    assert first.secret_key == second.secret_key
    assert first.encryption_keys == second.encryption_keys


def test_https_public_url_turns_on_secure_cookies(tmp_path: Path) -> None:
    s = load_settings({"CRM_DATA_DIR": str(tmp_path), "CRM_PUBLIC_URL": "https://crm.example.com/"})
    assert s.secure_cookies
    assert s.public_origin == "https://crm.example.com"


def test_postgres_url_is_accepted(tmp_path: Path) -> None:
    s = load_settings({"CRM_DATA_DIR": str(tmp_path),
                       "CRM_DATABASE_URL": "postgresql://u:p@db:5432/crm"})
    assert s.database_url == "postgres://u:p@db:5432/crm"
    assert not s.is_sqlite


def test_explicit_keys_are_used(tmp_path: Path) -> None:
    entry = new_key_entry()
    s = load_settings({"CRM_DATA_DIR": str(tmp_path), "CRM_ENCRYPTION_KEYS": entry,
                       "CRM_SECRET_KEY": "x" * 40})
    assert s.primary_key_id == entry.split(":")[0]
    assert s.secret_key == "x" * 40
    assert not (tmp_path / "encryption.keys").exists()


@pytest.mark.parametrize(("name", "value"), [
    ("CRM_DATABASE_URL", "mysql://x"),
    ("CRM_PUBLIC_URL", "ftp://example.com"),
    ("CRM_SMTP_URL", "http://mail"),
    ("CRM_SECRET_KEY", "short"),
    ("CRM_ENCRYPTION_KEYS", "k1:dG9vc2hvcnQ"),
    ("CRM_ENCRYPTION_KEYS", "no-colon"),
    ("CRM_TRUSTED_PROXIES", "10.0.0.300"),
    ("CRM_SESSION_IDLE_MINUTES", "soon"),
])
def test_bad_value_names_the_variable_in_one_line(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings({"CRM_DATA_DIR": str(tmp_path), name: value})
    message = str(caught.value)
    assert name in message
    assert "\n" not in message


def test_database_password_never_appears_in_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings({"CRM_DATA_DIR": str(tmp_path), "CRM_DATABASE_URL": "mysql://u:hunter2@x"})
    assert "hunter2" not in str(caught.value)
