"""Setting a password: change, reset by mail, invitation, first-run setup.

Every path applies the same policy (``check_new_password``), writes the history, ends sessions as
the standard asks, audits the act and tells the owner by mail.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import anyio
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.accounts.models import PasswordHistory, User
from backend.accounts.passwords import hash_password, verify_password
from backend.accounts.policy import PasswordPolicy, get_policy, password_problems
from backend.api.errors import CrmError, Unauthenticated, ValidationFailed
from backend.audit import services as audit
from backend.auth import sessions, throttle, tokens
from backend.auth.services import (
    InvalidCredentials,
    attempted_login,
    find_user,
    record_failure,
)
from backend.core import request_meta
from backend.mail import services as mail
from backend.mfa import services as mfa
from backend.settings import Settings

RESET_LIFETIME = timedelta(minutes=30)
INVITE_LIFETIME = timedelta(hours=72)
RESET_PER_ACCOUNT_PER_HOUR = 3
RESET_PER_IP_PER_HOUR = 20
RESET_GUESSES_PER_IP_PER_HOUR = 30


class InvalidToken(CrmError):
    code = "BAD_USER_INPUT"

    def __init__(self) -> None:
        super().__init__("This link or code is invalid or has expired",
                         fields={"token": ["INVALID_TOKEN"]})


async def check_new_password(user: User, password: str, policy: PasswordPolicy,
                             field: str = "newPassword") -> None:
    """Raise BAD_USER_INPUT listing every rule the password breaks (policy and history)."""
    has_mfa = user.id is not None and bool(await mfa.methods_of(user))
    problems = await anyio.to_thread.run_sync(
        lambda: password_problems(password, policy, username=user.username, email=user.email,
                                  has_mfa=has_mfa))
    if not problems and policy.history > 0 and user.id is not None:
        recent = await PasswordHistory.filter(user_id=user.id).order_by("-id") \
            .limit(policy.history).values_list("password_hash", flat=True)
        for old in recent:
            if await verify_password(str(old), password):
                problems.append("REUSED")
                break
    if problems:
        raise ValidationFailed({field: problems}, message="The password does not meet the policy")


async def store_password(user: User, password: str, conn: BaseDBAsyncClient) -> None:
    user.password_hash = await hash_password(password)
    user.password_changed_at = datetime.now(UTC)
    user.must_change_password = False
    user.failed_attempts = 0
    user.locked_until = None
    await user.save(using_db=conn, update_fields=[
        "password_hash", "password_changed_at", "must_change_password", "failed_attempts",
        "locked_until"])
    await PasswordHistory.create(user=user, password_hash=user.password_hash, using_db=conn)


def _notify_changed(user: User, conn: BaseDBAsyncClient) -> object:
    return mail.queue_mail(to=user.email, template="password_changed", language=user.language,
                           display_name=user.display_name,
                           when=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), using_db=conn)


async def change_password(*, auth: sessions.Authenticated, current_password: str,
                          new_password: str, settings: Settings) -> str:
    """Change the signed-in (or must-change) user's password; returns the new session id.

    Every other session ends, and this one gets a new id: whoever held a copy of the old cookie
    (or knew the old password) is out.
    """
    user = auth.user
    if not await verify_password(user.password_hash, current_password):
        # Counted like any wrong password: a stolen session must not become a guessing oracle.
        await record_failure(user, "WRONG_REAUTH", user.username, await get_policy(),
                             action="password.change")
        await user.refresh_from_db(fields=["locked_until"])
        if user.locked_until is not None and user.locked_until > datetime.now(UTC):
            await sessions.revoke_all_for(user.id)
            raise Unauthenticated()
        raise ValidationFailed({"currentPassword": ["WRONG_PASSWORD"]},
                               message="The current password is wrong")
    policy = await get_policy()
    await check_new_password(user, new_password, policy)
    meta = request_meta.current()
    async with in_transaction() as conn:
        await store_password(user, new_password, conn)
        await sessions.revoke_all_for(user.id, using_db=conn)
        _, raw_id = await sessions.create_session(
            user=user, state=sessions.FULL, settings=settings, ip=meta.ip,
            user_agent=meta.user_agent, using_db=conn)
        await audit.record(actor=None, actor_label=user.username, action="password.changed",
                           target_type="user", target_id=user.id, using_db=conn)
        await _notify_changed(user, conn)  # type: ignore[misc]
    mail.schedule_delivery()
    return raw_id


async def request_reset(*, login: str, settings: Settings) -> None:
    """Mail a reset link and code when the account exists; the caller answers the same anyway."""
    meta = request_meta.current()
    await throttle.consume(f"reset-ip:{meta.ip}", limit=RESET_PER_IP_PER_HOUR,
                           window_seconds=3600)
    user = await find_user(login)
    if user is None or not user.is_active:
        await audit.record(actor=None, action="password.reset_requested", outcome="failure",
                           reason="UNKNOWN_OR_DISABLED",
                           changes=attempted_login(login, user))
        return
    count, _ = await throttle.hit(f"reset-user:{user.id}", window_seconds=3600)
    if count > RESET_PER_ACCOUNT_PER_HOUR:
        # Silently: a flood of reset mails is itself an attack on the owner.
        await audit.record(actor=None, action="password.reset_requested", outcome="failure",
                           reason="RATE_LIMITED", target_type="user", target_id=user.id)
        return
    async with in_transaction() as conn:
        raw, code = await tokens.issue(purpose="reset", user=user, lifetime=RESET_LIFETIME,
                                       with_code=True, using_db=conn)
        await mail.queue_mail(
            to=user.email, template="password_reset", language=user.language,
            display_name=user.display_name, link=f"{settings.public_url}/reset-password#{raw}",
            code=code, minutes=int(RESET_LIFETIME.total_seconds() // 60), using_db=conn)
        await audit.record(actor=None, action="password.reset_requested", target_type="user",
                           target_id=user.id, actor_label=user.username, using_db=conn)
    mail.schedule_delivery()


async def reset_password(*, token: str | None, login: str | None, code: str | None,
                         new_password: str) -> None:
    """Set a new password from a mailed link (token) or code. Ends every session; MFA stays."""
    meta = request_meta.current()
    await throttle.consume(f"reset-guess-ip:{meta.ip}", limit=RESET_GUESSES_PER_IP_PER_HOUR,
                           window_seconds=3600)
    if token:
        found = await tokens.find_live("reset", token)
        user = await User.get_or_none(id=found.user_id) if found and found.user_id else None
    else:
        user = await find_user(login or "")
        found = await tokens.match_code("reset", user, code or "") if user else None
    if found is None or user is None or not user.is_active:
        raise InvalidToken()
    policy = await get_policy()
    await check_new_password(user, new_password, policy)
    async with in_transaction() as conn:
        if not await tokens.consume(found, using_db=conn):
            raise InvalidToken()
        await store_password(user, new_password, conn)
        await sessions.revoke_all_for(user.id, using_db=conn)
        await audit.record(actor=None, actor_label=user.username, action="password.reset",
                           target_type="user", target_id=user.id,
                           reason="LINK" if token else "CODE", using_db=conn)
        await _notify_changed(user, conn)  # type: ignore[misc]
    mail.schedule_delivery()


async def accept_invitation(*, token: str, new_password: str) -> User:
    found = await tokens.find_live("invite", token)
    user = await User.get_or_none(id=found.user_id) if found and found.user_id else None
    if found is None or user is None or not user.is_active:
        raise InvalidToken()
    policy = await get_policy()
    await check_new_password(user, new_password, policy)
    async with in_transaction() as conn:
        if not await tokens.consume(found, using_db=conn):
            raise InvalidToken()
        await store_password(user, new_password, conn)
        await audit.record(actor=None, actor_label=user.username, action="invitation.accepted",
                           target_type="user", target_id=user.id, using_db=conn)
    return user


async def verify_current_password(user: User, password: str) -> None:
    if not await verify_password(user.password_hash, password):
        raise InvalidCredentials()
