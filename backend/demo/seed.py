"""``crm demo``: a realistic, deterministic demo database (staff, customers, contacts, tags,
activities, comments, deals with their stage history), written in batches so 100,000 customers
take well under a few minutes."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from backend.activities.models import Activity, Comment
from backend.audit import services as audit
from backend.customers.models import Contact, Customer, CustomerKey, CustomerTag, Tag
from backend.deals.models import Deal, DealStageChange
from backend.demo import generate, names
from backend.demo.bulk import next_id, sync_sequences
from backend.demo.deal_seed import DealCounts, seed_deals
from backend.demo.people import DemoUser, create_staff
from backend.demo.writer import Counts, Rows, Writer, write

BATCH = 2000


class AlreadySeeded(Exception):
    """The database holds customers (or deals) already; seeding again needs ``append``."""


@dataclass
class DemoReport:
    counts: Counts
    deals: DealCounts = field(default_factory=DealCounts)
    users: list[DemoUser] = field(default_factory=list)
    password: str | None = None  # set only when this run created the demo users
    seconds: float = 0.0


async def _tag_ids() -> dict[str, int]:
    for position, tag in enumerate(names.TAGS):
        await Tag.get_or_create(name=tag, defaults={"color": f"c{position % 10}"})
    return dict(await Tag.filter(name__in=names.TAGS).values_list("name", "id"))


async def _write(rows: Rows) -> None:
    async with in_transaction() as conn:
        await write(conn, rows)


async def _finish(writing: tuple[asyncio.Task[None], int] | None,
                  progress: Callable[[int], None] | None) -> None:
    if writing is not None:
        await writing[0]
        if progress:
            progress(writing[1])


async def seed(*, customers: int, users: int = 24, seed: int = 1, append: bool = False,
               deals: int = 0, progress: Callable[[int], None] | None = None,
               deal_progress: Callable[[int], None] | None = None) -> DemoReport:
    """Write ``customers`` demo customers (and the demo staff if missing), then ``deals`` deals
    over all the customers in the database; deterministic per ``seed``. Refuses a database that
    has customers (when adding customers) or deals (when adding deals) unless ``append``."""
    started = time.perf_counter()
    existing = await Customer.all().count()
    if existing and customers and not append:
        raise AlreadySeeded(f"the database has {existing} customer(s)")
    if deals and not append and (had := await Deal.all().count()):
        raise AlreadySeeded(f"the database has {had} deal(s)")
    staff = await create_staff(random.Random(seed), users)
    sellers = sorted(staff.sellers, key=lambda u: u.id)
    tag_ids = await _tag_ids()
    async with in_transaction() as conn:
        writer = Writer(sellers=sellers, tag_ids=tag_ids,
                        next_customer=await next_id(conn, Customer),
                        next_contact=await next_id(conn, Contact),
                        next_activity=await next_id(conn, Activity))
    now = datetime.now(UTC)
    total = existing + customers
    writing: tuple[asyncio.Task[None], int] | None = None
    for start in range(existing, total, BATCH):
        stop = min(start + BATCH, total)
        for ordinal in range(start, stop):
            writer.add(generate.customer(seed, ordinal, total, len(sellers), now))
            if ordinal % 50 == 0:
                await asyncio.sleep(0)  # let the previous batch's insert move on
        await _finish(writing, progress)
        # SQLite inserts in its own thread, mostly without the GIL: on an idle machine the next
        # batch is generated on the other core meanwhile.
        writing = (asyncio.create_task(_write(writer.take())), stop - start)
    await _finish(writing, progress)
    deal_counts = await seed_deals(count=deals, seed=seed, now=now, progress=deal_progress)
    async with in_transaction() as conn:
        await sync_sequences(conn, [Customer, Contact, Activity, Comment, CustomerKey,
                                    CustomerTag, Deal, DealStageChange])
        counts = writer.counts
        await audit.record(actor=None, action="demo.seeded", target_type="customer",
                           changes={"customers": counts.customers, "contacts": counts.contacts,
                                    "activities": counts.activities,
                                    "comments": counts.comments, "deals": deal_counts.deals,
                                    "stage_changes": deal_counts.stage_changes, "seed": seed},
                           actor_label="system", using_db=conn)
    return DemoReport(counts=writer.counts, deals=deal_counts, users=staff.users,
                      password=staff.password, seconds=time.perf_counter() - started)
