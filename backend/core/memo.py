"""Per-request memo for values read many times in one request (admin policies).

A sign-in reads the password and MFA policies up to six times; each read is a query. The memo
lives only for one request (a ContextVar set when the GraphQL context is built), so a policy
change made by one process is seen by every other process on its next request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

_memo: ContextVar[dict[str, Any] | None] = ContextVar("request_memo", default=None)


def start() -> None:
    _memo.set({})


async def get_or_load(key: str, load: Callable[[], Awaitable[T]]) -> T:
    memo = _memo.get()
    if memo is None:  # outside a request (CLI, tests): no memo
        return await load()
    if key not in memo:
        memo[key] = await load()
    value: T = memo[key]
    return value


def forget(key: str) -> None:
    memo = _memo.get()
    if memo is not None:
        memo.pop(key, None)
