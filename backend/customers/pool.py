"""The customer pool (公海): unowned customers any holder of customers.read may browse and any
holder of customers.write may claim.

The pool is its own visibility rule, next to the role scopes of ``scope.visible_to``: it shows
only non-personal fields (name, kind, industry, level, source, stage, tags), so a shared list
never exposes phone numbers or emails, not even masked.
"""

from __future__ import annotations

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import Conflict, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.auth import throttle
from backend.core.models import now_utc
from backend.customers.keyset import Page, bulk_ids, check_page_size, decode_cursor, load_for_change
from backend.customers.models import Customer, CustomerTag
from backend.settings import get_settings

CURSOR = "pool"
DAY = 86400
MAX_REASON = 200


def in_pool() -> QuerySet[Customer]:
    """Unowned, not deleted: what the pool lists and what a claim may take."""
    return Customer.filter(owner_id__isnull=True, deleted_at__isnull=True)


async def list_pool(*, actor: Actor, first: int, after: str | None,
                    search: str | None) -> Page[Customer]:
    """Pool customers, newest first. Search matches the name only: the pool's readers may not
    search contact names or custom fields of customers that are not theirs."""
    check_page_size(first)
    if not actor.has(Perm.CUSTOMERS_READ):
        return Page(items=[], total=0, has_next=False)
    query = in_pool()
    if search and search.strip():
        query = query.filter(name__icontains=search.strip()[:100])
    total = await query.count()
    before = decode_cursor(CURSOR, after)
    if before is not None:
        query = query.filter(id__lt=before)
    rows = await query.order_by("-id").limit(first + 1)
    return Page(items=list(rows[:first]), total=total, has_next=len(rows) > first)


async def tag_names(customer_ids: list[int]) -> dict[int, list[str]]:
    """Tag names of many customers in one query."""
    found: dict[int, list[str]] = {i: [] for i in customer_ids}
    if customer_ids:
        for cid, name in await CustomerTag.filter(customer_id__in=customer_ids) \
                .order_by("tag__name").values_list("customer_id", "tag__name"):
            found[int(cid)].append(str(name))
    return found


async def claim_customer(*, actor: Actor, customer_id: int) -> Customer:
    """Take a pool customer: owner = the actor, team = the actor's team.

    The claim is one conditional UPDATE (``owner_id IS NULL``), so of two concurrent claims
    exactly one changes the row; the other finds it owned and gets CONFLICT.
    """
    limit_key = f"pool-claim:{actor.user_id}"
    await throttle.check(limit_key, limit=get_settings().pool_claims_per_day, window_seconds=DAY)
    async with in_transaction() as conn:
        before = await Customer.filter(id=customer_id, deleted_at__isnull=True) \
            .using_db(conn).first()
        if before is None:
            raise NotFound()
        taken = await in_pool().filter(id=customer_id).using_db(conn).update(
            owner_id=actor.user_id, team_id=actor.team_id, updated_by_id=actor.user_id,
            updated_at=now_utc())
        if taken != 1:
            raise Conflict("Someone else has already taken this customer")
        await audit.record(actor=actor, action="customer.claimed", target_type="customer",
                           target_id=customer_id, using_db=conn,
                           changes={"owner_id": [None, actor.user_id],
                                    "team_id": [before.team_id, actor.team_id]})
    # Counted only once the claim holds: losing a race does not use up the day's allowance.
    await throttle.hit(limit_key, window_seconds=DAY)
    return await Customer.get(id=customer_id)


async def release_customers(*, actor: Actor, customer_ids: list[int], reason: str) -> int:
    """Put customers back into the pool (owner cleared, team kept), with a reason.

    The owner may release their own customers (with customers.write); anyone else needs
    customers.assign over them. All or nothing.
    """
    ids = bulk_ids(customer_ids)
    reason = reason.strip()
    if not 2 <= len(reason) <= MAX_REASON:
        raise ValidationFailed({"reason": ["REQUIRED" if len(reason) < 2 else "TOO_LONG"]})
    async with in_transaction() as conn:
        rows = await load_for_change(actor, ids, Perm.CUSTOMERS_READ, using_db=conn)
        foreign = [c.id for c in rows if c.owner_id != actor.user_id
                   or not actor.has(Perm.CUSTOMERS_WRITE)]
        if foreign:
            # Not the owner: assignment rights over each of them, or nothing happens.
            await load_for_change(actor, foreign, Perm.CUSTOMERS_ASSIGN, using_db=conn)
        if any(c.owner_id is None for c in rows):
            raise ValidationFailed({"customerIds": ["ALREADY_IN_POOL"]})
        await Customer.filter(id__in=ids).using_db(conn).update(
            owner_id=None, updated_by_id=actor.user_id, updated_at=now_utc())
        for c in rows:
            await audit.record(actor=actor, action="customer.released", target_type="customer",
                               target_id=c.id, reason=reason[:64], using_db=conn,
                               changes={"owner_id": [c.owner_id, None], "reason": reason})
    return len(rows)
