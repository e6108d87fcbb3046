"""Demo deals for the customers in the database (``crm demo --deals N``), in batches.

Deals go to customers already written (this run's or an earlier one's), with the customer's owner
and team; a customer in the pool (no owner) gets one of the owners seen on other customers. Rows
are inserted with one ``executemany`` per table and batch, like the customers, with the stage
history alongside so funnel, cycle length and time in stage have something to measure.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from backend.customers.models import Contact, Customer
from backend.deals import pipelines
from backend.deals.models import Deal, DealStageChange
from backend.demo import deals as gen
from backend.demo.bulk import insert, next_id

BATCH = 5000
Row = dict[str, Any]


@dataclass
class DealCounts:
    deals: int = 0
    stage_changes: int = 0


async def _owners(seed: int) -> gen.Customers | None:
    rows = await Customer.filter(deleted_at__isnull=True).order_by("id").values_list(
        "id", "owner_id", "team_id", "created_at")
    contacts = dict(await Contact.filter(is_primary=True).values_list("customer_id", "id"))
    owned = sorted({(o, t) for _, o, t, _ in rows if o is not None})
    rng = random.Random(seed)
    found = []
    for cid, owner_id, team_id, created in rows:
        if owner_id is None and owned:
            owner_id, team_id = owned[rng.randrange(len(owned))]
        found.append(gen.Owner(cid, contacts.get(cid), owner_id, team_id, created))
    return gen.Customers(found) if found else None


async def _stages() -> list[gen.Stage]:
    pipeline = await pipelines.default_pipeline()
    return [gen.Stage(s.id, s.kind, s.probability)
            for s in await pipelines.stages_of(pipeline.id) if not s.archived]


def _rows(spec: gen.DealSpec, deal_id: int, pipeline_id: int) -> tuple[Row, list[Row]]:
    owner = spec.customer.owner_id
    stage, entered = spec.path[-1]
    closed = spec.closed_at
    deal = {
        "id": deal_id, "title": spec.title, "customer_id": spec.customer.customer_id,
        "contact_id": spec.customer.contact_id if spec.with_contact else None,
        "amount": spec.amount, "currency": spec.currency, "pipeline_id": pipeline_id,
        "stage_id": stage.id, "rank": -float(deal_id), "probability": stage.probability,
        "expected_close_date": spec.expected_close, "owner_id": owner,
        "team_id": spec.customer.team_id, "source": spec.source,
        "lost_reason": spec.lost_reason, "won_at": closed if stage.kind == "won" else None,
        "lost_at": closed if stage.kind == "lost" else None, "stage_entered_at": entered,
        "notes": "", "products": [], "created_by_id": owner, "updated_by_id": owner,
        "created_at": spec.created_at, "updated_at": entered, "deleted_at": None}
    changes = []
    previous: int | None = None
    # In time order: the database closes each stay (left_at) as the next change goes in.
    for s, at in spec.path:
        changes.append({"deal_id": deal_id, "from_stage_id": previous, "to_stage_id": s.id,
                        "actor_id": owner, "changed_at": at})
        previous = s.id
    return deal, changes


async def seed_deals(*, count: int, seed: int, now: datetime,
                     progress: Callable[[int], None] | None = None) -> DealCounts:
    """Add ``count`` deals (continuing the ordinals of the deals already there)."""
    counts = DealCounts()
    customers = await _owners(seed)
    if not count or customers is None:
        return counts
    stages = await _stages()
    pipeline_id = (await pipelines.default_pipeline()).id
    start = await Deal.all().count()
    total = start + count
    async with in_transaction() as conn:
        next_deal = await next_id(conn, Deal)
    for first in range(start, total, BATCH):
        deals: list[Row] = []
        changes: list[Row] = []
        for ordinal in range(first, min(first + BATCH, total)):
            deal, history = _rows(gen.deal(seed, ordinal, total, customers, stages, now),
                                  next_deal, pipeline_id)
            next_deal += 1
            deals.append(deal)
            changes += history
            if ordinal % 500 == 0:
                await asyncio.sleep(0)
        async with in_transaction() as conn:
            await insert(conn, Deal, deals, with_ids=True)
            await insert(conn, DealStageChange, changes, with_ids=False)
        counts.deals += len(deals)
        counts.stage_changes += len(changes)
        if progress:
            progress(len(deals))
    return counts
