"""Teams: a department tree. A manager's "subtree" scope covers their team and all below it."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.guard import ensure_can_manage
from backend.accounts.models import Team, User
from backend.api.errors import Conflict, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.core import memo
from backend.db import fetch_rows

TREE = "team_tree"  # memo key of the (id, parent_id) pairs; team changes forget it
TREE_SQL = 'SELECT "id", "parent_id" FROM "team"'


async def subtree_ids(team_id: int) -> list[int]:
    """``team_id`` and every team below it (one query per request; the tree is small)."""
    rows = await memo.get_or_load(TREE, lambda: fetch_rows(TREE_SQL, []))
    children: dict[int | None, list[int]] = {}
    for tid, parent in rows:
        children.setdefault(parent, []).append(tid)
    found, stack = [], [team_id]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


async def _get(team_id: int) -> Team:
    team = await Team.get_or_none(id=team_id)
    if team is None:
        raise NotFound()
    return team


def _name_ok(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 128:
        raise ValidationFailed({"name": ["INVALID_LENGTH"]})
    return name


async def create_team(*, actor: Actor, name: str, parent_id: int | None) -> Team:
    name = _name_ok(name)
    if parent_id is not None:
        await _get(parent_id)
    async with in_transaction() as conn:
        team = await Team.create(name=name, parent_id=parent_id, using_db=conn)
        memo.forget(TREE)
        await audit.record(actor=actor, action="team.created", target_type="team",
                           target_id=team.id, changes={"name": name, "parent_id": parent_id},
                           using_db=conn)
    return team


async def update_team(*, actor: Actor, team_id: int, name: str | None,
                      parent_id: int | None, move: bool) -> Team:
    team = await _get(team_id)
    changes: dict[str, object] = {}
    if name is not None and _name_ok(name) != team.name:
        changes["name"] = [team.name, _name_ok(name)]
        team.name = _name_ok(name)
    if move and parent_id != team.parent_id:
        if parent_id is not None:
            await _get(parent_id)
            if parent_id in await subtree_ids(team.id):
                raise ValidationFailed({"parentId": ["CYCLE"]})
        changes["parent_id"] = [team.parent_id, parent_id]
        team.parent_id = parent_id
    if changes:
        async with in_transaction() as conn:
            await team.save(using_db=conn)
            memo.forget(TREE)
            await audit.record(actor=actor, action="team.updated", target_type="team",
                               target_id=team.id, changes=changes, using_db=conn)
    return team


async def delete_team(*, actor: Actor, team_id: int) -> None:
    team = await _get(team_id)
    if await Team.filter(parent_id=team.id).exists() or \
            await User.filter(team_id=team.id).exists():
        raise Conflict("Move the team's members and sub-teams first", fields={"id": ["IN_USE"]})
    async with in_transaction() as conn:
        await team.delete(using_db=conn)
        memo.forget(TREE)
        await audit.record(actor=actor, action="team.deleted", target_type="team",
                           target_id=team_id, changes={"name": team.name}, using_db=conn)


async def set_user_team(*, actor: Actor, user_id: int, team_id: int | None) -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise NotFound()
    await ensure_can_manage(actor, user)
    if team_id is not None:
        await _get(team_id)
    if user.team_id != team_id:
        async with in_transaction() as conn:
            before = user.team_id
            user.team_id = team_id
            await user.save(using_db=conn, update_fields=["team_id", "updated_at"])
            await audit.record(actor=actor, action="user.team_changed", target_type="user",
                               target_id=user.id, changes={"team_id": [before, team_id]},
                               using_db=conn)
    return user
