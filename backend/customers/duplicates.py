"""Duplicate detection: is the customer being entered already here?

Three signals: a shared phone number or email address (exact, through the ``CustomerKey`` blind
index of customers and their contacts) and the same normalised name (``normalize.name_key``).
Only customers the viewer may see are reported, so the check is no existence oracle:

- name matches come from the viewer's customers.read scope and from the pool, whose names
  everyone with customers.read sees anyway;
- phone and email matches come only from customers whose personal data the viewer may read
  (customers.pii.read scope): for anyone else a hit would confirm a guessed number behind its
  mask, the same rule the customer search follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tortoise.expressions import Subquery

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import ValidationFailed
from backend.crypto import blind_index
from backend.customers.models import Customer, CustomerKey
from backend.customers.normalize import name_key
from backend.customers.pool import in_pool
from backend.customers.scope import visible_to

MAX_VALUES = 20
MAX_MATCHES = 20
REASON_ORDER = ("phone", "email", "name")


@dataclass
class Duplicate:
    """One existing customer and what it shares with the new one."""

    customer: Customer
    reasons: list[str] = field(default_factory=list)  # phone | email | name
    # True when the viewer sees it only as a pool entry (non-personal fields).
    in_pool: bool = False


def _digests(kind: str, values: list[str], field_name: str) -> set[str]:
    kept = [v.strip() for v in values if v and v.strip()]
    if len(kept) > MAX_VALUES or any(len(v) > 254 for v in kept):
        raise ValidationFailed({field_name: ["TOO_MANY" if len(kept) > MAX_VALUES
                                             else "INVALID_LENGTH"]})
    if kind == "phone":
        kept = [v for v in kept if len(blind_index.normalize_phone(v)) >= 5]
    return {blind_index.index(kind, v) for v in kept}


async def find_duplicates(actor: Actor, name: str | None, phones: list[str] | None = None,
                          emails: list[str] | None = None, exclude_id: int | None = None
                          ) -> list[Duplicate]:
    """Customers that look like the given one, most reasons first (at most 20)."""
    if name is not None and len(name) > 200:
        raise ValidationFailed({"name": ["INVALID_LENGTH"]})
    if not actor.has(Perm.CUSTOMERS_READ):
        return []
    found: dict[int, Duplicate] = {}

    def note(c: Customer, reason: str, pooled: bool = False) -> None:
        entry = found.setdefault(c.id, Duplicate(customer=c, in_pool=pooled))
        entry.in_pool = entry.in_pool and pooled
        if reason not in entry.reasons:
            entry.reasons.append(reason)

    for kind, values, field_name in (("phone", phones or [], "phones"),
                                     ("email", emails or [], "emails")):
        digests = _digests(kind, values, field_name)
        if not digests:
            continue
        ids = Subquery(CustomerKey.filter(kind=kind, digest__in=digests).values("customer_id"))
        query = (await visible_to(actor, Perm.CUSTOMERS_PII_READ)).filter(id__in=ids)
        if exclude_id is not None:
            query = query.exclude(id=exclude_id)
        for c in await query.order_by("-id").limit(MAX_MATCHES):
            note(c, kind)

    key = name_key(name or "")
    if key:
        scoped = (await visible_to(actor)).filter(name_key=key)
        pooled = in_pool().filter(name_key=key)
        if exclude_id is not None:
            scoped, pooled = scoped.exclude(id=exclude_id), pooled.exclude(id=exclude_id)
        for c in await scoped.order_by("-id").limit(MAX_MATCHES):
            note(c, "name")
        for c in await pooled.order_by("-id").limit(MAX_MATCHES):
            note(c, "name", pooled=c.id not in found)

    for entry in found.values():
        entry.reasons.sort(key=REASON_ORDER.index)
    ranked = sorted(found.values(), key=lambda d: (-len(d.reasons), -d.customer.id))
    return ranked[:MAX_MATCHES]
