"""Activities on a customer: logged within the customer's scope, audited, tasks notify their
assignee; refused outside scope or without the right, leaving nothing behind."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from backend.activities.models import Activity
from backend.audit.models import AuditEvent
from backend.core.models import now_utc
from backend.customers.models import Customer
from backend.notifications.models import Notification
from backend.settings import Settings
from tests.conftest import error_codes
from tests.support.collab import World, as_user, call, fields_of, make_world

FIELDS = """id kind customerId customerName subject body occurredAt dueAt remindAt done doneAt
  assignee { id displayName } createdBy { displayName }"""
LOG = "mutation($i: ActivityInput!) { logActivity(input: $i) { %s } }" % FIELDS
UPDATE = "mutation($i: ActivityUpdateInput!) { updateActivity(input: $i) { %s } }" % FIELDS
COMPLETE = "mutation($id: ID!, $d: Boolean!) { completeTask(id: $id, done: $d) { done doneAt } }"
DELETE = "mutation($id: ID!) { deleteActivity(id: $id) }"
LIST = """query($c: ID!, $n: Int!, $a: String) { activities(customerId: $c, first: $n, after: $a) {
  edges { cursor node { id subject } } pageInfo { hasNextPage endCursor } } }"""


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


async def log(client: httpx.AsyncClient, customer: str, kind: str = "CALL",
              **fields: object) -> dict[str, object]:
    return await call(client, LOG, i={"customerId": customer, "kind": kind, **fields})


async def test_logging_a_call_stamps_the_customer_and_is_audited(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    body = await log(client, world.cid("Sam Co"), subject="Intro call",
                     body="Asked for a quote; call 13800000001 back")
    node = body["data"]["logActivity"]
    assert node["kind"] == "CALL" and node["customerName"] == "Sam Co"
    assert node["createdBy"] == {"displayName": "Sam Lee"} and node["occurredAt"]
    customer = await Customer.get(id=world.customers["Sam Co"].id)
    assert customer.last_activity_at is not None
    event = await AuditEvent.get(action="activity.created")
    assert event.target_id == node["id"] and event.changes["kind"] == "call"
    assert "13800000001" not in str(event.changes)  # free text stays out of the audit trail


async def test_a_call_logged_for_yesterday_does_not_move_last_activity_back(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    await log(client, world.cid("Sam Co"), subject="Today")
    today = (await Customer.get(id=world.customers["Sam Co"].id)).last_activity_at
    yesterday = (now_utc() - timedelta(days=1)).isoformat()
    await log(client, world.cid("Sam Co"), subject="Yesterday", occurredAt=yesterday)
    assert (await Customer.get(id=world.customers["Sam Co"].id)).last_activity_at == today


async def test_logging_is_refused_outside_scope_and_without_the_right(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    assert error_codes(await log(client, world.cid("Wes Co"), subject="x")) == ["NOT_FOUND"]
    assert error_codes(await log(client, "999999", subject="x")) == ["NOT_FOUND"]
    await as_user(client, "aud")
    assert error_codes(await log(client, world.cid("Sam Co"), subject="x")) == ["FORBIDDEN"]
    client.cookies.clear()
    assert error_codes(await log(client, world.cid("Sam Co"), subject="x")) \
        == ["UNAUTHENTICATED"]
    assert await Activity.all().count() == 0
    assert await AuditEvent.filter(action="activity.created").count() == 0


async def test_invalid_activities_name_their_fields(client: httpx.AsyncClient,
                                                    world: World) -> None:
    await as_user(client, "sam")
    cid = world.cid("Sam Co")
    assert fields_of(await log(client, cid, "TASK")) == {"subject": ["REQUIRED"]}
    assert fields_of(await log(client, cid, "NOTE")) == {"body": ["REQUIRED"]}
    assert fields_of(await log(client, cid, "NOTE", body="x", dueAt=now_utc().isoformat(),
                               assigneeId=world.uid("sam"))) \
        == {"dueAt": ["ONLY_FOR_TASKS"], "assigneeId": ["ONLY_FOR_TASKS"]}
    assert fields_of(await log(client, cid, subject="s" * 201)) == {"subject": ["INVALID_LENGTH"]}
    assert await Activity.all().count() == 0


async def test_a_task_for_someone_else_notifies_them_in_the_same_change(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "mike")
    due = (now_utc() + timedelta(days=2)).isoformat()
    body = await log(client, world.cid("Sam Co"), "TASK", subject="Send the contract",
                     dueAt=due, assigneeId=world.uid("sam"))
    node = body["data"]["logActivity"]
    assert node["assignee"] == {"id": world.uid("sam"), "displayName": "Sam Lee"}
    assert node["occurredAt"] is None and node["done"] is False
    [note] = await Notification.filter(user_id=world.users["sam"].id)
    assert note.kind == "task_assigned" and note.activity_id == int(node["id"])
    assert note.payload["customer_name"] == "Sam Co"
    assert note.payload["actor_name"] == "Mike Ma"
    assert note.payload["subject"] == "Send the contract"
    # A task one creates for oneself tells no one.
    await log(client, world.cid("Sam Co"), "TASK", subject="Mine")
    assert await Notification.all().count() == 1


async def test_a_task_cannot_go_to_someone_who_cannot_see_the_customer(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "mike")
    for who in ("wes", "aud", "ex"):
        body = await log(client, world.cid("Sam Co"), "TASK", subject="Leak?",
                         assigneeId=world.uid(who))
        assert fields_of(body) == {"assigneeId": ["ASSIGNEE_OUT_OF_SCOPE"]}, who
    assert await Activity.all().count() == 0 and await Notification.all().count() == 0


async def test_editing_changes_only_what_was_sent_and_null_clears(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    due = (now_utc() + timedelta(days=1)).isoformat()
    created = (await log(client, world.cid("Sam Co"), "TASK", subject="Quote",
                         body="draft", dueAt=due))["data"]["logActivity"]
    body = await call(client, UPDATE, i={"id": created["id"], "body": "final", "dueAt": None})
    node = body["data"]["updateActivity"]
    assert node["subject"] == "Quote" and node["body"] == "final" and node["dueAt"] is None
    event = await AuditEvent.get(action="activity.updated")
    assert event.changes["body"] == "(changed)" and event.changes["due_at"][1] is None
    assert fields_of(await call(client, UPDATE, i={"id": created["id"], "subject": ""})) \
        == {"subject": ["REQUIRED"]}
    await as_user(client, "wes")
    assert error_codes(await call(client, UPDATE, i={"id": created["id"], "body": "x"})) \
        == ["NOT_FOUND"]
    assert (await Activity.get(id=int(created["id"]))).body == "final"


async def test_reassigning_a_task_notifies_the_new_assignee(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    created = (await log(client, world.cid("Sam Co"), "TASK", subject="Visit"))
    task_id = created["data"]["logActivity"]["id"]
    body = await call(client, UPDATE, i={"id": task_id, "assigneeId": world.uid("mike")})
    assert body["data"]["updateActivity"]["assignee"]["displayName"] == "Mike Ma"
    [note] = await Notification.all()
    assert note.user_id == world.users["mike"].id and note.kind == "task_assigned"
    refused = await call(client, UPDATE, i={"id": task_id, "assigneeId": world.uid("wes")})
    assert fields_of(refused) == {"assigneeId": ["ASSIGNEE_OUT_OF_SCOPE"]}
    assert (await Activity.get(id=int(task_id))).assignee_id == world.users["mike"].id


async def test_the_assignee_completes_and_reopens_a_task(client: httpx.AsyncClient,
                                                         world: World) -> None:
    await as_user(client, "mike")
    task_id = (await log(client, world.cid("Sam Co"), "TASK", subject="Call back",
                         assigneeId=world.uid("sam")))["data"]["logActivity"]["id"]
    note_id = (await log(client, world.cid("Sam Co"), body="a note"))["data"]["logActivity"]["id"]
    await as_user(client, "wes")
    assert error_codes(await call(client, COMPLETE, id=task_id, d=True)) == ["NOT_FOUND"]
    await as_user(client, "sam")
    assert fields_of(await call(client, COMPLETE, id=note_id, d=True)) == {"id": ["NOT_A_TASK"]}
    done = (await call(client, COMPLETE, id=task_id, d=True))["data"]["completeTask"]
    assert done["done"] is True and done["doneAt"]
    again = (await call(client, COMPLETE, id=task_id, d=True))["data"]["completeTask"]
    assert again["doneAt"] == done["doneAt"]  # no change, no second event
    reopened = (await call(client, COMPLETE, id=task_id, d=False))["data"]["completeTask"]
    assert reopened == {"done": False, "doneAt": None}
    actions = [e.action for e in await AuditEvent.filter(
        target_type="activity", target_id=task_id).order_by("id")]
    assert actions == ["activity.created", "activity.completed", "activity.reopened"]


async def test_only_the_author_or_a_deleter_removes_an_activity(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    mine = (await log(client, world.cid("Sam Co"), body="mine"))["data"]["logActivity"]["id"]
    other = (await log(client, world.cid("Sam Co"), body="two"))["data"]["logActivity"]["id"]
    await as_user(client, "sup")  # may write activities everywhere, may not delete customers
    assert error_codes(await call(client, DELETE, id=mine)) == ["FORBIDDEN"]
    await as_user(client, "wes")
    assert error_codes(await call(client, DELETE, id=mine)) == ["NOT_FOUND"]
    await as_user(client, "sam")
    assert (await call(client, DELETE, id=mine))["data"]["deleteActivity"] is True
    await as_user(client, "mike")  # holds customers.delete over East
    assert (await call(client, DELETE, id=other))["data"]["deleteActivity"] is True
    listed = await call(client, LIST, c=world.cid("Sam Co"), n=10)
    assert listed["data"]["activities"]["edges"] == []
    assert await Activity.filter(deleted_at__isnull=False).count() == 2
    assert await AuditEvent.filter(action="activity.deleted").count() == 2


async def test_activities_page_newest_first_with_cursors(client: httpx.AsyncClient,
                                                         world: World) -> None:
    await as_user(client, "sam")
    for n in range(5):
        await log(client, world.cid("Sam Co"), subject=f"call {n}")
    seen, after = [], None
    while True:
        page = (await call(client, LIST, c=world.cid("Sam Co"), n=2, a=after))["data"]
        seen += [e["node"]["subject"] for e in page["activities"]["edges"]]
        if not page["activities"]["pageInfo"]["hasNextPage"]:
            break
        after = page["activities"]["pageInfo"]["endCursor"]
    assert seen == [f"call {n}" for n in (4, 3, 2, 1, 0)]
    bad = await call(client, LIST, c=world.cid("Sam Co"), n=2, a="bm90LWEtY3Vyc29y")
    assert fields_of(bad) == {"after": ["INVALID_CURSOR"]}
    assert fields_of(await call(client, LIST, c=world.cid("Sam Co"), n=500)) \
        == {"first": ["OUT_OF_RANGE"]}
    await as_user(client, "wes")
    assert error_codes(await call(client, LIST, c=world.cid("Sam Co"), n=2)) == ["NOT_FOUND"]
