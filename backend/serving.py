"""How ``crm serve`` runs uvicorn: the standard asyncio event loop, and with several workers,
each new connection taken by the worker with the fewest open connections.

Both were measured with wrk on this 2-core machine (tests/perf/README.md):

- **Fair order.** A worker busy with CPU-bound requests should answer the waiting ones in
  turn. uvloop does not: with a handler that only spins for 12 ms, one worker and 8 keep-alive
  clients, uvloop gave p50 91 ms and p99 190-267 ms; asyncio's loop gave p50 100 ms and p99
  103-113 ms at the same throughput. Some requests waited two full rounds. This server's
  requests are CPU-bound (decryption, shaping), so the tail comes from that order.
- **Even spread.** Workers share one listening socket. Normally whichever worker wakes first
  accepts; asyncio even accepts every waiting connection at once. Keep-alive clients then stay
  where they landed: 16 clients split 15/1, 10/6 or 8/8 from run to run, and the fuller worker's
  clients wait longer. Here a worker that already has more connections than the emptiest other
  worker leaves a new connection for it, for at most ``PATIENCE``, so that a busy worker never
  holds a client back.

The workers publish their open connection counts in a small shared file
(:class:`ConnectionTable`), named by ``CRM_CONNECTION_TABLE``, which :func:`run` creates.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import fcntl
import logging
import mmap
import os
import socket
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("crm.serving")

TABLE_ENV = "CRM_CONNECTION_TABLE"
SLOTS = 64  # ``crm serve --workers`` allows up to 64
# Seconds a new connection may be left for an emptier worker. Under load a worker notices a
# waiting connection only between rounds of its ready requests (8 page requests: ~100 ms), so
# this must be longer than a round; it only matters when the emptier worker is stuck.
PATIENCE = 0.25
RECHECK = 0.002  # seconds between looks while leaving it
REFRESH = 1.0  # seconds between publishing the count when nothing is accepted
ACCEPT_ERROR_PAUSE = 1.0  # out of file descriptors or memory: as asyncio does


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process, but alive
        pass
    return True


class ConnectionTable:
    """Open connections per worker, in a shared file of ``SLOTS`` (pid, count) pairs. Each
    worker writes only its own slot; slots of processes that died are ignored and reused."""

    SLOT = struct.Struct("=qq")

    def __init__(self, path: str | Path) -> None:
        self._file = open(path, "r+b")  # kept open with the mapping
        self._map = mmap.mmap(self._file.fileno(), self.SLOT.size * SLOTS)
        self.slot: int | None = None

    @classmethod
    def create(cls, path: str | Path) -> None:
        Path(path).write_bytes(bytes(cls.SLOT.size * SLOTS))

    @classmethod
    def from_env(cls) -> ConnectionTable | None:
        path = os.environ.get(TABLE_ENV)
        return cls(path) if path else None

    def _read(self, slot: int) -> tuple[int, int]:
        pid, count = self.SLOT.unpack_from(self._map, slot * self.SLOT.size)
        return pid, count

    def claim(self) -> int:
        """Take a free slot (never used, or its process is gone) for this process."""
        me = os.getpid()
        with self._locked():
            for slot in range(SLOTS):
                pid, _ = self._read(slot)
                if pid in (0, me) or not _alive(pid):
                    self.SLOT.pack_into(self._map, slot * self.SLOT.size, me, 0)
                    self.slot = slot
                    return slot
        raise RuntimeError("no free worker slot")

    def release(self) -> None:
        if self.slot is not None:
            self.SLOT.pack_into(self._map, self.slot * self.SLOT.size, 0, 0)
            self.slot = None

    def publish(self, count: int) -> None:
        if self.slot is not None:
            self.SLOT.pack_into(self._map, self.slot * self.SLOT.size, os.getpid(), count)

    def fewest_elsewhere(self) -> int | None:
        """The smallest connection count among the other live workers (None if there are
        none)."""
        counts = []
        for slot in range(SLOTS):
            if slot == self.slot:
                continue
            pid, count = self._read(slot)
            if pid and _alive(pid):
                counts.append(count)
        return min(counts, default=None)

    @contextlib.contextmanager
    def _locked(self) -> Any:
        fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)

    def close(self) -> None:
        self.release()
        self._map.close()
        self._file.close()


class EvenListener:
    """Accepts on a shared listening socket one connection at a time, leaving it to an
    emptier worker when there is one. Stands in for the ``asyncio.Server`` uvicorn keeps
    (``close``, ``wait_closed``, ``is_serving``, ``sockets``)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, protocol_factory: Callable[[], Any],
                 sock: socket.socket, table: ConnectionTable, backlog: int = 100) -> None:
        self._loop, self._factory, self._sock, self._table = loop, protocol_factory, sock, table
        self._transports: set[asyncio.BaseTransport] = set()
        self._leaving_since: float | None = None
        self.left_for_others = 0  # times a waiting connection was left for an emptier worker
        self._serving = True
        self._retry: asyncio.TimerHandle | None = None
        sock.setblocking(False)
        sock.listen(backlog)  # as asyncio's own server does with a socket handed to it
        table.claim()
        loop.add_reader(sock.fileno(), self._acceptable)
        self._refresher = loop.call_later(REFRESH, self._refresh)

    @property
    def sockets(self) -> tuple[socket.socket, ...]:
        return (self._sock,)

    def is_serving(self) -> bool:
        return self._serving

    def open_connections(self) -> int:
        self._transports = {t for t in self._transports if not t.is_closing()}
        return len(self._transports)

    def _refresh(self) -> None:
        self._table.publish(self.open_connections())
        if self._serving:
            self._refresher = self._loop.call_later(REFRESH, self._refresh)

    def _pause(self, seconds: float) -> None:
        self._loop.remove_reader(self._sock.fileno())
        self._retry = self._loop.call_later(seconds, self._resume)

    def _resume(self) -> None:
        self._retry = None
        if self._serving:
            self._loop.add_reader(self._sock.fileno(), self._acceptable)

    def _acceptable(self) -> None:
        mine = self.open_connections()
        self._table.publish(mine)
        fewest = self._table.fewest_elsewhere()
        if fewest is not None and mine > fewest:
            now = self._loop.time()
            if self._leaving_since is None:
                self._leaving_since = now
            if now - self._leaving_since < PATIENCE:
                self.left_for_others += 1
                self._pause(RECHECK)
                return
        self._leaving_since = None
        try:
            conn, _ = self._sock.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return  # another worker took it, or the client gave up
        except OSError as error:
            if error.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                log.error("cannot accept connections: %s", errno.errorcode[error.errno])
                self._pause(ACCEPT_ERROR_PAUSE)
                return
            raise
        conn.setblocking(False)
        self._table.publish(mine + 1)
        self._loop.create_task(self._connect(conn))

    async def _connect(self, conn: socket.socket) -> None:
        try:
            transport, _ = await self._loop.connect_accepted_socket(self._factory, conn)
        except OSError:
            conn.close()
            return
        self._transports.add(transport)

    def close(self) -> None:
        if not self._serving:
            return
        self._serving = False
        self._refresher.cancel()
        if self._retry is not None:
            self._retry.cancel()
        else:
            self._loop.remove_reader(self._sock.fileno())
        self._table.close()

    async def wait_closed(self) -> None:
        return None


class FairLoop(asyncio.SelectorEventLoop):
    """The standard loop; a server on an inherited socket (uvicorn's workers) gets an
    :class:`EvenListener` when a connection table is set up."""

    async def create_server(self, protocol_factory: Any, host: Any = None, port: Any = None,
                            *args: Any, sock: socket.socket | None = None, **kwargs: Any
                            ) -> Any:
        table = ConnectionTable.from_env() if sock is not None and not kwargs.get("ssl") \
            else None
        if table is None or sock is None:
            return await super().create_server(protocol_factory, host, port, *args, sock=sock,
                                               **kwargs)
        return EvenListener(self, protocol_factory, sock, table, kwargs.get("backlog", 100))


def run(app: str, *, host: str, port: int, workers: int, **options: Any) -> None:
    """``uvicorn.run`` of the app factory ``app`` on :class:`FairLoop`; with more than one
    worker, behind a connection table that lives as long as the server."""
    import uvicorn

    loop = f"{__name__}:FairLoop"
    if workers == 1:
        uvicorn.run(app, factory=True, host=host, port=port, loop=loop, **options)
        return
    fd, path = tempfile.mkstemp(prefix="crm-workers-")  # private (0600), removed at exit
    os.close(fd)
    try:
        ConnectionTable.create(path)
        os.environ[TABLE_ENV] = path  # the spawned workers inherit it
        uvicorn.run(app, factory=True, host=host, port=port, workers=workers, loop=loop,
                    **options)
    finally:
        os.environ.pop(TABLE_ENV, None)
        Path(path).unlink(missing_ok=True)
