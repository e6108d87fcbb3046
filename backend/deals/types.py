"""GraphQL types of pipelines, deals, the board and sales targets.

Objects are built once per row with plain attributes (``loaders.build_deals`` loads the names of
customers, contacts, people and stages for a whole page at once), so resolving a page does no
per-field database work. Amounts are Decimal, sent as strings.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import strawberry

from backend.customers.types import PageInfo, TeamRef, UserRef


@strawberry.enum(description="What reaching a stage means: still open, won or lost.")
class StageKind(Enum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


@strawberry.enum(description="Where a deal stands: open, won or lost (its stage's kind).")
class DealStatus(Enum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


@strawberry.type(description="A column of a pipeline's board.")
class PipelineStage:
    id: strawberry.ID = strawberry.field(description="The stage's id.")
    pipeline_id: strawberry.ID = strawberry.field(description="The pipeline it belongs to.")
    name_en: str = strawberry.field(description="English name.")
    name_zh: str = strawberry.field(description="Chinese name.")
    position: int = strawberry.field(description="Place on the board, from 0.")
    probability: int = strawberry.field(
        description="Default win probability (0-100) of deals entering the stage.")
    kind: StageKind = strawberry.field(description="Open, won or lost.")
    archived: bool = strawberry.field(
        description="Archived stages take no new deals; deals already there stay.")


@strawberry.type(description="A sales pipeline: an ordered list of stages.")
class Pipeline:
    id: strawberry.ID = strawberry.field(description="The pipeline's id.")
    name: str = strawberry.field(description="Its name.")
    is_default: bool = strawberry.field(description="New deals go here unless told otherwise.")
    archived: bool = strawberry.field(description="Archived pipelines take no new deals.")
    position: int = strawberry.field(description="Display order.")
    stages: list[PipelineStage] = strawberry.field(description="Its stages in board order.")


@strawberry.type(description="An amount in one currency.")
class Money:
    amount: Decimal = strawberry.field(description="The amount (two decimal places).")
    currency: str = strawberry.field(description="ISO 4217 currency code.")


@strawberry.type(description="One product line of a deal.")
class DealProduct:
    name: str = strawberry.field(description="Product or service name.")
    quantity: Decimal = strawberry.field(description="Quantity (up to four decimal places).")
    price: Decimal = strawberry.field(description="Unit price, in the deal's currency.")
    total: Decimal = strawberry.field(description="Quantity × price, rounded to cents.")


@strawberry.type(description="A record a deal points at: its id and name.")
class DealLink:
    id: strawberry.ID = strawberry.field(description="The record's id.")
    name: str = strawberry.field(description="Its name.")


@strawberry.type(description="A sales opportunity with a customer, moving through a "
                 "pipeline's stages.")
class Deal:
    id: strawberry.ID = strawberry.field(description="The deal's id.")
    title: str = strawberry.field(description="What is being sold.")
    customer: DealLink = strawberry.field(description="The customer.")
    contact: DealLink | None = strawberry.field(description="The contact person, if any.")
    amount: Decimal = strawberry.field(description="Expected or won amount.")
    currency: str = strawberry.field(description="ISO 4217 currency of the amount.")
    pipeline_id: strawberry.ID = strawberry.field(description="The pipeline it is in.")
    stage: PipelineStage = strawberry.field(description="Its current stage.")
    status: DealStatus = strawberry.field(description="Open, won or lost.")
    probability: int = strawberry.field(description="Win probability, 0-100.")
    expected_close_date: date | None = strawberry.field(
        description="When it is expected to close.")
    owner: UserRef | None = strawberry.field(description="The responsible user.")
    team: TeamRef | None = strawberry.field(description="The responsible team.")
    source: str = strawberry.field(description="Where the deal came from.")
    lost_reason: str = strawberry.field(description="Why it was lost (lost deals).")
    won_at: datetime | None = strawberry.field(description="When it was won.")
    lost_at: datetime | None = strawberry.field(description="When it was lost.")
    stage_entered_at: datetime | None = strawberry.field(
        description="When it entered its current stage.")
    notes: str = strawberry.field(description="Free-text notes.")
    products: list[DealProduct] = strawberry.field(description="Product lines.")
    rank: float = strawberry.field(description="Order within its board column (ascending).")
    created_by: UserRef | None = strawberry.field(description="Who created it.")
    created_at: datetime = strawberry.field(description="When it was created.")
    updated_at: datetime = strawberry.field(description="When it last changed.")


@strawberry.type(description="An edge of a connection: a deal and the cursor after it.")
class DealEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    node: Deal = strawberry.field(description="The deal.")


@strawberry.type(description="A page of deals (keyset pagination; cursors are opaque).")
class DealConnection:
    edges: list[DealEdge] = strawberry.field(description="The deals of this page.")
    page_info: PageInfo = strawberry.field(description="Paging state.")
    total_count: int = strawberry.field(description="How many deals match in all.")


@strawberry.type(description="One column of the board: a stage, its totals and its first "
                 "deals in board order.")
class BoardColumn:
    stage: PipelineStage = strawberry.field(description="The stage.")
    count: int = strawberry.field(description="How many deals you may see are in it.")
    amount: Decimal = strawberry.field(
        description="Their total in the default currency (deals in that currency only).")
    weighted_amount: Decimal = strawberry.field(
        description="Σ amount × probability / 100, default currency.")
    other_currencies: list[Money] = strawberry.field(
        description="Totals of deals in other currencies, never converted.")
    deals: list[Deal] = strawberry.field(description="The first deals, in board order.")
    has_more: bool = strawberry.field(description="Whether more deals follow in the column.")


@strawberry.type(description="A pipeline's kanban board, within your data scope.")
class DealBoard:
    pipeline: Pipeline = strawberry.field(description="The pipeline.")
    currency: str = strawberry.field(description="The default currency of the totals.")
    columns: list[BoardColumn] = strawberry.field(description="One per stage, board order.")


@strawberry.type(description="A monthly revenue target of one user or one team.")
class SalesTarget:
    id: strawberry.ID = strawberry.field(description="The target's id.")
    month: str = strawberry.field(description="The month, YYYY-MM.")
    user: UserRef | None = strawberry.field(description="The user it is set for.")
    team: TeamRef | None = strawberry.field(description="The team it is set for.")
    amount: Decimal = strawberry.field(description="The target amount.")
    currency: str = strawberry.field(description="Its currency.")
