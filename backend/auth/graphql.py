"""Sign-in, sign-out, sessions and password flows: the contract in DESIGN.md."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import anyio
import strawberry

from backend.accounts.actor import Actor
from backend.accounts.models import User
from backend.accounts.policy import get_policy, password_problems
from backend.api.context import Info
from backend.api.errors import Unauthenticated, ValidationFailed
from backend.api.ids import parse_id
from backend.api.permissions import HasSession, Public
from backend.auth import passwords_flow, second_factor, services, sessions, setup
from backend.auth.useragent import describe
from backend.mfa import passkeys
from backend.mfa import services as mfa


@strawberry.enum(description="Outcome of a sign-in step.")
class LoginStatus(Enum):
    SUCCESS = "SUCCESS"
    MFA_REQUIRED = "MFA_REQUIRED"
    MFA_ENROLLMENT_REQUIRED = "MFA_ENROLLMENT_REQUIRED"
    PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED"  # noqa: S105 - a state, not a secret


@strawberry.enum(description="A second factor.")
class MfaMethod(Enum):
    TOTP = "TOTP"
    RECOVERY_CODE = "RECOVERY_CODE"
    EMAIL = "EMAIL"
    SMS = "SMS"
    WEBAUTHN = "WEBAUTHN"


@strawberry.type(description="The signed-in user.")
class Me:
    id: strawberry.ID = strawberry.field(description="User id.")
    username: str = strawberry.field(description="Sign-in name.")
    email: str = strawberry.field(description="Email address.")
    display_name: str = strawberry.field(description="Name shown in the app.")
    language: str = strawberry.field(description="Preferred language: zh-CN or en-US.")
    roles: list[str] = strawberry.field(description="Role names.")
    permissions: list[str] = strawberry.field(description="Effective permission names.")
    mfa_enabled: bool = strawberry.field(description="Whether a second factor is set up.")
    mfa_required: bool = strawberry.field(description="Whether a role requires a second factor.")
    mfa_grace_ends_at: datetime | None = strawberry.field(
        description="When a required second factor is missing: until when sign-in works "
        "without it.")
    password_expires_at: datetime | None = strawberry.field(
        description="When the password must be changed; null when it never expires.")


@strawberry.type(description="Where a sign-in stands and what comes next.")
class LoginResult:
    status: LoginStatus = strawberry.field(description="The state reached.")
    user: Me | None = strawberry.field(default=None, description="Set on SUCCESS.")
    mfa_methods: list[MfaMethod] = strawberry.field(
        default_factory=list, description="Second factors the user may use next.")


@strawberry.type(description="A signed-in browser or device of the current user.")
class SessionInfo:
    id: strawberry.ID
    current: bool = strawberry.field(description="The session making this request.")
    device: str = strawberry.field(description="Browser and system, from the user agent.")
    ip: str
    created_at: datetime
    last_seen_at: datetime


@strawberry.type(description="Whether first-run setup is still open, and how one may sign in.")
class SetupStatus:
    needs_setup: bool
    passwordless_allowed: bool = strawberry.field(
        description="Whether passkeys alone may sign in (the sign-in page shows the button).")


@strawberry.type(description="Problems a candidate password has under the current policy.")
class PasswordCheck:
    ok: bool
    problems: list[str] = strawberry.field(description="Codes such as TOO_SHORT, COMMON, WEAK.")
    score: int = strawberry.field(description="Strength 0-4 (zxcvbn).")


@strawberry.input
class LoginInput:
    username: str
    password: str


@strawberry.input
class VerifyMfaInput:
    method: MfaMethod
    code: str


@strawberry.input
class SendMfaCodeInput:
    method: MfaMethod


@strawberry.input
class PasskeyLoginInput:
    credential: str = strawberry.field(description="JSON of the browser's assertion.")


@strawberry.input(description="The password, or a second factor's method and code.")
class ReauthenticateInput:
    password: str | None = None
    method: MfaMethod | None = None
    code: str | None = None


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.input
class RequestPasswordResetInput:
    login: str = strawberry.field(description="Username or email.")


@strawberry.input(description="Either the token from the mailed link, or login and code.")
class ResetPasswordInput:
    new_password: str
    token: str | None = None
    login: str | None = None
    code: str | None = None


@strawberry.input
class AcceptInvitationInput:
    token: str
    new_password: str


@strawberry.input
class CompleteSetupInput:
    token: str
    username: str
    email: str
    display_name: str
    password: str
    language: str = "en-US"


@strawberry.input
class PasswordCheckInput:
    password: str
    username: str = ""
    email: str = ""


async def me_for(user: User, actor: Actor | None = None) -> Me:
    actor = actor or await sessions.actor_for(user)
    policy = await get_policy()
    req = await mfa.requirement(user, actor.roles)
    return Me(id=strawberry.ID(str(user.id)), username=user.username, email=user.email,
              display_name=user.display_name, language=user.language, roles=list(actor.roles),
              permissions=sorted(actor.permissions),
              mfa_enabled=bool(await mfa.methods_of(user)), mfa_required=req.required,
              mfa_grace_ends_at=req.grace_ends_at,
              password_expires_at=services.password_expires_at(user, policy))


STATUS_OF = {sessions.FULL: LoginStatus.SUCCESS, "mfa": LoginStatus.MFA_REQUIRED,
             "enroll": LoginStatus.MFA_ENROLLMENT_REQUIRED,
             "password_change": LoginStatus.PASSWORD_CHANGE_REQUIRED}


async def login_result(outcome: services.LoginOutcome) -> LoginResult:
    """What the client learns: the user only on SUCCESS, the factors only when one is due."""
    if outcome.state == sessions.FULL:
        return LoginResult(status=LoginStatus.SUCCESS, user=await me_for(outcome.user))
    return LoginResult(status=STATUS_OF[outcome.state],
                       mfa_methods=[MfaMethod(m) for m in outcome.methods])


def _start_session(info: Info, raw_id: str, state: str) -> None:
    sessions.set_session_cookies(info.context.response, info.context.settings, raw_id, state)


@strawberry.type
class Query:
    @strawberry.field(description="The signed-in user, or null.", permission_classes=[Public])
    async def me(self, info: Info) -> Me | None:
        actor, auth = info.context.actor, info.context.auth
        if actor is not None and actor.token_id is not None:
            # Through an API token: the token's rights (its scopes within the owner's).
            return await me_for(await User.get(id=actor.user_id), actor)
        return await me_for(auth.user) if auth and auth.is_full else None

    @strawberry.field(description="Your signed-in sessions.", permission_classes=[HasSession])
    async def my_sessions(self, info: Info) -> list[SessionInfo]:
        auth = info.context.auth
        assert auth is not None
        live = await sessions.live_sessions_of(auth.user.id, info.context.settings)
        return [SessionInfo(id=strawberry.ID(str(s.id)), current=s.id == auth.session.id,
                            device=describe(s.user_agent), ip=s.ip, created_at=s.created_at,
                            last_seen_at=s.last_seen_at) for s in live]

    @strawberry.field(description="Whether the first admin still has to be created.",
                      permission_classes=[Public])
    async def setup_status(self, info: Info) -> SetupStatus:
        from backend.mfa.policy import get_policy as get_mfa_policy

        return SetupStatus(needs_setup=not await setup.admin_exists(),
                           passwordless_allowed=(await get_mfa_policy()).passwordless_allowed)

    @strawberry.field(description="Check a candidate password against the policy (strength "
                      "meter). Nothing is stored or logged.", permission_classes=[Public])
    async def password_check(self, info: Info, input: PasswordCheckInput) -> PasswordCheck:
        from backend.accounts.policy import strength

        policy = await get_policy()
        auth = info.context.auth
        username = auth.user.username if auth else input.username
        email = auth.user.email if auth else input.email
        has_mfa = bool(auth and await mfa.methods_of(auth.user))
        candidate = input.password[:300]

        def check() -> tuple[list[str], int]:
            problems = password_problems(candidate, policy, username=username, email=email,
                                         has_mfa=has_mfa)
            return problems, strength(candidate, [username, email]) if candidate else 0

        # zxcvbn costs milliseconds per call: keep it off the event loop like hashing.
        problems, score = await anyio.to_thread.run_sync(check)
        return PasswordCheck(ok=not problems, problems=problems, score=score)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Sign in with a username (or email) and password. Sets the "
                         "session cookie.", permission_classes=[Public])
    async def login(self, info: Info, input: LoginInput) -> LoginResult:
        ctx = info.context
        outcome = await services.login(username=input.username, password=input.password,
                                       settings=ctx.settings)
        if ctx.auth is not None:  # a new id at every sign-in: no session fixation
            await sessions.revoke([ctx.auth.session.id])
        _start_session(info, outcome.raw_session_id, outcome.state)
        return await login_result(outcome)

    @strawberry.mutation(description="Complete an MFA_REQUIRED sign-in with a second factor. "
                         "For WEBAUTHN the code is the JSON of the browser's assertion.",
                         permission_classes=[Public])
    async def verify_mfa(self, info: Info, input: VerifyMfaInput) -> LoginResult:
        auth = info.context.auth
        if auth is None or auth.session.state != "mfa":
            raise Unauthenticated()
        outcome = await second_factor.verify_mfa(auth=auth, method=input.method.value,
                                                 code=input.code, settings=info.context.settings)
        _start_session(info, outcome.raw_session_id, outcome.state)
        return await login_result(outcome)

    @strawberry.mutation(description="Send an email or SMS code for the pending sign-in or a "
                         "step-up.", permission_classes=[Public])
    async def send_mfa_code(self, info: Info, input: SendMfaCodeInput) -> bool:
        auth = info.context.auth
        if auth is None or auth.session.state not in {"mfa", sessions.FULL}:
            raise Unauthenticated()
        if input.method.value not in {"EMAIL", "SMS"} or \
                input.method.value not in await mfa.methods_of(auth.user):
            raise ValidationFailed({"method": ["NOT_AVAILABLE"]})
        await mfa.send_code(auth.user, input.method.value)
        return True

    @strawberry.mutation(description="Options (JSON) for navigator.credentials.get() for the "
                         "pending sign-in or a step-up.", permission_classes=[Public])
    async def begin_passkey_authentication(self, info: Info) -> str:
        auth = info.context.auth
        if auth is None or auth.session.state not in {"mfa", sessions.FULL}:
            raise Unauthenticated()
        return await passkeys.authentication_options(auth.user, info.context.settings)

    @strawberry.mutation(description="Options (JSON) for a passwordless passkey sign-in, when "
                         "the MFA policy allows it.", permission_classes=[Public])
    async def begin_passkey_login(self, info: Info) -> str:
        return await second_factor.passkey_options(info.context.settings)

    @strawberry.mutation(description="Sign in with a passkey alone (when allowed).",
                         permission_classes=[Public])
    async def passkey_login(self, info: Info, input: PasskeyLoginInput) -> LoginResult:
        outcome = await second_factor.passkey_login(credential=input.credential,
                                                    settings=info.context.settings)
        if info.context.auth is not None:
            await sessions.revoke([info.context.auth.session.id])
        _start_session(info, outcome.raw_session_id, outcome.state)
        return await login_result(outcome)

    @strawberry.mutation(description="Step-up: confirm it's you with your password or a second "
                         "factor; sensitive actions are then allowed for 10 minutes.",
                         permission_classes=[HasSession])
    async def reauthenticate(self, info: Info, input: ReauthenticateInput) -> bool:
        auth = info.context.auth
        assert auth is not None
        await second_factor.reauthenticate(
            auth=auth, password=input.password, method=input.method.value if input.method
            else None, code=input.code, settings=info.context.settings)
        return True

    @strawberry.mutation(description="End the current session.", permission_classes=[Public])
    async def logout(self, info: Info) -> bool:
        await services.logout(actor=info.context.actor, auth=info.context.auth)
        sessions.clear_session_cookies(info.context.response, info.context.settings)
        return True

    @strawberry.mutation(description="Change your password; also completes a forced change. "
                         "Every other session ends.", permission_classes=[Public])
    async def change_password(self, info: Info, input: ChangePasswordInput) -> LoginResult:
        auth = info.context.auth
        if auth is None or auth.session.state not in {sessions.FULL, "password_change"}:
            raise Unauthenticated()
        raw_id = await passwords_flow.change_password(
            auth=auth, current_password=input.current_password,
            new_password=input.new_password, settings=info.context.settings)
        _start_session(info, raw_id, sessions.FULL)
        return LoginResult(status=LoginStatus.SUCCESS, user=await me_for(auth.user))

    @strawberry.mutation(description="Mail a reset link and code if the account exists. Always "
                         "answers true.", permission_classes=[Public])
    async def request_password_reset(self, info: Info, input: RequestPasswordResetInput) -> bool:
        await passwords_flow.request_reset(login=input.login, settings=info.context.settings)
        return True

    @strawberry.mutation(description="Set a new password from a mailed link or code. Ends every "
                         "session; the next sign-in still asks for the second factor.",
                         permission_classes=[Public])
    async def reset_password(self, info: Info, input: ResetPasswordInput) -> bool:
        await passwords_flow.reset_password(token=input.token, login=input.login,
                                            code=input.code, new_password=input.new_password)
        return True

    @strawberry.mutation(description="Choose your password from an invitation link.",
                         permission_classes=[Public])
    async def accept_invitation(self, info: Info, input: AcceptInvitationInput) -> bool:
        await passwords_flow.accept_invitation(token=input.token, new_password=input.new_password)
        return True

    @strawberry.mutation(description="Create the first admin with the one-time setup link.",
                         permission_classes=[Public])
    async def complete_setup(self, info: Info, input: CompleteSetupInput) -> bool:
        await setup.complete_setup(token=input.token, username=input.username,
                                   email=input.email, display_name=input.display_name,
                                   password=input.password, language=input.language)
        return True

    @strawberry.mutation(description="Sign out one of your sessions.",
                         permission_classes=[HasSession])
    async def revoke_session(self, info: Info, id: strawberry.ID) -> bool:
        auth = info.context.auth
        assert auth is not None
        target = await sessions.own_session(auth.user.id, parse_id(id))
        await services.revoke_session(actor=info.context.actor, session=target)
        if target.id == auth.session.id:
            sessions.clear_session_cookies(info.context.response, info.context.settings)
        return True

    @strawberry.mutation(description="Sign out everywhere else; returns how many sessions ended.",
                         permission_classes=[HasSession])
    async def revoke_other_sessions(self, info: Info) -> int:
        auth = info.context.auth
        assert auth is not None
        return await services.revoke_other_sessions(actor=info.context.actor, auth=auth)
