"""Writing audit events. Call ``record`` inside the transaction of the change it describes."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.accounts.actor import Actor
from backend.audit.models import AuditEvent
from backend.core import request_meta


async def record(
    *,
    actor: Actor | None,
    action: str,
    target_type: str = "",
    target_id: str | int = "",
    outcome: str = "success",
    reason: str = "",
    changes: dict[str, Any] | None = None,
    actor_label: str | None = None,
    using_db: BaseDBAsyncClient | None = None,
) -> AuditEvent:
    """Append one event. ``changes`` holds field names with before/after; never secrets."""
    meta = request_meta.current()
    return await AuditEvent.create(
        actor_id=actor.user_id if actor else None,
        actor_label=actor_label if actor_label is not None else (actor.label if actor else ""),
        token_id=actor.token_id if actor else None,
        ip=meta.ip,
        user_agent=meta.user_agent[:255],
        request_id=meta.request_id,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        outcome=outcome,
        reason=reason,
        changes=changes or {},
        using_db=using_db,
    )
