"""Deals, pipelines, the board, targets and the deal timeline: one Query and one Mutation for
the schema, merged from the modules that define them."""

from __future__ import annotations

from strawberry.tools import merge_types

from backend.deals import mutations, queries, timeline_graphql

Query = merge_types("DealsQuery", (queries.Query, timeline_graphql.Query))
Mutation = mutations.Mutation
