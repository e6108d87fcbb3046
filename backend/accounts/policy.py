"""The password policy: admin-editable rules plus checks that are always on.

Presets: "MLPS" follows China's MLPS 2.0 (GB/T 22239-2019) as customers usually read it — at
least 8 characters mixing upper, lower, digit and special characters, changed every 90 days, not
one of the last 5. "NIST" follows NIST SP 800-63B — length over composition, no forced expiry:
at least 15 characters, or 12 when the account uses MFA.

Always on, whatever the preset: at least 64 characters accepted and never truncated (argon2 takes
the whole string), rejection of common passwords, zxcvbn score below 3, and passwords that contain
the username or the email's local part.
"""

from __future__ import annotations

import string
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction
from zxcvbn import zxcvbn

from backend.accounts.actor import Actor
from backend.api.errors import ValidationFailed
from backend.audit import services as audit
from backend.core import memo
from backend.core.models import Setting

SETTING_KEY = "password_policy"
MAX_LENGTH = 256  # far above the 64 that NIST asks to accept; bounds the hashing work
MIN_ZXCVBN_SCORE = 3


@dataclass(frozen=True)
class PasswordPolicy:
    preset: str = "MLPS"
    min_length: int = 8
    # NIST preset: the minimum when the user has no second factor (12 with MFA).
    min_length_without_mfa: int = 8
    require_upper: bool = True
    require_lower: bool = True
    require_digit: bool = True
    require_special: bool = True
    max_age_days: int = 90  # 0: passwords never expire
    history: int = 5
    lockout_threshold: int = 5
    lockout_minutes: int = 15


PRESETS: dict[str, PasswordPolicy] = {
    "MLPS": PasswordPolicy(),
    "NIST": PasswordPolicy(preset="NIST", min_length=12, min_length_without_mfa=15,
                           require_upper=False, require_lower=False, require_digit=False,
                           require_special=False, max_age_days=0, history=0),
}

LIMITS: dict[str, tuple[int, int]] = {
    "min_length": (8, 64),
    "min_length_without_mfa": (8, 64),
    "max_age_days": (0, 3650),
    "history": (0, 24),
    "lockout_threshold": (3, 100),
    "lockout_minutes": (1, 24 * 60),
}


async def get_policy() -> PasswordPolicy:
    return await memo.get_or_load(SETTING_KEY, _load_policy)


async def _load_policy() -> PasswordPolicy:
    row = await Setting.get_or_none(key=SETTING_KEY)
    if row is None:
        return PRESETS["MLPS"]
    known = {f.name for f in fields(PasswordPolicy)}
    stored: dict[str, Any] = {k: v for k, v in row.value.items() if k in known}
    return replace(PRESETS["MLPS"], **stored)


def policy_problems(values: dict[str, Any]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for name, (low, high) in LIMITS.items():
        value = values.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            problems[_camel(name)] = ["OUT_OF_RANGE"]
    if values.get("preset") not in {*PRESETS, "CUSTOM"}:
        problems["preset"] = ["UNKNOWN_PRESET"]
    return problems


def _camel(name: str) -> str:
    """Problems are reported under the API's (camelCase) input field names."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def policy_as_dict(policy: PasswordPolicy) -> dict[str, Any]:
    return asdict(policy)


@cache
def _common_passwords() -> frozenset[str]:
    path = Path(__file__).with_name("wordlists") / "common-passwords.txt"
    return frozenset(
        line.strip() for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )


def is_common(password: str) -> bool:
    return password.lower() in _common_passwords()


def strength(password: str, user_inputs: list[str]) -> int:
    """zxcvbn score 0-4, judged against the user's own names as a dictionary."""
    # zxcvbn refuses more than 72 characters; the first 72 of a longer one decide its score.
    result = zxcvbn(password[:72], user_inputs=[u for u in user_inputs if u])
    return int(result["score"])


def _classes(password: str) -> dict[str, bool]:
    cats = [unicodedata.category(c) for c in password]
    return {
        "upper": any(c == "Lu" for c in cats),
        "lower": any(c == "Ll" for c in cats),
        "digit": any(c == "Nd" for c in cats),
        "special": any(not c.isalnum() or c in string.punctuation for c in password),
    }


def password_problems(
    password: str,
    policy: PasswordPolicy,
    *,
    username: str = "",
    email: str = "",
    has_mfa: bool = False,
) -> list[str]:
    """Every rule ``password`` breaks, as codes the SPA translates (empty: acceptable)."""
    problems: list[str] = []
    minimum = policy.min_length if has_mfa else max(policy.min_length,
                                                    policy.min_length_without_mfa)
    if len(password) < minimum:
        problems.append("TOO_SHORT")
    if len(password) > MAX_LENGTH:
        return ["TOO_LONG"]
    classes = _classes(password)
    for name in ("upper", "lower", "digit", "special"):
        if getattr(policy, f"require_{name}") and not classes[name]:
            problems.append(f"NEEDS_{name.upper()}")
    lowered = password.casefold()
    local = email.split("@", 1)[0].casefold()
    if username and len(username) >= 3 and username.casefold() in lowered:
        problems.append("CONTAINS_USERNAME")
    if local and len(local) >= 3 and local in lowered:
        problems.append("CONTAINS_EMAIL")
    if is_common(password):
        problems.append("COMMON")
    elif password and strength(password, [username, email, local]) < MIN_ZXCVBN_SCORE:
        problems.append("WEAK")
    return problems


async def update_policy(*, actor: Actor, values: dict[str, Any]) -> PasswordPolicy:
    """Replace the policy (a preset name fills in its values first); audited with the diff."""
    base = PRESETS.get(str(values.get("preset")), await get_policy())
    merged = {**asdict(base), **{k: v for k, v in values.items() if v is not None}}
    if problems := policy_problems(merged):
        raise ValidationFailed(problems)
    known = {f.name for f in fields(PasswordPolicy)}
    new = PasswordPolicy(**{k: v for k, v in merged.items() if k in known})
    old = await get_policy()
    changes = {k: [getattr(old, k), getattr(new, k)] for k in known
               if getattr(old, k) != getattr(new, k)}
    async with in_transaction() as conn:
        await Setting.update_or_create(key=SETTING_KEY, defaults={"value": asdict(new)},
                                       using_db=conn)
        await audit.record(actor=actor, action="policy.changed", target_type="setting",
                           target_id=SETTING_KEY, changes=changes, using_db=conn)
    memo.forget(SETTING_KEY)
    return new
