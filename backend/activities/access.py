"""Which customer an activity or comment call may touch.

Reading needs ``activities.read`` and the customer within the actor's ``customers.read`` scope;
writing also needs ``activities.write`` over that customer. A customer outside the read scope is
NOT_FOUND, exactly like a missing one, so ids cannot be probed.
"""

from __future__ import annotations

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.errors import Forbidden, NotFound
from backend.customers.models import Customer
from backend.customers.scope import can, visible_to


def me(info: Info) -> Actor:
    """The caller; the field's permission class has already refused anonymous callers."""
    actor = info.context.actor
    assert actor is not None
    return actor


async def readable(actor: Actor, customer_id: int | None) -> Customer:
    if not actor.has(Perm.ACTIVITIES_READ):
        raise Forbidden()
    if customer_id is None:
        raise NotFound()
    customer = await (await visible_to(actor)).get_or_none(id=customer_id)
    if customer is None:
        raise NotFound()
    return customer


async def writable(actor: Actor, customer_id: int | None) -> Customer:
    customer = await readable(actor, customer_id)
    if not await can(actor, Perm.ACTIVITIES_WRITE, customer):
        raise Forbidden()
    return customer


async def display_name(user_id: int) -> str:
    """The actor's name as shown in notifications (display data, never PII)."""
    user = await User.get_or_none(id=user_id).only("id", "display_name", "username")
    return (user.display_name or user.username) if user else ""


async def names_of(user_ids: set[int | None]) -> dict[int, str]:
    """Display names for a page of rows, in one query."""
    ids = sorted(i for i in user_ids if i is not None)
    if not ids:
        return {}
    rows = await User.filter(id__in=ids).values_list("id", "display_name", "username")
    return {uid: (name or username) for uid, name, username in rows}
