"""Building GraphQL deal objects for a page of rows in a fixed number of queries.

Customers, contacts, people, teams and stages are each fetched once for the whole page (names
only; contact details are never loaded here), so the cost of a page doesn't grow with its size.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

import strawberry

from backend.accounts.models import Team, User
from backend.customers.models import Contact, Customer
from backend.customers.types import TeamRef, UserRef
from backend.deals import models as m
from backend.deals import types as t

CENT = Decimal("0.01")


def stage_type(s: m.PipelineStage) -> t.PipelineStage:
    return t.PipelineStage(id=strawberry.ID(str(s.id)),
                           pipeline_id=strawberry.ID(str(s.pipeline_id)), name_en=s.name_en,
                           name_zh=s.name_zh, position=s.position, probability=s.probability,
                           kind=t.StageKind(s.kind), archived=s.archived)


def pipeline_type(p: m.Pipeline, stages: Iterable[m.PipelineStage]) -> t.Pipeline:
    return t.Pipeline(id=strawberry.ID(str(p.id)), name=p.name, is_default=p.is_default,
                      archived=p.archived, position=p.position,
                      stages=[stage_type(s) for s in stages])


def _product(line: dict[str, str]) -> t.DealProduct:
    quantity, price = Decimal(line.get("quantity", "0")), Decimal(line.get("price", "0"))
    return t.DealProduct(name=line.get("name", ""), quantity=quantity, price=price,
                         total=(quantity * price).quantize(CENT, rounding=ROUND_HALF_UP))


async def user_names(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = await User.filter(id__in=wanted).values("id", "display_name", "username")
    return {r["id"]: r["display_name"] or r["username"] for r in rows}


async def team_names(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {r["id"]: r["name"] for r in await Team.filter(id__in=wanted).values("id", "name")}


def user_ref(user_id: int | None, names: dict[int, str]) -> UserRef | None:
    if user_id is None or user_id not in names:
        return None
    return UserRef(id=strawberry.ID(str(user_id)), display_name=names[user_id])


def team_ref(team_id: int | None, names: dict[int, str]) -> TeamRef | None:
    if team_id is None or team_id not in names:
        return None
    return TeamRef(id=strawberry.ID(str(team_id)), name=names[team_id])


async def build_deals(rows: list[m.Deal]) -> list[t.Deal]:
    """GraphQL objects for ``rows`` (already scoped by the caller), in the same order."""
    if not rows:
        return []
    customers = {r["id"]: r["name"] for r in await Customer.filter(
        id__in={d.customer_id for d in rows}).values("id", "name")}
    contact_ids = {d.contact_id for d in rows if d.contact_id is not None}
    contacts = {r["id"]: r["name"] for r in await Contact.filter(
        id__in=contact_ids).values("id", "name")} if contact_ids else {}
    stages = {s.id: s for s in await m.PipelineStage.filter(id__in={d.stage_id for d in rows})}
    people = await user_names([i for d in rows for i in (d.owner_id, d.created_by_id)])
    teams = await team_names(d.team_id for d in rows)
    out = []
    for d in rows:
        stage = stages[d.stage_id]
        contact = None
        if d.contact_id is not None and d.contact_id in contacts:
            contact = t.DealLink(id=strawberry.ID(str(d.contact_id)),
                                 name=contacts[d.contact_id])
        out.append(t.Deal(
            id=strawberry.ID(str(d.id)), title=d.title,
            customer=t.DealLink(id=strawberry.ID(str(d.customer_id)),
                                name=customers.get(d.customer_id, "")),
            contact=contact, amount=d.amount, currency=d.currency,
            pipeline_id=strawberry.ID(str(d.pipeline_id)), stage=stage_type(stage),
            status=t.DealStatus(stage.kind), probability=d.probability,
            expected_close_date=d.expected_close_date, owner=user_ref(d.owner_id, people),
            team=team_ref(d.team_id, teams), source=d.source, lost_reason=d.lost_reason,
            won_at=d.won_at, lost_at=d.lost_at, stage_entered_at=d.stage_entered_at,
            notes=d.notes, products=[_product(p) for p in d.products], rank=d.rank,
            created_by=user_ref(d.created_by_id, people), created_at=d.created_at,
            updated_at=d.updated_at))
    return out
