"""Merging duplicates: everything of the source moves to the target in one audited step; the
source ends in the recycle bin as merged and cannot be restored."""

from __future__ import annotations

import httpx
import pytest

from backend.activities.models import Activity, Comment
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import (
    Contact,
    Customer,
    CustomerKey,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)
from backend.deals.models import Deal, Pipeline, PipelineStage
from backend.settings import Settings
from tests.conftest import error_codes, gql
from tests.support.accounts import make_user, sign_in
from tests.support.lifecycle import World, add_contact, events, make_customer, make_world

MERGE = """mutation($t: ID!, $s: ID!) { mergeCustomers(input: {targetId: $t, sourceId: $s}) {
  id name phones emails needs industry tags contacts { name isPrimary }
  customFields { key value } } }"""
RESTORE = "mutation($id: ID!) { restoreCustomer(id: $id) { id } }"


@pytest.fixture
async def world(db: Settings) -> World:
    return await make_world()


@pytest.fixture
async def pair(world: World) -> tuple[int, int]:
    """Two records of one company in Sam's team: the target and a richer source."""
    sam = world.users["sam"]
    team = world.teams["East-1"]
    target = await make_customer("ACME", sam, team, ["13811110000"], ["info@acme.example.com"],
                                 needs="Wants a demo")
    source = await make_customer("ACME Inc.", sam, team, ["+86 138-1111-0000", "13822220000"],
                                 ["sales@acme.example.com"], needs="Budget in Q3",
                                 industry="robots")
    await add_contact(target.id, "Tina", email="tina@acme.example.com")
    await add_contact(source.id, "Sven", phone="13933330000")
    vip, hot = await Tag.create(name="VIP"), await Tag.create(name="hot")
    await CustomerTag.create(customer_id=target.id, tag_id=vip.id)
    await CustomerTag.create(customer_id=source.id, tag_id=vip.id)
    await CustomerTag.create(customer_id=source.id, tag_id=hot.id)
    size = await CustomFieldDef.create(key="size", label_en="Size", label_zh="规模", type="text")
    city = await CustomFieldDef.create(key="city", label_en="City", label_zh="城市", type="text")
    await CustomFieldValue.create(customer_id=target.id, field_id=size.id, value_text="50")
    await CustomFieldValue.create(customer_id=source.id, field_id=size.id, value_text="500")
    await CustomFieldValue.create(customer_id=source.id, field_id=city.id, value_text="Wuhan")
    activity = await Activity.create(kind="call", customer_id=source.id, subject="Intro call")
    await Comment.create(customer_id=source.id, activity_id=activity.id, body="Went well")
    await pii.refresh_search_text(source.id)
    return target.id, source.id


async def test_merge_refused_to_anonymous_and_to_roles_without_delete(
        client: httpx.AsyncClient, world: World, pair: tuple[int, int]) -> None:
    args = {"t": str(pair[0]), "s": str(pair[1])}
    assert error_codes(await gql(client, MERGE, args)) == ["UNAUTHENTICATED"]
    for username in ("sam", "sup"):  # sales may write but not delete; support neither
        await sign_in(client, username)
        assert error_codes(await gql(client, MERGE, args)) == ["FORBIDDEN"]
    assert (await Customer.get(id=pair[1])).deleted_at is None


async def test_merge_moves_everything_to_the_target(
        client: httpx.AsyncClient, world: World, pair: tuple[int, int]) -> None:
    target, source = pair
    pipeline = await Pipeline.create(name="Sales")
    stage = await PipelineStage.create(pipeline_id=pipeline.id, name_en="New", name_zh="新")
    await Deal.create(title="Robot arm", customer_id=source, pipeline_id=pipeline.id,
                      stage_id=stage.id)
    await sign_in(client, "mike")
    body = await gql(client, MERGE, {"t": str(target), "s": str(source)})
    merged = body["data"]["mergeCustomers"]
    assert merged["phones"] == ["13811110000", "13822220000"]
    assert merged["emails"] == ["info@acme.example.com", "sales@acme.example.com"]
    assert merged["needs"] == "Wants a demo\n\nBudget in Q3"
    assert merged["industry"] == "robots"
    assert merged["tags"] == ["VIP", "hot"]
    assert merged["contacts"] == [{"name": "Tina", "isPrimary": True},
                                  {"name": "Sven", "isPrimary": False}]
    assert sorted((v["key"], v["value"]) for v in merged["customFields"]) == [
        ("city", "Wuhan"), ("size", "50")]
    assert await Activity.filter(customer_id=target).count() == 1
    assert await Comment.filter(customer_id=target).count() == 1
    assert await Deal.filter(customer_id=target).count() == 1
    assert await Contact.filter(customer_id=source).count() == 0
    # Blind-index keys now lead to the target, including the moved contact's phone.
    for kind, value in (("phone", "13822220000"), ("phone", "13933330000"),
                        ("email", "sales@acme.example.com")):
        digest = blind_index.index(kind, value)
        assert await CustomerKey.filter(digest=digest).values_list("customer_id", flat=True) \
            == [target]
    row = await Customer.get(id=source)
    assert row.deleted_at is not None and row.merged_into_id == target
    assert row.deleted_by_id == world.users["mike"]
    assert "sven" in (await Customer.get(id=target)).search_text
    audit = await events("customer.merged")
    assert sorted(e.target_id for e in audit) == sorted([str(target), str(source)])
    text = str([e.changes for e in audit])
    assert "13822220000" not in text and "sales@acme" not in text and "Budget" not in text


async def test_merge_out_of_scope_or_not_writable_changes_nothing(
        client: httpx.AsyncClient, world: World, pair: tuple[int, int]) -> None:
    target, source = pair
    wes_co = world.cid("Wes Co")
    await sign_in(client, "mike")  # Wes Co is outside East
    assert error_codes(await gql(client, MERGE, {"t": str(target), "s": wes_co})) \
        == ["NOT_FOUND"]
    assert error_codes(await gql(client, MERGE, {"t": wes_co, "s": str(source)})) \
        == ["NOT_FOUND"]
    same = await gql(client, MERGE, {"t": str(target), "s": str(target)})
    assert same["errors"][0]["extensions"]["fields"] == {"sourceId": ["SAME_AS_TARGET"]}
    # Reads everything, but writes and deletes only in East: Wes Co is visible, not writable.
    await make_user("max", "manager", "read-all", team_id=world.teams["East"])
    await sign_in(client, "max")
    assert error_codes(await gql(client, MERGE, {"t": str(target), "s": wes_co})) \
        == ["FORBIDDEN"]
    assert await Customer.filter(deleted_at__isnull=False).count() == 0
    assert await Contact.filter(customer_id=source).count() == 1
    assert await events("customer.merged") == []


async def test_merged_source_is_in_the_bin_but_cannot_be_restored(
        client: httpx.AsyncClient, world: World, pair: tuple[int, int]) -> None:
    target, source = pair
    await sign_in(client, "mike")
    assert (await gql(client, MERGE, {"t": str(target), "s": str(source)}))["data"]
    binned = await gql(client, "{ deletedCustomers { edges { node { id mergedIntoId } } } }")
    assert binned["data"]["deletedCustomers"]["edges"] == [
        {"node": {"id": str(source), "mergedIntoId": str(target)}}]
    body = await gql(client, RESTORE, {"id": str(source)})
    assert error_codes(body) == ["CONFLICT"]
    assert body["errors"][0]["extensions"]["mergedIntoId"] == str(target)
    assert (await Customer.get(id=source)).deleted_at is not None
