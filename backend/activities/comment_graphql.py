"""Comments, @mentions and the mention picker in the API."""

from __future__ import annotations

import strawberry

from backend.accounts.perms import Perm
from backend.activities import comments as svc
from backend.activities.access import me, names_of, readable
from backend.activities.audience import mentionable
from backend.activities.models import Comment as CommentRow
from backend.activities.types import Comment, CommentConnection, CommentEdge, comment
from backend.api.context import Info
from backend.api.ids import parse_id, parse_optional_id
from backend.api.permissions import HasPerm
from backend.customers.types import PageInfo, UserRef


@strawberry.input(description="A new comment: on a customer, or on one of its activities.")
class CommentInput:
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="The customer (may be omitted when `activityId` is given).")
    activity_id: strawberry.ID | None = strawberry.field(
        default=None, description="The activity it answers, if any.")
    body: str = strawberry.field(
        description="The text (1-10000 characters). Mention people with "
                    "`@[Display Name](user:ID)` tokens; each must be able to see the customer.")


async def nodes(rows: list[CommentRow], viewer: int) -> list[Comment]:
    ids: set[int | None] = {r.author_id for r in rows}
    ids.update(uid for r in rows for uid in r.mentions)
    names = await names_of(ids)
    return [comment(r, names, viewer) for r in rows]


@strawberry.type
class Query:
    @strawberry.field(description="Comments on a customer (all, activity threads included) or "
                      "on one activity, newest first.",
                      permission_classes=[HasPerm(Perm.ACTIVITIES_READ)])
    async def comments(self, info: Info, customer_id: strawberry.ID | None = None,
                       activity_id: strawberry.ID | None = None, first: int = 20,
                       after: str | None = None) -> CommentConnection:
        actor = me(info)
        page = await svc.list_comments(
            actor=actor, customer_id=parse_optional_id(customer_id),
            activity_id=parse_optional_id(activity_id), first=first, after=after)
        items = await nodes(page.items, actor.user_id)
        cursors = [svc.cursor_of(r) for r in page.items]
        return CommentConnection(
            edges=[CommentEdge(cursor=c, node=n) for c, n in zip(cursors, items, strict=True)],
            page_info=PageInfo(has_next_page=page.has_next,
                               end_cursor=cursors[-1] if cursors else None))

    @strawberry.field(description="People you may mention on this customer's comments: active "
                      "users who can see it, matching `search` (name or username), at most 20.",
                      permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def mentionable_users(self, info: Info, customer_id: strawberry.ID,
                                search: str = "") -> list[UserRef]:
        actor = me(info)
        customer = await readable(actor, parse_id(customer_id))
        users = await mentionable(customer, search=search, exclude=actor.user_id)
        return [UserRef(id=strawberry.ID(str(u.id)), display_name=u.display_name or u.username)
                for u in users]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Comment on a customer or an activity; everyone mentioned "
                         "is notified. Mentioning someone who cannot see the customer is "
                         "refused (field `mentions`: MENTION_OUT_OF_SCOPE).",
                         permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def add_comment(self, info: Info, input: CommentInput) -> Comment:
        actor = me(info)
        row = await svc.add_comment(actor=actor, customer_id=parse_optional_id(input.customer_id),
                                    activity_id=parse_optional_id(input.activity_id),
                                    body=input.body)
        [node] = await nodes([row], actor.user_id)
        return node

    @strawberry.mutation(description="Edit your own comment; people it newly mentions are "
                         "notified.", permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def edit_comment(self, info: Info, id: strawberry.ID, body: str) -> Comment:
        actor = me(info)
        row = await svc.edit_comment(actor=actor, comment_id=parse_id(id), body=body)
        [node] = await nodes([row], actor.user_id)
        return node

    @strawberry.mutation(description="Remove a comment: its author may, and whoever may delete "
                         "the customer.", permission_classes=[HasPerm(Perm.ACTIVITIES_WRITE)])
    async def delete_comment(self, info: Info, id: strawberry.ID) -> bool:
        await svc.delete_comment(actor=me(info), comment_id=parse_id(id))
        return True
