"""Blind-index keys and the search document follow what a customer holds."""

from __future__ import annotations

from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import Contact, Customer, CustomerKey, CustomerTag, Tag
from backend.settings import Settings


async def test_sync_keys_covers_customer_and_contact_phones_and_emails(db: Settings) -> None:
    c = Customer(name="Acme 有限公司")
    pii.set_phones(c, ["138 0000 0001", " 138 0000 0001", "+86 139-0000-0002"])
    pii.set_emails(c, ["Boss@Acme.example.com"])
    await c.save()
    contact = Contact(customer_id=c.id, name="王伟", title="CTO")
    pii.set_contact_value(contact, "email", "wang@acme.example.com")
    await contact.save()
    await pii.sync_keys(c.id)
    digests = set(await CustomerKey.filter(customer_id=c.id).values_list("digest", flat=True))
    assert pii.phones(c) == ["138 0000 0001", "+86 139-0000-0002"]
    assert digests == {blind_index.index("phone", "13800000001"),
                       blind_index.index("phone", "13900000002"),
                       blind_index.index("email", "boss@acme.example.com"),
                       blind_index.index("email", "WANG@acme.example.com")}
    pii.set_phones(c, [])
    await c.save()
    await pii.sync_keys(c.id)
    assert await CustomerKey.filter(customer_id=c.id, kind="phone").count() == 0
    assert await CustomerKey.filter(customer_id=c.id, contact_id=contact.id).count() == 1


async def test_search_text_holds_name_tags_and_contacts_but_no_pii(db: Settings) -> None:
    c = Customer(name="ＡＣＭＥ Trading 有限公司")
    pii.set_phones(c, ["13800000001"])
    await c.save()
    tag = await Tag.create(name="VIP")
    await CustomerTag.create(customer_id=c.id, tag_id=tag.id)
    await Contact.create(customer_id=c.id, name="Zhang San", title="Buyer")
    await pii.refresh_search_text(c.id)
    row = await Customer.get(id=c.id)
    assert row.search_text == "acme trading 有限公司\nvip\nzhang san\nbuyer"
    assert "13800000001" not in row.search_text
    assert row.name_key == "acmetrading"
