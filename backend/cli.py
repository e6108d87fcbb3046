"""The ``crm`` command. It calls the same services as the API, so one rule lives in one place."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from backend.settings import Settings, SettingsError, get_settings

app = typer.Typer(help="Bastion CRM server and administration.", no_args_is_help=True,
                  add_completion=False)
user_app = typer.Typer(help="Manage user accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")
keys_app = typer.Typer(help="Manage the encryption key ring.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")

T = TypeVar("T")


def _settings() -> Settings:
    try:
        return get_settings()
    except SettingsError as exc:
        typer.echo(f"configuration error: {exc}", err=True)
        raise typer.Exit(2) from None


def _with_db(settings: Settings, work: Callable[[], Awaitable[T]]) -> T:
    from backend.db import close_db, init_db

    async def run() -> T:
        await init_db(settings)
        try:
            return await work()
        finally:
            await close_db()

    return asyncio.run(run())


@app.command()
def migrate() -> None:
    """Apply pending database migrations and create the built-in roles."""
    from backend import db
    from backend.accounts.roles import ensure_builtin_roles

    settings = _settings()
    applied = asyncio.run(db.migrate(settings))
    _with_db(settings, ensure_builtin_roles)
    typer.echo(f"applied {len(applied)} migration(s)" if applied else "database is up to date")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
) -> None:
    """Start the web server (refuses to start with unapplied migrations)."""
    from backend import serving
    from backend.db import pending_migrations

    settings = _settings()
    pending = _with_db(settings, pending_migrations)
    if pending:
        typer.echo(f"the database has {len(pending)} unapplied migration(s): run `crm migrate`",
                   err=True)
        raise typer.Exit(1)
    from backend import planner_stats
    from backend.auth.setup import create_setup_link

    _with_db(settings, planner_stats.refresh)  # after a bulk load the old plans can be slow

    link = _with_db(settings, lambda: create_setup_link(settings))
    if link:
        # Shown only on the console of whoever starts the server; valid for one hour.
        typer.echo(f"No admin exists yet. Create one within an hour at:\n  {link}")
    typer.echo(f"Bastion CRM {settings.version} on http://{host}:{port} "
               f"(public URL {settings.public_url})")
    serving.run("backend.app:create_app", host=host, port=port, workers=workers,
                proxy_headers=False, server_header=False, log_level="info")


@app.command()
def demo(
    customers: Annotated[int, typer.Option(min=0, help="How many customers to add.")] = 1000,
    users: Annotated[int, typer.Option(min=12, max=500, help="Demo staff to create.")] = 24,
    seed: Annotated[int, typer.Option(help="Same seed, same data.")] = 1,
    append: Annotated[bool, typer.Option(
        "--append", help="Add to a database that already has customers.")] = False,
    deals: Annotated[int, typer.Option(
        min=0, help="How many deals to add, over all the customers in the database.")] = 0,
) -> None:
    """Fill the database with realistic demo data: staff, customers, contacts, activities."""
    from backend.demo.command import run

    run(_settings(), customers=customers, users=users, seed_value=seed, append=append,
        deals=deals)


@app.command()
def schema() -> None:
    """Print the GraphQL schema (SDL)."""
    from backend.api.schema import export_sdl

    sys.stdout.write(export_sdl())


def _read_password(from_stdin: bool) -> str:
    if from_stdin and not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first: str = typer.prompt("Password", hide_input=True)
    second: str = typer.prompt("Repeat password", hide_input=True)
    if first != second:
        typer.echo("passwords do not match", err=True)
        raise typer.Exit(1)
    return first


@user_app.command("create")
def user_create(
    username: Annotated[str, typer.Option(help="Sign-in name (unique, case-insensitive).")],
    email: Annotated[str, typer.Option(help="Email address (unique).")],
    role: Annotated[list[str], typer.Option(help="Role name; repeat for several.")],
    display_name: Annotated[str, typer.Option(help="Name shown in the app.")] = "",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from standard input (for scripts).")] = False,
) -> None:
    """Create a user with a password (read from stdin, or prompted twice on a terminal)."""
    from backend.accounts import services
    from backend.api.errors import CrmError
    from backend.core import request_meta

    settings = _settings()
    password = _read_password(password_stdin)

    async def work() -> int:
        request_meta.set_current(request_meta.CLI)
        user = await services.create_user(
            actor=None, username=username, email=email, display_name=display_name,
            roles=role, password=password)
        return user.id

    try:
        user_id = _with_db(settings, work)
    except CrmError as exc:
        fields = exc.extensions.get("fields")
        detail = f" ({fields})" if fields else ""
        typer.echo(f"error: {exc.message}{detail}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"created user {username} (id {user_id})")


@keys_app.command("rotate")
def keys_rotate(
    drop_old: Annotated[bool, typer.Option(
        "--drop-old", help="After re-encrypting, remove the old keys from the key file.")] = False,
) -> None:
    """Add a new primary key and re-encrypt every value with it (resumable)."""
    import os

    from rich.progress import Progress

    from backend.crypto import rotation
    from backend.settings import load_settings, new_key_entry, use_settings

    settings = _settings()
    key_file = settings.data_dir / "encryption.keys"
    if os.environ.get("CRM_ENCRYPTION_KEYS"):
        typer.echo("keys come from CRM_ENCRYPTION_KEYS: put the new key first there, restart, "
                   "then run `crm keys rotate` to re-encrypt", err=True)
        primary = settings.primary_key_id
    else:
        entries = [e for e in key_file.read_text().replace("\n", ",").split(",") if e.strip()]
        resuming = _with_db(settings, lambda: rotation.pending(settings.primary_key_id)) > 0
        if not resuming:  # a fresh rotation; an interrupted one continues with its key
            entries.insert(0, new_key_entry())
            key_file.write_text(",".join(e.strip() for e in entries) + "\n")
        settings = load_settings()
        use_settings(settings)
        primary = settings.primary_key_id

    async def work() -> int:
        todo = await rotation.pending(primary)
        with Progress() as bar:
            task = bar.add_task("re-encrypting", total=todo)
            return await rotation.reencrypt(primary, lambda n: bar.advance(task, n))

    done = _with_db(settings, work)
    typer.echo(f"re-encrypted {done} value(s) with key {primary}")
    if drop_old and not os.environ.get("CRM_ENCRYPTION_KEYS"):
        left = _with_db(settings, lambda: rotation.pending(primary))
        if left:
            typer.echo(f"{left} value(s) still use old keys; not dropping them", err=True)
            raise typer.Exit(1)
        key_file.write_text(key_file.read_text().split(",")[0].strip() + "\n")
        typer.echo("old keys removed")


notify_app = typer.Typer(help="Notifications: task reminders and the daily digest.",
                         no_args_is_help=True)
app.add_typer(notify_app, name="notify")


@notify_app.command("digest")
def notify_digest() -> None:
    """Create due task reminders, then mail the daily digest to users who opted in (run daily,
    e.g. from cron)."""
    from backend.notifications.digest import run_daily

    reminded, queued, sent = _with_db(_settings(), run_daily)
    typer.echo(f"{reminded} reminder(s) created, {queued} digest(s) queued, {sent} mail(s) sent")


@app.command("import")
def import_(
    file: Annotated[Path | None, typer.Argument(help="CSV or XLSX file to import.")] = None,
    type_: Annotated[str, typer.Option("--type", help="customers, contacts or deals.")] = (
        "customers"),
    user: Annotated[str, typer.Option(help="Act as this user (their rights and scope).")] = "",
    duplicates: Annotated[str, typer.Option(help="skip, update or create.")] = "skip",
    template: Annotated[str | None, typer.Option(help="Saved column mapping to use.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only check every row.")] = False,
    report: Annotated[Path | None, typer.Option(help="Write the result report here.")] = None,
    resume: Annotated[int | None, typer.Option(help="Resume this interrupted job.")] = None,
) -> None:
    """Import customers, contacts or deals from a file, or resume an interrupted import."""
    from backend.api.errors import CrmError
    from backend.dataio import cli as dataio_cli

    settings = _settings()
    if resume is None and (file is None or not user):
        typer.echo("give a FILE and --user, or --resume JOB", err=True)
        raise typer.Exit(2)

    async def work() -> int:
        if resume is not None:
            return await dataio_cli.resume(resume)
        assert file is not None
        return await dataio_cli.import_file(path=file, kind=type_, username=user,
                                            duplicates=duplicates, template=template,
                                            dry_run=dry_run, report=report)

    try:
        code = _with_db(settings, work)
    except CrmError as exc:
        fields = exc.extensions.get("fields")
        typer.echo(f"error: {exc.message}" + (f" ({fields})" if fields else ""), err=True)
        raise typer.Exit(1) from None
    raise typer.Exit(code)


@app.command("export")
def export(
    out: Annotated[Path, typer.Argument(help="File to write.")],
    user: Annotated[str, typer.Option(help="Act as this user (their rights and scope).")],
    type_: Annotated[str, typer.Option("--type", help="customers, contacts or deals.")] = (
        "customers"),
    format_: Annotated[str, typer.Option("--format", help="csv or xlsx.")] = "csv",
    filter_: Annotated[str | None, typer.Option(
        "--filter", help="The list filter as JSON, e.g. {\"stages\": [\"lead\"]}.")] = None,
    columns: Annotated[str | None, typer.Option(help="Comma-separated columns.")] = None,
) -> None:
    """Export a list to CSV or XLSX as a user would (masking, scope and audit apply)."""
    from backend.api.errors import CrmError
    from backend.dataio import cli as dataio_cli

    settings = _settings()
    try:
        code = _with_db(settings, lambda: dataio_cli.export_file(
            kind=type_, username=user, out=out, file_format=format_, filter_json=filter_,
            columns=columns))
    except CrmError as exc:
        fields = exc.extensions.get("fields")
        typer.echo(f"error: {exc.message}" + (f" ({fields})" if fields else ""), err=True)
        raise typer.Exit(1) from None
    raise typer.Exit(code)


def main() -> None:
    app()
