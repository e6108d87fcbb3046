"""Importing contacts: each row names its customer (by name, compared like duplicate
detection does), which the importer must be allowed to write.

A contact duplicates another of the same customer with the same name. New contacts of a batch
go in with one insert; then each touched customer gets its blind-index keys and search document
rebuilt by ``customers.pii`` (contacts' phones, emails and names feed both) and exactly one
primary contact, as ``customers.contacts`` keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.core.models import now_utc
from backend.customers import pii, validation
from backend.customers.models import Contact
from backend.customers.normalize import name_key
from backend.dataio.bulk import insert
from backend.dataio.engine import Cells, Draft
from backend.dataio.lookups import customer_refs, fold, reserve_ids

YES = {"1", "y", "yes", "true", "是", "主", "主联系人", "√", "✓", "x"}
LIMITS = {"name": 120, "title": 120, "im": 64}


@dataclass
class ContactDraft(Draft):
    customer_key: str = ""
    customer_id: int | None = None
    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    im: str = ""
    birthday: str = ""
    is_primary: bool = False


def _birthday(text: str) -> str | None:
    try:
        day = date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        return None
    return day.isoformat() if date(1900, 1, 1) <= day <= date.today() else None


class ContactKind:
    name = "contacts"

    def __init__(self, actor: Actor) -> None:
        self.actor = actor

    @classmethod
    async def load(cls, actor: Actor) -> ContactKind:
        return cls(actor)

    def parse(self, cells: Cells) -> ContactDraft:
        d = ContactDraft(number=cells.number, columns=cells.columns, given=set(cells.by_field))
        d.customer_key = name_key(cells.one("customer"))
        if not d.customer_key:
            d.fail("customer", "REQUIRED")
        for key in ("name", "title", "im"):
            value = " ".join(cells.one(key).split())
            if len(value) > LIMITS[key]:
                d.fail(key, "INVALID_LENGTH")
            setattr(d, key, value)
        if not d.name:
            d.fail("name", "REQUIRED")
        d.phone, d.email = cells.one("phone"), cells.one("email")
        if d.phone and not validation.phone_ok(d.phone):
            d.fail("phone", "INVALID_PHONE")
        if d.email and not validation.email_ok(d.email):
            d.fail("email", "INVALID_EMAIL")
        if cells.one("birthday"):
            d.birthday = _birthday(cells.one("birthday")) or ""
            if not d.birthday:
                d.fail("birthday", "INVALID_DATE")
        d.is_primary = fold(cells.one("is_primary")) in YES
        return d

    def file_keys(self, cells: Cells) -> list[tuple[str, str]]:
        customer, person = name_key(cells.one("customer")), fold(cells.one("name"))
        return [(cells.column("name"), f"{customer}\x00{person}")] if customer and person else []

    def seal(self, draft: Draft) -> None:
        return None  # a handful of fields per row: sealed while writing

    async def match(self, drafts: list[Draft]) -> None:
        rows = [cast(ContactDraft, d) for d in drafts]
        refs = await customer_refs(self.actor, {d.customer_key for d in rows},
                                   Perm.CUSTOMERS_WRITE)
        for d in rows:
            found = refs.get(d.customer_key, [])
            if len(found) != 1:
                d.fail("customer", "UNKNOWN_CUSTOMER" if not found else "AMBIGUOUS_CUSTOMER")
            else:
                d.customer_id = found[0].id
        ids = {d.customer_id for d in rows if d.customer_id}
        existing: dict[tuple[int, str], int] = {}
        for cid, customer_id, name in await Contact.filter(customer_id__in=ids) \
                .order_by("id").values_list("id", "customer_id", "name"):
            existing.setdefault((customer_id, fold(name)), cid)
        for d in rows:
            if d.customer_id and (d.customer_id, fold(d.name)) in existing:
                d.existing_id = existing[(d.customer_id, fold(d.name))]
                d.existing_column = d.columns.get("name", "name")
                d.writable = True  # customers.write over the customer was required above

    async def create(self, conn: BaseDBAsyncClient, drafts: list[Draft]) -> list[int]:
        rows = [cast(ContactDraft, d) for d in drafts]
        if not rows:
            return []
        ids = await reserve_ids(conn, Contact, len(rows))
        now = now_utc()
        await insert(conn, Contact, [{
            "id": cid, "customer_id": d.customer_id, "name": d.name, "title": d.title,
            "phone_enc": pii.seal("contact", "phone", d.phone),
            "email_enc": pii.seal("contact", "email", d.email),
            "im_enc": pii.seal("contact", "im", d.im),
            "birthday_enc": pii.seal("contact", "birthday", d.birthday),
            "is_primary": False, "created_by_id": self.actor.user_id,
            "created_at": now, "updated_at": now} for cid, d in zip(ids, rows, strict=True)],
            with_ids=True)
        for cid, d in zip(ids, rows, strict=True):
            if d.is_primary:
                await _make_primary(conn, cast(int, d.customer_id), cid)
        await _settle({cast(int, d.customer_id) for d in rows}, conn)
        return ids

    async def update(self, conn: BaseDBAsyncClient, draft: Draft) -> None:
        d = cast(ContactDraft, draft)
        contact = await Contact.filter(id=d.existing_id).using_db(conn).get()
        if "title" in d.given:
            contact.title = d.title
        for key in pii.CONTACT_FIELDS:
            if key in d.given and getattr(d, key):
                pii.set_contact_value(contact, key, getattr(d, key))
        await contact.save(using_db=conn)
        if d.is_primary:
            await _make_primary(conn, contact.customer_id, contact.id)
        await _settle({contact.customer_id}, conn)


async def _make_primary(conn: BaseDBAsyncClient, customer_id: int, contact_id: int) -> None:
    await Contact.filter(customer_id=customer_id).exclude(id=contact_id).using_db(conn) \
        .update(is_primary=False)
    await Contact.filter(id=contact_id).using_db(conn).update(is_primary=True)


async def _settle(customer_ids: set[int], conn: BaseDBAsyncClient) -> None:
    """Exactly one primary contact (the oldest, when none is marked), then keys and search
    text rebuilt from what the customer holds now."""
    for customer_id in sorted(customer_ids):
        contacts = Contact.filter(customer_id=customer_id).using_db(conn)
        if not await contacts.filter(is_primary=True).exists():
            first = await contacts.order_by("id").first()
            if first is not None:
                await Contact.filter(id=first.id).using_db(conn).update(is_primary=True)
        await pii.sync_keys(customer_id, conn)
        await pii.refresh_search_text(customer_id, conn)
