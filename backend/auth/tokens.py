"""One-time tokens (setup, invitation, password reset): random, single use, stored hashed.

Links carry a 256-bit token; a reset also carries a 6-digit code for people who read mail on
another device. Codes are keyed with the server secret before hashing, because a million
possibilities would be trivial to reverse from a leaked plain hash.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F

from backend.accounts.models import OneTimeToken, User
from backend.settings import get_settings

MAX_CODE_ATTEMPTS = 5


def hash_raw(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


_hash = hash_raw


def _code_hash(token_id_seed: str, code: str) -> str:
    key = get_settings().secret_key.encode()
    return hmac.new(key, f"{token_id_seed}:{code}".encode(), hashlib.sha256).hexdigest()


async def issue(*, purpose: str, user: User | None, lifetime: timedelta, with_code: bool = False,
                using_db: BaseDBAsyncClient | None = None) -> tuple[str, str | None]:
    """A new token for ``purpose``; earlier unused ones of the same user and purpose die."""
    now = datetime.now(UTC)
    if user is not None:
        await OneTimeToken.filter(purpose=purpose, user_id=user.id, used_at__isnull=True) \
            .using_db(using_db).update(used_at=now)
    raw = secrets.token_urlsafe(32)
    token_hash = _hash(raw)
    code = f"{secrets.randbelow(10**6):06d}" if with_code else None
    await OneTimeToken.create(
        purpose=purpose, user=user, token_hash=token_hash,
        code_hash=_code_hash(token_hash, code) if code else None,
        expires_at=now + lifetime, using_db=using_db)
    return raw, code


async def find_live(purpose: str, raw: str) -> OneTimeToken | None:
    token = await OneTimeToken.get_or_none(token_hash=_hash(raw or ""), purpose=purpose)
    if token is None or token.used_at is not None or token.expires_at <= datetime.now(UTC):
        return None
    return token


async def match_code(purpose: str, user: User, code: str) -> OneTimeToken | None:
    """The live token whose code is ``code``; every guess counts, the fifth wrong one kills it."""
    token = await OneTimeToken.filter(
        purpose=purpose, user_id=user.id, used_at__isnull=True,
        expires_at__gt=datetime.now(UTC), code_hash__isnull=False,
    ).order_by("-id").first()
    if token is None:
        return None
    # Count the guess atomically before comparing: concurrent guesses cannot all see the same
    # count and so exceed the limit.
    counted = await OneTimeToken.filter(id=token.id, used_at__isnull=True,
                                        attempts__lt=MAX_CODE_ATTEMPTS).update(
        attempts=F("attempts") + 1)
    if counted != 1:
        await OneTimeToken.filter(id=token.id, used_at__isnull=True).update(
            used_at=datetime.now(UTC))
        return None
    ok = hmac.compare_digest(token.code_hash or "", _code_hash(token.token_hash, code or ""))
    if not ok:
        await OneTimeToken.filter(id=token.id, attempts__gte=MAX_CODE_ATTEMPTS,
                                  used_at__isnull=True).update(used_at=datetime.now(UTC))
    return token if ok else None


async def consume(token: OneTimeToken, using_db: BaseDBAsyncClient | None = None) -> bool:
    """Mark used; False when another request used it first (so a token works exactly once)."""
    updated = await OneTimeToken.filter(id=token.id, used_at__isnull=True) \
        .using_db(using_db).update(used_at=datetime.now(UTC))
    return updated == 1
