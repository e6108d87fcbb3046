"""Turning GraphQL IDs into database ids."""

from __future__ import annotations

from backend.api.errors import NotFound


def parse_id(raw: object) -> int:
    """An id the caller sent; anything that is not one names nothing, hence NOT_FOUND."""
    try:
        return int(str(raw))
    except (TypeError, ValueError):
        raise NotFound() from None


def parse_optional_id(raw: object | None) -> int | None:
    return None if raw is None else parse_id(raw)
