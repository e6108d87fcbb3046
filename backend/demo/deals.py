"""Deterministic demo deals as plain data: the same seed, ordinal and customer list always give
the same deal, with a stage history that walks the pipeline forward in time.

A deal starts in one of the first open stages, moves up through some of the later ones (a stage
may be skipped, as real teams do) and, the older it is, the likelier it has been won or lost.
Its current stage is always the last stage of its history; won and lost deals carry the time
they closed, lost ones a reason. 1-4 history rows per deal.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

SPAN = timedelta(days=730)  # deals are created over the last two years
MAX_CHANGES = 4
PRODUCTS_ZH = ("CRM 年度订阅", "私有化部署", "实施服务", "数据迁移", "培训服务", "硬件采购",
               "系统集成", "运维支持", "定制开发", "续约")
PRODUCTS_EN = ("Annual subscription", "On-premises licence", "Implementation", "Data migration",
               "Training", "Hardware", "Integration", "Support plan", "Custom development",
               "Renewal")
LOST_REASONS = ("价格太高", "选择了竞争对手", "预算取消", "需求变化", "Price too high",
                "Went with a competitor", "No budget", "No decision", "Timing")


@dataclass(frozen=True)
class Stage:
    id: int
    kind: str  # open | won | lost
    probability: int


@dataclass(frozen=True)
class Owner:
    """The customer a deal is for: its id, owner, team and creation time."""

    customer_id: int
    contact_id: int | None
    owner_id: int | None
    team_id: int | None
    created_at: datetime


@dataclass
class DealSpec:
    title: str
    customer: Owner
    amount: Decimal
    currency: str
    source: str
    created_at: datetime
    expected_close: date
    path: list[tuple[Stage, datetime]]  # the stage history, oldest first; the last is current
    lost_reason: str = ""
    with_contact: bool = True

    @property
    def stage(self) -> Stage:
        return self.path[-1][0]

    @property
    def closed_at(self) -> datetime | None:
        return self.path[-1][1] if self.stage.kind != "open" else None


def rng_for(seed: int, ordinal: int) -> random.Random:
    # Offset from the customers' streams (generate.rng_for) so deal n never mirrors customer n.
    return random.Random(seed * 1_000_003 + 7_919 * 10**9 + ordinal)


def _amount(rng: random.Random) -> tuple[Decimal, str]:
    if rng.random() < 0.12:
        return Decimal(round(math.exp(rng.uniform(math.log(1_000), math.log(300_000))),
                             -1)).quantize(Decimal("0.01")), "USD"
    raw = math.exp(rng.uniform(math.log(5_000), math.log(2_000_000)))
    cents = rng.choice((0, 0, 0, 50))
    return (Decimal(int(raw / 100) * 100) + Decimal(cents) / 100).quantize(Decimal("0.01")), "CNY"


def _path(rng: random.Random, opens: list[Stage], outcome: Stage | None) -> list[Stage]:
    """Stages passed, in order: a start among the first two, then some later open stages."""
    start = 0 if rng.random() < 0.75 or len(opens) < 2 else 1
    later = opens[start + 1:]
    room = MAX_CHANGES - 1 - (1 if outcome else 0)
    if outcome is None:
        # Open deals sit anywhere along the pipeline.
        steps = rng.randrange(0, min(room, len(later)) + 1)
    else:
        steps = min(room, len(later), rng.choice((0, 1, 2, 2, 3, 3)))
    chosen = sorted(rng.sample(range(len(later)), steps))
    return [opens[start], *(later[i] for i in chosen), *([outcome] if outcome else [])]


class Customers:
    """The customers deals may go to, oldest first (non-empty)."""

    def __init__(self, owners: list[Owner]) -> None:
        self.owners = sorted(owners, key=lambda o: (o.created_at, o.customer_id))
        self.times = [o.created_at for o in self.owners]

    def pick(self, rng: random.Random, by: datetime) -> Owner:
        """One of the customers that existed at ``by`` (the oldest if none did)."""
        return self.owners[rng.randrange(max(bisect_right(self.times, by), 1))]


def deal(seed: int, ordinal: int, total: int, customers: Customers, stages: list[Stage],
         now: datetime) -> DealSpec:
    """The ``ordinal``-th demo deal of ``total``. Later ordinals are created later, as ids and
    creation times rise together in use; its customer is one that existed by then."""
    rng = rng_for(seed, ordinal)
    created = now - SPAN * (1 - ordinal / max(total, 1)) + timedelta(
        seconds=rng.randrange(3600))
    customer = customers.pick(rng, created)
    created = min(max(created, customer.created_at), now)
    opens = [s for s in stages if s.kind == "open"]
    won = next((s for s in stages if s.kind == "won"), None)
    lost = next((s for s in stages if s.kind == "lost"), None)
    age_days = (now - created).total_seconds() / 86400
    outcome = None
    if rng.random() < min(0.9, age_days / 200):
        outcome = won if rng.random() < 0.4 else lost
    cycle = timedelta(days=rng.uniform(5, 150))
    if created + cycle > now:
        outcome = None  # it would close in the future: still open today
    end = created + cycle if outcome else now
    stops = _path(rng, opens, outcome)
    moments = sorted(rng.random() for _ in stops[1:])
    path = [(stops[0], created)]
    for stage, share in zip(stops[1:], moments, strict=True):
        path.append((stage, created + (end - created) * share))
    if outcome:
        path[-1] = (outcome, end)
    # History times strictly increase: equal times would make time-in-stage ambiguous.
    for i in range(1, len(path)):
        if path[i][1] <= path[i - 1][1]:
            path[i] = (path[i][0], path[i - 1][1] + timedelta(minutes=1))
    amount, currency = _amount(rng)
    chinese = rng.random() < 0.65
    product = rng.choice(PRODUCTS_ZH if chinese else PRODUCTS_EN)
    if outcome:
        expected = path[-1][1].date()
    else:
        expected = (now + timedelta(days=rng.randrange(-20, 180))).date()
    return DealSpec(
        title=f"{product} #{ordinal + 1}", customer=customer, amount=amount, currency=currency,
        source=rng.choice(("website", "referral", "trade_show", "cold_call", "partner",
                           "inbound_call")),
        created_at=created, expected_close=expected, path=path,
        lost_reason=rng.choice(LOST_REASONS) if outcome is not None and outcome.kind == "lost"
        else "", with_contact=rng.random() < 0.7)
