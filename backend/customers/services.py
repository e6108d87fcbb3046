"""Customer rules (first cut for the permission engine; the CRM issue extends them)."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import Team, User
from backend.accounts.perms import Perm
from backend.api.errors import CrmError, Forbidden, NotFound, RateLimited, ValidationFailed
from backend.audit import services as audit
from backend.auth import throttle
from backend.crypto import blind_index
from backend.customers import pii
from backend.customers.models import Customer
from backend.customers.scope import can, visible_to
from backend.settings import get_settings

MAX_PAGE = 100
KINDS = {"company", "person"}
STAGES = {"lead", "prospect", "customer", "churned"}
LEVELS = {"A", "B", "C"}


@dataclass
class CustomerPatch:
    """Fields to set; ``unset`` lists PII fields to clear. None means "leave as is"."""

    name: str | None = None
    kind: str | None = None
    stage: str | None = None
    level: str | None = None
    industry: str | None = None
    owner_id: int | None = None
    team_id: int | None = None
    pii: dict[str, str | None] = field(default_factory=dict)


def _validate(patch: CustomerPatch, creating: bool) -> None:
    problems: dict[str, list[str]] = {}
    if (creating or patch.name is not None) and not 1 <= len((patch.name or "").strip()) <= 200:
        problems["name"] = ["INVALID_LENGTH"]
    if patch.kind is not None and patch.kind not in KINDS:
        problems["kind"] = ["UNKNOWN_VALUE"]
    if patch.stage is not None and patch.stage not in STAGES:
        problems["stage"] = ["UNKNOWN_VALUE"]
    if patch.level is not None and patch.level not in LEVELS:
        problems["level"] = ["UNKNOWN_VALUE"]
    email = patch.pii.get("email")
    if email and ("@" not in email or len(email) > 254):
        problems["email"] = ["INVALID_EMAIL"]
    phone = patch.pii.get("phone")
    if phone and not 5 <= len(blind_index.normalize_phone(phone)) <= 20:
        problems["phone"] = ["INVALID_PHONE"]
    for name, value in patch.pii.items():
        if value is not None and len(value) > 500:
            problems[name] = ["INVALID_LENGTH"]
    if problems:
        raise ValidationFailed(problems)


async def _check_assignment(actor: Actor, patch: CustomerPatch, current_owner: int | None,
                            current_team: int | None) -> None:
    changing = []
    if patch.owner_id is not None and patch.owner_id != current_owner:
        changing.append("ownerId")
    if patch.team_id is not None and patch.team_id != current_team:
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


async def create_customer(*, actor: Actor, patch: CustomerPatch) -> Customer:
    _validate(patch, creating=True)
    await _check_assignment(actor, patch, actor.user_id, actor.team_id)
    customer = Customer(
        name=(patch.name or "").strip(), kind=patch.kind or "company",
        stage=patch.stage or "lead", level=patch.level or "C", industry=patch.industry or "",
        owner_id=patch.owner_id or actor.user_id,
        team_id=patch.team_id if patch.team_id is not None else actor.team_id,
        created_by_id=actor.user_id)
    for name, value in patch.pii.items():
        pii.set_pii(customer, name, value)
    async with in_transaction() as conn:
        await customer.save(using_db=conn)
        await audit.record(actor=actor, action="customer.created", target_type="customer",
                           target_id=customer.id,
                           changes={"name": customer.name, **{k: "(set)" for k in patch.pii}},
                           using_db=conn)
    return customer


async def get_visible(actor: Actor, customer_id: int, perm: str = "customers.read") -> Customer:
    """The customer, or NOT_FOUND when out of the actor's scope (no existence leak)."""
    customer = await (await visible_to(actor, perm)).get_or_none(id=customer_id)
    if customer is None:
        raise NotFound()
    return customer


async def _writable(actor: Actor, customer_id: int, perm: str) -> Customer:
    readable = await get_visible(actor, customer_id)
    if not await can(actor, perm, readable):
        raise Forbidden()
    return readable


async def update_customer(*, actor: Actor, customer_id: int, patch: CustomerPatch) -> Customer:
    customer = await _writable(actor, customer_id, Perm.CUSTOMERS_WRITE)
    _validate(patch, creating=False)
    await _check_assignment(actor, patch, customer.owner_id, customer.team_id)
    changes: dict[str, object] = {}
    for name in ("name", "kind", "stage", "level", "industry", "owner_id", "team_id"):
        value = getattr(patch, name)
        if isinstance(value, str):
            value = value.strip()
        if value is not None and value != getattr(customer, name):
            changes[name] = [getattr(customer, name), value]
            setattr(customer, name, value)
    for name, value in patch.pii.items():
        pii.set_pii(customer, name, value)
        changes[name] = "(changed)"  # PII never goes into the audit trail in clear
    if changes:
        async with in_transaction() as conn:
            await customer.save(using_db=conn)
            await audit.record(actor=actor, action="customer.updated", target_type="customer",
                               target_id=customer.id, changes=changes, using_db=conn)
    return customer


async def delete_customer(*, actor: Actor, customer_id: int) -> None:
    customer = await _writable(actor, customer_id, Perm.CUSTOMERS_DELETE)
    async with in_transaction() as conn:
        customer.deleted_at = datetime.now(UTC)
        await customer.save(using_db=conn, update_fields=["deleted_at", "updated_at"])
        await audit.record(actor=actor, action="customer.deleted", target_type="customer",
                           target_id=customer.id, using_db=conn)


def encode_cursor(customer_id: int) -> str:
    return base64.urlsafe_b64encode(f"c:{customer_id}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        kind, _, raw = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if kind != "c":
            raise ValueError
        return int(raw)
    except (ValueError, UnicodeDecodeError):
        raise ValidationFailed({"after": ["INVALID_CURSOR"]}) from None


@dataclass
class Page:
    items: list[Customer]
    total: int
    has_next: bool


async def list_customers(*, actor: Actor, first: int, after: str | None,
                         search: str | None) -> Page:
    """Newest first, keyset-paginated on id (stable under concurrent inserts)."""
    if not 1 <= first <= MAX_PAGE:
        raise ValidationFailed({"first": ["OUT_OF_RANGE"]}, message=f"first must be 1-{MAX_PAGE}")
    query = await visible_to(actor)
    if search and search.strip():
        term = search.strip()
        condition = Q(name__icontains=term)
        # Exact PII lookups only for those who may read PII: for anyone else a hit would confirm
        # a guessed phone number behind its mask.
        if actor.has(Perm.CUSTOMERS_PII_READ):
            if "@" in term:
                condition |= Q(email_index=blind_index.index("email", term))
            elif sum(c.isdigit() for c in term) >= 5:
                condition |= Q(phone_index=blind_index.index("phone", term))
        query = query.filter(condition)
    total = await query.count()
    if after:
        query = query.filter(id__lt=decode_cursor(after))
    rows = await query.order_by("-id").limit(first + 1).prefetch_related("owner")
    return Page(items=list(rows[:first]), total=total, has_next=len(rows) > first)


async def reveal(*, actor: Actor, customer_id: int, field_name: str, reason: str) -> str | None:
    """The clear value of one PII field: audited with the reason, rate-limited per user."""
    if field_name not in pii.PII_FIELDS:
        raise ValidationFailed({"field": ["UNKNOWN_FIELD"]})
    if len(reason.strip()) < 3:
        raise ValidationFailed({"reason": ["REQUIRED"]})
    customer = await get_visible(actor, customer_id)
    # Readers of clear PII may reveal too; "reveal" alone is the break-glass right of support
    # staff: masked by default, one audited field at a time.
    if not (await can(actor, Perm.CUSTOMERS_PII_READ, customer)
            or await can(actor, Perm.CUSTOMERS_PII_REVEAL, customer)):
        raise Forbidden()
    count, retry = await throttle.hit(f"reveal:{actor.user_id}", window_seconds=3600)
    if count > get_settings().reveal_per_hour:
        raise RateLimited(retry)
    async with in_transaction() as conn:
        await audit.record(actor=actor, action="customer.pii_revealed", target_type="customer",
                           target_id=customer.id, reason=reason.strip()[:64],
                           changes={"field": field_name}, using_db=conn)
    return pii.open_(customer, field_name)
