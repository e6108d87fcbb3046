"""The body of ``crm demo``: seed with a progress bar, then print who can sign in.

The password is printed once, on the operator's console, and is in no log or audit event.
"""

from __future__ import annotations

import asyncio

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from backend.core import request_meta
from backend.db import close_db, init_db
from backend.demo.seed import AlreadySeeded, DemoReport, seed
from backend.settings import Settings


def run(settings: Settings, *, customers: int, users: int, seed_value: int,
        append: bool, deals: int = 0) -> None:
    async def work() -> DemoReport:
        await init_db(settings)
        request_meta.set_current(request_meta.CLI)
        try:
            with Progress("[progress.description]{task.description}", BarColumn(),
                          MofNCompleteColumn(), TimeElapsedColumn()) as bar:
                task = bar.add_task("customers", total=customers)
                deal_task = bar.add_task("deals", total=deals, visible=deals > 0)
                return await seed(customers=customers, users=users, seed=seed_value,
                                  append=append, deals=deals,
                                  progress=lambda n: bar.advance(task, n),
                                  deal_progress=lambda n: bar.advance(deal_task, n))
        finally:
            await close_db()

    try:
        report = asyncio.run(work())
    except AlreadySeeded as exc:
        typer.echo(f"refusing to seed: {exc}; pass --append to add more", err=True)
        raise typer.Exit(1) from None
    c = report.counts
    typer.echo(f"created {c.customers} customers, {c.contacts} contacts, {c.activities} "
               f"activities and {c.comments} comments in {report.seconds:.1f}s")
    if report.deals.deals:
        typer.echo(f"created {report.deals.deals} deals with {report.deals.stage_changes} "
                   "stage changes")
    typer.echo("demo users (role, team id): " + ", ".join(
        f"{u.username} ({u.role}{f', team {u.team_id}' if u.team_id else ''})"
        for u in report.users))
    if report.password:
        typer.echo(f"password of every demo user (shown once, not stored): {report.password}")
    else:
        typer.echo("the demo users existed already; their password is unchanged")
