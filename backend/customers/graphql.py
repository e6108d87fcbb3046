"""Customers in the API. PII comes back masked unless the reader holds customers.pii.read over
that record; the decision is made once per row when the object is built, so scalar fields
resolve as plain attributes (no per-field permission work on the hot path)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id, parse_optional_id
from backend.api.permissions import HasPerm, StepUp
from backend.customers import pii
from backend.customers import services as svc
from backend.customers.models import Customer as CustomerModel
from backend.customers.scope import can


@strawberry.enum(description="A customer field holding personal data.")
class CustomerPiiField(Enum):
    PHONE = "phone"
    EMAIL = "email"
    ID_NUMBER = "id_number"
    ADDRESS = "address"


@strawberry.type(description="A user, as shown next to records.")
class UserRef:
    id: strawberry.ID
    display_name: str


@strawberry.type(description="A customer (company or person). Phone, email, ID number and "
                 "address are masked unless you may read this customer's personal data.")
class Customer:
    id: strawberry.ID
    kind: str
    name: str
    stage: str
    level: str
    industry: str
    owner: UserRef | None
    team_id: strawberry.ID | None
    phone: str | None
    email: str | None
    id_number: str | None
    address: str | None
    pii_masked: bool = strawberry.field(description="Whether the PII fields are masked.")
    created_at: datetime
    updated_at: datetime


@strawberry.type
class CustomerEdge:
    cursor: str
    node: Customer


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type(description="A page of customers (keyset pagination; cursors are opaque).")
class CustomerConnection:
    edges: list[CustomerEdge]
    page_info: PageInfo
    total_count: int


@strawberry.input
class CustomerInput:
    name: str
    kind: str = "company"
    stage: str = "lead"
    level: str = "C"
    industry: str = ""
    phone: str | None = None
    email: str | None = None
    id_number: str | None = None
    address: str | None = None
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None


@strawberry.input
class CustomerUpdateInput:
    id: strawberry.ID
    name: str | None = None
    kind: str | None = None
    stage: str | None = None
    level: str | None = None
    industry: str | None = None
    phone: str | None = None
    email: str | None = None
    id_number: str | None = None
    address: str | None = None
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None




async def build(actor: Actor, c: CustomerModel) -> Customer:
    clear = await can(actor, Perm.CUSTOMERS_PII_READ, c)
    values = {f: pii.open_(c, f) for f in pii.PII_FIELDS}
    if not clear:
        values = {f: pii.mask(f, v) for f, v in values.items()}
    owner: User | None = None
    if c.owner_id:
        # Prefetched on lists; a lone customer loads its owner here.
        owner = c.owner if isinstance(c.owner, User) else await User.get_or_none(id=c.owner_id)
    return Customer(
        id=strawberry.ID(str(c.id)), kind=c.kind, name=c.name, stage=c.stage, level=c.level,
        industry=c.industry,
        owner=UserRef(id=strawberry.ID(str(owner.id)), display_name=owner.display_name)
        if owner else None,
        team_id=strawberry.ID(str(c.team_id)) if c.team_id else None,
        phone=values["phone"], email=values["email"], id_number=values["id_number"],
        address=values["address"], pii_masked=not clear, created_at=c.created_at,
        updated_at=c.updated_at)


def _patch(data: CustomerInput | CustomerUpdateInput) -> svc.CustomerPatch:
    given = {f: getattr(data, f) for f in pii.PII_FIELDS if getattr(data, f) is not None}
    return svc.CustomerPatch(name=data.name, kind=data.kind, stage=data.stage,
                             level=data.level, industry=data.industry,
                             owner_id=parse_optional_id(data.owner_id),
                             team_id=parse_optional_id(data.team_id),
                             pii={k: (v or None) for k, v in given.items()})


def _actor(info: Info) -> Actor:
    assert info.context.actor is not None
    return info.context.actor


@strawberry.type
class Query:
    @strawberry.field(description="Customers you may see, newest first.",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_READ)])
    async def customers(self, info: Info, first: int = 20, after: str | None = None,
                        search: str | None = None) -> CustomerConnection:
        actor = _actor(info)
        page = await svc.list_customers(actor=actor, first=first, after=after, search=search)
        edges = [CustomerEdge(cursor=svc.encode_cursor(c.id), node=await build(actor, c))
                 for c in page.items]
        return CustomerConnection(
            edges=edges, total_count=page.total,
            page_info=PageInfo(has_next_page=page.has_next,
                               end_cursor=edges[-1].cursor if edges else None))

    @strawberry.field(description="One customer (NOT_FOUND when outside your scope).",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_READ)])
    async def customer(self, info: Info, id: strawberry.ID) -> Customer:
        actor = _actor(info)
        return await build(actor, await svc.get_visible(actor, parse_id(id)))


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a customer (owned by you unless you may assign).",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_WRITE)])
    async def create_customer(self, info: Info, input: CustomerInput) -> Customer:
        actor = _actor(info)
        return await build(actor, await svc.create_customer(actor=actor, patch=_patch(input)))

    @strawberry.mutation(description="Edit a customer. Changing owner or team needs "
                         "customers.assign.", permission_classes=[HasPerm(Perm.CUSTOMERS_WRITE)])
    async def update_customer(self, info: Info, input: CustomerUpdateInput) -> Customer:
        actor = _actor(info)
        customer = await svc.update_customer(actor=actor, customer_id=parse_id(input.id),
                                             patch=_patch(input))
        return await build(actor, customer)

    @strawberry.mutation(description="Move a customer to the recycle bin.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_DELETE)])
    async def delete_customer(self, info: Info, id: strawberry.ID) -> bool:
        await svc.delete_customer(actor=_actor(info), customer_id=parse_id(id))
        return True

    @strawberry.mutation(description="Show one masked field in clear, with a reason. Audited, "
                         "rate-limited, and needs a recent re-authentication.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_READ), StepUp])
    async def reveal_customer_field(self, info: Info, customer_id: strawberry.ID,
                                    field: CustomerPiiField, reason: str) -> str | None:
        return await svc.reveal(actor=_actor(info), customer_id=parse_id(customer_id),
                                field_name=field.value, reason=reason)
