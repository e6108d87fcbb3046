"""Input checks of a customer patch. Problems are reported per input field (camelCase, with the
list index for list items: ``phones.1``), all at once, before anything is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from backend.api.errors import ValidationFailed
from backend.crypto import blind_index
from backend.customers import tags

if TYPE_CHECKING:
    from backend.customers.services import CustomerPatch

KINDS = {"company", "person"}
LEVELS = {"A", "B", "C"}
MAX_PHONES = 10
MAX_EMAILS = 10
MAX_PREFERENCES = 20
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
# Shown as a link in the SPA: only web addresses, never javascript: or data: URLs.
WEBSITE = re.compile(r"^(https?://)?[\w.-]+\.[a-z\u00a1-\uffff]{2,}([/?#]\S*)?$", re.IGNORECASE)
LENGTHS = {"industry": 64, "source": 64, "website": 255, "needs": 5000, "id_number": 64,
           "address": 500}
CAMEL = {"id_number": "idNumber"}


def phone_ok(phone: str) -> bool:
    return 5 <= len(blind_index.normalize_phone(phone)) <= 20 and len(phone) <= 40


def email_ok(email: str) -> bool:
    return len(email) <= 254 and bool(EMAIL.match(email.strip()))


def _list(problems: dict[str, list[str]], name: str, values: list[str] | None, limit: int,
          ok: Callable[[str], bool]) -> None:
    if values is None:
        return
    kept = [v for v in values if v.strip()]
    if len(kept) > limit:
        problems[name] = ["TOO_MANY"]
    for i, value in enumerate(kept):
        if not ok(value):
            problems[f"{name}.{i}"] = ["INVALID_PHONE" if name == "phones" else "INVALID_EMAIL"]


def validate_patch(patch: CustomerPatch, creating: bool) -> None:
    problems: dict[str, list[str]] = {}
    if (creating or patch.name is not None) and not 1 <= len((patch.name or "").strip()) <= 200:
        problems["name"] = ["INVALID_LENGTH"]
    if patch.kind is not None and patch.kind not in KINDS:
        problems["kind"] = ["UNKNOWN_VALUE"]
    if patch.level is not None and patch.level not in LEVELS:
        problems["level"] = ["UNKNOWN_VALUE"]
    for name, limit in LENGTHS.items():
        value = getattr(patch, name)
        if value is not None and len(value.strip()) > limit:
            problems[CAMEL.get(name, name)] = ["INVALID_LENGTH"]
    if patch.website and patch.website.strip() and "website" not in problems \
            and not WEBSITE.match(patch.website.strip()):
        problems["website"] = ["INVALID_URL"]
    _list(problems, "phones", patch.phones, MAX_PHONES, phone_ok)
    _list(problems, "emails", patch.emails, MAX_EMAILS, email_ok)
    if patch.preferences is not None:
        if len(patch.preferences) > MAX_PREFERENCES:
            problems["preferences"] = ["TOO_MANY"]
        for key, value in patch.preferences.items():
            if not 1 <= len(key) <= 64 or len(value) > 500:
                problems.setdefault("preferences", []).append("INVALID_LENGTH")
                break
    if patch.tags is not None:
        try:
            tags.clean(patch.tags)
        except ValidationFailed as failed:
            problems.update(failed.fields)
    if problems:
        raise ValidationFailed(problems)
