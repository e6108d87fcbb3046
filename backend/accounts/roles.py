"""Built-in roles exist in every database; they are created on migrate and on start."""

from __future__ import annotations

from backend.accounts.models import Role
from backend.accounts.perms import BUILTIN_ROLES


async def ensure_builtin_roles() -> None:
    for name, (description, perms, scope) in BUILTIN_ROLES.items():
        await Role.get_or_create(
            name=name,
            defaults={"description": description, "permissions": sorted(str(p) for p in perms),
                      "data_scope": scope, "builtin": True},
        )
