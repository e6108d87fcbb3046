"""Comments and @mentions: a mention notifies, but only people who can see the customer may be
mentioned; authors edit, authors or deleters remove."""

from __future__ import annotations

import httpx
import pytest

from backend.activities.models import Activity, Comment
from backend.audit.models import AuditEvent
from backend.notifications.models import Notification
from backend.settings import Settings
from tests.conftest import error_codes
from tests.support.collab import World, as_user, call, fields_of, make_world

ADD = """mutation($i: CommentInput!) { addComment(input: $i) {
  id body activityId mine author { displayName } mentions { id displayName } } }"""
EDIT = "mutation($id: ID!, $b: String!) { editComment(id: $id, body: $b) { body editedAt } }"
DELETE = "mutation($id: ID!) { deleteComment(id: $id) }"
LIST = """query($c: ID, $a: ID) { comments(customerId: $c, activityId: $a, first: 20) {
  edges { node { body activityId } } } }"""
PICKER = """query($c: ID!, $s: String!) { mentionableUsers(customerId: $c, search: $s) {
  id displayName } }"""


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


def mention(world: World, who: str, shown: str | None = None) -> str:
    return f"@[{shown or who}](user:{world.uid(who)})"


async def test_a_mention_notifies_with_display_data_only(client: httpx.AsyncClient,
                                                         world: World) -> None:
    await as_user(client, "sam")
    text = f"{mention(world, 'mike', 'The Boss')} please approve the discount. " + "x" * 200
    body = await call(client, ADD, i={"customerId": world.cid("Sam Co"), "body": text})
    node = body["data"]["addComment"]
    # The token shows the real display name, whatever the writer put there.
    assert node["body"].startswith(f"@[Mike Ma](user:{world.uid('mike')}) please")
    assert node["mentions"] == [{"id": world.uid("mike"), "displayName": "Mike Ma"}]
    assert node["mine"] is True and node["author"] == {"displayName": "Sam Lee"}
    [note] = await Notification.all()
    assert note.user_id == world.users["mike"].id and note.kind == "mention"
    assert note.customer_id == world.customers["Sam Co"].id
    assert note.payload["actor_name"] == "Sam Lee"
    assert note.payload["customer_name"] == "Sam Co"
    assert note.payload["comment_id"] == int(node["id"])
    excerpt = note.payload["excerpt"]
    assert isinstance(excerpt, str) and len(excerpt) <= 120
    assert excerpt.startswith("@Mike Ma please approve") and excerpt.endswith("…")
    event = await AuditEvent.get(action="comment.created")
    assert event.changes["mentions"] == [world.users["mike"].id]
    assert "discount" not in str(event.changes)


@pytest.mark.parametrize("who", ["wes", "aud", "ex"])
async def test_mentioning_someone_who_cannot_see_the_customer_is_refused(
        client: httpx.AsyncClient, world: World, who: str) -> None:
    await as_user(client, "sam")
    text = f"{mention(world, 'mike')} and {mention(world, who, 'Outsider')} look"
    body = await call(client, ADD, i={"customerId": world.cid("Sam Co"), "body": text})
    assert fields_of(body) == {"mentions": ["MENTION_OUT_OF_SCOPE"]}
    assert "@Outsider" in body["errors"][0]["message"]
    assert await Comment.all().count() == 0 and await Notification.all().count() == 0


async def test_mentioning_an_unknown_id_is_refused_like_an_outsider(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    body = await call(client, ADD, i={"customerId": world.cid("Sam Co"),
                                      "body": "hi @[Ghost](user:987654)"})
    assert fields_of(body) == {"mentions": ["MENTION_OUT_OF_SCOPE"]}


async def test_comments_are_refused_outside_scope_and_without_the_right(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    assert error_codes(await call(client, ADD, i={"customerId": world.cid("Wes Co"),
                                                  "body": "hello"})) == ["NOT_FOUND"]
    assert fields_of(await call(client, ADD, i={"customerId": world.cid("Sam Co"),
                                                "body": "  "})) == {"body": ["INVALID_LENGTH"]}
    await as_user(client, "aud")
    assert error_codes(await call(client, ADD, i={"customerId": world.cid("Sam Co"),
                                                  "body": "hello"})) == ["FORBIDDEN"]
    assert await Comment.all().count() == 0


async def test_a_comment_on_an_activity_belongs_to_its_customer(
        client: httpx.AsyncClient, world: World) -> None:
    activity = await Activity.create(kind="call", customer_id=world.customers["Sam Co"].id,
                                     subject="Intro", created_by_id=world.users["sam"].id)
    await as_user(client, "sam")
    body = await call(client, ADD, i={"activityId": str(activity.id), "body": "Went well"})
    assert body["data"]["addComment"]["activityId"] == str(activity.id)
    mismatch = await call(client, ADD, i={"activityId": str(activity.id), "body": "x",
                                          "customerId": world.cid("Wes Co")})
    assert fields_of(mismatch) == {"activityId": ["NOT_OF_THIS_CUSTOMER"]}
    on_activity = await call(client, LIST, a=str(activity.id))
    assert [e["node"]["body"] for e in on_activity["data"]["comments"]["edges"]] == ["Went well"]
    await as_user(client, "wes")
    assert error_codes(await call(client, ADD, i={"activityId": str(activity.id),
                                                  "body": "sneaky"})) == ["NOT_FOUND"]
    assert error_codes(await call(client, LIST, a=str(activity.id))) == ["NOT_FOUND"]


async def test_only_the_author_edits_and_new_mentions_are_notified_once(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    first = f"{mention(world, 'mike')} FYI"
    cid = (await call(client, ADD, i={"customerId": world.cid("Sam Co"), "body": first})
           )["data"]["addComment"]["id"]
    await as_user(client, "mike")
    assert error_codes(await call(client, EDIT, id=cid, b="hijack")) == ["FORBIDDEN"]
    await as_user(client, "sam")
    refused = await call(client, EDIT, id=cid, b=f"{first} {mention(world, 'wes')}")
    assert fields_of(refused) == {"mentions": ["MENTION_OUT_OF_SCOPE"]}
    edited = await call(client, EDIT, id=cid, b=f"{first} and {mention(world, 'sup')}")
    assert edited["data"]["editComment"]["editedAt"]
    notes = await Notification.all().order_by("id").values_list("user_id", flat=True)
    assert notes == [world.users["mike"].id, world.users["sup"].id]
    assert (await Comment.get(id=int(cid))).mentions == [world.users["mike"].id,
                                                         world.users["sup"].id]


async def test_the_author_or_a_deleter_removes_a_comment(client: httpx.AsyncClient,
                                                         world: World) -> None:
    await as_user(client, "sam")
    ids = [(await call(client, ADD, i={"customerId": world.cid("Sam Co"), "body": text})
            )["data"]["addComment"]["id"] for text in ("one", "two")]
    await as_user(client, "sup")  # can see and comment, is not the author, may not delete
    assert error_codes(await call(client, DELETE, id=ids[0])) == ["FORBIDDEN"]
    await as_user(client, "sam")
    assert (await call(client, DELETE, id=ids[0]))["data"]["deleteComment"] is True
    await as_user(client, "mike")
    assert (await call(client, DELETE, id=ids[1]))["data"]["deleteComment"] is True
    assert error_codes(await call(client, DELETE, id=ids[1])) == ["NOT_FOUND"]
    listed = await call(client, LIST, c=world.cid("Sam Co"))
    assert listed["data"]["comments"]["edges"] == []


async def test_the_picker_offers_only_active_people_who_can_see_the_customer(
        client: httpx.AsyncClient, world: World) -> None:
    await as_user(client, "sam")
    body = await call(client, PICKER, c=world.cid("Sam Co"), s="")
    assert [u["displayName"] for u in body["data"]["mentionableUsers"]] == ["Mike Ma",
                                                                            "Sue Port"]
    body = await call(client, PICKER, c=world.cid("Sam Co"), s="sue")
    assert body["data"]["mentionableUsers"] == [{"id": world.uid("sup"),
                                                 "displayName": "Sue Port"}]
    assert error_codes(await call(client, PICKER, c=world.cid("Wes Co"), s="")) == ["NOT_FOUND"]
    await as_user(client, "aud")
    assert error_codes(await call(client, PICKER, c=world.cid("Sam Co"), s="")) \
        == ["FORBIDDEN"]
