"""@mention tokens in comment bodies.

The SPA's mention picker inserts ``@[Display Name](user:ID)``. Only the id counts: on save the
name is replaced by the user's current display name, so a token cannot pose as someone else
(``@[The CEO](user:7)`` shows user 7's real name).
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"@\[([^\[\]\n]{1,128})\]\(user:(\d{1,9})\)")
MAX_MENTIONS = 20


def parse(body: str) -> dict[int, str]:
    """Mentioned user ids, in order of first appearance, with the name as written."""
    found: dict[int, str] = {}
    for match in TOKEN.finditer(body):
        found.setdefault(int(match.group(2)), match.group(1))
    return found


def _safe(name: str) -> str:
    cleaned = " ".join(name.replace("[", "(").replace("]", ")").split())
    return cleaned[:128] or "?"


def canonical(body: str, names: dict[int, str]) -> str:
    """``body`` with each token's name replaced by ``names[id]`` (tokens of others unchanged)."""
    def swap(match: re.Match[str]) -> str:
        uid = int(match.group(2))
        return f"@[{_safe(names[uid])}](user:{uid})" if uid in names else match.group(0)

    return TOKEN.sub(swap, body)


def plain(body: str) -> str:
    """The text a person reads: tokens shown as ``@Name``."""
    return TOKEN.sub(lambda m: "@" + m.group(1), body)
