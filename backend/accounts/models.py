"""Accounts: users, roles, sessions, password history and one-time tokens."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Role(Model):
    """A named bundle of permissions with a data scope (own / team / subtree / all)."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True)
    description = fields.CharField(max_length=255, default="")
    permissions: list[str] = fields.JSONField(default=list)
    data_scope = fields.CharField(max_length=16, default="own")
    builtin = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "role"


class Team(Model):
    """A department; teams form a tree, and managers see their team's subtree."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=128)
    # A plain column rather than a self-referencing foreign key, which aerich cannot create;
    # the team service keeps the tree valid (no cycles, no dangling parents).
    parent_id = fields.IntField(null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "team"


class User(Model):
    """A person who signs in. ``username_key`` is the case-folded username, unique."""

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64)
    username_key = fields.CharField(max_length=64, unique=True)
    email = fields.CharField(max_length=254, unique=True)
    display_name = fields.CharField(max_length=128, default="")
    language = fields.CharField(max_length=8, default="en-US")
    is_active = fields.BooleanField(default=True)
    password_hash = fields.CharField(max_length=255, null=True)
    password_changed_at = fields.DatetimeField(null=True)
    must_change_password = fields.BooleanField(default=False)
    failed_attempts = fields.IntField(default=0)
    lockout_count = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    last_login_at = fields.DatetimeField(null=True)
    last_login_ip = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "models.Team", related_name="members", null=True, on_delete=fields.SET_NULL)
    team_id: int | None
    roles: fields.ManyToManyRelation[Role] = fields.ManyToManyField(
        "models.Role", related_name="users", through="user_role"
    )

    class Meta:
        table = "user"


class Session(Model):
    """A signed-in browser. Only the SHA-256 of the random session id is stored."""

    id = fields.IntField(primary_key=True)
    key_hash = fields.CharField(max_length=64, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sessions", on_delete=fields.CASCADE
    )
    # full: signed in; mfa / enroll / password_change: a partial sign-in that grants only that step
    state = fields.CharField(max_length=16, default="full")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    reauth_at = fields.DatetimeField(null=True)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=255, default="")
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "session"


class PasswordHistory(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="password_history", on_delete=fields.CASCADE
    )
    password_hash = fields.CharField(max_length=255)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "password_history"


class OneTimeToken(Model):
    """Setup, invitation, password-reset links and emailed codes: stored hashed, single use."""

    id = fields.IntField(primary_key=True)
    purpose = fields.CharField(max_length=16)
    user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="one_time_tokens", null=True, on_delete=fields.CASCADE
    )
    user_id: int | None
    token_hash = fields.CharField(max_length=64, unique=True)
    code_hash = fields.CharField(max_length=64, null=True)
    attempts = fields.IntField(default=0)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "one_time_token"
