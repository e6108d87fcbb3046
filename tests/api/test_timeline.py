"""A customer's timeline merges activities, comments and recorded changes, newest first, pages
without gaps or repeats, shows changed field names but never values, and is scoped like the
customer."""

from __future__ import annotations

import httpx
import pytest

from backend.accounts.models import Role
from backend.activities.models import Activity
from backend.audit import services as audit
from backend.auth.sessions import actor_for
from backend.core.models import now_utc
from backend.settings import Settings
from tests.conftest import error_codes
from tests.support.accounts import make_user
from tests.support.collab import World, as_user, call, make_world

TIMELINE = """query($c: ID!, $n: Int!, $a: String) {
  customerTimeline(customerId: $c, first: $n, after: $a) {
    edges { cursor at node {
      __typename
      ... on Activity { subject }
      ... on Comment { body }
      ... on CustomerChange { action actorLabel actor { displayName } fields } } }
    pageInfo { hasNextPage endCursor } } }"""
ADD = "mutation($i: CommentInput!) { addComment(input: $i) { id } }"
LOG = "mutation($i: ActivityInput!) { logActivity(input: $i) { id } }"


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


def label(node: dict[str, object]) -> str:
    kind = node["__typename"]
    detail = node.get("subject") or node.get("body") or node.get("action")
    return f"{kind}:{detail}"


async def build_history(client: httpx.AsyncClient, world: World) -> None:
    """Oldest first: a change, a call, a comment, another change, a task, a comment on it."""
    mike = world.users["mike"]
    actor_of_mike = await actor_for(mike)
    cid = world.customers["Sam Co"].id
    await audit.record(actor=actor_of_mike, action="customer.updated", target_type="customer",
                       target_id=cid, changes={"stage": ["lead", "prospect"],
                                               "phones": "(changed)"})
    await as_user(client, "sam")
    await call(client, LOG, i={"customerId": str(cid), "kind": "CALL", "subject": "Intro"})
    await call(client, ADD, i={"customerId": str(cid), "body": "Promising"})
    await audit.record(actor=actor_of_mike, action="customer.updated", target_type="customer",
                       target_id=cid, changes={"level": ["C", "A"]})
    task = await call(client, LOG, i={"customerId": str(cid), "kind": "TASK",
                                      "subject": "Quote"})
    await call(client, ADD, i={"activityId": task["data"]["logActivity"]["id"],
                               "body": "Draft attached"})


async def walk(client: httpx.AsyncClient, customer: str, n: int) -> list[dict[str, object]]:
    nodes, after = [], None
    while True:
        page = (await call(client, TIMELINE, c=customer, n=n, a=after))["data"]
        nodes += [e["node"] for e in page["customerTimeline"]["edges"]]
        if not page["customerTimeline"]["pageInfo"]["hasNextPage"]:
            return nodes
        after = page["customerTimeline"]["pageInfo"]["endCursor"]


async def test_timeline_is_newest_first_across_the_three_sources(client: httpx.AsyncClient,
                                                                 world: World) -> None:
    await build_history(client, world)
    body = await call(client, TIMELINE, c=world.cid("Sam Co"), n=20)
    nodes = [e["node"] for e in body["data"]["customerTimeline"]["edges"]]
    assert [label(n) for n in nodes] == [
        "Comment:Draft attached", "Activity:Quote", "CustomerChange:customer.updated",
        "Comment:Promising", "Activity:Intro", "CustomerChange:customer.updated"]
    times = [e["at"] for e in body["data"]["customerTimeline"]["edges"]]
    assert times == sorted(times, reverse=True)
    oldest = nodes[-1]
    assert oldest["fields"] == ["phones", "stage"] and oldest["actorLabel"] == "mike"
    assert oldest["actor"] == {"displayName": "Mike Ma"}
    assert "prospect" not in str(body)  # names of fields, never their values


@pytest.mark.parametrize("size", [1, 2, 4])
async def test_paging_neither_repeats_nor_skips(client: httpx.AsyncClient, world: World,
                                                size: int) -> None:
    await build_history(client, world)
    everything = [label(n) for n in await walk(client, world.cid("Sam Co"), 20)]
    assert [label(n) for n in await walk(client, world.cid("Sam Co"), size)] == everything


async def test_entries_in_the_same_instant_still_page_cleanly(client: httpx.AsyncClient,
                                                              world: World) -> None:
    same = now_utc()
    for n in range(3):
        await Activity.create(kind="note", customer_id=world.customers["Sam Co"].id,
                              body=f"n{n}", subject=f"n{n}")
    await Activity.all().update(created_at=same)
    await as_user(client, "sam")
    assert [label(n) for n in await walk(client, world.cid("Sam Co"), 1)] == [
        "Activity:n2", "Activity:n1", "Activity:n0"]


async def test_timeline_is_scoped_like_the_customer(client: httpx.AsyncClient,
                                                    world: World) -> None:
    await build_history(client, world)
    await as_user(client, "wes")
    assert error_codes(await call(client, TIMELINE, c=world.cid("Sam Co"), n=5)) \
        == ["NOT_FOUND"]
    await as_user(client, "aud")
    assert error_codes(await call(client, TIMELINE, c=world.cid("Sam Co"), n=5)) \
        == ["FORBIDDEN"]
    await as_user(client, "sup")
    assert len(await walk(client, world.cid("Sam Co"), 5)) == 6
    # Without activities.read, only the recorded changes show.
    await Role.create(name="reader", permissions=["customers.read"], data_scope="all")
    await make_user("reader", "reader")
    await as_user(client, "reader")
    assert [n["__typename"] for n in await walk(client, world.cid("Sam Co"), 5)] \
        == ["CustomerChange", "CustomerChange"]
