"""The viewer's own tasks (assignee = me): today, overdue, upcoming, done.

"Today" is the viewer's calendar day, so the SPA sends its IANA time zone. Open tasks come by
due date (undated ones last), done tasks by completion, newest first; keyset cursors throughout.
Tasks on customers the viewer can no longer see (transferred, deleted) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.accounts.actor import Actor
from backend.activities import paging
from backend.activities.models import Activity
from backend.api.errors import ValidationFailed
from backend.core.models import now_utc
from backend.customers.scope import visible_to

FILTERS = ("today", "overdue", "upcoming", "done")


@dataclass
class TaskPage:
    items: list[Activity]
    customer_names: dict[int, str]
    has_next: bool


def day_bounds(now: datetime, time_zone: str) -> tuple[datetime, datetime]:
    """Start and end (UTC) of the calendar day ``now`` falls on in ``time_zone``."""
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed({"timeZone": ["UNKNOWN_TIME_ZONE"]}) from None
    local = now.astimezone(zone)
    start = datetime(local.year, local.month, local.day, tzinfo=zone)
    following = local.date() + timedelta(days=1)
    end = datetime(following.year, following.month, following.day, tzinfo=zone)
    return paging.utc(start), paging.utc(end)


def cursor_of(which: str, task: Activity) -> str:
    sort = task.done_at if which == "done" else task.due_at
    return paging.encode(f"task:{which}", [paging.stamp(sort), task.id])


def _dated(query: QuerySet[Activity], first: int,
           key: tuple[datetime | None, int] | None) -> QuerySet[Activity]:
    """Open tasks with a due date, by due date then id. Undated tasks (NULL, which SQLite and
    PostgreSQL sort differently) are a second segment the caller reads after this one."""
    query = query.filter(due_at__isnull=False)
    if key is not None and key[0] is not None:
        query = query.filter(Q(due_at__gt=key[0]) | Q(due_at=key[0], id__gt=key[1]))
    return query.order_by("due_at", "id").limit(first + 1)


async def my_tasks(*, actor: Actor, which: str, first: int, after: str | None,
                   time_zone: str = "UTC", now: datetime | None = None) -> TaskPage:
    paging.check_first(first)
    if which not in FILTERS:
        raise ValidationFailed({"filter": ["UNKNOWN_VALUE"]})
    now = now or now_utc()
    start, end = day_bounds(now, time_zone)
    key: tuple[datetime | None, int] | None = None
    if after:
        sort, last_id = paging.decode(f"task:{which}", after, 2)
        key = (paging.as_time(sort), paging.as_int(last_id))
    visible = await visible_to(actor)
    base = Activity.filter(assignee_id=actor.user_id, kind="task", deleted_at__isnull=True,
                           customer_id__in=Subquery(visible.values("id")))
    rows: list[Activity]
    if which == "done":
        query = base.filter(done_at__isnull=False)
        if key is not None and key[0] is not None:
            query = query.filter(Q(done_at__lt=key[0]) | Q(done_at=key[0], id__lt=key[1]))
        rows = list(await query.order_by("-done_at", "-id").limit(first + 1))
    else:
        query = base.filter(done_at__isnull=True)
        if which == "today":
            query = query.filter(due_at__gte=start, due_at__lt=end)
        elif which == "overdue":
            query = query.filter(due_at__lt=now)
        else:
            query = query.filter(Q(due_at__gte=end) | Q(due_at__isnull=True))
        rows = []
        if key is None or key[0] is not None:
            rows = list(await _dated(query, first, key))
        if which == "upcoming" and len(rows) <= first:
            undated = query.filter(due_at__isnull=True)
            if key is not None and key[0] is None:
                undated = undated.filter(id__gt=key[1])
            rows += list(await undated.order_by("id").limit(first + 1 - len(rows)))
    page = rows[:first]
    ids = sorted({t.customer_id for t in page if t.customer_id is not None})
    names = dict(await visible.filter(id__in=ids).values_list("id", "name")) if ids else {}
    return TaskPage(items=page, customer_names=names, has_next=len(rows) > first)
