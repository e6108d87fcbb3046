"""Admin management of users, roles (read-only here), the password policy and the mail outbox."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

import strawberry

from backend.accounts import admin
from backend.accounts import policy as policies
from backend.accounts.models import User as UserModel
from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.errors import ValidationFailed
from backend.api.ids import parse_id
from backend.api.permissions import HasPerm, StepUp
from backend.mail.outbox import readable_outbox

MANAGE_USERS = [HasPerm(Perm.USERS_MANAGE)]
MANAGE_SETTINGS = [HasPerm(Perm.SETTINGS_MANAGE)]


@strawberry.type(description="A user account, as admins see it.")
class User:
    id: strawberry.ID
    username: str
    email: str
    display_name: str
    language: str
    is_active: bool
    roles: list[str]
    locked_until: datetime | None
    is_locked: bool
    has_password: bool = strawberry.field(description="False until an invitation is accepted.")
    must_change_password: bool
    last_login_at: datetime | None
    last_login_ip: str | None
    password_changed_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, u: UserModel, roles: list[str]) -> User:
        now = datetime.now(UTC)
        return cls(id=strawberry.ID(str(u.id)), username=u.username, email=u.email,
                   display_name=u.display_name, language=u.language, is_active=u.is_active,
                   roles=sorted(roles), locked_until=u.locked_until,
                   is_locked=u.locked_until is not None and u.locked_until > now,
                   has_password=u.password_hash is not None,
                   must_change_password=u.must_change_password, last_login_at=u.last_login_at,
                   last_login_ip=u.last_login_ip, password_changed_at=u.password_changed_at,
                   created_at=u.created_at)


async def _user_out(u: UserModel) -> User:
    names = await u.roles.all().values_list("name", flat=True)
    return User.from_model(u, [str(n) for n in names])


@strawberry.type(description="A page of users.")
class UserPage:
    items: list[User]
    total: int


@strawberry.type(description="The password policy.")
class PasswordPolicy:
    preset: str = strawberry.field(description="MLPS, NIST or CUSTOM.")
    min_length: int
    min_length_without_mfa: int
    require_upper: bool
    require_lower: bool
    require_digit: bool
    require_special: bool
    max_age_days: int = strawberry.field(description="0: passwords never expire.")
    history: int = strawberry.field(description="How many previous passwords may not be reused.")
    lockout_threshold: int
    lockout_minutes: int


@strawberry.type(description="A mail kept in the outbox (no SMTP server configured).")
class OutboxMail:
    id: strawberry.ID
    created_at: datetime
    to: str
    subject: str
    text_body: str
    status: str


@strawberry.input
class CreateUserInput:
    username: str
    email: str
    display_name: str
    roles: list[str]
    language: str = "en-US"


@strawberry.input
class UpdateUserInput:
    id: strawberry.ID
    display_name: str | None = None
    email: str | None = None
    language: str | None = None


@strawberry.input
class SetUserRolesInput:
    id: strawberry.ID
    roles: list[str]


@strawberry.input
class PasswordPolicyInput:
    preset: str
    min_length: int
    min_length_without_mfa: int
    require_upper: bool
    require_lower: bool
    require_digit: bool
    require_special: bool
    max_age_days: int
    history: int
    lockout_threshold: int
    lockout_minutes: int




def _policy_out(p: policies.PasswordPolicy) -> PasswordPolicy:
    return PasswordPolicy(**asdict(p))


@strawberry.type
class Query:
    @strawberry.field(description="Users, with search and filters (admins).",
                      permission_classes=MANAGE_USERS)
    async def users(self, info: Info, search: str = "", active: bool | None = None,
                    locked: bool | None = None, role: str | None = None, offset: int = 0,
                    limit: int = 50) -> UserPage:
        if limit > 100 or limit < 1 or offset < 0:
            raise ValidationFailed({"limit": ["OUT_OF_RANGE"]})
        assert info.context.actor is not None
        page = await admin.list_users(actor=info.context.actor, search=search, active=active,
                                      locked=locked, role=role, offset=offset, limit=limit)
        items = [User.from_model(u, [r.name for r in u.roles]) for u in page.items]
        return UserPage(items=items, total=page.total)

    @strawberry.field(description="One user (admins).", permission_classes=MANAGE_USERS)
    async def user(self, info: Info, id: strawberry.ID) -> User:
        return await _user_out(await admin.get_user(parse_id(id)))

    @strawberry.field(description="The password policy.", permission_classes=MANAGE_SETTINGS)
    async def password_policy(self, info: Info) -> PasswordPolicy:
        return _policy_out(await policies.get_policy())

    @strawberry.field(description="Mail kept in the outbox, newest first (admins, for trials "
                      "without SMTP). Bodies of mail to accounts with rights beyond yours are "
                      "hidden.", permission_classes=[*MANAGE_SETTINGS, StepUp])
    async def outbox(self, info: Info, limit: int = 50) -> list[OutboxMail]:
        assert info.context.actor is not None
        rows = await readable_outbox(info.context.actor, limit)
        return [OutboxMail(id=strawberry.ID(str(m.id)), created_at=m.created_at, to=m.to_addr,
                           subject=m.subject, text_body=m.text_body, status=m.status)
                for m in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a user and mail them an invitation to set their "
                         "own password.", permission_classes=[*MANAGE_USERS, StepUp])
    async def create_user(self, info: Info, input: CreateUserInput) -> User:
        assert info.context.actor is not None
        u = await admin.invite_user(actor=info.context.actor, username=input.username,
                                    email=input.email, display_name=input.display_name,
                                    roles=input.roles, language=input.language)
        return await _user_out(u)

    @strawberry.mutation(description="Edit a user's name, email or language.",
                         permission_classes=[*MANAGE_USERS, StepUp])
    async def update_user(self, info: Info, input: UpdateUserInput) -> User:
        assert info.context.actor is not None
        u = await admin.update_user(actor=info.context.actor, user_id=parse_id(input.id),
                                    display_name=input.display_name, email=input.email,
                                    language=input.language)
        return await _user_out(u)

    @strawberry.mutation(description="Replace a user's roles.",
                         permission_classes=[*MANAGE_USERS, StepUp])
    async def set_user_roles(self, info: Info, input: SetUserRolesInput) -> User:
        assert info.context.actor is not None
        u = await admin.set_roles(actor=info.context.actor, user_id=parse_id(input.id),
                                  roles=input.roles)
        return await _user_out(u)

    @strawberry.mutation(description="Disable a user; all their sessions end at once.",
                         permission_classes=MANAGE_USERS)
    async def disable_user(self, info: Info, id: strawberry.ID) -> User:
        assert info.context.actor is not None
        return await _user_out(await admin.set_active(actor=info.context.actor,
                                                      user_id=parse_id(id),
                                                      active=False))

    @strawberry.mutation(description="Enable a disabled user.", permission_classes=MANAGE_USERS)
    async def enable_user(self, info: Info, id: strawberry.ID) -> User:
        assert info.context.actor is not None
        return await _user_out(await admin.set_active(actor=info.context.actor,
                                                      user_id=parse_id(id),
                                                      active=True))

    @strawberry.mutation(description="Lift a lockout.", permission_classes=MANAGE_USERS)
    async def unlock_user(self, info: Info, id: strawberry.ID) -> User:
        assert info.context.actor is not None
        return await _user_out(await admin.unlock(actor=info.context.actor, user_id=parse_id(id)))

    @strawberry.mutation(description="Make the user choose a new password at next sign-in.",
                         permission_classes=MANAGE_USERS)
    async def require_password_change(self, info: Info, id: strawberry.ID) -> User:
        assert info.context.actor is not None
        return await _user_out(await admin.require_password_change(
            actor=info.context.actor, user_id=parse_id(id)))

    @strawberry.mutation(description="Send a fresh invitation to a user who has not set a "
                         "password yet.", permission_classes=MANAGE_USERS)
    async def resend_invitation(self, info: Info, id: strawberry.ID) -> User:
        assert info.context.actor is not None
        return await _user_out(await admin.resend_invitation(actor=info.context.actor,
                                                             user_id=parse_id(id)))

    @strawberry.mutation(description="Sign a user out everywhere; returns the count.",
                         permission_classes=MANAGE_USERS)
    async def revoke_user_sessions(self, info: Info, id: strawberry.ID) -> int:
        assert info.context.actor is not None
        return await admin.revoke_user_sessions(actor=info.context.actor, user_id=parse_id(id))

    @strawberry.mutation(description="Replace the password policy.",
                         permission_classes=[*MANAGE_SETTINGS, StepUp])
    async def update_password_policy(self, info: Info, input: PasswordPolicyInput
                                     ) -> PasswordPolicy:
        assert info.context.actor is not None
        new = await policies.update_policy(actor=info.context.actor,
                                           values=strawberry.asdict(input))
        return _policy_out(new)
