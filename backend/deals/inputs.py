"""GraphQL inputs of deals, the board, pipelines and targets, and their conversion to the
services' plain values (ids parsed; anything that names nothing is NOT_FOUND)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry

from backend.api.ids import parse_id, parse_optional_id
from backend.customers.inputs import SortDirection
from backend.deals.listing import DealFilter, Order
from backend.deals.pipelines import StageSpec
from backend.deals.types import DealStatus, StageKind
from backend.deals.validation import DealPatch, ProductLine


@strawberry.input(description="One product line: name, quantity, unit price.")
class DealProductInput:
    name: str = strawberry.field(description="Product or service name.")
    quantity: Decimal = strawberry.field(default=Decimal(1), description="Quantity (≥ 0).")
    price: Decimal = strawberry.field(default=Decimal(0), description="Unit price (≥ 0).")


@strawberry.input(description="A new deal. Omitted: your own deal, in the default pipeline's "
                  "first stage, with that stage's probability and the default currency.")
class DealInput:
    title: str = strawberry.field(description="What is being sold.")
    customer_id: strawberry.ID = strawberry.field(description="A customer you can see.")
    contact_id: strawberry.ID | None = strawberry.field(
        default=None, description="A contact of that customer.")
    amount: Decimal | None = strawberry.field(default=None, description="Amount (≥ 0).")
    currency: str | None = strawberry.field(default=None, description="ISO 4217 code.")
    pipeline_id: strawberry.ID | None = strawberry.field(default=None, description="Pipeline.")
    stage_id: strawberry.ID | None = strawberry.field(default=None,
                                                      description="Stage of that pipeline.")
    probability: int | None = strawberry.field(default=None, description="0-100.")
    expected_close_date: date | None = strawberry.field(default=None,
                                                        description="Expected close.")
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Owner (within your deals.write scope).")
    team_id: strawberry.ID | None = strawberry.field(
        default=None, description="Team (default: the owner's).")
    source: str | None = strawberry.field(default=None, description="Where it came from.")
    lost_reason: str | None = strawberry.field(default=None,
                                               description="Needed for a lost stage.")
    notes: str | None = strawberry.field(default=None, description="Free text.")
    products: list[DealProductInput] | None = strawberry.field(default=None,
                                                               description="Product lines.")


@strawberry.input(description="Changes to a deal: omitted fields stay; null clears the "
                  "contact or the expected close date. A new stage is a recorded move.")
class DealUpdateInput:
    id: strawberry.ID = strawberry.field(description="The deal.")
    title: str | None = strawberry.field(default=None, description="New title.")
    customer_id: strawberry.ID | None = strawberry.field(default=None,
                                                         description="Another customer.")
    contact_id: strawberry.ID | None = strawberry.field(default=strawberry.UNSET,
                                                        description="Contact; null clears.")
    amount: Decimal | None = strawberry.field(default=None, description="New amount.")
    currency: str | None = strawberry.field(default=None, description="New currency.")
    pipeline_id: strawberry.ID | None = strawberry.field(
        default=None, description="Another pipeline (the deal goes to its first stage "
                                  "unless stageId is given).")
    stage_id: strawberry.ID | None = strawberry.field(default=None, description="New stage.")
    probability: int | None = strawberry.field(default=None, description="0-100.")
    expected_close_date: date | None = strawberry.field(
        default=strawberry.UNSET, description="Expected close; null clears.")
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="New owner.")
    team_id: strawberry.ID | None = strawberry.field(default=None, description="New team.")
    source: str | None = strawberry.field(default=None, description="New source.")
    lost_reason: str | None = strawberry.field(default=None, description="Why it was lost.")
    notes: str | None = strawberry.field(default=None, description="New notes.")
    products: list[DealProductInput] | None = strawberry.field(
        default=None, description="New product lines (replace the old ones).")


def _lines(items: list[DealProductInput] | None) -> list[ProductLine] | None:
    if items is None:
        return None
    return [ProductLine(name=i.name, quantity=i.quantity, price=i.price) for i in items]


def deal_patch(data: DealInput | DealUpdateInput) -> DealPatch:
    patch = DealPatch(
        title=data.title, customer_id=parse_optional_id(data.customer_id), amount=data.amount,
        currency=data.currency.strip().upper() if data.currency is not None else None,
        pipeline_id=parse_optional_id(data.pipeline_id),
        stage_id=parse_optional_id(data.stage_id), probability=data.probability,
        owner_id=parse_optional_id(data.owner_id), team_id=parse_optional_id(data.team_id),
        source=data.source, lost_reason=data.lost_reason, notes=data.notes,
        products=_lines(data.products))
    for name in ("contact_id", "expected_close_date"):
        value = getattr(data, name)
        if value is None and isinstance(data, DealUpdateInput):
            patch.clear.add(name)
        elif value is not None and value is not strawberry.UNSET:
            setattr(patch, name, parse_id(value) if name == "contact_id" else value)
    return patch


@strawberry.input(description="Drop a deal into a board column. Give at most one of "
                  "afterId (right below that deal), beforeId (right above it) or rank; "
                  "with none, it goes on top.")
class MoveDealInput:
    id: strawberry.ID = strawberry.field(description="The deal.")
    stage_id: strawberry.ID = strawberry.field(description="The target column.")
    after_id: strawberry.ID | None = strawberry.field(default=None,
                                                      description="The deal above it.")
    before_id: strawberry.ID | None = strawberry.field(default=None,
                                                       description="The deal below it.")
    rank: float | None = strawberry.field(default=None, description="An explicit rank.")
    lost_reason: str | None = strawberry.field(
        default=None, description="Why it was lost (needed to drop it into a lost stage).")


@strawberry.input(description="Deal list criteria: all given must hold, any value of a list "
                  "matches; date ranges include both ends (days in UTC).")
class DealFilterInput:
    pipeline_id: strawberry.ID | None = strawberry.field(default=None, description="Pipeline.")
    stage_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Stages.")
    owner_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Owners.")
    team_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Teams.")
    include_subteams: bool = strawberry.field(
        default=False, description="Whether teamIds cover the teams below them too.")
    customer_id: strawberry.ID | None = strawberry.field(default=None, description="Customer.")
    status: DealStatus | None = strawberry.field(default=None, description="Open, won, lost.")
    currency: str | None = strawberry.field(default=None, description="ISO 4217 code.")
    expected_close_from: date | None = strawberry.field(default=None,
                                                        description="Expected close ≥.")
    expected_close_to: date | None = strawberry.field(default=None,
                                                      description="Expected close ≤.")
    won_from: date | None = strawberry.field(default=None, description="Won on or after.")
    won_to: date | None = strawberry.field(default=None, description="Won on or before.")
    created_from: date | None = strawberry.field(default=None,
                                                 description="Created on or after.")
    created_to: date | None = strawberry.field(default=None, description="Created on or before.")
    search: str | None = strawberry.field(default=None,
                                          description="Text in the title or customer name.")


def _ids(values: list[strawberry.ID] | None) -> list[int] | None:
    return None if values is None else [parse_id(v) for v in values]


def deal_filter(data: DealFilterInput | None) -> DealFilter:
    if data is None:
        return DealFilter()
    return DealFilter(
        pipeline_id=parse_optional_id(data.pipeline_id), stage_ids=_ids(data.stage_ids),
        owner_ids=_ids(data.owner_ids), team_ids=_ids(data.team_ids),
        include_subteams=data.include_subteams, customer_id=parse_optional_id(data.customer_id),
        status=data.status.value if data.status else None,
        currency=data.currency.strip().upper() if data.currency else None,
        expected_close_from=data.expected_close_from, expected_close_to=data.expected_close_to,
        won_from=data.won_from, won_to=data.won_to, created_from=data.created_from,
        created_to=data.created_to, search=data.search)


@strawberry.enum(description="What the deal list is sorted by.")
class DealSortField(Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    AMOUNT = "amount"
    EXPECTED_CLOSE_DATE = "expected_close_date"


@strawberry.input(description="Sort order of the deal list (ties broken by id).")
class DealOrderInput:
    field: DealSortField = strawberry.field(description="Sort key.")
    direction: SortDirection = strawberry.field(default=SortDirection.DESC,
                                                description="Direction.")


def deal_order(data: DealOrderInput | None) -> Order:
    if data is None:
        return Order()
    return Order(column=data.field.value, descending=data.direction == SortDirection.DESC)


@strawberry.input(description="One stage of a pipeline's list (no id: a new stage).")
class PipelineStageInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="Existing stage.")
    name_en: str = strawberry.field(description="English name.")
    name_zh: str = strawberry.field(description="Chinese name.")
    probability: int = strawberry.field(default=0, description="Default probability 0-100.")
    kind: StageKind = strawberry.field(default=StageKind.OPEN, description="Open, won, lost.")
    archived: bool = strawberry.field(default=False, description="Archived: no new deals.")


@strawberry.input(description="A new pipeline; without stages it gets the built-in list.")
class PipelineInput:
    name: str = strawberry.field(description="Its name.")
    stages: list[PipelineStageInput] | None = strawberry.field(default=None,
                                                               description="Its stages.")


@strawberry.input(description="Changes to a pipeline; omitted fields stay.")
class PipelineUpdateInput:
    id: strawberry.ID = strawberry.field(description="The pipeline.")
    name: str | None = strawberry.field(default=None, description="New name.")
    is_default: bool | None = strawberry.field(
        default=None, description="Make it the default (the others stop being it).")
    archived: bool | None = strawberry.field(default=None, description="Archive or restore.")
    position: int | None = strawberry.field(default=None, description="Display order.")


def stage_specs(items: list[PipelineStageInput]) -> list[StageSpec]:
    return [StageSpec(id=parse_optional_id(s.id), name_en=s.name_en, name_zh=s.name_zh,
                      probability=s.probability, kind=s.kind.value, archived=s.archived)
            for s in items]


@strawberry.input(description="The whole stage list of a pipeline, in board order. Stages "
                  "left out are removed; one in use can only be archived (CONFLICT).")
class SetPipelineStagesInput:
    pipeline_id: strawberry.ID = strawberry.field(description="The pipeline.")
    stages: list[PipelineStageInput] = strawberry.field(description="The new list.")


@strawberry.input(description="A monthly target for exactly one of a user or a team; "
                  "amount 0 removes it.")
class SalesTargetInput:
    month: str = strawberry.field(description="The month, YYYY-MM.")
    user_id: strawberry.ID | None = strawberry.field(default=None, description="The user.")
    team_id: strawberry.ID | None = strawberry.field(default=None, description="The team.")
    amount: Decimal = strawberry.field(description="The target (≥ 0).")
    currency: str | None = strawberry.field(default=None,
                                            description="ISO 4217 (default currency).")
