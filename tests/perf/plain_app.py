"""The customer list without GraphQL: the baseline bench_customers.py measures GraphQL against.

A plain Starlette handler doing the same work as the `customers` field for the bench's query:
the same session check and rights, the same list service (scope, search, keyset page, count),
the same batched loading and PII decision (`loaders.build_customers`), then the JSON shaped by
hand and encoded with orjson. What it leaves out is exactly GraphQL: parsing, validation,
extensions and per-field resolution. `python -m tests.perf.plain_app PORT WORKERS` serves
it as `crm serve --workers WORKERS` serves the real app (``backend.serving``: same event loop,
same spread of connections over the workers).
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from backend.accounts.perms import Perm
from backend.api.errors import CrmError
from backend.auth import sessions
from backend.core import memo
from backend.customers import listing
from backend.customers import types as t
from backend.customers.loaders import build_customers
from backend.db import close_db, init_db
from backend.settings import get_settings

# The fields the bench's GraphQL query selects on each node (camelCase, as `selected` gives).
INCLUDE = frozenset({"id", "name", "kind", "stage", "level", "industry", "phones", "emails",
                     "piiMasked", "createdAt", "updatedAt", "owner", "tags", "primaryContact"})
CONTACT_INCLUDE = frozenset({"id", "name", "title", "phone", "email", "isPrimary"})


def _contact(c: t.Contact | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"id": c.id, "name": c.name, "title": c.title, "phone": c.phone, "email": c.email,
            "isPrimary": c.is_primary}


def _node(n: t.Customer) -> dict[str, Any]:
    return {
        "id": n.id, "name": n.name, "kind": n.kind, "stage": n.stage, "level": n.level,
        "industry": n.industry, "phones": n.phones, "emails": n.emails,
        "piiMasked": n.pii_masked, "createdAt": n.created_at.isoformat(),
        "updatedAt": n.updated_at.isoformat(),
        "owner": {"id": n.owner.id, "displayName": n.owner.display_name} if n.owner else None,
        "tags": n.tags, "primaryContact": _contact(n.primary_contact)}


def _json(data: object, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json")


async def customers(request: Request) -> Response:
    settings = request.app.state.settings
    memo.start()
    auth = await sessions.authenticate(request, settings)
    if auth is None or not auth.is_full:
        return _json({"errors": [{"extensions": {"code": "UNAUTHENTICATED"}}]}, 401)
    actor = await sessions.actor_for(auth.user, auth.session)
    if not actor.has(Perm.CUSTOMERS_READ):
        return _json({"errors": [{"extensions": {"code": "FORBIDDEN"}}]}, 403)
    args = orjson.loads(await request.body())
    try:
        page = await listing.list_customers(
            actor=actor, first=int(args.get("first", 20)), after=args.get("after"),
            search_term=args.get("search"), with_total=bool(args.get("withTotal", True)))
    except CrmError as exc:
        return _json({"errors": [{"message": exc.message, "extensions": {"code": exc.code}}]})
    nodes = await build_customers(actor, page.rows, INCLUDE, CONTACT_INCLUDE)
    found: dict[str, Any] = {} if page.total is None else {"totalCount": page.total}
    return _json({"data": {"customers": {
        **found,
        "pageInfo": {"hasNextPage": page.has_next,
                     "endCursor": page.cursors[-1] if page.cursors else None},
        "edges": [{"cursor": c, "node": _node(n)}
                  for c, n in zip(page.cursors, nodes, strict=True)]}}})


def create_plain_app() -> Starlette:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await init_db(settings)
        gc.collect()  # as crm serve does (backend/app.py): start-up objects out of the GC's way
        gc.freeze()
        try:
            yield
        finally:
            await close_db()

    app = Starlette(routes=[Route("/customers", customers, methods=["POST"])],
                    lifespan=lifespan)
    app.state.settings = settings
    return app


if __name__ == "__main__":
    import sys

    from backend import serving

    serving.run("tests.perf.plain_app:create_plain_app", host="127.0.0.1", port=int(sys.argv[1]),
                workers=int(sys.argv[2]), server_header=False)
