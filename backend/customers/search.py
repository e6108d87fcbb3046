"""Customer search: one interface over SQLite FTS5 (trigram) and PostgreSQL pg_trgm.

``customer.search_text`` is the lower-case NFKC document of a customer (name, tags, contact names
and titles, non-sensitive custom text); ``pii.refresh_search_text`` maintains it. Both engines
match substrings (so prefixes too) and Chinese text, which has no word boundaries:

- SQLite: the FTS5 trigram index answers terms of three characters or more; shorter ones (a
  two-character Chinese name such as 王伟) fall back to ``LIKE`` over the column.
- PostgreSQL: ``ILIKE '%term%'`` on the column, which the pg_trgm GIN index serves.

Exact phone or email lookups go through the blind index (``customer_key``) and only for actors
who may read PII over the matching customer: for anyone else a hit would confirm a guessed number
hidden behind its mask.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from pypika_tortoise.context import SqlContext
from pypika_tortoise.terms import Term, ValueWrapper
from pypika_tortoise.utils import format_alias_sql
from tortoise import Tortoise
from tortoise.expressions import Q, Subquery

from backend import counts
from backend.crypto import blind_index
from backend.db import fetch_rows

MAX_TERM = 100
FTS_IDS_KEPT = 2000  # a term matching more is left to the FTS subquery
FTS_MATCH = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH "


def fold(text: str) -> str:
    """The form both the document and the terms are compared in: NFKC, lower case."""
    return unicodedata.normalize("NFKC", text).lower().strip()


class Sql(Term):
    """A parenthesised SQL fragment whose ``{n}`` placeholders become bound parameters."""

    def __init__(self, template: str, *values: Any) -> None:
        super().__init__()
        self.template = template
        self.values = values

    def get_sql(self, ctx: SqlContext) -> str:
        bound = [ValueWrapper(v).get_sql(ctx) for v in self.values]
        sql = "(" + self.template.format(*bound) + ")"
        return format_alias_sql(sql, self.alias, ctx) if ctx.with_alias else sql


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _dialect() -> str:
    return str(Tortoise.get_connection("default").schema_generator.DIALECT)


async def text_match(term: str) -> Q | None:
    """Customers whose search document contains ``term``; None when it is known that none do.

    Always ``id IN (...)``, never a computed column compared to true: SQLite only uses the
    FTS index (and PostgreSQL the trigram index) for a plain membership test; the earlier
    annotation form read every row (100k customers: ~870 ms against ~20 ms).

    On SQLite the ids an FTS term matches are kept while the database is unchanged
    (``counts.cached``), up to ``FTS_IDS_KEPT`` of them: paging through results, or many
    people searching the same name, asks the same term again, and a common Latin term costs
    ~1 ms in the trigram index (a page of 50 customers costs ~0.3 ms). Ids only: the list is
    not scoped, the caller's query applies the actor's scope as it does to the subquery.
    """
    term = fold(term)[:MAX_TERM]
    pattern = f"%{escape_like(term)}%"
    if _dialect() == "postgres":
        return Q(id__in=Sql("SELECT \"id\" FROM \"customer\" WHERE \"search_text\" "
                            "ILIKE {0} ESCAPE '\\'", pattern))
    if len(term) >= 3:
        # An FTS5 string literal: the whole term is one phrase, its quotes doubled, so no
        # FTS operator (AND, NEAR, *, column filters) can be smuggled in through the search box.
        phrase = '"' + term.replace('"', '""') + '"'
        ids = await counts.cached(("fts-ids", phrase), lambda: _fts_ids(phrase))
        if ids is not None:
            return Q(id__in=ids) if ids else None
        return Q(id__in=Sql(FTS_MATCH + "{0}", phrase))
    return Q(id__in=Sql("SELECT \"id\" FROM \"customer\" WHERE \"search_text\" "
                        "LIKE {0} ESCAPE '\\'", pattern))


async def _fts_ids(phrase: str) -> tuple[int, ...] | None:
    """The ids matching an FTS5 phrase; None when there are more than ``FTS_IDS_KEPT``."""
    rows = await fetch_rows(FTS_MATCH + "? LIMIT ?", [phrase, FTS_IDS_KEPT + 1])
    return None if len(rows) > FTS_IDS_KEPT else tuple(row[0] for row in rows)


def exact_kind(term: str) -> str | None:
    """``email`` or ``phone`` when the term looks like one, for a blind-index lookup."""
    term = term.strip()
    if "@" in term and " " not in term:
        return "email"
    digits = blind_index.normalize_phone(term)
    if len(digits) >= 5 and digits.isdigit() and len(term) <= 30:
        return "phone"
    return None


def key_match(kind: str, term: str) -> Q:
    """Customers holding this exact phone or email (their own or one of their contacts')."""
    from backend.customers.models import CustomerKey

    digest = blind_index.index(kind, term)
    return Q(id__in=Subquery(CustomerKey.filter(digest=digest).values("customer_id")))


async def condition(term: str, pii_scope: Q | None) -> Q:
    """The filter for a search box term.

    ``pii_scope`` is the row filter of the actor's ``customers.pii.read`` (None without it):
    the blind-index branch only finds customers inside it.
    """
    found = await text_match(term)
    kind = exact_kind(term)
    if kind is not None and pii_scope is not None:
        by_key = key_match(kind, term) & pii_scope
        # Not "id < 0 OR ...": SQLite would read every customer for that (~80 ms at 100k).
        found = by_key if found is None else found | by_key
    return Q(id__lt=0) if found is None else found  # no customer has a negative id
