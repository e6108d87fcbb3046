"""What admins do to accounts: invite, edit, disable, unlock, require a change, assign roles.

Every act is audited in its own transaction with the fields it changed (never a secret).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.accounts import validation
from backend.accounts.actor import Actor
from backend.accounts.guard import ensure_can_grant, ensure_can_manage
from backend.accounts.models import Role, User
from backend.accounts.services import create_user
from backend.api.errors import Conflict, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.auth import sessions, tokens
from backend.auth.passwords_flow import INVITE_LIFETIME
from backend.mail import services as mail
from backend.settings import get_settings

LANGUAGES = {"en-US", "zh-CN"}


@dataclass
class UserPage:
    items: list[User]
    total: int


async def list_users(*, actor: Actor, search: str = "", active: bool | None = None,
                     locked: bool | None = None, role: str | None = None,
                     offset: int = 0, limit: int = 50) -> UserPage:
    query = User.all()
    if search.strip():
        s = search.strip()
        query = query.filter(Q(username__icontains=s) | Q(email__icontains=s)
                             | Q(display_name__icontains=s))
    if active is not None:
        query = query.filter(is_active=active)
    now = datetime.now(UTC)
    if locked is True:
        query = query.filter(locked_until__gt=now)
    elif locked is False:
        query = query.filter(Q(locked_until__isnull=True) | Q(locked_until__lte=now))
    if role:
        query = query.filter(roles__name=role)
    total = await query.count()
    items = await query.order_by("username_key").offset(max(0, offset)) \
        .limit(min(max(1, limit), 100)).prefetch_related("roles")
    return UserPage(items=list(items), total=total)


async def get_user(user_id: int) -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise NotFound()
    return user


async def _managed(actor: Actor, user_id: int) -> User:
    """The user, provided the actor's rights cover theirs (no acting on a superior)."""
    user = await get_user(user_id)
    await ensure_can_manage(actor, user)
    return user


async def _send_invitation(actor: Actor, user: User, conn: object) -> None:
    raw, _ = await tokens.issue(purpose="invite", user=user, lifetime=INVITE_LIFETIME,
                                using_db=conn)  # type: ignore[arg-type]
    await mail.queue_mail(
        to=user.email, template="invitation", language=user.language,
        display_name=user.display_name, username=user.username, inviter=actor.username,
        link=f"{get_settings().public_url}/accept-invite#{raw}",
        hours=int(INVITE_LIFETIME.total_seconds() // 3600), using_db=conn)  # type: ignore[arg-type]


async def invite_user(*, actor: Actor, username: str, email: str, display_name: str,
                      roles: list[str], language: str) -> User:
    """Create a user without a password and mail them a link to choose one.

    An admin never chooses or sees another person's password.
    """
    ensure_can_grant(actor, await Role.filter(name__in=roles))
    user = await create_user(actor=actor, username=username, email=email,
                             display_name=display_name, roles=roles, language=language)
    async with in_transaction() as conn:
        await _send_invitation(actor, user, conn)
        await audit.record(actor=actor, action="user.invited", target_type="user",
                           target_id=user.id, using_db=conn)
    mail.schedule_delivery()
    return user


async def resend_invitation(*, actor: Actor, user_id: int) -> User:
    user = await _managed(actor, user_id)
    if user.password_hash is not None:
        raise Conflict("This user has already set a password",
                       fields={"id": ["ALREADY_ACTIVE"]})
    async with in_transaction() as conn:
        await _send_invitation(actor, user, conn)
        await audit.record(actor=actor, action="user.invited", target_type="user",
                           target_id=user.id, reason="RESENT", using_db=conn)
    mail.schedule_delivery()
    return user


async def update_user(*, actor: Actor, user_id: int, display_name: str | None = None,
                      email: str | None = None, language: str | None = None) -> User:
    user = await _managed(actor, user_id)
    changes: dict[str, object] = {}
    problems: dict[str, list[str]] = {}
    if display_name is not None:
        if not 1 <= len(display_name.strip()) <= 128:
            problems["displayName"] = ["INVALID_LENGTH"]
        elif display_name.strip() != user.display_name:
            changes["display_name"] = [user.display_name, display_name.strip()]
    if email is not None:
        normalized = validation.normalize_email(email)
        if p := validation.email_problems(normalized):
            problems["email"] = p
        elif normalized != user.email:
            if await User.filter(email=normalized).exclude(id=user.id).exists():
                raise Conflict("That email is in use", fields={"email": ["TAKEN"]})
            changes["email"] = ["(changed)", "(changed)"]  # an address is PII: not in the log
    if language is not None:
        if language not in LANGUAGES:
            problems["language"] = ["UNKNOWN_LANGUAGE"]
        elif language != user.language:
            changes["language"] = [user.language, language]
    if problems:
        raise ValidationFailed(problems)
    if not changes:
        return user
    async with in_transaction() as conn:
        if "display_name" in changes:
            user.display_name = display_name.strip()  # type: ignore[union-attr]
        if "email" in changes:
            user.email = validation.normalize_email(email or "")
        if "language" in changes:
            user.language = language or user.language
        await user.save(using_db=conn)
        await audit.record(actor=actor, action="user.updated", target_type="user",
                           target_id=user.id, changes=changes, using_db=conn)
    return user


async def _admins_left_without(user_id: int) -> int:
    return await User.filter(is_active=True, roles__name="admin").exclude(id=user_id) \
        .distinct().count()


async def set_roles(*, actor: Actor, user_id: int, roles: list[str]) -> User:
    user = await _managed(actor, user_id)
    found = await Role.filter(name__in=roles)
    if not roles or len(found) != len(set(roles)):
        raise ValidationFailed({"roles": ["UNKNOWN_ROLE"]})
    ensure_can_grant(actor, found)
    before = sorted(r.name for r in await user.roles.all())
    if "admin" in before and "admin" not in roles and await _admins_left_without(user.id) == 0:
        raise Conflict("The last admin cannot lose the admin role",
                       fields={"roles": ["LAST_ADMIN"]})
    async with in_transaction() as conn:
        await user.roles.clear(using_db=conn)
        await user.roles.add(*found, using_db=conn)
        await audit.record(actor=actor, action="user.roles_changed", target_type="user",
                           target_id=user.id, changes={"roles": [before, sorted(set(roles))]},
                           using_db=conn)
    return user


async def set_active(*, actor: Actor, user_id: int, active: bool) -> User:
    user = await _managed(actor, user_id)
    if not active and user.id == actor.user_id:
        raise Conflict("You cannot disable your own account", fields={"id": ["SELF"]})
    if not active and await _admins_left_without(user.id) == 0 and \
            await user.roles.filter(name="admin").exists():
        raise Conflict("The last admin cannot be disabled", fields={"id": ["LAST_ADMIN"]})
    if user.is_active == active:
        return user
    async with in_transaction() as conn:
        user.is_active = active
        await user.save(using_db=conn, update_fields=["is_active", "updated_at"])
        if not active:
            # Disabling ends every session at once, not at the next idle timeout.
            await sessions.revoke_all_for(user.id, using_db=conn)
        await audit.record(actor=actor, action="user.enabled" if active else "user.disabled",
                           target_type="user", target_id=user.id,
                           changes={"is_active": [not active, active]}, using_db=conn)
    return user


async def unlock(*, actor: Actor, user_id: int) -> User:
    user = await _managed(actor, user_id)
    async with in_transaction() as conn:
        user.locked_until = None
        user.failed_attempts = 0
        user.lockout_count = 0
        await user.save(using_db=conn, update_fields=[
            "locked_until", "failed_attempts", "lockout_count", "updated_at"])
        await audit.record(actor=actor, action="user.unlocked", target_type="user",
                           target_id=user.id, using_db=conn)
    return user


async def require_password_change(*, actor: Actor, user_id: int) -> User:
    user = await _managed(actor, user_id)
    async with in_transaction() as conn:
        user.must_change_password = True
        await user.save(using_db=conn, update_fields=["must_change_password", "updated_at"])
        await audit.record(actor=actor, action="user.password_change_required",
                           target_type="user", target_id=user.id, using_db=conn)
    return user


async def revoke_user_sessions(*, actor: Actor, user_id: int) -> int:
    user = await _managed(actor, user_id)
    async with in_transaction() as conn:
        count = await sessions.revoke_all_for(user.id, using_db=conn)
        await audit.record(actor=actor, action="session.revoked", target_type="user",
                           target_id=user.id, changes={"count": count}, using_db=conn)
    return count
