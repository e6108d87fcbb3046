"""The fast path for plain attribute leaves answers exactly what the normal path answers: the
same data, the same nulls, the same errors at the same paths; fields with resolvers or
permissions keep their normal path."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry.permission import BasePermission
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from backend.api.execution import FastLeafExecutor, plan_of


@strawberry.enum
class Colour(Enum):
    RED = "red"
    BLUE = "blue"


class Never(BasePermission):
    message = "no"

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        return False


class Unloaded:
    """Stands for an Item whose ``name`` raises when read (a lazy relation never loaded)."""

    id = "9"

    @property
    def name(self) -> str:
        raise RuntimeError("not loaded")


@strawberry.type
class Item:
    id: strawberry.ID
    name: str
    note: str | None
    colour: Colour
    seen_at: datetime
    count: int
    secret: str = strawberry.field(default="hidden", permission_classes=[Never])

    @strawberry.field
    def shout(self) -> str:
        return self.name.upper()


SEEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def item(**changes: Any) -> Item:
    fields: dict[str, Any] = {"id": strawberry.ID("1"), "name": "a", "note": None,
                              "colour": Colour.RED, "seen_at": SEEN, "count": 3}
    return Item(**{**fields, **changes})


@strawberry.type
class Query:
    """Each case on a nullable root field of its own, so one error's null stays local."""

    @strawberry.field
    def good(self) -> list[Item]:
        return [item(), item(id=strawberry.ID("2"), note="n", colour=Colour.BLUE)]

    @strawberry.field
    def missing(self) -> Item | None:
        return item(name=None)  # a non-null leaf read as None

    @strawberry.field
    def wrong(self) -> Item | None:
        return item(count="many")  # a value its scalar cannot serialise

    @strawberry.field
    def broken(self) -> Item | None:
        return Unloaded()  # type: ignore[return-value]

    @strawberry.field
    def guarded(self) -> Item | None:
        return item()


QUERY = """{
  good { id name note colour seenAt count shout }
  missing { id name note }
  wrong { id count }
  broken { id name }
  guarded { id secret }
}"""


def run(fast: bool) -> strawberry.types.ExecutionResult:
    schema = strawberry.Schema(query=Query,
                               execution_context_class=FastLeafExecutor if fast else None)
    return schema.execute_sync(QUERY)


def test_fast_path_gives_the_same_data_and_errors() -> None:
    normal, fast = run(False), run(True)
    assert fast.data == normal.data
    assert normal.errors and fast.errors
    assert sorted((e.message, tuple(e.path or ())) for e in fast.errors) == \
        sorted((e.message, tuple(e.path or ())) for e in normal.errors)
    assert fast.data == {
        "good": [{"id": "1", "name": "a", "note": None, "colour": "RED",
                  "seenAt": "2026-01-02T03:04:05+00:00", "count": 3, "shout": "A"},
                 {"id": "2", "name": "a", "note": "n", "colour": "BLUE",
                  "seenAt": "2026-01-02T03:04:05+00:00", "count": 3, "shout": "A"}],
        "missing": None, "wrong": None, "broken": None, "guarded": None}
    paths = {e.path[0]: e.message for e in fast.errors if e.path}
    assert "non-nullable" in paths["missing"]
    assert "many" in paths["wrong"]
    assert paths["broken"] == "not loaded"
    assert paths["guarded"] == "no"


def test_only_plain_leaves_take_the_fast_path() -> None:
    schema = strawberry.Schema(query=Query, execution_context_class=FastLeafExecutor)
    item_type = schema._schema.get_type("Item")
    query = schema._schema.get_type("Query")
    name_plan = plan_of(item_type.fields["name"])
    assert name_plan is not None and name_plan[0] == "name" and name_plan[2] is True
    assert plan_of(item_type.fields["note"]) is not None
    assert plan_of(item_type.fields["seenAt"]) is not None
    assert plan_of(item_type.fields["shout"]) is None  # has a resolver
    assert plan_of(item_type.fields["secret"]) is None  # has a permission class
    assert plan_of(query.fields["good"]) is None  # not a leaf


@strawberry.type
class Owner:
    id: strawberry.ID
    name: str | None
    pets: list[str | None]


@strawberry.type
class Row:
    id: strawberry.ID
    owner: Owner | None
    owners: list[Owner]
    tags: list[str]
    colour: Colour

    @strawberry.field
    def shout(self) -> str:
        return str(self.id).upper()


def row(n: int, **changes: Any) -> Row:
    owner = Owner(id=strawberry.ID(f"o{n}"), name=f"owner {n}", pets=["cat", None])
    fields: dict[str, Any] = {"id": strawberry.ID(str(n)), "owner": owner,
                              "owners": [owner, owner], "tags": ["a", "b"],
                              "colour": Colour.BLUE}
    return Row(**{**fields, **changes})


@strawberry.type
class Page:
    rows: list[Row]
    total: int


@strawberry.type
class Nested:
    """Selections made only of plain fields, and the ways they can go wrong deep inside."""

    @strawberry.field
    def page(self) -> Page:
        return Page(rows=[row(1), row(2, owner=None)], total=2)

    @strawberry.field
    def null_in_list(self) -> Page | None:  # a None where a list says [Owner!]!
        return Page(rows=[row(3, owners=[None])], total=1)  # type: ignore[list-item]

    @strawberry.field
    def not_a_list(self) -> Page | None:
        return Page(rows=[row(4, tags="ab")], total=1)  # type: ignore[arg-type]

    @strawberry.field
    def bad_leaf_deep(self) -> Page | None:
        return Page(rows=[row(5), row(6, owner=Owner(id=strawberry.ID("x"), name=None,
                                                     pets=[{"not": "text"}]))], total=2)  # type: ignore[list-item]

    @strawberry.field
    def with_resolver(self) -> Page:
        return Page(rows=[row(8)], total=1)


NESTED = """query($more: Boolean!) {
  page { __typename total rows { ...R owner { id name pets } owners { id } alias: tags
         colour @skip(if: $more) tags @include(if: $more) } }
  nullInList { rows { id owners { id } } }
  notAList { total rows { tags } }
  badLeafDeep { rows { id owner { pets } } }
  withResolver { rows { id shout owner { id } } }
}
fragment R on Row { id __typename }"""


def run_nested(fast: bool, more: bool) -> strawberry.types.ExecutionResult:
    schema = strawberry.Schema(query=Nested,
                               execution_context_class=FastLeafExecutor if fast else None)
    return schema.execute_sync(NESTED, variable_values={"more": more})


def test_whole_plain_selections_give_the_same_data_and_errors() -> None:
    for more in (False, True):
        normal, fast = run_nested(False, more), run_nested(True, more)
        assert fast.data == normal.data
        assert normal.errors and fast.errors
        assert sorted((e.message, tuple(e.path or ())) for e in fast.errors) == \
            sorted((e.message, tuple(e.path or ())) for e in normal.errors)
    data = run_nested(True, True).data
    assert data is not None
    assert data["page"] == {"__typename": "Page", "total": 2, "rows": [
        {"id": "1", "__typename": "Row", "owner": {"id": "o1", "name": "owner 1",
                                                  "pets": ["cat", None]},
         "owners": [{"id": "o1"}, {"id": "o1"}], "alias": ["a", "b"], "tags": ["a", "b"]},
        {"id": "2", "__typename": "Row", "owner": None, "owners": [{"id": "o2"}, {"id": "o2"}],
         "alias": ["a", "b"], "tags": ["a", "b"]}]}
    assert data["nullInList"] is None  # the null rose to the first nullable field
    assert data["badLeafDeep"] == {"rows": [{"id": "5", "owner": {"pets": ["cat", None]}},
                                            {"id": "6", "owner": {"pets": [None]}}]}
    assert data["withResolver"] == {"rows": [{"id": "8", "shout": "8", "owner": {"id": "o8"}}]}
    assert "colour" in run_nested(True, False).data["page"]["rows"][0]  # type: ignore[index]
    paths = {tuple(e.path or ()) for e in run_nested(True, True).errors or ()}
    assert ("nullInList", "rows", 0, "owners", 0) in paths
    assert ("badLeafDeep", "rows", 1, "owner", "pets", 0) in paths


def test_a_plain_selection_is_completed_without_resolving_each_field(monkeypatch: Any) -> None:
    calls: list[str] = []
    original = StrawberryGraphQLCoreExecutionContext.execute_field

    def counted(self: Any, parent_type: Any, source: Any, details: Any, *rest: Any) -> Any:
        calls.append(f"{parent_type.name}.{details[0].node.name.value}")
        return original(self, parent_type, source, details, *rest)

    monkeypatch.setattr(StrawberryGraphQLCoreExecutionContext, "execute_field", counted)
    schema = strawberry.Schema(query=Nested, execution_context_class=FastLeafExecutor)
    result = schema.execute_sync("{ page { total rows { id owner { id name } tags } } }")
    assert result.errors is None and result.data is not None
    assert len(result.data["page"]["rows"]) == 2
    assert calls == ["Nested.page"]  # the root resolver only; the rest in the fast loop
    calls.clear()
    schema.execute_sync("{ withResolver { rows { id shout } } }")
    assert "Row.shout" in calls  # a field with a resolver still runs it
