"""Schema extensions: stable error codes and no leaked internals, CSRF, a parse cache."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache

from graphql import ExecutionResult, GraphQLError, parse
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from backend.api.errors import BAD_USER_INPUT, INTERNAL, CrmError, Forbidden

log = logging.getLogger("backend.api")


class ErrorCodes(SchemaExtension):
    """Give every error a stable ``extensions.code`` and hide unexpected exceptions.

    Expected errors (``CrmError``) keep their safe message. GraphQL syntax and validation errors
    become BAD_USER_INPUT. Anything else is logged with its traceback and the request id, and the
    client gets a generic message: a stack trace or an SQL fragment can leak data.
    """

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if not result or not result.errors:
            return
        request_id = getattr(self.execution_context.context, "request_id", "")
        result.errors = [self._mask(err, request_id) for err in result.errors]

    def _mask(self, error: GraphQLError, request_id: str) -> GraphQLError:
        original = error.original_error
        if isinstance(original, CrmError):
            ext = {"code": original.code, **original.extensions, "requestId": request_id}
            return GraphQLError(original.message, nodes=error.nodes, source=error.source,
                                positions=error.positions, path=error.path, extensions=ext)
        if original is None or isinstance(original, GraphQLError):
            # Syntax, validation and variable-coercion problems: the caller's input is wrong.
            ext = {"code": BAD_USER_INPUT, "requestId": request_id}
            return GraphQLError(error.message, nodes=error.nodes, source=error.source,
                                positions=error.positions, path=error.path, extensions=ext)
        log.error("unexpected error in request %s", request_id, exc_info=original)
        return GraphQLError("Internal error", path=error.path,
                            extensions={"code": INTERNAL, "requestId": request_id})


class CsrfGuard(SchemaExtension):
    """Refuse mutations that a hostile page could have made the browser send.

    A mutation carried by the session cookie must echo the session's CSRF token in X-CSRF-Token,
    and no mutation may come with an Origin other than CRM_PUBLIC_URL's. GET never runs mutations
    (Strawberry refuses them), and bearer tokens never ride in cookies, so they need neither.
    """

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.operation_type is OperationType.MUTATION:
            context = ctx.context
            if not context.origin_ok or not context.csrf_ok:
                reason = "ORIGIN" if not context.origin_ok else "CSRF"
                error = Forbidden("Request refused: cross-site or missing CSRF token",
                                  reason=reason)
                ctx.result = ExecutionResult(
                    data=None, errors=[GraphQLError(error.message, original_error=error)])
        yield


_parse = lru_cache(maxsize=256)(parse)


class ParseCache(SchemaExtension):
    """Parse each distinct query text once (a bounded LRU keyed by the text and the parse
    options, the token limit included).

    Unlike Strawberry's ParserCache, a document that fails to parse is left to Strawberry's own
    parse step, which reports it as a GraphQL error (BAD_USER_INPUT through ErrorCodes); raised
    from this hook, the error would escape the error handling and lose its code.
    """

    def on_parse(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.query:
            try:
                ctx.graphql_document = _parse(ctx.query, **ctx.parse_options)
            except GraphQLError:
                pass  # parsed again, and reported, by Strawberry
        yield
