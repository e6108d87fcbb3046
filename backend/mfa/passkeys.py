"""WebAuthn (passkeys and security keys) with the ``webauthn`` package.

Challenges are one-time tokens keyed by the challenge itself: the browser's response carries it
back in clientDataJSON, so no server-side session slot is needed and a challenge works once.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url
from webauthn.helpers.exceptions import InvalidAuthenticationResponse, InvalidRegistrationResponse
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from backend.accounts.models import OneTimeToken, User
from backend.api.errors import ValidationFailed
from backend.auth import tokens
from backend.mfa.models import MfaState, WebAuthnCredential
from backend.settings import Settings

CHALLENGE_LIFETIME = timedelta(minutes=5)


def _rp(settings: Settings) -> tuple[str, str]:
    return urlsplit(settings.public_url).hostname or "localhost", settings.public_origin


def _bad() -> ValidationFailed:
    return ValidationFailed({"credential": ["INVALID_CREDENTIAL"]},
                            message="The security key's answer could not be verified")


async def _store_challenge(purpose: str, user: User | None, challenge: bytes) -> None:
    await OneTimeToken.create(
        purpose=purpose, user=user, token_hash=tokens.hash_raw(bytes_to_base64url(challenge)),
        expires_at=datetime.now(UTC) + CHALLENGE_LIFETIME)


async def _take_challenge(purpose: str, credential: dict[str, Any]) -> tuple[OneTimeToken, bytes]:
    try:
        client_data = json.loads(base64url_to_bytes(credential["response"]["clientDataJSON"]))
        challenge = str(client_data["challenge"])
    except (KeyError, TypeError, ValueError):
        raise _bad() from None
    found = await tokens.find_live(purpose, challenge)
    if found is None or not await tokens.consume(found):
        raise _bad()
    return found, base64url_to_bytes(challenge)


async def _handle(user: User) -> bytes:
    state, _ = await MfaState.get_or_create(user_id=user.id)
    if not state.webauthn_handle:
        state.webauthn_handle = bytes_to_base64url(secrets.token_bytes(32))
        await state.save(update_fields=["webauthn_handle"])
    return base64url_to_bytes(state.webauthn_handle)


async def registration_options(user: User, settings: Settings) -> str:
    rp_id, _ = _rp(settings)
    existing = await WebAuthnCredential.filter(user_id=user.id)
    options = generate_registration_options(
        rp_id=rp_id, rp_name="Bastion CRM", user_name=user.username,
        user_id=await _handle(user), user_display_name=user.display_name,
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED,
            user_verification=UserVerificationRequirement.PREFERRED),
        exclude_credentials=[PublicKeyCredentialDescriptor(id=base64url_to_bytes(c.credential_id))
                             for c in existing])
    await _store_challenge("wa-reg", user, options.challenge)
    return options_to_json(options)


@dataclass
class NewCredential:
    credential_id: str
    public_key: str
    sign_count: int
    transports: list[str]


async def verify_registration(user: User, credential_json: str, settings: Settings
                              ) -> NewCredential:
    rp_id, origin = _rp(settings)
    credential = _parse(credential_json)
    token, challenge = await _take_challenge("wa-reg", credential)
    if token.user_id != user.id:
        raise _bad()
    try:
        verified = verify_registration_response(credential=credential,
                                                expected_challenge=challenge,
                                                expected_rp_id=rp_id, expected_origin=origin)
    except InvalidRegistrationResponse:
        raise _bad() from None
    transports = credential.get("response", {}).get("transports") or []
    return NewCredential(credential_id=bytes_to_base64url(verified.credential_id),
                         public_key=bytes_to_base64url(verified.credential_public_key),
                         sign_count=verified.sign_count,
                         transports=[str(t) for t in transports][:8])


async def authentication_options(user: User | None, settings: Settings) -> str:
    """Options for a second factor (``user`` given) or a passwordless sign-in (None)."""
    rp_id, _ = _rp(settings)
    allow = None
    if user is not None:
        allow = [PublicKeyCredentialDescriptor(id=base64url_to_bytes(c.credential_id))
                 for c in await WebAuthnCredential.filter(user_id=user.id)]
    options = generate_authentication_options(
        rp_id=rp_id, allow_credentials=allow,
        user_verification=UserVerificationRequirement.PREFERRED if user
        else UserVerificationRequirement.REQUIRED)
    await _store_challenge("wa-auth", user, options.challenge)
    return options_to_json(options)


async def verify_authentication(credential_json: str, settings: Settings, *,
                                user: User | None, require_uv: bool = False
                                ) -> WebAuthnCredential:
    """Check an assertion; with ``user`` None the credential itself names its owner."""
    rp_id, origin = _rp(settings)
    credential = _parse(credential_json)
    token, challenge = await _take_challenge("wa-auth", credential)
    stored = await WebAuthnCredential.get_or_none(credential_id=str(credential.get("id", "")))
    if stored is None or (user is not None and stored.user_id != user.id) or \
            (token.user_id is not None and token.user_id != stored.user_id):
        raise _bad()
    try:
        verified = verify_authentication_response(
            credential=credential, expected_challenge=challenge, expected_rp_id=rp_id,
            expected_origin=origin, credential_public_key=base64url_to_bytes(stored.public_key),
            credential_current_sign_count=stored.sign_count, require_user_verification=require_uv)
    except InvalidAuthenticationResponse:
        raise _bad() from None
    stored.sign_count = verified.new_sign_count
    stored.last_used_at = datetime.now(UTC)
    await stored.save(update_fields=["sign_count", "last_used_at"])
    return stored


def _parse(credential_json: str) -> dict[str, Any]:
    try:
        value = json.loads(credential_json)
    except ValueError:
        raise _bad() from None
    if not isinstance(value, dict) or len(credential_json) > 64 * 1024:
        raise _bad()
    return value
