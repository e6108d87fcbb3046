"""Shape checks for account fields; each returns problem codes the SPA translates."""

from __future__ import annotations

import re

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def username_problems(username: str) -> list[str]:
    return [] if USERNAME_RE.fullmatch(username or "") else ["INVALID_USERNAME"]


def email_problems(email: str) -> list[str]:
    return [] if len(email) <= 254 and EMAIL_RE.fullmatch(email or "") else ["INVALID_EMAIL"]


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def normalize_email(email: str) -> str:
    return email.strip().lower()
