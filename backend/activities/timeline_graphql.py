"""The customer timeline in the API."""

from __future__ import annotations

import strawberry

from backend.accounts.perms import Perm
from backend.activities import timeline as svc
from backend.activities.access import me, names_of
from backend.activities.types import (
    CustomerChange,
    TimelineConnection,
    TimelineEdge,
    TimelineItem,
    activity,
    comment,
    user_ref,
)
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import HasPerm
from backend.customers.types import PageInfo


def _node(entry: svc.Entry, customer_name: str, names: dict[int, str],
          viewer: int) -> TimelineItem:
    if entry.activity is not None:
        return activity(entry.activity, customer_name, names)
    if entry.comment is not None:
        return comment(entry.comment, names, viewer)
    event = entry.change
    assert event is not None
    return CustomerChange(id=strawberry.ID(str(event.id)), action=event.action,
                          actor=user_ref(event.actor_id, names), actor_label=event.actor_label,
                          at=event.at, fields=entry.fields)


def _people(entry: svc.Entry) -> set[int | None]:
    if entry.activity is not None:
        return {entry.activity.assignee_id, entry.activity.created_by_id}
    if entry.comment is not None:
        return {entry.comment.author_id, *entry.comment.mentions}
    return {entry.change.actor_id if entry.change else None}


@strawberry.type
class Query:
    @strawberry.field(description="A customer's activities, comments and recorded changes, "
                      "newest first. Activities and comments are included when you hold "
                      "activities.read; changes name fields, never values.",
                      permission_classes=[HasPerm(Perm.CUSTOMERS_READ)])
    async def customer_timeline(self, info: Info, customer_id: strawberry.ID, first: int = 20,
                                after: str | None = None) -> TimelineConnection:
        actor = me(info)
        page = await svc.customer_timeline(actor=actor, customer_id=parse_id(customer_id),
                                           first=first, after=after)
        names = await names_of(set().union(*(_people(e) for e in page.items)))
        edges = [TimelineEdge(cursor=e.cursor, at=e.at,
                              node=_node(e, page.customer.name, names, actor.user_id))
                 for e in page.items]
        return TimelineConnection(edges=edges, page_info=PageInfo(
            has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None))
