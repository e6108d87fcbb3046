"""Activities (note, call, meeting, email, task) and comments with @mentions."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.accounts.models import User
from backend.customers.models import Customer


class Activity(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16)  # note | call | meeting | email | task
    customer: fields.ForeignKeyNullableRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="activities", null=True, on_delete=fields.CASCADE)
    customer_id: int | None
    deal_id = fields.IntField(null=True, db_index=True)  # deals arrive with the pipeline issue
    subject = fields.CharField(max_length=200, default="")
    body = fields.TextField(default="")
    occurred_at = fields.DatetimeField(null=True)
    due_at = fields.DatetimeField(null=True, db_index=True)
    remind_at = fields.DatetimeField(null=True, db_index=True)
    reminded_at = fields.DatetimeField(null=True)
    assignee: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="assigned_activities", null=True, on_delete=fields.SET_NULL)
    assignee_id: int | None
    done_at = fields.DatetimeField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="created_activities", null=True, on_delete=fields.SET_NULL)
    created_by_id: int | None
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "activity"
        indexes = (("customer_id", "id"), ("assignee_id", "done_at"))


class Comment(Model):
    """A comment on a customer or on one of its activities (``activity_id`` set)."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="comments", on_delete=fields.CASCADE)
    customer_id: int
    activity_id = fields.IntField(null=True, db_index=True)
    author: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="comments", null=True, on_delete=fields.SET_NULL)
    author_id: int | None
    body = fields.TextField()
    mentions: list[int] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    edited_at = fields.DatetimeField(null=True)
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "comment"
        indexes = (("customer_id", "id"),)
