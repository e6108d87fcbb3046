"""Who is acting: a signed-in user (by session) or a partner (by API token)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

# Data scopes from narrowest to widest: a role grants its permissions over this much data.
SCOPES = ("own", "team", "subtree", "all")


def wider(a: str, b: str) -> str:
    return a if SCOPES.index(a) >= SCOPES.index(b) else b


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    roles: tuple[str, ...] = ()
    permissions: frozenset[str] = field(default_factory=frozenset)
    session_id: int | None = None
    token_id: int | None = None
    team_id: int | None = None
    # For each permission, the widest data scope any of the actor's roles grants it with.
    scopes: dict[str, str] = field(default_factory=dict)

    def has(self, perm: str) -> bool:
        return perm in self.permissions

    def scope(self, perm: str) -> str | None:
        return self.scopes.get(perm) if perm in self.permissions else None

    def limited_to(self, allowed: set[str], token_id: int) -> Actor:
        """The same person acting through a token: rights are the token's scopes ∩ theirs."""
        perms = self.permissions & allowed
        return replace(self, permissions=perms, token_id=token_id, session_id=None,
                       scopes={p: s for p, s in self.scopes.items() if p in perms})

    @property
    def label(self) -> str:
        return self.username
