"""Second factors in the API: the user's own factors, enrolment, and the admin's MFA policy."""

from __future__ import annotations

from datetime import datetime

import strawberry

from backend.accounts.perms import Perm
from backend.api.context import Info
from backend.api.ids import parse_id
from backend.api.permissions import CanEnroll, HasPerm, HasSession, StepUp
from backend.auth import second_factor
from backend.auth.graphql import LoginResult, MfaMethod, login_result
from backend.auth.sessions import Authenticated, set_session_cookies
from backend.mfa import passkeys
from backend.mfa import services as mfa
from backend.mfa.models import WebAuthnCredential
from backend.mfa.policy import MfaPolicy, get_policy, update_policy

FACTOR_CHANGE = [CanEnroll, StepUp]


@strawberry.type(description="A registered passkey or security key.")
class Passkey:
    id: strawberry.ID
    name: str
    created_at: datetime
    last_used_at: datetime | None

    @classmethod
    def of(cls, c: WebAuthnCredential) -> Passkey:
        return cls(id=strawberry.ID(str(c.id)), name=c.name, created_at=c.created_at,
                   last_used_at=c.last_used_at)


@strawberry.type(description="Your second factors.")
class MfaStatus:
    methods: list[MfaMethod] = strawberry.field(description="Factors you can sign in with.")
    allowed_methods: list[MfaMethod] = strawberry.field(
        description="Factors your organisation allows you to set up.")
    totp_enabled: bool
    email_enabled: bool
    sms_phone: str | None = strawberry.field(description="Masked phone number for SMS codes.")
    recovery_codes_remaining: int
    passkeys: list[Passkey]
    required: bool = strawberry.field(description="Whether your role requires a second factor.")
    grace_ends_at: datetime | None = strawberry.field(
        description="Until when you may sign in without one (when required and missing).")


@strawberry.type(description="A new authenticator, to scan or type into the app.")
class TotpEnrollment:
    otpauth_uri: str
    secret: str = strawberry.field(description="Base32 secret for manual entry.")
    qr_svg: str = strawberry.field(description="The otpauth URI as an SVG QR code.")


@strawberry.type(description="A factor was added.")
class FactorAdded:
    recovery_codes: list[str] = strawberry.field(
        description="New recovery codes, shown once (empty when you already had some).")
    login: LoginResult | None = strawberry.field(
        description="Set when this completed a required enrolment: the sign-in continues.")


@strawberry.type(description="The MFA policy.")
class MfaPolicyInfo:
    required_roles: list[str]
    allowed_methods: list[MfaMethod]
    grace_days: int
    passwordless_allowed: bool


@strawberry.input
class MfaPolicyInput:
    required_roles: list[str]
    allowed_methods: list[MfaMethod]
    grace_days: int
    passwordless_allowed: bool


@strawberry.input
class CodeInput:
    code: str


@strawberry.input
class PasskeyInput:
    name: str
    credential: str = strawberry.field(description="JSON of the PublicKeyCredential.")


def _auth(info: Info) -> Authenticated:
    auth = info.context.auth
    assert auth is not None
    return auth


async def _added(info: Info, codes: list[str]) -> FactorAdded:
    outcome = await second_factor.finish_enrollment(auth=_auth(info),
                                                    settings=info.context.settings)
    if outcome is None:
        return FactorAdded(recovery_codes=codes, login=None)
    set_session_cookies(info.context.response, info.context.settings, outcome.raw_session_id,
                        outcome.state)
    return FactorAdded(recovery_codes=codes, login=await login_result(outcome))


def _policy_out(p: MfaPolicy) -> MfaPolicyInfo:
    return MfaPolicyInfo(required_roles=p.required_roles,
                         allowed_methods=[MfaMethod(m) for m in p.allowed_methods],
                         grace_days=p.grace_days, passwordless_allowed=p.passwordless_allowed)


@strawberry.type
class Query:
    @strawberry.field(description="Your second factors.", permission_classes=[CanEnroll])
    async def my_mfa(self, info: Info) -> MfaStatus:
        user = _auth(info).user
        roles = [r.name for r in await user.roles.all()]
        req = await mfa.requirement(user, roles)
        methods = await mfa.methods_of(user)
        creds = await WebAuthnCredential.filter(user_id=user.id).order_by("id")
        return MfaStatus(
            methods=[MfaMethod(m) for m in methods],
            allowed_methods=[MfaMethod(m) for m in (await get_policy()).allowed_methods],
            totp_enabled="TOTP" in methods,
            email_enabled="EMAIL" in methods, sms_phone=await mfa.masked_phone(user)
            if "SMS" in methods else None,
            recovery_codes_remaining=await mfa.recovery_remaining(user),
            passkeys=[Passkey.of(c) for c in creds], required=req.required,
            grace_ends_at=req.grace_ends_at)

    @strawberry.field(description="The MFA policy.", permission_classes=[
        HasPerm(Perm.SETTINGS_MANAGE)])
    async def mfa_policy(self, info: Info) -> MfaPolicyInfo:
        return _policy_out(await get_policy())


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Start setting up an authenticator app.",
                         permission_classes=FACTOR_CHANGE)
    async def begin_totp_enrollment(self, info: Info) -> TotpEnrollment:
        setup = await mfa.begin_totp(_auth(info).user)
        return TotpEnrollment(otpauth_uri=setup.uri, secret=setup.secret, qr_svg=setup.qr_svg)

    @strawberry.mutation(description="Activate the authenticator with a code from it.",
                         permission_classes=FACTOR_CHANGE)
    async def confirm_totp_enrollment(self, info: Info, input: CodeInput) -> FactorAdded:
        return await _added(info, await mfa.confirm_totp(_auth(info).user, input.code))

    @strawberry.mutation(description="Remove the authenticator app.",
                         permission_classes=[HasSession, StepUp])
    async def remove_totp(self, info: Info) -> bool:
        await mfa.remove_totp(_auth(info).user)
        return True

    @strawberry.mutation(description="Replace your recovery codes (the old ones stop working).",
                         permission_classes=[HasSession, StepUp])
    async def regenerate_recovery_codes(self, info: Info) -> list[str]:
        return await mfa.regenerate_recovery_codes(_auth(info).user)

    @strawberry.mutation(description="Mail a code to turn on email codes.",
                         permission_classes=FACTOR_CHANGE)
    async def begin_email_mfa(self, info: Info) -> bool:
        await mfa.begin_email(_auth(info).user)
        return True

    @strawberry.mutation(description="Turn on email codes with the mailed code.",
                         permission_classes=FACTOR_CHANGE)
    async def confirm_email_mfa(self, info: Info, input: CodeInput) -> FactorAdded:
        return await _added(info, await mfa.confirm_email(_auth(info).user, input.code))

    @strawberry.mutation(description="Turn off email codes.",
                         permission_classes=[HasSession, StepUp])
    async def disable_email_mfa(self, info: Info) -> bool:
        await mfa.disable_email(_auth(info).user)
        return True

    @strawberry.mutation(description="Send a code to a phone to turn on SMS codes.",
                         permission_classes=FACTOR_CHANGE)
    async def begin_sms_enrollment(self, info: Info, phone: str) -> bool:
        await mfa.begin_sms(_auth(info).user, phone)
        return True

    @strawberry.mutation(description="Turn on SMS codes with the texted code.",
                         permission_classes=FACTOR_CHANGE)
    async def confirm_sms_enrollment(self, info: Info, input: CodeInput) -> FactorAdded:
        return await _added(info, await mfa.confirm_sms(_auth(info).user, input.code))

    @strawberry.mutation(description="Turn off SMS codes and forget the phone number.",
                         permission_classes=[HasSession, StepUp])
    async def remove_sms(self, info: Info) -> bool:
        await mfa.remove_sms(_auth(info).user)
        return True

    @strawberry.mutation(description="Options (JSON) for navigator.credentials.create().",
                         permission_classes=FACTOR_CHANGE)
    async def begin_passkey_registration(self, info: Info) -> str:
        await mfa.ensure_allowed("WEBAUTHN")
        return await passkeys.registration_options(_auth(info).user, info.context.settings)

    @strawberry.mutation(description="Store a new passkey from the browser's answer.",
                         permission_classes=FACTOR_CHANGE)
    async def finish_passkey_registration(self, info: Info, input: PasskeyInput) -> FactorAdded:
        _, codes = await mfa.add_passkey(_auth(info).user, input.name, input.credential,
                                         info.context.settings)
        return await _added(info, codes)

    @strawberry.mutation(description="Rename one of your passkeys.",
                         permission_classes=[HasSession])
    async def rename_passkey(self, info: Info, id: strawberry.ID, name: str) -> Passkey:
        return Passkey.of(await mfa.rename_passkey(_auth(info).user, parse_id(id), name))

    @strawberry.mutation(description="Remove one of your passkeys.",
                         permission_classes=[HasSession, StepUp])
    async def remove_passkey(self, info: Info, id: strawberry.ID) -> bool:
        await mfa.remove_passkey(_auth(info).user, parse_id(id))
        return True

    @strawberry.mutation(description="Admin: remove every second factor of a user who lost "
                         "theirs. They are signed out and must enrol again.",
                         permission_classes=[HasPerm(Perm.USERS_MANAGE), StepUp])
    async def reset_user_mfa(self, info: Info, id: strawberry.ID) -> bool:
        assert info.context.actor is not None
        await mfa.reset_user_mfa(actor=info.context.actor, user_id=parse_id(id))
        return True

    @strawberry.mutation(description="Replace the MFA policy.",
                         permission_classes=[HasPerm(Perm.SETTINGS_MANAGE), StepUp])
    async def update_mfa_policy(self, info: Info, input: MfaPolicyInput) -> MfaPolicyInfo:
        assert info.context.actor is not None
        new = await update_policy(actor=info.context.actor, required_roles=input.required_roles,
                                  allowed_methods=[m.value for m in input.allowed_methods],
                                  grace_days=input.grace_days,
                                  passwordless_allowed=input.passwordless_allowed)
        return _policy_out(new)


