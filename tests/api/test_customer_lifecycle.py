"""The recycle bin: deleted customers listed within the delete scope, restored, or purged for
good (customers.purge and a recent re-authentication), leaving an audit event without PII."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from backend.accounts.models import Role, Session
from backend.activities.models import Activity, Comment
from backend.core.models import now_utc
from backend.customers.models import (
    Contact,
    Customer,
    CustomerKey,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)
from backend.deals.models import Deal, DealStageChange, Pipeline, PipelineStage
from backend.notifications.models import Notification
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.lifecycle import World, add_contact, events, make_world

BIN = """query($a: String, $f: Int) { deletedCustomers(after: $a, first: $f) { totalCount
  edges { node { id name owner { displayName } deletedBy { displayName } deletedAt } }
  pageInfo { hasNextPage endCursor } } }"""
RESTORE = "mutation($id: ID!) { restoreCustomer(id: $id) { id name deletedAt } }"
PURGE = "mutation($id: ID!) { purgeCustomer(id: $id) }"


@pytest.fixture
async def world(db: Settings) -> World:
    w = await make_world()
    for name, by in (("Sam Co", "sam"), ("Sue Co", "sue"), ("Wes Co", "wes")):
        await Customer.filter(id=w.customers[name]).update(deleted_at=now_utc(),
                                                           deleted_by_id=w.users[by])
    return w


def binned(body: dict[str, object]) -> list[str]:
    return [e["node"]["name"] for e in body["data"]["deletedCustomers"]["edges"]]  # type: ignore


async def test_bin_is_refused_without_delete_rights(client: httpx.AsyncClient,
                                                    world: World) -> None:
    assert error_codes(await gql(client, BIN)) == ["UNAUTHENTICATED"]
    assert error_codes(await gql(client, RESTORE, {"id": world.cid("Sam Co")})) \
        == ["UNAUTHENTICATED"]
    for username in ("sam", "sup"):
        await sign_in(client, username)
        assert error_codes(await gql(client, BIN)) == ["FORBIDDEN"]
        assert error_codes(await gql(client, RESTORE, {"id": world.cid("Sam Co")})) \
            == ["FORBIDDEN"]


async def test_bin_lists_deleted_customers_within_scope(client: httpx.AsyncClient,
                                                        world: World) -> None:
    await sign_in(client, "mike")
    body = await gql(client, BIN)
    assert binned(body) == ["Sue Co", "Sam Co"]
    assert body["data"]["deletedCustomers"]["totalCount"] == 2
    first = body["data"]["deletedCustomers"]["edges"][1]["node"]
    assert first["owner"] == {"displayName": "Sam"} and first["deletedBy"] == {
        "displayName": "Sam"}
    page = await gql(client, BIN, {"f": 1})
    rest = await gql(client, BIN, {"f": 1, "a": page["data"]["deletedCustomers"]["pageInfo"][
        "endCursor"]})
    assert binned(page) + binned(rest) == ["Sue Co", "Sam Co"]
    await sign_in(client, "ada")
    assert binned(await gql(client, BIN)) == ["Wes Co", "Sue Co", "Sam Co"]


async def test_restore_within_scope_only(client: httpx.AsyncClient, world: World) -> None:
    await sign_in(client, "mike")
    assert error_codes(await gql(client, RESTORE, {"id": world.cid("Wes Co")})) \
        == ["NOT_FOUND"]
    assert error_codes(await gql(client, RESTORE, {"id": world.cid("Pool Two")})) \
        == ["NOT_FOUND"]  # not deleted: nothing to restore
    body = await gql(client, RESTORE, {"id": world.cid("Sam Co")})
    assert body["data"]["restoreCustomer"] == {"id": world.cid("Sam Co"), "name": "Sam Co",
                                               "deletedAt": None}
    row = await Customer.get(id=world.customers["Sam Co"])
    assert row.deleted_at is None and row.deleted_by_id is None
    (event,) = await events("customer.restored")
    assert event.target_id == world.cid("Sam Co")
    assert (await Customer.get(id=world.customers["Wes Co"])).deleted_at is not None


async def test_purge_erases_the_customer_and_everything_attached(
        client: httpx.AsyncClient, world: World) -> None:
    cid = world.customers["Sam Co"]
    await add_contact(cid, "Zhang San", phone="13712345678", email="zhang@sam.example.com")
    activity = await Activity.create(kind="note", customer_id=cid, body="Private talk")
    await Comment.create(customer_id=cid, activity_id=activity.id, body="noted")
    pipeline = await Pipeline.create(name="Sales")
    stage = await PipelineStage.create(pipeline_id=pipeline.id, name_en="New", name_zh="新")
    deal = await Deal.create(title="Robot arm", customer_id=cid, pipeline_id=pipeline.id,
                      stage_id=stage.id)
    await DealStageChange.create(deal_id=deal.id, to_stage_id=stage.id, changed_at=now_utc())
    tag = await Tag.create(name="VIP")
    await CustomerTag.create(customer_id=cid, tag_id=tag.id)
    field = await CustomFieldDef.create(key="size", label_en="Size", label_zh="规模", type="text")
    await CustomFieldValue.create(customer_id=cid, field_id=field.id, value_text="50")
    await Notification.create(user_id=world.users["sam"], kind="mention", customer_id=cid,
                              payload={"customerName": "Sam Co"})
    await sign_in(client, "ada")
    assert error_codes(await gql(client, PURGE, {"id": world.cid("Pool Two")})) \
        == ["NOT_FOUND"]  # only deleted customers can be purged
    assert (await gql(client, PURGE, {"id": str(cid)}))["data"]["purgeCustomer"] is True
    assert await Customer.filter(id=cid).count() == 0
    for model in (Contact, Activity, Comment, CustomerTag, CustomFieldValue, CustomerKey,
                  Notification, Deal):
        assert await model.filter(customer_id=cid).count() == 0, model
    assert await DealStageChange.filter(deal_id=deal.id).count() == 0
    assert await Tag.filter(id=tag.id).exists()  # the tag itself is shared
    (event,) = await events("customer.purged")
    assert event.target_id == str(cid) and event.changes["contacts"] == 1
    assert event.changes["activities"] == 1 and event.changes["keys"] == 4
    text = str(event.changes) + event.reason
    assert "Sam Co" not in text and "Zhang" not in text and "1371234" not in text


async def test_purge_needs_the_purge_right_scope_and_a_recent_sign_in(
        client: httpx.AsyncClient, world: World) -> None:
    args = {"id": world.cid("Sam Co")}
    assert error_codes(await gql(client, PURGE, args)) == ["UNAUTHENTICATED"]
    await sign_in(client, "mike")  # may delete and restore, not purge
    assert error_codes(await gql(client, PURGE, args)) == ["FORBIDDEN"]
    await Role.create(name="purger", permissions=["customers.purge"], data_scope="own")
    await make_user("pam", "purger")
    await sign_in(client, "pam")  # may purge, but only her own customers
    assert error_codes(await gql(client, PURGE, args)) == ["NOT_FOUND"]
    await sign_in(client, "ada")
    await Session.filter(user_id=world.users["ada"]).update(
        reauth_at=now_utc() - timedelta(minutes=30))
    assert error_codes(await gql(client, PURGE, args)) == ["STEP_UP_REQUIRED"]
    assert await Customer.filter(id=world.customers["Sam Co"]).exists()
    assert await events("customer.purged") == []
