"""Admin-defined customer fields: definitions need settings.manage, values are checked by type,
sensitive values are encrypted and masked, text values are searchable, lists filter on them."""

from __future__ import annotations

import json

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.customers.models import Customer, CustomFieldValue
from tests.conftest import error_codes, gql
from tests.support.customers import UPDATE, Company, as_user, company, create, created_id, names

DEF = """mutation($i: CustomFieldDefInput!) { createCustomFieldDef(input: $i) {
  id key type options sensitive required archived } }"""
EDIT = """mutation($i: CustomFieldDefUpdateInput!) { updateCustomFieldDef(input: $i) {
  labelEn options required } }"""
ARCHIVE = "mutation($id: ID!, $a: Boolean!) { archiveCustomFieldDef(id: $id, archived: $a) { " \
    "archived } }"
DEFS = "{ customFieldDefs { key labelZh type } }"
VALUES = "query($id: ID!) { customer(id: $id) { customFields { key value masked } } }"
FIELDS = [
    {"key": "note", "labelEn": "Note", "labelZh": "备注", "type": "TEXT"},
    {"key": "employees", "labelEn": "Employees", "labelZh": "员工数", "type": "NUMBER"},
    {"key": "founded", "labelEn": "Founded", "labelZh": "成立日期", "type": "DATE"},
    {"key": "region", "labelEn": "Region", "labelZh": "区域", "type": "SELECT",
     "options": ["north", "south"]},
    {"key": "channels", "labelEn": "Channels", "labelZh": "渠道", "type": "MULTISELECT",
     "options": ["wechat", "phone", "email"]},
    {"key": "bank_account", "labelEn": "Bank account", "labelZh": "银行账号", "type": "TEXT",
     "sensitive": True},
]


@pytest.fixture
async def co(db: object, client: httpx.AsyncClient) -> Company:
    c = await company()
    await as_user(client, "root")
    for spec in FIELDS:
        body = await gql(client, DEF, {"i": spec})
        assert "errors" not in body, body
    return c


def values(**kv: str | None) -> list[dict[str, str | None]]:
    return [{"key": k, "value": v} for k, v in kv.items()]


async def test_definitions_need_settings_manage(client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "mike")  # manager: no settings.manage
    spec = {"key": "x", "labelEn": "X", "labelZh": "X", "type": "TEXT"}
    assert error_codes(await gql(client, DEF, {"i": spec})) == ["FORBIDDEN"]
    assert error_codes(await gql(client, EDIT, {"i": {"id": "1", "labelEn": "Y"}})) == [
        "FORBIDDEN"]
    assert error_codes(await gql(client, ARCHIVE, {"id": "1", "a": True})) == ["FORBIDDEN"]
    listed = await gql(client, DEFS)  # readable with customers.read
    assert [d["key"] for d in listed["data"]["customFieldDefs"]] == [f["key"] for f in FIELDS]
    await as_user(client, "aud")
    assert error_codes(await gql(client, DEFS)) == ["FORBIDDEN"]
    await as_user(client, "root")
    taken = await gql(client, DEF, {"i": {**spec, "key": "note"}})
    assert error_codes(taken) == ["CONFLICT"]
    bad = await gql(client, DEF, {"i": {**spec, "key": "Bad Key", "options": ["a"]}})
    assert bad["errors"][0]["extensions"]["fields"] == {"key": ["INVALID_KEY"],
                                                        "options": ["NOT_ALLOWED"]}
    assert await AuditEvent.filter(action="custom_field.created").count() == len(FIELDS)


async def test_values_are_checked_by_type(client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "sam")
    body = await create(client, name="Typed", customFields=values(
        employees="many", founded="2020-13-01", region="west", channels='["fax"]',
        nope="1"))
    assert body["errors"][0]["extensions"]["fields"] == {
        f"customFields.{k}": ["UNKNOWN_FIELD" if k == "nope" else "INVALID_VALUE"]
        for k in ("employees", "founded", "region", "channels", "nope")}
    assert await Customer.all().count() == 0
    cid = await created_id(client, name="Typed", customFields=values(
        note="Prefers mornings", employees="250", founded="2008-05-12", region="north",
        channels='["wechat", "email", "wechat"]'))
    got = {v["key"]: v["value"] for v in (await gql(client, VALUES, {"id": cid}))["data"][
        "customer"]["customFields"]}
    assert got == {"note": "Prefers mornings", "employees": "250", "founded": "2008-05-12",
                   "region": "north", "channels": '["wechat", "email"]'}
    cleared = await gql(client, UPDATE, {"i": {"id": cid, "customFields": values(note=None)}})
    assert "note" not in {v["key"] for v in cleared["data"]["updateCustomer"]["customFields"]}
    event = await AuditEvent.filter(action="customer.updated").first()
    assert event is not None and event.changes["customFields.note"] == ["Prefers mornings",
                                                                        None]


async def test_required_fields_must_be_given(client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "root")
    defs = {d["key"]: d for d in (await gql(client, "{ customFieldDefs { id key } }"))[
        "data"]["customFieldDefs"]}
    await gql(client, EDIT, {"i": {"id": defs["region"]["id"], "required": True}})
    body = await create(client, name="No region")
    assert body["errors"][0]["extensions"]["fields"] == {"customFields.region": ["REQUIRED"]}
    assert "errors" not in await create(client, name="With region",
                                        customFields=values(region="south"))


async def test_sensitive_values_are_encrypted_masked_and_revealed(
        client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, name="Banked", customFields=values(
        bank_account="6222 0200 1234 5678", note="plain note"))
    row = await CustomFieldValue.get(customer_id=int(cid), field__key="bank_account")
    assert row.value_text is None and row.value_enc and "6222" not in row.value_enc
    customer = await Customer.get(id=int(cid))
    assert "plain note" in customer.search_text and "6222" not in customer.search_text
    mine = (await gql(client, VALUES, {"id": cid}))["data"]["customer"]["customFields"]
    assert {"key": "bank_account", "value": "6222 0200 1234 5678", "masked": False} in mine
    await as_user(client, "sup")
    masked = (await gql(client, VALUES, {"id": cid}))["data"]["customer"]["customFields"]
    assert {"key": "bank_account", "value": "****", "masked": True} in masked
    assert {"key": "note", "value": "plain note", "masked": False} in masked
    reveal = """mutation($id: ID!, $k: String!) { revealCustomField(customerId: $id, key: $k,
        reason: "Refund requested") }"""
    assert (await gql(client, reveal, {"id": cid, "k": "bank_account"}))["data"][
        "revealCustomField"] == "6222 0200 1234 5678"
    assert error_codes(await gql(client, reveal, {"id": cid, "k": "note"})) == ["NOT_FOUND"]
    event = await AuditEvent.get(action="customer.pii_revealed")
    assert event.changes == {"field": "customFields.bank_account"}
    update = await AuditEvent.filter(action="customer.created").first()
    assert update is not None and "6222" not in json.dumps(update.changes)


async def test_lists_filter_on_custom_fields(client: httpx.AsyncClient, co: Company) -> None:
    await as_user(client, "sam")
    for name, fields in (
            ("North big", values(region="north", employees="900", channels='["wechat"]',
                                 founded="2001-01-01", note="Steel trader")),
            ("South small", values(region="south", employees="12", channels='["phone"]',
                                   founded="2019-06-30")),
            ("Unset", values())):
        await created_id(client, name=name, customFields=fields)
    cases = [
        ([{"key": "region", "value": "north"}], ["North big"]),
        ([{"key": "region", "values": ["north", "south"]}], ["South small", "North big"]),
        ([{"key": "employees", "min": "100"}], ["North big"]),
        ([{"key": "employees", "max": "100"}], ["South small"]),
        ([{"key": "founded", "min": "2010-01-01", "max": "2020-01-01"}], ["South small"]),
        ([{"key": "channels", "values": ["phone", "email"]}], ["South small"]),
        ([{"key": "note", "value": "STEEL"}], ["North big"]),
        ([{"key": "region", "value": "north"}, {"key": "employees", "max": "100"}], []),
    ]
    for condition, expected in cases:
        assert await names(client, filter={"customFields": condition}) == expected, condition
    assert await names(client, search="steel") == ["North big"]
    for bad in ([{"key": "bank_account", "value": "6222"}], [{"key": "nope", "value": "x"}],
                [{"key": "employees", "min": "lots"}]):
        body = await gql(client, "query($f: CustomerFilterInput) { customers(filter: $f) { "
                         "totalCount } }", {"f": {"customFields": bad}})
        assert error_codes(body) == ["BAD_USER_INPUT"], bad


async def test_options_in_use_stay_and_archived_fields_hide(client: httpx.AsyncClient,
                                                            co: Company) -> None:
    await as_user(client, "sam")
    cid = await created_id(client, name="Chan", customFields=values(channels='["phone"]'))
    await as_user(client, "root")
    defs = {d["key"]: d["id"] for d in (await gql(client, "{ customFieldDefs { id key } }"))[
        "data"]["customFieldDefs"]}
    body = await gql(client, EDIT, {"i": {"id": defs["channels"], "options": ["wechat"]}})
    assert error_codes(body) == ["CONFLICT"]
    body = await gql(client, EDIT, {"i": {"id": defs["channels"], "labelEn": "Ways",
                                          "options": ["phone", "sms"]}})
    assert body["data"]["updateCustomFieldDef"] == {"labelEn": "Ways",
                                                    "options": ["phone", "sms"],
                                                    "required": False}
    assert (await gql(client, ARCHIVE, {"id": defs["channels"], "a": True}))["data"][
        "archiveCustomFieldDef"] == {"archived": True}
    got = (await gql(client, VALUES, {"id": cid}))["data"]["customer"]["customFields"]
    assert got == []
    assert "channels" not in [d["key"] for d in (await gql(client, DEFS))["data"][
        "customFieldDefs"]]
    assert await CustomFieldValue.filter(customer_id=int(cid)).count() == 1  # kept
