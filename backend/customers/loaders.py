"""Batched building of customer objects: one query per relation per page, whatever its size.

``build_customers`` takes the rows of a page and the names of the fields the caller selected;
it loads each selected relation (owners, teams, tags, contacts, custom values) for all rows at
once and decides per row, once, whether PII is shown in clear or masked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

import strawberry

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.accounts.teams import subtree_ids
from backend.customers import pii
from backend.customers import types as t
from backend.customers.models import Contact, Customer, CustomFieldValue
from backend.customers.rows import ContactRow, CustomerRow, fetch_contacts
from backend.db import fetch_rows, placeholders


async def pii_rule(actor: Actor, perm: str = Perm.CUSTOMERS_PII_READ
                   ) -> Callable[[int | None, int | None], bool]:
    """Whether ``perm`` covers a row with this owner and team: the scope is read once per
    page (``scope.can`` does the same for one row)."""
    scope = actor.scope(perm)
    if scope is None:
        return lambda owner_id, team_id: False
    if scope == "all":
        return lambda owner_id, team_id: True
    teams: set[int] = set()
    if scope != "own" and actor.team_id is not None:
        teams = {actor.team_id} if scope == "team" else set(await subtree_ids(actor.team_id))
    me = actor.user_id
    return lambda owner_id, team_id: owner_id == me or (team_id is not None and team_id in teams)


def _id(value: int) -> strawberry.ID:
    return strawberry.ID(str(value))


def build_contact(row: Contact | ContactRow, clear: bool, include: Collection[str] | None = None
                  ) -> t.Contact:
    """``include`` names the selected contact fields: PII not asked for is not decrypted."""
    values = {f: pii.contact_value(row, f) if include is None or f in include else None
              for f in pii.CONTACT_FIELDS}
    if not clear:
        values = {f: pii.mask(f, v) for f, v in values.items()}
    return t.Contact(
        id=_id(row.id), customer_id=_id(row.customer_id), name=row.name, title=row.title,
        phone=values["phone"], email=values["email"], im=values["im"],
        birthday=values["birthday"], is_primary=row.is_primary, pii_masked=not clear,
        created_at=row.created_at, updated_at=row.updated_at)


def custom_value(row: dict[str, Any], clear: bool) -> t.CustomValue:
    """One value as the API shows it (see ``CustomValue.value``)."""
    if row["field__sensitive"]:
        value = pii.unseal("custom_field_value", "value", row["value_enc"])
        return t.CustomValue(key=row["field__key"], value=value if clear else "****",
                             masked=not clear)
    if row["field__type"] == "number" and row["value_number"] is not None:
        number = float(row["value_number"])
        text: str | None = str(int(number)) if number.is_integer() else repr(number)
    else:
        text = row["value_text"]
    return t.CustomValue(key=row["field__key"], value=text, masked=False)


async def _names(table: str, column: str, ids: Iterable[int | None]) -> dict[int, str]:
    """``column`` of the ``table`` rows with these ids (None and 0 ignored), by id."""
    wanted = list({i for i in ids if i})
    if not wanted:
        return {}
    rows = await fetch_rows(f'SELECT "id", "{column}" FROM "{table}" '  # noqa: S608 - ours
                            f'WHERE "id" IN ({placeholders(len(wanted))})', wanted)
    return {row_id: name for row_id, name in rows}


async def user_refs(ids: Iterable[int | None]) -> dict[int, t.UserRef]:
    """The users with these ids as the API shows a reference to one (id and display name)."""
    return {uid: t.UserRef(id=_id(uid), display_name=name)
            for uid, name in (await _names("user", "display_name", ids)).items()}


async def _teams(ids: Iterable[int | None]) -> dict[int, t.TeamRef]:
    return {tid: t.TeamRef(id=_id(tid), name=name)
            for tid, name in (await _names("team", "name", ids)).items()}


async def _tags(ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    rows = await fetch_rows(
        'SELECT ct."customer_id", t."name" FROM "customer_tag" ct '  # noqa: S608 - only ?s
        'JOIN "tag" t ON t."id" = ct."tag_id" '
        f'WHERE ct."customer_id" IN ({placeholders(len(ids))}) ORDER BY t."name"', ids)
    for cid, name in rows:
        found[cid].append(name)
    return found


async def _contacts(ids: list[int], primary_only: bool) -> dict[int, list[ContactRow]]:
    found: dict[int, list[ContactRow]] = defaultdict(list)
    for row in await fetch_contacts(ids, primary_only):
        found[row.customer_id].append(row)
    return found


async def _custom(ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = await CustomFieldValue.filter(customer_id__in=ids, field__archived=False) \
        .order_by("field__position", "field_id").values(
            "customer_id", "field__key", "field__type", "field__sensitive", "value_text",
            "value_number", "value_enc")
    for row in rows:
        found[row["customer_id"]].append(row)
    return found


async def build_customers(actor: Actor, rows: Sequence[Customer | CustomerRow],
                          include: Collection[str] | None = None,
                          contact_include: Collection[str] | None = None) -> list[t.Customer]:
    """API objects for ``rows`` (in order). ``include`` names the selected GraphQL fields
    (camelCase), ``contact_include`` those of its contacts; None loads everything. Query
    count does not depend on ``len(rows)``."""
    if not rows:
        return []

    def wants(*names: str) -> bool:
        return include is None or any(n in include for n in names)

    ids = [r.id for r in rows]
    clear_for = await pii_rule(actor)
    user_ids: list[int | None] = []
    for name, column in (("owner", "owner_id"), ("createdBy", "created_by_id"),
                         ("updatedBy", "updated_by_id")):
        if wants(name):
            user_ids += [getattr(r, column) for r in rows]
    users = await user_refs(user_ids)
    teams = await _teams([r.team_id for r in rows]) if wants("team") else {}
    tags = await _tags(ids) if wants("tags") else {}
    contacts = await _contacts(ids, primary_only=not wants("contacts")) \
        if wants("contacts", "primaryContact") else {}
    custom = await _custom(ids) if wants("customFields") else {}
    want_phones, want_emails = wants("phones"), wants("emails")
    want_id_number, want_address = wants("idNumber"), wants("address")
    want_preferences = wants("preferences")
    built = []
    for r in rows:
        clear = clear_for(r.owner_id, r.team_id)
        # Decrypt only what was asked for: a page holds hundreds of values.
        phones = pii.phones(r) if want_phones else []
        emails = pii.emails(r) if want_emails else []
        id_number = pii.id_number(r) if want_id_number else None
        address = pii.address(r) if want_address else None
        if not clear:
            phones = [pii.mask("phone", p) or "" for p in phones]
            emails = [pii.mask("email", e) or "" for e in emails]
            id_number, address = pii.mask("id_number", id_number), pii.mask("address", address)
        people = [build_contact(c, clear, contact_include) for c in contacts.get(r.id, ())]
        built.append(t.Customer(
            id=_id(r.id), kind=r.kind, name=r.name, stage=r.stage, level=r.level,
            industry=r.industry, source=r.source, website=r.website, address=address,
            phones=phones, emails=emails, id_number=id_number, needs=r.needs,
            preferences=[t.KeyValue(key=k, value=str(v)) for k, v in (r.preferences or {})
                         .items()] if want_preferences else [],
            tags=tags.get(r.id, []),
            owner=users.get(r.owner_id) if r.owner_id else None,
            team=teams.get(r.team_id) if r.team_id else None,
            primary_contact=next((p for p in people if p.is_primary), None),
            contacts=people,
            custom_fields=[custom_value(v, clear) for v in custom.get(r.id, ())],
            pii_masked=not clear,
            created_by=users.get(r.created_by_id) if r.created_by_id else None,
            updated_by=users.get(r.updated_by_id) if r.updated_by_id else None,
            created_at=r.created_at, updated_at=r.updated_at,
            last_activity_at=r.last_activity_at, deleted_at=r.deleted_at))
    return built
