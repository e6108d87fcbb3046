"""My tasks: today in the viewer's time zone, overdue, upcoming (undated last), done; keyset
pages; only tasks assigned to me on customers I can still see."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest

from backend.activities.models import Activity
from backend.activities.tasks import day_bounds
from backend.core.models import now_utc
from backend.customers.models import Customer
from backend.settings import Settings
from tests.conftest import error_codes
from tests.support.collab import World, as_user, call, fields_of, make_world

TASKS = """query($f: TaskFilter!, $n: Int!, $a: String, $tz: String!) {
  myTasks(filter: $f, first: $n, after: $a, timeZone: $tz) {
    edges { node { subject customerName dueAt done } } pageInfo { hasNextPage endCursor } } }"""


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


def zone_at_midday(now: datetime) -> str:
    """A zone whose clock is far from midnight now (Shanghai and New York are 12-13 h apart),
    so "earlier today" and "later today" both exist whenever the test runs."""
    shanghai = now.astimezone(ZoneInfo("Asia/Shanghai")).hour
    return "Asia/Shanghai" if 2 <= shanghai <= 21 else "America/New_York"


async def make_tasks(world: World) -> str:
    now = now_utc()
    zone = zone_at_midday(now)
    _, end = day_bounds(now, zone)
    sam, cid = world.users["sam"].id, world.customers["Sam Co"].id
    for subject, due, done in (
            ("last week", now - timedelta(days=7), None),
            ("earlier today", now - timedelta(minutes=30), None),
            ("later today", now + timedelta(minutes=30), None),
            ("tomorrow", end + timedelta(hours=1), None),
            ("next week", end + timedelta(days=6), None),
            ("someday", None, None),
            ("someday too", None, None),
            ("finished first", now - timedelta(days=2), now - timedelta(hours=2)),
            ("finished last", now - timedelta(days=1), now - timedelta(hours=1))):
        await Activity.create(kind="task", customer_id=cid, subject=subject, due_at=due,
                              done_at=done, assignee_id=sam, created_by_id=sam)
    # Not mine, not a task, deleted: never listed.
    await Activity.create(kind="task", customer_id=cid, subject="mike's", due_at=now,
                          assignee_id=world.users["mike"].id)
    await Activity.create(kind="call", customer_id=cid, subject="a call", assignee_id=sam)
    await Activity.create(kind="task", customer_id=cid, subject="deleted", due_at=now,
                          assignee_id=sam, deleted_at=now)
    return zone


async def subjects(client: httpx.AsyncClient, which: str, zone: str, n: int = 50) -> list[str]:
    found, after = [], None
    while True:
        page = (await call(client, TASKS, f=which, n=n, a=after, tz=zone))["data"]
        found += [e["node"]["subject"] for e in page["myTasks"]["edges"]]
        if not page["myTasks"]["pageInfo"]["hasNextPage"]:
            return found
        after = page["myTasks"]["pageInfo"]["endCursor"]


async def test_each_filter_lists_the_right_tasks_in_order(client: httpx.AsyncClient,
                                                          world: World) -> None:
    zone = await make_tasks(world)
    await as_user(client, "sam")
    assert await subjects(client, "TODAY", zone) == ["earlier today", "later today"]
    assert await subjects(client, "OVERDUE", zone) == ["last week", "earlier today"]
    assert await subjects(client, "UPCOMING", zone) == ["tomorrow", "next week", "someday",
                                                        "someday too"]
    assert await subjects(client, "DONE", zone) == ["finished last", "finished first"]
    body = await call(client, TASKS, f="DONE", n=5, tz="UTC")
    node = body["data"]["myTasks"]["edges"][0]["node"]
    assert node["customerName"] == "Sam Co" and node["done"] is True


@pytest.mark.parametrize("which", ["UPCOMING", "OVERDUE", "DONE"])
async def test_one_by_one_paging_gives_the_same_list(client: httpx.AsyncClient, world: World,
                                                     which: str) -> None:
    zone = await make_tasks(world)
    await as_user(client, "sam")
    assert await subjects(client, which, zone, n=1) == await subjects(client, which, zone)


async def test_tasks_on_customers_out_of_sight_are_left_out(client: httpx.AsyncClient,
                                                            world: World) -> None:
    zone = await make_tasks(world)
    await as_user(client, "sam")
    assert await subjects(client, "UPCOMING", zone) != []
    await Customer.filter(id=world.customers["Sam Co"].id).update(
        owner_id=world.users["wes"].id)
    assert await subjects(client, "UPCOMING", zone) == []


async def test_bad_time_zone_and_refused_callers(client: httpx.AsyncClient,
                                                 world: World) -> None:
    await as_user(client, "sam")
    bad = await call(client, TASKS, f="TODAY", n=5, tz="Mars/Olympus")
    assert fields_of(bad) == {"timeZone": ["UNKNOWN_TIME_ZONE"]}
    await as_user(client, "aud")
    assert error_codes(await call(client, TASKS, f="TODAY", n=5, tz="UTC")) == ["FORBIDDEN"]


def test_today_follows_the_viewers_calendar() -> None:
    # 23:30 UTC on 1 March is already 2 March in Shanghai (UTC+8).
    now = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
    assert day_bounds(now, "Asia/Shanghai") == (datetime(2026, 3, 1, 16, tzinfo=UTC),
                                                datetime(2026, 3, 2, 16, tzinfo=UTC))
    assert day_bounds(now, "UTC") == (datetime(2026, 3, 1, tzinfo=UTC),
                                      datetime(2026, 3, 2, tzinfo=UTC))
