"""In-app notifications (the bell): mentions, assignments, task reminders."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.accounts.models import User


class Notification(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="notifications", on_delete=fields.CASCADE)
    user_id: int
    kind = fields.CharField(max_length=32)  # mention | assignment | task_assigned | task_due
    actor_id = fields.IntField(null=True)
    customer_id = fields.IntField(null=True)
    activity_id = fields.IntField(null=True)
    # Display data (names, a short excerpt): never PII values.
    payload: dict[str, object] = fields.JSONField(default=dict)
    read_at = fields.DatetimeField(null=True)
    emailed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "notification"
        indexes = (("user_id", "read_at"), ("user_id", "id"))
