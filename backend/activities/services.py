"""Activities on a customer: notes, calls, meetings, emails and tasks (due date, assignee, done
state, reminder).

Each change is audited in its own transaction. Assigning a task to someone else notifies them in
that same transaction, and only when they may see the customer: a notification carries its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.activities import paging
from backend.activities.access import display_name, readable, writable
from backend.activities.audience import who_can_see
from backend.activities.models import Activity, Comment
from backend.api.errors import Forbidden, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.customers.models import Customer
from backend.customers.scope import can
from backend.notifications.services import excerpt, notify

KINDS = ("note", "call", "meeting", "email", "task")
TASK_ONLY = ("due_at", "remind_at", "assignee_id")
MAX_SUBJECT = 200
MAX_BODY = 20_000


class Keep:
    """Marks a nullable patch field the caller did not send (None would clear it)."""


KEEP = Keep()


@dataclass
class ActivityDraft:
    customer_id: int
    kind: str
    subject: str = ""
    body: str = ""
    occurred_at: datetime | None = None
    due_at: datetime | None = None
    remind_at: datetime | None = None
    assignee_id: int | None = None


@dataclass
class ActivityPatch:
    subject: str | None = None
    body: str | None = None
    occurred_at: datetime | Keep | None = KEEP
    due_at: datetime | Keep | None = KEEP
    remind_at: datetime | Keep | None = KEEP
    assignee_id: int | Keep | None = KEEP


def _text_problems(kind: str, subject: str, body: str) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    if len(subject) > MAX_SUBJECT:
        problems["subject"] = ["INVALID_LENGTH"]
    elif kind == "task" and not subject:
        problems["subject"] = ["REQUIRED"]
    if len(body) > MAX_BODY:
        problems["body"] = ["INVALID_LENGTH"]
    elif kind != "task" and not subject and not body:
        problems["body"] = ["REQUIRED"]
    return problems


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


async def _check_assignee(actor: Actor, customer: Customer, assignee_id: int | None) -> None:
    if assignee_id is None or assignee_id == actor.user_id:
        return
    # Refused rather than dropped: the assigner should know the task reaches nobody.
    if assignee_id not in await who_can_see(customer, [assignee_id]):
        raise ValidationFailed({"assigneeId": ["ASSIGNEE_OUT_OF_SCOPE"]},
                               message="That person cannot see this customer")


async def touch_customer(customer_id: int, at: datetime, conn: BaseDBAsyncClient) -> None:
    """Move customer.last_activity_at forward to ``at`` (never back)."""
    await Customer.filter(Q(id=customer_id) & (Q(last_activity_at__isnull=True)
                                               | Q(last_activity_at__lt=at))) \
        .using_db(conn).update(last_activity_at=at)


async def _notify_assigned(actor: Actor, activity: Activity, customer: Customer,
                           conn: BaseDBAsyncClient) -> None:
    if activity.assignee_id is None or activity.assignee_id == actor.user_id:
        return
    await notify(actor=actor, user_ids=[activity.assignee_id], kind="task_assigned",
                 customer_id=customer.id, activity_id=activity.id,
                 payload={"actor_name": await display_name(actor.user_id),
                          "customer_name": customer.name, "subject": excerpt(activity.subject),
                          "due_at": paging.stamp(activity.due_at)},
                 using_db=conn)


async def log_activity(*, actor: Actor, draft: ActivityDraft) -> tuple[Activity, Customer]:
    """Log a note, call, meeting or email, or create a task (assigned to the actor by default)."""
    customer = await writable(actor, draft.customer_id)
    if draft.kind not in KINDS:
        raise ValidationFailed({"kind": ["UNKNOWN_VALUE"]})
    subject, body = draft.subject.strip(), draft.body.strip()
    problems = _text_problems(draft.kind, subject, body)
    if draft.kind != "task":
        problems.update({_camel(f): ["ONLY_FOR_TASKS"] for f in TASK_ONLY
                         if getattr(draft, f) is not None})
    if problems:
        raise ValidationFailed(problems)
    is_task = draft.kind == "task"
    assignee_id = draft.assignee_id if draft.assignee_id is not None else \
        (actor.user_id if is_task else None)
    await _check_assignee(actor, customer, assignee_id)
    now = now_utc()
    occurred = paging.utc(draft.occurred_at) if draft.occurred_at else (None if is_task else now)
    async with in_transaction() as conn:
        activity = await Activity.create(
            kind=draft.kind, customer_id=customer.id, subject=subject, body=body,
            occurred_at=occurred, due_at=draft.due_at and paging.utc(draft.due_at),
            remind_at=draft.remind_at and paging.utc(draft.remind_at), assignee_id=assignee_id,
            created_by_id=actor.user_id, using_db=conn)
        if occurred is not None:
            await touch_customer(customer.id, min(occurred, now), conn)
        await audit.record(actor=actor, action="activity.created", target_type="activity",
                           target_id=activity.id,
                           changes={"customer_id": customer.id, "kind": activity.kind,
                                    "assignee_id": assignee_id,
                                    "due_at": paging.stamp(activity.due_at)},
                           using_db=conn)
        await _notify_assigned(actor, activity, customer, conn)
    return activity, customer


async def get_readable(actor: Actor, activity_id: int) -> tuple[Activity, Customer]:
    """A live activity and its customer; NOT_FOUND when either is outside the actor's scope."""
    activity = await Activity.get_or_none(id=activity_id, deleted_at__isnull=True)
    if activity is None:
        raise NotFound()
    return activity, await readable(actor, activity.customer_id)


def _apply(activity: Activity, patch: ActivityPatch) -> dict[str, object]:
    changes: dict[str, object] = {}
    for name in ("subject", "body"):
        value = getattr(patch, name)
        if value is not None and value.strip() != getattr(activity, name):
            setattr(activity, name, value.strip())
            changes[name] = "(changed)"  # free text may hold personal data: names only
    for name in ("occurred_at", "due_at", "remind_at"):
        value = getattr(patch, name)
        if isinstance(value, Keep):
            continue
        before, after = getattr(activity, name), value and paging.utc(value)
        if before != after:
            setattr(activity, name, after)
            changes[name] = [paging.stamp(before), paging.stamp(after)]
    if "remind_at" in changes:
        activity.reminded_at = None  # a new reminder time reminds again
    if not isinstance(patch.assignee_id, Keep) and patch.assignee_id != activity.assignee_id:
        changes["assignee_id"] = [activity.assignee_id, patch.assignee_id]
        activity.assignee_id = patch.assignee_id
    return changes


async def update_activity(*, actor: Actor, activity_id: int,
                          patch: ActivityPatch) -> tuple[Activity, Customer]:
    """Edit an activity; null clears a date or the assignee, an omitted field stays."""
    activity, _ = await get_readable(actor, activity_id)
    customer = await writable(actor, activity.customer_id)
    if activity.kind != "task":
        problems = {_camel(f): ["ONLY_FOR_TASKS"] for f in TASK_ONLY
                    if not isinstance(getattr(patch, f), Keep)}
        if problems:
            raise ValidationFailed(problems)
    problems = _text_problems(
        activity.kind, (patch.subject if patch.subject is not None else activity.subject).strip(),
        (patch.body if patch.body is not None else activity.body).strip())
    if problems:
        raise ValidationFailed(problems)
    previous_assignee = activity.assignee_id
    changes = _apply(activity, patch)
    if not changes:
        return activity, customer
    if "assignee_id" in changes:
        await _check_assignee(actor, customer, activity.assignee_id)
    async with in_transaction() as conn:
        await activity.save(using_db=conn)
        if "occurred_at" in changes and activity.occurred_at is not None:
            await touch_customer(customer.id, min(activity.occurred_at, now_utc()), conn)
        await audit.record(actor=actor, action="activity.updated", target_type="activity",
                           target_id=activity.id, changes=changes, using_db=conn)
        if activity.assignee_id != previous_assignee:
            await _notify_assigned(actor, activity, customer, conn)
    return activity, customer


async def complete_task(*, actor: Actor, activity_id: int,
                        done: bool) -> tuple[Activity, Customer]:
    """Mark a task done (or open again). Its assignee may, as may writers over the customer."""
    activity, customer = await get_readable(actor, activity_id)
    if activity.kind != "task":
        raise ValidationFailed({"id": ["NOT_A_TASK"]}, message="Only tasks can be completed")
    mine = activity.assignee_id == actor.user_id and actor.has(Perm.ACTIVITIES_WRITE)
    if not mine and not await can(actor, Perm.ACTIVITIES_WRITE, customer):
        raise Forbidden()
    if done == (activity.done_at is not None):
        return activity, customer
    now = now_utc()
    activity.done_at = now if done else None
    async with in_transaction() as conn:
        await activity.save(using_db=conn, update_fields=["done_at", "updated_at"])
        if done:
            await touch_customer(customer.id, now, conn)
        await audit.record(actor=actor, action="activity.completed" if done else
                           "activity.reopened", target_type="activity", target_id=activity.id,
                           changes={"customer_id": customer.id}, using_db=conn)
    return activity, customer


async def delete_activity(*, actor: Actor, activity_id: int) -> None:
    """Soft-delete an activity and its comments: its author (still a writer over the customer)
    may, and so may whoever may delete the customer."""
    activity, customer = await get_readable(actor, activity_id)
    author = activity.created_by_id == actor.user_id and \
        await can(actor, Perm.ACTIVITIES_WRITE, customer)
    if not author and not await can(actor, Perm.CUSTOMERS_DELETE, customer):
        raise Forbidden()
    now = now_utc()
    async with in_transaction() as conn:
        activity.deleted_at = now
        await activity.save(using_db=conn, update_fields=["deleted_at", "updated_at"])
        hidden = await Comment.filter(activity_id=activity.id, deleted_at__isnull=True) \
            .using_db(conn).update(deleted_at=now)
        await audit.record(actor=actor, action="activity.deleted", target_type="activity",
                           target_id=activity.id,
                           changes={"customer_id": customer.id, "comments_hidden": hidden},
                           using_db=conn)


@dataclass
class Page:
    customer: Customer
    items: list[Activity]
    has_next: bool


async def list_activities(*, actor: Actor, customer_id: int, first: int,
                          after: str | None) -> Page:
    """A customer's activities, newest first."""
    paging.check_first(first)
    customer = await readable(actor, customer_id)
    query = Activity.filter(customer_id=customer.id, deleted_at__isnull=True)
    if after:
        query = query.filter(id__lt=paging.as_int(paging.decode("activity", after, 1)[0]))
    rows = await query.order_by("-id").limit(first + 1)
    return Page(customer=customer, items=list(rows[:first]), has_next=len(rows) > first)


def cursor_of(activity: Activity) -> str:
    return paging.encode("activity", [activity.id])
