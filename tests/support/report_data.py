"""A fixed dataset whose report figures are computed by hand in the report tests.

Teams East (East-1 below it) and West; sam (sales, East-1), sue (sales, East), wes (sales,
West), mike (manager of East), root (admin). Every stage change happens at noon UTC, so day
differences are whole numbers on both engines. Stage positions of the default pipeline:
Qualification 0 (10 %), Needs analysis 1, Proposal 2, Negotiation 3, Won 4, Lost 5.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from backend.activities.models import Activity
from backend.customers.models import Customer
from backend.deals import pipelines
from backend.deals.models import Deal, DealStageChange
from tests.support.customers import Company, company
from tests.support.deals import customers_of, stages

Q, N, P, NEG, WON, LOST = ("Qualification", "Needs analysis", "Proposal", "Negotiation", "Won",
                           "Lost")

# name: (owner, amount, currency, probability, expected close, [(stage, "MM-DD"), ...]);
# the first step is the creation. Dates are in 2026 unless written YYYY-MM-DD.
DEALS: dict[str, tuple[str, str, str, int, date | None, list[tuple[str, str]]]] = {
    "d1": ("sam", "1000.00", "CNY", 100, None,
           [(Q, "01-05"), (N, "01-10"), (P, "01-20"), (WON, "02-04")]),
    "d2": ("sam", "2500.50", "CNY", 0, None, [(Q, "01-15"), (P, "01-25"), (LOST, "02-10")]),
    "d3": ("sam", "400.00", "CNY", 30, date(2026, 4, 15), [(Q, "02-01"), (N, "02-11")]),
    "d4": ("sam", "300.00", "USD", 100, None, [(Q, "02-03"), (WON, "03-05")]),
    "d5": ("sue", "5000.00", "CNY", 100, None,
           [(Q, "01-10"), (N, "01-12"), (P, "01-22"), (NEG, "02-01"), (WON, "03-01")]),
    "d6": ("sue", "800.00", "CNY", 60, date(2026, 4, 30), [(Q, "02-20"), (P, "03-02")]),
    "d7": ("sue", "1200.00", "CNY", 10, date(2026, 5, 10), [(Q, "03-01")]),
    "d8": ("sue", "999.99", "CNY", 0, None, [(Q, "03-10"), (LOST, "03-20")]),
    "d9": ("wes", "7000.00", "CNY", 100, None, [(Q, "01-20"), (N, "01-25"), (WON, "02-25")]),
    "d10": ("wes", "3000.00", "CNY", 75, date(2026, 4, 20), [(Q, "02-15"), (NEG, "03-01")]),
    "d11": ("wes", "600.00", "CNY", 0, None, [(Q, "03-05"), (N, "03-15"), (LOST, "03-25")]),
    "d12": ("sam", "150.55", "CNY", 10, date(2026, 5, 31), [(Q, "03-15")]),
    # Created before the range, won inside it: revenue and win rate, not the funnel cohort.
    "d14": ("sue", "100.00", "CNY", 100, None, [(Q, "2025-12-20"), (WON, "01-15")]),
    # Deleted: counted nowhere.
    "d13": ("sam", "9999.00", "CNY", 100, None, [(Q, "01-02"), (WON, "02-10")]),
}
TEAMS = {"sam": "East-1", "sue": "East", "wes": "West"}


def noon(day: str) -> datetime:
    full = day if len(day) == 10 else f"2026-{day}"
    return datetime.fromisoformat(f"{full}T12:00:00+00:00")


@dataclass
class Data:
    company: Company
    customers: dict[str, int]
    deals: dict[str, int]
    stages: dict[str, int]


async def build() -> Data:
    c = await company()
    customers = await customers_of(c)
    stage = await stages()
    pipeline = await pipelines.default_pipeline()
    ids: dict[str, int] = {}
    for name, (owner, amount, currency, probability, close, path) in DEALS.items():
        last = path[-1]
        deal = await Deal.create(
            title=name, customer_id=customers[f"{owner.title()} Co"], owner_id=c.users[owner],
            team_id=c.teams[TEAMS[owner]], amount=Decimal(amount), currency=currency,
            pipeline_id=pipeline.id, stage_id=stage[last[0]], probability=probability,
            expected_close_date=close, stage_entered_at=noon(last[1]),
            won_at=noon(last[1]) if last[0] == WON else None,
            lost_at=noon(last[1]) if last[0] == LOST else None,
            lost_reason="Price" if last[0] == LOST else "",
            deleted_at=noon("03-31") if name == "d13" else None)
        await Deal.filter(id=deal.id).update(created_at=noon(path[0][1]))
        previous = None
        for stage_name, day in path:
            await DealStageChange.create(deal_id=deal.id, from_stage_id=previous,
                                         to_stage_id=stage[stage_name], changed_at=noon(day))
            previous = stage[stage_name]
        ids[name] = deal.id
    now = datetime.now(UTC)
    for name, created, source, active in (("Sam Co", "01-03", "web", now - timedelta(days=5)),
                                          ("Sue Co", "01-08", "referral", None),
                                          ("Wes Co", "02-14", "web", now - timedelta(days=40))):
        await Customer.filter(id=customers[name]).update(
            created_at=noon(created), source=source, last_activity_at=active)
    await _activities(c, customers)
    return Data(company=c, customers=customers, deals=ids, stages=stage)


async def _activities(c: Company, customers: dict[str, int]) -> None:
    for kind, who, customer, day in (("call", "sam", "Sam Co", "02-10"),
                                     ("meeting", "sam", "Sam Co", "03-02"),
                                     ("call", "sue", "Sue Co", "01-20"),
                                     ("call", "wes", "Wes Co", "02-02"),
                                     ("call", "sam", "Sam Co", "2025-12-30")):  # out of range
        await Activity.create(kind=kind, customer_id=customers[customer],
                              created_by_id=c.users[who], occurred_at=noon(day))
    await Activity.create(kind="task", customer_id=customers["Sue Co"], subject="Quote",
                          assignee_id=c.users["sue"], created_by_id=c.users["mike"],
                          due_at=noon("03-04"), done_at=noon("03-05"))
    await Activity.create(kind="task", customer_id=customers["Sue Co"], subject="Follow up",
                          assignee_id=c.users["sue"], created_by_id=c.users["sue"],
                          due_at=noon("03-01"))
