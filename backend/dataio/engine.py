"""The import engine shared by every kind: rows → drafts → outcome, in batches.

A kind (``customers_import``, ``contacts_import``, ``deals_import``) turns one source row into a
draft (``parse``, pure: no database), names the keys that make two rows of one file duplicates
(``file_keys``), encrypts what it will store ahead of the write (``seal``), finds the existing
record a draft duplicates and the references it names
(``match``, one set of queries per batch), and writes (``create`` for a whole batch, ``update``
for one duplicate). The engine decides each row's outcome from the problems and the duplicate
strategy, the same way for the dry run and for the real run:

- any error problem → ``failed`` (nothing written for the row);
- a later row repeating an earlier valid row of the file → ``skipped`` (DUPLICATE_IN_FILE),
  except with the ``create`` strategy;
- a row matching an existing record → ``skipped`` / ``updated`` / ``created`` by the strategy
  (``updated`` needs write access to that record, else ``skipped`` with DUPLICATE_NOT_WRITABLE);
- else ``created``.

Problems carry a row number, a column header and a code: never a cell value, since cells are
customer data and problems end up in reports, logs and the API.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.dataio.fields import IGNORE

STRATEGIES = ("skip", "update", "create")
DUPLICATE_IN_FILE = "DUPLICATE_IN_FILE"
DUPLICATE_IN_CRM = "DUPLICATE_IN_CRM"
NOT_WRITABLE = "DUPLICATE_NOT_WRITABLE"
# Codes that describe a duplicate rather than a bad cell: the strategy decides about the row.
DUPLICATE_CODES = frozenset({DUPLICATE_IN_FILE, DUPLICATE_IN_CRM, NOT_WRITABLE})


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    code: str

    def as_dict(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "code": self.code}


@dataclass
class Cells:
    """One source row, by field: ``field -> [(column header, cell text)]`` (non-empty only)."""

    number: int
    by_field: dict[str, list[tuple[str, str]]]
    columns: dict[str, str]  # field -> header of the first column mapped to it

    def one(self, name: str) -> str:
        values = self.by_field.get(name)
        return values[0][1] if values else ""

    def many(self, name: str) -> list[tuple[str, str]]:
        return self.by_field.get(name, [])

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


@dataclass
class Draft:
    """What a row would write; kinds subclass it with their fields."""

    number: int
    columns: dict[str, str]
    given: set[str] = field(default_factory=set)  # fields with a non-empty cell
    problems: list[Problem] = field(default_factory=list)
    existing_id: int | None = None  # the record this row duplicates, if any
    existing_column: str = ""
    writable: bool = False  # may the actor update ``existing_id``

    def fail(self, name: str, code: str) -> None:
        """A problem with the column mapped to field ``name``."""
        self.fail_at(self.columns.get(name, name), code)

    def fail_at(self, column: str, code: str) -> None:
        self.problems.append(Problem(self.number, column, code))


class Kind(Protocol):
    """One importable kind (see the module docstring)."""

    name: str

    def parse(self, cells: Cells) -> Draft: ...

    def file_keys(self, cells: Cells) -> list[tuple[str, str]]: ...

    def seal(self, draft: Draft) -> None: ...

    async def match(self, drafts: list[Draft]) -> None: ...

    async def create(self, conn: BaseDBAsyncClient, drafts: list[Draft]) -> list[int]: ...

    async def update(self, conn: BaseDBAsyncClient, draft: Draft) -> None: ...


class Columns:
    """The mapping applied to rows: which cell feeds which field."""

    def __init__(self, headers: list[str], mapping: dict[str, str]) -> None:
        self.used = [(i, h, mapping[h]) for i, h in enumerate(headers)
                     if mapping.get(h, IGNORE) != IGNORE]
        self.first: dict[str, str] = {}
        for _, header, name in self.used:
            self.first.setdefault(name, header)

    def cells(self, number: int, values: list[str]) -> Cells:
        by_field: dict[str, list[tuple[str, str]]] = {}
        for index, header, name in self.used:
            if index < len(values) and values[index]:
                by_field.setdefault(name, []).append((header, values[index]))
        return Cells(number=number, by_field=by_field, columns=self.first)


def is_blank(values: list[str]) -> bool:
    return not any(values)


def file_duplicates(kind: Kind, rows: Iterable[Cells], seen: dict[str, int]
                    ) -> dict[int, str]:
    """Rows repeating a key of an earlier row of the file: ``{row: column}``. ``seen`` carries
    the keys of earlier rows from call to call. Keys come from the raw cells, so a row that
    repeats an earlier, invalid row is a duplicate too: fixing the file fixes both."""
    found: dict[int, str] = {}
    for cells in rows:
        for column, key in kind.file_keys(cells):
            first = seen.setdefault(key, cells.number)
            if first != cells.number and cells.number not in found:
                found[cells.number] = column
    return found


@dataclass
class Decision:
    draft: Draft
    outcome: str  # created | updated | skipped | failed
    notes: list[Problem] = field(default_factory=list)  # problems to report for the row


def decide(draft: Draft, strategy: str, in_file: dict[int, str]) -> Decision:
    """The outcome of a matched draft (see the module docstring)."""
    if draft.problems:
        return Decision(draft, "failed", list(draft.problems))
    notes: list[Problem] = []
    if draft.number in in_file:
        notes.append(Problem(draft.number, in_file[draft.number], DUPLICATE_IN_FILE))
        if strategy != "create":
            return Decision(draft, "skipped", notes)
    if draft.existing_id is None:
        return Decision(draft, "created", notes)
    notes.append(Problem(draft.number, draft.existing_column, DUPLICATE_IN_CRM))
    if strategy == "create":
        return Decision(draft, "created", notes)
    if strategy == "update":
        if draft.writable:
            return Decision(draft, "updated", notes)
        notes.append(Problem(draft.number, draft.existing_column, NOT_WRITABLE))
    return Decision(draft, "skipped", notes)


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def as_dict(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "skipped": self.skipped,
                "failed": self.failed}
