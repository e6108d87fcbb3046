"""``crm serve``'s loop and listener (backend/serving.py): workers publish their open
connections in a shared table, and a worker leaves a new connection to an emptier one for at
most ``PATIENCE``, then takes it itself."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest

from backend import serving
from backend.serving import ConnectionTable, EvenListener, FairLoop
from tests.support.server import LiveServer


@pytest.fixture
def table_path(tmp_path: Path) -> Path:
    path = tmp_path / "workers"
    ConnectionTable.create(path)
    return path


@pytest.fixture
def other_worker() -> Iterator[int]:
    """The pid of a live process standing in for another worker."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _write_slot(path: Path, slot: int, pid: int, count: int) -> None:
    table = ConnectionTable(path)
    table.SLOT.pack_into(table._map, slot * table.SLOT.size, pid, count)
    table._map.close()


def test_table_sees_live_workers_only(table_path: Path, other_worker: int) -> None:
    _write_slot(table_path, 0, _dead_pid(), 0)
    _write_slot(table_path, 1, other_worker, 3)
    table = ConnectionTable(table_path)
    assert table.claim() == 0  # the dead process's slot is reused
    table.publish(7)
    assert table.fewest_elsewhere() == 3  # its own count and the dead slot left out
    table.release()
    assert ConnectionTable(table_path).claim() == 0


def test_table_without_other_workers(table_path: Path) -> None:
    table = ConnectionTable(table_path)
    table.claim()
    table.publish(4)
    assert table.fewest_elsewhere() is None


class _Accepted(asyncio.Protocol):
    times: list[float] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.times.append(time.monotonic())


def _listen(path: Path) -> tuple[EvenListener, int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    _Accepted.times = []
    listener = EvenListener(asyncio.get_running_loop(), _Accepted, sock, ConnectionTable(path))
    return listener, sock.getsockname()[1]


def _connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port))  # the kernel completes it


async def _accepted(count: int) -> None:
    deadline = time.monotonic() + 10
    while len(_Accepted.times) < count:
        assert time.monotonic() < deadline, f"only {len(_Accepted.times)} of {count} accepted"
        await asyncio.sleep(0.005)


def _run(scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    loop = FairLoop()
    try:
        loop.run_until_complete(scenario())
    finally:
        loop.close()


def test_a_fuller_worker_leaves_the_connection_then_takes_it(table_path: Path,
                                                            other_worker: int) -> None:
    _write_slot(table_path, 5, other_worker, 0)  # an idle worker that never accepts

    async def scenario() -> None:
        listener, port = _listen(table_path)
        first = _connect(port)
        await _accepted(1)  # 0 open here, 0 there: taken at once
        asked = time.monotonic()
        second = _connect(port)
        await _accepted(2)
        # 1 open here, 0 there: left for the other worker, which never takes it; taken here
        # once the patience ran out, not before.
        assert _Accepted.times[1] - asked >= serving.PATIENCE
        assert listener.left_for_others > 0
        assert listener.open_connections() == 2
        first.close()
        second.close()
        deadline = time.monotonic() + 10
        while listener.open_connections():
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        listener.close()

    _run(scenario)


def test_the_emptiest_worker_takes_connections_at_once(table_path: Path,
                                                       other_worker: int) -> None:
    _write_slot(table_path, 5, other_worker, 10)

    async def scenario() -> None:
        listener, port = _listen(table_path)
        clients = [_connect(port) for _ in range(3)]
        await _accepted(3)
        assert listener.left_for_others == 0
        assert listener.open_connections() == 3
        for client in clients:
            client.close()
        listener.close()

    _run(scenario)


def _worker_connections(server: LiveServer) -> list[int]:
    """Established connections to the server's port, per worker process (from /proc)."""
    assert server.proc is not None
    workers = []
    for stat in Path("/proc").glob("[0-9]*/stat"):  # no procps needed
        try:
            number, rest = stat.read_text().split(" ", 1)
            cmdline = stat.with_name("cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
        if int(rest.rsplit(")", 1)[1].split()[1]) == server.proc.pid and b"spawn_main" in cmdline:
            workers.append(int(number))
    established = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == server.port and fields[3] == "01":
                established.add(fields[9])  # socket inode
    counts = []
    for pid in workers:
        inodes = set()
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = fd.readlink().name
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        counts.append(len(inodes & established))
    return sorted(counts)


def test_serve_spreads_connections_over_its_workers(tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "data")
    server.data_dir.mkdir(parents=True)
    server.migrate()
    server.start("--workers", "2")
    try:
        deadline = time.time() + 60
        while server.log.read_text().count("Application startup complete") < 2:
            assert time.time() < deadline, server.log.read_text()[-2000:]
            time.sleep(0.1)
        clients = []
        for _ in range(8):  # one after another, each answered before the next connects
            client = socket.create_connection(("127.0.0.1", server.port))
            client.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert client.recv(4096).startswith(b"HTTP/1.1 200")
            clients.append(client)
        assert _worker_connections(server) == [4, 4]
        for client in clients:
            client.close()
    finally:
        server.stop()
