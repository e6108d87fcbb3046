"""Row counts that are not recomputed while nothing in the database changed (SQLite).

A list's ``totalCount`` over 100,000 customers reads ~100,000 index entries (~9 ms) although
lists are opened far more often than data changes. On SQLite a process can tell cheaply and
exactly whether anything was committed since it last looked: ``total_changes()`` counts the
rows its own connection changed, ``PRAGMA data_version`` changes when another connection (a
second worker, ``crm import``) commits. A count is reused only while both are unchanged, so it
is never stale; any write anywhere (an audit event, a session touch) makes the next count real.
Read on the read-only side connection (``backend.sqlite_client``), ``data_version`` alone does,
without a trip to aiosqlite's thread.

PostgreSQL has no such cheap marker and counts in parallel anyway: counts go straight through.
The cache holds a digest of the count's key (its SQL, or the inputs it is built from), never
the values themselves. The same cache keeps the ids of the customers a search term matches
(``customers.search``): ids only, no customer data.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from tortoise import Tortoise
from tortoise.queryset import QuerySet

from backend.sqlite_client import CrmSqliteClient

T = TypeVar("T")

SIZE = 512
_cache: OrderedDict[str, tuple[tuple[str, int, int, int], Any]] = OrderedDict()

_running: dict[tuple[str, tuple[str, int, int, int]], asyncio.Future[Any]] = {}

CHANGES_SQL = "SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS v"


async def _marker(conn: Any) -> tuple[str, int, int, int]:
    """What changes whenever anything is committed. On the read-only side connection
    (``backend.sqlite_client``) ``data_version`` alone moves with every commit, the main
    connection's included, since that is another connection to it; on the main connection it
    takes ``total_changes()`` too. Tagged with where it was read: counters of different
    connections are not comparable."""
    client = conn if type(conn) is CrmSqliteClient else None
    reader = client.reader() if client is not None else None
    if client is not None and reader is not None:
        (version,) = reader.execute("PRAGMA data_version").fetchone()
        return "side", client.generation, 0, int(version)
    _, rows = await conn.execute_query(CHANGES_SQL)
    generation = getattr(getattr(conn, "_parent", conn), "generation", 0)  # a transaction's
    return "main", generation, int(rows[0]["c"]), int(rows[0]["v"])


async def count(query: QuerySet[Any]) -> int:
    """``await query.count()``, reused on SQLite while the database is unchanged."""
    counting = query.count()
    return await cached(counting.sql(params_inline=True), lambda: counting)


async def cached(key: object, compute: Callable[[], Awaitable[T]]) -> T:
    """``await compute()`` (a count, or the ids a search term matches), reused on SQLite while
    the database is unchanged. ``key`` must name everything the result depends on besides the
    data (the SQL, or the inputs it is built from: a caller that knows them skips building the
    SQL on a hit). Only a SHA-256 of its ``repr`` is kept. The result is shared between
    callers: never change it."""
    conn = Tortoise.get_connection("default")
    if str(conn.schema_generator.DIALECT) != "sqlite":
        return await compute()
    digest = hashlib.sha256(repr(key).encode()).hexdigest()
    # Read the marker before counting: a commit landing in between leaves an older marker
    # with the newer count, which only causes one recount later, never a stale answer.
    token = await _marker(conn)
    hit = _cache.get(digest)
    if hit is not None and hit[0] == token:
        _cache.move_to_end(digest)
        kept: T = hit[1]
        return kept
    found = await _single_flight((digest, token), compute, type(conn) is CrmSqliteClient)
    _cache[digest] = (token, found)
    _cache.move_to_end(digest)
    while len(_cache) > SIZE:
        _cache.popitem(last=False)
    return found


async def _single_flight(key: tuple[str, tuple[str, int, int, int]],
                         compute: Callable[[], Awaitable[T]], shared: bool) -> T:
    """``await compute()``, run once for callers asking the same count of the same data at
    the same time: after a commit, every open list asks for its total at once, and on one
    SQLite connection the identical counts would queue behind each other (16 clients on a
    search: p99 over 2 s). Not inside a transaction, whose view is its own."""
    if not shared:
        return await compute()
    running = _running.get(key)
    if running is None:
        running = _running[key] = asyncio.ensure_future(compute())
        running.add_done_callback(lambda _: _running.pop(key, None))
    return await asyncio.shield(running)  # a caller that gives up leaves it to the others


def forget() -> None:
    """Drop every cached count (tests that count queries)."""
    _cache.clear()
