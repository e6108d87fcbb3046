"""How long a deal stayed in each stage is written on its history as the next change goes in
(migration 7's trigger), whoever writes the history, so time in stage is one grouped average."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from backend.deals.models import Deal, DealStageChange, PipelineStage
from backend.settings import Settings
from tests.conftest import gql
from tests.support.customers import Company, as_user, company
from tests.support.deals import UPDATE, created, customers_of, stages

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
async def world(db: Settings) -> tuple[Company, dict[str, int]]:
    c = await company()
    return c, await customers_of(c)


def stays(moves: list[DealStageChange]) -> list[tuple[datetime | None, float | None]]:
    return [(m.left_at, m.seconds_in_stage) for m in moves]


async def test_a_move_closes_the_stay_it_ends_and_a_refused_move_closes_nothing(
        client: httpx.AsyncClient, world: tuple[Company, dict[str, int]]) -> None:
    _, customers = world
    stage = await stages()
    await as_user(client, "sam")
    deal = await created(client, title="Stay", customerId=str(customers["Sam Co"]))
    refused = await gql(client, UPDATE, {"i": {"id": deal["id"],
                                               "stageId": str(stage["Lost"])}})
    assert refused["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    only = await DealStageChange.filter(deal_id=int(deal["id"]))
    assert stays(only) == [(None, None)]  # still in its first stage

    moved = await gql(client, UPDATE, {"i": {"id": deal["id"],
                                             "stageId": str(stage["Proposal"])}})
    assert "errors" not in moved
    first, second = await DealStageChange.filter(deal_id=int(deal["id"])).order_by("id")
    assert first.left_at == second.changed_at
    assert first.seconds_in_stage == pytest.approx(
        (second.changed_at - first.changed_at).total_seconds(), abs=0.01)
    assert stays([second]) == [(None, None)]


async def test_history_written_out_of_order_gets_the_same_stays_as_in_order(
        world: tuple[Company, dict[str, int]]) -> None:
    c, customers = world
    stage = await stages()
    pipeline = (await PipelineStage.get(id=stage["Negotiation"])).pipeline_id
    deal = await Deal.create(title="Imported", customer_id=customers["Sam Co"],
                             pipeline_id=pipeline, stage_id=stage["Negotiation"],
                             owner_id=c.users["sam"])
    days = {0: stage["Qualification"], 9: stage["Negotiation"], 4: stage["Proposal"]}
    for offset, stage_id in days.items():  # the middle one arrives last
        await DealStageChange.create(deal_id=deal.id, to_stage_id=stage_id,
                                     changed_at=T0 + timedelta(days=offset))
    moves = await DealStageChange.filter(deal_id=deal.id).order_by("changed_at")
    assert stays(moves) == [(T0 + timedelta(days=4), 4 * 86400.0),
                            (T0 + timedelta(days=9), 5 * 86400.0), (None, None)]
    # Two changes at one time: ordered by id, the first stays zero seconds.
    await DealStageChange.create(deal_id=deal.id, to_stage_id=stage["Won"],
                                 changed_at=T0 + timedelta(days=9))
    moves = await DealStageChange.filter(deal_id=deal.id).order_by("changed_at", "id")
    assert stays(moves)[2:] == [(T0 + timedelta(days=9), 0.0), (None, None)]
