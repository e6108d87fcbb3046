"""Contacts: the people at a company customer.

Reading a contact needs customers.read over its customer; changing one needs customers.write
over it. Phone, email, IM handle and birthday are encrypted and masked like customer PII. Once a
customer has contacts, exactly one is primary: the first one becomes primary, marking another
moves the flag, and deleting the primary promotes the oldest remaining contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import NotFound, ValidationFailed
from backend.audit import services as audit
from backend.customers import pii
from backend.customers.models import Contact, Customer
from backend.customers.services import get_visible, get_writable
from backend.customers.validation import email_ok, phone_ok

MAX_PER_CUSTOMER = 200


@dataclass
class ContactPatch:
    """Fields to set; None leaves a field as is, an empty string clears it."""

    name: str | None = None
    title: str | None = None
    phone: str | None = None
    email: str | None = None
    im: str | None = None
    birthday: str | None = None
    is_primary: bool | None = None


def _birthday_ok(value: str) -> bool:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return date(1900, 1, 1) <= day <= date.today()


def _validate(patch: ContactPatch, creating: bool) -> None:
    problems: dict[str, list[str]] = {}
    if (creating or patch.name is not None) and not 1 <= len((patch.name or "").strip()) <= 120:
        problems["name"] = ["INVALID_LENGTH"]
    if patch.title is not None and len(patch.title.strip()) > 120:
        problems["title"] = ["INVALID_LENGTH"]
    checks = {"phone": (phone_ok, "INVALID_PHONE"), "email": (email_ok, "INVALID_EMAIL"),
              "im": (lambda v: len(v) <= 64, "INVALID_LENGTH"),
              "birthday": (_birthday_ok, "INVALID_DATE")}
    for name, (ok, code) in checks.items():
        value = (getattr(patch, name) or "").strip()
        if value and not ok(value):
            problems[name] = [code]
    if problems:
        raise ValidationFailed(problems)


async def get_contact(actor: Actor, contact_id: int, perm: str = Perm.CUSTOMERS_READ
                      ) -> tuple[Contact, Customer]:
    """The contact and its customer; NOT_FOUND unless the customer is visible."""
    contact = await Contact.get_or_none(id=contact_id)
    if contact is None:
        raise NotFound()
    if perm == Perm.CUSTOMERS_READ:
        return contact, await get_visible(actor, contact.customer_id)
    return contact, await get_writable(actor, contact.customer_id, perm)


async def _lock(customer_id: int, conn: BaseDBAsyncClient) -> None:
    # Serialises primary-flag changes of one customer (row lock on PostgreSQL; SQLite writers
    # are serialised anyway).
    await Customer.filter(id=customer_id).using_db(conn).select_for_update().first()


def _set_fields(contact: Contact, patch: ContactPatch) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("name", "title"):
        value = getattr(patch, name)
        if value is not None and value.strip() != getattr(contact, name):
            changes[name] = [getattr(contact, name), value.strip()]
            setattr(contact, name, value.strip())
    for name in pii.CONTACT_FIELDS:
        value = getattr(patch, name)
        if value is not None and (value.strip() or None) != pii.contact_value(contact, name):
            pii.set_contact_value(contact, name, value)
            changes[name] = "(changed)"  # named, never shown
    return changes


async def _after(customer_id: int, changes: dict[str, Any], conn: BaseDBAsyncClient) -> None:
    if {"phone", "email", "created", "deleted"} & set(changes):
        await pii.sync_keys(customer_id, conn)
    if {"name", "title", "created", "deleted"} & set(changes):
        await pii.refresh_search_text(customer_id, conn)


async def create_contact(*, actor: Actor, customer_id: int, patch: ContactPatch) -> Contact:
    customer = await get_writable(actor, customer_id)
    _validate(patch, creating=True)
    contact = Contact(customer_id=customer.id, name="", created_by_id=actor.user_id)
    changes = _set_fields(contact, patch)
    async with in_transaction() as conn:
        await _lock(customer.id, conn)
        others = Contact.filter(customer_id=customer.id).using_db(conn)
        count = await others.count()
        if count >= MAX_PER_CUSTOMER:
            raise ValidationFailed({"customerId": ["TOO_MANY_CONTACTS"]})
        contact.is_primary = count == 0 or bool(patch.is_primary)
        if contact.is_primary and count:
            await others.filter(is_primary=True).update(is_primary=False)
        await contact.save(using_db=conn)
        await _after(customer.id, {"created": True}, conn)
        await audit.record(actor=actor, action="contact.created", target_type="customer",
                           target_id=customer.id,
                           changes={"contactId": contact.id, "name": contact.name,
                                    **{k: v for k, v in changes.items() if k != "name"}},
                           using_db=conn)
    return contact


async def update_contact(*, actor: Actor, contact_id: int, patch: ContactPatch) -> Contact:
    contact, customer = await get_contact(actor, contact_id, Perm.CUSTOMERS_WRITE)
    _validate(patch, creating=False)
    if patch.is_primary is False and contact.is_primary:
        # Exactly one primary: mark another contact instead of unmarking this one.
        raise ValidationFailed({"isPrimary": ["PRIMARY_REQUIRED"]})
    changes = _set_fields(contact, patch)
    async with in_transaction() as conn:
        await _lock(customer.id, conn)
        if patch.is_primary and not contact.is_primary:
            await Contact.filter(customer_id=customer.id, is_primary=True).using_db(conn) \
                .update(is_primary=False)
            contact.is_primary = True
            changes["isPrimary"] = [False, True]
        if changes:
            await contact.save(using_db=conn)
            await _after(customer.id, changes, conn)
            await audit.record(actor=actor, action="contact.updated", target_type="customer",
                               target_id=customer.id,
                               changes={"contactId": contact.id, **changes}, using_db=conn)
    return contact


async def delete_contact(*, actor: Actor, contact_id: int) -> None:
    contact, customer = await get_contact(actor, contact_id, Perm.CUSTOMERS_WRITE)
    async with in_transaction() as conn:
        await _lock(customer.id, conn)
        await contact.delete(using_db=conn)
        if contact.is_primary:
            successor = await Contact.filter(customer_id=customer.id).using_db(conn) \
                .order_by("id").first()
            if successor is not None:
                successor.is_primary = True
                await successor.save(using_db=conn, update_fields=["is_primary", "updated_at"])
        await _after(customer.id, {"deleted": True}, conn)
        await audit.record(actor=actor, action="contact.deleted", target_type="customer",
                           target_id=customer.id,
                           changes={"contactId": contact.id, "name": contact.name},
                           using_db=conn)


async def contacts_of(actor: Actor, customer_id: int) -> tuple[Customer, list[Contact]]:
    customer = await get_visible(actor, customer_id)
    rows = await Contact.filter(customer_id=customer.id).order_by("-is_primary", "id")
    return customer, list(rows)
