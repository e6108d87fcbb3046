"""The fast path for plain attribute leaves answers exactly what the normal path answers: the
same data, the same nulls, the same errors at the same paths; fields with resolvers or
permissions keep their normal path."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry.permission import BasePermission

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
