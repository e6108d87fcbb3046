"""Collaboration lists cost the same number of SQL statements for 5 rows as for 50: the people
on a page are named in one query, never one per row."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from backend.activities.models import Activity, Comment
from backend.core.models import now_utc
from backend.notifications.models import Notification
from backend.settings import Settings
from tests.support.collab import World, as_user, call, make_world
from tests.support.queries import count_queries

PAGES = {
    "activities": """query($c: ID!, $n: Int!) { activities(customerId: $c, first: $n) {
        edges { node { subject assignee { displayName } createdBy { displayName } } } } }""",
    "comments": """query($c: ID!, $n: Int!) { comments(customerId: $c, first: $n) {
        edges { node { body author { displayName } mentions { displayName } } } } }""",
    "timeline": """query($c: ID!, $n: Int!) { customerTimeline(customerId: $c, first: $n) {
        edges { node { __typename ... on Activity { assignee { displayName } }
                       ... on Comment { author { displayName } } } } } }""",
    "myTasks": """query($n: Int!) { myTasks(filter: UPCOMING, first: $n) {
        edges { node { customerName createdBy { displayName } } } } }""",
    "notifications": """query($n: Int!) { notifications(first: $n) {
        edges { node { actor { displayName } } } } }""",
}


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


@pytest.mark.parametrize("page", sorted(PAGES))
async def test_page_cost_does_not_grow_with_its_size(client: httpx.AsyncClient, world: World,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     page: str) -> None:
    cid = world.customers["Sam Co"].id
    people = [world.users[n].id for n in ("sam", "mike", "sup")]
    for n in range(60):
        who = people[n % 3]
        await Activity.create(kind="task", customer_id=cid, subject=f"t{n}", created_by_id=who,
                              assignee_id=world.users["sam"].id,
                              due_at=now_utc() + timedelta(days=2))
        await Comment.create(customer_id=cid, author_id=who, body=f"c{n}", mentions=people)
        await Notification.create(user_id=world.users["sam"].id, kind="mention", actor_id=who)
    await as_user(client, "sam")
    costs = []
    for size in (5, 50):
        with count_queries(monkeypatch) as seen:
            variables = {"n": size, **({"c": str(cid)} if "$c" in PAGES[page] else {})}
            body = await call(client, PAGES[page], **variables)
        assert "errors" not in body, body
        [connection] = body["data"].values()
        assert len(connection["edges"]) == size
        costs.append(len(seen))
    assert costs[0] == costs[1]
