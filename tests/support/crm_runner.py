"""Run `crm` commands in one long-lived interpreter: ``python -m tests.support.crm_runner``.

Each request is one JSON line on stdin, ``{"args": [...], "input": "..."}``; the answer is one JSON
line, ``{"code": 0, "stdout": "...", "stderr": "..."}``. The command is the real ``crm`` one (the
same Typer app, settings from this process's environment, its own event loop and database
connection per command); only the ~1.3 s of start-up and imports is paid once instead of for every
user a browser test creates.
"""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from typing import Any


def run_one(args: list[str], stdin: str) -> dict[str, Any]:
    from backend.cli import app

    out, err = io.StringIO(), io.StringIO()
    real_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    code = 0
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                app(args, prog_name="crm")
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except Exception as exc:  # reported like an uncaught error in a real process
                print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
                code = 1
    finally:
        sys.stdin = real_stdin
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


def main() -> None:
    import backend.cli  # noqa: F401  (import before the first request arrives)

    requests, replies = sys.stdin, sys.stdout
    replies.write(json.dumps({"ready": True}) + "\n")
    replies.flush()
    for line in requests:
        request = json.loads(line)
        replies.write(json.dumps(run_one(request["args"], request.get("input", ""))) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
