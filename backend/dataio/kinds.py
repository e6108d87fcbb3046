"""The importable kinds and the rights each needs, besides customers.import."""

from __future__ import annotations

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import Forbidden
from backend.dataio.engine import Kind

# Importing writes records, so it needs the right to write them too.
NEEDS: dict[str, tuple[Perm, ...]] = {
    "customers": (Perm.CUSTOMERS_IMPORT, Perm.CUSTOMERS_WRITE),
    "contacts": (Perm.CUSTOMERS_IMPORT, Perm.CUSTOMERS_WRITE),
    "deals": (Perm.CUSTOMERS_IMPORT, Perm.DEALS_WRITE),
}


def check_rights(actor: Actor, kind: str) -> None:
    """FORBIDDEN unless ``actor`` holds every right importing ``kind`` needs."""
    if not all(actor.has(p) for p in NEEDS[kind]):
        raise Forbidden()


async def load_kind(kind: str, actor: Actor) -> Kind:
    """The kind's row handler with its lookups (owners, stages, custom fields) loaded."""
    check_rights(actor, kind)
    if kind == "customers":
        from backend.dataio.customers_import import CustomerKind

        return await CustomerKind.load(actor)
    if kind == "contacts":
        from backend.dataio.contacts_import import ContactKind

        return await ContactKind.load(actor)
    from backend.dataio.deals_import import DealKind

    return await DealKind.load(actor)
