"""Who may be told about a customer: the people a task is assigned to, @mentioned or reminded.

A notification carries the customer's name and an excerpt, so it must only reach someone who could
open that customer anyway: an active user whose roles grant ``customers.read`` over it (the same
data-scope rule as everywhere, ``customers.scope.can``) and ``activities.read``.
"""

from __future__ import annotations

from collections.abc import Iterable

from tortoise.expressions import Q

from backend.accounts.actor import Actor
from backend.accounts.guard import rights_of
from backend.accounts.models import User
from backend.accounts.perms import Perm
from backend.customers.models import Customer
from backend.customers.scope import can

CANDIDATES = 200


def actor_of(user: User) -> Actor:
    """The rights ``user`` holds through their roles (prefetched), as an Actor."""
    rights = rights_of(user.roles)
    return Actor(user_id=user.id, username=user.username, permissions=frozenset(rights),
                 team_id=user.team_id, scopes=rights, roles=tuple(r.name for r in user.roles))


async def sees(actor: Actor, customer: Customer) -> bool:
    return actor.has(Perm.ACTIVITIES_READ) and await can(actor, Perm.CUSTOMERS_READ, customer)


async def who_can_see(customer: Customer, user_ids: Iterable[int]) -> set[int]:
    """The ids among ``user_ids`` of active users who may see ``customer`` and its activities."""
    wanted = set(user_ids)
    if not wanted:
        return set()
    users = await User.filter(id__in=sorted(wanted), is_active=True).prefetch_related("roles")
    return {u.id for u in users if await sees(actor_of(u), customer)}


async def mentionable(customer: Customer, *, search: str, exclude: int | None,
                      limit: int = 20) -> list[User]:
    """Active users who may see ``customer``, by display name, for the @mention picker."""
    query = User.filter(is_active=True)
    term = search.strip()[:64]
    if term:
        query = query.filter(Q(display_name__icontains=term) | Q(username__icontains=term))
    if exclude is not None:
        query = query.exclude(id=exclude)
    users = await query.order_by("display_name", "id").limit(CANDIDATES) \
        .prefetch_related("roles")
    found = []
    for user in users:
        if await sees(actor_of(user), customer):
            found.append(user)
            if len(found) == limit:
                break
    return found
