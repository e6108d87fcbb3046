"""CPU milliseconds per request of each bench case, GraphQL and plain, on one worker.

On a shared machine wall-clock throughput depends on what the neighbours do; the CPU time the
server process spends per request depends on it much less, so this is the figure to compare
before and after a change. Sequential requests; server CPU (user + system) read from /proc;
the cheapest chunk of 40 requests counts. Optionally records a py-spy profile of the GraphQL
server meanwhile. Run from the repository root:

    .venv/bin/python -m tests.perf.cpu_cost --reuse-db DIR [--requests 200] [--py-spy FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.perf.bench_customers import NOTES, ROOT, SEED, sign_in
from tests.perf.cases import CASES, Case, find_cases
from tests.support.pg import free_port
from tests.support.server import LiveServer

TICK = os.sysconf("SC_CLK_TCK")
CHUNK = 40  # /proc counts in 10 ms ticks: a chunk must take a good second


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def cost(case: Case, url: str, pid: int, requests: int, plain: bool) -> float:
    """CPU ms per request: the cheapest of the runs of CHUNK requests, since neighbours on a
    shared machine only ever add time (cache misses, stolen cycles), never remove it."""
    body = case.body(plain).encode()
    headers = {**case.headers, "Content-Type": "application/json"}
    chunks = []
    with httpx.Client(timeout=60) as client:
        for _ in range(10):  # warm-up
            client.post(url, content=body, headers=headers)
        for _ in range(max(1, requests // CHUNK)):
            before = cpu_seconds(pid)
            for _ in range(CHUNK):
                r = client.post(url, content=body, headers=headers)
                assert r.status_code == 200 and "errors" not in r.json(), r.text[:300]
            chunks.append((cpu_seconds(pid) - before) * 1000 / CHUNK)
    return min(chunks)


def start_plain(data_dir: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.perf.plain_app", str(port), "1"], cwd=ROOT, env=env,
        stdout=(data_dir / "plain.log").open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/customers"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.post(url, json={}, timeout=1).status_code == 401:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("plain app did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse-db", type=Path, required=True,
                        help="a data directory seeded by bench_customers.py")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--only", nargs="*", choices=[c[0] for c in CASES])
    parser.add_argument("--no-plain", action="store_true", help="skip the plain handler")
    parser.add_argument("--py-spy", type=Path, help="write a py-spy profile (raw) here")
    args = parser.parse_args()
    notes = json.loads((args.reuse_db / NOTES).read_text())
    server = LiveServer(args.reuse_db)
    server.migrate()
    server.start()
    assert server.proc is not None
    spy = None
    try:
        manager = sign_in(server.url, "demo.manager", notes["password"])
        admin = sign_in(server.url, "demo.admin", notes["password"])
        cases = find_cases(server.url, manager, admin, notes, SEED, args.only)
        if args.py_spy:
            py_spy = str(Path(sys.executable).with_name("py-spy"))
            spy = subprocess.Popen([py_spy, "record", "-f", "raw", "-r", "200", "-o",
                                    str(args.py_spy), "--pid", str(server.proc.pid)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        gql = {c.name: cost(c, server.url + "/graphql", server.proc.pid, args.requests, False)
               for c in cases}
    finally:
        if spy:
            spy.send_signal(2)
            spy.wait(30)
        server.stop()
    plain: dict[str, float] = {}
    if not args.no_plain:
        proc, url = start_plain(args.reuse_db, server.env)
        try:
            plain = {c.name: cost(c, url, proc.pid, args.requests, True) for c in cases}
        finally:
            proc.terminate()
            proc.wait(10)
    print(f"{'case':<40} {'GraphQL ms':>10} {'plain ms':>9} {'ratio':>6}")
    for c in cases:
        line = f"{c.name:<40} {gql[c.name]:10.2f}"
        if c.name in plain:
            line += f" {plain[c.name]:9.2f} {plain[c.name] / gql[c.name]:6.0%}"
        print(line)


if __name__ == "__main__":
    main()
