"""GraphQL types of the pool, the recycle bin, transfers, merges and duplicate checks."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from backend.customers.types import Customer, PageInfo, UserRef


@strawberry.type(description="A customer in the shared pool (公海): no owner yet. Only "
                 "non-personal fields are shown; claim it to see the rest.")
class PoolCustomer:
    id: strawberry.ID = strawberry.field(description="The customer's id.")
    name: str = strawberry.field(description="Company or person name.")
    kind: str = strawberry.field(description="`company` or `person`.")
    industry: str = strawberry.field(description="Industry.")
    level: str = strawberry.field(description="Level: A, B or C.")
    source: str = strawberry.field(description="Where the customer came from.")
    stage: str = strawberry.field(description="Lifecycle stage key.")
    tags: list[str] = strawberry.field(description="Tag names.")
    created_at: datetime = strawberry.field(description="When it was created.")


@strawberry.type(description="An edge of the pool: a customer and the cursor after it.")
class PoolCustomerEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    node: PoolCustomer = strawberry.field(description="The pool customer.")


@strawberry.type(description="A page of the customer pool, newest first.")
class PoolCustomerConnection:
    edges: list[PoolCustomerEdge] = strawberry.field(description="The customers of this page.")
    page_info: PageInfo = strawberry.field(description="Paging state.")
    total_count: int = strawberry.field(description="How many pool customers match in all.")


@strawberry.type(description="A customer in the recycle bin.")
class DeletedCustomer:
    id: strawberry.ID = strawberry.field(description="The customer's id.")
    name: str = strawberry.field(description="Company or person name.")
    kind: str = strawberry.field(description="`company` or `person`.")
    owner: UserRef | None = strawberry.field(description="The owner when it was deleted.")
    deleted_at: datetime = strawberry.field(description="When it was deleted.")
    deleted_by: UserRef | None = strawberry.field(description="Who deleted it.")
    merged_into_id: strawberry.ID | None = strawberry.field(
        description="Set when it was merged into that customer (such rows cannot be restored).")


@strawberry.type(description="An edge of the recycle bin.")
class DeletedCustomerEdge:
    cursor: str = strawberry.field(description="Opaque cursor; pass as `after`.")
    node: DeletedCustomer = strawberry.field(description="The deleted customer.")


@strawberry.type(description="A page of the recycle bin, most recently created first.")
class DeletedCustomerConnection:
    edges: list[DeletedCustomerEdge] = strawberry.field(description="This page's rows.")
    page_info: PageInfo = strawberry.field(description="Paging state.")
    total_count: int = strawberry.field(description="How many deleted customers you may see.")


@strawberry.input(description="Give customers to another owner.")
class TransferCustomersInput:
    customer_ids: list[strawberry.ID] = strawberry.field(
        description="1 to 200 customers, each within your customers.assign scope.")
    owner_id: strawberry.ID = strawberry.field(description="The new owner (an active user).")
    team_id: strawberry.ID | None = strawberry.field(
        default=None, description="The new team; default: the new owner's team.")
    note: str = strawberry.field(default="", description="A note for the new owner, at most "
                                 "200 characters (sent in the notification, not audited).")


@strawberry.type(description="The outcome of a transfer.")
class TransferCustomersResult:
    count: int = strawberry.field(description="How many customers changed hands.")
    owner: UserRef = strawberry.field(description="Their new owner.")
    customer_ids: list[strawberry.ID] = strawberry.field(description="The customers moved.")


@strawberry.input(description="Put customers back into the pool.")
class ReleaseCustomersInput:
    customer_ids: list[strawberry.ID] = strawberry.field(
        description="1 to 200 customers you own (or may assign).")
    reason: str = strawberry.field(description="Why, 2 to 200 characters (audited).")


@strawberry.type(description="The outcome of a release.")
class ReleaseCustomersResult:
    count: int = strawberry.field(description="How many customers went back into the pool.")


@strawberry.input(description="Merge one customer (the source) into another (the target).")
class MergeCustomersInput:
    target_id: strawberry.ID = strawberry.field(description="The customer that stays.")
    source_id: strawberry.ID = strawberry.field(
        description="The customer merged away: its contacts, activities, comments, tags, "
                    "phones and emails move to the target; it goes to the recycle bin.")


@strawberry.enum(description="Why a customer looks like a duplicate.")
class DuplicateReason(Enum):
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"


@strawberry.input(description="What a customer being created or edited would hold.")
class CustomerDuplicatesInput:
    name: str = strawberry.field(default="", description="Its name.")
    phones: list[str] = strawberry.field(default_factory=list, description="Its phones.")
    emails: list[str] = strawberry.field(default_factory=list, description="Its emails.")
    exclude_id: strawberry.ID | None = strawberry.field(
        default=None, description="The customer being edited (not its own duplicate).")


@strawberry.type(description="An existing customer that looks like the one being entered.")
class CustomerDuplicate:
    customer: Customer | None = strawberry.field(
        description="The customer, when it is within your scope (null for a pool customer: "
                    "see `poolCustomer`).")
    pool_customer: PoolCustomer | None = strawberry.field(
        description="The customer when it sits in the pool (claim it rather than re-enter it).")
    reasons: list[DuplicateReason] = strawberry.field(description="What matched.")
