"""The sales funnel of one pipeline, and win rate, deal size and cycle length.

Funnel cohort: the deals created in the range. For each stage, ``count``/``amount`` are the
cohort deals in it now (the stage distribution). ``reached`` counts the cohort deals whose
furthest non-lost stage (from the stage history, and the current stage) is this one or later,
so a deal that skipped a stage still passed it; ``conversion`` of a stage is the share of the
deals that reached it which reached the next one. Time in stage averages finished stays only.

Performance: deals won or lost in the range. Win rate = won / (won + lost); average deal size
of won deals per currency; cycle = days from creation to winning, averaged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from backend.accounts.actor import Actor
from backend.deals import pipelines
from backend.deals.models import Pipeline, PipelineStage
from backend.deals.money import CENT, from_cents
from backend.reports.filters import ReportFilter, deal_conditions, in_stages, time_range
from backend.reports.sql import Statement, fetch
from backend.settings import get_settings


@dataclass
class Amounts:
    """Totals in the default currency, and separately per other currency (never converted)."""

    count: int = 0
    amount: Decimal = Decimal("0.00")
    others: dict[str, Decimal] = field(default_factory=dict)

    def add(self, currency: str, count: int, cents: object) -> None:
        self.count += count
        value = from_cents(cents)
        if currency == get_settings().default_currency:
            self.amount += value
        else:
            self.others[currency] = self.others.get(currency, Decimal("0.00")) + value


@dataclass
class FunnelStage:
    stage: PipelineStage
    now: Amounts
    share: float | None
    reached: int | None
    conversion: float | None
    average_days: float | None


@dataclass
class Funnel:
    pipeline: Pipeline
    total: int
    stages: list[FunnelStage]


@dataclass
class Performance:
    won: Amounts
    lost: int
    win_rate: float | None
    average_size: Decimal | None
    average_sizes: dict[str, Decimal]
    cycle_days: float | None


def ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


async def _pipeline(f: ReportFilter) -> tuple[Pipeline, list[PipelineStage]]:
    pipeline = (await pipelines.get_pipeline(f.pipeline_id) if f.pipeline_id is not None
                else await pipelines.default_pipeline())
    return pipeline, await pipelines.stages_of(pipeline.id)


async def _cohort(actor: Actor, f: ReportFilter, pipeline_id: int) -> tuple[Statement, str]:
    st = Statement()
    where = await deal_conditions(st, actor, f, pipeline=False)
    where += [f"d.pipeline_id = {st.p(pipeline_id)}", *time_range(st, "d.created_at", f)]
    return st, " AND ".join(where)


async def funnel(actor: Actor, f: ReportFilter) -> Funnel:
    """See the module docstring. Stages in board order, lost ones last-but-kept in place."""
    pipeline, stages = await _pipeline(f)
    st, where = await _cohort(actor, f, pipeline.id)
    # One pass over the cohort (covering index) gives both the stage distribution and how far
    # each deal got: the furthest non-lost position of its current stage and of its history
    # (looked up by deal id in a covering index; the current stage counts for deals whose
    # history was never written, such as imports). Positions come from the stage list already
    # read: ints from the database, written as literals (no join per history row).
    positions = " ".join(f"WHEN {int(s.id)} THEN {int(s.position)}" for s in stages
                   if s.kind != "lost") or "WHEN NULL THEN NULL"
    history = (f"(SELECT MAX(CASE h.to_stage_id {positions} END) "  # noqa: S608 - ints only
               "FROM deal_stage_change h WHERE h.deal_id = d.id)")
    furthest_of = st.greatest(f"COALESCE(CASE d.stage_id {positions} END, -1)",
                              f"COALESCE({history}, -1)")
    sql = (f"SELECT stage_id, currency, furthest, COUNT(*) AS n, SUM(cents) AS cents FROM "  # noqa: S608 - values are bound
           f"(SELECT d.stage_id AS stage_id, d.currency AS currency, {furthest_of} AS furthest, "
           f"{st.cents('d.amount')} AS cents FROM deal d WHERE {where}) g "
           "GROUP BY stage_id, currency, furthest")
    now = {s.id: Amounts() for s in stages}
    furthest: dict[int, int] = {}
    for row in await fetch(sql, st.params):
        now[row["stage_id"]].add(row["currency"], row["n"], row["cents"])
        if row["furthest"] >= 0:
            furthest[row["furthest"]] = furthest.get(row["furthest"], 0) + row["n"]
    st, where = await _cohort(actor, f, pipeline.id)
    # Each finished stay's length is kept on its history row (``seconds_in_stage``, written
    # when the next change is): one grouped average, read from the covering index.
    sql = ("SELECT h.to_stage_id AS stage_id, AVG(h.seconds_in_stage) / 86400.0 AS days "  # noqa: S608 - values are bound
           f"FROM deal d JOIN deal_stage_change h ON h.deal_id = d.id WHERE {where} "
           "AND h.seconds_in_stage IS NOT NULL GROUP BY h.to_stage_id")
    days = {row["stage_id"]: float(row["days"]) for row in await fetch(sql, st.params)}
    total = sum(a.count for a in now.values())
    steps = [s for s in stages if s.kind != "lost"]
    reached = {s.id: sum(n for pos, n in furthest.items() if pos >= s.position) for s in steps}
    rows = []
    for s in stages:
        if s.archived and not now[s.id].count and not reached.get(s.id):
            continue
        following_step = next((n for n in steps if n.position > s.position), None)
        conversion = None
        if s.id in reached and following_step is not None:
            conversion = ratio(reached[following_step.id], reached[s.id])
        rows.append(FunnelStage(
            stage=s, now=now[s.id], share=ratio(now[s.id].count, total),
            reached=reached.get(s.id), conversion=conversion,
            average_days=round(days[s.id], 2) if s.id in days else None))
    return Funnel(pipeline=pipeline, total=total, stages=rows)


async def performance(actor: Actor, f: ReportFilter) -> Performance:
    """Deals closed in the range (all pipelines unless one is named)."""
    st = Statement()
    # Won and lost apart, each read through the index on its own date (an OR of the two
    # ranges would scan every deal).
    won_in = " AND ".join([*await deal_conditions(st, actor, f), "d.won_at IS NOT NULL",
                           *time_range(st, "d.won_at", f), await in_stages(st, "won")])
    lost_in = " AND ".join([*await deal_conditions(st, actor, f), "d.lost_at IS NOT NULL",
                            *time_range(st, "d.lost_at", f), await in_stages(st, "lost")])
    sql = (f"SELECT 'won' AS kind, d.currency AS currency, COUNT(*) AS n, "  # noqa: S608 - values are bound
           f"SUM({st.cents('d.amount')}) AS cents, "
           f"SUM({st.days('d.created_at', 'd.won_at')}) AS cycle FROM deal d "
           f"WHERE {won_in} GROUP BY d.currency UNION ALL "
           "SELECT 'lost' AS kind, d.currency AS currency, COUNT(*) AS n, 0 AS cents, "
           f"0 AS cycle FROM deal d WHERE {lost_in} GROUP BY d.currency")
    won, lost, cycle = Amounts(), 0, 0.0
    counts: dict[str, int] = {}
    for row in await fetch(sql, st.params):
        if row["kind"] == "lost":
            lost += row["n"]
            continue
        won.add(row["currency"], row["n"], row["cents"])
        counts[row["currency"]] = row["n"]
        cycle += float(row["cycle"] or 0)
    currency = get_settings().default_currency
    sizes = {c: ((won.amount if c == currency else won.others[c]) / n).quantize(CENT)
             for c, n in counts.items()}
    return Performance(won=won, lost=lost, win_rate=ratio(won.count, won.count + lost),
                       average_size=sizes.get(currency), average_sizes=sizes,
                       cycle_days=round(cycle / won.count, 2) if won.count else None)
