"""Activities and tasks in the API: thin resolvers over ``services`` and ``tasks``."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.accounts.perms import Perm
from backend.activities import services as svc
from backend.activities import tasks
from backend.activities.access import me, names_of
from backend.activities.models import Activity as ActivityRow
from backend.activities.types import (
    Activity,
    ActivityConnection,
    ActivityEdge,
    ActivityKind,
    TaskFilter,
    activity,
)
from backend.api.context import Info
from backend.api.ids import parse_id, parse_optional_id
from backend.api.permissions import HasPerm
from backend.customers.models import Customer
from backend.customers.types import PageInfo


@strawberry.input(description="A new activity on a customer.")
class ActivityInput:
    customer_id: strawberry.ID = strawberry.field(description="The customer it is about.")
    kind: ActivityKind = strawberry.field(description="Note, call, meeting, email or task.")
    subject: str = strawberry.field(default="", description="Summary (required for tasks).")
    body: str = strawberry.field(default="", description="Free text.")
    occurred_at: datetime | None = strawberry.field(
        default=None, description="When it happened (default: now; not for tasks).")
    due_at: datetime | None = strawberry.field(default=None, description="Tasks: due date.")
    remind_at: datetime | None = strawberry.field(
        default=None, description="Tasks: when to remind the assignee.")
    assignee_id: strawberry.ID | None = strawberry.field(
        default=None, description="Tasks: who should do it (default: you). They must be able "
                                  "to see the customer.")


@strawberry.input(description="Changes to an activity. Omitted fields stay; null clears a "
                  "date or the assignee.")
class ActivityUpdateInput:
    id: strawberry.ID = strawberry.field(description="The activity to change.")
    subject: str | None = strawberry.field(default=None, description="New summary.")
    body: str | None = strawberry.field(default=None, description="New text.")
    occurred_at: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="When it happened.")
    due_at: datetime | None = strawberry.field(default=strawberry.UNSET,
                                               description="Tasks: due date.")
    remind_at: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="Tasks: reminder time (a new time reminds again).")
    assignee_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Tasks: the new assignee (notified).")


def _patch(data: ActivityUpdateInput) -> svc.ActivityPatch:
    assignee = svc.KEEP if data.assignee_id is strawberry.UNSET else \
        parse_optional_id(data.assignee_id)
    return svc.ActivityPatch(
        subject=data.subject, body=data.body, assignee_id=assignee,
        occurred_at=svc.KEEP if data.occurred_at is strawberry.UNSET else data.occurred_at,
        due_at=svc.KEEP if data.due_at is strawberry.UNSET else data.due_at,
        remind_at=svc.KEEP if data.remind_at is strawberry.UNSET else data.remind_at)


async def nodes(rows: list[ActivityRow], customer_names: dict[int, str]) -> list[Activity]:
    names = await names_of({r.assignee_id for r in rows} | {r.created_by_id for r in rows})
    return [activity(r, customer_names.get(r.customer_id or 0, ""), names) for r in rows]


async def one(result: tuple[ActivityRow, Customer]) -> Activity:
    row, customer = result
    [node] = await nodes([row], {customer.id: customer.name})
    return node


def connection(items: list[Activity], cursors: list[str], has_next: bool
               ) -> ActivityConnection:
    return ActivityConnection(
        edges=[ActivityEdge(cursor=c, node=n) for c, n in zip(cursors, items, strict=True)],
        page_info=PageInfo(has_next_page=has_next, end_cursor=cursors[-1] if cursors else None))


@strawberry.type
class Query:
    @strawberry.field(description="A customer's activities, newest first (NOT_FOUND when the "
                      "customer is outside your scope).",
                      permission_classes=[HasPerm(Perm.ACTIVITIES_READ)])
    async def activities(self, info: Info, customer_id: strawberry.ID, first: int = 20,
                         after: str | None = None) -> ActivityConnection:
        page = await svc.list_activities(actor=me(info), customer_id=parse_id(customer_id),
                                         first=first, after=after)
        return connection(await nodes(page.items, {page.customer.id: page.customer.name}),
                          [svc.cursor_of(r) for r in page.items], page.has_next)

    @strawberry.field(description="Your tasks (assigned to you). TODAY is your calendar day in "
                      "`timeZone` (IANA name, e.g. Asia/Shanghai) and includes today's tasks "
                      "already past due; OVERDUE: open and past due; UPCOMING: due after today "
                      "or undated; DONE: newest first.",
                      permission_classes=[HasPerm(Perm.ACTIVITIES_READ)])
    async def my_tasks(self, info: Info, filter: TaskFilter, first: int = 50,
                       after: str | None = None, time_zone: str = "UTC") -> ActivityConnection:
        page = await tasks.my_tasks(actor=me(info), which=filter.value, first=first,
                                    after=after, time_zone=time_zone)
        return connection(await nodes(page.items, page.customer_names),
                          [tasks.cursor_of(filter.value, r) for r in page.items], page.has_next)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Log a note, call, meeting or email, or create a task, on "
                         "a customer you may work on. Assigning a task to someone else "
                         "notifies them.", permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def log_activity(self, info: Info, input: ActivityInput) -> Activity:
        draft = svc.ActivityDraft(
            customer_id=parse_id(input.customer_id), kind=input.kind.value,
            subject=input.subject, body=input.body, occurred_at=input.occurred_at,
            due_at=input.due_at, remind_at=input.remind_at,
            assignee_id=parse_optional_id(input.assignee_id))
        return await one(await svc.log_activity(actor=me(info), draft=draft))

    @strawberry.mutation(description="Edit an activity.",
                         permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def update_activity(self, info: Info, input: ActivityUpdateInput) -> Activity:
        return await one(await svc.update_activity(actor=me(info), activity_id=parse_id(input.id),
                                                   patch=_patch(input)))

    @strawberry.mutation(description="Mark a task done, or open again with `done: false`. Its "
                         "assignee may, as may anyone who may work on the customer.",
                         permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def complete_task(self, info: Info, id: strawberry.ID, done: bool = True) -> Activity:
        return await one(await svc.complete_task(actor=me(info), activity_id=parse_id(id),
                                                 done=done))

    @strawberry.mutation(description="Remove an activity and its comments (soft delete): its "
                         "author may, and whoever may delete the customer.",
                         permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def delete_activity(self, info: Info, id: strawberry.ID) -> bool:
        await svc.delete_activity(actor=me(info), activity_id=parse_id(id))
        return True
