"""The admin's MFA policy: which roles must use a second factor, which factors are allowed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.core import memo
from backend.core.models import Setting

SETTING_KEY = "mfa_policy"
METHODS = ("TOTP", "WEBAUTHN", "EMAIL", "SMS", "RECOVERY_CODE")


@dataclass(frozen=True)
class MfaPolicy:
    required_roles: list[str] = field(default_factory=lambda: ["admin", "manager"])
    allowed_methods: list[str] = field(default_factory=lambda: list(METHODS))
    grace_days: int = 7
    # Passkeys may replace the password entirely (they are phishing-resistant and prove both
    # possession and, with user verification, the person).
    passwordless_allowed: bool = False


async def get_policy() -> MfaPolicy:
    return await memo.get_or_load(SETTING_KEY, _load_policy)


async def _load_policy() -> MfaPolicy:
    row = await Setting.get_or_none(key=SETTING_KEY)
    if row is None:
        return MfaPolicy()
    known = {f.name for f in fields(MfaPolicy)}
    stored: dict[str, Any] = {k: v for k, v in row.value.items() if k in known}
    return MfaPolicy(**stored)


async def update_policy(*, actor: Actor, required_roles: list[str], allowed_methods: list[str],
                        grace_days: int, passwordless_allowed: bool) -> MfaPolicy:
    from backend.accounts.models import Role

    problems: dict[str, list[str]] = {}
    known_roles = set(await Role.all().values_list("name", flat=True))
    if not set(required_roles) <= known_roles:
        problems["requiredRoles"] = ["UNKNOWN_ROLE"]
    if not set(allowed_methods) <= set(METHODS) or not set(allowed_methods) - {"RECOVERY_CODE"}:
        problems["allowedMethods"] = ["INVALID_METHODS"]
    if not 0 <= grace_days <= 90:
        problems["graceDays"] = ["OUT_OF_RANGE"]
    if problems:
        raise ValidationFailed(problems)
    new = MfaPolicy(required_roles=sorted(set(required_roles)),
                    allowed_methods=[m for m in METHODS if m in allowed_methods],
                    grace_days=grace_days, passwordless_allowed=passwordless_allowed)
    old = await get_policy()
    changes = {k: [getattr(old, k), getattr(new, k)] for k in asdict(new)
               if getattr(old, k) != getattr(new, k)}
    async with in_transaction() as conn:
        await Setting.update_or_create(key=SETTING_KEY, defaults={"value": asdict(new)},
                                       using_db=conn)
        await audit.record(actor=actor, action="mfa_policy.changed", target_type="setting",
                           target_id=SETTING_KEY, changes=changes, using_db=conn)
    memo.forget(SETTING_KEY)
    return new
