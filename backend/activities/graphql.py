"""Activities, tasks, comments and the customer timeline: one Query and one Mutation for the
schema, merged from the modules that define them."""

from __future__ import annotations

from strawberry.tools import merge_types

from backend.activities import activity_graphql, comment_graphql, timeline_graphql

Query = merge_types("ActivitiesQuery", (activity_graphql.Query, comment_graphql.Query,
                                        timeline_graphql.Query))
Mutation = merge_types("ActivitiesMutation", (activity_graphql.Mutation,
                                              comment_graphql.Mutation))
