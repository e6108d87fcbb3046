"""Reading uploaded tables: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) and XLSX.

Excel in China saves CSV as GBK, elsewhere as UTF-8 (often with a BOM). Detection: a UTF-8 BOM
wins; else the bytes are tried as strict UTF-8; else GB18030, a superset of GBK that decodes any
byte string, so a file is never refused for its encoding (a mis-detected one shows as odd headers,
which the mapping step makes visible).

Rows come out as lists of strings, the header row first. Cells of XLSX files are turned into text
the way a person reads them: whole numbers without ``.0`` (phone numbers are often stored as
numbers), dates as ISO dates.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

MAX_COLUMNS = 200
MAX_CELL = 5000
# A size-limited XLSX can still unpack into far more rows than this; reading stops there.
MAX_ROWS = 500_000


class SourceError(Exception):
    """The file cannot be read as a table; ``code`` is safe to show (no cell values)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Inspection:
    file_format: str  # csv | xlsx
    encoding: str  # utf-8-sig | utf-8 | gb18030 | "" for xlsx
    headers: list[str]
    total_rows: int


def file_format(file_name: str, data: bytes) -> str:
    """``xlsx`` for a ZIP container (whatever the name says), ``csv`` for other text."""
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        raise SourceError("NOT_XLSX")
    return "csv"


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with (see the module docstring)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace"), "gb18030"


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _csv_rows(text: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:8192]))
    try:
        yield from reader
    except csv.Error:
        raise SourceError("MALFORMED_CSV") from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _xlsx_rows(data: bytes) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise SourceError("NOT_XLSX") from None
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            yield [_cell_text(v) for v in row]
    finally:
        book.close()


def rows(data: bytes, fmt: str, encoding: str = "") -> Iterator[list[str]]:
    """Every row of the table, the header row first; cells trimmed, blank trailing cells
    dropped, at most ``MAX_COLUMNS`` cells of at most ``MAX_CELL`` characters."""
    if fmt == "xlsx":
        source = _xlsx_rows(data)
    else:
        text = data.decode(encoding, errors="replace") if encoding else decode(data)[0]
        if encoding == "utf-8-sig" and text.startswith("\ufeff"):
            text = text[1:]
        source = _csv_rows(text)
    for count, row in enumerate(source):
        if count > MAX_ROWS:
            raise SourceError("TOO_MANY_ROWS")
        cells = [c.strip()[:MAX_CELL] for c in row[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        yield cells


def unique_headers(raw: list[str]) -> list[str]:
    """Headers as column names: blanks become ``Column N``, repeats get `` (2)``, `` (3)``."""
    seen: dict[str, int] = {}
    out = []
    for position, header in enumerate(raw, start=1):
        name = " ".join(header.split())[:100] or f"Column {position}"
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        out.append(name if count == 1 else f"{name} ({count})")
    return out


def inspect(file_name: str, data: bytes) -> Inspection:
    """Format, encoding, headers and data-row count of an uploaded file."""
    fmt = file_format(file_name, data)
    encoding = decode(data)[1] if fmt == "csv" else ""
    reader = rows(data, fmt, encoding)
    header = next(reader, None)
    if not header:
        raise SourceError("NO_HEADER")
    total = sum(1 for _ in reader)
    if total == 0:
        raise SourceError("NO_ROWS")
    return Inspection(file_format=fmt, encoding=encoding, headers=unique_headers(header),
                      total_rows=total)


def data_rows(data: bytes, fmt: str, encoding: str, skip: int = 0
              ) -> Iterator[tuple[int, list[str]]]:
    """(row number as a spreadsheet shows it: the header is row 1, data starts at 2, cells)
    for each data row after the first ``skip``."""
    reader = rows(data, fmt, encoding)
    next(reader, None)
    for index, cells in enumerate(reader):
        if index >= skip:
            yield index + 2, cells
