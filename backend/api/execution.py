"""GraphQL execution with a fast path for plain attribute leaves.

A page of 50 customers resolves about a thousand fields, nearly all of them scalars read from
an attribute of an object built once per row (``id``, ``name``, ``piiMasked``...). For each,
graphql-core builds a ``GraphQLResolveInfo`` and Strawberry calls its default resolver through
two wrappers, then the value goes through the generic completion: about 10 µs of bookkeeping
around one ``getattr``. Measured on the customer list, that was most of GraphQL's own cost.

The fast path applies only where nothing could observe the difference: a field Strawberry
itself marks as basic (no resolver, no permission classes, no field extensions), read with the
default ``getattr`` resolver, returning a scalar or enum, with no middleware (no schema
extension implements ``resolve``). The value is then completed by graphql-core's own
``complete_leaf_value`` and errors go through its own ``handle_field_error``, so results,
null checks and error locations are those of the normal path. Everything else (objects, lists,
fields with resolvers or permissions) takes the normal path.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLObjectType,
    is_leaf_type,
    is_non_null_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import AwaitableOrValue, Path, Undefined, UndefinedType
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

DEFINITION = "strawberry-definition"  # where Strawberry keeps its field on the GraphQL field

# (attribute, leaf type, non-null) of a fast field, None for the normal path. Keyed by id():
# GraphQL fields live as long as the schema, which lives as long as the process.
_plans: dict[int, tuple[GraphQLField, tuple[str, GraphQLLeafType, bool] | None]] = {}


def _plan(field: GraphQLField) -> tuple[str, GraphQLLeafType, bool] | None:
    if not getattr(field.resolve, "_is_default", False):
        return None
    definition = (field.extensions or {}).get(DEFINITION)
    if (definition is None or not getattr(definition, "is_basic_field", False)
            or getattr(definition, "default_resolver", None) is not getattr):
        return None
    non_null = is_non_null_type(field.type)
    inner = field.type.of_type if non_null else field.type  # type: ignore[union-attr]
    if not is_leaf_type(inner):
        return None
    return definition.python_name, inner, non_null


def plan_of(field: GraphQLField) -> tuple[str, GraphQLLeafType, bool] | None:
    found = _plans.get(id(field))
    if found is None:
        found = _plans[id(field)] = (field, _plan(field))
    return found[1]


class FastLeafExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor, reading plain attribute leaves directly (see the module doc)."""

    def execute_field(self, parent_type: GraphQLObjectType, source: Any,
                      field_details_list: FieldDetailsList, path: Path,
                      position_context: Any) -> AwaitableOrValue[Any] | UndefinedType:
        name = field_details_list[0].node.name.value
        field = parent_type.fields.get(name)
        plan = plan_of(field) if field is not None else None
        manager = self.middleware_manager
        if plan is None or (manager is not None and manager.middlewares):
            return super().execute_field(parent_type, source, field_details_list, path,
                                         position_context)
        attribute, leaf, non_null = plan
        assert field is not None
        try:
            value = getattr(source, attribute)
            if value is None or value is Undefined:
                if non_null:
                    raise TypeError("Cannot return null for non-nullable field"
                                    f" {parent_type.name}.{name}.")
                return None
            return self.complete_leaf_value(leaf, value)
        except Exception as raw_error:
            self.handle_field_error(raw_error, field.type, field_details_list, path)
            return None
