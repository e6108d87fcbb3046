"""Fixed-window rate counters kept in the database, so every server process shares them.

Each window is its own row (``name:bucket``); one atomic upsert counts a hit, whichever process
serves it. Old windows are purged now and then.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from tortoise import Tortoise

from backend.api.errors import RateLimited
from backend.core.models import RateCounter

_UPSERT = {
    "sqlite": "INSERT INTO rate_counter (key, window_start, count) VALUES (?, ?, 1) "
              "ON CONFLICT (key) DO UPDATE SET count = rate_counter.count + 1 RETURNING count",
    "postgres": "INSERT INTO rate_counter (key, window_start, count) VALUES ($1, $2, 1) "
                "ON CONFLICT (key) DO UPDATE SET count = rate_counter.count + 1 RETURNING count",
}


def _window(name: str, seconds: int) -> tuple[str, datetime, int]:
    now = time.time()
    bucket = int(now // seconds)
    retry_after = int((bucket + 1) * seconds - now) + 1
    return f"{name}:{bucket}", datetime.fromtimestamp(bucket * seconds, UTC), retry_after


async def hit(name: str, *, window_seconds: int) -> tuple[int, int]:
    """Count one event under ``name``; returns (count in this window, seconds to window end)."""
    key, start, retry_after = _window(name, window_seconds)
    conn = Tortoise.get_connection("default")
    sql = _UPSERT[conn.schema_generator.DIALECT]
    # execute_query_dict: asyncpg's execute_query drops the rows of an INSERT ... RETURNING.
    rows = await conn.execute_query_dict(sql, [key, start])
    return int(rows[0]["count"]), retry_after


async def peek(name: str, *, window_seconds: int) -> tuple[int, int]:
    """The count in the current window without counting (0 when none)."""
    key, _, retry_after = _window(name, window_seconds)
    row = await RateCounter.get_or_none(key=key)
    return (row.count if row else 0), retry_after


async def check(name: str, *, limit: int, window_seconds: int) -> None:
    """Raise RATE_LIMITED when ``name`` already reached ``limit`` in this window."""
    count, retry_after = await peek(name, window_seconds=window_seconds)
    if count >= limit:
        raise RateLimited(retry_after)


async def consume(name: str, *, limit: int, window_seconds: int) -> None:
    """Count a hit and raise RATE_LIMITED once it exceeds ``limit`` in this window."""
    count, retry_after = await hit(name, window_seconds=window_seconds)
    if count > limit:
        raise RateLimited(retry_after)


async def purge_old(older_than: timedelta = timedelta(days=2)) -> int:
    return await RateCounter.filter(window_start__lt=datetime.now(UTC) - older_than).delete()
