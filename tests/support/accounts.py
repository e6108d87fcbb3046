"""Creating users directly for tests (the invitation flow has its own tests)."""

from __future__ import annotations

from typing import Any

import httpx

from backend.accounts.models import PasswordHistory, Role, User
from backend.accounts.passwords import hash_password
from backend.core.models import now_utc
from tests.conftest import gql

PASSWORD = "Kumquat-Vortex-93!"

# Real argon2id hashes with the production parameters, made once per password and process: a
# test creates up to a dozen users and each fresh hash costs ~50 ms of CPU. Sign-ins still verify
# against these hashes for real; only the salt is shared between the users of one run.
_HASHES: dict[str, str] = {}


async def password_hash(password: str = PASSWORD) -> str:
    if password not in _HASHES:
        _HASHES[password] = await hash_password(password)
    return _HASHES[password]


LOGIN = """mutation($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) { status mfaMethods user { id username roles } }
}"""


async def make_user(username: str, *roles: str, password: str = PASSWORD,
                    email: str | None = None, active: bool = True, **fields: Any) -> User:
    hashed = await password_hash(password)
    user = await User.create(
        username=username, username_key=username.casefold(),
        email=(email or f"{username}@example.com").lower(), display_name=username.title(),
        password_hash=hashed, is_active=active, **{"password_changed_at": now_utc(), **fields})
    await user.roles.add(*await Role.filter(name__in=roles or ("sales",)))
    await PasswordHistory.create(user=user, password_hash=hashed)
    return user


async def sign_in(client: httpx.AsyncClient, username: str, password: str = PASSWORD
                  ) -> dict[str, Any]:
    body = await gql(client, LOGIN, {"u": username, "p": password})
    return body
