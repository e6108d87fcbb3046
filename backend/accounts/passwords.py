"""Password hashing with argon2id, off the event loop.

Parameters: m=19 MiB, t=2, p=1 — OWASP's recommended argon2id floor. Measured on this 2-core
machine at about 47 ms per hash, which allows ~45 sign-ins/s; argon2-cffi's defaults (64 MiB, t=3,
p=4) took ~280 ms and allowed only 5-7/s, turning sign-in into a denial-of-service lever.

Hashing runs in worker threads behind a limiter of one slot per core: on the event loop a burst of
sign-ins stalled every other request for seconds; with Starlette's 40-thread default pool a cheap
request's p99 was 135 ms; with two slots it stayed near 6 ms.
"""

from __future__ import annotations

import os

import anyio
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32,
                        salt_len=16, type=Type.ID)

_limiter: anyio.CapacityLimiter | None = None


def _pool() -> anyio.CapacityLimiter:
    global _limiter
    if _limiter is None:
        _limiter = anyio.CapacityLimiter(max(1, os.cpu_count() or 1))
    return _limiter


# A real hash of a random password: verifying against it when the user does not exist costs the
# same as a real check, so response time does not reveal which usernames exist.
DUMMY_HASH = HASHER.hash(os.urandom(16).hex())


async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(HASHER.hash, password, limiter=_pool())


def _verify(stored: str | None, password: str) -> bool:
    try:
        return HASHER.verify(stored or DUMMY_HASH, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def verify_password(stored: str | None, password: str) -> bool:
    """Check ``password`` against ``stored``; with no stored hash, spend the same time and fail."""
    return await anyio.to_thread.run_sync(_verify, stored, password, limiter=_pool())


def needs_rehash(stored: str) -> bool:
    try:
        return HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True
