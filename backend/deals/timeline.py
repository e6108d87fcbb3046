"""A deal's timeline: its activities, stage moves and recorded changes, newest first; and
linking an activity to a deal.

The three sources are read with the same keyset condition and merged, so a page costs three
small indexed queries wherever it is. Activities are shown to holders of activities.read, and
only those on customers they can see. Changes name the fields touched; values stay in the audit
log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.activities import paging
from backend.activities.access import writable as activity_writable
from backend.activities.models import Activity
from backend.api.errors import NotFound, ValidationFailed
from backend.audit import services as audit
from backend.audit.models import AuditEvent
from backend.customers.scope import visible_to
from backend.deals.models import Deal, DealStageChange
from backend.deals.services import get_visible, get_writable

# Order among entries of the same instant (a move and its audit event, say).
RANK = {"change": 0, "move": 1, "activity": 2}


@dataclass
class Entry:
    kind: str  # change | move | activity
    at: datetime
    id: int
    activity: Activity | None = None
    move: DealStageChange | None = None
    change: AuditEvent | None = None
    fields: list[str] = field(default_factory=list)

    @property
    def cursor(self) -> str:
        return paging.encode("deal_timeline", [paging.stamp(self.at), RANK[self.kind], self.id])


@dataclass
class Page:
    deal: Deal
    items: list[Entry]
    has_next: bool


def _after(kind: str, time_field: str, cursor: paging.MergedCursor | None) -> Q:
    return paging.after_merged(RANK[kind], time_field, cursor)


async def deal_timeline(*, actor: Actor, deal_id: int, first: int, after: str | None) -> Page:
    """Scoped like the deal (NOT_FOUND outside deals.read)."""
    paging.check_first(first)
    deal = await get_visible(actor, deal_id)
    cursor = paging.merged_cursor("deal_timeline", after)
    changes = await AuditEvent.filter(
        _after("change", "at", cursor), target_type="deal", target_id=str(deal.id),
        outcome="success").order_by("-at", "-id").limit(first + 1)
    entries = [Entry("change", e.at, e.id, change=e, fields=sorted(e.changes)) for e in changes]
    moves = await DealStageChange.filter(_after("move", "changed_at", cursor), deal_id=deal.id) \
        .order_by("-changed_at", "-id").limit(first + 1)
    entries += [Entry("move", m.changed_at, m.id, move=m) for m in moves]
    if actor.has(Perm.ACTIVITIES_READ):
        seen = Subquery((await visible_to(actor)).values("id"))
        activities = await Activity.filter(
            _after("activity", "created_at", cursor), deal_id=deal.id, customer_id__in=seen,
            deleted_at__isnull=True).order_by("-created_at", "-id").limit(first + 1)
        entries += [Entry("activity", a.created_at, a.id, activity=a) for a in activities]
    entries.sort(key=lambda e: (e.at, RANK[e.kind], e.id), reverse=True)
    return Page(deal=deal, items=entries[:first], has_next=len(entries) > first)


async def link_activity(*, actor: Actor, activity_id: int, deal_id: int | None) -> Activity:
    """Attach an activity to a deal of the same customer (or detach it: ``deal_id`` None).
    Needs activities.write over the activity's customer and deals.write over the deal."""
    activity = await Activity.get_or_none(id=activity_id, deleted_at__isnull=True)
    if activity is None:
        raise NotFound()
    await activity_writable(actor, activity.customer_id)
    old, new = activity.deal_id, None
    if old is not None:
        await get_writable(actor, old)
    if deal_id is not None:
        new = await get_writable(actor, deal_id)
        if new.customer_id != activity.customer_id:
            raise ValidationFailed({"dealId": ["OTHER_CUSTOMER"]},
                                   message="The deal is with another customer")
    if (new.id if new else None) == old:
        return activity
    async with in_transaction() as conn:
        await Activity.filter(id=activity.id).using_db(conn).update(
            deal_id=new.id if new else None)
        for target, action in ((old, "deal.activity_unlinked"),
                               (new.id if new else None, "deal.activity_linked")):
            if target is not None:
                await audit.record(actor=actor, action=action, target_type="deal",
                                   target_id=target, changes={"activity_id": activity.id},
                                   using_db=conn)
    activity.deal_id = new.id if new else None
    return activity
