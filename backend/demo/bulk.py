"""Batched inserts for the demo: one ``executemany`` per table and batch.

Rows are dicts of field values converted with each field's own ``to_db_value`` (as Tortoise's
``bulk_create`` does) but without model objects, which cost more than the insert itself at this
volume, and without ``auto_now``, so demo rows keep their own creation and update times.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields import Field
from tortoise.models import Model


def _default(field: Field[Any]) -> Any:
    default = field.default
    return default() if callable(default) else default


async def insert(conn: BaseDBAsyncClient, model: type[Model], rows: Sequence[dict[str, Any]],
                 *, with_ids: bool) -> None:
    """Insert ``rows``; with ``with_ids`` each row carries its primary key (see ``next_id``)."""
    if not rows:
        return
    executor = conn.executor_class(model=model, db=conn)
    columns = executor.regular_columns_all if with_ids else executor.regular_columns
    sql = executor.insert_query_all if with_ids else executor.insert_query
    fields = [(name, model._meta.fields_map[name]) for name in columns]
    # The model class, not an instance, as the owner: DatetimeField then keeps the given value
    # instead of stamping auto_now fields with the current time.
    values = [[f.to_db_value(row[name] if name in row else _default(f), model)
               for name, f in fields] for row in rows]
    await conn.execute_many(sql, values)


async def next_id(conn: BaseDBAsyncClient, model: type[Model]) -> int:
    table = model._meta.db_table
    _, rows = await conn.execute_query(f'SELECT MAX(id) AS top FROM "{table}"')  # noqa: S608
    return int(rows[0]["top"] or 0) + 1


async def sync_sequences(conn: BaseDBAsyncClient, models: Sequence[type[Model]]) -> None:
    """PostgreSQL: move each id sequence past the ids given explicitly (SQLite needs nothing)."""
    if conn.schema_generator.DIALECT != "postgres":
        return
    for model in models:
        table = model._meta.db_table
        await conn.execute_query(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "  # noqa: S608
            f'(SELECT COALESCE(MAX(id), 1) FROM "{table}"))')
