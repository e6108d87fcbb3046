"""The notification centre: each user reads and marks only their own notifications."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.activities import paging
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.notifications.models import Notification
from backend.notifications.reminders import send_due_reminders

MAX_IDS = 200


@dataclass
class Page:
    items: list[Notification]
    has_next: bool


async def list_notifications(*, actor: Actor, first: int, after: str | None,
                             unread_only: bool) -> Page:
    """The actor's notifications, newest first."""
    paging.check_first(first)
    query = Notification.filter(user_id=actor.user_id)
    if unread_only:
        query = query.filter(read_at__isnull=True)
    if after:
        query = query.filter(id__lt=paging.as_int(paging.decode("notification", after, 1)[0]))
    rows = await query.order_by("-id").limit(first + 1)
    return Page(items=list(rows[:first]), has_next=len(rows) > first)


def cursor_of(row: Notification) -> str:
    return paging.encode("notification", [row.id])


async def unread_count(*, actor: Actor) -> int:
    """Unread notifications; due task reminders of the actor are created first, so they appear
    without a scheduler (the SPA polls this)."""
    await send_due_reminders(now_utc(), user_id=actor.user_id)
    return await Notification.filter(user_id=actor.user_id, read_at__isnull=True).count()


async def _mark(actor: Actor, ids: list[int] | None) -> int:
    query = Notification.filter(user_id=actor.user_id, read_at__isnull=True)
    if ids is not None:
        query = query.filter(id__in=ids)
    async with in_transaction() as conn:
        marked = await query.using_db(conn).update(read_at=now_utc())
        if marked:
            await audit.record(actor=actor, action="notifications.read", target_type="user",
                               target_id=actor.user_id, changes={"count": marked},
                               using_db=conn)
    return marked


async def mark_read(*, actor: Actor, ids: list[int]) -> int:
    """Mark some of the actor's notifications read; other users' ids are simply not matched.
    Returns how many changed."""
    if not 1 <= len(ids) <= MAX_IDS:
        raise ValidationFailed({"ids": ["OUT_OF_RANGE"]}, message=f"1-{MAX_IDS} ids at a time")
    return await _mark(actor, sorted(set(ids)))


async def mark_all_read(*, actor: Actor) -> int:
    return await _mark(actor, None)
