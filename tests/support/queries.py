"""Counting the SQL statements a piece of code runs (for "no N+1" tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

import pytest
from tortoise import Tortoise

from backend import db

METHODS = ("execute_query", "execute_query_dict", "execute_insert", "execute_many")


@contextmanager
def count_queries(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Yields the list the statements run inside the block are appended to.

    Wraps the connection class's methods, so statements of transactions (their own client
    objects of a subclass) are counted too.
    """
    seen: list[str] = []
    client = type(Tortoise.get_connection("default"))
    with monkeypatch.context() as patch:
        for name in METHODS:
            original = getattr(client, name)

            def counted(self: Any, query: str, *args: Any, _original: Any = original,
                        **kwargs: Any) -> Any:
                seen.append(query)
                return _original(self, query, *args, **kwargs)

            patch.setattr(client, name, wraps(original)(counted))
        # Short reads on SQLite's side connection skip execute_query (backend.db.read).
        run_on_reader = db.run_on_reader

        def counted_on_reader(connection: Any, query: str, params: Any) -> Any:
            seen.append(query)
            return run_on_reader(connection, query, params)

        patch.setattr(db, "run_on_reader", counted_on_reader)
        yield seen
