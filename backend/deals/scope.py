"""The one place deal querysets start: ``visible_deals(actor, perm)``.

A deal is covered by a role's data scope exactly as a customer is: own deals (owner is me), my
team's, my team's and its sub-teams', or all. The decision is made once, as a ``Rule``, and
rendered either as a Tortoise filter (lists, lookups) or as a SQL condition with bound
parameters (the report aggregates), so both always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.accounts.teams import subtree_ids
from backend.deals.models import Deal


@dataclass(frozen=True)
class Rule:
    """Which rows a permission covers: everything, nothing, or owner = me OR team in teams."""

    everything: bool = False
    nothing: bool = False
    owner_id: int | None = None
    team_ids: tuple[int, ...] = ()

    def as_q(self) -> Q:
        if self.nothing:
            return Q(id__lt=0)
        if self.everything:
            return Q()
        mine = Q(owner_id=self.owner_id)
        return mine | Q(team_id__in=list(self.team_ids)) if self.team_ids else mine

    def covers(self, owner_id: int | None, team_id: int | None) -> bool:
        if self.nothing:
            return False
        if self.everything:
            return True
        return (owner_id is not None and owner_id == self.owner_id) or (
            team_id is not None and team_id in self.team_ids)


async def rule_for(actor: Actor, perm: str) -> Rule:
    """The rows ``perm`` lets ``actor`` act on (mirrors ``customers.scope.scope_filter``)."""
    scope = actor.scope(perm)
    if scope is None:
        return Rule(nothing=True)
    if scope == "all":
        return Rule(everything=True)
    if scope == "own" or actor.team_id is None:
        return Rule(owner_id=actor.user_id)
    teams = [actor.team_id] if scope == "team" else await subtree_ids(actor.team_id)
    return Rule(owner_id=actor.user_id, team_ids=tuple(teams))


async def visible_deals(actor: Actor, perm: str = Perm.DEALS_READ,
                        include_deleted: bool = False) -> QuerySet[Deal]:
    """Deals ``actor`` may act on with ``perm``; an empty set when they may not."""
    query = Deal.filter((await rule_for(actor, perm)).as_q())
    return query if include_deleted else query.filter(deleted_at__isnull=True)


async def can_deal(actor: Actor, perm: str, owner_id: int | None, team_id: int | None) -> bool:
    """Whether ``perm`` covers a deal with this owner and team (existing or about to be)."""
    return (await rule_for(actor, perm)).covers(owner_id, team_id)
