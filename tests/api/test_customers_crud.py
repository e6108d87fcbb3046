"""Creating, editing and deleting customers: who may, what is checked, what is recorded."""

from __future__ import annotations

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.customers import pii
from backend.customers.models import Customer, CustomerKey, Tag
from tests.conftest import error_codes, gql
from tests.support.customers import (
    CREATE,
    DELETE,
    ONE,
    UPDATE,
    Company,
    as_user,
    company,
    create,
    created_id,
)

FULL = {
    "name": "北京星辰科技有限公司", "kind": "company", "stage": "prospect", "level": "A",
    "industry": "Software", "source": "Trade fair", "website": "https://xingchen.example.cn",
    "needs": "CRM for 40 sales staff", "address": "北京市海淀区中关村大街1号",
    "phones": ["138 0013 8000", "+86 10 6275 1234"], "emails": ["ceo@xingchen.example.cn"],
    "idNumber": "91110108MA01XXXX3K", "tags": ["VIP", "华北"],
    "preferences": [{"key": "channel", "value": "wechat"}, {"key": "time", "value": "AM"}],
}


@pytest.fixture
async def co(db: object) -> Company:
    return await company()


async def test_sales_creates_a_full_customer_owned_by_them(client: httpx.AsyncClient,
                                                           co: Company) -> None:
    await as_user(client, "sam")
    body = await create(client, **FULL)
    node = body["data"]["createCustomer"]
    assert node["phones"] == FULL["phones"] and node["emails"] == FULL["emails"]
    assert node["idNumber"] == FULL["idNumber"] and node["piiMasked"] is False
    assert node["tags"] == ["VIP", "华北"] and node["stage"] == "prospect"
    assert node["preferences"] == FULL["preferences"]
    assert node["owner"]["displayName"] == "Sam" and node["team"]["name"] == "East-1"
    assert node["createdBy"]["id"] == str(co.users["sam"])
    row = await Customer.get(id=int(node["id"]))
    assert row.name_key and "星辰" in row.search_text and "vip" in row.search_text
    assert await CustomerKey.filter(customer_id=row.id).count() == 3
    event = await AuditEvent.get(action="customer.created")
    assert event.changes["phones"] == "(set)" and "138" not in str(event.changes)


async def test_create_is_refused_without_write_permission(client: httpx.AsyncClient,
                                                          co: Company) -> None:
    for user in ("sup", "aud"):
        await as_user(client, user)
        assert error_codes(await create(client, name="Nope Ltd")) == ["FORBIDDEN"]
    assert await Customer.all().count() == 0


async def test_invalid_input_names_every_field_and_writes_nothing(client: httpx.AsyncClient,
                                                                  co: Company) -> None:
    await as_user(client, "sam")
    body = await create(client, name=" ", level="Z", stage="nowhere", phones=["12"],
                        emails=["not-an-email"], website="javascript:alert(1)",
                        tags=[f"t{i}" for i in range(21)])
    assert error_codes(body) == ["BAD_USER_INPUT"]
    fields = body["errors"][0]["extensions"]["fields"]
    assert set(fields) == {"name", "level", "phones.0", "emails.0", "website", "tags"}
    stage = await create(client, name="Stage Ltd", stage="nowhere")
    assert stage["errors"][0]["extensions"]["fields"] == {"stage": ["UNKNOWN_VALUE"]}
    assert await Customer.all().count() == 0 and await Tag.all().count() == 0


async def test_duplicate_refused_unless_allowed(client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "sam")
    first = await created_id(client, name="ACME Inc.", phones=["13800000001"])
    body = await gql(client, CREATE, {"i": {"name": "acme", "phones": []}})
    assert error_codes(body) == ["CONFLICT"]
    assert body["errors"][0]["extensions"]["duplicateIds"] == [first]
    again = await gql(client, CREATE, {"i": {"name": "acme", "allowDuplicates": True}})
    assert again["data"]["createCustomer"]["name"] == "acme"


async def test_update_changes_fields_keys_and_search_text(client: httpx.AsyncClient,
                                                          co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, **FULL)
    body = await gql(client, UPDATE, {"i": {
        "id": cid, "name": "星辰软件", "phones": ["13900000009"], "emails": [],
        "tags": ["VIP", "Key account"], "address": "", "needs": "Mobile app"}})
    node = body["data"]["updateCustomer"]
    assert node["name"] == "星辰软件" and node["phones"] == ["13900000009"]
    assert node["emails"] == [] and node["address"] is None and node["tags"] == ["Key account",
                                                                                   "VIP"]
    assert node["updatedBy"]["id"] == str(co.users["sam"])
    row = await Customer.get(id=int(cid))
    assert "key account" in row.search_text and "华北" not in row.search_text
    assert [k.kind for k in await CustomerKey.filter(customer_id=row.id)] == ["phone"]
    event = await AuditEvent.get(action="customer.updated")
    assert event.changes["phones"] == "(changed)" and event.changes["address"] == "(changed)"
    assert event.changes["tags"] == [["VIP", "华北"], ["Key account", "VIP"]]
    assert "13900000009" not in str(event.changes) and "中关村" not in str(event.changes)


async def test_update_refused_outside_scope_and_for_readers(client: httpx.AsyncClient,
                                                            co: Company) -> None:
    await as_user(client, "wes")
    cid = await created_id(client, name="West Co")
    await as_user(client, "sam")
    body = await gql(client, UPDATE, {"i": {"id": cid, "name": "Mine now"}})
    assert error_codes(body) == ["NOT_FOUND"]
    await as_user(client, "sup")
    assert error_codes(await gql(client, UPDATE, {"i": {"id": cid, "name": "x"}})) == [
        "FORBIDDEN"]
    await as_user(client, "mike")  # East's manager: West is outside his subtree
    assert error_codes(await gql(client, UPDATE, {"i": {"id": cid, "name": "x"}})) == [
        "NOT_FOUND"]
    assert (await Customer.get(id=int(cid))).name == "West Co"


async def test_failed_update_changes_nothing(client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, name="Keep Ltd", tags=["old"])
    body = await gql(client, UPDATE, {"i": {
        "id": cid, "name": "Changed", "tags": ["new"], "customFields": [
            {"key": "nope", "value": "1"}]}})
    assert body["errors"][0]["extensions"]["fields"] == {"customFields.nope": ["UNKNOWN_FIELD"]}
    node = (await gql(client, ONE, {"id": cid}))["data"]["customer"]
    assert node["name"] == "Keep Ltd" and node["tags"] == ["old"]
    assert await AuditEvent.filter(action="customer.updated").count() == 0


async def test_tags_are_created_on_the_fly_and_limited(client: httpx.AsyncClient,
                                                       co: Company) -> None:
    await as_user(client, "sam")
    await created_id(client, name="One", tags=["Gold", "gold ", "ＶＩＰ"])
    await created_id(client, name="Two", tags=["GOLD"])
    assert sorted(await Tag.all().values_list("name", flat=True)) == ["Gold", "VIP"]
    too_long = await create(client, name="Three", tags=["x" * 65])
    assert too_long["errors"][0]["extensions"]["fields"] == {"tags": ["INVALID_LENGTH"]}
    listed = await gql(client, '{ tags(search: "ol") { name } }')
    assert listed["data"]["tags"] == [{"name": "Gold"}]


async def test_delete_needs_delete_permission_and_hides_the_customer(
        client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, name="Gone Ltd")
    assert error_codes(await gql(client, DELETE, {"id": cid})) == ["FORBIDDEN"]
    await as_user(client, "mike")
    assert (await gql(client, DELETE, {"id": cid}))["data"]["deleteCustomer"] is True
    assert error_codes(await gql(client, ONE, {"id": cid})) == ["NOT_FOUND"]
    row = await Customer.get(id=int(cid))
    assert row.deleted_at is not None and row.deleted_by_id == co.users["mike"]
    assert await AuditEvent.filter(action="customer.deleted", target_id=cid).count() == 1


async def test_masked_reader_sees_masks_everywhere(client: httpx.AsyncClient,
                                                   co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, **FULL)
    await as_user(client, "sup")
    node = (await gql(client, ONE, {"id": cid}))["data"]["customer"]
    assert node["piiMasked"] is True
    assert node["phones"] == ["138****8000", "+86****1234"]
    assert node["emails"] == ["c***@xingchen.example.cn"]
    assert node["idNumber"] == "9111**********XX3K" and node["address"] == "北京市海淀区****"
    row = await Customer.get(id=int(cid))
    assert pii.phones(row) == FULL["phones"]


async def test_reveal_picks_one_of_several_phones(client: httpx.AsyncClient,
                                                  co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, **FULL)
    await as_user(client, "sup")
    reveal = """mutation($id: ID!, $i: Int!) { revealCustomerField(customerId: $id,
        field: PHONE, reason: "calling back", index: $i) }"""
    body = await gql(client, reveal, {"id": cid, "i": 1})
    assert body["data"]["revealCustomerField"] == "+86 10 6275 1234"
    out_of_range = await gql(client, reveal, {"id": cid, "i": 2})
    assert out_of_range["errors"][0]["extensions"]["fields"] == {"index": ["OUT_OF_RANGE"]}
    event = await AuditEvent.get(action="customer.pii_revealed")
    assert event.changes == {"field": "phone", "index": 1}
