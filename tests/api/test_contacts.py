"""Contacts of a customer: written by those who may edit it, read (masked or not) by those who
may see it, exactly one primary, PII encrypted and revealed only with a reason."""

from __future__ import annotations

import httpx
import pytest

from backend.audit.models import AuditEvent
from backend.crypto import blind_index
from backend.customers.models import Contact, CustomerKey
from tests.conftest import error_codes, gql
from tests.support.customers import Company, as_user, company, created_id

CREATE = """mutation($i: ContactInput!) { createContact(input: $i) {
  id name title phone email im birthday isPrimary piiMasked } }"""
UPDATE = """mutation($i: ContactUpdateInput!) { updateContact(input: $i) {
  id name phone isPrimary } }"""
DELETE = "mutation($id: ID!) { deleteContact(id: $id) }"
LIST = """query($id: ID!) { contacts(customerId: $id) {
  name phone email im birthday isPrimary piiMasked } }"""
REVEAL = """mutation($id: ID!, $f: ContactPiiField!, $r: String!) {
  revealContactField(contactId: $id, field: $f, reason: $r) }"""
ZHANG = {"name": "张三", "title": "采购经理", "phone": "13912345678",
         "email": "zhang.san@example.cn", "im": "wx_zhangsan", "birthday": "1988-04-01"}


@pytest.fixture
async def co(db: object) -> Company:
    return await company()


async def _customer(client: httpx.AsyncClient, owner: str = "sam") -> str:
    await as_user(client, owner)
    return await created_id(client, name=f"{owner.title()} Holdings")


async def test_owner_adds_contacts_and_first_is_primary(client: httpx.AsyncClient,
                                                        co: Company) -> None:
    cid = await _customer(client)
    first = (await gql(client, CREATE, {"i": {"customerId": cid, **ZHANG}}))["data"][
        "createContact"]
    assert first["isPrimary"] is True and first["piiMasked"] is False
    assert first["phone"] == "13912345678" and first["birthday"] == "1988-04-01"
    second = (await gql(client, CREATE, {"i": {"customerId": cid, "name": "Li Si",
                                               "email": "li.si@example.cn"}}))
    assert second["data"]["createContact"]["isPrimary"] is False
    digests = set(await CustomerKey.filter(customer_id=int(cid)).values_list("digest",
                                                                             flat=True))
    assert blind_index.index("email", "LI.SI@example.cn") in digests
    assert blind_index.index("phone", "139 1234 5678") in digests
    event = await AuditEvent.filter(action="contact.created").order_by("id").first()
    assert event is not None and event.target_id == cid and event.changes["phone"] == \
        "(changed)" and "13912345678" not in str(event.changes)


async def test_contacts_refused_outside_scope_or_without_write(client: httpx.AsyncClient,
                                                               co: Company) -> None:
    cid = await _customer(client, "wes")
    contact = (await gql(client, CREATE, {"i": {"customerId": cid, **ZHANG}}))["data"][
        "createContact"]["id"]
    await as_user(client, "sam")
    assert error_codes(await gql(client, CREATE, {"i": {"customerId": cid, "name": "X"}})) \
        == ["NOT_FOUND"]
    assert error_codes(await gql(client, UPDATE, {"i": {"id": contact, "name": "X"}})) \
        == ["NOT_FOUND"]
    assert error_codes(await gql(client, DELETE, {"id": contact})) == ["NOT_FOUND"]
    assert error_codes(await gql(client, LIST, {"id": cid})) == ["NOT_FOUND"]
    await as_user(client, "sup")  # reads everything, writes nothing
    assert error_codes(await gql(client, CREATE, {"i": {"customerId": cid, "name": "X"}})) \
        == ["FORBIDDEN"]
    assert error_codes(await gql(client, UPDATE, {"i": {"id": contact, "name": "X"}})) \
        == ["FORBIDDEN"]
    await as_user(client, "aud")
    assert error_codes(await gql(client, LIST, {"id": cid})) == ["FORBIDDEN"]
    assert await Contact.all().count() == 1


async def test_readers_without_pii_rights_see_masks(client: httpx.AsyncClient,
                                                    co: Company) -> None:
    cid = await _customer(client)
    await gql(client, CREATE, {"i": {"customerId": cid, **ZHANG}})
    await as_user(client, "sup")
    [row] = (await gql(client, LIST, {"id": cid}))["data"]["contacts"]
    assert row == {"name": "张三", "phone": "139****5678", "email": "z***@example.cn",
                   "im": "wx****", "birthday": "****-**-**", "isPrimary": True,
                   "piiMasked": True}
    one = await gql(client, "query($id: ID!) { customer(id: $id) { primaryContact { phone } "
                    "contacts { email } } }", {"id": cid})
    assert one["data"]["customer"] == {"primaryContact": {"phone": "139****5678"},
                                       "contacts": [{"email": "z***@example.cn"}]}


async def test_reveal_contact_field_is_audited(client: httpx.AsyncClient,
                                               co: Company) -> None:
    cid = await _customer(client)
    contact = (await gql(client, CREATE, {"i": {"customerId": cid, **ZHANG}}))["data"][
        "createContact"]["id"]
    await as_user(client, "aud")
    assert error_codes(await gql(client, REVEAL, {"id": contact, "f": "PHONE",
                                                  "r": "callback"})) == ["FORBIDDEN"]
    await as_user(client, "wes")
    assert error_codes(await gql(client, REVEAL, {"id": contact, "f": "PHONE",
                                                  "r": "callback"})) == ["NOT_FOUND"]
    await as_user(client, "sup")
    body = await gql(client, REVEAL, {"id": contact, "f": "IM", "r": "Customer asked"})
    assert body["data"]["revealContactField"] == "wx_zhangsan"
    event = await AuditEvent.get(action="customer.pii_revealed")
    assert event.changes == {"field": "contact.im", "contactId": int(contact)}
    assert "wx_zhangsan" not in str(event.changes)


async def test_exactly_one_primary(client: httpx.AsyncClient, co: Company) -> None:
    cid = await _customer(client)
    ids = [(await gql(client, CREATE, {"i": {"customerId": cid, "name": n}}))["data"][
        "createContact"]["id"] for n in ("A", "B", "C")]
    refused = await gql(client, UPDATE, {"i": {"id": ids[0], "isPrimary": False}})
    assert refused["errors"][0]["extensions"]["fields"] == {"isPrimary": ["PRIMARY_REQUIRED"]}
    moved = await gql(client, UPDATE, {"i": {"id": ids[2], "isPrimary": True}})
    assert moved["data"]["updateContact"]["isPrimary"] is True
    third = await gql(client, CREATE, {"i": {"customerId": cid, "name": "D",
                                             "isPrimary": True}})
    assert third["data"]["createContact"]["isPrimary"] is True

    async def primaries() -> list[str]:
        return list(await Contact.filter(customer_id=int(cid), is_primary=True)
                    .values_list("name", flat=True))

    assert await primaries() == ["D"]
    await gql(client, DELETE, {"id": third["data"]["createContact"]["id"]})
    assert await primaries() == ["A"]  # the oldest remaining one takes over


async def test_update_and_delete_keep_keys_and_search_in_step(client: httpx.AsyncClient,
                                                              co: Company) -> None:
    cid = await _customer(client)
    contact = (await gql(client, CREATE, {"i": {"customerId": cid, **ZHANG}}))["data"][
        "createContact"]["id"]
    body = await gql(client, UPDATE, {"i": {"id": contact, "name": "张三丰", "phone": ""}})
    assert body["data"]["updateContact"] == {"id": contact, "name": "张三丰", "phone": None,
                                             "isPrimary": True}
    search = "query($s: String!) { customers(search: $s) { totalCount } }"
    assert (await gql(client, search, {"s": "张三丰"}))["data"]["customers"]["totalCount"] == 1
    assert (await gql(client, search, {"s": "13912345678"}))["data"]["customers"][
        "totalCount"] == 0
    bad = await gql(client, UPDATE, {"i": {"id": contact, "birthday": "2999-01-01",
                                           "email": "nope"}})
    assert bad["errors"][0]["extensions"]["fields"] == {"email": ["INVALID_EMAIL"],
                                                        "birthday": ["INVALID_DATE"]}
    assert (await gql(client, DELETE, {"id": contact}))["data"]["deleteContact"] is True
    assert (await gql(client, search, {"s": "张三丰"}))["data"]["customers"]["totalCount"] == 0
    assert await CustomerKey.filter(customer_id=int(cid)).count() == 0
