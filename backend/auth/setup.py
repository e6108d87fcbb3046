"""First run: while no admin exists, a one-time link (valid one hour) lets someone create one.

The link is printed on the server console at start-up, so only whoever runs the server sees it.
"""

from __future__ import annotations

from datetime import timedelta

from tortoise.transactions import in_transaction

from backend.accounts import validation
from backend.accounts.models import PasswordHistory, Role, User
from backend.accounts.passwords import hash_password
from backend.accounts.policy import get_policy
from backend.api.errors import Conflict, ValidationFailed
from backend.audit import services as audit
from backend.auth import tokens
from backend.auth.passwords_flow import InvalidToken, check_new_password
from backend.core.models import now_utc
from backend.settings import Settings

SETUP_LIFETIME = timedelta(hours=1)


async def admin_exists() -> bool:
    return await User.filter(is_active=True, roles__name="admin").exists()


async def create_setup_link(settings: Settings) -> str | None:
    """A fresh setup link, or None when an admin already exists."""
    if await admin_exists():
        return None
    raw, _ = await tokens.issue(purpose="setup", user=None, lifetime=SETUP_LIFETIME)
    return f"{settings.public_url}/setup#{raw}"


async def complete_setup(*, token: str, username: str, email: str, display_name: str,
                         password: str, language: str) -> User:
    """Create the first admin from a setup link."""
    found = await tokens.find_live("setup", token)
    if found is None:
        raise InvalidToken()
    if await admin_exists():
        raise Conflict("Setup is already complete", fields={"token": ["SETUP_DONE"]})
    username, email = username.strip(), validation.normalize_email(email)
    problems: dict[str, list[str]] = {}
    if p := validation.username_problems(username):
        problems["username"] = p
    if p := validation.email_problems(email):
        problems["email"] = p
    if language not in {"en-US", "zh-CN"}:
        problems["language"] = ["UNKNOWN_LANGUAGE"]
    if problems:
        raise ValidationFailed(problems)
    candidate = User(username=username, email=email)
    await check_new_password(candidate, password, await get_policy(), field="password")
    key = validation.normalize_username(username)
    if await User.filter(username_key=key).exists() or await User.filter(email=email).exists():
        raise Conflict("That username or email is taken", fields={"username": ["TAKEN"]})
    password_hash = await hash_password(password)
    admin_role = await Role.get(name="admin")
    async with in_transaction() as conn:
        if not await tokens.consume(found, using_db=conn):
            raise InvalidToken()
        user = await User.create(
            username=username, username_key=key, email=email,
            display_name=display_name.strip() or username, language=language,
            password_hash=password_hash, password_changed_at=now_utc(), using_db=conn)
        await user.roles.add(admin_role, using_db=conn)
        await PasswordHistory.create(user=user, password_hash=password_hash, using_db=conn)
        await audit.record(actor=None, actor_label=username, action="setup.completed",
                           target_type="user", target_id=user.id, using_db=conn)
    return user
