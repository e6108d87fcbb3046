"""Customer and contact PII: encryption at rest, blind-index keys, masking, the search document.

Phones and emails are stored as ONE ciphertext each per customer (the AEAD of a JSON list), so a
customer's numbers travel together and the column count stays fixed. Associated data binds each
value to its column (``customer:phones``): a ciphertext pasted into another column fails to
decrypt. It does not bind the row, since rows are encrypted before they have an id and merges
move contacts between customers.

Exact lookups by phone or email go through ``CustomerKey`` rows (HMAC of the normalised value),
rebuilt by ``sync_keys`` whenever a customer's or a contact's phones or emails change.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import orjson
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.crypto import aead, blind_index
from backend.customers.models import (
    Contact,
    Customer,
    CustomerKey,
    CustomerTag,
    CustomFieldValue,
)
from backend.customers.normalize import name_key
from backend.customers.search import fold

if TYPE_CHECKING:
    from backend.customers.rows import ContactRow, CustomerRow

    SealedCustomer = Customer | CustomerRow  # a model or a list's plain row
    SealedContact = Contact | ContactRow

# Customer PII as exposed by the API; the value is the column prefix (``<prefix>_enc``).
CUSTOMER_FIELDS = {"phone": "phones", "email": "emails", "id_number": "id_number",
                   "address": "address"}
CONTACT_FIELDS = ("phone", "email", "im", "birthday")
PII_FIELDS = tuple(CUSTOMER_FIELDS)


def aad(table: str, column: str) -> str:
    """Associated data of an encrypted column (``customer:phones``, ``contact:email``...)."""
    return f"{table}:{column}"


def seal(table: str, column: str, value: str | None) -> str | None:
    return aead.encrypt(value, aad=aad(table, column)) if value else None


def unseal(table: str, column: str, token: str | None) -> str | None:
    return aead.decrypt(token, aad=aad(table, column)) if token else None


def _read_list(c: SealedCustomer, column: str) -> list[str]:
    clear = unseal("customer", column, getattr(c, f"{column}_enc"))
    return list(orjson.loads(clear)) if clear else []


def _clean(values: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.add(value)
            kept.append(value)
    return kept


def _store_list(c: Customer, column: str, values: list[str]) -> None:
    kept = _clean(values)
    setattr(c, f"{column}_enc",
            seal("customer", column, json.dumps(kept, ensure_ascii=False)) if kept else None)


def phones(c: SealedCustomer) -> list[str]:
    """The customer's phone numbers, in clear (callers decide about masking)."""
    return _read_list(c, "phones")


def emails(c: SealedCustomer) -> list[str]:
    return _read_list(c, "emails")


def set_phones(c: Customer, values: list[str]) -> None:
    """Encrypt the list (trimmed, duplicates dropped); call ``sync_keys`` after saving."""
    _store_list(c, "phones", values)


def set_emails(c: Customer, values: list[str]) -> None:
    _store_list(c, "emails", values)


def id_number(c: SealedCustomer) -> str | None:
    return unseal("customer", "id_number", c.id_number_enc)


def address(c: SealedCustomer) -> str | None:
    return unseal("customer", "address", c.address_enc)


def set_pii(c: Customer, field: str, value: str | None) -> None:
    """Set one PII field by its API name; ``phone``/``email`` replace the list with one value."""
    if field == "phone":
        set_phones(c, [value] if value else [])
    elif field == "email":
        set_emails(c, [value] if value else [])
    elif field in ("id_number", "address"):
        setattr(c, f"{field}_enc", seal("customer", field, (value or "").strip() or None))
    else:
        raise ValueError(f"not a customer PII field: {field}")


def open_(c: SealedCustomer, field: str) -> str | None:
    """One PII field in clear; for ``phone``/``email`` the first of the list."""
    if field in ("phone", "email"):
        values = phones(c) if field == "phone" else emails(c)
        return values[0] if values else None
    return unseal("customer", field, getattr(c, f"{field}_enc"))


def contact_value(contact: SealedContact, field: str) -> str | None:
    return unseal("contact", field, getattr(contact, f"{field}_enc"))


def set_contact_value(contact: Contact, field: str, value: str | None) -> None:
    setattr(contact, f"{field}_enc", seal("contact", field, (value or "").strip() or None))


def mask(field: str, value: str | None) -> str | None:
    """``13812345678`` → ``138****5678``; ``zhang@example.com`` → ``z***@example.com``."""
    if not value:
        return value
    if field == "phone":
        return value[:3] + "****" + value[-4:] if len(value) > 7 else "****"
    if field == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}" if domain else "***"
    if field == "id_number":
        return value[:4] + "*" * max(0, len(value) - 8) + value[-4:] if len(value) > 8 else "****"
    if field == "birthday":
        return "****-**-**"
    if field == "im":
        return value[:2] + "****"
    return value[:6] + "****"


async def sync_keys(customer_id: int, using_db: BaseDBAsyncClient | None = None) -> None:
    """Rebuild the blind-index rows of a customer and its contacts (phones and emails)."""
    customer = await Customer.filter(id=customer_id).using_db(using_db).get()
    wanted: set[tuple[int | None, str, str]] = set()
    for phone in phones(customer):
        wanted.add((None, "phone", blind_index.index("phone", phone)))
    for email in emails(customer):
        wanted.add((None, "email", blind_index.index("email", email)))
    for contact in await Contact.filter(customer_id=customer_id).using_db(using_db):
        for kind in ("phone", "email"):
            value = contact_value(contact, kind)
            if value:
                wanted.add((contact.id, kind, blind_index.index(kind, value)))
    await CustomerKey.filter(customer_id=customer_id).using_db(using_db).delete()
    if wanted:
        await CustomerKey.bulk_create(
            [CustomerKey(customer_id=customer_id, contact_id=contact_id, kind=kind, digest=digest)
             for contact_id, kind, digest in sorted(wanted, key=str)], using_db=using_db)


async def search_document(customer_id: int, name: str,
                          using_db: BaseDBAsyncClient | None = None) -> str:
    """The non-PII text search covers: name, tags, contact names and titles, custom text."""
    parts: list[str] = []
    tags = await CustomerTag.filter(customer_id=customer_id).using_db(using_db) \
        .order_by("tag__name").values_list("tag__name", flat=True)
    parts += [str(tag) for tag in tags]
    for contact_name, title in await Contact.filter(customer_id=customer_id) \
            .using_db(using_db).order_by("id").values_list("name", "title"):
        parts += [contact_name, title]
    texts = await CustomFieldValue.filter(
        customer_id=customer_id, field__type="text", field__sensitive=False,
        value_text__isnull=False).using_db(using_db).order_by("field_id") \
        .values_list("value_text", flat=True)
    parts += [str(text) for text in texts]
    return search_text_of(name, parts)


def search_text_of(name: str, parts: list[str]) -> str:
    """The search document from its parts (for writers that insert rows in bulk)."""
    return "\n".join(fold(p) for p in [name, *parts] if p)


async def refresh_search_text(customer_id: int,
                              using_db: BaseDBAsyncClient | None = None) -> None:
    """Recompute ``search_text`` and ``name_key`` of one customer from what it holds now."""
    names = await Customer.filter(id=customer_id).using_db(using_db) \
        .values_list("name", flat=True)
    if not names:
        return
    name = str(names[0])
    text = await search_document(customer_id, name, using_db)
    await Customer.filter(id=customer_id).using_db(using_db).update(
        search_text=text, name_key=name_key(name))
