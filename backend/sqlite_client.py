"""Tortoise's SQLite client with a read-only side connection for short reads.

Tortoise runs every SQLite statement on one connection in aiosqlite's worker thread: each is
handed over through a queue and its answer wakes the event loop. For the short reads of a
page (session, roles, the page, its owners, tags and contacts) that hand-over costs more than
the reads themselves. ``backend.db.read`` runs such reads on ``reader()`` instead: a second
connection of the event loop's thread, in autocommit mode, so it sees exactly what the main
connection commits (WAL) and never what an open transaction has not committed yet.

The side connection lives and dies with the main one (``close``), so nothing keeps a database
file open after Tortoise let go of it (tests put a fresh file in place between tests).
"""

from __future__ import annotations

import itertools
import sqlite3
import threading

from tortoise.backends.sqlite.client import SqliteClient

_generations = itertools.count(1)


class CrmSqliteClient(SqliteClient):
    _reader: tuple[int, sqlite3.Connection] | None = None
    # Which opening of the connection this is, unique in the process: counters read from a
    # connection (total_changes, data_version) start over with each one.
    generation = 0

    async def create_connection(self, with_db: bool) -> None:
        if not self._connection:
            self.generation = next(_generations)
        await super().create_connection(with_db)

    def reader(self) -> sqlite3.Connection | None:
        """The read-only connection for this thread, made on first use; None while the main
        connection is closed, for an in-memory database (a second connection would see another
        database) or in another thread than the one that made it."""
        if self._connection is None:
            return None
        me = threading.get_ident()
        if self._reader is not None:
            return self._reader[1] if self._reader[0] == me else None
        if self.filename == ":memory:" or "mode=memory" in self.filename:
            return None
        connection = sqlite3.connect(self.filename, isolation_level=None)
        connection.execute("PRAGMA busy_timeout = 0")  # never block the loop: busy → normal path
        connection.execute("PRAGMA query_only = 1")
        self._reader = (me, connection)
        return connection

    async def close(self) -> None:
        if self._reader is not None:
            self._reader[1].close()
            self._reader = None
        await super().close()


client_class = CrmSqliteClient
