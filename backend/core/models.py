"""Cross-cutting tables: admin-editable settings and shared rate-limit counters."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise import fields
from tortoise.models import Model


class Setting(Model):
    """A policy or option edited by admins, stored as JSON under a key."""

    key = fields.CharField(max_length=64, primary_key=True)
    value: dict[str, object] = fields.JSONField(default=dict)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "setting"


class RateCounter(Model):
    """A fixed-window counter in the database, so every server process sees the same count."""

    key = fields.CharField(max_length=160, primary_key=True)
    window_start = fields.DatetimeField()
    count = fields.IntField(default=0)

    class Meta:
        table = "rate_counter"


def now_utc() -> datetime:
    return datetime.now(UTC)
