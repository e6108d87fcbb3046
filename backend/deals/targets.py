"""Monthly sales targets per user or per team (admins set them: settings.manage).

Readers see the targets of the people and teams their deals.read scope covers, so a target
never reveals figures about someone outside it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import Team, User
from backend.accounts.perms import Perm
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.deals.models import SalesTarget
from backend.deals.scope import rule_for
from backend.deals.validation import CURRENCY, money_problem
from backend.settings import get_settings

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_MONTHS = 120


def check_month(value: str, name: str = "month") -> str:
    if not MONTH.match(value) or not 2000 <= int(value[:4]) <= 2200:
        raise ValidationFailed({name: ["INVALID_MONTH"]}, message="Months look like 2026-03")
    return value


def months_between(first: str, last: str) -> list[str]:
    """Every YYYY-MM from ``first`` to ``last`` inclusive."""
    year, month = int(first[:4]), int(first[5:])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


async def set_target(*, actor: Actor, month: str, user_id: int | None, team_id: int | None,
                     amount: Decimal, currency: str | None = None) -> SalesTarget | None:
    """Set (or with amount 0, remove) the target of one user or one team for one month."""
    check_month(month)
    if (user_id is None) == (team_id is None):
        raise ValidationFailed({"userId": ["ONE_OF"], "teamId": ["ONE_OF"]},
                               message="Name either a user or a team")
    code = money_problem(amount)
    currency = currency or get_settings().default_currency
    problems = {**({"amount": [code]} if code else {}),
                **({} if CURRENCY.match(currency) else {"currency": ["INVALID_CURRENCY"]})}
    if problems:
        raise ValidationFailed(problems)
    if user_id is not None and not await User.exists(id=user_id):
        raise ValidationFailed({"userId": ["UNKNOWN_USER"]})
    if team_id is not None and not await Team.exists(id=team_id):
        raise ValidationFailed({"teamId": ["UNKNOWN_TEAM"]})
    async with in_transaction() as conn:
        who = Q(user_id=user_id) if user_id is not None else Q(team_id=team_id)
        row = await SalesTarget.filter(who, month=month).using_db(conn).select_for_update() \
            .first()
        before = [str(row.amount), row.currency] if row else None
        if amount == 0:
            if row is not None:
                await row.delete(using_db=conn)
            row = None
        elif row is None:
            row = await SalesTarget.create(month=month, user_id=user_id, team_id=team_id,
                                           amount=amount, currency=currency, using_db=conn)
        else:
            row.amount, row.currency = amount, currency
            await row.save(using_db=conn, update_fields=["amount", "currency", "updated_at"])
        await audit.record(actor=actor, action="sales_target.set", target_type="sales_target",
                           target_id=row.id if row else "", using_db=conn, changes={
                               "month": month, "user_id": user_id, "team_id": team_id,
                               "amount": [before, [str(amount), currency] if row else None]})
    return row


async def visible_targets(actor: Actor) -> Q | None:
    """The targets ``actor`` may read; None when none at all."""
    if actor.has(Perm.SETTINGS_MANAGE):
        return Q()
    rule = await rule_for(actor, Perm.DEALS_READ)
    if rule.nothing:
        return None
    if rule.everything:
        return Q()
    users = [actor.user_id]
    if rule.team_ids:
        users += [r["id"] for r in await User.filter(team_id__in=list(rule.team_ids))
                  .values("id")]
    condition = Q(user_id__in=users)
    return condition | Q(team_id__in=list(rule.team_ids)) if rule.team_ids else condition


async def list_targets(*, actor: Actor, from_month: str, to_month: str,
                       user_id: int | None = None, team_id: int | None = None
                       ) -> list[SalesTarget]:
    """Targets of the months ``from_month``..``to_month`` you may see, by month."""
    check_month(from_month, "fromMonth")
    check_month(to_month, "toMonth")
    if from_month > to_month or len(months_between(from_month, to_month)) > MAX_MONTHS:
        raise ValidationFailed({"toMonth": ["OUT_OF_RANGE"]})
    condition = await visible_targets(actor)
    if condition is None:
        return []
    query = SalesTarget.filter(condition, month__gte=from_month, month__lte=to_month)
    if user_id is not None:
        query = query.filter(user_id=user_id)
    if team_id is not None:
        query = query.filter(team_id=team_id)
    return list(await query.order_by("month", "id"))
