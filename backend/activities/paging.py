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
from typing import Any

from tortoise.expressions import Q

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


# A merged list (a timeline) reads several sources with one cursor: (time, rank of the source
# among entries of the same instant, id).
MergedCursor = tuple[datetime, int, int]


def merged_cursor(tag: str, after: str | None) -> MergedCursor | None:
    if not after:
        return None
    at, rank, last_id = decode(tag, after, 3)
    when = as_time(at)
    if when is None:
        raise ValidationFailed({"after": ["INVALID_CURSOR"]})
    return when, as_int(rank), as_int(last_id)


def after_merged(rank: int, time_field: str, cursor: MergedCursor | None) -> Q:
    """Rows of the source ranked ``rank`` that sort after the cursor (newest first)."""
    if cursor is None:
        return Q()
    at, cursor_rank, last_id = cursor
    before: dict[str, Any] = {f"{time_field}__lt": at}
    same: dict[str, Any] = {time_field: at}
    if rank < cursor_rank:
        return Q(**before) | Q(**same)
    if rank == cursor_rank:
        return Q(**before) | Q(**same, id__lt=last_id)
    return Q(**before)
