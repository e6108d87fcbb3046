"""Second factors: which ones a user has, verifying them, enrolling and removing them.

Every change is audited and mailed to the owner ("if this wasn't you ..."), because adding a
factor is what an attacker with a stolen session would do first.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.api.errors import Conflict, CrmError, NotFound, RateLimited, ValidationFailed
from backend.audit import services as audit
from backend.auth import throttle, tokens
from backend.crypto import aead
from backend.mail import services as mail
from backend.mfa import passkeys, recovery, totp
from backend.mfa.models import MfaState, RecoveryCode, TotpDevice, WebAuthnCredential
from backend.mfa.policy import get_policy
from backend.settings import Settings

CODE_LIFETIME = timedelta(minutes=10)
SENDS_PER_WINDOW = 5
PHONE_RE = re.compile(r"^\+?[0-9]{6,15}$")

CHANGES = {
    "totp_added": ("an authenticator app was set up", "设置了身份验证器应用"),
    "totp_removed": ("the authenticator app was removed", "移除了身份验证器应用"),
    "passkey_added": ("a passkey or security key was added", "添加了通行密钥或安全密钥"),
    "passkey_removed": ("a passkey or security key was removed", "移除了通行密钥或安全密钥"),
    "email_added": ("email codes were turned on", "开启了邮件验证码"),
    "email_removed": ("email codes were turned off", "关闭了邮件验证码"),
    "sms_added": ("SMS codes were turned on", "开启了短信验证码"),
    "sms_removed": ("SMS codes were turned off", "关闭了短信验证码"),
    "recovery_regenerated": ("new recovery codes were made; the old ones no longer work",
                             "生成了新的恢复码，旧恢复码已失效"),
    "recovery_used": ("a recovery code was used to sign in", "使用了一个恢复码登录"),
    "mfa_reset": ("an administrator reset your second factors", "管理员重置了您的两步验证"),
}


class InvalidCode(CrmError):
    code = "BAD_USER_INPUT"

    def __init__(self) -> None:
        super().__init__("The code is wrong or has expired", fields={"code": ["INVALID_CODE"]})


def _aad(user_id: int, what: str) -> str:
    return f"mfa:{what}:{user_id}"


async def notify(user: User, change: str, conn: BaseDBAsyncClient | None = None) -> None:
    en, zh = CHANGES[change]
    await mail.queue_mail(to=user.email, template="mfa_changed", language=user.language,
                          display_name=user.display_name, change=zh if
                          user.language == "zh-CN" else en,
                          when=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), using_db=conn)


async def _change(user: User, action: str, change: str,
                  apply: Callable[[BaseDBAsyncClient], Awaitable[int]],
                  **details: object) -> int:
    """Apply a factor change, its audit event and the owner's notice in one transaction.

    ``apply`` returns how many rows it changed; with none, nothing is recorded.
    """
    async with in_transaction() as conn:
        changed = await apply(conn)
        if changed:
            await audit.record(actor=None, actor_label=user.username, action=action,
                               target_type="user", target_id=user.id,
                               changes=dict(details), using_db=conn)
            await notify(user, change, conn)
    if changed:
        mail.schedule_delivery()
    return changed


async def _state(user: User) -> MfaState:
    state, _ = await MfaState.get_or_create(user_id=user.id)
    return state


async def methods_of(user: User) -> list[str]:
    """The second factors ``user`` has set up and the policy allows, strongest first."""
    policy = await get_policy()
    have: list[str] = []
    if await TotpDevice.filter(user_id=user.id, confirmed_at__isnull=False).exists():
        have.append("TOTP")
    if await WebAuthnCredential.filter(user_id=user.id).exists():
        have.append("WEBAUTHN")
    state = await MfaState.get_or_none(user_id=user.id)
    if state and state.email_enabled:
        have.append("EMAIL")
    if state and state.phone_confirmed and state.phone_enc:
        have.append("SMS")
    allowed = [m for m in have if m in policy.allowed_methods]
    if allowed and "RECOVERY_CODE" in policy.allowed_methods and \
            await RecoveryCode.filter(user_id=user.id, used_at__isnull=True).exists():
        allowed.append("RECOVERY_CODE")
    return allowed


@dataclass
class Requirement:
    required: bool
    grace_ends_at: datetime | None

    @property
    def overdue(self) -> bool:
        return self.required and self.grace_ends_at is not None and \
            self.grace_ends_at <= datetime.now(UTC)


async def requirement(user: User, roles: tuple[str, ...] | list[str]) -> Requirement:
    """Whether policy requires ``user`` to have a factor, and until when they may postpone it."""
    policy = await get_policy()
    if not set(policy.required_roles) & set(roles) or await methods_of(user):
        return Requirement(required=bool(set(policy.required_roles) & set(roles)),
                           grace_ends_at=None)
    state = await _state(user)
    if state.grace_started_at is None:
        state.grace_started_at = datetime.now(UTC)
        await state.save(update_fields=["grace_started_at"])
    return Requirement(required=True,
                       grace_ends_at=state.grace_started_at + timedelta(days=policy.grace_days))


async def verify(user: User, method: str, code: str, settings: Settings) -> bool:
    """Check one second-factor answer; each code works once. False: wrong, expired or unused."""
    if method not in await methods_of(user):
        return False
    if method == "TOTP":
        device = await TotpDevice.get_or_none(user_id=user.id, confirmed_at__isnull=False)
        if device is None:
            return False
        secret = aead.decrypt(device.secret_enc, aad=_aad(user.id, "totp"))
        step = totp.matching_step(secret, code, device.last_step)
        # The conditional update makes a replay lose even when two requests race.
        return step is not None and await TotpDevice.filter(
            id=device.id, last_step__lt=step).update(last_step=step) == 1
    if method == "RECOVERY_CODE":
        used = await _change(
            user, "mfa.recovery_code_used", "recovery_used",
            lambda conn: RecoveryCode.filter(
                user_id=user.id, code_hash=recovery.code_hash(code), used_at__isnull=True,
            ).using_db(conn).update(used_at=datetime.now(UTC)))
        return used == 1
    if method in {"EMAIL", "SMS"}:
        token = await tokens.match_code(f"mfa-{method.lower()}", user, code)
        return token is not None and await tokens.consume(token)
    if method == "WEBAUTHN":
        try:
            await passkeys.verify_authentication(code, settings, user=user)
        except ValidationFailed:
            return False
        return True
    return False


async def send_code(user: User, method: str, *, purpose_suffix: str = "") -> None:
    """Send an email or SMS code (a fresh code kills the previous one)."""
    count, retry = await throttle.hit(f"mfa-send:{user.id}", window_seconds=15 * 60)
    if count > SENDS_PER_WINDOW:
        raise RateLimited(retry)
    purpose = f"mfa-{method.lower()}{purpose_suffix}"
    minutes = int(CODE_LIFETIME.total_seconds() // 60)
    if method == "EMAIL":
        async with in_transaction() as conn:
            _, code = await tokens.issue(purpose=purpose, user=user, lifetime=CODE_LIFETIME,
                                         with_code=True, using_db=conn)
            await mail.queue_mail(to=user.email, template="mfa_code", language=user.language,
                                  display_name=user.display_name, code=code, minutes=minutes,
                                  using_db=conn)
        mail.schedule_delivery()
        return
    state = await _state(user)
    if not state.phone_enc:
        raise ValidationFailed({"method": ["NO_PHONE"]})
    phone = aead.decrypt(state.phone_enc, aad=_aad(user.id, "phone"))
    _, code = await tokens.issue(purpose=purpose, user=user, lifetime=CODE_LIFETIME,
                                 with_code=True)
    from backend.mfa.sms import provider

    text = (f"【Bastion CRM】验证码 {code}，{minutes} 分钟内有效。" if user.language == "zh-CN"
            else f"Bastion CRM code: {code}. Valid for {minutes} minutes.")
    await provider().send(phone, text)


# --- enrolment -------------------------------------------------------------------------------

@dataclass
class TotpSetup:
    secret: str
    uri: str
    qr_svg: str


async def ensure_allowed(method: str) -> None:
    """Refuse enrolling a factor the policy does not allow (it would not count)."""
    if method not in (await get_policy()).allowed_methods:
        raise Conflict("Your organisation does not allow this method",
                       fields={"method": ["METHOD_NOT_ALLOWED"]})


async def begin_totp(user: User) -> TotpSetup:
    await ensure_allowed("TOTP")
    secret = totp.new_secret()
    await TotpDevice.filter(user_id=user.id, confirmed_at__isnull=True).delete()
    await TotpDevice.create(user_id=user.id,
                            secret_enc=aead.encrypt(secret, aad=_aad(user.id, "totp")))
    uri = totp.provisioning_uri(secret, user.username)
    return TotpSetup(secret=secret, uri=uri, qr_svg=totp.qr_svg(uri))


async def _ensure_recovery_codes(user: User, conn: BaseDBAsyncClient) -> list[str]:
    if await RecoveryCode.filter(user_id=user.id, used_at__isnull=True).using_db(conn).exists():
        return []
    return await _new_recovery_codes(user, conn)


async def _new_recovery_codes(user: User, conn: BaseDBAsyncClient) -> list[str]:
    await RecoveryCode.filter(user_id=user.id).using_db(conn).delete()
    codes = recovery.new_codes()
    await RecoveryCode.bulk_create([RecoveryCode(user_id=user.id,
                                                 code_hash=recovery.code_hash(c))
                                    for c in codes], using_db=conn)
    return codes


async def confirm_totp(user: User, code: str) -> list[str]:
    """Activate the pending authenticator; returns recovery codes when the user had none."""
    pending = await TotpDevice.filter(user_id=user.id, confirmed_at__isnull=True) \
        .order_by("-id").first()
    if pending is None:
        raise Conflict("Start the authenticator setup first", fields={"code": ["NO_PENDING"]})
    secret = aead.decrypt(pending.secret_enc, aad=_aad(user.id, "totp"))
    step = totp.matching_step(secret, code, 0)
    if step is None:
        raise InvalidCode()
    async with in_transaction() as conn:
        await TotpDevice.filter(user_id=user.id).exclude(id=pending.id).using_db(conn).delete()
        pending.confirmed_at = datetime.now(UTC)
        pending.last_step = step
        await pending.save(using_db=conn, update_fields=["confirmed_at", "last_step"])
        codes = await _ensure_recovery_codes(user, conn)
        await audit.record(actor=None, actor_label=user.username, action="mfa.totp_added",
                           target_type="user", target_id=user.id, using_db=conn)
        await notify(user, "totp_added", conn)
    mail.schedule_delivery()
    return codes


async def _remove_guard(user: User, removing: str, actor_required: bool) -> None:
    """Refuse removing the last factor while the policy requires one."""
    remaining = [m for m in await methods_of(user) if m not in {removing, "RECOVERY_CODE"}]
    if remaining:
        return
    roles = [r.name for r in await user.roles.all()]
    policy = await get_policy()
    if set(policy.required_roles) & set(roles):
        raise Conflict("Your role requires a second factor: add another one first",
                       fields={"method": ["LAST_REQUIRED_FACTOR"]})


async def remove_totp(user: User) -> None:
    await _remove_guard(user, "TOTP", False)
    deleted = await _change(user, "mfa.totp_removed", "totp_removed",
                            lambda conn: TotpDevice.filter(user_id=user.id).using_db(conn)
                            .delete())
    if not deleted:
        raise NotFound()


async def regenerate_recovery_codes(user: User) -> list[str]:
    if not [m for m in await methods_of(user) if m != "RECOVERY_CODE"]:
        raise Conflict("Set up a second factor first", fields={"method": ["NO_FACTOR"]})
    async with in_transaction() as conn:
        codes = await _new_recovery_codes(user, conn)
        await audit.record(actor=None, actor_label=user.username,
                           action="mfa.recovery_regenerated", target_type="user",
                           target_id=user.id, using_db=conn)
        await notify(user, "recovery_regenerated", conn)
    mail.schedule_delivery()
    return codes


async def recovery_remaining(user: User) -> int:
    return await RecoveryCode.filter(user_id=user.id, used_at__isnull=True).count()


async def begin_email(user: User) -> None:
    await ensure_allowed("EMAIL")
    await send_code(user, "EMAIL", purpose_suffix="-setup")


async def _confirm_code_factor(user: User, code: str, method: str,
                               turn_on: dict[str, bool]) -> list[str]:
    """Turn on an email or SMS factor once the code sent to it comes back."""
    token = await tokens.match_code(f"mfa-{method}-setup", user, code)
    if token is None or not await tokens.consume(token):
        raise InvalidCode()
    await _state(user)
    async with in_transaction() as conn:
        await MfaState.filter(user_id=user.id).using_db(conn).update(**turn_on)
        codes = await _ensure_recovery_codes(user, conn)
        await audit.record(actor=None, actor_label=user.username, action=f"mfa.{method}_added",
                           target_type="user", target_id=user.id, using_db=conn)
        await notify(user, f"{method}_added", conn)
    mail.schedule_delivery()
    return codes


async def confirm_email(user: User, code: str) -> list[str]:
    return await _confirm_code_factor(user, code, "email", {"email_enabled": True})


async def disable_email(user: User) -> None:
    await _remove_guard(user, "EMAIL", False)
    await _change(user, "mfa.email_removed", "email_removed",
                  lambda conn: MfaState.filter(user_id=user.id, email_enabled=True)
                  .using_db(conn).update(email_enabled=False))


async def begin_sms(user: User, phone: str) -> None:
    await ensure_allowed("SMS")
    phone = phone.strip().replace(" ", "").replace("-", "")
    if not PHONE_RE.fullmatch(phone):
        raise ValidationFailed({"phone": ["INVALID_PHONE"]})
    state = await _state(user)
    state.phone_enc = aead.encrypt(phone, aad=_aad(user.id, "phone"))
    state.phone_confirmed = False
    await state.save(update_fields=["phone_enc", "phone_confirmed"])
    await send_code(user, "SMS", purpose_suffix="-setup")


async def confirm_sms(user: User, code: str) -> list[str]:
    return await _confirm_code_factor(user, code, "sms", {"phone_confirmed": True})


async def remove_sms(user: User) -> None:
    await _remove_guard(user, "SMS", False)
    await _change(user, "mfa.sms_removed", "sms_removed",
                  lambda conn: MfaState.filter(user_id=user.id, phone_enc__isnull=False)
                  .using_db(conn).update(phone_enc=None, phone_confirmed=False))


async def masked_phone(user: User) -> str | None:
    state = await MfaState.get_or_none(user_id=user.id)
    if not state or not state.phone_enc:
        return None
    phone = aead.decrypt(state.phone_enc, aad=_aad(user.id, "phone"))
    return phone[:3] + "****" + phone[-4:] if len(phone) > 7 else "****"


async def add_passkey(user: User, name: str, credential_json: str, settings: Settings
                      ) -> tuple[WebAuthnCredential, list[str]]:
    name = name.strip()
    if not 1 <= len(name) <= 64:
        raise ValidationFailed({"name": ["INVALID_LENGTH"]})
    new = await passkeys.verify_registration(user, credential_json, settings)
    async with in_transaction() as conn:
        stored = await WebAuthnCredential.create(
            user_id=user.id, credential_id=new.credential_id, public_key=new.public_key,
            sign_count=new.sign_count, transports=new.transports, name=name, using_db=conn)
        codes = await _ensure_recovery_codes(user, conn)
        await audit.record(actor=None, actor_label=user.username, action="mfa.passkey_added",
                           target_type="user", target_id=user.id,
                           changes={"name": name}, using_db=conn)
        await notify(user, "passkey_added", conn)
    mail.schedule_delivery()
    return stored, codes


async def remove_passkey(user: User, passkey_id: int) -> None:
    found = await WebAuthnCredential.get_or_none(id=passkey_id, user_id=user.id)
    if found is None:
        raise NotFound()
    if await WebAuthnCredential.filter(user_id=user.id).count() == 1:
        await _remove_guard(user, "WEBAUTHN", False)
    await _change(user, "mfa.passkey_removed", "passkey_removed",
                  lambda conn: WebAuthnCredential.filter(id=found.id).using_db(conn).delete(),
                  name=found.name)


async def rename_passkey(user: User, passkey_id: int, name: str) -> WebAuthnCredential:
    found = await WebAuthnCredential.get_or_none(id=passkey_id, user_id=user.id)
    if found is None:
        raise NotFound()
    if not 1 <= len(name.strip()) <= 64:
        raise ValidationFailed({"name": ["INVALID_LENGTH"]})
    async with in_transaction() as conn:
        before, found.name = found.name, name.strip()
        await found.save(using_db=conn, update_fields=["name"])
        await audit.record(actor=None, actor_label=user.username, action="mfa.passkey_renamed",
                           target_type="user", target_id=user.id,
                           changes={"name": [before, found.name]}, using_db=conn)
    return found


async def reset_user_mfa(*, actor: Actor, user_id: int) -> User:
    """Admin: remove every factor of a user who lost theirs. Ends their sessions."""
    from backend.accounts.guard import ensure_can_manage
    from backend.auth import sessions

    user = await User.get_or_none(id=user_id)
    if user is None:
        raise NotFound()
    await ensure_can_manage(actor, user)
    async with in_transaction() as conn:
        await TotpDevice.filter(user_id=user.id).using_db(conn).delete()
        await WebAuthnCredential.filter(user_id=user.id).using_db(conn).delete()
        await RecoveryCode.filter(user_id=user.id).using_db(conn).delete()
        # No new grace period: a user whose role needs MFA must enrol at the next sign-in.
        await MfaState.filter(user_id=user.id).using_db(conn).update(
            email_enabled=False, phone_enc=None, phone_confirmed=False,
            grace_started_at=datetime(2000, 1, 1, tzinfo=UTC))
        await sessions.revoke_all_for(user.id, using_db=conn)
        await audit.record(actor=actor, action="mfa.reset", target_type="user",
                           target_id=user.id, using_db=conn)
        await notify(user, "mfa_reset", conn)
    mail.schedule_delivery()
    return user
