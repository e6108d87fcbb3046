"""Deal, pipeline, board and target queries. Thin: parse arguments, call a service, build."""

from __future__ import annotations

import strawberry
from strawberry.permission import BasePermission

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id, parse_optional_id
from backend.api.permissions import HasAnyPerm, HasPerm
from backend.customers.types import PageInfo
from backend.deals import board as board_svc
from backend.deals import listing, pipelines, targets
from backend.deals import types as t
from backend.deals.inputs import DealFilterInput, DealOrderInput, deal_filter, deal_order
from backend.deals.loaders import (
    build_deals,
    pipeline_type,
    stage_type,
    team_names,
    team_ref,
    user_names,
    user_ref,
)
from backend.deals.models import SalesTarget
from backend.deals.services import get_visible

READ: list[type[BasePermission]] = [HasPerm(Perm.DEALS_READ)]


def actor_of(info: Info) -> Actor:
    assert info.context.actor is not None  # the permission class refused anonymous callers
    return info.context.actor


async def target_types(rows: list[SalesTarget]) -> list[t.SalesTarget]:
    people = await user_names(r.user_id for r in rows)
    teams = await team_names(r.team_id for r in rows)
    return [t.SalesTarget(id=strawberry.ID(str(r.id)), month=r.month,
                          user=user_ref(r.user_id, people), team=team_ref(r.team_id, teams),
                          amount=r.amount, currency=r.currency) for r in rows]


async def board_type(board: board_svc.Board) -> t.DealBoard:
    built = iter(await build_deals([d for c in board.columns for d in c.deals]))
    columns = []
    for c in board.columns:
        deals = [next(built) for _ in c.deals]
        columns.append(t.BoardColumn(
            stage=stage_type(c.stage), count=c.count,
            amount=c.amount, weighted_amount=c.weighted, deals=deals, has_more=c.has_more,
            other_currencies=[t.Money(amount=v, currency=k) for k, v in sorted(c.others.items())]))
    return t.DealBoard(pipeline=pipeline_type(board.pipeline, board.stages),
                       currency=board.currency, columns=columns)


@strawberry.type
class Query:
    @strawberry.field(description="Pipelines with their stages, in display order.",
                      permission_classes=[HasAnyPerm(Perm.DEALS_READ, Perm.SETTINGS_MANAGE)])
    async def pipelines(self, include_archived: bool = False) -> list[t.Pipeline]:
        return [pipeline_type(p, stages) for p, stages in
                await pipelines.list_pipelines(include_archived)]

    @strawberry.field(description="Deals you may see: filtered, sorted (newest first by "
                      "default), keyset-paginated.", permission_classes=READ)
    async def deals(self, info: Info, first: int = 20, after: str | None = None,
                    filter: DealFilterInput | None = None,
                    order_by: DealOrderInput | None = None) -> t.DealConnection:
        page = await listing.list_deals(actor=actor_of(info), first=first, after=after,
                                        filter=deal_filter(filter), order=deal_order(order_by))
        nodes = await build_deals(page.rows)
        return t.DealConnection(
            edges=[t.DealEdge(cursor=c, node=n) for c, n in zip(page.cursors, nodes,
                                                                 strict=True)],
            total_count=page.total,
            page_info=PageInfo(has_next_page=page.has_next,
                               end_cursor=page.cursors[-1] if page.cursors else None))

    @strawberry.field(description="One deal (NOT_FOUND when outside your scope).",
                      permission_classes=READ)
    async def deal(self, info: Info, id: strawberry.ID) -> t.Deal:
        return (await build_deals([await get_visible(actor_of(info), parse_id(id))]))[0]

    @strawberry.field(description="A pipeline's kanban board (default pipeline unless "
                      "named): every column's count and totals over the deals you may see, "
                      "and its first `perColumn` deals in board order.", permission_classes=READ)
    async def deal_board(self, info: Info, pipeline_id: strawberry.ID | None = None,
                         filter: DealFilterInput | None = None,
                         per_column: int = 20) -> t.DealBoard:
        board = await board_svc.deal_board(actor=actor_of(info),
                                           pipeline_id=parse_optional_id(pipeline_id),
                                           filter=deal_filter(filter), per_column=per_column)
        return await board_type(board)

    @strawberry.field(description="Monthly sales targets from `fromMonth` to `toMonth` "
                      "(YYYY-MM, inclusive) of the users and teams within your scope.",
                      permission_classes=[HasAnyPerm(Perm.REPORTS_READ, Perm.SETTINGS_MANAGE)])
    async def sales_targets(self, info: Info, from_month: str, to_month: str,
                            user_id: strawberry.ID | None = None,
                            team_id: strawberry.ID | None = None) -> list[t.SalesTarget]:
        rows = await targets.list_targets(
            actor=actor_of(info), from_month=from_month, to_month=to_month,
            user_id=parse_optional_id(user_id), team_id=parse_optional_id(team_id))
        return await target_types(rows)
