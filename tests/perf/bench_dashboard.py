"""The dashboard and each report alone, timed one request at a time against the real server.

Seeds a SQLite database with `crm demo` (customers, then deals over them) or reuses a data
directory seeded before, starts `crm serve`, signs in a sales person (own scope), the demo head
manager (subtree scope) and the admin (all), and sends the SPA's own dashboard operation (read
from frontend/src/modules/reports/operations.ts) for the last 365 days with scope OWN and TEAM:
one warm-up, then ``--runs`` sequential requests per case, printing p50, p99 and max. Each
report is then timed alone, so the slow one shows. Run from the repository root:

    .venv/bin/python -m tests.perf.bench_dashboard [--customers 100000] [--deals 300000]
        [--reuse-db DIR] [--runs 20] [--postgres] [--only dashboard|reports]

DIR is created and seeded when missing (customers as tests.perf.bench_customers does, then the
deals it lacks). ``--postgres`` seeds a throw-away PostgreSQL server instead (no reuse).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from tests.perf.bench_customers import NOTES, ROOT, prepare, sign_in
from tests.support.pg import PgServer
from tests.support.server import CRM, LiveServer

OPERATIONS = ROOT / "frontend/src/modules/reports/operations.ts"
RANGE = "{from: $from, to: $to}"
REPORTS = {
    "funnel": f"salesFunnel(filter: {RANGE}) {{ total stages {{ count amount reached "
              "conversionRate averageDaysInStage } }",
    "performance": f"salesPerformance(filter: {RANGE}) {{ won lost winRate wonAmount "
                   "averageCycleDays }",
    "revenue": f"revenue(groupBy: MONTH, filter: {RANGE}) {{ total rows {{ month amount }} }}",
    "forecast": f"salesForecast(filter: {RANGE}) {{ month amount weightedAmount }}",
    "targets": f"targetAttainment(filter: {RANGE}) {{ month target actual }}",
    "growth": f"customerGrowth(filter: {RANGE}) {{ month source count }}",
    "at-risk": f"atRiskCustomers(days: 30, first: 20, filter: {RANGE}) {{ totalCount "
               "edges { node { id name } } }",
    "activity": f"activityStats(filter: {RANGE}) {{ user {{ id }} calls tasksDone }}",
}
PEOPLE = (("sales", "demo.sales01"), ("manager", "demo.manager"), ("admin", "demo.admin"))


def dashboard_operation() -> str:
    """The ReportsDashboard document exactly as the SPA's source declares it."""
    found = re.search(r"graphql\(`\s*(query ReportsDashboard.*?)`\)", OPERATIONS.read_text(),
                      re.S)
    if found is None:
        raise SystemExit(f"ReportsDashboard not found in {OPERATIONS}")
    return found.group(1)


@dataclass
class Timing:
    name: str
    seconds: list[float]

    def row(self) -> str:
        ms = sorted(s * 1000 for s in self.seconds)
        p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
        return (f"{self.name:<26} p50 {statistics.median(ms):7.0f} ms  p99 {p99:7.0f} ms  "
                f"max {ms[-1]:7.0f} ms")


def timed(client: httpx.Client, headers: dict[str, str], query: str,
          variables: dict[str, Any], runs: int) -> list[float]:
    out = []
    for n in range(runs + 1):  # the first is the warm-up
        started = time.perf_counter()
        body = client.post("/graphql", json={"query": query, "variables": variables},
                           headers=headers).json()
        took = time.perf_counter() - started
        if body.get("errors"):
            raise SystemExit(f"{query[:60]}...: {body['errors']}")
        if n:
            out.append(took)
    return out


def seed_deals(server: LiveServer, notes: dict[str, Any], data_dir: Path, deals: int) -> None:
    have = int(notes.get("deals", 0))
    if have >= deals:
        return
    started = time.perf_counter()
    subprocess.run([CRM, "demo", "--customers", "0", "--deals", str(deals - have), "--append"],
                   env=server.env, capture_output=True, text=True, check=True)
    print(f"seeded {deals - have} deals in {time.perf_counter() - started:.0f}s")
    notes["deals"] = deals
    (data_dir / NOTES).write_text(json.dumps(notes))


@contextmanager
def postgres() -> Iterator[dict[str, str]]:
    pg = PgServer().start()
    try:
        yield {"CRM_DATABASE_URL": pg.create_database("crm_bench")}
    finally:
        pg.stop()


def run(server: LiveServer, runs: int, parts: list[str]) -> None:
    notes = json.loads((server.data_dir / NOTES).read_text())
    today = datetime.now(UTC).date()
    span = {"from": (today - timedelta(days=365)).isoformat(), "to": today.isoformat()}
    dash = dashboard_operation()
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores shared); "
          f"{runs} runs per case after one warm-up, range {span['from']}..{span['to']}")
    with httpx.Client(base_url=server.url, timeout=120) as client:
        people = {role: sign_in(server.url, name, notes["password"]) for role, name in PEOPLE}
        if "dashboard" in parts:
            print("dashboard (the SPA's ReportsDashboard operation):")
        for role, headers in people.items():
            for scope in ("OWN", "TEAM") if role != "sales" else ("OWN",):
                if "dashboard" not in parts:
                    break
                seconds = timed(client, headers, dash, {"scope": scope, "atRiskDays": 30,
                                                         "filter": span}, runs)
                print("  " + Timing(f"{role} {scope}", seconds).row(), flush=True)
        if "reports" in parts:
            print("each report alone (the viewer's whole scope):")
        for role in ("manager", "admin") if "reports" in parts else ():
            for name, field in REPORTS.items():
                query = f"query($from: Date, $to: Date) {{ {field} }}"
                seconds = timed(client, people[role], query, span, runs)
                print("  " + Timing(f"{role} {name}", seconds).row(), flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--deals", type=int, default=300_000)
    parser.add_argument("--reuse-db", type=Path, help="data directory to reuse or create")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--postgres", action="store_true", help="a throw-away PostgreSQL")
    parser.add_argument("--only", nargs="*", choices=["dashboard", "reports"],
                        default=["dashboard", "reports"], help="time only these parts")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data" if args.postgres else args.reuse_db or Path(tmp) / "data"
        data_dir.mkdir(parents=True, exist_ok=True)
        with postgres() if args.postgres else nothing() as extra:
            os.environ.update(extra)  # LiveServer passes the environment on to `crm`
            notes = prepare(data_dir, args.customers)
            server = LiveServer(data_dir)
            seed_deals(server, notes, data_dir, args.deals)
            print(f"database: {'PostgreSQL' if args.postgres else 'SQLite'}, "
                  f"{notes['customers']} customers, {notes.get('deals', 0)} deals")
            server.start()
            try:
                run(server, args.runs, args.only)
            finally:
                server.stop()


@contextmanager
def nothing() -> Iterator[dict[str, str]]:
    yield {}


if __name__ == "__main__":
    main()
