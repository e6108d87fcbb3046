"""The notification centre in the API: only ever the caller's own notifications."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from backend.activities.access import me, names_of
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import IsAuthenticated
from backend.customers.types import PageInfo, UserRef
from backend.notifications import digest, inbox
from backend.notifications.models import Notification as Row


@strawberry.enum(description="What a notification is about.")
class NotificationKind(Enum):
    MENTION = "mention"
    ASSIGNMENT = "assignment"
    TASK_ASSIGNED = "task_assigned"
    TASK_DUE = "task_due"


@strawberry.type(description="Something you were told about: a mention, a task assigned to you, "
                 "a task reminder, a customer assigned to you. Carries display data only; the "
                 "SPA writes the sentence in your language from `kind` and these fields.")
class Notification:
    id: strawberry.ID = strawberry.field(description="The notification's id.")
    kind: NotificationKind = strawberry.field(description="What it is about.")
    actor: UserRef | None = strawberry.field(description="Who caused it (null for reminders).")
    actor_name: str = strawberry.field(description="Their name when it was sent.")
    customer_id: strawberry.ID | None = strawberry.field(description="The customer concerned.")
    customer_name: str = strawberry.field(description="Its name when it was sent.")
    activity_id: strawberry.ID | None = strawberry.field(description="The activity concerned.")
    comment_id: strawberry.ID | None = strawberry.field(description="Mentions: the comment.")
    excerpt: str = strawberry.field(description="Mentions: the comment's first 120 characters.")
    subject: str = strawberry.field(description="Tasks: the task's summary.")
    due_at: datetime | None = strawberry.field(description="Tasks: when it is due.")
    count: int = strawberry.field(
        description="Assignments: how many customers were assigned at once (1 otherwise).")
    note: str = strawberry.field(description="Assignments: the note given with the transfer.")
    read: bool = strawberry.field(description="Whether you have read it.")
    created_at: datetime = strawberry.field(description="When it was sent.")


@strawberry.type(description="An edge of a connection: a notification and the cursor after it.")
class NotificationEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    node: Notification = strawberry.field(description="The notification.")


@strawberry.type(description="A page of your notifications, newest first.")
class NotificationConnection:
    edges: list[NotificationEdge] = strawberry.field(description="This page's notifications.")
    page_info: PageInfo = strawberry.field(description="Paging state.")


def _text(payload: dict[str, object], key: str) -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _id(value: object) -> strawberry.ID | None:
    return strawberry.ID(str(value)) if isinstance(value, int) and value else None


def _node(row: Row, names: dict[int, str]) -> Notification:
    due = _text(row.payload, "due_at")
    count = row.payload.get("count")
    actor = UserRef(id=strawberry.ID(str(row.actor_id)), display_name=names[row.actor_id]) \
        if row.actor_id in names and row.actor_id is not None else None
    return Notification(
        id=strawberry.ID(str(row.id)), kind=NotificationKind(row.kind), actor=actor,
        actor_name=_text(row.payload, "actor_name"), customer_id=_id(row.customer_id),
        customer_name=_text(row.payload, "customer_name"), activity_id=_id(row.activity_id),
        comment_id=_id(row.payload.get("comment_id")), excerpt=_text(row.payload, "excerpt"),
        subject=_text(row.payload, "subject"),
        due_at=datetime.fromisoformat(due) if due else None,
        count=count if isinstance(count, int) else 1,
        note=_text(row.payload, "note"),
        read=row.read_at is not None, created_at=row.created_at)


@strawberry.type
class Query:
    @strawberry.field(description="Your notifications, newest first.",
                      permission_classes=[IsAuthenticated])
    async def notifications(self, info: Info, first: int = 20, after: str | None = None,
                            unread_only: bool = False) -> NotificationConnection:
        page = await inbox.list_notifications(actor=me(info), first=first, after=after,
                                              unread_only=unread_only)
        names = await names_of({r.actor_id for r in page.items})
        edges = [NotificationEdge(cursor=inbox.cursor_of(r), node=_node(r, names))
                 for r in page.items]
        return NotificationConnection(edges=edges, page_info=PageInfo(
            has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None))

    @strawberry.field(description="How many of your notifications are unread. Task reminders "
                      "that have come due are created first.",
                      permission_classes=[IsAuthenticated])
    async def unread_notification_count(self, info: Info) -> int:
        return await inbox.unread_count(actor=me(info))

    @strawberry.field(description="Whether you get the daily email digest of unread "
                      "notifications.", permission_classes=[IsAuthenticated])
    async def notification_digest_enabled(self, info: Info) -> bool:
        return await digest.digest_enabled(me(info).user_id)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Mark some of your notifications read (1-200 ids; ids that "
                         "are not yours are ignored). Returns how many changed.",
                         permission_classes=[IsAuthenticated])
    async def mark_notifications_read(self, info: Info, ids: list[strawberry.ID]) -> int:
        return await inbox.mark_read(actor=me(info), ids=[parse_id(i) for i in ids])

    @strawberry.mutation(description="Mark all your notifications read. Returns how many "
                         "changed.", permission_classes=[IsAuthenticated])
    async def mark_all_notifications_read(self, info: Info) -> int:
        return await inbox.mark_all_read(actor=me(info))

    @strawberry.mutation(description="Turn the daily email digest of unread notifications on "
                         "or off.", permission_classes=[IsAuthenticated])
    async def set_notification_digest(self, info: Info, enabled: bool) -> bool:
        return await digest.set_digest(actor=me(info), enabled=enabled)
