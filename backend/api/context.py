"""What every resolver can know about the request it serves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import strawberry
from starlette.requests import Request
from starlette.responses import Response

from backend.settings import Settings

if TYPE_CHECKING:
    from backend.accounts.actor import Actor
    from backend.auth.sessions import Authenticated


@dataclass
class Context:
    request: Request
    response: Response
    settings: Settings
    request_id: str
    client_ip: str
    user_agent: str
    actor: Actor | None = None
    # The session behind the request's cookie, full or partial (a sign-in step in progress).
    auth: Authenticated | None = None
    # False when a cookie-authenticated request lacks a matching X-CSRF-Token header.
    csrf_ok: bool = True
    # False when the request's Origin header names another site.
    origin_ok: bool = True


Info = strawberry.Info[Context, None]
