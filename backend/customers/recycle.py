"""The recycle bin: soft-deleted customers, restored or erased for good.

Deleting keeps the row (``deleted_at``) so a mistake can be undone; purging is the irreversible
erasure (privacy requests, retention): the customer and everything hanging off it go, and the
audit event that records it names only the id and counts, never the erased data.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.activities.models import Activity, Comment
from backend.api.errors import Conflict
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.customers.keyset import Page, check_page_size, decode_cursor, load_for_change
from backend.customers.models import Contact, Customer, CustomerKey, CustomerTag, CustomFieldValue
from backend.customers.scope import visible_to
from backend.deals.models import Deal
from backend.notifications.models import Notification

CURSOR = "bin"


async def list_deleted(*, actor: Actor, first: int, after: str | None) -> Page[Customer]:
    """Deleted customers within the actor's customers.delete scope, latest id first."""
    check_page_size(first)
    query = (await visible_to(actor, Perm.CUSTOMERS_DELETE, include_deleted=True)).filter(
        deleted_at__isnull=False)
    total = await query.count()
    before = decode_cursor(CURSOR, after)
    if before is not None:
        query = query.filter(id__lt=before)
    rows = await query.order_by("-id").limit(first + 1)
    return Page(items=list(rows[:first]), total=total, has_next=len(rows) > first)


async def restore_customer(*, actor: Actor, customer_id: int) -> Customer:
    """Bring a deleted customer back. A merged customer stays merged: its contacts, activities
    and keys now belong to the merge target, so restoring it would split a record in two."""
    async with in_transaction() as conn:
        (customer,) = await load_for_change(actor, [customer_id], Perm.CUSTOMERS_DELETE,
                                            using_db=conn, deleted=True)
        if customer.merged_into_id is not None:
            raise Conflict("This customer was merged into another one and cannot be restored",
                           mergedIntoId=str(customer.merged_into_id))
        await Customer.filter(id=customer.id).using_db(conn).update(
            deleted_at=None, deleted_by_id=None, updated_by_id=actor.user_id,
            updated_at=now_utc())
        await audit.record(actor=actor, action="customer.restored", target_type="customer",
                           target_id=customer.id, using_db=conn)
    return await Customer.get(id=customer_id)


async def purge_customer(*, actor: Actor, customer_id: int) -> None:
    """Erase a soft-deleted customer and everything attached to it, in one transaction."""
    async with in_transaction() as conn:
        (customer,) = await load_for_change(actor, [customer_id], Perm.CUSTOMERS_PURGE,
                                            using_db=conn, deleted=True)
        cid = customer.id
        # Explicit deletes (not only ON DELETE CASCADE) so the audit event can say how much
        # went; the order removes children before their parents.
        counts = {
            "comments": await Comment.filter(customer_id=cid).using_db(conn).delete(),
            "activities": await Activity.filter(customer_id=cid).using_db(conn).delete(),
            # Stage history goes with each deal (ON DELETE CASCADE).
            "deals": await Deal.filter(customer_id=cid).using_db(conn).delete(),
            "contacts": await Contact.filter(customer_id=cid).using_db(conn).delete(),
            "customValues": await CustomFieldValue.filter(customer_id=cid).using_db(conn)
            .delete(),
            "keys": await CustomerKey.filter(customer_id=cid).using_db(conn).delete(),
            "tags": await CustomerTag.filter(customer_id=cid).using_db(conn).delete(),
            # Notifications carry the customer's name for display; they go with it.
            "notifications": await Notification.filter(customer_id=cid).using_db(conn)
            .delete(),
        }
        await Customer.filter(id=cid).using_db(conn).delete()
        await audit.record(actor=actor, action="customer.purged", target_type="customer",
                           target_id=cid, changes=counts, using_db=conn)
