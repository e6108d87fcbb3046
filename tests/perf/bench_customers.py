"""The customer list under load: GraphQL (`crm serve --workers 2`) against a plain Starlette
handler doing the same reads (tests/perf/plain_app.py), side by side on the same database.

Seeds a SQLite database with `crm demo` (or reuses a data directory seeded by an earlier run),
signs in the demo head manager (subtree scope) and the admin (all), then drives each case with
wrk at 16 connections and prints req/s, p50 and p99, and GraphQL's share of the plain handler's
throughput. Run from the repository root:

    .venv/bin/python -m tests.perf.bench_customers [--customers 100000] [--reuse-db DIR]

DIR is a data directory (database and its encryption keys); it is created and seeded when
missing, so the next run can skip the seeding.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from tests.perf import wrk
from tests.perf.cases import CASES, Case, find_cases
from tests.support.accounts import LOGIN
from tests.support.pg import free_port
from tests.support.server import CRM, LiveServer

ROOT = Path(__file__).resolve().parents[2]
NOTES = "bench-notes.json"  # password of the demo users, walked cursor
SEED = 1


def prepare(data_dir: Path, customers: int) -> dict[str, Any]:
    """Migrate and seed ``data_dir`` unless an earlier run did; returns the bench's notes."""
    notes_file = data_dir / NOTES
    server = LiveServer(data_dir)
    server.migrate()  # a reused database may predate the latest migration
    if notes_file.exists():
        notes: dict[str, Any] = json.loads(notes_file.read_text())
        print(f"reusing {data_dir} ({notes['customers']} customers)")
        return notes
    started = time.perf_counter()
    out = subprocess.run([CRM, "demo", "--customers", str(customers), "--seed", str(SEED)],
                         env=server.env, capture_output=True, text=True, check=True)
    print(f"seeded {customers} customers in {time.perf_counter() - started:.0f}s")
    password = out.stdout.split("(shown once, not stored): ")[1].split()[0]
    notes = {"customers": customers, "password": password}
    notes_file.write_text(json.dumps(notes))
    notes_file.chmod(0o600)
    return notes


def sign_in(url: str, username: str, password: str) -> dict[str, str]:
    """Headers of a signed-in browser: its cookies and the CSRF token echoed as the SPA does."""
    with httpx.Client(base_url=url, timeout=30) as client:
        body = client.post("/graphql", json={"query": LOGIN, "variables": {
            "u": username, "p": password}}).json()
        status = body["data"]["login"]["status"]
        if status != "SUCCESS":
            raise SystemExit(f"{username} could not sign in: {status}")
        cookies = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        return {"Cookie": cookies, "X-CSRF-Token": client.cookies.get("crm_csrf") or ""}


@contextmanager
def plain_server(data_dir: Path, env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (data_dir / "plain.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.perf.plain_app", str(port), "2"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                if httpx.post(f"{url}/customers", json={}, timeout=1).status_code == 401:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError((data_dir / "plain.log").read_text()[-2000:])
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def measure(cases: list[Case], url: str, path: str, plain: bool, args: argparse.Namespace
            ) -> dict[str, wrk.Result]:
    results = {}
    for case in cases:
        case.check(url + path, plain)
        # Each case warmed up first, as a running server is: the first requests of a new
        # question fill caches (its total, query plans, pages of the database file).
        wrk.run(url + path, case.body(plain), case.headers, connections=args.connections,
                seconds=2)
        time.sleep(1)  # the server finishes the requests wrk left behind before the next run
        results[case.name] = wrk.run(url + path, case.body(plain), case.headers,
                                     connections=args.connections, seconds=args.seconds)
        print(f"  {'plain  ' if plain else 'graphql'} {case.name:<28} "
              f"{results[case.name].row()}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--reuse-db", type=Path, help="data directory to reuse or create")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--only", nargs="*", choices=[c[0] for c in CASES],
                        help="run only these cases")
    parser.add_argument("--no-plain", action="store_true", help="skip the plain handler")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.reuse_db or Path(tmp) / "data"
        data_dir.mkdir(parents=True, exist_ok=True)
        notes = prepare(data_dir, args.customers)
        print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores shared)")
        server = LiveServer(data_dir).start("--workers", "2")
        try:
            managers = sign_in(server.url, "demo.manager", notes["password"])
            admin = sign_in(server.url, "demo.admin", notes["password"])
            cases = find_cases(server.url, managers, admin, notes, SEED, args.only)
            (data_dir / NOTES).write_text(json.dumps(notes))  # keeps the walked cursor
            print(f"GraphQL: crm serve --workers 2, wrk {args.connections} connections, "
                  f"{args.seconds:.0f}s per case")
            gql = measure(cases, server.url, "/graphql", False, args)
        finally:
            server.stop()
        plain: dict[str, wrk.Result] = {}
        if not args.no_plain:
            with plain_server(data_dir, server.env) as url:
                plain = measure(cases, url, "/customers", True, args)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        report(cases, gql, plain)


def report(cases: list[Case], gql: dict[str, wrk.Result], plain: dict[str, wrk.Result]
           ) -> None:
    print(f"\n{'case':<28} {'GraphQL':>45} {'plain':>12} {'ratio':>7}")
    for case in cases:
        g = gql[case.name]
        line = f"{case.name:<28} {g.row()}"
        if case.name in plain:
            p = plain[case.name]
            ratio = f"{g.requests_per_s / p.requests_per_s:6.0%}" if p.requests_per_s else "     -"
            line += f" {p.requests_per_s:8.1f}/s {ratio}"
        if g.errors:
            line += f"  ({g.errors} errors or timeouts)"
        print(line)


if __name__ == "__main__":
    main()
