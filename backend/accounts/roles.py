"""Roles: built-in ones exist in every database; admins create and edit the rest.

The admin role always holds every permission with the "all" scope and cannot be edited or
deleted: that, and refusing to strip the last admin, keeps someone able to administer.
"""

from __future__ import annotations

import re

from tortoise.transactions import in_transaction

from backend.accounts.actor import SCOPES, Actor
from backend.accounts.guard import covers
from backend.accounts.models import Role, User
from backend.accounts.perms import BUILTIN_ROLES, Perm
from backend.api.errors import Conflict, Forbidden, NotFound, ValidationFailed
from backend.audit import services as audit

NAME_RE = re.compile(r"^[a-z][a-z0-9_-]{1,63}$")
ALL_PERMS = sorted(str(p) for p in Perm)


async def ensure_builtin_roles() -> None:
    for name, (description, perms, scope) in BUILTIN_ROLES.items():
        role, created = await Role.get_or_create(
            name=name,
            defaults={"description": description, "permissions": sorted(str(p) for p in perms),
                      "data_scope": scope, "builtin": True},
        )
        if name == "admin" and not created and role.permissions != ALL_PERMS:
            # New permissions added in an upgrade reach the admin role automatically.
            role.permissions = ALL_PERMS
            await role.save(update_fields=["permissions", "updated_at"])


def _check(name: str | None, permissions: list[str] | None, scope: str | None,
           description: str | None) -> None:
    problems: dict[str, list[str]] = {}
    if name is not None and not NAME_RE.fullmatch(name):
        problems["name"] = ["INVALID_NAME"]
    if permissions is not None and not set(permissions) <= set(ALL_PERMS):
        problems["permissions"] = ["UNKNOWN_PERMISSION"]
    if scope is not None and scope not in SCOPES:
        problems["dataScope"] = ["UNKNOWN_SCOPE"]
    if description is not None and len(description) > 255:
        problems["description"] = ["INVALID_LENGTH"]
    if problems:
        raise ValidationFailed(problems)


def _within_own_rights(actor: Actor, permissions: list[str], scope: str) -> None:
    """A role editor can neither create nor touch a role beyond their own rights."""
    if not covers(actor, dict.fromkeys(permissions, scope)):
        raise Forbidden("You cannot grant rights you do not hold",
                        fields={"permissions": ["EXCEEDS_YOUR_RIGHTS"]})


async def create_role(*, actor: Actor, name: str, description: str, permissions: list[str],
                      data_scope: str) -> Role:
    _check(name, permissions, data_scope, description)
    _within_own_rights(actor, permissions, data_scope)
    if await Role.filter(name=name).exists():
        raise Conflict("A role with that name exists", fields={"name": ["TAKEN"]})
    async with in_transaction() as conn:
        role = await Role.create(name=name, description=description,
                                 permissions=sorted(set(permissions)), data_scope=data_scope,
                                 using_db=conn)
        await audit.record(actor=actor, action="role.created", target_type="role",
                           target_id=role.name, changes={"permissions": role.permissions,
                                                         "data_scope": data_scope},
                           using_db=conn)
    return role


async def get_role(name: str) -> Role:
    role = await Role.get_or_none(name=name)
    if role is None:
        raise NotFound()
    return role


async def update_role(*, actor: Actor, name: str, description: str | None = None,
                      permissions: list[str] | None = None, data_scope: str | None = None
                      ) -> Role:
    role = await get_role(name)
    if role.name == "admin":
        raise Conflict("The admin role cannot be changed", fields={"name": ["BUILTIN_ADMIN"]})
    _check(None, permissions, data_scope, description)
    _within_own_rights(actor, role.permissions, role.data_scope)
    _within_own_rights(actor, permissions if permissions is not None else role.permissions,
                       data_scope or role.data_scope)
    changes: dict[str, object] = {}
    if permissions is not None and sorted(set(permissions)) != role.permissions:
        changes["permissions"] = [role.permissions, sorted(set(permissions))]
        role.permissions = sorted(set(permissions))
    if data_scope is not None and data_scope != role.data_scope:
        changes["data_scope"] = [role.data_scope, data_scope]
        role.data_scope = data_scope
    if description is not None and description != role.description:
        changes["description"] = [role.description, description]
        role.description = description
    if changes:
        async with in_transaction() as conn:
            await role.save(using_db=conn)
            await audit.record(actor=actor, action="role.updated", target_type="role",
                               target_id=role.name, changes=changes, using_db=conn)
    return role


async def delete_role(*, actor: Actor, name: str) -> None:
    role = await get_role(name)
    if role.builtin:
        raise Conflict("Built-in roles cannot be deleted", fields={"name": ["BUILTIN"]})
    _within_own_rights(actor, role.permissions, role.data_scope)
    if await User.filter(roles__id=role.id).exists():
        raise Conflict("Take this role from its users first", fields={"name": ["IN_USE"]})
    async with in_transaction() as conn:
        await role.delete(using_db=conn)
        await audit.record(actor=actor, action="role.deleted", target_type="role",
                           target_id=name, using_db=conn)
