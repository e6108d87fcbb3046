"""Importing deals: each row names its customer (by name), a stage of the default pipeline (by
its English or Chinese name) and optionally an owner; the deal goes through
``deals.services.create_deal`` / ``update_deal`` (one savepoint per row inside the batch), so
scope, stage history, probability and audit are exactly the app's.

A deal duplicates another of the same customer with the same title.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import cast

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import CrmError, ValidationFailed
from backend.customers.normalize import name_key
from backend.dataio.engine import Cells, Draft
from backend.dataio.lookups import AMBIGUOUS_OWNER, UNKNOWN_OWNER, Owners, customer_refs, fold
from backend.deals import pipelines, services
from backend.deals.models import Deal
from backend.deals.scope import rule_for
from backend.deals.validation import DealPatch, validate_patch

# API field names in service errors -> import field keys.
FIELD_OF = {"title": "title", "customerId": "customer", "amount": "amount",
            "currency": "currency", "stageId": "stage", "probability": "probability",
            "expectedCloseDate": "expected_close_date", "ownerId": "owner",
            "teamId": "owner", "source": "source", "notes": "notes"}


@dataclass
class DealDraft(Draft):
    customer_key: str = ""
    patch: DealPatch = field(default_factory=DealPatch)


def problem_of(error: CrmError) -> tuple[str, str]:
    """(import field, code) of a service error."""
    fields = error.extensions.get("fields") or {}
    if isinstance(error, ValidationFailed):
        fields = error.fields
    for name, codes in fields.items():
        return FIELD_OF.get(name.split(".")[0], name), codes[0] if codes else error.code
    return "", error.code


class DealKind:
    name = "deals"

    def __init__(self, actor: Actor, owners: Owners, stages: dict[str, int]) -> None:
        self.actor = actor
        self.owners = owners
        self.stages = stages

    @classmethod
    async def load(cls, actor: Actor) -> DealKind:
        stages: dict[str, int] = {}
        pipeline = await pipelines.default_pipeline()
        for stage in await pipelines.stages_of(pipeline.id):
            if not stage.archived:
                for label in (stage.name_en, stage.name_zh):
                    stages.setdefault(fold(label), stage.id)
        return cls(actor, await Owners.load(actor), stages)

    def parse(self, cells: Cells) -> DealDraft:
        d = DealDraft(number=cells.number, columns=cells.columns, given=set(cells.by_field))
        d.customer_key = name_key(cells.one("customer"))
        if not d.customer_key:
            d.fail("customer", "REQUIRED")
        p = d.patch
        p.title = " ".join(cells.one("title").split()) or None
        for key in ("source", "notes"):
            setattr(p, key, cells.one(key) or None)
        if cells.one("amount"):
            try:
                p.amount = Decimal(cells.one("amount").replace(",", "").replace("¥", ""))
            except InvalidOperation:
                d.fail("amount", "INVALID_AMOUNT")
        p.currency = cells.one("currency").upper() or None
        if cells.one("probability"):
            text = cells.one("probability").rstrip("%").strip()
            p.probability = int(text) if text.isdigit() else -1
        if cells.one("expected_close_date"):
            try:
                p.expected_close_date = date.fromisoformat(
                    cells.one("expected_close_date").replace("/", "-"))
            except ValueError:
                d.fail("expected_close_date", "INVALID_DATE")
        if cells.one("stage"):
            p.stage_id = self.stages.get(fold(cells.one("stage")))
            if p.stage_id is None:
                d.fail("stage", "UNKNOWN_STAGE")
        if cells.one("owner"):
            uid = self.owners.keys.get(fold(cells.one("owner")), 0)
            if not uid:
                d.fail("owner", UNKNOWN_OWNER if uid == 0 else AMBIGUOUS_OWNER)
            p.owner_id = uid or None
        try:
            validate_patch(DealPatch(**{**p.__dict__, "customer_id": 0}), creating=True)
        except ValidationFailed as failed:
            for name, codes in failed.fields.items():
                d.fail(FIELD_OF.get(name, name), codes[0])
        return d

    def file_keys(self, cells: Cells) -> list[tuple[str, str]]:
        customer, title = name_key(cells.one("customer")), fold(cells.one("title"))
        return [(cells.column("title"), f"{customer}\x00{title}")] if customer and title else []

    def seal(self, draft: Draft) -> None:
        return None  # deals hold no encrypted fields

    async def match(self, drafts: list[Draft]) -> None:
        rows = [cast(DealDraft, d) for d in drafts]
        refs = await customer_refs(self.actor, {d.customer_key for d in rows},
                                   Perm.CUSTOMERS_READ)
        for d in rows:
            found = refs.get(d.customer_key, [])
            if len(found) != 1:
                d.fail("customer", "UNKNOWN_CUSTOMER" if not found else "AMBIGUOUS_CUSTOMER")
            else:
                d.patch.customer_id = found[0].id
        readable = await rule_for(self.actor, Perm.DEALS_READ)
        writable = await rule_for(self.actor, Perm.DEALS_WRITE)
        ids = {d.patch.customer_id for d in rows if d.patch.customer_id}
        existing: dict[tuple[int, str], tuple[int, bool]] = {}
        for did, cid, title, owner, team in await Deal.filter(
                customer_id__in=ids, deleted_at__isnull=True).order_by("-id").values_list(
                "id", "customer_id", "title", "owner_id", "team_id"):
            if readable.covers(owner, team):
                existing.setdefault((cid, fold(title)), (did, writable.covers(owner, team)))
        for d in rows:
            key = (d.patch.customer_id or 0, fold(d.patch.title or ""))
            if key in existing:
                d.existing_id, d.writable = existing[key]
                d.existing_column = d.columns.get("title", "title")

    async def create(self, conn: BaseDBAsyncClient, drafts: list[Draft]) -> list[int]:
        ids = []
        for draft in drafts:
            d = cast(DealDraft, draft)
            try:
                async with in_transaction():
                    ids.append((await services.create_deal(actor=self.actor, patch=d.patch)).id)
            except CrmError as error:
                d.fail(*problem_of(error))
        return ids

    async def update(self, conn: BaseDBAsyncClient, draft: Draft) -> None:
        d = cast(DealDraft, draft)
        assert d.existing_id is not None
        patch = DealPatch(**{k: v for k, v in d.patch.__dict__.items() if k != "clear"})
        patch.customer_id = None  # the match already tied it to this customer
        await services.update_deal(actor=self.actor, deal_id=d.existing_id, patch=patch)
