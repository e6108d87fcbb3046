"""Activity statistics per user: calls, meetings, notes and emails logged in the range (when
they happened, else when they were logged), tasks done in the range, and tasks overdue now.

Only activities on customers the viewer can see are counted, and only for holders of
activities.read. A team filter keeps the people of that team and the teams below it; an owner
filter keeps that one person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

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
    stats: dict[int, ActivityStats] = {}

    def row(user_id: int) -> ActivityStats:
        return stats.setdefault(user_id, ActivityStats(user_id))

    logged = base.filter(kind__in=LOGGED, created_by_id__isnull=False).filter(
        (Q(occurred_at__isnull=False) & _within("occurred_at", f))
        | (Q(occurred_at__isnull=True) & _within("created_at", f)))
    if people is not None:
        logged = logged.filter(created_by_id__in=people)
    counts: list[dict[str, Any]] = await logged.annotate(n=Count("id")).group_by(
        "created_by_id", "kind").values("created_by_id", "kind", "n")
    for r in counts:
        setattr(row(r["created_by_id"]), r["kind"] + "s", r["n"])
    tasks = base.filter(kind="task", assignee_id__isnull=False)
    if people is not None:
        tasks = tasks.filter(assignee_id__in=people)
    done: list[dict[str, Any]] = await tasks.filter(
        Q(done_at__isnull=False) & _within("done_at", f)).annotate(n=Count("id")).group_by(
        "assignee_id").values("assignee_id", "n")
    for r in done:
        row(r["assignee_id"]).tasks_done = r["n"]
    overdue: list[dict[str, Any]] = await tasks.filter(
        done_at__isnull=True, due_at__lt=datetime.now(UTC)).annotate(n=Count("id")).group_by(
        "assignee_id").values("assignee_id", "n")
    for r in overdue:
        row(r["assignee_id"]).tasks_overdue = r["n"]
    return sorted(stats.values(), key=lambda s: (-s.total, s.user_id))
