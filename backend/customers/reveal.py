"""Revealing one masked value: audited with its reason, rate-limited per user.

Readers of clear PII may reveal too; "reveal" alone is the break-glass right of support staff:
masked by default, one audited value at a time. The audit event names the field, never the value.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import Forbidden, NotFound, RateLimited, ValidationFailed
from backend.audit import services as audit
from backend.auth import throttle
from backend.customers import contacts, pii
from backend.customers.models import Customer, CustomFieldDef, CustomFieldValue
from backend.customers.scope import can
from backend.customers.services import get_visible
from backend.settings import get_settings


async def _allow(actor: Actor, customer: Customer, reason: str) -> str:
    if len(reason.strip()) < 3:
        raise ValidationFailed({"reason": ["REQUIRED"]})
    if not (await can(actor, Perm.CUSTOMERS_PII_READ, customer)
            or await can(actor, Perm.CUSTOMERS_PII_REVEAL, customer)):
        raise Forbidden()
    count, retry = await throttle.hit(f"reveal:{actor.user_id}", window_seconds=3600)
    if count > get_settings().reveal_per_hour:
        raise RateLimited(retry)
    return reason.strip()[:64]


async def _record(actor: Actor, customer_id: int, reason: str, changes: dict[str, object]
                  ) -> None:
    async with in_transaction() as conn:
        await audit.record(actor=actor, action="customer.pii_revealed", target_type="customer",
                           target_id=customer_id, reason=reason, changes=changes,
                           using_db=conn)


async def reveal_customer_field(*, actor: Actor, customer_id: int, field_name: str,
                                reason: str, index: int = 0) -> str | None:
    """One customer PII value in clear; ``index`` picks among several phones or emails."""
    if field_name not in pii.PII_FIELDS:
        raise ValidationFailed({"field": ["UNKNOWN_FIELD"]})
    customer = await get_visible(actor, customer_id)
    reason = await _allow(actor, customer, reason)
    if field_name in ("phone", "email"):
        values = pii.phones(customer) if field_name == "phone" else pii.emails(customer)
        if not 0 <= index < max(1, len(values)):
            raise ValidationFailed({"index": ["OUT_OF_RANGE"]})
        value = values[index] if values else None
    else:
        value = pii.open_(customer, field_name)
    await _record(actor, customer.id, reason, {"field": field_name, **(
        {"index": index} if index else {})})
    return value


async def reveal_contact_field(*, actor: Actor, contact_id: int, field_name: str,
                               reason: str) -> str | None:
    if field_name not in pii.CONTACT_FIELDS:
        raise ValidationFailed({"field": ["UNKNOWN_FIELD"]})
    contact, customer = await contacts.get_contact(actor, contact_id)
    reason = await _allow(actor, customer, reason)
    await _record(actor, customer.id, reason, {"field": f"contact.{field_name}",
                                               "contactId": contact.id})
    return pii.contact_value(contact, field_name)


async def reveal_custom_field(*, actor: Actor, customer_id: int, key: str, reason: str
                              ) -> str | None:
    customer = await get_visible(actor, customer_id)
    definition = await CustomFieldDef.get_or_none(key=key, sensitive=True)
    if definition is None:
        raise NotFound()
    reason = await _allow(actor, customer, reason)
    row = await CustomFieldValue.get_or_none(customer_id=customer.id, field_id=definition.id)
    await _record(actor, customer.id, reason, {"field": f"customFields.{key}"})
    return pii.unseal("custom_field_value", "value", row.value_enc) if row else None
