"""Deal, board, pipeline and target mutations. Access is declared on each field; scope is
checked by the services (NOT_FOUND outside deals.read, FORBIDDEN outside deals.write)."""

from __future__ import annotations

import strawberry
from strawberry.permission import BasePermission

from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id, parse_optional_id
from backend.api.permissions import HasPerm
from backend.deals import board, pipelines, services, targets, timeline
from backend.deals import types as t
from backend.deals.inputs import (
    DealInput,
    DealUpdateInput,
    MoveDealInput,
    PipelineInput,
    PipelineUpdateInput,
    SalesTargetInput,
    SetPipelineStagesInput,
    deal_patch,
    stage_specs,
)
from backend.deals.loaders import build_deals, pipeline_type
from backend.deals.queries import actor_of, target_types

WRITE: list[type[BasePermission]] = [HasPerm(Perm.DEALS_WRITE)]
SETTINGS: list[type[BasePermission]] = [HasPerm(Perm.SETTINGS_MANAGE)]


async def _pipeline_out(pipeline_id: int) -> t.Pipeline:
    pipeline = await pipelines.get_pipeline(pipeline_id)
    return pipeline_type(pipeline, await pipelines.stages_of(pipeline.id))


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a deal on a customer you can see.",
                         permission_classes=WRITE)
    async def create_deal(self, info: Info, input: DealInput) -> t.Deal:
        row = await services.create_deal(actor=actor_of(info), patch=deal_patch(input))
        return (await build_deals([row]))[0]

    @strawberry.mutation(description="Edit a deal; a new stage is recorded in its history.",
                         permission_classes=WRITE)
    async def update_deal(self, info: Info, input: DealUpdateInput) -> t.Deal:
        row = await services.update_deal(actor=actor_of(info), deal_id=parse_id(input.id),
                                          patch=deal_patch(input))
        return (await build_deals([row]))[0]

    @strawberry.mutation(description="Move a deal on the board: to another column and/or to "
                         "a place within one.", permission_classes=WRITE)
    async def move_deal(self, info: Info, input: MoveDealInput) -> t.Deal:
        row = await board.move_deal(
            actor=actor_of(info), deal_id=parse_id(input.id), stage_id=parse_id(input.stage_id),
            before_id=parse_optional_id(input.before_id),
            after_id=parse_optional_id(input.after_id), rank=input.rank,
            lost_reason=input.lost_reason)
        return (await build_deals([row]))[0]

    @strawberry.mutation(description="Delete a deal (soft: it leaves lists, boards and "
                         "reports; the audit log keeps it).", permission_classes=WRITE)
    async def delete_deal(self, info: Info, id: strawberry.ID) -> bool:
        await services.delete_deal(actor=actor_of(info), deal_id=parse_id(id))
        return True

    @strawberry.mutation(description="Attach an activity to a deal of the same customer, or "
                         "detach it (dealId null). Needs activities.write on the customer.",
                         permission_classes=WRITE)
    async def link_deal_activity(self, info: Info, activity_id: strawberry.ID,
                                 deal_id: strawberry.ID | None = None) -> bool:
        await timeline.link_activity(actor=actor_of(info), activity_id=parse_id(activity_id),
                                     deal_id=parse_optional_id(deal_id))
        return True

    @strawberry.mutation(description="Create a pipeline.", permission_classes=SETTINGS)
    async def create_pipeline(self, info: Info, input: PipelineInput) -> t.Pipeline:
        row = await pipelines.create_pipeline(
            actor=actor_of(info), name=input.name,
            stages=stage_specs(input.stages) if input.stages is not None else None)
        return await _pipeline_out(row.id)

    @strawberry.mutation(description="Rename, reorder, archive a pipeline or make it the "
                         "default.", permission_classes=SETTINGS)
    async def update_pipeline(self, info: Info, input: PipelineUpdateInput) -> t.Pipeline:
        row = await pipelines.update_pipeline(
            actor=actor_of(info), pipeline_id=parse_id(input.id), name=input.name,
            is_default=input.is_default, archived=input.archived, position=input.position)
        return await _pipeline_out(row.id)

    @strawberry.mutation(description="Replace a pipeline's stage list (add, rename, reorder, "
                         "archive). A stage in use can't be removed or change kind (CONFLICT).",
                         permission_classes=SETTINGS)
    async def set_pipeline_stages(self, info: Info, input: SetPipelineStagesInput
                                  ) -> t.Pipeline:
        pipeline_id = parse_id(input.pipeline_id)
        await pipelines.set_stages(actor=actor_of(info), pipeline_id=pipeline_id,
                                   specs=stage_specs(input.stages))
        return await _pipeline_out(pipeline_id)

    @strawberry.mutation(description="Set a user's or a team's target for a month (amount 0 "
                         "removes it; then null is returned).", permission_classes=SETTINGS)
    async def set_sales_target(self, info: Info, input: SalesTargetInput
                               ) -> t.SalesTarget | None:
        row = await targets.set_target(
            actor=actor_of(info), month=input.month, user_id=parse_optional_id(input.user_id),
            team_id=parse_optional_id(input.team_id), amount=input.amount,
            currency=input.currency.strip().upper() if input.currency else None)
        return (await target_types([row]))[0] if row else None
