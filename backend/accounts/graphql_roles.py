"""Roles, permissions and teams in the API (admins)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from backend.accounts import roles as role_service
from backend.accounts import teams as team_service
from backend.accounts.models import Role, Team, User
from backend.accounts.perms import DESCRIPTIONS, Perm
from backend.api.context import Info
from backend.api.ids import parse_id, parse_optional_id
from backend.api.permissions import HasAnyPerm, HasPerm, IsAuthenticated, StepUp

Permission = strawberry.enum(Perm, name="Permission",
                             description="A permission, named domain.action on the server.")
for _value in Permission.__strawberry_definition__.values:  # type: ignore[attr-defined]
    _value.description = f"{_value.value}: {DESCRIPTIONS[Perm(_value.value)]}"


@strawberry.enum(description="How much data a role's permissions cover.")
class DataScope(Enum):
    OWN = "own"
    TEAM = "team"
    SUBTREE = "subtree"
    ALL = "all"


@strawberry.type(description="A permission as the SPA shows it.")
class PermissionInfo:
    key: Permission = strawberry.field(description="The enum value.")  # type: ignore[valid-type]
    name: str = strawberry.field(description="The domain.action name used in `me.permissions`.")
    domain: str
    description: str


@strawberry.type(description="A role: permissions over a data scope.")
class RoleInfo:
    name: str
    description: str
    permissions: list[Permission]  # type: ignore[valid-type]
    data_scope: DataScope
    builtin: bool
    users: list[str] = strawberry.field(description="Usernames holding the role.")
    updated_at: datetime

    @classmethod
    async def of(cls, role: Role) -> RoleInfo:
        names = await User.filter(roles__id=role.id).distinct().order_by("username_key") \
            .values_list("username", flat=True)
        return cls(name=role.name, description=role.description,
                   permissions=[Perm(p) for p in role.permissions if p in Perm._value2member_map_],
                   data_scope=DataScope(role.data_scope), builtin=role.builtin,
                   users=[str(n) for n in names], updated_at=role.updated_at)


@strawberry.type(description="A team in the department tree.")
class TeamInfo:
    id: strawberry.ID
    name: str
    parent_id: strawberry.ID | None
    members: list[str] = strawberry.field(description="Usernames in the team.")


@strawberry.input
class RoleInput:
    name: str
    description: str = ""
    permissions: list[Permission]  # type: ignore[valid-type]
    data_scope: DataScope


@strawberry.input
class RolePatch:
    name: str
    description: str | None = None
    permissions: list[Permission] | None = None  # type: ignore[valid-type]
    data_scope: DataScope | None = None


@strawberry.input
class TeamInput:
    name: str
    parent_id: strawberry.ID | None = None


@strawberry.input
class TeamPatch:
    id: strawberry.ID
    name: str | None = None
    parent_id: strawberry.ID | None = strawberry.field(
        default=None, description="New parent; with move: true, null makes it a root.")
    move: bool = False




async def _team_out(team: Team) -> TeamInfo:
    members = await User.filter(team_id=team.id).order_by("username_key") \
        .values_list("username", flat=True)
    return TeamInfo(id=strawberry.ID(str(team.id)), name=team.name,
                    parent_id=strawberry.ID(str(team.parent_id)) if team.parent_id else None,
                    members=[str(m) for m in members])


ROLES = [HasPerm(Perm.ROLES_MANAGE)]
TEAMS = [HasPerm(Perm.USERS_MANAGE)]


def _values(perms: list[Perm] | None) -> list[str] | None:
    return None if perms is None else [Perm(p).value for p in perms]


@strawberry.type
class Query:
    @strawberry.field(description="Every permission with its description.",
                      permission_classes=[IsAuthenticated])
    def permission_catalog(self, info: Info) -> list[PermissionInfo]:
        return [PermissionInfo(key=p, name=p.value, domain=p.value.split(".")[0],
                               description=DESCRIPTIONS[p]) for p in Perm]

    @strawberry.field(description="All roles.", permission_classes=[
        HasAnyPerm(Perm.ROLES_MANAGE, Perm.USERS_MANAGE)])
    async def roles(self, info: Info) -> list[RoleInfo]:
        return [await RoleInfo.of(r) for r in await Role.all().order_by("id")]

    @strawberry.field(description="The team tree, flat (parentId links).",
                      permission_classes=[HasAnyPerm(Perm.USERS_MANAGE, Perm.ROLES_MANAGE)])
    async def teams(self, info: Info) -> list[TeamInfo]:
        return [await _team_out(t) for t in await Team.all().order_by("name")]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a custom role.", permission_classes=[*ROLES, StepUp])
    async def create_role(self, info: Info, input: RoleInput) -> RoleInfo:
        assert info.context.actor is not None
        role = await role_service.create_role(
            actor=info.context.actor, name=input.name, description=input.description,
            permissions=_values(input.permissions) or [], data_scope=input.data_scope.value)
        return await RoleInfo.of(role)

    @strawberry.mutation(description="Edit a role (not the admin role).",
                         permission_classes=[*ROLES, StepUp])
    async def update_role(self, info: Info, input: RolePatch) -> RoleInfo:
        assert info.context.actor is not None
        role = await role_service.update_role(
            actor=info.context.actor, name=input.name, description=input.description,
            permissions=_values(input.permissions),
            data_scope=input.data_scope.value if input.data_scope else None)
        return await RoleInfo.of(role)

    @strawberry.mutation(description="Delete an unused custom role.",
                         permission_classes=[*ROLES, StepUp])
    async def delete_role(self, info: Info, name: str) -> bool:
        assert info.context.actor is not None
        await role_service.delete_role(actor=info.context.actor, name=name)
        return True

    @strawberry.mutation(description="Create a team.", permission_classes=TEAMS)
    async def create_team(self, info: Info, input: TeamInput) -> TeamInfo:
        assert info.context.actor is not None
        team = await team_service.create_team(actor=info.context.actor, name=input.name,
                                              parent_id=parse_optional_id(input.parent_id))
        return await _team_out(team)

    @strawberry.mutation(description="Rename or move a team.", permission_classes=TEAMS)
    async def update_team(self, info: Info, input: TeamPatch) -> TeamInfo:
        assert info.context.actor is not None
        team = await team_service.update_team(
            actor=info.context.actor, team_id=parse_id(input.id), name=input.name,
            parent_id=parse_optional_id(input.parent_id), move=input.move)
        return await _team_out(team)

    @strawberry.mutation(description="Delete an empty team.", permission_classes=TEAMS)
    async def delete_team(self, info: Info, id: strawberry.ID) -> bool:
        assert info.context.actor is not None
        await team_service.delete_team(actor=info.context.actor, team_id=parse_id(id))
        return True

    @strawberry.mutation(description="Put a user in a team (or none).",
                         permission_classes=[*TEAMS, StepUp])
    async def set_user_team(self, info: Info, user_id: strawberry.ID,
                            team_id: strawberry.ID | None = None) -> bool:
        assert info.context.actor is not None
        await team_service.set_user_team(actor=info.context.actor, user_id=parse_id(user_id),
                                         team_id=parse_optional_id(team_id))
        return True
