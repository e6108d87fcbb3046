"""Where the current request came from, for audit events and notices.

Set once per request by the GraphQL context (or by the CLI); read by ``audit.record`` so services do
not have to thread the client address through every call.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestMeta:
    ip: str = ""
    user_agent: str = ""
    request_id: str = ""


CLI = RequestMeta(ip="", user_agent="crm-cli", request_id="cli")

_NONE = RequestMeta()
_current: ContextVar[RequestMeta | None] = ContextVar("request_meta", default=None)


def current() -> RequestMeta:
    return _current.get() or _NONE


def set_current(meta: RequestMeta) -> None:
    _current.set(meta)
