"""Merging two records of one customer into one.

The target stays; everything of the source moves to it in one transaction: contacts,
activities, comments, notifications, blind-index keys, tags (union), custom values (the target's
own win), phones and emails (union), needs (appended) and the target's empty descriptive fields.
The source goes to the recycle bin with ``merged_into_id`` set, so links to it can be followed
and it cannot be restored as half a record.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.activities.models import Activity, Comment
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.keyset import load_for_change
from backend.customers.models import Contact, Customer, CustomerKey, CustomerTag, CustomFieldValue
from backend.deals.models import Deal
from backend.notifications.models import Notification

# Descriptive fields the target takes from the source when its own are empty.
FILLED = ("industry", "source", "website", "id_number_enc", "address_enc")


def _union(kind: str, first: list[str], second: list[str]) -> list[str]:
    """Both lists, the first's order first, one entry per normalised value."""
    norm = blind_index.normalize_phone if kind == "phone" else blind_index.normalize_email
    seen: set[str] = set()
    kept = []
    for value in first + second:
        if norm(value) not in seen:
            seen.add(norm(value))
            kept.append(value)
    return kept


async def _move_children(target: Customer, source: Customer,
                         conn: BaseDBAsyncClient) -> dict[str, int]:
    tid, sid = target.id, source.id
    has_primary = await Contact.filter(customer_id=tid, is_primary=True).using_db(conn).exists()
    if has_primary:
        # One primary contact per customer: the target's stays primary.
        await Contact.filter(customer_id=sid).using_db(conn).update(is_primary=False)
    own_tags = CustomerTag.filter(customer_id=tid).using_db(conn).values_list("tag_id",
                                                                                 flat=True)
    own_fields = CustomFieldValue.filter(customer_id=tid).using_db(conn) \
        .values_list("field_id", flat=True)
    return {
        "contacts": await Contact.filter(customer_id=sid).using_db(conn).update(customer_id=tid),
        "activities": await Activity.filter(customer_id=sid).using_db(conn)
        .update(customer_id=tid),
        "comments": await Comment.filter(customer_id=sid).using_db(conn).update(customer_id=tid),
        "deals": await Deal.filter(customer_id=sid).using_db(conn).update(customer_id=tid),
        "tags": await CustomerTag.filter(customer_id=sid).exclude(tag_id__in=await own_tags)
        .using_db(conn).update(customer_id=tid),
        "customValues": await CustomFieldValue.filter(customer_id=sid)
        .exclude(field_id__in=await own_fields).using_db(conn).update(customer_id=tid),
        "notifications": await Notification.filter(customer_id=sid).using_db(conn)
        .update(customer_id=tid),
        "keys": await CustomerKey.filter(customer_id=sid).using_db(conn).update(customer_id=tid),
    }


def _absorb(target: Customer, source: Customer) -> dict[str, object]:
    """Copy the source's own fields into the target; returns the audit summary (no values)."""
    summary: dict[str, object] = {}
    phones = _union("phone", pii.phones(target), pii.phones(source))
    emails = _union("email", pii.emails(target), pii.emails(source))
    summary["phonesAdded"] = len(phones) - len(pii.phones(target))
    summary["emailsAdded"] = len(emails) - len(pii.emails(target))
    pii.set_phones(target, phones)
    pii.set_emails(target, emails)
    needs = source.needs.strip()
    if needs and needs not in target.needs:
        target.needs = f"{target.needs.rstrip()}\n\n{needs}".strip()
        summary["needsAppended"] = True
    filled = [f for f in FILLED if not getattr(target, f) and getattr(source, f)]
    for name in filled:
        setattr(target, name, getattr(source, name))
    if filled:
        summary["filled"] = [f.removesuffix("_enc") for f in filled]
    target.preferences = {**(source.preferences or {}), **(target.preferences or {})}
    if source.last_activity_at and (target.last_activity_at is None
                                    or source.last_activity_at > target.last_activity_at):
        target.last_activity_at = source.last_activity_at
    return summary


async def merge_customers(*, actor: Actor, target_id: int, source_id: int) -> Customer:
    """Merge ``source_id`` into ``target_id``; needs customers.write over both and
    customers.delete over the source (it ends up deleted)."""
    if target_id == source_id:
        raise ValidationFailed({"sourceId": ["SAME_AS_TARGET"]})
    async with in_transaction() as conn:
        target, source = await load_for_change(actor, [target_id, source_id],
                                               Perm.CUSTOMERS_WRITE, using_db=conn)
        await load_for_change(actor, [source_id], Perm.CUSTOMERS_DELETE, using_db=conn)
        moved = await _move_children(target, source, conn)
        summary = _absorb(target, source)
        target.updated_by_id = actor.user_id
        await target.save(using_db=conn)
        await Customer.filter(id=source.id).using_db(conn).update(
            deleted_at=now_utc(), deleted_by_id=actor.user_id, merged_into_id=target.id,
            updated_by_id=actor.user_id, updated_at=now_utc())
        # Contacts and phones changed hands: rebuild the target's keys and search document
        # (the source, now deleted, keeps no keys, so it matches no duplicate check).
        await pii.sync_keys(target.id, using_db=conn)
        await pii.refresh_search_text(target.id, using_db=conn)
        await audit.record(actor=actor, action="customer.merged", target_type="customer",
                           target_id=target.id, using_db=conn,
                           changes={"mergedFrom": source.id, **moved, **summary})
        await audit.record(actor=actor, action="customer.merged", target_type="customer",
                           target_id=source.id, using_db=conn,
                           changes={"mergedInto": target.id})
    return await Customer.get(id=target.id)
