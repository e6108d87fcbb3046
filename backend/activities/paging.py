"""Opaque keyset cursors shared by the collaboration lists (activities, comments, tasks,
timeline, notifications).

A cursor is the sort key of the last row a page showed, base64-encoded JSON tagged with the list it
belongs to: a cursor from one list is refused by another instead of silently paging it wrongly.
Keyset (never OFFSET) pagination stays stable while rows are added.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime

from backend.api.errors import ValidationFailed

MAX_PAGE = 100

Key = list[str | int | None]


def check_first(first: int) -> None:
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]},
                               message=f"first must be 1-{MAX_PAGE}")


def encode(tag: str, key: Key) -> str:
    return base64.urlsafe_b64encode(json.dumps([tag, *key]).encode()).decode()


def decode(tag: str, cursor: str, size: int) -> Key:
    """The ``size`` parts of a cursor made by ``encode(tag, ...)``; BAD_USER_INPUT otherwise."""
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if not isinstance(raw, list) or len(raw) != size + 1 or raw[0] != tag or \
                not all(isinstance(p, str | int) or p is None for p in raw[1:]):
            raise ValueError
    except (ValueError, UnicodeError, binascii.Error):
        raise ValidationFailed({"after": ["INVALID_CURSOR"]}) from None
    return list(raw[1:])


def as_int(value: str | int | None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationFailed({"after": ["INVALID_CURSOR"]})
    return value


def as_time(value: str | int | None) -> datetime | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return utc(datetime.fromisoformat(value))
    except ValueError:
        raise ValidationFailed({"after": ["INVALID_CURSOR"]}) from None


def utc(value: datetime) -> datetime:
    """Aware UTC: inputs without a zone are read as UTC. SQLite compares stored times as text,
    so every time written or compared must carry the same +00:00 offset."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def stamp(value: datetime | None) -> str | None:
    return None if value is None else utc(value).isoformat()
