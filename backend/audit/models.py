"""The append-only audit trail."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    """One security-relevant act: who, from where, what, on what, with which outcome."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    actor_id = fields.IntField(null=True, db_index=True)
    actor_label = fields.CharField(max_length=128, default="")
    token_id = fields.IntField(null=True)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=255, default="")
    request_id = fields.CharField(max_length=64, default="")
    action = fields.CharField(max_length=64, db_index=True)
    target_type = fields.CharField(max_length=32, default="")
    target_id = fields.CharField(max_length=64, default="")
    outcome = fields.CharField(max_length=16, default="success")
    reason = fields.CharField(max_length=64, default="")
    changes: dict[str, object] = fields.JSONField(default=dict)

    class Meta:
        table = "audit_event"
        # A customer's timeline reads its change events; without this every page scans the log.
        indexes = (("target_type", "target_id", "id"),)
