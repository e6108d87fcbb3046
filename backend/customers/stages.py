"""The editable list of lifecycle stages (lead / prospect / customer / churned by default)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.api.errors import Conflict, ValidationFailed
from backend.audit import services as audit
from backend.customers.models import Customer, CustomerStage

# Seeded by migration 3 as well; these restore the list if it was ever emptied by hand.
DEFAULTS = (("lead", "Lead", "线索"), ("prospect", "Prospect", "潜在客户"),
            ("customer", "Customer", "成交客户"), ("churned", "Churned", "流失客户"))
KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
MAX_STAGES = 30


@dataclass
class StageSpec:
    key: str
    label_en: str
    label_zh: str
    archived: bool = False


async def all_stages() -> list[CustomerStage]:
    """Every stage in list order, archived ones included."""
    rows = await CustomerStage.all().order_by("position", "key")
    if rows:
        return list(rows)
    async with in_transaction() as conn:
        for position, (key, en, zh) in enumerate(DEFAULTS):
            await CustomerStage.get_or_create(
                key=key, defaults={"label_en": en, "label_zh": zh, "position": position},
                using_db=conn)
    return list(await CustomerStage.all().order_by("position", "key"))


async def check_stage(key: str, current: str | None = None) -> None:
    """A stage a customer may be put in: known and not archived (keeping its own is fine)."""
    if key == current:
        return
    usable = {s.key for s in await all_stages() if not s.archived}
    if key not in usable:
        raise ValidationFailed({"stage": ["UNKNOWN_VALUE"]})


def _validate(specs: list[StageSpec]) -> None:
    problems: dict[str, list[str]] = {}
    keys = [s.key for s in specs]
    if not 1 <= len(specs) <= MAX_STAGES:
        problems["stages"] = ["INVALID_COUNT"]
    elif len(set(keys)) != len(keys):
        problems["stages"] = ["DUPLICATE_KEY"]
    elif all(s.archived for s in specs):
        problems["stages"] = ["NONE_ACTIVE"]
    for i, s in enumerate(specs):
        if not KEY.match(s.key):
            problems.setdefault(f"stages.{i}.key", []).append("INVALID_KEY")
        for name in ("label_en", "label_zh"):
            if not 1 <= len(getattr(s, name).strip()) <= 64:
                problems.setdefault(f"stages.{i}.{name}", []).append("INVALID_LENGTH")
    if problems:
        raise ValidationFailed(problems)


async def set_stages(*, actor: Actor, specs: list[StageSpec]) -> list[CustomerStage]:
    """Replace the list (its order is the list order). A stage still used by a customer can't
    be removed, only archived: CONFLICT names those still in use."""
    _validate(specs)
    before = {s.key: s for s in await all_stages()}
    removed = set(before) - {s.key for s in specs}
    async with in_transaction() as conn:
        if removed:
            used = set(await Customer.filter(stage__in=removed).using_db(conn)
                       .distinct().values_list("stage", flat=True))
            if used:
                raise Conflict("Stages still in use can only be archived",
                               fields={"stages": ["STAGE_IN_USE"]},
                               stages=sorted(str(u) for u in used))
            await CustomerStage.filter(key__in=removed).using_db(conn).delete()
        for position, s in enumerate(specs):
            await CustomerStage.update_or_create(
                key=s.key, defaults={"label_en": s.label_en.strip(),
                                     "label_zh": s.label_zh.strip(), "position": position,
                                     "archived": s.archived}, using_db=conn)
        await audit.record(actor=actor, action="customer_stages.updated",
                           target_type="customer_stage",
                           changes={"before": list(before), "after": [s.key for s in specs],
                                    "archived": [s.key for s in specs if s.archived]},
                           using_db=conn)
    return await all_stages()
