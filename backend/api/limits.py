"""Query limits beyond depth, aliases and tokens: a cost ceiling and introspection for members.

Both run before execution, so a refused query does no work at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
)
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)

from backend.api.errors import BAD_USER_INPUT, CrmError, Unauthenticated

MAX_COST = 5000
MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 4000
PAGE_ARGS = ("first", "limit")
DEFAULT_PAGE = 20


class TooExpensive(CrmError):
    code = BAD_USER_INPUT

    def __init__(self, cost: int) -> None:
        limit = MAX_COST
        super().__init__(f"Query too expensive ({cost} > {limit}); ask for fewer items",
                         cost=cost, maxCost=limit)


def _refuse(extension: SchemaExtension, error: CrmError) -> None:
    extension.execution_context.result = ExecutionResult(
        data=None, errors=[GraphQLError(error.message, original_error=error)])


def _page_size(node: FieldNode, variables: dict[str, Any]) -> int:
    for arg in node.arguments or ():
        if arg.name.value in PAGE_ARGS:
            if isinstance(arg.value, IntValueNode):
                return max(1, int(arg.value.value))
            if isinstance(arg.value, VariableNode):
                value = variables.get(arg.value.name.value)
                return max(1, int(value)) if isinstance(value, int) else DEFAULT_PAGE
    return 0


def _cost(selection_set: SelectionSetNode | None, fragments: dict[str, FragmentDefinitionNode],
          variables: dict[str, Any], seen: frozenset[str] = frozenset()) -> int:
    """Each field costs 1; a paginated field multiplies what is below it by its page size."""
    if selection_set is None:
        return 0
    total = 0
    for sel in selection_set.selections:
        if isinstance(sel, FieldNode):
            below = _cost(sel.selection_set, fragments, variables, seen)
            total += 1 + max(1, _page_size(sel, variables)) * below
        elif isinstance(sel, InlineFragmentNode):
            total += _cost(sel.selection_set, fragments, variables, seen)
        elif isinstance(sel, FragmentSpreadNode) and sel.name.value not in seen:
            frag = fragments.get(sel.name.value)
            if frag is not None:
                total += _cost(frag.selection_set, fragments, variables,
                               seen | {sel.name.value})
    return total


def query_cost(document: DocumentNode, variables: dict[str, Any] | None) -> int:
    fragments = {d.name.value: d for d in document.definitions
                 if isinstance(d, FragmentDefinitionNode)}
    return max((_cost(d.selection_set, fragments, variables or {})
                for d in document.definitions if isinstance(d, OperationDefinitionNode)),
               default=0)


def _introspects(selection_set: SelectionSetNode | None) -> bool:
    if selection_set is None:
        return False
    for sel in selection_set.selections:
        if isinstance(sel, FieldNode) and sel.name.value in {"__schema", "__type"}:
            return True
        if isinstance(sel, FieldNode | InlineFragmentNode) and _introspects(sel.selection_set):
            return True
    return False


class QueryLimits(SchemaExtension):
    """Refuse over-expensive queries, and introspection from anonymous callers."""

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        document = ctx.graphql_document
        if document is not None and ctx.result is None:
            cost = query_cost(document, ctx.variables)
            anonymous = getattr(ctx.context, "actor", None) is None
            if cost > MAX_COST:
                _refuse(self, TooExpensive(cost))
            elif anonymous and any(
                    _introspects(d.selection_set) for d in document.definitions
                    if isinstance(d, OperationDefinitionNode | FragmentDefinitionNode)):
                # The schema is documentation for members and partners, not a map for scanners.
                _refuse(self, Unauthenticated("Sign in to explore the schema"))
        yield


# Built once. Strawberry's QueryDepthLimiter and MaxAliasesLimiter create a new rule class each
# time they are instantiated, that is on every request: that costs a class creation per request
# and, since the rules are part of the validation cache's key, made every request miss it.
LIMIT_RULES = (*QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
               *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules)


class DepthAndAliasLimits(AddValidationRules):
    """Refuse documents nested deeper than MAX_DEPTH or with more than MAX_ALIASES aliases."""

    def __init__(self) -> None:
        super().__init__(list(LIMIT_RULES))
