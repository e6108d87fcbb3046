"""Second factors. Secrets and phone numbers are stored encrypted; codes only as hashes."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.accounts.models import User


class TotpDevice(Model):
    """An authenticator app (RFC 6238). ``last_step`` makes every code single use."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="totp_devices", on_delete=fields.CASCADE)
    user_id: int
    secret_enc = fields.TextField()
    confirmed_at = fields.DatetimeField(null=True)
    last_step = fields.BigIntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "totp_device"


class RecoveryCode(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="recovery_codes", on_delete=fields.CASCADE)
    user_id: int
    code_hash = fields.CharField(max_length=64, unique=True)
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "recovery_code"


class WebAuthnCredential(Model):
    """A passkey or security key."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="webauthn_credentials", on_delete=fields.CASCADE)
    user_id: int
    credential_id = fields.CharField(max_length=512, unique=True)
    public_key = fields.TextField()
    sign_count = fields.BigIntField(default=0)
    name = fields.CharField(max_length=64)
    transports: list[str] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webauthn_credential"


class MfaState(Model):
    """Per-user MFA settings: email and SMS factors, and when the enrolment grace began."""

    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="mfa_state", on_delete=fields.CASCADE, primary_key=True)
    user_id: int
    email_enabled = fields.BooleanField(default=False)
    phone_enc = fields.TextField(null=True)
    phone_confirmed = fields.BooleanField(default=False)
    # A user handle for WebAuthn: random, so a passkey does not reveal the account id.
    webauthn_handle = fields.CharField(max_length=64, null=True)
    grace_started_at = fields.DatetimeField(null=True)

    class Meta:
        table = "mfa_state"
