"""Personal API tokens for partners: shown once, stored as a SHA-256 hash."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.accounts.models import User


class ApiToken(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="api_tokens", on_delete=fields.CASCADE)
    user_id: int
    name = fields.CharField(max_length=64)
    prefix = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    scopes: list[str] = fields.JSONField(default=list)
    allowed_ips: list[str] = fields.JSONField(default=list)
    expires_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    last_used_ip = fields.CharField(max_length=64, null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_token"
