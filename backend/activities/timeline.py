"""A customer's timeline: its activities, comments and recorded changes, newest first.

The three sources are read with the same keyset condition and merged: each page costs three
small indexed queries whatever its position. Changes are audit events on the customer, shown as
action, actor, time and the NAMES of the fields changed: values (PII included) stay in the audit
log, for auditors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tortoise.expressions import Q

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.activities import paging
from backend.activities.models import Activity, Comment
from backend.api.errors import NotFound
from backend.audit.models import AuditEvent
from backend.customers.models import Customer
from backend.customers.scope import visible_to

# Order among entries created in the same instant (a comment and its audit event, say).
RANK = {"change": 0, "comment": 1, "activity": 2}


@dataclass
class Entry:
    kind: str  # change | comment | activity
    at: datetime
    id: int
    activity: Activity | None = None
    comment: Comment | None = None
    change: AuditEvent | None = None
    fields: list[str] = field(default_factory=list)

    @property
    def cursor(self) -> str:
        return paging.encode("timeline", [paging.stamp(self.at), RANK[self.kind], self.id])


@dataclass
class Page:
    customer: Customer
    items: list[Entry]
    has_next: bool


def _after(kind: str, time_field: str, cursor: paging.MergedCursor | None) -> Q:
    return paging.after_merged(RANK[kind], time_field, cursor)


async def customer_timeline(*, actor: Actor, customer_id: int, first: int,
                            after: str | None) -> Page:
    """Scoped like the customer; activities and comments only for holders of activities.read."""
    paging.check_first(first)
    customer = await (await visible_to(actor)).get_or_none(id=customer_id)
    if customer is None:
        raise NotFound()
    cursor = paging.merged_cursor("timeline", after)
    entries: list[Entry] = []
    changes = await AuditEvent.filter(
        _after("change", "at", cursor), target_type="customer", target_id=str(customer.id),
        outcome="success").order_by("-at", "-id").limit(first + 1)
    entries += [Entry("change", e.at, e.id, change=e, fields=sorted(e.changes)) for e in changes]
    if actor.has(Perm.ACTIVITIES_READ):
        activities = await Activity.filter(
            _after("activity", "created_at", cursor), customer_id=customer.id,
            deleted_at__isnull=True).order_by("-created_at", "-id").limit(first + 1)
        entries += [Entry("activity", a.created_at, a.id, activity=a) for a in activities]
        comments = await Comment.filter(
            _after("comment", "created_at", cursor), customer_id=customer.id,
            deleted_at__isnull=True).order_by("-created_at", "-id").limit(first + 1)
        entries += [Entry("comment", c.created_at, c.id, comment=c) for c in comments]
    entries.sort(key=lambda e: (e.at, RANK[e.kind], e.id), reverse=True)
    return Page(customer=customer, items=entries[:first], has_next=len(entries) > first)
