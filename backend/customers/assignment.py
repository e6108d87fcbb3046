"""Transferring customers to another owner (and team), in bulk and all-or-nothing."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import Team, User
from backend.accounts.perms import Perm
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.core.models import now_utc
from backend.customers.keyset import bulk_ids, load_for_change
from backend.customers.models import Customer
from backend.notifications.services import notify

MAX_NOTE = 200


@dataclass
class TransferResult:
    customers: list[Customer]
    owner: User
    team_id: int | None


async def _target(owner_id: int, team_id: int | None) -> tuple[User, int | None]:
    owner = await User.get_or_none(id=owner_id)
    if owner is None or not owner.is_active:
        # One answer for unknown and disabled users: either way nobody would work the customers.
        raise ValidationFailed({"ownerId": ["UNKNOWN_USER"]})
    if team_id is None:
        return owner, owner.team_id
    if not await Team.filter(id=team_id).exists():
        raise ValidationFailed({"teamId": ["UNKNOWN_TEAM"]})
    return owner, team_id


async def transfer_customers(*, actor: Actor, customer_ids: list[int], owner_id: int,
                             team_id: int | None = None, note: str = "") -> TransferResult:
    """Give every listed customer to ``owner_id`` (team: ``team_id`` or the owner's team).

    Every id must be within the actor's customers.assign scope, else nothing changes. Each
    customer gets its own ``customer.transferred`` audit event (the note's length only: notes are
    free text and may name people); the new owner gets one notification for the whole batch.
    """
    ids = bulk_ids(customer_ids)
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationFailed({"note": ["TOO_LONG"]})
    owner, new_team = await _target(owner_id, team_id)
    async with in_transaction() as conn:
        rows = await load_for_change(actor, ids, Perm.CUSTOMERS_ASSIGN, using_db=conn)
        now = now_utc()
        await Customer.filter(id__in=ids).using_db(conn).update(
            owner_id=owner.id, team_id=new_team, updated_by_id=actor.user_id, updated_at=now)
        for c in rows:
            await audit.record(
                actor=actor, action="customer.transferred", target_type="customer",
                target_id=c.id, using_db=conn,
                changes={"owner_id": [c.owner_id, owner.id], "team_id": [c.team_id, new_team],
                         "note_length": len(note)})
            c.owner_id, c.team_id, c.updated_at = owner.id, new_team, now
        me = await User.filter(id=actor.user_id).using_db(conn).first()
        await notify(actor=actor, user_ids=[owner.id], kind="assignment",
                     customer_id=rows[0].id, using_db=conn,
                     payload={"count": len(rows), "customer_name": rows[0].name,
                              "actor_name": me.display_name if me else actor.username,
                              "note": note})
    return TransferResult(customers=rows, owner=owner, team_id=new_team)
