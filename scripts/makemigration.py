"""Generate the next migration with the SQL of both dialects.

aerich writes the SQL of one dialect into a migration; Bastion supports SQLite and PostgreSQL from
one history. This runs aerich offline twice (once per dialect, no database needed) and writes one
file whose ``upgrade``/``downgrade`` pick the SQL for the connection they run on.

    .venv/bin/python scripts/makemigration.py NAME
"""

from __future__ import annotations

import asyncio
import shutil
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

    location = workdir / dialect
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


async def main(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        v1, up_sqlite, down_sqlite, state = await generate(
            "sqlite", f"sqlite://{work / 'x.sqlite3'}", name, work)
        if not v1:
            print("No changes detected")
            return
        _, up_pg, down_pg, _ = await generate(
            "postgres", "postgres://u:p@127.0.0.1:1/none", name, work)
    body = TEMPLATE.format(
        upgrade={"sqlite": up_sqlite, "postgres": up_pg},
        downgrade={"sqlite": down_sqlite, "postgres": down_pg},
        models_state=state.rstrip(),
    )
    target = MIGRATIONS_ROOT / "models" / v1
    target.write_text(body)
    print(f"Wrote {target.relative_to(Path.cwd())}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "auto"))
