"""Lookups an import needs for every row, loaded once per run or per batch.

``Owners`` resolves the owner column (username, email or display name of an active user);
``reserve_ids`` hands a batch explicit primary keys so its rows go in with one ``executemany``
per table; ``customer_refs`` finds customers named in a contact or deal row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.accounts.perms import Perm
from backend.customers.loaders import pii_rule
from backend.customers.models import Customer

Rule = Callable[[int | None, int | None], bool]
UNKNOWN_OWNER = "UNKNOWN_OWNER"
AMBIGUOUS_OWNER = "AMBIGUOUS_OWNER"
OWNER_NOT_ALLOWED = "OWNER_NOT_ALLOWED"


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class Owners:
    """Active users by username, email and display name (a name two people share is
    ambiguous and refused rather than guessed)."""

    actor: Actor
    keys: dict[str, int | None] = field(default_factory=dict)
    teams: dict[int, int | None] = field(default_factory=dict)

    @classmethod
    async def load(cls, actor: Actor) -> Owners:
        owners = cls(actor)
        rows = await User.filter(is_active=True).values_list(
            "id", "username_key", "email", "display_name", "team_id")
        names: dict[str, set[int]] = {}
        for uid, username, email, display, team in rows:
            owners.teams[uid] = team
            owners.keys[fold(username)] = uid
            owners.keys.setdefault(fold(email), uid)
            if display:
                names.setdefault(fold(display), set()).add(uid)
        for name, ids in names.items():
            if name not in owners.keys:
                owners.keys[name] = next(iter(ids)) if len(ids) == 1 else None
        return owners

    def resolve(self, text: str) -> tuple[int | None, str | None]:
        """(user id, None) or (None, problem code). Naming someone else needs
        customers.assign, as assigning in the app does."""
        key = fold(text)
        if key not in self.keys:
            return None, UNKNOWN_OWNER
        uid = self.keys[key]
        if uid is None:
            return None, AMBIGUOUS_OWNER
        if uid != self.actor.user_id and not self.actor.has(Perm.CUSTOMERS_ASSIGN):
            return None, OWNER_NOT_ALLOWED
        return uid, None


async def reserve_ids(conn: BaseDBAsyncClient, model: type[Model], count: int) -> list[int]:
    """``count`` fresh primary keys of ``model``'s table, never used before.

    PostgreSQL takes them from the table's sequence. SQLite takes the ones after both the
    largest id and the AUTOINCREMENT high-water mark (so a purged customer's id is never
    reused); callers hold the write lock by then (their transaction has written first), so no
    other writer can take the same ids.
    """
    if count <= 0:
        return []
    table = model._meta.db_table
    if conn.schema_generator.DIALECT == "postgres":
        _, rows = await conn.execute_query(
            f"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'id')) AS id "  # noqa: S608
            "FROM generate_series(1, $1)", [count])
        return sorted(int(r["id"]) for r in rows)
    _, top = await conn.execute_query(f'SELECT MAX(id) AS top FROM "{table}"')  # noqa: S608
    _, seq = await conn.execute_query("SELECT seq FROM sqlite_sequence WHERE name = ?", [table])
    start = max(int(top[0]["top"] or 0), int(seq[0]["seq"]) if seq else 0) + 1
    return list(range(start, start + count))


async def rule(actor: Actor, perm: str) -> Rule:
    """Whether ``perm`` covers a customer with this owner and team (read once per batch)."""
    return await pii_rule(actor, perm)


@dataclass
class CustomerRef:
    id: int
    owner_id: int | None
    team_id: int | None


async def customer_refs(actor: Actor, name_keys: set[str], perm: str
                        ) -> dict[str, list[CustomerRef]]:
    """Live customers by name key that ``perm`` covers for ``actor``."""
    if not name_keys:
        return {}
    allowed = await rule(actor, perm)
    found: dict[str, list[CustomerRef]] = {}
    rows = await Customer.filter(name_key__in=sorted(name_keys), deleted_at__isnull=True) \
        .order_by("id").values_list("id", "name_key", "owner_id", "team_id")
    for cid, key, owner, team in rows:
        if allowed(owner, team):
            found.setdefault(str(key), []).append(CustomerRef(cid, owner, team))
    return found
