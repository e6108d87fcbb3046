"""The one place customer querysets are built: ``visible_to(actor, action)``.

Every list, lookup, export and report starts here, so a role's data scope is applied the same
way everywhere: own records, own team, own team and sub-teams, or all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from backend import counts
from backend.accounts.actor import Actor
from backend.accounts.teams import subtree_ids
from backend.customers.models import Customer


async def scope_filter(actor: Actor, perm: str) -> Q | None:
    """The row filter ``perm`` allows ``actor``; None when the actor lacks ``perm`` entirely."""
    scope = actor.scope(perm)
    if scope is None:
        return None
    if scope == "all":
        return Q()
    mine = Q(owner_id=actor.user_id)
    if scope == "own" or actor.team_id is None:
        return mine
    teams = [actor.team_id] if scope == "team" else await subtree_ids(actor.team_id)
    return mine | Q(team_id__in=teams)


async def scope_parts(actor: Actor, perm: str) -> list[Q] | None:
    """The same rows as ``scope_filter``, as disjoint conditions whose counts add up.

    Counting ``owner = me OR team IN (...)`` makes SQLite test every row of the table; counting
    ``team IN (...)`` and "mine outside those teams" apart reads index ranges only (95k visible
    customers: 21 ms against 9 ms).
    """
    scope = actor.scope(perm)
    if scope is None:
        return None
    if scope == "all":
        return [Q()]
    if scope == "own" or actor.team_id is None:
        return [Q(owner_id=actor.user_id)]
    teams = [actor.team_id] if scope == "team" else await subtree_ids(actor.team_id)
    return [Q(team_id__in=teams), Q(owner_id=actor.user_id, team_id__not_in=teams)]


async def count_visible(actor: Actor, perm: str,
                        narrow: Callable[[QuerySet[Customer]], Awaitable[QuerySet[Customer]]],
                        inputs: object) -> int:
    """How many customers ``visible_to(actor, perm)`` narrowed by ``narrow`` holds.
    ``inputs`` is everything ``narrow`` depends on (filters, search term): with the actor's
    scope it keys the count cache (``counts.cached``), so a reused count builds no SQL."""
    parts = await scope_parts(actor, perm)

    async def counting() -> int:
        total = 0
        for part in parts or ():
            query = await narrow(Customer.filter(deleted_at__isnull=True).filter(part))
            total += await query.count()
        return total

    # The team tree and the roles are data too: changing them is a commit, which the cache
    # notices like any other.
    key = ("customers", perm, actor.user_id, actor.team_id, actor.scope(perm), inputs)
    return await counts.cached(key, counting)


async def visible_to(actor: Actor, perm: str = "customers.read",
                     include_deleted: bool = False) -> QuerySet[Customer]:
    """Customers ``actor`` may act on with ``perm``; an empty set when they may not."""
    condition = await scope_filter(actor, perm)
    query = Customer.all()
    if not include_deleted:
        query = query.filter(deleted_at__isnull=True)
    if condition is None:
        return query.filter(id__lt=0)
    return query.filter(condition)


async def can(actor: Actor, perm: str, customer: Customer) -> bool:
    """Whether ``perm`` covers this one customer (used for per-row PII decisions)."""
    scope = actor.scope(perm)
    if scope is None:
        return False
    if scope == "all" or customer.owner_id == actor.user_id:
        return True
    if scope == "own" or actor.team_id is None or customer.team_id is None:
        return False
    if scope == "team":
        return customer.team_id == actor.team_id
    return customer.team_id in await subtree_ids(actor.team_id)
