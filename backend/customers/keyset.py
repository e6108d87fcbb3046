"""Keyset pages and bulk row loading shared by the pool, the recycle bin and bulk actions.

Pages are newest first on ``id`` (stable under concurrent inserts); cursors are opaque to callers.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import Forbidden, NotFound, ValidationFailed
from backend.customers.models import Customer
from backend.customers.scope import visible_to

MAX_PAGE = 100
MAX_BULK = 200

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    has_next: bool


def encode_cursor(kind: str, row_id: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{row_id}".encode()).decode()


def decode_cursor(kind: str, cursor: str | None) -> int | None:
    """The id a cursor of ``kind`` stands for; a cursor of another list is refused."""
    if not cursor:
        return None
    try:
        found, _, raw = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if found != kind:
            raise ValueError
        return int(raw)
    except (ValueError, UnicodeDecodeError):
        raise ValidationFailed({"after": ["INVALID_CURSOR"]}) from None


def check_page_size(first: int) -> None:
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]}, message=f"first must be 1-{MAX_PAGE}")


def bulk_ids(ids: Iterable[int], field: str = "customerIds") -> list[int]:
    """Distinct ids in the order given; 1 to ``MAX_BULK`` of them."""
    unique = list(dict.fromkeys(ids))
    if not unique:
        raise ValidationFailed({field: ["REQUIRED"]})
    if len(unique) > MAX_BULK:
        raise ValidationFailed({field: ["TOO_MANY"]}, message=f"At most {MAX_BULK} at once")
    return unique


async def load_for_change(actor: Actor, ids: list[int], perm: str, *,
                          using_db: BaseDBAsyncClient, deleted: bool = False) -> list[Customer]:
    """The customers ``ids`` name, locked for the caller's transaction, in the order given.

    Any id the actor cannot see at all is NOT_FOUND (so a guessed id tells nothing); one they can
    see but ``perm`` does not cover is FORBIDDEN. ``deleted`` switches to recycle-bin rows,
    whose visibility is judged by ``perm`` itself (customers.read never covers deleted rows).
    """
    if deleted:
        seen = (await visible_to(actor, perm, include_deleted=True)).filter(
            deleted_at__isnull=False)
        allowed = seen
    else:
        seen = await visible_to(actor, Perm.CUSTOMERS_READ)
        allowed = await visible_to(actor, perm)
    # FOR UPDATE (PostgreSQL) serialises concurrent bulk actions on the same rows; SQLite
    # serialises writers anyway.
    rows = {c.id: c for c in await allowed.filter(id__in=ids).using_db(using_db)
            .select_for_update()}
    if len(rows) < len(ids):
        missing = [i for i in ids if i not in rows]
        if deleted or await seen.filter(id__in=missing).using_db(using_db).count() < len(missing):
            raise NotFound()
        raise Forbidden()
    return [rows[i] for i in ids]
