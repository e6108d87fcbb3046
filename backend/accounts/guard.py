"""No escalation: an actor may only grant, and only manage accounts, within their own rights.

Without this, anyone holding users.manage could give themselves the admin role, invite an admin
account they control, or take over an admin by changing its email; anyone holding roles.manage
could widen their own role. A right is a permission with a data scope; the actor "covers" a set
of rights when they hold every permission with at least the same scope.
"""

from __future__ import annotations

from collections.abc import Iterable

from backend.accounts.actor import SCOPES, Actor, wider
from backend.accounts.models import Role, User
from backend.api.errors import Forbidden


def rights_of(roles: Iterable[Role]) -> dict[str, str]:
    rights: dict[str, str] = {}
    for role in roles:
        for perm in role.permissions:
            rights[perm] = wider(rights.get(perm, "own"), role.data_scope)
    return rights


def covers(actor: Actor, rights: dict[str, str]) -> bool:
    for perm, scope in rights.items():
        mine = actor.scope(perm)
        if mine is None or SCOPES.index(mine) < SCOPES.index(scope):
            return False
    return True


def ensure_can_grant(actor: Actor, roles: Iterable[Role], field: str = "roles") -> None:
    if not covers(actor, rights_of(roles)):
        raise Forbidden("You cannot grant rights you do not hold",
                        fields={field: ["EXCEEDS_YOUR_RIGHTS"]})


async def ensure_can_manage(actor: Actor, user: User) -> None:
    """Refuse acting on an account that holds rights beyond the actor's own."""
    if not covers(actor, rights_of(await user.roles.all())):
        raise Forbidden("This account has rights beyond yours",
                        fields={"id": ["EXCEEDS_YOUR_RIGHTS"]})
