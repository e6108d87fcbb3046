"""Bearer-token authentication for partners, and the per-token rate limit.

This runs before GraphQL: a request carrying ``Authorization: Bearer ...`` is either refused
outright (401, or 429 over the limit) or served as the token's owner with the token's rights.
Cookies are ignored on such requests, so a token never mixes with a browser session.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Send

from backend.accounts.actor import Actor
from backend.api.errors import RATE_LIMITED, UNAUTHENTICATED
from backend.api.net import client_ip
from backend.auth import throttle
from backend.auth.sessions import actor_for
from backend.settings import Settings, get_settings
from backend.tokens.models import ApiToken
from backend.tokens.services import hash_token

log = logging.getLogger("backend.tokens")

DEFAULT_RATE_LIMIT = 600
WINDOW_SECONDS = 60
# Record last use at most once a minute: a write per call would serialise SQLite under load.
TOUCH_EVERY = timedelta(minutes=1)
STATE_KEY = "token_call"


def _rate_limit() -> int:
    """Requests per token per minute (CRM_TOKEN_RATE_LIMIT), shared by every process."""
    return RATE_LIMIT or get_settings().token_rate_limit


# Tests may pin a limit here; 0 means "use the setting".
RATE_LIMIT = 0


@dataclass(frozen=True)
class TokenCall:
    """An accepted bearer request: who acts, and where the token stands against its limit."""

    actor: Actor
    limit: int
    remaining: int
    reset: int

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [(b"ratelimit-limit", str(self.limit).encode()),
                (b"ratelimit-remaining", str(self.remaining).encode()),
                (b"ratelimit-reset", str(self.reset).encode())]

    def sending_headers(self, send: Send) -> Send:
        """Wrap ``send`` so the response carries the RateLimit-* headers."""

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                   *self.headers()]}
            await send(message)

        return wrapped


def bearer_credential(headers: Headers) -> str | None:
    """The credential of an ``Authorization: Bearer`` header ("" when empty); None without one.

    Other schemes are not ours (a proxy's Basic auth, say) and leave the request to its cookies.
    """
    scheme, _, credential = headers.get("authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return credential.strip()


def current_call(request: Request) -> TokenCall | None:
    call = request.scope.get("state", {}).get(STATE_KEY)
    return call if isinstance(call, TokenCall) else None


def ip_allowed(ip: str, allowed: list[str]) -> bool:
    if not allowed:
        return True
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped  # a dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d
    return any(addr in ipaddress.ip_network(net) for net in allowed)


async def _token_actor(raw: str, ip: str) -> Actor | None:
    """The actor for a live token used from an allowed address, or None (reason logged)."""
    token = await ApiToken.get_or_none(token_hash=hash_token(raw)).select_related("user")
    if token is None:
        log.info("api token refused: unknown token")
        return None
    now = datetime.now(UTC)
    reason = ("revoked" if token.revoked_at is not None
              else "expired" if token.expires_at <= now
              else "owner disabled" if not token.user.is_active
              else "address not allowed" if not ip_allowed(ip, token.allowed_ips)
              else "")
    if reason:
        # The prefix identifies the token for the owner; the secret itself is never logged.
        log.info("api token refused: %s (token %d, %s, from %s)", reason, token.id,
                 token.prefix, ip)
        return None
    if token.last_used_at is None or now - token.last_used_at >= TOUCH_EVERY:
        await ApiToken.filter(id=token.id).update(last_used_at=now, last_used_ip=ip[:64])
    owner = await actor_for(token.user)
    # Rights are the token's scopes within the owner's current rights, read fresh every call:
    # a role change or a revoked permission applies to the owner's tokens at once.
    return owner.limited_to(set(token.scopes), token.id)


def _error(request: Request, status: int, message: str, code: str,
           headers: dict[str, str], **extensions: object) -> Response:
    request_id = request.scope.get("state", {}).get("request_id", "")
    body = {"errors": [{"message": message, "extensions": {
        "code": code, **extensions, "requestId": request_id}}]}
    return Response(orjson.dumps(body), status_code=status, media_type="application/json",
                    headers=headers)


async def admit(request: Request, settings: Settings, credential: str) -> TokenCall | Response:
    """Authenticate and count a bearer request: its ``TokenCall``, or the response refusing it.

    Every refusal gets the same answer, so a caller cannot tell a revoked token from an unknown
    one or from one used outside its allow-list; the log says which.
    """
    actor = await _token_actor(credential, client_ip(request, settings)) if credential else None
    if actor is None or actor.token_id is None:
        return _error(request, 401, "invalid token", UNAUTHENTICATED,
                      {"www-authenticate": 'Bearer error="invalid_token"'})
    limit = _rate_limit()
    count, reset = await throttle.hit(f"token:{actor.token_id}", window_seconds=WINDOW_SECONDS)
    call = TokenCall(actor=actor, limit=limit, remaining=max(0, limit - count), reset=reset)
    if count > limit:
        headers = {k.decode(): v.decode() for k, v in call.headers()}
        return _error(request, 429, "Too many requests for this token", RATE_LIMITED,
                      {**headers, "retry-after": str(reset)}, retryAfter=reset)
    return call
