"""Customer rules: create, update, soft delete, and the scoped lookups every other rule uses.

Each change runs in one transaction with its audit event, the blind-index keys and the search
document, so a failure leaves nothing half-written. PII never enters the audit trail in clear:
changed PII fields are named, not shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import Team, User
from backend.accounts.perms import Perm
from backend.api.errors import Conflict, CrmError, Forbidden, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.customers import custom_fields, pii, stages, tags
from backend.customers.models import Customer
from backend.customers.normalize import name_key
from backend.customers.scope import can, visible_to
from backend.customers.validation import validate_patch

PLAIN = ("name", "kind", "stage", "level", "industry", "source", "website", "needs",
         "preferences", "owner_id", "team_id")


@dataclass
class CustomerPatch:
    """Fields to set; None means "leave as is". An empty string clears ID number/address, an
    empty list clears phones, emails or tags; a custom value of None clears that field."""

    name: str | None = None
    kind: str | None = None
    stage: str | None = None
    level: str | None = None
    industry: str | None = None
    source: str | None = None
    website: str | None = None
    needs: str | None = None
    preferences: dict[str, str] | None = None
    phones: list[str] | None = None
    emails: list[str] | None = None
    id_number: str | None = None
    address: str | None = None
    tags: list[str] | None = None
    custom_fields: dict[str, str | None] | None = None
    owner_id: int | None = None
    team_id: int | None = None


async def get_visible(actor: Actor, customer_id: int, perm: str = Perm.CUSTOMERS_READ) -> Customer:
    """The customer, or NOT_FOUND when out of the actor's scope (no existence leak)."""
    customer = await (await visible_to(actor, perm)).get_or_none(id=customer_id)
    if customer is None:
        raise NotFound()
    return customer


async def get_writable(actor: Actor, customer_id: int, perm: str = Perm.CUSTOMERS_WRITE
                       ) -> Customer:
    """Visible (else NOT_FOUND) and covered by ``perm`` (else FORBIDDEN)."""
    readable = await get_visible(actor, customer_id)
    if not await can(actor, perm, readable):
        raise Forbidden()
    return readable


async def _check_assignment(actor: Actor, patch: CustomerPatch, owner: int | None,
                            team: int | None) -> None:
    changing = []
    if patch.owner_id is not None and patch.owner_id != owner:
        changing.append("ownerId")
    if patch.team_id is not None and patch.team_id != team:
        changing.append("teamId")
    if changing and not actor.has(Perm.CUSTOMERS_ASSIGN):
        # Write-protected fields are named, so the user knows what they may not change.
        raise CrmError("You may not change these fields", code="FORBIDDEN",
                       fields={f: ["FORBIDDEN_FIELD"] for f in changing})
    if patch.owner_id is not None and not await User.filter(id=patch.owner_id,
                                                            is_active=True).exists():
        raise ValidationFailed({"ownerId": ["UNKNOWN_USER"]})
    if patch.team_id is not None and not await Team.filter(id=patch.team_id).exists():
        raise ValidationFailed({"teamId": ["UNKNOWN_TEAM"]})


def _apply_pii(customer: Customer, patch: CustomerPatch) -> list[str]:
    """Encrypt the PII the patch sets; the names of the fields it changed."""
    changed = []
    if patch.phones is not None and patch.phones != pii.phones(customer):
        pii.set_phones(customer, patch.phones)
        changed.append("phones")
    if patch.emails is not None and patch.emails != pii.emails(customer):
        pii.set_emails(customer, patch.emails)
        changed.append("emails")
    for name, current in (("id_number", pii.id_number), ("address", pii.address)):
        value = getattr(patch, name)
        if value is not None and (value.strip() or None) != current(customer):
            pii.set_pii(customer, name, value)
            changed.append(name)
    return changed


async def _after_save(actor: Actor, customer: Customer, patch: CustomerPatch,
                      changes: dict[str, Any], conn: BaseDBAsyncClient,
                      pii_changed: list[str], creating: bool) -> None:
    if patch.tags is not None:
        before, after = await tags.set_tags(customer.id, patch.tags, conn)
        if before != after:
            changes["tags"] = [before, after]
    if patch.custom_fields is not None:
        changes.update(await custom_fields.apply(customer.id, patch.custom_fields, conn,
                                                 creating=creating))
    if creating or {"phones", "emails"} & set(pii_changed):
        await pii.sync_keys(customer.id, conn)
    if creating or "name" in changes or "tags" in changes or any(
            k.startswith("customFields.") for k in changes):
        await pii.refresh_search_text(customer.id, conn)


async def _refuse_duplicates(actor: Actor, patch: CustomerPatch) -> None:
    from backend.customers.duplicates import find_duplicates

    found = await find_duplicates(actor, patch.name, patch.phones or [], patch.emails or [])
    if found:
        reasons = sorted({r for d in found for r in d.reasons})
        fields = {"phone": "phones", "email": "emails", "name": "name"}
        raise Conflict("A similar customer exists",
                       fields={fields[r]: ["DUPLICATE"] for r in reasons},
                       duplicateIds=[str(d.customer.id) for d in found])


async def create_customer(*, actor: Actor, patch: CustomerPatch,
                          allow_duplicates: bool = False) -> Customer:
    """A new customer, owned by the actor (or by whom a customers.assign holder names)."""
    validate_patch(patch, creating=True)
    await stages.check_stage(patch.stage or "lead")
    await _check_assignment(actor, patch, actor.user_id, actor.team_id)
    await custom_fields.check(patch.custom_fields or {}, creating=True)
    if not allow_duplicates:
        await _refuse_duplicates(actor, patch)
    name = (patch.name or "").strip()
    customer = Customer(
        name=name, name_key=name_key(name), kind=patch.kind or "company",
        stage=patch.stage or "lead", level=patch.level or "C",
        industry=(patch.industry or "").strip(), source=(patch.source or "").strip(),
        website=(patch.website or "").strip(), needs=(patch.needs or "").strip(),
        preferences=patch.preferences or {},
        owner_id=patch.owner_id or actor.user_id,
        team_id=patch.team_id if patch.team_id is not None else actor.team_id,
        created_by_id=actor.user_id, updated_by_id=actor.user_id)
    pii_changed = _apply_pii(customer, patch)
    changes: dict[str, Any] = {"name": name, **{f: "(set)" for f in pii_changed}}
    async with in_transaction() as conn:
        await customer.save(using_db=conn)
        await _after_save(actor, customer, patch, changes, conn, pii_changed, creating=True)
        await audit.record(actor=actor, action="customer.created", target_type="customer",
                           target_id=customer.id, changes=changes, using_db=conn)
    return customer


async def update_customer(*, actor: Actor, customer_id: int, patch: CustomerPatch) -> Customer:
    """Change the given fields; owner and team need customers.assign."""
    customer = await get_writable(actor, customer_id)
    validate_patch(patch, creating=False)
    if patch.stage is not None:
        await stages.check_stage(patch.stage, customer.stage)
    await _check_assignment(actor, patch, customer.owner_id, customer.team_id)
    await custom_fields.check(patch.custom_fields or {}, creating=False)
    changes: dict[str, Any] = {}
    for name in PLAIN:
        value = getattr(patch, name)
        if isinstance(value, str):
            value = value.strip()
        if value is not None and value != getattr(customer, name):
            changes[name] = [getattr(customer, name), value]
            setattr(customer, name, value)
    if "name" in changes:
        customer.name_key = name_key(customer.name)
    pii_changed = _apply_pii(customer, patch)
    changes.update({f: "(changed)" for f in pii_changed})  # named, never shown
    customer.updated_by_id = actor.user_id
    async with in_transaction() as conn:
        # Row lock on PostgreSQL: two concurrent edits of one customer apply one after another.
        await Customer.filter(id=customer.id).using_db(conn).select_for_update().first()
        # Only the changed columns: a concurrent write to another field (last_activity_at)
        # must not be overwritten with the value read before the lock.
        columns = [c for c in changes if c in PLAIN] + [f"{pii.CUSTOMER_FIELDS.get(f, f)}_enc"
                                                        for f in pii_changed]
        if "name" in changes:
            columns.append("name_key")
        if columns:  # saved first, so the search document sees the new name
            await customer.save(using_db=conn, update_fields=[*columns, "updated_by_id",
                                                              "updated_at"])
        await _after_save(actor, customer, patch, changes, conn, pii_changed, creating=False)
        if changes:
            if not columns:
                await customer.save(using_db=conn, update_fields=["updated_by_id",
                                                                  "updated_at"])
            await audit.record(actor=actor, action="customer.updated", target_type="customer",
                               target_id=customer.id, changes=changes, using_db=conn)
    return await Customer.get(id=customer.id)


async def delete_customer(*, actor: Actor, customer_id: int) -> None:
    """Move to the recycle bin (restore and purge live in ``recycle``)."""
    customer = await get_writable(actor, customer_id, Perm.CUSTOMERS_DELETE)
    async with in_transaction() as conn:
        customer.deleted_at = datetime.now(UTC)
        customer.deleted_by_id = actor.user_id
        await customer.save(using_db=conn,
                            update_fields=["deleted_at", "deleted_by_id", "updated_at"])
        await audit.record(actor=actor, action="customer.deleted", target_type="customer",
                           target_id=customer.id, using_db=conn)
