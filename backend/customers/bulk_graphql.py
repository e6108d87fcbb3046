"""Bulk actions of the customer list that are not transfers: tagging."""

from __future__ import annotations

import strawberry

from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import HasPerm
from backend.customers import bulk_tags


@strawberry.input(description="Tags to add to and remove from up to 200 customers.")
class TagCustomersInput:
    customer_ids: list[strawberry.ID] = strawberry.field(description="The customers (1-200).")
    add: list[str] = strawberry.field(default_factory=list,
                                      description="Tag names to add (created when new).")
    remove: list[str] = strawberry.field(default_factory=list,
                                         description="Tag names to remove.")


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Add and remove tags on many customers at once; returns "
                         "how many changed. All or nothing: each must be one you may edit.",
                         permission_classes=[HasPerm(Perm.CUSTOMERS_WRITE)])
    async def tag_customers(self, info: Info, input: TagCustomersInput) -> int:
        assert info.context.actor is not None
        return await bulk_tags.tag_customers(
            actor=info.context.actor, customer_ids=[parse_id(i) for i in input.customer_ids],
            add=input.add, remove=input.remove)
