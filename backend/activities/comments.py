"""Comments on a customer or on one of its activities, with @mentions.

A mention may only name someone who can see the customer: the notification carries the
customer's name and an excerpt. Anyone else is refused (field ``mentions``,
MENTION_OUT_OF_SCOPE) rather than dropped, so the writer knows who will not be told.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.accounts.perms import Perm
from backend.activities import mentions, paging
from backend.activities.access import display_name, readable
from backend.activities.audience import who_can_see
from backend.activities.models import Comment
from backend.activities.services import get_readable
from backend.api.errors import Forbidden, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.customers.models import Customer
from backend.customers.scope import can
from backend.notifications.services import excerpt, notify

MAX_BODY = 10_000


async def _target(actor: Actor, customer_id: int | None,
                  activity_id: int | None) -> tuple[Customer, int | None]:
    if activity_id is not None:
        activity, customer = await get_readable(actor, activity_id)
        if customer_id is not None and customer_id != customer.id:
            raise ValidationFailed({"activityId": ["NOT_OF_THIS_CUSTOMER"]})
        return customer, activity.id
    return await readable(actor, customer_id), None


async def _checked_body(customer: Customer, body: str, me: int,
                        already: set[int]) -> tuple[str, list[int], list[int]]:
    """(canonical body, every mentioned id, the newly mentioned ones to notify)."""
    body = body.strip()
    if not 1 <= len(body) <= MAX_BODY:
        raise ValidationFailed({"body": ["INVALID_LENGTH"]})
    written = mentions.parse(body)
    if len(written) > mentions.MAX_MENTIONS:
        raise ValidationFailed({"mentions": ["TOO_MANY"]},
                               message=f"At most {mentions.MAX_MENTIONS} people per comment")
    new = [uid for uid in written if uid != me and uid not in already]
    allowed = await who_can_see(customer, new)
    refused = [written[uid] for uid in new if uid not in allowed]
    if refused:
        # The names are the writer's own input, so naming them back leaks nothing.
        raise ValidationFailed(
            {"mentions": ["MENTION_OUT_OF_SCOPE"]},
            message="Cannot mention people who cannot see this customer: "
                    + ", ".join("@" + name for name in refused))
    rows = await User.filter(id__in=list(written)).values_list("id", "display_name", "username")
    names = {uid: name or username for uid, name, username in rows}
    return mentions.canonical(body, names), list(written), new


async def _notify_mentioned(actor: Actor, comment: Comment, customer: Customer,
                            user_ids: list[int], conn: BaseDBAsyncClient) -> None:
    if not user_ids:
        return
    await notify(actor=actor, user_ids=user_ids, kind="mention", customer_id=customer.id,
                 activity_id=comment.activity_id,
                 payload={"actor_name": await display_name(actor.user_id),
                          "customer_name": customer.name, "comment_id": comment.id,
                          "excerpt": excerpt(mentions.plain(comment.body))},
                 using_db=conn)


async def add_comment(*, actor: Actor, customer_id: int | None, activity_id: int | None,
                      body: str) -> Comment:
    """Comment on a customer, or on an activity (``activity_id``); notify whoever is mentioned."""
    customer, on_activity = await _target(actor, customer_id, activity_id)
    if not await can(actor, Perm.ACTIVITIES_WRITE, customer):
        raise Forbidden()
    text, mentioned, new = await _checked_body(customer, body, actor.user_id, set())
    async with in_transaction() as conn:
        comment = await Comment.create(customer_id=customer.id, activity_id=on_activity,
                                       author_id=actor.user_id, body=text, mentions=mentioned,
                                       using_db=conn)
        await audit.record(actor=actor, action="comment.created", target_type="comment",
                           target_id=comment.id,
                           changes={"customer_id": customer.id, "activity_id": on_activity,
                                    "mentions": mentioned},
                           using_db=conn)
        await _notify_mentioned(actor, comment, customer, new, conn)
    return comment


async def _live(actor: Actor, comment_id: int) -> tuple[Comment, Customer]:
    comment = await Comment.get_or_none(id=comment_id, deleted_at__isnull=True)
    if comment is None:
        raise NotFound()
    return comment, await readable(actor, comment.customer_id)


async def edit_comment(*, actor: Actor, comment_id: int, body: str) -> Comment:
    """Only the author edits; people newly mentioned by the edit are notified."""
    comment, customer = await _live(actor, comment_id)
    if comment.author_id != actor.user_id:
        raise Forbidden("Only the author may edit a comment")
    text, mentioned, new = await _checked_body(customer, body, actor.user_id,
                                               set(comment.mentions))
    if text == comment.body:
        return comment
    comment.body, comment.mentions, comment.edited_at = text, mentioned, now_utc()
    async with in_transaction() as conn:
        await comment.save(using_db=conn, update_fields=["body", "mentions", "edited_at"])
        await audit.record(actor=actor, action="comment.edited", target_type="comment",
                           target_id=comment.id,
                           changes={"customer_id": customer.id, "body": "(changed)",
                                    "mentions_added": new},
                           using_db=conn)
        await _notify_mentioned(actor, comment, customer, new, conn)
    return comment


async def delete_comment(*, actor: Actor, comment_id: int) -> None:
    """The author, or whoever may delete the customer, removes a comment (soft)."""
    comment, customer = await _live(actor, comment_id)
    if comment.author_id != actor.user_id and \
            not await can(actor, Perm.CUSTOMERS_DELETE, customer):
        raise Forbidden()
    async with in_transaction() as conn:
        comment.deleted_at = now_utc()
        await comment.save(using_db=conn, update_fields=["deleted_at"])
        await audit.record(actor=actor, action="comment.deleted", target_type="comment",
                           target_id=comment.id, changes={"customer_id": customer.id},
                           using_db=conn)


@dataclass
class Page:
    items: list[Comment]
    has_next: bool


async def list_comments(*, actor: Actor, customer_id: int | None, activity_id: int | None,
                        first: int, after: str | None) -> Page:
    """Comments on a customer (all of them, activity threads included) or on one activity,
    newest first."""
    paging.check_first(first)
    customer, on_activity = await _target(actor, customer_id, activity_id)
    query = Comment.filter(customer_id=customer.id, deleted_at__isnull=True)
    if on_activity is not None:
        query = query.filter(activity_id=on_activity)
    if after:
        query = query.filter(id__lt=paging.as_int(paging.decode("comment", after, 1)[0]))
    rows = await query.order_by("-id").limit(first + 1)
    return Page(items=list(rows[:first]), has_next=len(rows) > first)


def cursor_of(comment: Comment) -> str:
    return paging.encode("comment", [comment.id])
