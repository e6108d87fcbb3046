"""The one place customer querysets are built: ``visible_to(actor, action)``.

Every list, lookup, export and report starts here, so a role's data scope is applied the same
way everywhere: own records, own team, own team and sub-teams, or all.
"""

from __future__ import annotations

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

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
