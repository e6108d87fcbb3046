"""Typed settings read from the environment (``CRM_*``) and from files in the data directory.

Every value is validated once, at start-up; a bad value raises ``SettingsError`` whose message is a
single line naming the variable, so an operator sees at once what to fix.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from backend import __version__


class SettingsError(Exception):
    """A configuration value is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    public_url: str
    smtp_url: str | None
    secret_key: str
    encryption_keys: dict[str, bytes]
    primary_key_id: str
    trusted_proxies: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    session_idle_minutes: int = 30
    session_absolute_hours: int = 12
    mail_from: str = "Bastion CRM <no-reply@localhost>"
    token_rate_limit: int = 600
    reveal_per_hour: int = 30
    pool_claims_per_day: int = 20
    # Deals without a currency get this one; reports total amounts in it (ISO 4217 code).
    default_currency: str = "CNY"
    sms_webhook_url: str | None = None
    sms_webhook_secret: str = ""
    # Import and export (backend/dataio): upload size, inline export size, the export size
    # that alerts admins, and how long a running job may go without a heartbeat.
    import_max_mb: int = 20
    export_inline_rows: int = 5000
    export_alert_rows: int = 1000
    job_stale_seconds: int = 60
    version: str = __version__
    spa_dir: Path = field(default_factory=lambda: Path(__file__).resolve().parent.parent
                          / "frontend" / "dist")

    @property
    def secure_cookies(self) -> bool:
        """Under https the cookies get Secure and the ``__Host-`` prefix, and HSTS is sent."""
        return self.public_url.startswith("https://")

    @property
    def public_origin(self) -> str:
        parts = urlsplit(self.public_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _int(env: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low} and {high}, got {value}")
    return value


def _database_url(env: dict[str, str], data_dir: Path) -> str:
    url = env.get("CRM_DATABASE_URL") or f"sqlite://{data_dir / 'crm.sqlite3'}"
    scheme = url.split("://", 1)[0]
    if "://" not in url or scheme not in {"sqlite", "postgres", "postgresql", "asyncpg"}:
        # Never echo the URL itself: it may carry a password.
        raise SettingsError(
            "CRM_DATABASE_URL must start with sqlite:// or postgres://"
        )
    if scheme == "postgresql":
        url = "postgres://" + url.split("://", 1)[1]
    return url


def _public_url(env: dict[str, str]) -> str:
    url = (env.get("CRM_PUBLIC_URL") or "http://127.0.0.1:8000").rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise SettingsError(f"CRM_PUBLIC_URL must be an http:// or https:// URL, got {url!r}")
    return url


def _smtp_url(env: dict[str, str]) -> str | None:
    url = env.get("CRM_SMTP_URL") or None
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtps", "smtp+starttls"} or not parts.hostname:
        raise SettingsError(
            "CRM_SMTP_URL must look like smtp://host:port, smtp+starttls://… or smtps://…"
        )
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise SettingsError("CRM_SMTP_URL has an invalid port") from None
    return url


def _read_or_create(path: Path, make: str) -> str:
    """Read a generated secret, creating it with mode 0600 on first start."""
    if path.exists():
        return path.read_text().strip()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(make + "\n")
    return make


def _secret_key(env: dict[str, str], data_dir: Path) -> str:
    key = env.get("CRM_SECRET_KEY") or _read_or_create(
        data_dir / "session.key", secrets.token_urlsafe(48)
    )
    if len(key) < 32:
        raise SettingsError("CRM_SECRET_KEY must be at least 32 characters")
    return key


def parse_key_ring(raw: str, name: str = "CRM_ENCRYPTION_KEYS") -> tuple[dict[str, bytes], str]:
    """Parse ``id:base64key,id2:base64key``; the first key encrypts, all of them decrypt."""
    ring: dict[str, bytes] = {}
    primary = ""
    for item in raw.replace("\n", ",").split(","):
        item = item.strip()
        if not item:
            continue
        kid, sep, b64 = item.partition(":")
        if not sep or not kid.isalnum() or len(kid) > 16:
            raise SettingsError(f"{name} entries must look like keyid:base64key")
        try:
            key = base64.urlsafe_b64decode(b64 + "=" * (-len(b64) % 4))
        except ValueError:
            raise SettingsError(f"{name} key {kid!r} is not valid base64") from None
        if len(key) != 32:
            raise SettingsError(f"{name} key {kid!r} must be 32 bytes (AES-256)")
        ring[kid] = key
        primary = primary or kid
    if not ring:
        raise SettingsError(f"{name} holds no key")
    return ring, primary


def new_key_entry() -> str:
    kid = "k" + secrets.token_hex(3)
    return f"{kid}:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip('=')}"


def _trusted_proxies(
    env: dict[str, str],
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    raw = env.get("CRM_TRUSTED_PROXIES", "")
    nets = []
    for item in filter(None, (p.strip() for p in raw.split(","))):
        try:
            nets.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise SettingsError(f"CRM_TRUSTED_PROXIES has an invalid address {item!r}") from None
    return tuple(nets)


def _sms(env: dict[str, str]) -> tuple[str | None, str]:
    url = env.get("CRM_SMS_WEBHOOK_URL") or None
    secret = env.get("CRM_SMS_WEBHOOK_SECRET", "")
    if url is None:
        return None, ""
    if urlsplit(url).scheme not in {"http", "https"}:
        raise SettingsError("CRM_SMS_WEBHOOK_URL must be an http:// or https:// URL")
    if len(secret) < 16:
        raise SettingsError("CRM_SMS_WEBHOOK_SECRET must be at least 16 characters")
    return url, secret


def _currency(env: dict[str, str]) -> str:
    code = (env.get("CRM_DEFAULT_CURRENCY") or "CNY").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise SettingsError(f"CRM_DEFAULT_CURRENCY must be a 3-letter ISO 4217 code, "
                            f"got {code!r}")
    return code


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build settings from ``env`` (default: the process environment)."""
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("CRM_DATA_DIR") or "./data").resolve()
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise SettingsError(f"CRM_DATA_DIR {str(data_dir)!r} cannot be created: {exc.strerror}")\
            from None
    keys_raw = env.get("CRM_ENCRYPTION_KEYS") or _read_or_create(
        data_dir / "encryption.keys", new_key_entry()
    )
    ring, primary = parse_key_ring(keys_raw)
    sms_url, sms_secret = _sms(env)
    return Settings(
        data_dir=data_dir,
        database_url=_database_url(env, data_dir),
        public_url=_public_url(env),
        smtp_url=_smtp_url(env),
        secret_key=_secret_key(env, data_dir),
        encryption_keys=ring,
        primary_key_id=primary,
        trusted_proxies=_trusted_proxies(env),
        session_idle_minutes=_int(env, "CRM_SESSION_IDLE_MINUTES", 30, 1, 24 * 60),
        session_absolute_hours=_int(env, "CRM_SESSION_ABSOLUTE_HOURS", 12, 1, 24 * 30),
        mail_from=env.get("CRM_MAIL_FROM") or "Bastion CRM <no-reply@localhost>",
        token_rate_limit=_int(env, "CRM_TOKEN_RATE_LIMIT", 600, 1, 1_000_000),
        reveal_per_hour=_int(env, "CRM_REVEAL_PER_HOUR", 30, 1, 10_000),
        pool_claims_per_day=_int(env, "CRM_POOL_CLAIMS_PER_DAY", 20, 0, 100_000),
        default_currency=_currency(env),
        sms_webhook_url=sms_url,
        sms_webhook_secret=sms_secret,
        import_max_mb=_int(env, "CRM_IMPORT_MAX_MB", 20, 1, 1024),
        export_inline_rows=_int(env, "CRM_EXPORT_INLINE_ROWS", 5000, 0, 1_000_000),
        export_alert_rows=_int(env, "CRM_EXPORT_ALERT_ROWS", 1000, 1, 100_000_000),
        job_stale_seconds=_int(env, "CRM_JOB_STALE_SECONDS", 60, 1, 86_400),
    )


_current: Settings | None = None


def get_settings() -> Settings:
    """The process-wide settings, loaded from the environment on first use."""
    global _current
    if _current is None:
        _current = load_settings()
    return _current


def use_settings(settings: Settings) -> None:
    """Make ``settings`` the process-wide settings (the app factory and tests call this)."""
    global _current
    _current = settings
