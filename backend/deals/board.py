"""The kanban board: columns with totals computed in SQL, and drag-and-drop moves.

A board costs one aggregate query for every column's totals, one query per column for its first
deals (a pipeline has a handful of stages) and one batch to build them, whatever the limit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise.functions import Count
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.deals import pipelines, transitions
from backend.deals.listing import DealFilter, filtered
from backend.deals.models import Deal, Pipeline, PipelineStage
from backend.deals.money import cents_sum, from_cents, weighted_sum
from backend.deals.scope import visible_deals
from backend.deals.services import get_visible, get_writable
from backend.settings import get_settings

MAX_PER_COLUMN = 100


@dataclass
class Column:
    stage: PipelineStage
    count: int = 0
    amount: Decimal = Decimal("0.00")
    weighted: Decimal = Decimal("0.00")
    others: dict[str, Decimal] = field(default_factory=dict)
    deals: list[Deal] = field(default_factory=list)
    has_more: bool = False


@dataclass
class Board:
    pipeline: Pipeline
    stages: list[PipelineStage]
    currency: str
    columns: list[Column]


async def deal_board(*, actor: Actor, pipeline_id: int | None, filter: DealFilter | None,
                     per_column: int = 20) -> Board:
    """The pipeline's columns (archived stages only while deals you see are in them)."""
    if not 1 <= per_column <= MAX_PER_COLUMN:
        raise ValidationFailed({"perColumn": ["OUT_OF_RANGE"]})
    pipeline = (await pipelines.get_pipeline(pipeline_id) if pipeline_id is not None
                else await pipelines.default_pipeline())
    stages = await pipelines.stages_of(pipeline.id)
    f = filter or DealFilter()
    f.pipeline_id = pipeline.id
    query = await filtered(await visible_deals(actor), f)
    currency = get_settings().default_currency
    columns = {s.id: Column(stage=s) for s in stages}
    totals: list[dict[str, Any]] = await query.annotate(
        n=Count("id"), cents=cents_sum(), weighted=weighted_sum()).group_by(
        "stage_id", "currency").values("stage_id", "currency", "n", "cents", "weighted")
    for row in totals:
        column = columns[row["stage_id"]]
        column.count += row["n"]
        if row["currency"] == currency:
            column.amount = from_cents(row["cents"])
            column.weighted = from_cents(row["weighted"], 10_000)
        else:
            column.others[row["currency"]] = from_cents(row["cents"])
    shown = [c for c in columns.values() if not c.stage.archived or c.count]
    for column in shown:
        if column.count:
            rows = list(await query.filter(stage_id=column.stage.id).order_by("rank", "id")
                        .limit(per_column + 1))
            column.deals, column.has_more = rows[:per_column], len(rows) > per_column
    return Board(pipeline=pipeline, stages=stages, currency=currency, columns=shown)


async def _neighbour(actor: Actor, deal_id: int | None, stage_id: int, name: str,
                     moving: int) -> Deal | None:
    if deal_id is None:
        return None
    found = await (await visible_deals(actor)).get_or_none(id=deal_id)
    if found is None or found.stage_id != stage_id or found.id == moving:
        raise ValidationFailed({name: ["NOT_IN_STAGE"]})
    return found


async def move_deal(*, actor: Actor, deal_id: int, stage_id: int, before_id: int | None = None,
                    after_id: int | None = None, rank: float | None = None,
                    lost_reason: str | None = None) -> Deal:
    """Drop a deal into a column: right below ``after_id``, right above ``before_id``, at
    ``rank``, or on top. Changing column is a recorded stage change."""
    if sum(x is not None for x in (before_id, after_id, rank)) > 1:
        raise ValidationFailed({"beforeId": ["AMBIGUOUS"], "afterId": ["AMBIGUOUS"]})
    if lost_reason is not None and len(lost_reason.strip()) > 255:
        raise ValidationFailed({"lostReason": ["INVALID_LENGTH"]})
    if rank is not None and not (math.isfinite(rank) and abs(rank) < 1e15):
        raise ValidationFailed({"rank": ["OUT_OF_RANGE"]})
    deal = await get_writable(actor, deal_id)
    stage = await transitions.usable_stage(deal.pipeline_id, stage_id, current=deal.stage_id)
    after = await _neighbour(actor, after_id, stage.id, "afterId", deal.id)
    before = await _neighbour(actor, before_id, stage.id, "beforeId", deal.id)
    from_stage, at = deal.stage_id, transitions.now()
    changes: dict[str, object] = {}
    if lost_reason is not None and lost_reason.strip() != deal.lost_reason:
        changes["lost_reason"] = [deal.lost_reason, lost_reason.strip()]
        deal.lost_reason = lost_reason.strip()
    if stage.id != from_stage:
        changes.update(transitions.enter_stage(deal, stage, at))
    elif stage.kind == "lost" and not deal.lost_reason:
        raise ValidationFailed({"lostReason": ["REQUIRED"]})
    async with in_transaction() as conn:
        await Deal.filter(id=deal.id).using_db(conn).select_for_update().first()
        old_rank = deal.rank
        if after is not None or before is not None:
            deal.rank = await transitions.rank_between(deal, stage.id, after=after,
                                                       before=before, conn=conn)
        elif rank is not None:
            deal.rank = float(rank)
        elif stage.id != from_stage:
            deal.rank = await transitions.top_rank(stage.id, conn)
        deal.updated_by_id = actor.user_id
        await deal.save(using_db=conn, update_fields=[
            "stage_id", "stage_entered_at", "won_at", "lost_at", "probability", "lost_reason",
            "rank", "updated_by_id", "updated_at"])
        if stage.id != from_stage:
            await transitions.record_move(deal, from_stage, actor, at, conn)
        await audit.record(actor=actor, action="deal.moved", target_type="deal",
                           target_id=deal.id, using_db=conn,
                           changes={**changes, "rank": [old_rank, deal.rank]})
    return await get_visible(actor, deal.id)
