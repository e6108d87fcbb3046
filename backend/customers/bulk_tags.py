"""Adding and removing tags on many customers at once (the list's bulk action)."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.customers import tags
from backend.customers.keyset import bulk_ids, load_for_change
from backend.customers.models import Customer, CustomerTag
from backend.customers.pii import refresh_search_text


async def tag_customers(*, actor: Actor, customer_ids: list[int], add: list[str],
                        remove: list[str]) -> int:
    """Add ``add`` and remove ``remove`` (by name, case-insensitive) on every listed customer.

    All or nothing: every id must be writable by the actor, and no customer may end up with more
    tags than one customer may hold. Returns how many customers changed; each changed customer
    gets its own ``customer.updated`` audit event with its tags before and after.
    """
    ids = bulk_ids(customer_ids)
    adding, removing = tags.clean(add), tags.clean(remove)
    if not adding and not removing:
        raise ValidationFailed({"add": ["REQUIRED"]},
                               message="Name at least one tag to add or remove")
    dropped = {name.casefold() for name in removing}
    changed = 0
    async with in_transaction() as conn:
        rows = await load_for_change(actor, ids, Perm.CUSTOMERS_WRITE, using_db=conn)
        current: dict[int, list[str]] = {c.id: [] for c in rows}
        for customer_id, name in await CustomerTag.filter(customer_id__in=ids).using_db(conn) \
                .values_list("customer_id", "tag__name"):
            current[int(str(customer_id))].append(str(name))
        now = now_utc()
        for c in rows:
            kept = [n for n in current[c.id] if n.casefold() not in dropped]
            known = {n.casefold() for n in kept}
            wanted = kept + [n for n in adding if n.casefold() not in known]
            before, after = await tags.set_tags(c.id, wanted, conn)
            if before == after:
                continue
            changed += 1
            await refresh_search_text(c.id, using_db=conn)
            await Customer.filter(id=c.id).using_db(conn).update(
                updated_by_id=actor.user_id, updated_at=now)
            await audit.record(actor=actor, action="customer.updated", target_type="customer",
                               target_id=c.id, changes={"tags": [before, after]}, using_db=conn)
    return changed
