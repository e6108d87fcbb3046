"""Customer PII: encryption at rest, masking for readers without the PII permission."""

from __future__ import annotations

from backend.crypto import aead, blind_index
from backend.customers.models import Customer

PII_FIELDS = ("phone", "email", "id_number", "address")


def aad(customer_id: int | None, field: str) -> str:
    # Bound to the column only: the row id does not exist yet when a customer is created.
    return f"customer:{field}"


def seal(field: str, value: str | None) -> str | None:
    return aead.encrypt(value, aad=aad(None, field)) if value else None


def open_(customer: Customer, field: str) -> str | None:
    token = getattr(customer, f"{field}_enc")
    return aead.decrypt(token, aad=aad(customer.id, field)) if token else None


def mask(field: str, value: str | None) -> str | None:
    """``13812345678`` → ``138****5678``; ``zhang@example.com`` → ``z***@example.com``."""
    if not value:
        return value
    if field == "phone":
        digits = value
        return digits[:3] + "****" + digits[-4:] if len(digits) > 7 else "****"
    if field == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}" if domain else "***"
    if field == "id_number":
        return value[:4] + "*" * max(0, len(value) - 8) + value[-4:] if len(value) > 8 else "****"
    return value[:6] + "****"


def set_pii(customer: Customer, field: str, value: str | None) -> None:
    setattr(customer, f"{field}_enc", seal(field, value))
    if field in {"phone", "email"}:
        setattr(customer, f"{field}_index", blind_index.index(field, value) if value else None)
