"""What a deal change may contain: ``DealPatch`` and its field checks.

Amounts are Decimal with at most two places and never negative; a quantity may have up to four
places. Problems are reported per input field with stable codes, all at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from backend.api.errors import ValidationFailed

CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_AMOUNT = Decimal("1e16")  # DECIMAL(18, 2)
MAX_PRODUCTS = 50
LIMITS = {"title": (1, 200), "source": (0, 64), "lost_reason": (0, 255), "notes": (0, 20_000)}
CAMEL = {"title": "title", "source": "source", "lost_reason": "lostReason", "notes": "notes"}


@dataclass
class ProductLine:
    """One line of a deal's products: name, quantity, unit price."""

    name: str
    quantity: Decimal
    price: Decimal

    def as_json(self) -> dict[str, str]:
        return {"name": self.name.strip(), "quantity": str(self.quantity),
                "price": str(self.price)}


@dataclass
class DealPatch:
    """Fields to set; None means "leave as is". ``clear`` names nullable fields to empty
    (``contact_id``, ``expected_close_date``)."""

    title: str | None = None
    customer_id: int | None = None
    contact_id: int | None = None
    amount: Decimal | None = None
    currency: str | None = None
    pipeline_id: int | None = None
    stage_id: int | None = None
    probability: int | None = None
    expected_close_date: date | None = None
    owner_id: int | None = None
    team_id: int | None = None
    source: str | None = None
    lost_reason: str | None = None
    notes: str | None = None
    products: list[ProductLine] | None = None
    clear: set[str] = field(default_factory=set)


def money_problem(value: Decimal, places: int = 2, high: Decimal = MAX_AMOUNT) -> str | None:
    """The code for an unusable amount (None when fine)."""
    if not value.is_finite():
        return "INVALID_NUMBER"
    if value < 0 or value >= high:
        return "OUT_OF_RANGE"
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -places:
        return "TOO_PRECISE"
    return None


def _products(lines: list[ProductLine], problems: dict[str, list[str]]) -> None:
    if len(lines) > MAX_PRODUCTS:
        problems["products"] = ["TOO_MANY"]
        return
    for i, line in enumerate(lines):
        if not 1 <= len(line.name.strip()) <= 200:
            problems.setdefault(f"products.{i}.name", []).append("INVALID_LENGTH")
        for name, value, places in (("quantity", line.quantity, 4), ("price", line.price, 2)):
            code = money_problem(value, places, Decimal("1e12") if name == "quantity"
                                 else MAX_AMOUNT)
            if code:
                problems.setdefault(f"products.{i}.{name}", []).append(code)


def validate_patch(patch: DealPatch, *, creating: bool) -> None:
    """Field-level checks that need no database; raises with every problem found."""
    problems: dict[str, list[str]] = {}
    if creating and patch.title is None:
        problems["title"] = ["REQUIRED"]
    if creating and patch.customer_id is None:
        problems["customerId"] = ["REQUIRED"]
    for name, (low, high) in LIMITS.items():
        value = getattr(patch, name)
        if value is not None and not low <= len(value.strip()) <= high:
            problems.setdefault(CAMEL[name], []).append("INVALID_LENGTH")
    if patch.amount is not None and (code := money_problem(patch.amount)):
        problems["amount"] = [code]
    if patch.currency is not None and not CURRENCY.match(patch.currency):
        problems["currency"] = ["INVALID_CURRENCY"]
    if patch.probability is not None and not 0 <= patch.probability <= 100:
        problems["probability"] = ["OUT_OF_RANGE"]
    if patch.expected_close_date is not None and not 2000 <= patch.expected_close_date.year \
            <= 2200:
        problems["expectedCloseDate"] = ["OUT_OF_RANGE"]
    if patch.products is not None:
        _products(patch.products, problems)
    if problems:
        raise ValidationFailed(problems)
