"""GraphQL types of activities, comments and the customer timeline.

Objects are built once per row with plain attributes (names of the people involved are loaded
for the whole page in one query), so resolving a page does no per-field database work.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated

import strawberry

from backend.activities import mentions
from backend.activities.models import Activity as ActivityRow
from backend.activities.models import Comment as CommentRow
from backend.customers.types import PageInfo, UserRef


@strawberry.enum(description="What an activity records.")
class ActivityKind(Enum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    TASK = "task"


@strawberry.enum(description="Which of your tasks to list.")
class TaskFilter(Enum):
    TODAY = "today"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    DONE = "done"


def user_ref(user_id: int | None, names: dict[int, str]) -> UserRef | None:
    if user_id is None or user_id not in names:
        return None
    return UserRef(id=strawberry.ID(str(user_id)), display_name=names[user_id])


@strawberry.type(description="A note, call, meeting, email or task on a customer.")
class Activity:
    id: strawberry.ID = strawberry.field(description="The activity's id.")
    kind: ActivityKind = strawberry.field(description="What it records.")
    customer_id: strawberry.ID = strawberry.field(description="The customer it belongs to.")
    customer_name: str = strawberry.field(description="That customer's name.")
    subject: str = strawberry.field(description="A one-line summary (required for tasks).")
    body: str = strawberry.field(description="Free text: notes, minutes, the task's details.")
    occurred_at: datetime | None = strawberry.field(
        description="When the call, meeting or email happened (null for tasks).")
    due_at: datetime | None = strawberry.field(description="Tasks: when it is due.")
    remind_at: datetime | None = strawberry.field(
        description="Tasks: when the assignee gets a reminder notification.")
    done: bool = strawberry.field(description="Tasks: whether it is done.")
    done_at: datetime | None = strawberry.field(description="Tasks: when it was done.")
    assignee: UserRef | None = strawberry.field(description="Tasks: who should do it.")
    created_by: UserRef | None = strawberry.field(description="Who logged it.")
    created_at: datetime = strawberry.field(description="When it was logged.")
    updated_at: datetime = strawberry.field(description="When it was last changed.")


def activity(row: ActivityRow, customer_name: str, names: dict[int, str]) -> Activity:
    return Activity(
        id=strawberry.ID(str(row.id)), kind=ActivityKind(row.kind),
        customer_id=strawberry.ID(str(row.customer_id)), customer_name=customer_name,
        subject=row.subject, body=row.body, occurred_at=row.occurred_at, due_at=row.due_at,
        remind_at=row.remind_at, done=row.done_at is not None, done_at=row.done_at,
        assignee=user_ref(row.assignee_id, names), created_by=user_ref(row.created_by_id, names),
        created_at=row.created_at, updated_at=row.updated_at)


@strawberry.type(description="An edge of a connection: an activity and the cursor after it.")
class ActivityEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    node: Activity = strawberry.field(description="The activity.")


@strawberry.type(description="A page of activities (keyset pagination; cursors are opaque).")
class ActivityConnection:
    edges: list[ActivityEdge] = strawberry.field(description="The activities of this page.")
    page_info: PageInfo = strawberry.field(description="Paging state.")


@strawberry.type(description="A comment on a customer or on one of its activities. Its body "
                 "may hold mentions written as `@[Display Name](user:ID)`.")
class Comment:
    id: strawberry.ID = strawberry.field(description="The comment's id.")
    customer_id: strawberry.ID = strawberry.field(description="The customer it is about.")
    activity_id: strawberry.ID | None = strawberry.field(
        description="The activity it answers (null for a comment on the customer itself).")
    body: str = strawberry.field(
        description="The text; mention tokens carry the user's current display name.")
    mentions: list[UserRef] = strawberry.field(description="The people it mentions.")
    author: UserRef | None = strawberry.field(description="Who wrote it.")
    mine: bool = strawberry.field(description="Whether you wrote it (and so may edit it).")
    created_at: datetime = strawberry.field(description="When it was written.")
    edited_at: datetime | None = strawberry.field(description="When it was last edited.")


def comment(row: CommentRow, names: dict[int, str], me: int) -> Comment:
    written = mentions.parse(row.body)
    people = [user_ref(uid, names) or UserRef(id=strawberry.ID(str(uid)),
                                              display_name=written.get(uid, "?"))
              for uid in row.mentions]
    return Comment(
        id=strawberry.ID(str(row.id)), customer_id=strawberry.ID(str(row.customer_id)),
        activity_id=strawberry.ID(str(row.activity_id)) if row.activity_id else None,
        body=row.body, mentions=people, author=user_ref(row.author_id, names),
        mine=row.author_id == me, created_at=row.created_at, edited_at=row.edited_at)


@strawberry.type(description="An edge of a connection: a comment and the cursor after it.")
class CommentEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    node: Comment = strawberry.field(description="The comment.")


@strawberry.type(description="A page of comments, newest first.")
class CommentConnection:
    edges: list[CommentEdge] = strawberry.field(description="The comments of this page.")
    page_info: PageInfo = strawberry.field(description="Paging state.")


@strawberry.type(description="A recorded change of the customer: what was done, by whom, when, "
                 "and the names of the fields it touched (values stay in the audit log).")
class CustomerChange:
    id: strawberry.ID = strawberry.field(description="The audit event's id.")
    action: str = strawberry.field(description="What was done, e.g. `customer.updated`.")
    actor: UserRef | None = strawberry.field(description="Who did it (null for the system).")
    actor_label: str = strawberry.field(description="The actor's sign-in name when recorded.")
    at: datetime = strawberry.field(description="When.")
    fields: list[str] = strawberry.field(description="Names of the fields it changed.")


TimelineItem = Annotated[Activity | Comment | CustomerChange,
                         strawberry.union("TimelineItem",
                                          description="An entry of a customer's timeline.")]


@strawberry.type(description="An edge of the timeline: an entry and the cursor after it.")
class TimelineEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    at: datetime = strawberry.field(description="When the entry was recorded (its sort key).")
    node: TimelineItem = strawberry.field(description="The activity, comment or change.")


@strawberry.type(description="A page of a customer's timeline, newest first.")
class TimelineConnection:
    edges: list[TimelineEdge] = strawberry.field(description="The entries of this page.")
    page_info: PageInfo = strawberry.field(description="Paging state.")
