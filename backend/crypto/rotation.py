"""Key rotation: every encrypted column is listed here, so ``crm keys rotate`` re-encrypts all.

Rotation is resumable: a row whose ciphertext already names the primary key is skipped, so an
interrupted run simply continues where it stopped. Each batch is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tortoise.models import Model
from tortoise.transactions import in_transaction

from backend.crypto import aead

BATCH = 500


@dataclass(frozen=True)
class EncryptedColumn:
    model: type[Model]
    column: str
    aad: Callable[[Model], str]


def _fixed(text: str) -> Callable[[Model], str]:
    return lambda row: text


def columns() -> list[EncryptedColumn]:
    """Every encrypted column with the associated data its values were sealed with."""
    from backend.customers.models import Contact, Customer, CustomFieldValue
    from backend.customers.pii import CONTACT_FIELDS, CUSTOMER_FIELDS, aad
    from backend.mfa.models import MfaState, TotpDevice

    found = [EncryptedColumn(Customer, f"{c}_enc", _fixed(aad("customer", c)))
             for c in CUSTOMER_FIELDS.values()]
    found += [EncryptedColumn(Contact, f"{c}_enc", _fixed(aad("contact", c)))
              for c in CONTACT_FIELDS]
    found.append(EncryptedColumn(CustomFieldValue, "value_enc",
                                 _fixed(aad("custom_field_value", "value"))))
    found.append(EncryptedColumn(TotpDevice, "secret_enc",
                                 lambda row: f"mfa:totp:{row.user_id}"))  # type: ignore[attr-defined]
    found.append(EncryptedColumn(MfaState, "phone_enc",
                                 lambda row: f"mfa:phone:{row.user_id}"))  # type: ignore[attr-defined]
    return found


async def pending(primary: str) -> int:
    """How many values are not yet encrypted with ``primary``."""
    total = 0
    for col in columns():
        rows = await col.model.filter(**{f"{col.column}__isnull": False}) \
            .values_list(col.column, flat=True)
        total += sum(1 for value in rows if aead.key_id_of(str(value)) != primary)
    return total


async def reencrypt(primary: str, progress: Callable[[int], None] | None = None) -> int:
    """Re-encrypt every value not under ``primary``, in batches of one transaction each."""
    done = 0
    for col in columns():
        pk = col.model._meta.pk_attr
        last = None
        while True:
            query = col.model.filter(**{f"{col.column}__isnull": False}).order_by(pk)
            if last is not None:
                query = query.filter(**{f"{pk}__gt": last})
            rows = await query.limit(BATCH)
            if not rows:
                break
            async with in_transaction() as conn:
                for row in rows:
                    value = str(getattr(row, col.column))
                    if aead.key_id_of(value) == primary:
                        continue
                    clear = aead.decrypt(value, aad=col.aad(row))
                    # Conditional on the old ciphertext: a row changed meanwhile by the app
                    # (already under the new key) is not overwritten with stale data.
                    await col.model.filter(**{pk: row.pk, col.column: value}).using_db(
                        conn).update(**{col.column: aead.encrypt(clear, aad=col.aad(row))})
                    done += 1
            if progress:
                progress(len(rows))
            last = rows[-1].pk
    return done
