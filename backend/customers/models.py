"""Customers. PII columns hold AES-256-GCM ciphertext; ``*_index`` columns hold an HMAC blind
index of the normalised value, so exact lookups work without storing the value in clear."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.accounts.models import Team, User


class Customer(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16, default="company")  # company | person
    name = fields.CharField(max_length=200, db_index=True)
    stage = fields.CharField(max_length=32, default="lead")
    level = fields.CharField(max_length=1, default="C")
    industry = fields.CharField(max_length=64, default="")
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="customers", null=True, on_delete=fields.SET_NULL)
    owner_id: int | None
    team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="customers", null=True, on_delete=fields.SET_NULL)
    team_id: int | None
    phone_enc = fields.TextField(null=True)
    phone_index = fields.CharField(max_length=64, null=True, db_index=True)
    email_enc = fields.TextField(null=True)
    email_index = fields.CharField(max_length=64, null=True, db_index=True)
    id_number_enc = fields.TextField(null=True)
    address_enc = fields.TextField(null=True)
    created_by_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer"
