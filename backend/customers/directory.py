"""Who records can be given to: the people and teams offered by the owner pickers.

Assigning needs a list of colleagues, but ``users`` (the admin's list) needs users.manage, and a
manager handing customers or deals to a salesperson should not need to administer accounts. This
directory shows only what a picker needs (name, team) of active users, to holders of
customers.assign; no usernames, emails or roles.
"""

from __future__ import annotations

import strawberry
from tortoise.expressions import Q

from backend.accounts.models import Team, User
from backend.accounts.perms import Perm
from backend.api.errors import ValidationFailed
from backend.api.permissions import HasPerm
from backend.customers.types import TeamRef

MAX_RESULTS = 50


@strawberry.type(description="An active user records may be assigned to.")
class Assignee:
    id: strawberry.ID = strawberry.field(description="The user's id.")
    display_name: str = strawberry.field(description="The name shown in the interface.")
    team: TeamRef | None = strawberry.field(description="The user's team, if any.")


async def find_assignees(search: str, first: int) -> list[Assignee]:
    if not 1 <= first <= MAX_RESULTS:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]})
    query = User.filter(is_active=True)
    term = search.strip()[:64]
    if term:
        # Users type names as they see them; usernames match too but are not returned.
        query = query.filter(Q(display_name__icontains=term)
                             | Q(username__icontains=term))
    users = await query.order_by("display_name", "id").limit(first)
    teams = {t.id: t for t in await Team.filter(id__in={u.team_id for u in users if u.team_id})}
    return [Assignee(id=strawberry.ID(str(u.id)), display_name=u.display_name or u.username,
                     team=TeamRef(id=strawberry.ID(str(u.team_id)), name=teams[u.team_id].name)
                     if u.team_id in teams else None)
            for u in users]


@strawberry.type
class Query:
    @strawberry.field(description="Active users you may assign customers to, by name.",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_ASSIGN)])
    async def assignees(self, search: str = "", first: int = 20) -> list[Assignee]:
        return await find_assignees(search, first)

    @strawberry.field(description="Teams you may assign customers to.",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_ASSIGN)])
    async def assignable_teams(self) -> list[TeamRef]:
        return [TeamRef(id=strawberry.ID(str(t.id)), name=t.name)
                for t in await Team.all().order_by("name", "id")]
