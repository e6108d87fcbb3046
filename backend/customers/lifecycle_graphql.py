"""Customer lifecycle in the API: duplicates, merge, recycle bin, transfer and the pool.

Resolvers stay thin: parse ids, call the service (which holds every rule and writes the audit
events), shape the answer. Pages build their nested data in one query per relation.
"""

from __future__ import annotations

import strawberry

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id, parse_optional_id
from backend.api.permissions import HasAnyPerm, HasPerm, StepUp
from backend.customers import assignment, duplicates, merge, pool, recycle
from backend.customers import lifecycle_types as lt
from backend.customers.keyset import encode_cursor
from backend.customers.loaders import build_customers, user_refs
from backend.customers.models import Customer as CustomerRow
from backend.customers.types import Customer, PageInfo, UserRef


def _actor(info: Info) -> Actor:
    assert info.context.actor is not None
    return info.context.actor


def _id(value: int) -> strawberry.ID:
    return strawberry.ID(str(value))


async def pool_customers(rows: list[CustomerRow]) -> list[lt.PoolCustomer]:
    tags = await pool.tag_names([r.id for r in rows])
    return [lt.PoolCustomer(id=_id(r.id), name=r.name, kind=r.kind, industry=r.industry,
                            level=r.level, source=r.source, stage=r.stage, tags=tags[r.id],
                            created_at=r.created_at) for r in rows]


async def _one(actor: Actor, row: CustomerRow) -> Customer:
    (built,) = await build_customers(actor, [row])
    return built


@strawberry.type
class Query:
    @strawberry.field(description="The customer pool: customers without an owner, newest "
                      "first. Shared by everyone who may read customers; shows no personal "
                      "data. `search` matches the name.",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_READ)])
    async def customer_pool(self, info: Info, first: int = 20, after: str | None = None,
                            search: str | None = None) -> lt.PoolCustomerConnection:
        page = await pool.list_pool(actor=_actor(info), first=first, after=after,
                                    search=search)
        nodes = await pool_customers(page.items)
        edges = [lt.PoolCustomerEdge(cursor=encode_cursor(pool.CURSOR, int(n.id)), node=n)
                 for n in nodes]
        return lt.PoolCustomerConnection(
            edges=edges, total_count=page.total,
            page_info=PageInfo(has_next_page=page.has_next,
                               end_cursor=edges[-1].cursor if edges else None))

    @strawberry.field(description="The recycle bin: deleted customers within your "
                      "customers.delete scope.",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_DELETE)])
    async def deleted_customers(self, info: Info, first: int = 20, after: str | None = None
                                ) -> lt.DeletedCustomerConnection:
        page = await recycle.list_deleted(actor=_actor(info), first=first, after=after)
        users = await user_refs([r.owner_id for r in page.items]
                                + [r.deleted_by_id for r in page.items])
        edges = [lt.DeletedCustomerEdge(
            cursor=encode_cursor(recycle.CURSOR, r.id),
            node=lt.DeletedCustomer(
                id=_id(r.id), name=r.name, kind=r.kind,
                owner=users.get(r.owner_id) if r.owner_id else None,
                deleted_at=r.deleted_at,  # type: ignore[arg-type]  # filtered: not null
                deleted_by=users.get(r.deleted_by_id) if r.deleted_by_id else None,
                merged_into_id=_id(r.merged_into_id) if r.merged_into_id else None))
            for r in page.items]
        return lt.DeletedCustomerConnection(
            edges=edges, total_count=page.total,
            page_info=PageInfo(has_next_page=page.has_next,
                               end_cursor=edges[-1].cursor if edges else None))

    @strawberry.field(description="Existing customers that look like the one being entered: "
                      "same phone or email (among customers whose personal data you may "
                      "read), or same normalised name (your customers and the pool).",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_READ)])
    async def customer_duplicates(self, info: Info, input: lt.CustomerDuplicatesInput
                                  ) -> list[lt.CustomerDuplicate]:
        actor = _actor(info)
        found = await duplicates.find_duplicates(
            actor, input.name, input.phones, input.emails,
            exclude_id=parse_optional_id(input.exclude_id))
        scoped = [d.customer for d in found if not d.in_pool]
        pooled = [d.customer for d in found if d.in_pool]
        built = {int(c.id): c for c in await build_customers(actor, scoped)}
        shown = {int(c.id): c for c in await pool_customers(pooled)}
        return [lt.CustomerDuplicate(
            customer=built.get(d.customer.id), pool_customer=shown.get(d.customer.id),
            reasons=[lt.DuplicateReason(r) for r in d.reasons]) for d in found]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Take a customer from the pool: you become its owner and "
                         "your team its team. CONFLICT when someone was faster; RATE_LIMITED "
                         "beyond the daily claim limit.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_WRITE)])
    async def claim_customer(self, info: Info, id: strawberry.ID) -> Customer:
        actor = _actor(info)
        return await _one(actor, await pool.claim_customer(actor=actor,
                                                           customer_id=parse_id(id)))

    @strawberry.mutation(description="Put customers back into the pool, with a reason. Your "
                         "own customers, or any you may assign. All or nothing.",
                         permission_classes=[HasAnyPerm(Perm.CUSTOMERS_WRITE,
                                                        Perm.CUSTOMERS_ASSIGN)])
    async def release_customers(self, info: Info, input: lt.ReleaseCustomersInput
                                ) -> lt.ReleaseCustomersResult:
        count = await pool.release_customers(
            actor=_actor(info), customer_ids=[parse_id(i) for i in input.customer_ids],
            reason=input.reason)
        return lt.ReleaseCustomersResult(count=count)

    @strawberry.mutation(description="Give up to 200 customers to another owner (and team). "
                         "All or nothing; the new owner is notified.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_ASSIGN)])
    async def transfer_customers(self, info: Info, input: lt.TransferCustomersInput
                                 ) -> lt.TransferCustomersResult:
        done = await assignment.transfer_customers(
            actor=_actor(info), customer_ids=[parse_id(i) for i in input.customer_ids],
            owner_id=parse_id(input.owner_id), team_id=parse_optional_id(input.team_id),
            note=input.note)
        return lt.TransferCustomersResult(
            count=len(done.customers),
            owner=UserRef(id=_id(done.owner.id), display_name=done.owner.display_name),
            customer_ids=[_id(c.id) for c in done.customers])

    @strawberry.mutation(description="Merge the source customer into the target; returns the "
                         "target. Needs customers.write over both and customers.delete over "
                         "the source, which goes to the recycle bin.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_WRITE),
                                             HasPerm(Perm.CUSTOMERS_DELETE)])
    async def merge_customers(self, info: Info, input: lt.MergeCustomersInput) -> Customer:
        actor = _actor(info)
        merged = await merge.merge_customers(actor=actor, target_id=parse_id(input.target_id),
                                             source_id=parse_id(input.source_id))
        return await _one(actor, merged)

    @strawberry.mutation(description="Take a customer out of the recycle bin. Merged customers "
                         "cannot be restored (CONFLICT).",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_DELETE)])
    async def restore_customer(self, info: Info, id: strawberry.ID) -> Customer:
        actor = _actor(info)
        return await _one(actor, await recycle.restore_customer(actor=actor,
                                                                customer_id=parse_id(id)))

    @strawberry.mutation(description="Erase a customer from the recycle bin for good, with its "
                         "contacts, activities, comments and custom values. Needs a recent "
                         "re-authentication.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_PURGE), StepUp])
    async def purge_customer(self, info: Info, id: strawberry.ID) -> bool:
        await recycle.purge_customer(actor=_actor(info), customer_id=parse_id(id))
        return True
