"""The second step of a sign-in, step-up re-authentication, and passwordless passkeys."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from backend.accounts.models import Session, User
from backend.accounts.passwords import verify_password
from backend.accounts.policy import get_policy
from backend.api.errors import Forbidden, Unauthenticated, ValidationFailed
from backend.audit import services as audit
from backend.auth import sessions
from backend.auth.services import (
    InvalidCredentials,
    LoginOutcome,
    needs_password_change,
    record_failure,
)
from backend.core import request_meta
from backend.mfa import passkeys
from backend.mfa import services as mfa
from backend.mfa.policy import get_policy as get_mfa_policy
from backend.settings import Settings


async def _locked(user: User) -> bool:
    await user.refresh_from_db(fields=["locked_until", "is_active"])
    return not user.is_active or (user.locked_until is not None
                                  and user.locked_until > datetime.now(UTC))


async def _upgrade(auth_session: Session | None, user: User, settings: Settings,
                   action: str, method: str) -> LoginOutcome:
    """Replace a partial session with the next one (new id), audited."""
    policy = await get_policy()
    state = "password_change" if needs_password_change(user, policy) else sessions.FULL
    meta = request_meta.current()
    async with in_transaction() as conn:
        await User.filter(id=user.id).using_db(conn).update(
            failed_attempts=0, lockout_count=0, locked_until=None)
        if auth_session is not None:
            await sessions.revoke([auth_session.id], using_db=conn)
        session, raw_id = await sessions.create_session(
            user=user, state=state, settings=settings, ip=meta.ip,
            user_agent=meta.user_agent, using_db=conn)
        await audit.record(actor=None, actor_label=user.username, action=action,
                           target_type="user", target_id=user.id, reason=method,
                           changes={"session": session.id}, using_db=conn)
    return LoginOutcome(state=state, user=user, raw_session_id=raw_id)


async def verify_mfa(*, auth: sessions.Authenticated, method: str, code: str,
                     settings: Settings) -> LoginOutcome:
    """Complete an MFA_REQUIRED sign-in. Wrong answers count towards the lockout."""
    user = auth.user
    if await _locked(user):
        await sessions.revoke([auth.session.id])
        raise InvalidCredentials()
    if not await mfa.verify(user, method, code, settings):
        await record_failure(user, "WRONG_SECOND_FACTOR", user.username, await get_policy(),
                             action="mfa.verify")
        if await _locked(user):
            await sessions.revoke([auth.session.id])
            raise InvalidCredentials()
        raise mfa.InvalidCode()
    return await _upgrade(auth.session, user, settings, "mfa.verified", method)


async def finish_enrollment(*, auth: sessions.Authenticated, settings: Settings
                            ) -> LoginOutcome | None:
    """After a factor is added in an enrolment-only session, grant the next step."""
    if auth.session.state != "enroll" or not await mfa.methods_of(auth.user):
        return None
    return await _upgrade(auth.session, auth.user, settings, "mfa.enrolled", "ENROLLED")


async def reauthenticate(*, auth: sessions.Authenticated, password: str | None,
                         method: str | None, code: str | None, settings: Settings) -> None:
    """Step-up: prove presence again with the password or a factor; good for 10 minutes."""
    user = auth.user
    if password:
        ok = await verify_password(user.password_hash, password)
        used = "PASSWORD"
    elif method and code:
        ok = await mfa.verify(user, method, code, settings)
        used = method
    else:
        raise ValidationFailed({"password": ["REQUIRED"]})
    if not ok:
        await record_failure(user, "WRONG_REAUTH", user.username, await get_policy(),
                             action="auth.step_up")
        if await _locked(user):
            await sessions.revoke([auth.session.id])
            raise Unauthenticated()
        if password:
            raise ValidationFailed({"password": ["WRONG_PASSWORD"]},
                                   message="The password is wrong")
        raise mfa.InvalidCode()
    async with in_transaction() as conn:
        await Session.filter(id=auth.session.id).using_db(conn).update(
            reauth_at=datetime.now(UTC))
        await audit.record(actor=None, actor_label=user.username, action="auth.step_up",
                           target_type="user", target_id=user.id, reason=used, using_db=conn)


async def passkey_options(settings: Settings) -> str:
    if not (await get_mfa_policy()).passwordless_allowed:
        raise Forbidden("Passwordless sign-in is turned off")
    return await passkeys.authentication_options(None, settings)


async def passkey_login(*, credential: str, settings: Settings) -> LoginOutcome:
    """Passwordless: a passkey with user verification proves possession and the person."""
    if not (await get_mfa_policy()).passwordless_allowed:
        raise Forbidden("Passwordless sign-in is turned off")
    stored = await passkeys.verify_authentication(credential, settings, user=None,
                                                  require_uv=True)
    user = await User.get(id=stored.user_id)
    if await _locked(user):
        raise InvalidCredentials()
    return await _upgrade(None, user, settings, "auth.login", "PASSKEY")
