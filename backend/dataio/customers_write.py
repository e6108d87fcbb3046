"""Writing imported customers.

New customers go in per batch with one ``executemany`` per table (customer, blind-index keys,
tag links, custom values), stored exactly as ``customers.services.create_customer`` stores
them: PII sealed through ``customers.pii``, keys through ``crypto.blind_index``, the name key and
the search document built from the same parts in the same order (name, tags by name, custom
text values by field). An update goes through ``customers.services.update_customer`` itself,
with its checks and its own ``customer.updated`` audit event: updates are rarer than creates,
and that path has rules (locks, partial saves) not worth copying.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.accounts.actor import Actor
from backend.core.models import now_utc
from backend.customers import pii, services
from backend.customers.models import (
    Customer,
    CustomerKey,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)
from backend.customers.pii import search_text_of
from backend.dataio.bulk import insert
from backend.dataio.lookups import reserve_ids

# pii.set_phones / set_emails own the sealed list format and work on a Customer object: one
# scratch object (per thread, should sealing ever move off the event loop) serves every row.
_local = threading.local()

if TYPE_CHECKING:
    from backend.dataio.customers_import import CustomerDraft


async def tag_ids(conn: BaseDBAsyncClient, names: set[str]) -> dict[str, tuple[int, str]]:
    """``{casefolded name: (tag id, stored name)}``, creating missing tags (as
    ``customers.tags.set_tags`` does: an existing tag is matched case-insensitively)."""
    wanted = {n.casefold(): n for n in sorted(names)}
    found: dict[str, tuple[int, str]] = {}
    if not wanted:
        return found
    for tag in await Tag.filter(name__in=list(wanted.values())).using_db(conn):
        found.setdefault(tag.name.casefold(), (tag.id, tag.name))
    for key, name in wanted.items():
        if key not in found:
            tag = await Tag.filter(name__iexact=name).using_db(conn).first() \
                or await Tag.create(name=name, using_db=conn)
            found[key] = (tag.id, tag.name)
    return found


def _custom_row(cid: int, d: CustomFieldDef, value: str) -> dict[str, Any]:
    row: dict[str, Any] = {"customer_id": cid, "field_id": d.id, "value_text": None,
                           "value_number": None, "value_enc": None}
    if d.sensitive:
        row["value_enc"] = pii.seal("custom_field_value", "value", value)
    elif d.type == "number":
        row["value_number"] = float(value)
    else:
        row["value_text"] = value
    return row


def sealed(d: CustomerDraft) -> dict[str, str | None]:
    """The encrypted columns of a new customer, as ``customers.pii`` seals them."""
    scratch = getattr(_local, "customer", None)
    if scratch is None:  # a model object costs more to make than sealing its fields
        scratch = _local.customer = Customer()
    pii.set_phones(scratch, d.phones)
    pii.set_emails(scratch, d.emails)
    return {"phones_enc": scratch.phones_enc, "emails_enc": scratch.emails_enc,
            "id_number_enc": pii.seal("customer", "id_number", d.text["id_number"]),
            "address_enc": pii.seal("customer", "address", d.text["address"])}


async def create(conn: BaseDBAsyncClient, actor: Actor, drafts: list[CustomerDraft],
                 defs: dict[str, CustomFieldDef]) -> list[int]:
    """Insert ``drafts`` as new customers; their ids, in order."""
    if not drafts:
        return []
    ids = await reserve_ids(conn, Customer, len(drafts))
    tags = await tag_ids(conn, {t for d in drafts for t in d.tags})
    by_field = sorted(defs.values(), key=lambda f: f.id)
    now = now_utc()
    rows: dict[str, list[dict[str, Any]]] = {"customer": [], "key": [], "tag": [], "custom": []}
    for cid, d in zip(ids, drafts, strict=True):
        tag_names = sorted(tags[t.casefold()][1] for t in d.tags)
        texts = [d.custom[f.key] for f in by_field
                 if f.key in d.custom and f.type == "text" and not f.sensitive]
        rows["customer"].append({
            "id": cid, "kind": d.kind, "name": d.name, "name_key": d.name_key,
            "stage": d.stage, "level": d.level, "industry": d.text["industry"],
            "source": d.text["source"], "website": d.text["website"],
            "needs": d.text["needs"], "preferences": {}, "owner_id": d.owner_id,
            "team_id": d.team_id, **(d.sealed or sealed(d)),
            "search_text": search_text_of(d.name, [*tag_names, *texts]),
            "created_by_id": actor.user_id, "updated_by_id": actor.user_id,
            "created_at": now, "updated_at": now})
        rows["key"] += [{"customer_id": cid, "contact_id": None, "kind": kind, "digest": digest}
                        for kind, digest in sorted(d.digests)]
        rows["tag"] += [{"customer_id": cid, "tag_id": tags[t.casefold()][0]} for t in d.tags]
        rows["custom"] += [_custom_row(cid, f, d.custom[f.key]) for f in by_field
                           if f.key in d.custom]
    # Parents first: PostgreSQL checks foreign keys per statement.
    await insert(conn, Customer, rows["customer"], with_ids=True)
    await insert(conn, CustomerKey, rows["key"], with_ids=False)
    await insert(conn, CustomerTag, rows["tag"], with_ids=False)
    await insert(conn, CustomFieldValue, rows["custom"], with_ids=False)
    return ids


def _merged(current: list[str], new: list[str]) -> list[str]:
    return list(dict.fromkeys([*current, *new]))


async def update(actor: Actor, d: CustomerDraft) -> None:
    """Apply the row's non-empty cells to the customer it duplicates: plain fields replace,
    phones, emails and tags are added to those the customer has."""
    assert d.existing_id is not None
    current = await Customer.get(id=d.existing_id)
    given = d.given
    patch = services.CustomerPatch(
        name=d.name if "name" in given else None,
        kind=d.kind if "kind" in given else None,
        stage=d.stage if "stage" in given else None,
        level=d.level if "level" in given else None,
        custom_fields=dict(d.custom) or None,
    )
    for key in ("industry", "source", "website", "needs", "id_number", "address"):
        if key in given:
            setattr(patch, key, d.text[key])
    if d.phones:
        patch.phones = _merged(pii.phones(current), d.phones)
    if d.emails:
        patch.emails = _merged(pii.emails(current), d.emails)
    if d.tags:
        have = await CustomerTag.filter(customer_id=current.id).order_by("id") \
            .values_list("tag__name", flat=True)
        patch.tags = _merged([str(t) for t in have], d.tags)
    if d.owner_given:
        patch.owner_id, patch.team_id = d.owner_id, d.team_id
    await services.update_customer(actor=actor, customer_id=current.id, patch=patch)
