"""The GraphQL schema: each domain contributes its Query and Mutation classes here."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaxTokensLimiter, ValidationCache
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from backend.accounts import graphql as accounts
from backend.accounts import graphql_roles as roles
from backend.activities import graphql as activities
from backend.api.execution import FastLeafExecutor
from backend.api.extensions import CsrfGuard, ErrorCodes, ParseCache
from backend.api.limits import MAX_TOKENS, DepthAndAliasLimits, QueryLimits
from backend.auth import graphql as auth
from backend.core import graphql as core
from backend.customers import bulk_graphql as customer_bulk
from backend.customers import directory as customer_directory
from backend.customers import graphql as customers
from backend.customers import lifecycle_graphql as lifecycle
from backend.dataio import graphql as dataio
from backend.deals import graphql as deals
from backend.mfa import graphql as mfa
from backend.notifications import graphql as notifications
from backend.reports import graphql as reports
from backend.tokens import graphql as tokens

Query = merge_types("Query", (core.Query, auth.Query, mfa.Query, accounts.Query, roles.Query,
                              customers.Query, tokens.Query, lifecycle.Query))
Query = merge_types("Query", (Query, activities.Query, notifications.Query))
Query = merge_types("Query", (Query, deals.Query))
Query = merge_types("Query", (Query, reports.Query))
Query = merge_types("Query", (Query, dataio.Query))
Query = merge_types("Query", (Query, customer_directory.Query))
Mutation = merge_types("Mutation", (auth.Mutation, mfa.Mutation, accounts.Mutation,
                                   roles.Mutation, customers.Mutation, tokens.Mutation,
                                   lifecycle.Mutation))
Mutation = merge_types("Mutation", (Mutation, activities.Mutation, notifications.Mutation))
Mutation = merge_types("Mutation", (Mutation, deals.Mutation))
Mutation = merge_types("Mutation", (Mutation, customer_bulk.Mutation))
Mutation = merge_types("Mutation", (Mutation, dataio.Mutation))


class CrmSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # ErrorCodes logs unexpected errors (with the request id); expected ones are not noise.
        return None


# Order matters: ErrorCodes wraps everything; the CSRF guard and the limits refuse before any
# resolver runs. Depth, alias and token limits make one request unable to carry many sign-in
# attempts or to walk the graph into a denial of service. None of these has a per-field hook:
# everything here runs once per operation. The caches skip parsing and validating a query text
# seen before (the SPA and partners send a few fixed documents); both are bounded LRUs, keyed by
# the query text and, for validation, by the document and the rules, so a cached document was
# checked by the same limits.
EXTENSIONS: list[Any] = [
    ErrorCodes,
    CsrfGuard,
    QueryLimits,
    DepthAndAliasLimits,
    lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
    ParseCache,
    lambda: ValidationCache(maxsize=256),
]

schema = CrmSchema(
    query=Query,
    mutation=Mutation,
    config=StrawberryConfig(auto_camel_case=True),
    extensions=EXTENSIONS,
    execution_context_class=FastLeafExecutor,
)


def export_sdl() -> str:
    return schema.as_str() + "\n"


__all__: list[Any] = ["export_sdl", "schema"]
