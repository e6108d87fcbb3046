"""The notification centre: everyone reads and marks only their own notifications; task
reminders come once, without a scheduler."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from backend.activities.models import Activity
from backend.core.models import now_utc
from backend.customers.models import Customer
from backend.notifications.models import Notification
from backend.notifications.reminders import send_due_reminders
from backend.settings import Settings
from tests.conftest import error_codes
from tests.support.collab import World, as_user, call, fields_of, make_world

LIST = """query($n: Int!, $a: String, $u: Boolean!) {
  notifications(first: $n, after: $a, unreadOnly: $u) {
    edges { node { id kind read actorName actor { displayName } customerName customerId
                   excerpt subject dueAt } }
    pageInfo { hasNextPage endCursor } } }"""
COUNT = "{ unreadNotificationCount }"
MARK = "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"
MARK_ALL = "mutation { markAllNotificationsRead }"


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


async def notes_for(world: World, who: str, n: int) -> list[Notification]:
    return [await Notification.create(
        user_id=world.users[who].id, kind="mention", actor_id=world.users["mike"].id,
        customer_id=world.customers["Sam Co"].id,
        payload={"actor_name": "Mike Ma", "customer_name": "Sam Co", "excerpt": f"note {i}"})
        for i in range(n)]


async def unread(client: httpx.AsyncClient) -> int:
    count: int = (await call(client, COUNT))["data"]["unreadNotificationCount"]
    return count


async def test_each_user_lists_only_their_own_newest_first(client: httpx.AsyncClient,
                                                           world: World) -> None:
    await notes_for(world, "sam", 3)
    await notes_for(world, "wes", 2)
    await as_user(client, "sam")
    page = (await call(client, LIST, n=2, u=False))["data"]["notifications"]
    nodes = [e["node"] for e in page["edges"]]
    assert [n["excerpt"] for n in nodes] == ["note 2", "note 1"]
    assert nodes[0]["kind"] == "MENTION" and nodes[0]["actor"] == {"displayName": "Mike Ma"}
    assert nodes[0]["customerName"] == "Sam Co" and nodes[0]["read"] is False
    rest = (await call(client, LIST, n=2, u=False, a=page["pageInfo"]["endCursor"]))
    assert [e["node"]["excerpt"] for e in rest["data"]["notifications"]["edges"]] == ["note 0"]
    assert rest["data"]["notifications"]["pageInfo"]["hasNextPage"] is False
    client.cookies.clear()
    assert error_codes(await call(client, LIST, n=2, u=False)) == ["UNAUTHENTICATED"]
    assert error_codes(await call(client, COUNT)) == ["UNAUTHENTICATED"]


async def test_marking_read_touches_only_ones_own_rows(client: httpx.AsyncClient,
                                                       world: World) -> None:
    mine = await notes_for(world, "sam", 3)
    theirs = await notes_for(world, "wes", 1)
    await as_user(client, "sam")
    assert await unread(client) == 3
    body = await call(client, MARK, ids=[str(mine[0].id), str(theirs[0].id)])
    assert body["data"]["markNotificationsRead"] == 1
    assert (await Notification.get(id=theirs[0].id)).read_at is None
    assert await unread(client) == 2
    unread_page = (await call(client, LIST, n=10, u=True))["data"]["notifications"]
    assert len(unread_page["edges"]) == 2
    assert fields_of(await call(client, MARK, ids=[])) == {"ids": ["OUT_OF_RANGE"]}
    assert (await call(client, MARK_ALL))["data"]["markAllNotificationsRead"] == 2
    assert await unread(client) == 0
    assert await Notification.filter(user_id=world.users["wes"].id, read_at__isnull=True) \
        .count() == 1


async def task(world: World, who: str, remind_in: timedelta, **fields: object) -> Activity:
    now = now_utc()
    return await Activity.create(
        kind="task", customer_id=world.customers["Sam Co"].id, subject="Renew the contract",
        assignee_id=world.users[who].id, due_at=now + timedelta(days=1),
        remind_at=now + remind_in, created_by_id=world.users["sam"].id, **fields)


async def test_a_due_reminder_appears_once_when_the_count_is_asked(
        client: httpx.AsyncClient, world: World) -> None:
    due = await task(world, "sam", timedelta(minutes=-5))
    await task(world, "sam", timedelta(hours=2))  # not yet
    await task(world, "sam", timedelta(minutes=-5), done_at=now_utc())  # done already
    await task(world, "mike", timedelta(minutes=-5))  # someone else's: not on sam's request
    await as_user(client, "sam")
    assert await unread(client) == 1
    assert await unread(client) == 1
    [note] = await Notification.filter(user_id=world.users["sam"].id)
    assert note.kind == "task_due" and note.activity_id == due.id
    assert note.payload["subject"] == "Renew the contract"
    assert (await Activity.get(id=due.id)).reminded_at is not None
    node = (await call(client, LIST, n=5, u=True))["data"]["notifications"]["edges"][0]["node"]
    assert node["kind"] == "TASK_DUE" and node["actor"] is None and node["dueAt"]
    # The scheduled run reminds everyone else, and never sam twice.
    assert await send_due_reminders(now_utc()) == 1
    assert await send_due_reminders(now_utc()) == 0
    assert await Notification.filter(kind="task_due").count() == 2


async def test_no_reminder_reaches_someone_who_lost_sight_of_the_customer(
        world: World) -> None:
    due = await task(world, "sam", timedelta(minutes=-1))
    await Customer.filter(id=world.customers["Sam Co"].id).update(owner_id=world.users["wes"].id)
    assert await send_due_reminders(now_utc()) == 0
    assert await Notification.all().count() == 0
    # Claimed all the same, so it is not examined again on every request.
    assert (await Activity.get(id=due.id)).reminded_at is not None


async def test_a_bulk_assignment_says_how_many_and_why(client: httpx.AsyncClient,
                                                       world: World) -> None:
    await Notification.create(
        user_id=world.users["sam"].id, kind="assignment", actor_id=world.users["mike"].id,
        customer_id=world.customers["Sam Co"].id,
        payload={"count": 3, "customer_name": "Sam Co", "actor_name": "Mike Ma",
                 "note": "Wes is on leave"})
    await as_user(client, "sam")
    body = await call(client, "{ notifications(first: 5) { edges { node { kind count note "
                              "customerName } } } }")
    assert body["data"]["notifications"]["edges"][0]["node"] == {
        "kind": "ASSIGNMENT", "count": 3, "note": "Wes is on leave", "customerName": "Sam Co"}
