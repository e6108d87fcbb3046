"""Sign-in: the password step of the login state machine, lockout, throttling, sign-out.

One generic answer for unknown user, wrong password, disabled and locked accounts, with the same
work done in each case (a dummy hash for unknown users), so neither the message nor the timing
tells an attacker which usernames exist or which are locked.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from backend.accounts import validation
from backend.accounts.actor import Actor
from backend.accounts.models import Session, User
from backend.accounts.passwords import hash_password, needs_rehash, verify_password
from backend.accounts.policy import PasswordPolicy, get_policy
from backend.api.errors import CrmError, RateLimited
from backend.audit import services as audit
from backend.auth import sessions, throttle
from backend.core import request_meta
from backend.mail import services as mail
from backend.mfa import services as mfa
from backend.settings import Settings, get_settings

# Per client IP, across accounts: failed sign-ins allowed per window before RATE_LIMITED.
IP_FAILURE_LIMIT = 30
IP_WINDOW_SECONDS = 15 * 60
# Lockouts grow: 1x, 2x, 4x ... the policy's duration, capped at a day.
MAX_LOCKOUT = timedelta(hours=24)
# Failures that count towards the account lockout: a wrong second factor counts like a wrong
# password, or an attacker holding the password could guess codes forever.
COUNTED_FAILURES = {"WRONG_PASSWORD", "WRONG_SECOND_FACTOR", "WRONG_REAUTH"}


PARTIAL_REASONS = {"mfa": "MFA_REQUIRED", "enroll": "MFA_ENROLLMENT_REQUIRED",
                   "password_change": "PASSWORD_CHANGE_REQUIRED"}


class InvalidCredentials(CrmError):
    code = "UNAUTHENTICATED"

    def __init__(self) -> None:
        super().__init__("Wrong username or password, or the account cannot sign in now",
                         reason="INVALID_CREDENTIALS")


@dataclass
class LoginOutcome:
    state: str  # full | mfa | enroll | password_change
    user: User
    raw_session_id: str
    methods: list[str] = field(default_factory=list)


def password_expires_at(user: User, policy: PasswordPolicy) -> datetime | None:
    if policy.max_age_days <= 0 or user.password_changed_at is None:
        return None
    return user.password_changed_at + timedelta(days=policy.max_age_days)


def needs_password_change(user: User, policy: PasswordPolicy) -> bool:
    expires = password_expires_at(user, policy)
    return user.must_change_password or (expires is not None and expires <= datetime.now(UTC))


def attempted_login(login: str, user: User | None) -> dict[str, str]:
    """What a failed attempt records about the name typed.

    A known account is named by its username. Anything else is kept only as a keyed digest:
    people type passwords into the username box, and the audit log must never hold one; the
    digest still shows one name being tried from many places (password spraying).
    """
    if user is not None:
        return {"login": user.username}
    key = get_settings().secret_key.encode()
    digest = hmac.new(key, login.strip().casefold().encode(), hashlib.sha256).hexdigest()
    return {"login_digest": digest[:16]}


async def find_user(login: str) -> User | None:
    login = login.strip()
    if not login or len(login) > 254:
        return None
    return await User.get_or_none(
        Q(username_key=validation.normalize_username(login))
        | Q(email=validation.normalize_email(login)))


async def record_failure(user: User | None, reason: str, login: str,
                         policy: PasswordPolicy, action: str = "auth.login") -> None:
    async with in_transaction() as conn:
        if user is not None and reason in COUNTED_FAILURES:
            await User.filter(id=user.id).using_db(conn).update(
                failed_attempts=F("failed_attempts") + 1)
            await user.refresh_from_db(fields=["failed_attempts", "lockout_count"],
                                       using_db=conn)
            if user.failed_attempts >= policy.lockout_threshold:
                await _lock(user, policy, conn)
        await audit.record(
            actor=None, action=action, target_type="user",
            target_id=user.id if user else "", outcome="failure", reason=reason,
            # The attempted name helps spot spraying; it is never a password.
            changes=attempted_login(login, user), actor_label=user.username if user else "",
            using_db=conn)


async def _lock(user: User, policy: PasswordPolicy, conn: object) -> None:
    duration = min(timedelta(minutes=policy.lockout_minutes) * (2 ** user.lockout_count),
                   MAX_LOCKOUT)
    until = datetime.now(UTC) + duration
    await User.filter(id=user.id).using_db(conn).update(  # type: ignore[arg-type]
        locked_until=until, failed_attempts=0, lockout_count=F("lockout_count") + 1)
    await audit.record(actor=None, action="user.locked", target_type="user", target_id=user.id,
                       actor_label="system", changes={"until": until.isoformat()},
                       using_db=conn)  # type: ignore[arg-type]
    await mail.queue_mail(to=user.email, template="account_locked", language=user.language,
                          display_name=user.display_name,
                          until=until.strftime("%Y-%m-%d %H:%M UTC"),
                          using_db=conn)  # type: ignore[arg-type]


async def login(*, username: str, password: str, settings: Settings) -> LoginOutcome:
    """The password step. Raises InvalidCredentials (generic) or RATE_LIMITED."""
    meta = request_meta.current()
    ip_key = f"login-fail-ip:{meta.ip}"
    count, retry_after = await throttle.peek(ip_key, window_seconds=IP_WINDOW_SECONDS)
    if count >= IP_FAILURE_LIMIT:
        await audit.record(actor=None, action="auth.login", outcome="failure",
                           reason="RATE_LIMITED", changes=attempted_login(username, None))
        raise RateLimited(retry_after)
    policy = await get_policy()
    user = await find_user(username)
    # Always verify, even for unknown users, so timing does not reveal which names exist.
    ok = await verify_password(user.password_hash if user else None, password)
    now = datetime.now(UTC)
    reason = ""
    if user is None:
        reason = "UNKNOWN_USER"
    elif user.locked_until is not None and user.locked_until > now:
        reason = "LOCKED"
    elif not ok:
        reason = "WRONG_PASSWORD"
    elif not user.is_active:
        reason = "DISABLED"
    if reason:
        await throttle.hit(ip_key, window_seconds=IP_WINDOW_SECONDS)
        await record_failure(user, reason, username, policy)
        mail.schedule_delivery()
        raise InvalidCredentials()
    assert user is not None and user.password_hash is not None
    if needs_rehash(user.password_hash):
        # Parameters were raised since this hash was made: upgrade it while we have the password.
        user.password_hash = await hash_password(password)
    methods = await mfa.methods_of(user)
    if methods:
        state = "mfa"
    elif (await mfa.requirement(user, [r.name for r in await user.roles.all()])).overdue:
        state = "enroll"
    else:
        state = "password_change" if needs_password_change(user, policy) else sessions.FULL
    async with in_transaction() as conn:
        if state != "mfa":
            # With a second factor still due, the failure count stays: otherwise knowing the
            # password would buy four fresh code guesses per sign-in, forever.
            user.failed_attempts = 0
            user.lockout_count = 0
            user.locked_until = None
        user.last_login_at = now
        user.last_login_ip = meta.ip
        await user.save(using_db=conn, update_fields=[
            "password_hash", "failed_attempts", "lockout_count", "locked_until",
            "last_login_at", "last_login_ip"])
        session, raw_id = await sessions.create_session(
            user=user, state=state, settings=settings, ip=meta.ip, user_agent=meta.user_agent)
        await audit.record(
            actor=None, actor_label=user.username, action="auth.login", target_type="user",
            target_id=user.id, outcome="success" if state == sessions.FULL else "partial",
            reason=PARTIAL_REASONS.get(state, ""), changes={"session": session.id},
            using_db=conn)
    return LoginOutcome(state=state, user=user, raw_session_id=raw_id, methods=methods)


async def logout(*, actor: Actor | None, auth: sessions.Authenticated | None) -> None:
    if auth is None:
        return
    async with in_transaction() as conn:
        await sessions.revoke([auth.session.id], using_db=conn)
        await audit.record(actor=actor, actor_label=auth.user.username, action="auth.logout",
                           target_type="session", target_id=auth.session.id, using_db=conn)


async def revoke_session(*, actor: Actor | None, session: Session) -> None:
    async with in_transaction() as conn:
        await sessions.revoke([session.id], using_db=conn)
        await audit.record(actor=actor, action="session.revoked", target_type="session",
                           target_id=session.id, using_db=conn)


async def revoke_other_sessions(*, actor: Actor | None, auth: sessions.Authenticated) -> int:
    async with in_transaction() as conn:
        count = await sessions.revoke_all_for(auth.user.id, except_id=auth.session.id,
                                              using_db=conn)
        await audit.record(actor=actor, action="session.revoked", target_type="user",
                           target_id=auth.user.id, reason="OTHERS", changes={"count": count},
                           using_db=conn)
    return count
