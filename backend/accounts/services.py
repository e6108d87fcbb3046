"""Account rules: creating and changing users. Services take the actor first, keyword-only."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from backend.accounts import validation
from backend.accounts.actor import Actor
from backend.accounts.models import Role, User
from backend.accounts.passwords import hash_password
from backend.api.errors import Conflict, ValidationFailed
from backend.audit import services as audit


async def create_user(
    *,
    actor: Actor | None,
    username: str,
    email: str,
    display_name: str = "",
    roles: list[str],
    password: str | None = None,
    language: str = "en-US",
) -> User:
    """Create a user. ``actor`` is None only for the CLI and first-run setup."""
    username = username.strip()
    email = validation.normalize_email(email)
    problems: dict[str, list[str]] = {}
    if p := validation.username_problems(username):
        problems["username"] = p
    if p := validation.email_problems(email):
        problems["email"] = p
    found = await Role.filter(name__in=roles)
    if not roles or len(found) != len(set(roles)):
        problems["roles"] = ["UNKNOWN_ROLE"]
    if language not in {"en-US", "zh-CN"}:
        problems["language"] = ["UNKNOWN_LANGUAGE"]
    if problems:
        raise ValidationFailed(problems)
    key = validation.normalize_username(username)
    if await User.filter(username_key=key).exists():
        raise Conflict("That username is taken", fields={"username": ["TAKEN"]})
    if await User.filter(email=email).exists():
        raise Conflict("That email is in use", fields={"email": ["TAKEN"]})
    password_hash = await hash_password(password) if password else None
    async with in_transaction() as conn:
        user = await User.create(
            username=username, username_key=key, email=email,
            display_name=display_name or username, language=language,
            password_hash=password_hash,
            password_changed_at=datetime.now(UTC) if password_hash else None,
            using_db=conn,
        )
        await user.roles.add(*found, using_db=conn)
        await audit.record(
            actor=actor, action="user.created", target_type="user", target_id=user.id,
            changes={"username": username, "roles": sorted(roles)}, using_db=conn,
            actor_label=None if actor else "system",
        )
    return user
