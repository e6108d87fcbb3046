"""Activity statistics per user: calls, meetings, notes and emails logged in the range (when
they happened, else when they were logged), tasks done in the range, and tasks overdue now.

Only activities on customers the viewer can see are counted, and only for holders of
activities.read. A team filter keeps the people of that team and the teams below it; an owner
filter keeps that one person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from tortoise.expressions import Case, Q, RawSQL, Subquery, When
from tortoise.functions import Sum

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.accounts.perms import Perm
from backend.accounts.teams import subtree_ids
from backend.activities.models import Activity
from backend.customers.scope import visible_to
from backend.reports.filters import ReportFilter

LOGGED = ("call", "meeting", "note", "email")


@dataclass
class ActivityStats:
    user_id: int
    calls: int = 0
    meetings: int = 0
    notes: int = 0
    emails: int = 0
    tasks_done: int = 0
    tasks_overdue: int = 0

    @property
    def total(self) -> int:
        return (self.calls + self.meetings + self.notes + self.emails + self.tasks_done
                + self.tasks_overdue)


def _start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _within(column: str, f: ReportFilter) -> Q:
    bounds: dict[str, Any] = {}
    if f.date_from is not None:
        bounds[f"{column}__gte"] = _start(f.date_from)
    if f.date_to is not None:
        bounds[f"{column}__lt"] = _start(f.date_to + timedelta(days=1))
    return Q(**bounds)


async def _people(f: ReportFilter) -> list[int] | None:
    """The users the filter keeps (None: everyone)."""
    if f.owner_id is not None:
        return [f.owner_id]
    if f.team_id is not None:
        teams = await subtree_ids(f.team_id)
        return [r["id"] for r in await User.filter(team_id__in=teams).values("id")]
    return None


async def activity_stats(actor: Actor, f: ReportFilter) -> list[ActivityStats]:
    """One row per person with any count, busiest first."""
    if not actor.has(Perm.ACTIVITIES_READ):
        return []
    base = Activity.filter(customer_id__in=Subquery((await visible_to(actor)).values("id")),
                           deleted_at__isnull=True)
    people = await _people(f)
    logged = Q(kind__in=LOGGED, created_by_id__isnull=False) & (
        (Q(occurred_at__isnull=False) & _within("occurred_at", f))
        | (Q(occurred_at__isnull=True) & _within("created_at", f)))
    task = Q(kind="task", assignee_id__isnull=False)
    done = task & Q(done_at__isnull=False) & _within("done_at", f)
    overdue = task & Q(done_at__isnull=True, due_at__lt=datetime.now(UTC))
    if people is not None:
        logged &= Q(created_by_id__in=people)
        done &= Q(assignee_id__in=people)
        overdue &= Q(assignee_id__in=people)
    # One pass over the visible customers' activities, each counted where it belongs (three
    # queries would build the list of visible customers three times).
    rows: list[dict[str, Any]] = await base.filter(logged | done | overdue).annotate(
        logged=_count_if(logged), done=_count_if(done), overdue=_count_if(overdue)).group_by(
        "created_by_id", "assignee_id", "kind").values(
        "created_by_id", "assignee_id", "kind", "logged", "done", "overdue")
    stats: dict[int, ActivityStats] = {}

    def row(user_id: int) -> ActivityStats:
        return stats.setdefault(user_id, ActivityStats(user_id))

    for r in rows:
        if r["logged"]:
            stat = row(r["created_by_id"])
            name = r["kind"] + "s"
            setattr(stat, name, getattr(stat, name) + r["logged"])
        if r["done"]:
            row(r["assignee_id"]).tasks_done += r["done"]
        if r["overdue"]:
            row(r["assignee_id"]).tasks_overdue += r["overdue"]
    return sorted(stats.values(), key=lambda s: (-s.total, s.user_id))


def _count_if(condition: Q) -> Sum:
    """SUM(CASE WHEN condition THEN 1 ELSE 0 END). Tortoise renders raw terms here at run time;
    its annotations only name fields and functions, hence the casts."""
    one, zero = cast(Any, RawSQL("1")), cast(Any, RawSQL("0"))
    return Sum(cast(Any, Case(When(condition, then=one), default=zero)))
