"""Generate the next migration with the SQL of both dialects.

aerich writes the SQL of one dialect into a migration; Bastion supports SQLite and PostgreSQL from
one history. This runs aerich offline twice (once per dialect, no database needed) and writes one
file whose ``upgrade``/``downgrade`` pick the SQL for the connection they run on.

    .venv/bin/python scripts/makemigration.py NAME
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tortoise import Tortoise

from backend.db import MIGRATIONS_ROOT, tortoise_config

TEMPLATE = '''from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {upgrade!r}

DOWNGRADE = {downgrade!r}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = {models_state}
'''


async def generate(dialect: str, url: str, name: str, workdir: Path) -> tuple[str, str, str, str]:
    from aerich import Command
    from aerich.utils import import_py_file

    location = workdir / f"{dialect}-migrations"
    shutil.copytree(MIGRATIONS_ROOT, location, dirs_exist_ok=True)
    (location / "models").mkdir(exist_ok=True)
    command = Command(tortoise_config=tortoise_config(url), app="models", location=str(location))
    if not any((location / "models").glob("[0-9]*.py")):
        await command._do_init(safe=True, offline=True)
        version = sorted((location / "models").glob("[0-9]*.py"))[-1].name
    else:
        await command.init(offline=True)
        version = await command.migrate(name, empty=False, no_input=True, offline=True)
    await Tortoise.close_connections()
    if not version:
        return "", "", "", ""
    path = location / "models" / version
    module = import_py_file(path)
    up = await module.upgrade(_Fake(dialect))
    down = await module.downgrade(_Fake(dialect))
    state = path.read_text().split("MODELS_STATE = ", 1)[1]
    return version, up, down, state


class _Fake:
    """Stands in for a connection: the generated functions only read its dialect."""

    def __init__(self, dialect: str) -> None:
        self.schema_generator = type("G", (), {"DIALECT": dialect})


URLS = {"sqlite": "sqlite://{work}/x.sqlite3", "postgres": "postgres://u:p@127.0.0.1:1/none"}


def generate_in_subprocess(dialect: str, name: str, work: Path) -> dict[str, str]:
    """aerich keeps its state in class attributes: each dialect gets a fresh interpreter."""
    out = work / f"{dialect}.json"
    subprocess.run([sys.executable, __file__, "--dialect", dialect, "--out", str(out), name],
                   check=True)
    result: dict[str, str] = json.loads(out.read_text())
    return result


async def one_dialect(dialect: str, name: str, out: Path) -> None:
    work = out.parent
    url = URLS[dialect].format(work=work)
    version, up, down, state = await generate(dialect, url, name, work)
    out.write_text(json.dumps({"version": version, "up": up, "down": down, "state": state}))


def main(name: str, check: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sqlite = generate_in_subprocess("sqlite", name, work)
        if not sqlite["version"]:
            print("No changes detected")
            return
        if check:
            sys.exit("models changed without a migration: run scripts/makemigration.py NAME")
        pg = generate_in_subprocess("postgres", name, work)
    body = TEMPLATE.format(
        upgrade={"sqlite": sqlite["up"], "postgres": pg["up"]},
        downgrade={"sqlite": sqlite["down"], "postgres": pg["down"]},
        models_state=sqlite["state"].rstrip(),
    )
    target = MIGRATIONS_ROOT / "models" / sqlite["version"]
    target.write_text(body)
    print(f"Wrote {target.relative_to(Path.cwd())}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Write the next two-dialect migration.")
    parser.add_argument("name", nargs="?", default="auto")
    parser.add_argument("--dialect", choices=sorted(URLS))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--check", action="store_true", help="fail if a migration is missing")
    args = parser.parse_args()
    if args.dialect:
        asyncio.run(one_dialect(args.dialect, args.name, args.out))
    else:
        main(args.name, check=args.check)
