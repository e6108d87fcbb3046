"""Importing customers: parsing a row by the same rules as ``customers.validation``, and finding
the existing customer a row duplicates the way ``customers.duplicates`` does.

Duplicates in the CRM are looked up with the viewer's rights, so an import is no existence
oracle either: a shared phone or email counts only for customers whose personal data the
importer may read, a shared name for customers they may see and for the pool.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import cast

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import ValidationFailed
from backend.crypto import blind_index
from backend.customers import custom_fields, stages, tags, validation
from backend.customers.models import CustomFieldDef
from backend.customers.normalize import name_key
from backend.dataio import customers_write
from backend.dataio.bulk import in_list
from backend.dataio.engine import Cells, Draft
from backend.dataio.fields import CUSTOM_PREFIX
from backend.dataio.lookups import Owners, rule

SPLIT_PHONES = re.compile(r"[;,，；、/|\n]+")
SPLIT_EMAILS = re.compile(r"[;,，；、/|\s]+")
SPLIT_TAGS = re.compile(r"[;,，；、|\n]+")
KIND_WORDS = {"company": "company", "公司": "company", "企业": "company", "单位": "company",
              "organization": "company", "person": "person", "个人": "person",
              "individual": "person"}
TEXT_LIMITS = {"industry": 64, "source": 64, "website": 255, "needs": 5000, "id_number": 64,
               "address": 500}


@dataclass
class CustomerDraft(Draft):
    name: str = ""
    name_key: str = ""
    kind: str = "company"
    stage: str = "lead"
    level: str = "C"
    text: dict[str, str] = field(default_factory=dict)  # industry, source, website, needs...
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    owner_id: int | None = None
    team_id: int | None = None
    owner_given: bool = False
    tags: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)  # key -> canonical value
    digests: set[tuple[str, str]] = field(default_factory=set)  # (kind, blind index)
    sealed: dict[str, str | None] | None = None  # the *_enc columns, once sealed


def split(pattern: re.Pattern[str], cells: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for _, text in cells:
        out += [part.strip() for part in pattern.split(text) if part.strip()]
    return list(dict.fromkeys(out))


class CustomerKind:
    name = "customers"

    def __init__(self, actor: Actor, owners: Owners, stage_names: dict[str, str],
                 defs: dict[str, CustomFieldDef]) -> None:
        self.actor = actor
        self.owners = owners
        self.stage_names = stage_names
        self.defs = defs

    @classmethod
    async def load(cls, actor: Actor) -> CustomerKind:
        names: dict[str, str] = {}
        for s in await stages.all_stages():
            if not s.archived:
                for label in (s.key, s.label_en, s.label_zh):
                    names.setdefault(label.casefold(), s.key)
        return cls(actor, await Owners.load(actor), names, await custom_fields.active_defs())

    def parse(self, cells: Cells) -> CustomerDraft:
        d = CustomerDraft(number=cells.number, columns=cells.columns, given=set(cells.by_field))
        d.name = " ".join(cells.one("name").split())
        if not d.name:
            d.fail("name", "REQUIRED")
        elif len(d.name) > 200:
            d.fail("name", "INVALID_LENGTH")
        d.name_key = name_key(d.name)
        self._choices(d, cells)
        for key, limit in TEXT_LIMITS.items():
            value = cells.one(key)
            if len(value) > limit:
                d.fail(key, "INVALID_LENGTH")
            d.text[key] = value
        if d.text["website"] and not validation.WEBSITE.match(d.text["website"]):
            d.fail("website", "INVALID_URL")
        self._contacts(d, cells)
        self._owner(d, cells)
        try:
            d.tags = tags.clean(split(SPLIT_TAGS, cells.many("tags")))
        except ValidationFailed as failed:
            d.fail("tags", failed.fields["tags"][0])
        self._custom(d, cells)
        return d

    def _choices(self, d: CustomerDraft, cells: Cells) -> None:
        kind, stage, level = cells.one("kind"), cells.one("stage"), cells.one("level")
        if kind:
            d.kind = KIND_WORDS.get(kind.casefold(), "")
            if not d.kind:
                d.fail("kind", "UNKNOWN_VALUE")
        if stage:
            d.stage = self.stage_names.get(stage.casefold(), "")
            if not d.stage:
                d.fail("stage", "UNKNOWN_STAGE")
        if level:
            d.level = level.upper()
            if d.level not in validation.LEVELS:
                d.fail("level", "UNKNOWN_VALUE")

    def _contacts(self, d: CustomerDraft, cells: Cells) -> None:
        for name, pattern, ok, code, limit in (
                ("phones", SPLIT_PHONES, validation.phone_ok, "INVALID_PHONE",
                 validation.MAX_PHONES),
                ("emails", SPLIT_EMAILS, validation.email_ok, "INVALID_EMAIL",
                 validation.MAX_EMAILS)):
            values: list[str] = []
            for header, text in cells.many(name):
                parts = [p for p in (p.strip() for p in pattern.split(text)) if p]
                if not all(ok(p) for p in parts):
                    d.fail_at(header, code)
                values += parts
            values = list(dict.fromkeys(values))
            if len(values) > limit:
                d.fail(name, "TOO_MANY")
            setattr(d, name, values)
        if d.problems:
            return
        for phone in d.phones:
            d.digests.add(("phone", blind_index.index("phone", phone)))
        for email in d.emails:
            d.digests.add(("email", blind_index.index("email", email)))

    def _owner(self, d: CustomerDraft, cells: Cells) -> None:
        text = cells.one("owner")
        d.owner_id, d.team_id = self.actor.user_id, self.actor.team_id
        if not text:
            return
        uid, code = self.owners.resolve(text)
        if code:
            d.fail("owner", code)
            return
        assert uid is not None
        d.owner_given = True
        d.owner_id = uid
        # The owner's team, as a transfer does: the customer lands where its owner works.
        d.team_id = self.owners.teams.get(uid) if uid != self.actor.user_id \
            else self.actor.team_id

    def _custom(self, d: CustomerDraft, cells: Cells) -> None:
        for key, definition in self.defs.items():
            column = CUSTOM_PREFIX + key
            raw = cells.one(column)
            if not raw:
                if definition.required:
                    d.fail(column, "REQUIRED")
                continue
            if definition.type == "multiselect" and not raw.startswith("["):
                raw = json.dumps(split(SPLIT_TAGS, [("", raw)]), ensure_ascii=False)
            value = custom_fields.canonical(definition, raw)
            if value is None:
                d.fail(column, "INVALID_VALUE")
            else:
                d.custom[key] = value

    def file_keys(self, cells: Cells) -> list[tuple[str, str]]:
        """Keys of a raw row: its name key, phones and emails as normalised text."""
        keys = []
        name = name_key(cells.one("name"))
        if name:
            keys.append((cells.column("name"), "name:" + name))
        for header, text in cells.many("phones"):
            keys += [(header, "phone:" + blind_index.normalize_phone(p))
                     for p in SPLIT_PHONES.split(text) if p.strip()]
        for header, text in cells.many("emails"):
            keys += [(header, "email:" + blind_index.normalize_email(e))
                     for e in SPLIT_EMAILS.split(text) if e.strip()]
        return keys

    def seal(self, draft: Draft) -> None:
        """Encrypt the row's personal data ahead of its batch (see ``importer.run``)."""
        d = cast(CustomerDraft, draft)
        d.sealed = customers_write.sealed(d)

    async def match(self, drafts: list[Draft]) -> None:
        """Set each draft's ``existing_id``: the customer sharing most with it (phone, email,
        name), newest first, among those the importer may see (see the module docstring)."""
        rows = [cast(CustomerDraft, d) for d in drafts]
        if not rows:
            return
        pii_ok = await rule(self.actor, Perm.CUSTOMERS_PII_READ)
        read_ok = await rule(self.actor, Perm.CUSTOMERS_READ)
        write_ok = await rule(self.actor, Perm.CUSTOMERS_WRITE)
        owners: dict[int, tuple[int | None, int | None]] = {}
        conn = connections.get("default")  # the batch's transaction, when there is one
        by_digest: dict[str, list[int]] = {}
        digests = sorted({digest for d in rows for _, digest in d.digests})
        if digests:
            where, params = in_list(conn, "k.digest", digests)
            _, found = await conn.execute_query(
                "SELECT k.digest, k.customer_id, c.owner_id, c.team_id "  # noqa: S608
                "FROM customer_key k JOIN customer c ON c.id = k.customer_id "
                f"WHERE {where} AND c.deleted_at IS NULL", params)
            for r in found:
                if pii_ok(r["owner_id"], r["team_id"]):
                    by_digest.setdefault(r["digest"], []).append(r["customer_id"])
                    owners[r["customer_id"]] = (r["owner_id"], r["team_id"])
        by_name: dict[str, list[int]] = {}
        keys = sorted({d.name_key for d in rows if d.name_key})
        if keys:
            where, params = in_list(conn, "name_key", keys)
            _, found = await conn.execute_query(
                "SELECT id, name_key, owner_id, team_id FROM customer "  # noqa: S608
                f"WHERE {where} AND deleted_at IS NULL", params)
            for r in found:
                if r["owner_id"] is None or read_ok(r["owner_id"], r["team_id"]):
                    by_name.setdefault(r["name_key"], []).append(r["id"])
                    owners[r["id"]] = (r["owner_id"], r["team_id"])
        for d in rows:
            reasons: dict[int, list[str]] = {}
            for kind, digest in sorted(d.digests):
                for cid in by_digest.get(digest, []):
                    reasons.setdefault(cid, []).append(f"{kind}s")
            for cid in by_name.get(d.name_key, []):
                reasons.setdefault(cid, []).append("name")
            if reasons:
                best = max(reasons, key=lambda cid: (len(set(reasons[cid])), cid))
                d.existing_id = best
                d.existing_column = d.columns.get(reasons[best][0], reasons[best][0])
                d.writable = write_ok(*owners[best])

    async def create(self, conn: BaseDBAsyncClient, drafts: list[Draft]) -> list[int]:
        return await customers_write.create(conn, self.actor,
                                            [cast(CustomerDraft, d) for d in drafts], self.defs)

    async def update(self, conn: BaseDBAsyncClient, draft: Draft) -> None:
        await customers_write.update(self.actor, cast(CustomerDraft, draft))
