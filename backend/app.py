"""The Starlette application: /graphql, /healthz and the single-page app."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from tortoise import Tortoise

from backend.api.context import Context
from backend.api.middleware import HardeningMiddleware
from backend.api.net import client_ip
from backend.api.schema import schema
from backend.auth import sessions
from backend.core import memo, request_meta
from backend.core.request_meta import RequestMeta
from backend.dataio import http as dataio_http
from backend.dataio.runner import Runner as JobRunner
from backend.db import MigrationsPending, close_db, init_db, pending_migrations
from backend.settings import Settings, get_settings, use_settings
from backend.tokens import auth as token_auth

log = logging.getLogger("backend.app")


class CrmGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI view with our context and a fast JSON encoder."""

    def __init__(self, settings: Settings) -> None:
        # GET may carry queries (cacheable reads); Strawberry refuses mutations over GET.
        super().__init__(schema, allow_queries_via_get=True, graphql_ide=None)
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # --- API tokens: a bearer request is refused (401/429) before GraphQL runs, or served
        # with its token's rights and RateLimit-* headers (backend/tokens/auth.py).
        if scope["type"] == "http":
            credential = token_auth.bearer_credential(Request(scope).headers)
            if credential is not None:
                outcome = await token_auth.admit(Request(scope, receive), self.settings,
                                                 credential)
                if isinstance(outcome, Response):
                    await outcome(scope, receive, send)
                    return
                scope.setdefault("state", {})[token_auth.STATE_KEY] = outcome
                send = outcome.sending_headers(send)
        # --- end API tokens
        await super().__call__(scope, receive, send)

    async def get_context(self, request: Any, response: Any) -> Context:
        meta = RequestMeta(
            ip=client_ip(request, self.settings),
            user_agent=request.headers.get("user-agent", "")[:255],
            request_id=request.scope.get("state", {}).get("request_id", ""),
        )
        request_meta.set_current(meta)
        memo.start()
        # --- API tokens: cookies are ignored; tokens never ride in cookies, so a hostile page
        # cannot make a browser send one, and neither the CSRF token nor the Origin check applies.
        if token_auth.bearer_credential(request.headers) is not None:
            call = token_auth.current_call(request)
            if call is None:  # __call__ admits every bearer request; never fall back to cookies
                raise RuntimeError("bearer request reached GraphQL without being admitted")
            return Context(request=request, response=response, settings=self.settings,
                           request_id=meta.request_id, client_ip=meta.ip,
                           user_agent=meta.user_agent, auth=None, actor=call.actor,
                           csrf_ok=True, origin_ok=True)
        # --- end API tokens
        auth = await sessions.authenticate(request, self.settings)
        origin = request.headers.get("origin")
        return Context(
            request=request,
            response=response,
            settings=self.settings,
            request_id=meta.request_id,
            client_ip=meta.ip,
            user_agent=meta.user_agent,
            auth=auth,
            actor=await sessions.actor_for(auth.user, auth.session)
            if auth and auth.is_full else None,
            csrf_ok=auth is None or sessions.csrf_valid(request, self.settings, auth.raw_id),
            origin_ok=origin is None or origin == self.settings.public_origin,
        )

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        # orjson.JSONDecodeError is a json.JSONDecodeError: bad bodies still get Strawberry's 400.
        return orjson.loads(data)


async def healthz(request: Request) -> JSONResponse:
    settings: Settings = request.app.state.settings
    try:
        await Tortoise.get_connection("default").execute_query("SELECT 1")
    except Exception:
        log.exception("health check: database unreachable")
        return JSONResponse({"status": "error", "database": "unreachable",
                             "version": settings.version}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok", "version": settings.version})


def spa_handler(dist: Path) -> Any:
    index = dist / "index.html"
    assets = (dist / "assets").resolve()

    async def serve(request: Request) -> Response:
        path = request.path_params.get("path", "")
        if path.startswith("assets/"):
            target = (dist / path).resolve()
            if target.is_relative_to(assets) and target.is_file():
                # Hashed file names change with their content, so they may be cached for a year.
                return FileResponse(target, headers={
                    "cache-control": "public, max-age=31536000, immutable"})
            return JSONResponse({"error": "not found"}, status_code=404)
        top = (dist / path).resolve()
        if path and "/" not in path and top.parent == dist.resolve() and top.is_file():
            return FileResponse(top, headers={"cache-control": "public, max-age=3600"})
        last = path.rsplit("/", 1)[-1]
        wants_html = "text/html" in request.headers.get("accept", "")
        if request.method in {"GET", "HEAD"} and "." not in last and wants_html:
            if not index.is_file():
                return JSONResponse({"error": "the SPA is not built; run `make setup`"},
                                    status_code=404)
            # History-API fallback: the SPA's router decides, and shows its own 404 page.
            return FileResponse(index, headers={"cache-control": "no-cache"})
        return JSONResponse({"error": "not found"}, status_code=404)

    return serve


def create_app(settings: Settings | None = None, *, check_migrations: bool = True) -> Starlette:
    settings = settings or get_settings()
    use_settings(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await init_db(settings)
        if check_migrations:
            pending = await pending_migrations()
            if pending:
                await close_db()
                raise MigrationsPending(
                    f"the database has {len(pending)} unapplied migration(s); run `crm migrate`")
        # --- import/export: the background job runner (backend/dataio/runner.py)
        jobs = JobRunner()
        jobs.start()
        # --- end import/export
        # What exists now (modules, schema, models: ~150k objects) lives as long as the process.
        # Out of the collector's sight, a full collection no longer walks it: ~170 ms -> ~0,
        # a stall every few hundred requests otherwise.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await jobs.stop()
            await close_db()

    graphql = CrmGraphQL(settings)
    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            # --- import/export files (backend/dataio/http.py)
            Route("/api/imports", dataio_http.upload, methods=["POST"]),
            Route("/api/imports/{job_id:int}/report.csv", dataio_http.report, methods=["GET"]),
            Route("/api/exports/{job_id:int}/download", dataio_http.download, methods=["GET"]),
            # --- end import/export
            Route("/{path:path}", spa_handler(settings.spa_dir), methods=["GET", "HEAD"]),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(HardeningMiddleware, settings=settings, large_bodies={
        "/api/imports": settings.import_max_mb * 1024 * 1024 + 64 * 1024})
    return app
