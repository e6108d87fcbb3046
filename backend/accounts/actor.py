"""Who is acting: a signed-in user (by session) or a partner (by API token)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    roles: tuple[str, ...] = ()
    permissions: frozenset[str] = field(default_factory=frozenset)
    session_id: int | None = None
    token_id: int | None = None

    def has(self, perm: str) -> bool:
        return perm in self.permissions

    @property
    def label(self) -> str:
        return self.username
