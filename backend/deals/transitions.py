"""Moving a deal between stages, and its place within a board column.

Every stage change is written as a ``DealStageChange`` row (from, to, time, actor) in the same
transaction as the deal, so conversion and time-in-stage come from history, not from the deal's
current state. Entering a won stage sets ``won_at`` (leaving it clears it); entering a lost
stage sets ``lost_at`` and needs a lost reason.

Board order is a float ``rank`` (ascending, then id): a move takes the midpoint between its new
neighbours, and when floats run out of room between them the column is renumbered.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q

from backend.accounts.actor import Actor
from backend.api.errors import ValidationFailed
from backend.deals.models import Deal, DealStageChange, PipelineStage


def now() -> datetime:
    return datetime.now(UTC)


async def usable_stage(pipeline_id: int, stage_id: int | None, field: str = "stageId",
                       current: int | None = None) -> PipelineStage:
    """The stage a deal may be put in: of its pipeline and not archived (its own is fine).
    With no id, the pipeline's first active open stage."""
    query = PipelineStage.filter(pipeline_id=pipeline_id)
    if stage_id is None:
        stage = await query.filter(archived=False, kind="open").order_by("position", "id") \
            .first()
    else:
        stage = await query.get_or_none(id=stage_id)
        if stage is not None and stage.archived and stage.id != current:
            stage = None
    if stage is None:
        raise ValidationFailed({field: ["UNKNOWN_STAGE"]})
    return stage


def enter_stage(deal: Deal, stage: PipelineStage, at: datetime, *,
                probability: int | None = None) -> dict[str, object]:
    """Put ``deal`` in ``stage`` (not saved); the changes, for the audit event.

    The probability follows the stage unless one is given; a lost stage needs a lost reason
    already set on the deal; leaving lost clears the reason.
    """
    before = {"stage_id": deal.stage_id, "probability": deal.probability,
              "lost_reason": deal.lost_reason}
    deal.stage_id = stage.id
    deal.stage_entered_at = at
    deal.probability = stage.probability if probability is None else probability
    deal.won_at = (deal.won_at or at) if stage.kind == "won" else None
    deal.lost_at = (deal.lost_at or at) if stage.kind == "lost" else None
    if stage.kind == "lost" and not deal.lost_reason.strip():
        raise ValidationFailed({"lostReason": ["REQUIRED"]},
                               message="Say why the deal was lost")
    if stage.kind != "lost":
        deal.lost_reason = ""
    return {k: [v, getattr(deal, k)] for k, v in before.items() if getattr(deal, k) != v}


async def record_move(deal: Deal, from_stage: int | None, actor: Actor, at: datetime,
                      conn: BaseDBAsyncClient) -> None:
    await DealStageChange.create(deal_id=deal.id, from_stage_id=from_stage,
                                 to_stage_id=deal.stage_id, actor_id=actor.user_id,
                                 changed_at=at, using_db=conn)


async def top_rank(stage_id: int, conn: BaseDBAsyncClient | None = None) -> float:
    """A rank above every deal of the column (new deals and deals moved in go on top)."""
    first = await Deal.filter(stage_id=stage_id).using_db(conn).order_by("rank", "id").first() \
        .values("rank")
    return float(first["rank"]) - 1.0 if first is not None else 0.0


async def rank_between(deal: Deal, stage_id: int, *, after: Deal | None, before: Deal | None,
                       conn: BaseDBAsyncClient) -> float:
    """A rank that puts ``deal`` right below ``after`` or right above ``before`` in the column,
    renumbering the column when the floats between the neighbours are exhausted."""
    column = Deal.filter(stage_id=stage_id).exclude(id=deal.id).using_db(conn)
    if after is not None:
        low = after.rank
        nxt = await column.filter(Q(rank__gt=after.rank) | Q(rank=after.rank, id__gt=after.id)) \
            .order_by("rank", "id").first().values("rank")
        high = float(nxt["rank"]) if nxt is not None else low + 2.0
    else:
        assert before is not None
        high = before.rank
        prev = await column.filter(Q(rank__lt=before.rank) |
                                   Q(rank=before.rank, id__lt=before.id)) \
            .order_by("-rank", "-id").first().values("rank")
        low = float(prev["rank"]) if prev is not None else high - 2.0
    middle = (low + high) / 2
    if low < middle < high:
        return middle
    anchor = after or before
    assert anchor is not None
    return await _renumber(deal, stage_id, anchor, below=after is not None, conn=conn)


async def _renumber(deal: Deal, stage_id: int, anchor: Deal, *, below: bool,
                    conn: BaseDBAsyncClient) -> float:
    """Give the column ranks 1, 2, 3... with ``deal`` next to ``anchor``; returns its rank."""
    ids: list[int] = [row["id"] for row in await Deal.filter(stage_id=stage_id).exclude(
        id=deal.id).using_db(conn).order_by("rank", "id").values("id")]
    place = ids.index(anchor.id)
    ids.insert(place + 1 if below else place, deal.id)
    for position, deal_id in enumerate(ids, start=1):
        if deal_id != deal.id:
            await Deal.filter(id=deal_id).using_db(conn).update(rank=float(position))
    return float(ids.index(deal.id) + 1)
