"""Turns demo customer specs into table rows, encrypted and indexed the way the app does it.

PII goes through ``customers.pii`` (the same sealing, JSON lists and associated data as the API),
blind-index rows through ``crypto.blind_index``, the name key through ``customers.normalize`` and
the search document is built in the shape ``pii.search_document`` reads from the database (name,
tags by name, contact names and titles by contact id), so search, duplicate detection and
exact lookups behave on demo data exactly as on data entered in the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.activities.models import Activity, Comment
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import Contact, Customer, CustomerKey, CustomerTag
from backend.customers.normalize import name_key
from backend.customers.search import fold
from backend.demo.bulk import insert
from backend.demo.generate import CustomerSpec
from backend.demo.people import DemoUser

Row = dict[str, Any]
Rows = dict[str, list[Row]]


@dataclass
class Counts:
    customers: int = 0
    contacts: int = 0
    activities: int = 0
    comments: int = 0


@dataclass
class Writer:
    """Collects the rows of a batch of customers; ``write`` inserts them (one ``executemany``
    per table)."""

    sellers: list[DemoUser]
    tag_ids: dict[str, int]
    next_customer: int
    next_contact: int
    next_activity: int
    counts: Counts = field(default_factory=Counts)
    _rows: Rows = field(default_factory=dict)
    # A scratch model object: pii.set_phones / set_emails work on a Customer and own the format.
    _scratch: Customer = field(default_factory=Customer)

    def _add(self, table: str, row: Row) -> None:
        self._rows.setdefault(table, []).append(row)

    def _sealed_lists(self, spec: CustomerSpec) -> tuple[str | None, str | None]:
        pii.set_phones(self._scratch, spec.phones)
        pii.set_emails(self._scratch, spec.emails)
        return self._scratch.phones_enc, self._scratch.emails_enc

    def add(self, spec: CustomerSpec) -> None:
        cid = self.next_customer
        self.next_customer += 1
        owner = self.sellers[spec.owner_slot] if spec.owner_slot is not None else None
        owner_id = owner.id if owner else None
        keys: set[tuple[int | None, str, str]] = set()
        keys |= {(None, "phone", blind_index.index("phone", p)) for p in spec.phones}
        keys |= {(None, "email", blind_index.index("email", e)) for e in spec.emails}
        document = [spec.name, *sorted(spec.tags)]
        for contact in spec.contacts:
            contact_id = self.next_contact
            self.next_contact += 1
            document += [contact.name, contact.title]
            keys.add((contact_id, "phone", blind_index.index("phone", contact.phone)))
            keys.add((contact_id, "email", blind_index.index("email", contact.email)))
            self._add("contact", {
                "id": contact_id, "customer_id": cid, "name": contact.name,
                "title": contact.title, "is_primary": contact.primary,
                "phone_enc": pii.seal("contact", "phone", contact.phone),
                "email_enc": pii.seal("contact", "email", contact.email),
                "im_enc": pii.seal("contact", "im", contact.im),
                "birthday_enc": pii.seal("contact", "birthday", contact.birthday),
                "created_by_id": owner_id, "created_at": spec.created_at,
                "updated_at": spec.created_at})
        for owner_contact, kind, digest in sorted(keys, key=str):
            self._add("key", {"customer_id": cid, "contact_id": owner_contact, "kind": kind,
                              "digest": digest})
        for tag in spec.tags:
            self._add("tag", {"customer_id": cid, "tag_id": self.tag_ids[tag]})
        last_activity = self._activities(spec, cid, owner_id)
        phones_enc, emails_enc = self._sealed_lists(spec)
        self._add("customer", {
            "id": cid, "kind": spec.kind, "name": spec.name, "name_key": name_key(spec.name),
            "stage": spec.stage, "level": spec.level, "industry": spec.industry,
            "source": spec.source, "website": spec.website, "needs": spec.needs,
            "preferences": spec.preferences, "owner_id": owner_id,
            "team_id": owner.team_id if owner else None,
            "phones_enc": phones_enc, "emails_enc": emails_enc,
            "id_number_enc": pii.seal("customer", "id_number", spec.id_number),
            "address_enc": pii.seal("customer", "address", spec.address),
            "search_text": "\n".join(fold(p) for p in document if p),
            "created_by_id": owner_id, "updated_by_id": owner_id,
            "created_at": spec.created_at, "updated_at": last_activity or spec.created_at,
            "last_activity_at": last_activity})
        self.counts.customers += 1
        self.counts.contacts += len(spec.contacts)

    def _activities(self, spec: CustomerSpec, cid: int, owner_id: int | None) -> datetime | None:
        last = None
        for activity in spec.activities:
            aid = self.next_activity
            self.next_activity += 1
            last = activity.occurred_at
            self._add("activity", {
                "id": aid, "kind": activity.kind, "customer_id": cid,
                "subject": activity.subject, "body": activity.body,
                "occurred_at": activity.occurred_at, "due_at": activity.due_at,
                "assignee_id": owner_id if activity.kind == "task" else None,
                "done_at": activity.due_at if activity.done else None,
                "created_by_id": owner_id, "created_at": activity.occurred_at,
                "updated_at": activity.occurred_at})
            if activity.comment:
                self._comment(cid, aid, owner_id, activity.comment, activity.occurred_at)
        self.counts.activities += len(spec.activities)
        if spec.comment:
            self._comment(cid, None, owner_id, spec.comment, last or spec.created_at)
        return last

    def _comment(self, cid: int, activity_id: int | None, author_id: int | None, body: str,
                 when: datetime) -> None:
        self._add("comment", {"customer_id": cid, "activity_id": activity_id,
                              "author_id": author_id, "body": body, "mentions": [],
                              "created_at": when})
        self.counts.comments += 1

    def take(self) -> Rows:
        """The rows collected so far, by table; the writer starts a new batch."""
        rows, self._rows = self._rows, {}
        return rows


async def write(conn: BaseDBAsyncClient, rows: Rows) -> None:
    # Parents first: foreign keys are checked on PostgreSQL.
    await insert(conn, Customer, rows.get("customer", []), with_ids=True)
    await insert(conn, Contact, rows.get("contact", []), with_ids=True)
    await insert(conn, CustomerKey, rows.get("key", []), with_ids=False)
    await insert(conn, CustomerTag, rows.get("tag", []), with_ids=False)
    await insert(conn, Activity, rows.get("activity", []), with_ids=True)
    await insert(conn, Comment, rows.get("comment", []), with_ids=False)
