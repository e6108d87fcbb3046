"""Deal rules: create, update, soft delete, and the scoped lookups the other rules use.

A deal outside the actor's deals.read scope is NOT_FOUND (ids can't be probed); one they can see
but deals.write doesn't cover is FORBIDDEN. Its customer must be visible to whoever puts it on
the deal. Each change runs in one transaction with its stage history and audit event; notes and
product lines are named in the audit trail, never copied into it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import Team, User
from backend.accounts.perms import Perm
from backend.api.errors import CrmError, Forbidden, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.customers.models import Contact
from backend.customers.services import get_visible as visible_customer
from backend.deals import pipelines, transitions
from backend.deals.models import Deal, Pipeline, PipelineStage
from backend.deals.scope import can_deal, visible_deals
from backend.deals.validation import DealPatch, validate_patch
from backend.settings import get_settings

PLAIN = ("title", "customer_id", "contact_id", "amount", "currency", "pipeline_id",
         "expected_close_date", "owner_id", "team_id", "source", "lost_reason", "notes")
UNQUOTED = {"notes", "products"}  # free text: named in the audit trail, never copied


async def get_visible(actor: Actor, deal_id: int) -> Deal:
    """The deal, or NOT_FOUND when out of the actor's deals.read scope (or deleted)."""
    deal = await (await visible_deals(actor)).get_or_none(id=deal_id)
    if deal is None:
        raise NotFound()
    return deal


async def get_writable(actor: Actor, deal_id: int) -> Deal:
    """Visible (else NOT_FOUND) and covered by deals.write (else FORBIDDEN)."""
    deal = await get_visible(actor, deal_id)
    if not await can_deal(actor, Perm.DEALS_WRITE, deal.owner_id, deal.team_id):
        raise Forbidden()
    return deal


def _audit_value(value: Any) -> Any:
    if isinstance(value, Decimal | date):
        return str(value)
    return value


async def _check_people(actor: Actor, owner_id: int | None, team_id: int | None,
                        changing: list[str]) -> None:
    if owner_id is not None and not await User.filter(id=owner_id, is_active=True).exists():
        raise ValidationFailed({"ownerId": ["UNKNOWN_USER"]})
    if team_id is not None and not await Team.filter(id=team_id).exists():
        raise ValidationFailed({"teamId": ["UNKNOWN_TEAM"]})
    if changing and not await can_deal(actor, Perm.DEALS_WRITE, owner_id, team_id):
        # Handing a deal to someone outside your own scope would lose it from your sight.
        raise CrmError("You may not give the deal to this owner or team", code="FORBIDDEN",
                       fields={f: ["OUT_OF_SCOPE"] for f in changing})


async def _check_contact(contact_id: int | None, customer_id: int) -> None:
    if contact_id is not None and not await Contact.filter(
            id=contact_id, customer_id=customer_id).exists():
        raise ValidationFailed({"contactId": ["UNKNOWN_CONTACT"]})


async def _pipeline_and_stage(patch: DealPatch, deal: Deal | None) -> tuple[int, PipelineStage]:
    """The pipeline and stage the deal ends up in (an archived pipeline only if it stays)."""
    if patch.pipeline_id is not None:
        pipeline = await Pipeline.get_or_none(id=patch.pipeline_id)
        if pipeline is None or (pipeline.archived and (deal is None or
                                                       deal.pipeline_id != pipeline.id)):
            raise ValidationFailed({"pipelineId": ["UNKNOWN_PIPELINE"]})
        pipeline_id = pipeline.id
    elif deal is not None:
        pipeline_id = deal.pipeline_id
    else:
        pipeline_id = (await pipelines.default_pipeline()).id
    stage_id = patch.stage_id
    if stage_id is None and deal is not None and pipeline_id == deal.pipeline_id:
        stage_id = deal.stage_id
    stage = await transitions.usable_stage(pipeline_id, stage_id,
                                           current=deal.stage_id if deal else None)
    return pipeline_id, stage


async def create_deal(*, actor: Actor, patch: DealPatch) -> Deal:
    """A new deal on a customer the actor can see, owned by the actor unless another owner in
    their deals.write scope is named; it starts in the given stage or the pipeline's first."""
    validate_patch(patch, creating=True)
    assert patch.customer_id is not None and patch.title is not None
    customer = await visible_customer(actor, patch.customer_id)
    await _check_contact(patch.contact_id, customer.id)
    pipeline_id, stage = await _pipeline_and_stage(patch, None)
    owner_id = patch.owner_id or actor.user_id
    team_id = patch.team_id
    if team_id is None:
        owner = await User.get_or_none(id=owner_id).only("id", "team_id")
        team_id = owner.team_id if owner else None
    changing = [f for f, v in (("ownerId", patch.owner_id), ("teamId", patch.team_id))
                if v is not None]
    await _check_people(actor, owner_id, team_id, changing or ["ownerId"])
    at = transitions.now()
    deal = Deal(
        title=patch.title.strip(), customer_id=customer.id, contact_id=patch.contact_id,
        amount=patch.amount or Decimal("0"),
        currency=patch.currency or get_settings().default_currency, pipeline_id=pipeline_id,
        expected_close_date=patch.expected_close_date, owner_id=owner_id, team_id=team_id,
        source=(patch.source or "").strip(), lost_reason=(patch.lost_reason or "").strip(),
        notes=(patch.notes or "").strip(),
        products=[p.as_json() for p in patch.products or []],
        created_by_id=actor.user_id, updated_by_id=actor.user_id)
    transitions.enter_stage(deal, stage, at, probability=patch.probability)
    async with in_transaction() as conn:
        deal.rank = await transitions.top_rank(stage.id, conn)
        await deal.save(using_db=conn)
        await transitions.record_move(deal, None, actor, at, conn)
        changes = {k: _audit_value(getattr(deal, k)) for k in (
            "title", "customer_id", "amount", "currency", "pipeline_id", "stage_id",
            "probability", "owner_id", "team_id")}
        await audit.record(actor=actor, action="deal.created", target_type="deal",
                           target_id=deal.id, changes=changes, using_db=conn)
    return deal


async def _plain_changes(actor: Actor, deal: Deal, patch: DealPatch) -> dict[str, Any]:
    """Apply the non-stage fields to ``deal``; what changed, as [before, after]."""
    wanted: dict[str, Any] = {name: getattr(patch, name) for name in PLAIN}
    for name in patch.clear:
        wanted[name] = None
    for name in ("title", "source", "lost_reason", "notes"):
        if wanted[name] is not None:
            wanted[name] = wanted[name].strip()
    if patch.products is not None:
        wanted["products"] = [p.as_json() for p in patch.products]
    changes = {}
    for name, value in wanted.items():
        if (value is not None or name in patch.clear) and value != getattr(deal, name):
            changes[name] = [getattr(deal, name), value]
            setattr(deal, name, value)
    if "customer_id" in changes:
        await visible_customer(actor, deal.customer_id)
        if deal.contact_id is not None and "contact_id" not in changes:
            changes["contact_id"] = [deal.contact_id, None]  # it belonged to the old customer
            deal.contact_id = None
    if "contact_id" in changes:
        await _check_contact(deal.contact_id, deal.customer_id)
    if {"owner_id", "team_id"} & set(changes):
        await _check_people(actor, deal.owner_id, deal.team_id,
                            [{"owner_id": "ownerId", "team_id": "teamId"}[k]
                             for k in ("owner_id", "team_id") if k in changes])
    return changes


async def update_deal(*, actor: Actor, deal_id: int, patch: DealPatch) -> Deal:
    """Change the given fields. A new stage (or pipeline) is a recorded stage change."""
    deal = await get_writable(actor, deal_id)
    validate_patch(patch, creating=False)
    pipeline_id, stage = await _pipeline_and_stage(patch, deal)
    patch.pipeline_id = pipeline_id
    from_stage = deal.stage_id
    changes = await _plain_changes(actor, deal, patch)
    at = transitions.now()
    moved = stage.id != from_stage
    if moved:
        changes.update(transitions.enter_stage(deal, stage, at, probability=patch.probability))
    else:
        if stage.kind == "lost" and not deal.lost_reason:
            raise ValidationFailed({"lostReason": ["REQUIRED"]})
        if patch.probability is not None and patch.probability != deal.probability:
            changes["probability"] = [deal.probability, patch.probability]
            deal.probability = patch.probability
    if not changes:
        return deal
    deal.updated_by_id = actor.user_id
    async with in_transaction() as conn:
        # Row lock on PostgreSQL: two concurrent edits of one deal apply one after another.
        await Deal.filter(id=deal.id).using_db(conn).select_for_update().first()
        if moved:
            deal.rank = await transitions.top_rank(stage.id, conn)
        columns = [c for c in changes if c != "stage_id"] + ["updated_by_id", "updated_at"]
        if moved:
            columns += ["stage_id", "stage_entered_at", "won_at", "lost_at", "rank"]
        await deal.save(using_db=conn, update_fields=list(dict.fromkeys(columns)))
        if moved:
            await transitions.record_move(deal, from_stage, actor, at, conn)
        await audit.record(actor=actor, action="deal.updated", target_type="deal",
                           target_id=deal.id, using_db=conn, changes={
                               k: "(changed)" if k in UNQUOTED else
                               [_audit_value(v) for v in pair] for k, pair in changes.items()})
    return await Deal.get(id=deal.id)


async def delete_deal(*, actor: Actor, deal_id: int) -> None:
    """Soft delete: the deal leaves lists, boards and reports; the audit log keeps it."""
    deal = await get_writable(actor, deal_id)
    async with in_transaction() as conn:
        deal.deleted_at = transitions.now()
        deal.updated_by_id = actor.user_id
        await deal.save(using_db=conn, update_fields=["deleted_at", "updated_by_id",
                                                      "updated_at"])
        await audit.record(actor=actor, action="deal.deleted", target_type="deal",
                           target_id=deal.id, changes={"title": deal.title}, using_db=conn)
