"""Creating in-app notifications. Call ``notify`` inside the transaction of the change it reports,
so a rolled-back change leaves no notification behind."""

from __future__ import annotations

from collections.abc import Iterable

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.accounts.actor import Actor
from backend.notifications.models import Notification

KINDS = {"mention", "assignment", "task_assigned", "task_due", "export_alert"}


async def notify(*, actor: Actor | None, user_ids: Iterable[int], kind: str,
                 customer_id: int | None = None, activity_id: int | None = None,
                 payload: dict[str, object] | None = None,
                 using_db: BaseDBAsyncClient | None = None) -> int:
    """One notification per recipient (never to the actor themself); returns how many.

    ``payload`` carries display data only (names, a short excerpt), never PII values: the SPA
    renders the sentence in the reader's language from ``kind`` and ``payload``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    me = actor.user_id if actor else None
    recipients = sorted({uid for uid in user_ids if uid != me})
    if not recipients:
        return 0
    await Notification.bulk_create(
        [Notification(user_id=uid, kind=kind, actor_id=me, customer_id=customer_id,
                      activity_id=activity_id, payload=dict(payload or {}))
         for uid in recipients],
        using_db=using_db)
    return len(recipients)


EXCERPT_LENGTH = 120


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """At most ``limit`` characters of ``text`` on one line, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"
