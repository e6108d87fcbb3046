"""The deal timeline in the API: activities, stage moves and recorded changes of a deal."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from backend.accounts.perms import Perm
from backend.activities.access import names_of
from backend.activities.types import Activity, activity
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import HasPerm
from backend.customers.models import Customer
from backend.customers.types import PageInfo, UserRef
from backend.deals import timeline as svc
from backend.deals import types as t
from backend.deals.loaders import stage_type, user_ref
from backend.deals.models import PipelineStage
from backend.deals.queries import actor_of


@strawberry.type(description="A move of the deal from one stage to another.")
class DealStageMove:
    id: strawberry.ID = strawberry.field(description="The history row's id.")
    from_stage: t.PipelineStage | None = strawberry.field(
        description="The stage it left (null when the deal was created).")
    to_stage: t.PipelineStage = strawberry.field(description="The stage it entered.")
    actor: UserRef | None = strawberry.field(description="Who moved it.")
    at: datetime = strawberry.field(description="When.")


@strawberry.type(description="A recorded change of the deal: what was done, by whom, when, "
                 "and the names of the fields it touched (values stay in the audit log).")
class DealChange:
    id: strawberry.ID = strawberry.field(description="The audit event's id.")
    action: str = strawberry.field(description="What was done, e.g. `deal.updated`.")
    actor: UserRef | None = strawberry.field(description="Who did it (null for the system).")
    actor_label: str = strawberry.field(description="The actor's sign-in name when recorded.")
    at: datetime = strawberry.field(description="When.")
    fields: list[str] = strawberry.field(description="Names of the fields it changed.")


DealTimelineItem = Annotated[Activity | DealStageMove | DealChange,
                             strawberry.union("DealTimelineItem",
                                              description="An entry of a deal's timeline.")]


@strawberry.type(description="An edge of the deal timeline: an entry and the cursor after it.")
class DealTimelineEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    at: datetime = strawberry.field(description="When the entry was recorded (its sort key).")
    node: DealTimelineItem = strawberry.field(description="The activity, move or change.")


@strawberry.type(description="A page of a deal's timeline, newest first.")
class DealTimelineConnection:
    edges: list[DealTimelineEdge] = strawberry.field(description="The entries of this page.")
    page_info: PageInfo = strawberry.field(description="Paging state.")


def _people(entry: svc.Entry) -> set[int | None]:
    if entry.activity is not None:
        return {entry.activity.assignee_id, entry.activity.created_by_id}
    if entry.move is not None:
        return {entry.move.actor_id}
    return {entry.change.actor_id if entry.change else None}


@strawberry.type
class Query:
    @strawberry.field(description="A deal's activities, stage moves and recorded changes, "
                      "newest first. Activities are included when you hold activities.read "
                      "and can see their customer.",
                      permission_classes=[HasPerm(Perm.DEALS_READ)])
    async def deal_timeline(self, info: Info, deal_id: strawberry.ID, first: int = 20,
                            after: str | None = None) -> DealTimelineConnection:
        page = await svc.deal_timeline(actor=actor_of(info), deal_id=parse_id(deal_id),
                                       first=first, after=after)
        names = await names_of(set().union(*(_people(e) for e in page.items)))
        stage_ids = {i for e in page.items if e.move for i in (e.move.from_stage_id,
                                                                e.move.to_stage_id)}
        stages = {s.id: stage_type(s) for s in await PipelineStage.filter(
            id__in=[i for i in stage_ids if i is not None])} if stage_ids else {}
        customer = await Customer.get_or_none(id=page.deal.customer_id).only("id", "name")
        edges = []
        for e in page.items:
            node: Activity | DealStageMove | DealChange
            if e.activity is not None:
                node = activity(e.activity, customer.name if customer else "", names)
            elif e.move is not None:
                node = DealStageMove(
                    id=strawberry.ID(str(e.move.id)), to_stage=stages[e.move.to_stage_id],
                    from_stage=stages.get(e.move.from_stage_id)
                    if e.move.from_stage_id is not None else None,
                    actor=user_ref(e.move.actor_id, names), at=e.move.changed_at)
            else:
                assert e.change is not None
                node = DealChange(id=strawberry.ID(str(e.change.id)), action=e.change.action,
                                  actor=user_ref(e.change.actor_id, names),
                                  actor_label=e.change.actor_label, at=e.change.at,
                                  fields=e.fields)
            edges.append(DealTimelineEdge(cursor=e.cursor, at=e.at, node=node))
        return DealTimelineConnection(edges=edges, page_info=PageInfo(
            has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None))
