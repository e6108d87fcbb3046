"""Export files: CSV (UTF-8 with a BOM, so Excel in China opens it as UTF-8, not GBK) and XLSX.

Every text cell passes ``escape.escape_cell`` (formula injection) in both formats; numbers stay
numbers. XLSX is written in openpyxl's streaming mode, so memory does not grow with the sheet.
"""

from __future__ import annotations

import csv
import io

from backend.dataio.escape import escape_cell

Cell = str | int | float | None
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _safe(value: Cell) -> Cell:
    return escape_cell(value) if isinstance(value, str) else value


def render(file_format: str, header: list[str], rows: list[list[Cell]]) -> bytes:
    if file_format == "xlsx":
        return _xlsx(header, rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_safe(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else _safe(v) for v in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _xlsx(header: list[str], rows: list[list[Cell]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(value: Cell) -> Cell:
        value = _safe(value)
        # Control characters are not allowed in the XML of a sheet.
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    book = Workbook(write_only=True)
    sheet = book.create_sheet("export")
    sheet.append([clean(h) for h in header])
    for row in rows:
        sheet.append([clean(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
