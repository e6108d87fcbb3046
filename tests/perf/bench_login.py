"""Sign-in under load: throughput, and what a flood of sign-ins does to other requests.

Starts the real server (`crm serve`, fresh SQLite data dir), creates a user, then runs N clients
signing in as fast as they can while one probe sends a cheap query every 20 ms. Prints sign-ins/s
and the probe's p50/p99. Run: .venv/bin/python -m tests.perf.bench_login [--clients 50]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from tests.support.accounts import LOGIN, PASSWORD
from tests.support.server import CRM, LiveServer


def run_probe(url: str, seconds: float) -> list[float]:
    """A cheap query every 20 ms; returns each answer's latency."""
    latencies = []
    stop = time.perf_counter() + seconds
    with httpx.Client(base_url=url, timeout=60) as client:
        while time.perf_counter() < stop:
            t = time.perf_counter()
            client.post("/graphql", json={"query": "{ serverInfo { version } }"})
            latencies.append(time.perf_counter() - t)
            time.sleep(0.02)
    return latencies


async def run(url: str, clients: int, seconds: float) -> None:
    stop = time.perf_counter() + seconds
    logins = 0
    probe: list[float] = []

    async def signer(client: httpx.AsyncClient) -> None:
        nonlocal logins
        while time.perf_counter() < stop:
            r = await client.post("/graphql", json={"query": LOGIN,
                                                    "variables": {"u": "bench", "p": PASSWORD}})
            assert r.json()["data"]["login"]["status"] == "SUCCESS", r.text
            client.cookies.clear()
            logins += 1

    # The probe runs in its own process: in this one, 50 busy clients would delay its own
    # measurements and blame the server for them.
    with multiprocessing.Pool(1) as pool:
        pending = pool.apply_async(run_probe, (url, seconds))
        signers = [httpx.AsyncClient(base_url=url, timeout=60) for _ in range(clients)]
        started = time.perf_counter()
        await asyncio.gather(*(signer(c) for c in signers))
        elapsed = time.perf_counter() - started
        for c in signers:
            await c.aclose()
        probe.extend(pending.get(timeout=seconds + 60))
    probe.sort()
    p99 = probe[min(len(probe) - 1, int(len(probe) * 0.99))]
    print(f"clients={clients} duration={elapsed:.1f}s sign-ins/s={logins / elapsed:.1f} "
          f"probe p50={statistics.median(probe) * 1000:.1f}ms p99={p99 * 1000:.1f}ms "
          f"(n={len(probe)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp))
        server.migrate()
        subprocess.run([CRM, "user", "create", "--username", "bench", "--email",
                        "bench@example.com", "--role", "sales", "--password-stdin"],
                       input=PASSWORD + "\n", env=server.env, text=True, check=True,
                       capture_output=True)
        server.start()
        try:
            asyncio.run(run(server.url, args.clients, args.seconds))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
