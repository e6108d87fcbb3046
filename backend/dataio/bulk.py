"""Batched inserts for imports: one ``executemany`` per table and batch.

Like ``backend.demo.bulk.insert`` (rows as dicts, no model objects), but each field's
``to_db_value`` runs only where the database needs a conversion (JSON, dates, decimals):
validating and converting every plain string and integer through Tortoise cost more than the
insert itself at 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tortoise import fields as f
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

# Values of these field types go to the driver as they are.
_PLAIN = (f.CharField, f.TextField, f.IntField, f.BigIntField, f.SmallIntField, f.FloatField,
          f.BooleanField)
Converter = Callable[[Any], Any]


def _converter(model: type[Model], name: str) -> Converter:
    field = model._meta.fields_map[name]
    if isinstance(field, _PLAIN):
        # Lengths were checked when the row was parsed; the database enforces them too.
        return lambda value: value

    def convert(value: Any) -> Any:
        # The model class as the owner: DatetimeField then keeps the given value instead of
        # stamping auto_now fields with the current time.
        return field.to_db_value(value, model)

    return convert


def _default(model: type[Model], name: str) -> Any:
    default = model._meta.fields_map[name].default
    return default() if callable(default) else default


_PLANS: dict[tuple[type[Model], str, bool], tuple[str, list[tuple[str, Converter, Any]]]] = {}


def _plan(conn: BaseDBAsyncClient, model: type[Model], with_ids: bool
          ) -> tuple[str, list[tuple[str, Converter, Any]]]:
    """The INSERT statement and (field, converter, default) per column, made once."""
    key = (model, conn.schema_generator.DIALECT, with_ids)
    if key not in _PLANS:
        executor = conn.executor_class(model=model, db=conn)
        names = executor.regular_columns_all if with_ids else executor.regular_columns
        sql = executor.insert_query_all if with_ids else executor.insert_query
        _PLANS[key] = (sql, [(n, _converter(model, n), _default(model, n)) for n in names])
    return _PLANS[key]


async def insert(conn: BaseDBAsyncClient, model: type[Model], rows: Sequence[dict[str, Any]],
                 *, with_ids: bool) -> None:
    """Insert ``rows`` (dicts of field values; missing fields take their defaults)."""
    if not rows:
        return
    sql, plan = _plan(conn, model, with_ids)
    values = [[convert(row.get(name, default)) for name, convert, default in plan]
              for row in rows]
    await conn.execute_many(sql, values)


def in_list(conn: BaseDBAsyncClient, column: str, values: Sequence[Any], first: int = 1
            ) -> tuple[str, list[Any]]:
    """``column IN (…)`` with bound parameters, in the connection's placeholder style
    (PostgreSQL takes the whole list as one array parameter numbered ``first``)."""
    if conn.schema_generator.DIALECT == "postgres":
        return f"{column} = ANY(${first})", [list(values)]
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)
