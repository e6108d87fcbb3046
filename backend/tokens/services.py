"""API token rules: creating, listing and revoking personal tokens for partners.

A token is shown once, at creation; the database keeps only its SHA-256 (the token carries 256
random bits, so a plain hash is enough: there is nothing to brute-force). Its rights are its scopes
intersected with what the owner holds at the moment of each call (see ``backend.tokens.auth``).
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.accounts.actor import Actor
from backend.accounts.perms import Perm
from backend.api.errors import Forbidden, NotFound, ValidationFailed
from backend.audit import services as audit
from backend.tokens.models import ApiToken

TOKEN_PREFIX = "crm_pat_"  # noqa: S105 - a marker that lets secret scanners spot leaked tokens
# Shown in lists to tell tokens apart: the marker and 4 random characters (24 of 256 bits).
PREFIX_LENGTH = 12
MAX_TOKEN_DAYS = 365
MAX_NAME_LENGTH = 64
MAX_ALLOWED_IPS = 32

_KNOWN_SCOPES = frozenset(str(p) for p in Perm)


@dataclass(frozen=True)
class NewToken:
    """A freshly created token: ``token`` is the only copy of the secret, shown once."""

    token: str
    api_token: ApiToken


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def normalize_network(value: str) -> str | None:
    """``10.0.0.0/8`` or ``203.0.113.7`` in canonical form; None when it is neither."""
    try:
        net = ipaddress.ip_network(value.strip(), strict=True)
    except ValueError:
        return None
    return str(net.network_address) if net.prefixlen == net.max_prefixlen else str(net)


def owned_by(actor: Actor) -> QuerySet[ApiToken]:
    """The tokens ``actor`` manages as their owner.

    A call made with a token manages only that token (it may revoke itself when it leaks), unless
    the token was granted ``tokens.manage``: a read-only partner key must not be able to see or
    revoke its owner's other integrations.
    """
    query = ApiToken.filter(user_id=actor.user_id)
    if actor.token_id is not None and not actor.has(Perm.TOKENS_MANAGE):
        query = query.filter(id=actor.token_id)
    return query


def _scope_problems(actor: Actor, scopes: list[str]) -> list[str]:
    problems: list[str] = []
    if not scopes:
        problems.append("REQUIRED")
    if any(s not in _KNOWN_SCOPES for s in scopes):
        problems.append("UNKNOWN_SCOPE")
    # A token can never be worth more than its creator: no granting of rights one lacks.
    if any(s in _KNOWN_SCOPES and not actor.has(s) for s in scopes):
        problems.append("NOT_HELD")
    return problems


def _expiry_problems(expires_at: datetime, now: datetime) -> list[str]:
    if expires_at <= now:
        return ["IN_PAST"]
    if expires_at > now + timedelta(days=MAX_TOKEN_DAYS):
        return ["TOO_FAR"]
    return []


async def create_token(*, actor: Actor, name: str, scopes: list[str], expires_at: datetime,
                       allowed_ips: list[str] | None = None) -> NewToken:
    """Create a token for ``actor`` with ``scopes`` they hold, expiring within a year."""
    if actor.token_id is not None:
        # A leaked token that could mint tokens would outlive its own revocation.
        raise Forbidden("API tokens cannot create tokens")
    now = datetime.now(UTC)
    name = name.strip()
    expires_at = expires_at if expires_at.tzinfo else expires_at.replace(tzinfo=UTC)
    scopes = sorted(set(scopes))
    networks = [normalize_network(v) for v in allowed_ips or []]
    problems: dict[str, list[str]] = {}
    if not name:
        problems["name"] = ["REQUIRED"]
    elif len(name) > MAX_NAME_LENGTH:
        problems["name"] = ["TOO_LONG"]
    if p := _scope_problems(actor, scopes):
        problems["scopes"] = p
    if p := _expiry_problems(expires_at, now):
        problems["expiresAt"] = p
    if None in networks:
        problems["allowedIps"] = ["INVALID_IP"]
    elif len(networks) > MAX_ALLOWED_IPS:
        problems["allowedIps"] = ["TOO_MANY"]
    if problems:
        raise ValidationFailed(problems)
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    ips = sorted({n for n in networks if n is not None})
    async with in_transaction() as conn:
        token = await ApiToken.create(
            user_id=actor.user_id, name=name, prefix=raw[:PREFIX_LENGTH],
            token_hash=hash_token(raw), scopes=scopes, allowed_ips=ips, expires_at=expires_at,
            using_db=conn)
        await audit.record(
            actor=actor, action="token.created", target_type="api_token", target_id=token.id,
            changes={"name": name, "prefix": token.prefix, "scopes": scopes,
                     "allowed_ips": ips, "expires_at": expires_at.isoformat()},
            using_db=conn)
    return NewToken(token=raw, api_token=token)


async def list_tokens(*, actor: Actor) -> list[ApiToken]:
    """The actor's own tokens, newest first, revoked and expired ones included."""
    return await owned_by(actor).order_by("-created_at", "-id")


async def revoke_token(*, actor: Actor, token_id: int) -> ApiToken:
    """Revoke one of the actor's tokens, or anyone's with ``users.manage``; effective at once."""
    token = await owned_by(actor).get_or_none(id=token_id)
    if token is None and actor.has(Perm.USERS_MANAGE):
        token = await ApiToken.get_or_none(id=token_id)
    if token is None:
        # Someone else's token answers like a missing one: ids reveal nothing.
        raise NotFound()
    if token.revoked_at is not None:
        return token
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        # Conditional, so two concurrent revocations record one event.
        changed = await ApiToken.filter(id=token.id, revoked_at__isnull=True) \
            .using_db(conn).update(revoked_at=now)
        if changed:
            await audit.record(
                actor=actor, action="token.revoked", target_type="api_token",
                target_id=token.id,
                changes={"name": token.name, "prefix": token.prefix, "owner_id": token.user_id},
                using_db=conn)
    token.revoked_at = now
    return token
