"""GraphQL execution with fast paths for plain attribute fields.

A page of 50 customers resolves about a thousand fields, nearly all of them scalars read from
an attribute of an object built once per row (``id``, ``name``, ``piiMasked``...), inside
objects and lists of objects that are themselves plain attributes (``edges``, ``node``,
``owner``). For each field, graphql-core builds a ``Path`` and a ``GraphQLResolveInfo``,
Strawberry calls its default resolver through two wrappers, then the value goes through the
generic completion: about 6-10 µs of bookkeeping around one ``getattr``. Measured on the
customer list, that was most of GraphQL's own cost.

Two fast paths apply only where nothing could observe the difference. A field is *plain* when
Strawberry itself marks it basic (no resolver, no permission classes, no field extensions),
it is read with the default ``getattr`` resolver, takes no arguments and carries no directive
but ``@skip``/``@include`` (already applied when fields are collected), and there is no
middleware (no schema extension implements ``resolve``).

- A plain leaf (scalar or enum) in any selection is read directly and completed by
  graphql-core's own ``complete_leaf_value`` (``execute_field``).
- A selection set whose fields are all plain (leaves, lists of leaves, ``__typename``, and
  objects or lists of objects whose own selections are all plain, with no ``is_type_of``
  check) is completed in one tight loop from a plan made once per request
  (``execute_fields``). Without ``@defer``/``@stream`` only.

Nothing in a plain selection has side effects, so on anything unusual (a null in a non-null
position, a value a scalar refuses, an attribute that raises, a non-list value) the fast loop
gives up and the whole selection runs again through the normal path, which produces the normal
result, nulls and errors with their paths. Everything else takes the normal path.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLBoolean,
    GraphQLField,
    GraphQLID,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLString,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import AwaitableOrValue, Path, Undefined, UndefinedType
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

DEFINITION = "strawberry-definition"  # where Strawberry keeps its field on the GraphQL field
APPLIED_DIRECTIVES = frozenset({"skip", "include"})
STANDARD_LEAVES = (GraphQLString, GraphQLID, GraphQLBoolean)  # applied while collecting fields

# (attribute, leaf type, non-null) of a fast field, None for the normal path. Keyed by id():
# GraphQL fields live as long as the schema, which lives as long as the process.
_plans: dict[int, tuple[GraphQLField, tuple[str, GraphQLLeafType, bool] | None]] = {}


def _is_plain(field: GraphQLField) -> bool:
    if not getattr(field.resolve, "_is_default", False) or field.args:
        return False
    definition = (field.extensions or {}).get(DEFINITION)
    return (definition is not None and getattr(definition, "is_basic_field", False)
            and getattr(definition, "default_resolver", None) is getattr)


def _plan(field: GraphQLField) -> tuple[str, GraphQLLeafType, bool] | None:
    if not _is_plain(field):
        return None
    non_null = is_non_null_type(field.type)
    inner = field.type.of_type if non_null else field.type  # type: ignore[union-attr]
    if not is_leaf_type(inner):
        return None
    return field.extensions[DEFINITION].python_name, inner, non_null


def plan_of(field: GraphQLField) -> tuple[str, GraphQLLeafType, bool] | None:
    found = _plans.get(id(field))
    if found is None:
        found = _plans[id(field)] = (field, _plan(field))
    return found[1]


class _GiveUp(Exception):
    """The fast loop met something unusual: run the selection through the normal path."""


# Kinds of step in a selection plan. PLAIN_LEAF: a String, ID or Boolean, whose coercion
# returns a value of the matching Python type (str for the first two, bool) unchanged.
TYPENAME, LEAF, LEAF_LIST, OBJECT, OBJECT_LIST, PLAIN_LEAF = range(6)
UNCHANGED = {"String": str, "ID": str, "Boolean": bool}
# A step: (response key, attribute, kind, non-null, item non-null, leaf type or sub-plan).
Step = tuple[str, str, int, bool, bool, Any]


def _unwrap(type_: GraphQLOutputType) -> tuple[bool, GraphQLOutputType]:
    if is_non_null_type(type_):
        return True, type_.of_type
    return False, type_


def _leaf(leaf: GraphQLLeafType, value: Any) -> Any:
    coerced = leaf.coerce_output_value(value)
    if coerced is None or coerced is Undefined:
        raise _GiveUp
    return coerced


def _complete(steps: list[Step], source: Any) -> dict[str, Any]:
    """The result of a plain selection on ``source``; raises _GiveUp on anything unusual."""
    out: dict[str, Any] = {}
    for key, attribute, kind, non_null, item_non_null, arg in steps:
        if kind == TYPENAME:
            out[key] = arg
            continue
        value = getattr(source, attribute)
        if value is None or value is Undefined:
            if non_null:
                raise _GiveUp
            out[key] = None
        elif isinstance(value, Exception):  # the normal path raises it where it belongs
            raise _GiveUp
        elif kind == PLAIN_LEAF:
            out[key] = value if type(value) is UNCHANGED[arg.name] else _leaf(arg, value)
        elif kind == LEAF:
            out[key] = _leaf(arg, value)
        elif kind == OBJECT:
            out[key] = _complete(arg, value)
        else:
            if type(value) is not list and type(value) is not tuple:
                raise _GiveUp
            items: list[Any] = []
            for item in value:
                if item is None or item is Undefined:
                    if item_non_null:
                        raise _GiveUp
                    items.append(None)
                else:
                    items.append(_leaf(arg, item) if kind == LEAF_LIST else _complete(arg, item))
            out[key] = items
    return out


class FastLeafExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor with the fast paths of the module doc."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Plans of this request's selections, by id() of the grouped field set, which is kept
        # alive with its plan (graphql-core memoizes the sets for the whole request).
        self._selection_plans: dict[int, tuple[Any, list[Step] | None]] = {}

    def _fast(self) -> bool:
        manager = self.middleware_manager
        return manager is None or not manager.middlewares

    def _selection_plan(self, parent_type: GraphQLObjectType,
                        grouped_field_set: Any) -> list[Step] | None:
        key = id(grouped_field_set)
        found = self._selection_plans.get(key)
        if found is None:
            steps = [self._step(parent_type, response_key, details)
                     for response_key, details in grouped_field_set.items()]
            plain = [s for s in steps if s is not None]
            found = self._selection_plans[key] = (
                grouped_field_set, plain if len(plain) == len(steps) else None)
        return found[1]

    def _sub_plan(self, type_: GraphQLOutputType, details: FieldDetailsList) -> list[Step] | None:
        if not is_object_type(type_) or type_.is_type_of is not None:
            return None
        grouped_field_set, new_defer_usages, _ = self.collect_subfields(type_, details)
        if new_defer_usages:
            return None
        return self._selection_plan(type_, grouped_field_set)

    def _step(self, parent_type: GraphQLObjectType, response_key: str,
              details: FieldDetailsList) -> Step | None:
        for d in details:
            if d.defer_usage is not None or d.fragment_variable_values is not None or \
                    d.node.arguments or any(x.name.value not in APPLIED_DIRECTIVES
                                            for x in d.node.directives or ()):
                return None
        name = details[0].node.name.value
        if name == "__typename":
            return response_key, name, TYPENAME, True, True, parent_type.name
        field = parent_type.fields.get(name)
        if field is None or not _is_plain(field):
            return None
        attribute = field.extensions[DEFINITION].python_name
        non_null, inner = _unwrap(field.type)
        if is_leaf_type(inner):
            kind = PLAIN_LEAF if inner in STANDARD_LEAVES else LEAF
            return response_key, attribute, kind, non_null, True, inner
        if is_list_type(inner):
            item_non_null, item = _unwrap(inner.of_type)
            if is_leaf_type(item):
                return response_key, attribute, LEAF_LIST, non_null, item_non_null, item
            sub = self._sub_plan(item, details)
            return None if sub is None else (response_key, attribute, OBJECT_LIST, non_null,
                                             item_non_null, sub)
        sub = self._sub_plan(inner, details)
        return None if sub is None else (response_key, attribute, OBJECT, non_null, True, sub)

    def execute_fields(self, parent_type: GraphQLObjectType, source_value: Any,
                       path: Path | None, grouped_field_set: Any,
                       position_context: Any) -> AwaitableOrValue[dict[str, Any]]:
        if position_context is None and self._fast():
            steps = self._selection_plan(parent_type, grouped_field_set)
            if steps is not None:
                try:
                    return _complete(steps, source_value)
                except Exception:  # noqa: S110 - the normal path reports it
                    pass
        return super().execute_fields(parent_type, source_value, path, grouped_field_set,
                                      position_context)

    def execute_field(self, parent_type: GraphQLObjectType, source: Any,
                      field_details_list: FieldDetailsList, path: Path,
                      position_context: Any) -> AwaitableOrValue[Any] | UndefinedType:
        name = field_details_list[0].node.name.value
        field = parent_type.fields.get(name)
        plan = plan_of(field) if field is not None else None
        if plan is None or not self._fast():
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
