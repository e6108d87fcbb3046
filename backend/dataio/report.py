"""The result report of an import: one line per row (and per problem of a row).

``row,column,code,outcome`` — the row number as a spreadsheet shows it, the column header, the
problem code, and created / updated / skipped / failed. Codes only, never cell values. Before
the run (or for a job that never ran) the report lists the dry run's problems, outcome empty.
"""

from __future__ import annotations

import csv
import io

from backend.dataio import storage
from backend.dataio.escape import escape_cell
from backend.dataio.models import ImportJob

HEADER = "row,column,code,outcome\n"


def import_report(job: ImportJob) -> str:
    chunks = storage.read_report(job.id, job.processed + 2)
    if chunks:
        return HEADER + "".join(chunks)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for problem in job.problems:
        writer.writerow([problem.get("row", ""), escape_cell(str(problem.get("column", ""))),
                         problem.get("code", ""), ""])
    return HEADER + out.getvalue()
